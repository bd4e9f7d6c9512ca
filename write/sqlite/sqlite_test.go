package sqlite

import (
	"database/sql"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write"
)

// TestHoldings loads a report (two byte-identical copies under two
// paths), an error, an unreadable file and a skip, twice, and reads back
// what the database holds: each path once, with its table and code.
func TestHoldings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.db")
	rep := func(p, sha string) *schema.Report {
		return &schema.Report{SchemaVersion: schema.Version, Source: schema.Source{Path: p, SHA256: sha, Bytes: 3}, Kind: "unknown"}
	}
	files := [][]write.FlatTable{
		write.Flatten(rep("a.txt", "aa")),
		write.Flatten(rep("copy/a.txt", "aa")),
		write.FlattenError(write.FileError{Source: schema.Source{Path: "b.docx", SHA256: "bb"}, Code: "corrupt", Message: "m"}),
		write.FlattenError(write.FileError{Source: schema.Source{Path: "gone"}, Code: "read", Message: "m"}),
		write.FlattenSkip(write.FileSkip{Source: schema.Source{Path: "c.pdf", SHA256: "cc"}, Code: "unsupported_format", Format: "pdf", Reason: "r"}),
	}
	for range 2 {
		db, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if err := db.Add(f); err != nil {
				t.Fatal(err)
			}
		}
		if db.Pending() != len(files) {
			t.Errorf("pending %d", db.Pending())
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		if db.Files() != len(files) {
			t.Errorf("files %d", db.Files())
		}
	}
	want := []string{"aa a.txt reports ", "aa copy/a.txt reports ", "bb b.docx errors corrupt", "cc c.pdf skipped "}
	if got := holdings(t, path); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("holdings %q, want %q", got, want)
	}
	if n := count(t, path, "SELECT count(*) FROM errors"); n != 2 {
		t.Errorf("%d error rows, want 2 (b.docx and gone)", n)
	}

	// a.txt changed: its new content replaces its record; its copy stays.
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Add(write.FlattenSkip(write.FileSkip{Source: schema.Source{Path: "a.txt", SHA256: "dd"}, Code: "debris", Format: "empty", Reason: "r"})); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	want = []string{"aa copy/a.txt reports ", "bb b.docx errors corrupt", "cc c.pdf skipped ", "dd a.txt skipped "}
	if got := holdings(t, path); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("after a.txt changed: holdings %q, want %q", got, want)
	}
	head := make([]byte, 100)
	f, _ := os.Open(path)
	f.Read(head)
	f.Close()
	if !IsDatabase(head) {
		t.Errorf("the database is not recognised as jixiao's")
	}
	if _, err := os.Stat(path + "-wal"); !os.IsNotExist(err) {
		t.Errorf("the write-ahead log is left after Close: %v", err)
	}
}

// holdings lists what the database at path holds, sorted.
func holdings(t *testing.T, path string) []string {
	t.Helper()
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var got []string
	if err := db.Holdings(func(sha, p, table, code string) { got = append(got, sha+" "+p+" "+table+" "+code) }); err != nil {
		t.Fatal(err)
	}
	sort.Strings(got)
	return got
}

// count runs a counting query on the database at path.
func count(t *testing.T, path, q string) int {
	t.Helper()
	conn, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var n int
	if err := conn.QueryRow(q).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestMigrate opens a database made by an earlier version (the skipped
// table without sha256 and code): the columns are added, old rows are
// kept, and a file under an old row's path replaces it.
func TestMigrate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	conn, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE skipped (report_id TEXT, path TEXT, format TEXT, bytes INTEGER, reason TEXT)`,
		`INSERT INTO skipped VALUES ('cc', 'c.pdf', 'pdf', 9, 'r')`,
	} {
		if _, err := conn.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	conn.Close()
	// An old skip row has no sha256: it is listed as a file skipped
	// unread, which a file read there (with its sha256) does not match.
	if got, want := holdings(t, path), []string{" c.pdf skipped "}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("old rows held: %q, want %q", got, want)
	}
	db, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Add(write.FlattenSkip(write.FileSkip{Source: schema.Source{Path: "c.pdf", SHA256: "cc"}, Code: "unsupported_format", Format: "pdf", Reason: "r"})); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := holdings(t, path), []string{"cc c.pdf skipped "}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("holdings %q, want %q", got, want)
	}
	if n := count(t, path, "SELECT count(*) FROM skipped"); n != 1 {
		t.Errorf("%d skipped rows, want 1", n)
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
