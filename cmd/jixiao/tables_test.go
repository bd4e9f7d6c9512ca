package main

import (
	"bytes"
	"database/sql"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write"
)

// seedPath is the seed report.
var seedPath = filepath.Join("..", "..", "corpus", "000_0a15cb66ce3c31e1.txt")

// seedReport extracts the seed through the command and decodes it.
func seedReport(t *testing.T) (*schema.Report, string) {
	t.Helper()
	inv := runWith(t, "", nil, "extract", seedPath)
	if inv.code != exitOK {
		t.Fatalf("extract: exit %d: %s", inv.code, inv.stderr)
	}
	var r schema.Report
	if err := json.Unmarshal([]byte(inv.stdout), &r); err != nil {
		t.Fatal(err)
	}
	return &r, inv.stdout
}

// TestSchemaCommand checks that `jixiao schema` prints a JSON Schema that
// compiles and that the seed's report validates against.
func TestSchemaCommand(t *testing.T) {
	inv := runWith(t, "", nil, "schema")
	if inv.code != exitOK || inv.stderr != "" {
		t.Fatalf("schema: exit %d, stderr %q", inv.code, inv.stderr)
	}
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(inv.stdout))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	_, report := seedReport(t)
	rep, err := jsonschema.UnmarshalJSON(strings.NewReader(report))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(rep); err != nil {
		t.Errorf("the seed does not validate: %v", err)
	}
	if inv := runWith(t, "", nil, "schema", "extra"); inv.code != exitUsage {
		t.Errorf("schema extra: exit %d, want %d", inv.code, exitUsage)
	}
}

// TestTableFlags checks the usage errors of the table flags.
func TestTableFlags(t *testing.T) {
	tests := []struct {
		name string
		args []string
		msg  string
	}{
		{"csv without -o", []string{"extract", "--format", "csv", seedPath}, "--format csv needs -o DIR"},
		{"excel without csv", []string{"extract", "--excel", seedPath}, "--excel needs --format csv"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inv := runWith(t, "", nil, tc.args...)
			if inv.code != exitUsage || !strings.Contains(inv.stderr, tc.msg) {
				t.Errorf("exit %d, stderr %q; want %d and %q", inv.code, inv.stderr, exitUsage, tc.msg)
			}
		})
	}
}

// TestCSV writes the seed's tables as CSV, reads them back and compares
// them with the JSON: headers, row counts and the seed's figures.
func TestCSV(t *testing.T) {
	r, _ := seedReport(t)
	dir := t.TempDir()
	inv := runWith(t, "", nil, "extract", "--format", "csv", "--excel", "-o", dir, seedPath)
	if inv.code != exitOK || inv.stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", inv.code, inv.stdout, inv.stderr)
	}
	want := write.Flatten(r)
	for _, ft := range want {
		b, err := os.ReadFile(filepath.Join(dir, ft.Name+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(b, []byte(write.UTF8BOM)) {
			t.Errorf("%s.csv: no BOM with --excel", ft.Name)
		}
		recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte(write.UTF8BOM)))).ReadAll()
		if err != nil {
			t.Fatalf("%s.csv: %v", ft.Name, err)
		}
		if recs[0][0] != "report_id" || len(recs[0]) != len(ft.Columns) {
			t.Errorf("%s.csv: header %q", ft.Name, recs[0])
		}
		if len(recs)-1 != len(ft.Rows) {
			t.Errorf("%s.csv: %d rows, want %d", ft.Name, len(recs)-1, len(ft.Rows))
		}
		for i := 1; i < len(recs) && i <= len(ft.Rows); i++ {
			if strings.Join(recs[i], "\x00") != strings.Join(ft.Rows[i-1], "\x00") {
				t.Errorf("%s.csv row %d: %q, want %q", ft.Name, i, recs[i], ft.Rows[i-1])
			}
		}
	}
	counts := map[string]int{"values": len(r.Values), "checks": len(r.Checks), "warnings": len(r.Warnings), "indicators": 12, "reports": 1}
	for name, n := range counts {
		if got := len(csvRows(t, dir, name)); got != n {
			t.Errorf("%s.csv: %d rows, want %d", name, got, n)
		}
	}
	rep := csvRows(t, dir, "reports")[0]
	if rep["total_score"] != "94" || rep["fiscal_year"] != "2023" {
		t.Errorf("reports.csv: total_score %q, fiscal_year %q", rep["total_score"], rep["fiscal_year"])
	}
	if f := csvRows(t, dir, "funds")[0]; f["line"] != "total" || f["full_year_budget"] != "2677800" {
		t.Errorf("funds.csv first row: %v", f)
	}
}

