package write

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jixiao-dev/jixiao/schema"
)

// TestIsCSV compares what is taken for jixiao's table file whole.
func TestIsCSV(t *testing.T) {
	for _, tc := range []struct {
		name, table, head string
		want              bool
	}{
		{"empty", "reports", "", true},
		{"header and rows", "skipped", "report_id,path,format,bytes,reason\r\nab,a.pdf,pdf,9,r\r\n", true},
		{"with a BOM", "skipped", UTF8BOM + "report_id,path,format,bytes,reason\r\n", true},
		{"this version's", "skipped", "report_id,path,format,bytes,reason,sha256,code\r\n", true},
		{"a later version's", "skipped", "report_id,path,format,bytes,reason,sha256,code,more\r\n", true},
		{"two columns only", "skipped", "report_id,path\r\n", false},
		{"a column renamed", "skipped", "report_id,path,format,size,reason\r\n", false},
		{"another table's header", "errors", "report_id,path,format,bytes,reason\r\n", false},
		{"someone's CSV", "reports", "name,total\r\nmine,1\r\n", false},
		{"no such table", "mine", "report_id\r\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsCSV(tc.table, []byte(tc.head)); got != tc.want {
				t.Errorf("IsCSV(%q, %q) = %v, want %v", tc.table, tc.head, got, tc.want)
			}
		})
	}
}

// TestCSVCommitAndAbort writes the tables of one skipped file: committed,
// every table file is there and recognised as jixiao's; aborted, the
// directory keeps what it held.
func TestCSVCommitAndAbort(t *testing.T) {
	dir := t.TempDir()
	o, err := Claim(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close(true)
	src := schema.Source{Path: "a.pdf", SHA256: "ab", Bytes: 9}
	skip := FlattenSkip(FileSkip{Source: src, Code: "unsupported_format", Format: "pdf", Reason: "r"})
	c, err := CreateCSV(o, false)
	if err != nil {
		t.Fatal(err)
	}
	c.Add(skip)
	c.Abort()
	if names := list(t, dir); len(names) != 0 {
		t.Fatalf("Abort left %q", names)
	}
	c, _ = CreateCSV(o, true)
	c.Add(skip)
	if err := c.Commit(); err != nil {
		t.Fatal(err)
	}
	for i, p := range CSVPaths(dir) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !IsCSV(FlatTables()[i].Name, b) {
			t.Errorf("%s is not recognised: %q", filepath.Base(p), b)
		}
	}
	if got, want := read(t, filepath.Join(dir, "skipped.csv")), UTF8BOM+"report_id,path,format,bytes,reason,sha256,code\r\n"+RecordID(src)+",a.pdf,pdf,9,r,ab,unsupported_format\r\n"; got != want {
		t.Errorf("skipped.csv = %q, want %q", got, want)
	}
}
