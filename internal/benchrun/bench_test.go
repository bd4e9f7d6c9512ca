package main

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseJobs reads worker counts.
func TestParseJobs(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []int
		ok   bool
	}{
		{"1,2", []int{1, 2}, true},
		{" 4 ", []int{4}, true},
		{"0", nil, false},
		{"1,x", nil, false},
	} {
		got, err := parseJobs(tc.in)
		assert.Equal(t, tc.want, got, tc.in)
		assert.Equal(t, tc.ok, err == nil, tc.in)
	}
}

// TestCopies makes copies of two files in turn.
func TestCopies(t *testing.T) {
	src := t.TempDir()
	a, b := filepath.Join(src, "a.txt"), filepath.Join(src, "b.docx")
	require.NoError(t, os.WriteFile(a, []byte("aaa"), 0o644))
	require.NoError(t, os.WriteFile(b, []byte("bb"), 0o644))
	dst := filepath.Join(t.TempDir(), "in")
	size, err := copies([]string{a, b}, dst, 3)
	require.NoError(t, err)
	assert.Equal(t, int64(8), size)
	entries, err := os.ReadDir(dst)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	assert.Equal(t, []string{"000000_a.txt", "000001_b.docx", "000002_a.txt"}, names)
}

// TestUnknownSetIsLeftOut checks that a set matching no file is reported
// and left out, not an error.
func TestUnknownSetIsLeftOut(t *testing.T) {
	assert.NoError(t, bench("none="+filepath.Join(t.TempDir(), "*.txt"), []string{"bin/jixiao"}, 1, 1, []int{1}, "", ""))
	assert.Error(t, bench("no-equals-sign", []string{"bin/jixiao"}, 1, 1, []int{1}, "", ""))
}

// TestMedian picks the middle run by wall time, and the extremes.
func TestMedian(t *testing.T) {
	ms := []measurement{{wall: 3}, {wall: 1}, {wall: 2}, {wall: 4}}
	mid, fast, slow := median(ms)
	assert.Equal(t, time.Duration(3), mid.wall)
	assert.Equal(t, time.Duration(1), fast.wall)
	assert.Equal(t, time.Duration(4), slow.wall)
	mid, _, _ = median(ms[:1])
	assert.Equal(t, time.Duration(3), mid.wall)
}
