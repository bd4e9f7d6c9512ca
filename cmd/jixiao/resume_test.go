package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestResumeReadsNothingNew is the acceptance's second run: with --resume
// over the same folder nothing is extracted and nothing is appended.
func TestResumeReadsNothingNew(t *testing.T) {
	dir, reports := archive(t)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	first := runWith(t, "", nil, "extract", "-o", out, dir)
	require.Equal(t, exitFail, first.code, first.stderr)
	before := readFile(t, out)

	second := runWith(t, "", nil, "extract", "--resume", "-o", out, dir)
	assert.Equal(t, exitOK, second.code, second.stderr)
	assert.Equal(t, before, readFile(t, out), "a resumed run appends nothing")
	m := summaryLine.FindStringSubmatch(second.stderr)
	require.NotNil(t, m, second.stderr)
	assert.Equal(t, []string{"0", "0", "0", "0", "0", strconv.Itoa(len(reports) + 4)}, m[1:])
}

// TestResumeAfterInterruptedWrite cuts an output in the middle of a record,
// as a killed run leaves it, and resumes: the incomplete line is cut, the
// inputs after the last whole record are done again, and the result is the
// uninterrupted run's output byte for byte.
func TestResumeAfterInterruptedWrite(t *testing.T) {
	dir, _ := archive(t)
	tmp := t.TempDir()
	full := filepath.Join(tmp, "full.jsonl")
	runWith(t, "", nil, "extract", "-o", full, dir)
	whole := readFile(t, full)
	ls := lines(t, whole)
	require.Greater(t, len(ls), 6)

	for _, cut := range []struct {
		name string
		keep string
		code int // the failures come first, in bad/: only the run from nothing meets them
	}{
		{"mid-record", strings.Join(ls[:5], "\n") + "\n" + ls[5][:len(ls[5])/2], exitOK},
		{"at a line end", strings.Join(ls[:5], "\n") + "\n", exitOK},
		{"empty", "", exitFail},
	} {
		t.Run(cut.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.jsonl")
			writeFile(t, out, []byte(cut.keep))
			inv := runWith(t, "", nil, "extract", "--resume", "-o", out, dir)
			assert.Equal(t, cut.code, inv.code, inv.stderr)
			assert.True(t, whole == readFile(t, out), "the resumed output is the whole run's")
			if cut.name == "mid-record" {
				assert.Contains(t, inv.stderr, "cut an incomplete last line")
			}
		})
	}
}

// TestResumeRetriesTimeouts checks that a timeout is not taken as done: the
// file is tried again by --resume and its report appended.
func TestResumeRetriesTimeouts(t *testing.T) {
	_, reports := archive(t)
	out := filepath.Join(t.TempDir(), "out.jsonl")
	inv := runWith(t, "", nil, "extract", "--timeout", "1ns", "-o", out, reports[0])
	require.Equal(t, exitFail, inv.code, inv.stderr)
	require.Contains(t, readFile(t, out), `"code":"timeout"`)

	inv = runWith(t, "", nil, "extract", "--resume", "-o", out, reports[0])
	require.Equal(t, exitOK, inv.code, inv.stderr)
	got := lines(t, readFile(t, out))
	require.Len(t, got, 2)
	assert.Equal(t, "report", digestOf(t, filepath.Dir(reports[0]), got[1]).Outcome)
}

// TestResumeErrorsFile checks that --resume reads the sha256s of --errors
// too, and appends to it.
func TestResumeErrorsFile(t *testing.T) {
	dir, _ := archive(t)
	tmp := t.TempDir()
	out, errs := filepath.Join(tmp, "out.jsonl"), filepath.Join(tmp, "errors.jsonl")
	runWith(t, "", nil, "extract", "-o", out, "--errors", errs, dir)
	o, e := readFile(t, out), readFile(t, errs)
	inv := runWith(t, "", nil, "extract", "--resume", "-o", out, "--errors", errs, dir)
	assert.Equal(t, exitOK, inv.code, inv.stderr)
	assert.Equal(t, o, readFile(t, out))
	assert.Equal(t, e, readFile(t, errs))
}

