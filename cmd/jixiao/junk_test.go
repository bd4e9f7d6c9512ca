package main

import (
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/jixiao-dev/jixiao/schema"
)

// junkFolder makes the folder of issue 19's acceptance: two reports, a
// text of no known kind, junk that is not a report (a README, Go source,
// a CSV), debris (an Office owner file, Thumbs.db, desktop.ini, a broken
// link, an empty file), an earlier run's JSONL, binaries (a SQLite
// database, random bytes, a PNG), a legacy .xls, and a GB18030 report with
// one corrupt byte. It returns the folder.
func junkFolder(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	seed := []byte(readFile(t, seedPath))
	files := map[string][]byte{
		"reports/seed.txt":       seed,
		"reports/copy/seed.txt":  seed, // the same bytes under another path: a record of its own
		"reports/notes.txt":      []byte("会议纪要\n一、 会议时间：2024年3月1日\n二、 参会人员：张三\n"),
		"junk/README.md":         []byte("# Tools\n\nRun `make` to build, then `make test`.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
		"junk/main.go":           []byte("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\", 1, 2)\n}\n"),
		"junk/data.csv":          []byte("name,total\nalpha,1\nbeta,2\n"),
		"junk/desktop.ini":       []byte("[.ShellClassInfo]\r\nIconResource=C:\\Windows\\icon.dll,0\r\n"),
		"junk/Thumbs.db":         append([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), make([]byte, 504)...),
		"junk/~$绩效报告.docx":       append([]byte{6}, []byte("zhangsan")...),
		"junk/empty.txt":         nil,
		"junk/app.bin":           {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0},
		"junk/old.db":            append([]byte(sqliteMagic), make([]byte, 84)...),
		"junk/scan.png":          []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		"legacy/table.xls":       []byte(readFile(t, corpusFile("063_legacy_excel.xls"))),
		"legacy/gb18030_bad.txt": corruptGB18030(t, seed),
	}
	for name, data := range files {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(name)), data)
	}
	prev := runWith(t, "", nil, "extract", "--format", "jsonl", seedPath)
	require.Equal(t, exitOK, prev.code, prev.stderr)
	writeFile(t, filepath.Join(dir, "junk", "earlier.jsonl"), []byte(prev.stdout))
	require.NoError(t, os.Symlink(filepath.Join(dir, "gone.docx"), filepath.Join(dir, "junk", "broken.docx")))
	return dir
}

// corruptGB18030 encodes text as GB18030 and puts one byte that is no
// GB18030 (0xFF) in the middle of a line.
func corruptGB18030(t testing.TB, text []byte) []byte {
	t.Helper()
	enc, err := simplifiedchinese.GB18030.NewEncoder().Bytes(text)
	require.NoError(t, err)
	at := len(enc) / 2
	for enc[at] >= 0x80 { // between two characters
		at++
	}
	return append(append(enc[:at:at], 0xff), enc[at:]...)
}

