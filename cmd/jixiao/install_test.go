package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGoInstallFromScratchModule does what a Go user does on a fresh
// machine, without the network: a new module that requires
// github.com/jixiao-dev/jixiao (replaced by this checkout, its
// dependencies taken from the module cache with GOPROXY=off), builds the
// command by its module path — what `go install
// github.com/jixiao-dev/jixiao/cmd/jixiao@latest` builds — and the
// README's library example (testdata/libuse), then runs both on the seed.
func TestGoInstallFromScratchModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command in a scratch module")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	dir := t.TempDir()
	goMod := "module example.com/scratch\n\ngo 1.26.0\n\n" +
		"require github.com/jixiao-dev/jixiao v0.0.0\n\n" +
		"replace github.com/jixiao-dev/jixiao => " + filepath.ToSlash(root) + "\n"
	writeFile(t, filepath.Join(dir, "go.mod"), []byte(goMod))
	sum, err := os.ReadFile(filepath.Join(root, "go.sum")) // the dependencies' checksums, as the proxy would give them
	require.NoError(t, err)
	writeFile(t, filepath.Join(dir, "go.sum"), sum)
	example := readFile(t, filepath.Join("testdata", "libuse", "main.go.txt"))
	writeFile(t, filepath.Join(dir, "main.go"), []byte(example))

	gocmd := func(args ...string) string {
		cmd := exec.Command(gobin, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "CGO_ENABLED=0")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "go %s:\n%s", strings.Join(args, " "), out)
		return string(out)
	}
	bin := filepath.Join(dir, "bin")
	gocmd("build", "-o", filepath.Join(bin, "jixiao"), "github.com/jixiao-dev/jixiao/cmd/jixiao")
	gocmd("build", "-o", filepath.Join(bin, "libuse"), ".")

	seed, err := filepath.Abs(seedPath)
	require.NoError(t, err)
	out, err := exec.Command(filepath.Join(bin, "jixiao"), "--version").Output()
	require.NoError(t, err)
	assert.Regexp(t, `^jixiao \S+ \(go`, string(out))
	out, err = exec.Command(filepath.Join(bin, "jixiao"), "extract", seed).Output()
	require.NoError(t, err)
	lib, err := exec.Command(filepath.Join(bin, "libuse"), seed).Output()
	require.NoError(t, err)
	first, rest, _ := strings.Cut(string(lib), "\n")
	assert.Equal(t, "department_overall 株洲市芦淞区征地工作协调服务中心 2023 94", first)
	producer := regexp.MustCompile(`(?s)^\{\n  "producer": \{.*?\n  \},\n`)
	assert.Equal(t, producer.ReplaceAllString(string(out), "{\n"), rest, "the library writes what the command writes, but the producer")

	readme := readFile(t, filepath.Join(root, "README.md"))
	assert.True(t, strings.Contains(readme, indentBlock(example)), "the README shows testdata/libuse/main.go.txt as it is, indented by four spaces")
}

// indentBlock indents every non-empty line of s with four spaces, as a
// Markdown code block in the README is.
func indentBlock(s string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "    " + l
		}
	}
	return strings.Join(lines, "\n")
}