// TestRecordKey reads the digests of records as --resume does.
func TestRecordKey(t *testing.T) {
	sha := strings.Repeat("ab", 32)
	long := `{"schema_version":"1","source":{"path":"a.txt","format":"text","sha256":"` + sha + `","bytes":9},"kind":"unknown","title":"` + strings.Repeat("长", 3000) + `"}`
	longPath := `{"source":{"path":"` + strings.Repeat("p", 5000) + `","format":"","sha256":"` + sha + `","bytes":9},"error":{"code":"empty","message":"m"}}`
	prod := `{"producer":{"name":"jixiao","version":"(devel)"},`
	for _, tc := range []struct {
		name  string
		line  string
		sha   string
		kind  outcome
		state keyState
	}{
		{"report", `{"schema_version":"1","source":{"path":"a","sha256":"` + sha + `"},"kind":"unknown"}`, sha, outRead, keyDone},
		{"report with producer", prod + `"schema_version":"1","source":{"path":"a","sha256":"` + sha + `"},"kind":"unknown"}`, sha, outRead, keyDone},
		{"report longer than the head", long, sha, outRead, keyDone},
		{"source longer than the head", longPath, sha, outFailed, keyDone},
		{"error", prod + `"source":{"path":"a","sha256":"` + sha + `"},"error":{"code":"corrupt","message":"m"}}`, sha, outFailed, keyDone},
		{"timeout is retried", `{"source":{"path":"a","sha256":"` + sha + `"},"error":{"code":"timeout","message":"m"}}`, "", 0, keyRetry},
		{"read error is retried", `{"source":{"path":"a","sha256":""},"error":{"code":"read","message":"m"}}`, "", 0, keyRetry},
		{"skip", prod + `"source":{"path":"a","sha256":"` + sha + `"},"skipped":{"format":"pdf","reason":"r"}}`, sha, outSkipped, keyDone},
		{"no digest", `{"source":{"path":"a"}}`, "", 0, keyRetry},
		{"no kind", `{"source":{"path":"a","sha256":"` + sha + `"}}`, "", 0, keyInvalid},
		{"no source", `{"kind":"x"}`, "", 0, keyInvalid},
		{"not an object", `[1,2]`, "", 0, keyInvalid},
		{"not JSON", `hello`, "", 0, keyInvalid},
		{"truncated", `{"source":{"path":"a","sha2`, "", 0, keyInvalid},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sha, path, kind, state := recordKey([]byte(tc.line + "\n"))
			assert.Equal(t, [3]any{tc.sha, tc.kind, tc.state}, [3]any{sha, kind, state})
			if state == keyDone {
				assert.True(t, path == "a" || path == "a.txt" || path == strings.Repeat("p", 5000), "path %.20q", path)
			} else {
				assert.Empty(t, path)
			}
		})
	}
}

// TestLoadDoneMissingFile checks that resuming into a new file starts from
// nothing.
func TestLoadDoneMissingFile(t *testing.T) {
	done := holdings{}
	unknown, cut, err := loadDone(filepath.Join(t.TempDir(), "none.jsonl"), toOut, done)
	require.NoError(t, err)
	assert.Equal(t, 0, unknown)
	assert.Equal(t, int64(0), cut)
	assert.Empty(t, done)
	_, err = os.Stat(filepath.Join(t.TempDir(), "none.jsonl"))
	assert.True(t, os.IsNotExist(err))
}

// FuzzRecordKey checks that any line is read without panic, and that a
// digest is only ever one the line holds.
func FuzzRecordKey(f *testing.F) {
	f.Add(`{"schema_version":"1","source":{"path":"a","sha256":"00ff"},"kind":"unknown"}`)
	f.Add(`{"source":{"path":"a","sha256":"00ff"},"error":{"code":"timeout"}}`)
	f.Add(`{"source":{"path":"a","sha256":"00ff"},"skipped":{"format":"pdf"}}`)
	f.Add(`{"source":`)
	f.Fuzz(func(t *testing.T, line string) {
		sha, path, _, state := recordKey([]byte(line))
		if state != keyDone && (sha != "" || path != "") {
			t.Fatalf("state %d with digest %q and path %q", state, sha, path)
		}
		if state == keyDone && (sha == "" || !strings.Contains(line, sha)) {
			t.Fatalf("digest %q is not in the line", sha)
		}
	})
}