// TestJunkAndDebris walks the junk folder: each file is a report, an
// error or a skip record with its code and reason, in order, and the
// summary counts the reports recognised and unknown apart.
func TestJunkAndDebris(t *testing.T) {
	dir := junkFolder(t)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	inv := runWith(t, "", nil, "extract", "-o", out, dir)
	got := map[string]string{}
	var order []string
	for _, l := range lines(t, readFile(t, out)) {
		var rec struct {
			Source  schema.Source     `json:"source"`
			Kind    string            `json:"kind"`
			Error   *schema.ErrorInfo `json:"error"`
			Skipped *schema.SkipInfo  `json:"skipped"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &rec))
		rel, err := filepath.Rel(dir, filepath.FromSlash(rec.Source.Path))
		require.NoError(t, err)
		rel = filepath.ToSlash(rel)
		order = append(order, rel)
		switch {
		case rec.Error != nil:
			got[rel] = "error " + rec.Error.Code
		case rec.Skipped != nil:
			got[rel] = "skipped " + rec.Skipped.Code + " " + rec.Skipped.Format
			assert.NotEmpty(t, rec.Skipped.Reason, rel)
		default:
			got[rel] = "report " + rec.Kind
		}
	}
	assert.True(t, sort.StringsAreSorted(order), "records in walk order: %q", order)
	// TODO(lenient decoding, issue 19): once extract/text reads invalid
	// bytes as U+FFFD with a text.invalid_bytes warning, the corrupt
	// GB18030 report is a report: "report department_overall". Until then
	// it is refused whole, as today.
	gb := got["legacy/gb18030_bad.txt"]
	assert.Contains(t, []string{"error binary", "report department_overall"}, gb)
	delete(got, "legacy/gb18030_bad.txt")
	assert.Equal(t, map[string]string{
		"reports/seed.txt":      "report department_overall",
		"reports/copy/seed.txt": "report department_overall",
		"reports/notes.txt":     "report unknown",
		"junk/README.md":        "skipped not_a_report markdown",
		"junk/main.go":          "skipped not_a_report text",
		"junk/data.csv":         "skipped not_a_report text",
		"junk/desktop.ini":      "skipped debris folder_settings",
		"junk/Thumbs.db":        "skipped debris thumbnail_cache",
		"junk/~$绩效报告.docx":      "skipped debris lock_file",
		"junk/empty.txt":        "skipped debris empty",
		"junk/broken.docx":      "skipped debris broken_link",
		"junk/earlier.jsonl":    "skipped jixiao_output jsonl",
		"junk/app.bin":          "skipped unsupported_format binary",
		"junk/old.db":           "skipped unsupported_format sqlite",
		"junk/scan.png":         "skipped unsupported_format png",
		"legacy/table.xls":      "skipped unsupported_format xls",
	}, got)
	if gb == "error binary" {
		assert.Equal(t, exitFail, inv.code, inv.stderr)
		assert.Contains(t, inv.stderr, "read 3 (recognised 2, unknown 1), failed 1, skipped 13, resumed 0")
	} else {
		assert.Equal(t, exitOK, inv.code, inv.stderr)
		assert.Contains(t, inv.stderr, "read 4 (recognised 3, unknown 1), failed 0, skipped 13, resumed 0")
	}
	assert.Contains(t, inv.stderr, "~$绩效报告.docx: skipped (lock_file): an Office owner file")

	// Named on the command line, the same debris is a failure: it was
	// meant to be read.
	named := runWith(t, "", nil, "extract", "--format", "jsonl", filepath.Join(dir, "junk", "empty.txt"))
	assert.Equal(t, exitFail, named.code)
	assert.Contains(t, named.stdout, `"code":"empty"`)
}

// TestMixedRunValidates runs extract over the junk folder and checks that
// every JSONL line — reports, error and skip records — validates against
// the schema `jixiao schema` prints, and that the records go to SQLite too.
func TestMixedRunValidates(t *testing.T) {
	dir := junkFolder(t)
	sch := compiledSchema(t)
	tmp := t.TempDir()
	out, db := filepath.Join(tmp, "out.jsonl"), filepath.Join(tmp, "out.db")
	runWith(t, "", nil, "extract", "-o", out, "--sqlite", db, dir)
	kinds := map[string]int{}
	for i, l := range lines(t, readFile(t, out)) {
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(l))
		require.NoError(t, err)
		if err := sch.Validate(doc); err != nil {
			t.Errorf("line %d does not validate: %v\n%.300s", i+1, err, l)
		}
		for _, k := range []string{`"schema_version"`, `"error"`, `"skipped"`} {
			if strings.Contains(l[:min(len(l), 400)], k+":") {
				kinds[k]++
			}
		}
	}
	assert.Equal(t, 3, len(kinds), "the run has reports, errors and skips: %v", kinds)

	conn, err := sql.Open("sqlite", db)
	require.NoError(t, err)
	defer conn.Close()
	var skipped, debris int
	require.NoError(t, conn.QueryRow(`SELECT count(*), sum(code = 'debris') FROM skipped`).Scan(&skipped, &debris))
	assert.Equal(t, 13, skipped)
	assert.Equal(t, 5, debris) // desktop.ini, Thumbs.db, the owner file, the empty file, the broken link
}

// compiledSchema compiles what `jixiao schema` prints.
func compiledSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	inv := runWith(t, "", nil, "schema")
	require.Equal(t, exitOK, inv.code, inv.stderr)
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(inv.stdout))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("schema.json", doc))
	sch, err := c.Compile("schema.json")
	require.NoError(t, err)
	return sch
}

// TestIncludeExclude walks a folder with --include and --exclude: names
// and paths below the folder, repeated and comma-separated patterns,
// excluded folders not walked.
func TestIncludeExclude(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"2023/a.txt", "2023/b.docx", "2024/c.txt", "tmp/d.txt", "e.txt"} {
		writeFile(t, filepath.Join(dir, filepath.FromSlash(f)), []byte("x"))
	}
	for _, tc := range []struct {
		name  string
		flags []string
		want  []string
	}{
		{"all", nil, []string{"2023/a.txt", "2023/b.docx", "2024/c.txt", "e.txt", "tmp/d.txt"}},
		{"include a name", []string{"--include", "*.txt"}, []string{"2023/a.txt", "2024/c.txt", "e.txt", "tmp/d.txt"}},
		{"include a path", []string{"--include", "2023/*"}, []string{"2023/a.txt", "2023/b.docx"}},
		{"two includes", []string{"--include", "*.docx", "--include=e.txt"}, []string{"2023/b.docx", "e.txt"}},
		{"comma-separated", []string{"--include", "*.docx,e.txt"}, []string{"2023/b.docx", "e.txt"}},
		{"exclude a folder", []string{"--exclude", "tmp"}, []string{"2023/a.txt", "2023/b.docx", "2024/c.txt", "e.txt"}},
		{"include and exclude", []string{"--include", "*.txt", "--exclude", "2024/*,tmp"}, []string{"2023/a.txt", "e.txt"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var rules walkRules
			fs := (&env{}).newFlags("t", "t")
			addWalkFlags(fs, &rules)
			require.NoError(t, fs.Parse(tc.flags))
			got, err := (&env{}).gather([]string{dir}, "", rules, nil)
			require.NoError(t, err)
			assert.Equal(t, tc.want, relPaths(t, dir, got))
		})
	}
	inv := runWith(t, "", nil, "extract", "--include", "[", dir)
	assert.Equal(t, exitUsage, inv.code)
	assert.Contains(t, inv.stderr, `bad pattern "["`)
}

// TestHiddenDebris reads hidden entries with --hidden: macOS and
// LibreOffice debris among them are skipped by name.
func TestHiddenDebris(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, ".DS_Store"), []byte("\x00\x00\x00\x01Bud1"))
	writeFile(t, filepath.Join(dir, "._seed.txt"), []byte("\x00\x05\x16\x07"))
	writeFile(t, filepath.Join(dir, ".~lock.seed.docx#"), []byte("zhangsan,host,01.01.2024 10:00;"))
	inv := runWith(t, "", nil, "extract", "--hidden", "--format", "jsonl", dir)
	require.Equal(t, exitOK, inv.code, inv.stderr)
	var formats []string
	for _, l := range lines(t, inv.stdout) {
		var rec schema.SkipRecord
		require.NoError(t, json.Unmarshal([]byte(l), &rec))
		formats = append(formats, rec.Skipped.Code+" "+rec.Skipped.Format)
	}
	assert.Equal(t, []string{"debris finder_metadata", "debris appledouble", "debris lock_file"}, formats)
}

// TestJunkResume resumes a finished run over the junk folder, with JSONL
// and SQLite: nothing is appended, skips of files never read (the broken
// link) included, and every input is resumed but the corrupt GB18030
// report, which a binary error marks as done too.
func TestJunkResume(t *testing.T) {
	dir := junkFolder(t)
	tmp := t.TempDir()
	out, db := filepath.Join(tmp, "out.jsonl"), filepath.Join(tmp, "out.db")
	first := runWith(t, "", nil, "extract", "-o", out, "--sqlite", db, dir)
	before := readFile(t, out)
	again := runWith(t, "", nil, "extract", "--resume", "-o", out, "--sqlite", db, dir)
	assert.Equal(t, exitOK, again.code, again.stderr)
	assert.Equal(t, before, readFile(t, out), "nothing appended")
	n := len(lines(t, before))
	assert.Contains(t, again.stderr, "failed 0, skipped 0, resumed "+strconv.Itoa(n)+" ", first.stderr)
	assert.Equal(t, n, countRows(t, db, "SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM errors) + (SELECT count(*) FROM skipped)"))
}
