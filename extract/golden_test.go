package extract

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/write"
)

// update rewrites the golden files. It is defined in this package only, so
// the command that regenerates them names it: go test ./extract -run TestGolden -update
// (make golden).
var update = flag.Bool("update", false, "rewrite golden/ from corpus/")

// corpusFiles lists the inputs of the golden tests: every file directly in
// corpus/ except its README.
func corpusFiles(t testing.TB) []string {
	entries, err := os.ReadDir("../corpus")
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		if e.Type().IsRegular() && e.Name() != "README.md" && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	return names
}

// TestGolden runs the pipeline over corpus/<name> and compares the result
// with golden/<name>.json, or, for an input that must fail, its error with
// golden/<name>.err.
func TestGolden(t *testing.T) {
	for _, name := range corpusFiles(t) {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("../corpus", name))
			require.NoError(t, err)
			got, ext := golden(name, data)
			path := filepath.Join("../golden", name+ext)
			if *update {
				for _, stale := range []string{".json", ".err"} {
					_ = os.Remove(filepath.Join("../golden", name+stale))
				}
				require.NoError(t, os.WriteFile(path, got, 0o644))
				return
			}
			want, err := os.ReadFile(path)
			if os.IsNotExist(err) {
				t.Fatalf("no golden file %s: run `make golden` and review the new file before committing it", path)
			}
			require.NoError(t, err)
			assert.Equal(t, string(want), string(got), "output differs from %s; if the change is meant, run `make golden` and read the diff line by line", path)
		})
	}
}

// golden returns the expected-output bytes of one corpus file and the
// extension of the golden file that holds them.
func golden(name string, data []byte) ([]byte, string) {
	rep, err := Extract("corpus/"+name, data, Options{})
	if err != nil {
		return []byte(err.Error() + "\n"), ".err"
	}
	out, err := write.Marshal(rep, true)
	if err != nil {
		return []byte("marshal: " + err.Error() + "\n"), ".err"
	}
	return out, ".json"
}

// TestDeterministic checks that the same input gives byte-identical output.
func TestDeterministic(t *testing.T) {
	for _, name := range corpusFiles(t) {
		data, err := os.ReadFile(filepath.Join("../corpus", name))
		require.NoError(t, err)
		a, _ := golden(name, data)
		b, _ := golden(name, data)
		assert.Equal(t, a, b, name)
	}
}
