package sqlite

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write"
)

// TestHoldings loads a report, an error and a skip, twice, and reads back
// what the database holds: each file once, with its table and code.
func TestHoldings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.db")
	rep := &schema.Report{SchemaVersion: schema.Version, Source: schema.Source{Path: "a.txt", SHA256: "aa", Bytes: 3}, Kind: "unknown"}
	files := [][]write.FlatTable{
		write.Flatten(rep),
		write.FlattenError(write.FileError{Source: schema.Source{Path: "b.docx", SHA256: "bb"}, Code: "corrupt", Message: "m"}),
		write.FlattenError(write.FileError{Source: schema.Source{Path: "gone"}, Code: "read", Message: "m"}),
		write.FlattenSkip(write.FileSkip{Source: schema.Source{Path: "c.pdf", SHA256: "cc"}, Format: "pdf", Reason: "r"}),
	}
	for range 2 {
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			db.Add(f)
		}
		if db.Pending() != 4 {
			t.Errorf("pending %d", db.Pending())
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		if db.Files() != 4 {
			t.Errorf("files %d", db.Files())
		}
	}
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var got []string
	if err := db.Holdings(func(id, table, code string) { got = append(got, id+" "+table+" "+code) }); err != nil {
		t.Fatal(err)
	}
	sort.Strings(got)
	want := []string{"aa reports ", "bb errors corrupt", "cc skipped "}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("holdings %q, want %q", got, want)
	}
	head := make([]byte, 100)
	f, _ := os.Open(path)
	f.Read(head)
	f.Close()
	if !IsDatabase(head) {
		t.Errorf("the database is not recognised as jixiao's")
	}
}

// TestIsDatabase compares what is taken for a jixiao database whole.
func TestIsDatabase(t *testing.T) {
	hdr := func(app uint32) []byte {
		b := make([]byte, 100)
		copy(b, "SQLite format 3\x00")
		b[68], b[69], b[70], b[71] = byte(app>>24), byte(app>>16), byte(app>>8), byte(app)
		return b
	}
	for _, tc := range []struct {
		name string
		head []byte
		want bool
	}{
		{"empty", nil, true},
		{"jixiao's", hdr(ApplicationID), true},
		{"another application's", hdr(0x12345678), false},
		{"no application id", hdr(0), false},
		{"short", hdr(ApplicationID)[:60], false},
		{"a text file", []byte("2023年度绩效自评报告\n"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsDatabase(tc.head); got != tc.want {
				t.Errorf("IsDatabase = %v, want %v", got, tc.want)
			}
		})
	}
}
