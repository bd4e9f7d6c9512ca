package write

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestReplace checks that a replaced file keeps its old content until
// Commit, keeps it for good after Abort, and that no temporary file is
// left either way.
func TestReplace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := os.WriteFile(path, []byte("old\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	for _, commit := range []bool{false, true} {
		o, err := Claim(path, false)
		if err != nil {
			t.Fatal(err)
		}
		if err := o.Lock(); err != nil {
			t.Fatal(err)
		}
		r, err := o.Replace()
		if err != nil {
			t.Fatal(err)
		}
		r.WriteString("new\n")
		if got := read(t, path); got != "old\n" {
			t.Fatalf("before Commit the file holds %q", got)
		}
		want := "old\n"
		if commit {
			want = "new\n"
			if err := r.Commit(); err != nil {
				t.Fatal(err)
			}
		} else {
			r.Abort()
		}
		if err := o.Close(true); err != nil {
			t.Fatal(err)
		}
		if got := read(t, path); got != want {
			t.Errorf("commit %v: the file holds %q, want %q", commit, got, want)
		}
		if info, _ := os.Stat(path); info.Mode().Perm() != 0o640 {
			t.Errorf("commit %v: mode %v, want the file's own 0640", commit, info.Mode().Perm())
		}
		if names := list(t, dir); len(names) != 1 {
			t.Errorf("commit %v: the directory holds %q", commit, names)
		}
	}
}

// TestClaimCreatedEmptyIsRemoved checks that a file Claim created is
// removed by Close(false) while empty, and kept once written or renamed.
func TestClaimCreatedEmptyIsRemoved(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "new.jsonl")
	o, err := Claim(path, false)
	if err != nil || !o.Created() {
		t.Fatalf("Claim: %v, created %v", err, o.Created())
	}
	o.Close(false)
	if names := list(t, dir); len(names) != 0 {
		t.Errorf("left %q", names)
	}
	o, _ = Claim(path, false)
	r, _ := o.Replace()
	r.WriteString("x\n")
	if err := r.Commit(); err != nil {
		t.Fatal(err)
	}
	o.Close(false) // the placeholder was replaced: the new file stays
	if got := read(t, path); got != "x\n" {
		t.Errorf("after Commit and Close the file holds %q", got)
	}
}

// TestClaimMakesDirectories claims an output in directories that do not
// exist: they are created, and removed again when nothing was written;
// kept once something was.
func TestClaimMakesDirectories(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out", "2023", "a.jsonl")
	o, err := Claim(path, false)
	if err != nil {
		t.Fatal(err)
	}
	o.Close(false)
	if names := list(t, dir); len(names) != 0 {
		t.Errorf("left %q", names)
	}
	o, err = Claim(path, false)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := o.Append(true)
	f.WriteString("x\n")
	o.Close(false)
	if got := read(t, path); got != "x\n" {
		t.Errorf("the file holds %q", got)
	}
	csvDir := filepath.Join(dir, "tables", "2023")
	o, err = Claim(csvDir, true)
	if err != nil {
		t.Fatal(err)
	}
	o.Close(false)
	if _, err := os.Stat(filepath.Join(dir, "tables")); !os.IsNotExist(err) {
		t.Errorf("tables/ left: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "file"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Claim(filepath.Join(dir, "file", "a.jsonl"), false); err == nil {
		t.Error("a file where a directory is wanted: no error")
	}
}

// TestLockNamesTheHolder takes the lock of one file twice: the second
// Lock fails naming this process (on Linux, where /proc/locks says).
func TestLockNamesTheHolder(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no flock")
	}
	path := filepath.Join(t.TempDir(), "out.jsonl")
	a, _ := Claim(path, false)
	defer a.Close(true)
	if err := a.Lock(); err != nil {
		t.Fatal(err)
	}
	b, _ := Claim(filepath.Join(filepath.Dir(path), ".", "out.jsonl"), false)
	defer b.Close(true)
	err := b.Lock()
	var le *LockedError
	if !errors.As(err, &le) {
		t.Fatalf("second Lock: %v, want a *LockedError", err)
	}
	if runtime.GOOS == "linux" && le.PID != os.Getpid() {
		t.Errorf("holder %d, want this process %d", le.PID, os.Getpid())
	}
	a.Close(true)
	if err := b.Lock(); err != nil {
		t.Errorf("Lock after the holder closed: %v", err)
	}
}

// TestSpecialOutput writes to /dev/null straight: no lock, no temporary
// file, no truncation.
func TestSpecialOutput(t *testing.T) {
	if _, err := os.Stat(os.DevNull); err != nil || runtime.GOOS == "windows" {
		t.Skip("no /dev/null")
	}
	o, err := Claim(os.DevNull, false)
	if err != nil || !o.Special() {
		t.Fatalf("Claim(/dev/null): %v, special %v", err, o.Special())
	}
	if err := o.Lock(); err != nil {
		t.Fatal(err)
	}
	r, err := o.Replace()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.WriteString("x"); err != nil {
		t.Fatal(err)
	}
	if err := r.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := o.Close(false); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(os.DevNull); err != nil {
		t.Fatal("/dev/null is gone")
	}
}

// TestClaimRefusesKinds checks a directory where a file is wanted and the
// other way round.
func TestClaimRefusesKinds(t *testing.T) {
	dir := t.TempDir()
	if _, err := Claim(dir, false); err == nil {
		t.Error("Claim of a directory as a file succeeded")
	}
	file := filepath.Join(dir, "f")
	os.WriteFile(file, nil, 0o644)
	if _, err := Claim(file, true); err == nil {
		t.Error("Claim of a file as a directory succeeded")
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func list(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}
