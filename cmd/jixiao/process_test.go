//go:build unix

package main

import (
	"bytes"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// runMainEnv makes the test binary run the command line instead of the
// tests (TestMain), so that a test can start jixiao as a real process and
// kill it.
const runMainEnv = "JIXIAO_TEST_RUN_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// command is jixiao as a separate process.
func command(t testing.TB, args ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), runMainEnv+"=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	return cmd, &stderr
}

// TestOneWriterPerOutput holds the outputs of a run open (its only input
// is a FIFO nobody writes to yet) and starts a second run on each of them:
// it exits 2 naming the first run's process, and writes nothing. Once the
// FIFO is fed, the first run ends normally.
func TestOneWriterPerOutput(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "in.fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o644))
	out, errs, db := filepath.Join(dir, "out.jsonl"), filepath.Join(dir, "errors.jsonl"), filepath.Join(dir, "out.db")
	first, stderr := command(t, "extract", "--allow-special", "--timeout", "60s", "-o", out, "--errors", errs, "--sqlite", db, fifo)
	require.NoError(t, first.Start())
	defer first.Process.Kill()
	waitFor(t, func() bool { return lockedBy(out) }, "the first run to lock its output")

	for _, args := range [][]string{
		{"extract", "-o", out, seedPath},
		{"extract", "--resume", "-o", out, seedPath},
		{"extract", "-o", filepath.Join(dir, "other.jsonl"), "--errors", errs, seedPath},
		{"extract", "--sqlite", db, seedPath},
	} {
		inv := runWith(t, "", nil, args...)
		assert.Equal(t, exitUsage, inv.code, inv.stderr)
		assert.Contains(t, inv.stderr, fmt.Sprintf("is being written by another run (pid %d)", first.Process.Pid))
	}
	_, err := os.Stat(filepath.Join(dir, "other.jsonl"))
	assert.True(t, os.IsNotExist(err), "the refused run created nothing")

	require.NoError(t, os.WriteFile(fifo, []byte(readFile(t, seedPath)), 0o644))
	require.NoError(t, first.Wait(), stderr.String())
	assert.Len(t, lines(t, readFile(t, out)), 1)
}

// lockedBy reports whether another process holds the lock of path.
func lockedBy(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if err == nil {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	}
	return err != nil
}

// waitFor polls cond for up to a minute.
func waitFor(t testing.TB, cond func() bool, what string) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// variants writes n distinct reports (the seed with a numbered note) and a
// few files that fail or are skipped into dir.
func variants(t testing.TB, dir string, n int) {
	t.Helper()
	seed := readFile(t, seedPath)
	for i := range n {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("r%04d.txt", i)), []byte(seed+"\n附注"+strconv.Itoa(i)+"\n"))
	}
	writeFile(t, filepath.Join(dir, "r0100_bad.docx"), []byte("PK\x03\x04 no zip"))
	writeFile(t, filepath.Join(dir, "r0200_scan.png"), []byte("\x89PNG\r\n\x1a\n\x00"))
}

// TestResumeAfterKill kills a run writing JSONL, an errors file and SQLite
// with SIGKILL — at a point where SQLite holds fewer files than the JSONL,
// and before SQLite's first commit — then resumes it: the JSONL files are
// byte for byte those of a run never interrupted, the database holds every
// file exactly once and passes its integrity check, and the summary says
// what was redone for the database.
func TestResumeAfterKill(t *testing.T) {
	if testing.Short() {
		t.Skip("runs jixiao over 400 files several times")
	}
	const n = 400
	in := t.TempDir()
	variants(t, in, n)
	ref := t.TempDir()
	whole := runWith(t, "", nil, "extract", "-q", "-o", filepath.Join(ref, "out.jsonl"), "--errors", filepath.Join(ref, "errors.jsonl"), in)
	require.Equal(t, exitFail, whole.code, whole.stderr)
	wantOut, wantErrs := readFile(t, filepath.Join(ref, "out.jsonl")), readFile(t, filepath.Join(ref, "errors.jsonl"))
	record := len(wantOut) / n

	for _, tc := range []struct {
		name      string
		killAt    int  // JSONL records written when the run is killed
		committed bool // and once the database has grown: a batch was committed
	}{
		{"before the first commit", 40, false},
		{"after a commit", batchSize + 4, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			out, errs, db := filepath.Join(dir, "out.jsonl"), filepath.Join(dir, "errors.jsonl"), filepath.Join(dir, "out.db")
			args := []string{"extract", "-q", "-j", "1", "-o", out, "--errors", errs, "--sqlite", db, in}
			cmd, stderr := command(t, args...)
			require.NoError(t, cmd.Start())
			var dbSize int64 = -1 // first seen, with its tables and no file
			waitFor(t, func() bool {
				grown := false
				if size := dbBytes(db); size > 0 {
					if dbSize < 0 {
						dbSize = size
					}
					grown = size > dbSize
				}
				info, err := os.Stat(out)
				return err == nil && info.Size() >= int64(tc.killAt*record) && (grown || !tc.committed)
			}, "the run to write its records")
			require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
			cmd.Wait()
			inJSONL := len(strings.Split(readFile(t, out), "\n")) - 1
			inDB := countRows(t, db, "SELECT count(*) FROM reports")
			require.Less(t, inJSONL, n, "the run was killed before its end: %s", stderr)
			t.Logf("killed with %d reports in the JSONL, %d in the database", inJSONL, inDB)
			assert.LessOrEqual(t, inDB, inJSONL, "SQLite never holds a file the JSONL lacks")

			args[1] = "--resume"
			resumed := runWith(t, "", nil, args...)
			assert.Contains(t, []int{exitOK, exitFail}, resumed.code, resumed.stderr) // 1 when the bad file was redone
			assert.True(t, wantOut == readFile(t, out), "the JSONL is the uninterrupted run's")
			assert.Equal(t, wantErrs, readFile(t, errs))
			assert.Equal(t, n, countRows(t, db, "SELECT count(*) FROM reports"))
			assert.Equal(t, n, countRows(t, db, "SELECT count(DISTINCT report_id) FROM reports"))
			assert.Equal(t, 1, countRows(t, db, "SELECT count(*) FROM errors"))
			assert.Equal(t, 1, countRows(t, db, "SELECT count(*) FROM skipped"))
			assert.Equal(t, 12*n, countRows(t, db, "SELECT count(*) FROM indicators"))
			var check string
			require.NoError(t, openDB(t, db).QueryRow("PRAGMA integrity_check").Scan(&check))
			assert.Equal(t, "ok", check)
			if inDB > 0 && inDB < inJSONL {
				assert.Contains(t, resumed.stderr, fmt.Sprintf("redone for %s, which lacked them", db))
			}
		})
	}
}

// dbBytes is the size of a database and its write-ahead log, which a
// commit makes grow.
func dbBytes(path string) int64 {
	var n int64
	for _, p := range []string{path, path + "-wal"} {
		if info, err := os.Stat(p); err == nil {
			n += info.Size()
		}
	}
	return n
}

// openDB opens a database for the test's queries.
func openDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	conn, err := sql.Open("sqlite", path)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close() })
	return conn
}

// countRows runs a counting query.
func countRows(t testing.TB, db, q string) int {
	t.Helper()
	var n int
	require.NoError(t, openDB(t, db).QueryRow(q).Scan(&n), q)
	return n
}