// csvRows reads DIR/name.csv as maps from column to field.
func csvRows(t *testing.T, dir, name string) []map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name+".csv"))
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte(write.UTF8BOM)))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, rec := range recs[1:] {
		m := map[string]string{}
		for i, col := range recs[0] {
			m[col] = rec[i]
		}
		out = append(out, m)
	}
	return out
}

// TestSQLite loads the seed and a failing file twice and checks that the
// database holds one copy of each, with the seed's figures.
func TestSQLite(t *testing.T) {
	r, _ := seedReport(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.docx")
	writeFile(t, bad, []byte("PK\x03\x04 not a zip"))
	db := filepath.Join(dir, "out.db")
	for i := 0; i < 2; i++ {
		inv := runWith(t, "", nil, "extract", "--sqlite", db, seedPath, bad)
		if inv.code != exitFail || inv.stdout != "" {
			t.Fatalf("run %d: exit %d, stdout %q, stderr %s", i, inv.code, inv.stdout, inv.stderr)
		}
	}
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	queries := []struct {
		q    string
		want string
	}{
		{`SELECT count(*) FROM reports`, "1"},
		{`SELECT count(*) FROM errors`, "1"},
		{`SELECT unit || '|' || fiscal_year || '|' || total_score FROM reports`, r.Unit + "|2023|94"},
		{`SELECT full_year_budget || '|' || full_year_budget_fen FROM funds WHERE line = 'total'`, "2677800|267780000"},
		{`SELECT count(*) FROM indicators`, "12"},
		{`SELECT count(*) FROM "values"`, itoa(len(r.Values))},
		{`SELECT count(*) FROM checks`, itoa(len(r.Checks))},
		{`SELECT count(*) FROM sections`, itoa(len(write.Flatten(r)[1].Rows))},
		{`SELECT count(*) FROM indicators WHERE score < weight`, itoa(belowWeight(r))},
	}
	for _, tc := range queries {
		var got string
		if err := conn.QueryRow(tc.q).Scan(&got); err != nil {
			t.Errorf("%s: %v", tc.q, err)
			continue
		}
		if got != tc.want {
			t.Errorf("%s = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// belowWeight counts the seed's indicators scored below their weight,
// from the JSON.
func belowWeight(r *schema.Report) int {
	n := 0
	for _, ind := range r.Facts.SelfEvaluation.Indicators {
		if ind.Score != "" && ind.Weight != "" && ind.Score != ind.Weight {
			n++
		}
	}
	return n
}

// itoa formats an int.
func itoa(n int) string { return strconv.Itoa(n) }

// TestCopiesUnderTwoPaths files one report under two units, byte for
// byte: each copy gets its record in the JSONL and in SQLite (report_id
// apart, sha256 alike), a --resume finds both done, and loading the folder
// again leaves two records, not four.
func TestCopiesUnderTwoPaths(t *testing.T) {
	dir := t.TempDir()
	seed := readFile(t, seedPath)
	writeFile(t, filepath.Join(dir, "in", "unit-a", "form.txt"), []byte(seed))
	writeFile(t, filepath.Join(dir, "in", "unit-b", "form.txt"), []byte(seed))
	out, db := filepath.Join(dir, "out.jsonl"), filepath.Join(dir, "out.db")
	in := filepath.Join(dir, "in")
	first := runWith(t, "", nil, "extract", "-o", out, "--sqlite", db, in)
	require.Equal(t, exitOK, first.code, first.stderr)
	got := lines(t, readFile(t, out))
	require.Len(t, got, 2)
	assert.Equal(t, []digest{{"unit-a/form.txt", "report", ""}, {"unit-b/form.txt", "report", ""}},
		[]digest{digestOf(t, in, got[0]), digestOf(t, in, got[1])})

	resumed := runWith(t, "", nil, "extract", "--resume", "-o", out, "--sqlite", db, in)
	require.Equal(t, exitOK, resumed.code, resumed.stderr)
	assert.Contains(t, resumed.stderr, "resumed 2")
	assert.Len(t, lines(t, readFile(t, out)), 2)

	again := runWith(t, "", nil, "extract", "--sqlite", db, in)
	require.Equal(t, exitOK, again.code, again.stderr)
	for q, want := range map[string]int{
		"SELECT count(*) FROM reports":                   2,
		"SELECT count(DISTINCT report_id) FROM reports":  2,
		"SELECT count(DISTINCT sha256) FROM reports":     1,
		"SELECT count(*) FROM indicators":                24,
		"SELECT count(DISTINCT report_id) FROM sections": 2,
	} {
		assert.Equal(t, want, countRows(t, db, q), q)
	}
}
