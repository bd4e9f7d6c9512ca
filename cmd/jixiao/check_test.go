package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkRun drives the command line with args and returns its status and
// outputs.
func checkRun(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// corpusFile names a file of the corpus.
func corpusFile(name string) string {
	return filepath.Join("..", "..", "corpus", name)
}

// TestCheckExitCodes drives `jixiao check` with each --fail-on on the seed
// and on the corpus files with planted errors and warnings.
func TestCheckExitCodes(t *testing.T) {
	seed := corpusFile("000_0a15cb66ce3c31e1.txt")
	total := corpusFile("030_seed_total_score_95.txt")
	basic := corpusFile("031_seed_basic_expenditure_177_81.txt")
	rate := corpusFile("032_seed_execution_rate_95_15.txt")
	warns := corpusFile("035_seed_indicator_warnings.txt")
	tests := []struct {
		name string
		args []string
		code int
		out  []string // substrings of standard output
	}{
		{"seed passes", []string{"check", seed}, exitOK, []string{"0 failed, 0 warned, 34 passed"}},
		{"seed passes on warn", []string{"check", "--fail-on", "warn", seed}, exitOK, nil},
		{"planted total score", []string{"check", "--fail-on", "fail", total}, exitFail,
			[]string{"indicators.total_score  fail", "94分      95分"}},
		{"planted basic expenditure", []string{"check", basic}, exitFail,
			[]string{"narrative.basic_expenditure    fail    52    1788000元  1778100元  100元"}},
		{"planted execution rate", []string{"check", rate}, exitFail,
			[]string{"funds.execution_rate  fail    229,226,227  92.15%    95.15%  0.00859百分点"}},
		{"warnings pass on fail", []string{"check", warns}, exitOK, []string{"0 failed, 4 warned, 31 passed", "indicators.target_met"}},
		{"warnings fail on warn", []string{"check", "--fail-on=warn", warns}, exitFail, nil},
		{"none never fails", []string{"check", "--fail-on", "none", total, warns}, exitOK, nil},
		{"flag after paths", []string{"check", total, "--fail-on", "none"}, exitOK, nil},
		{"missing file", []string{"check", "--fail-on", "none", "no/such/file.txt"}, exitFail, nil},
		{"unknown level", []string{"check", "--fail-on", "error", seed}, exitUsage, nil},
		{"no paths", []string{"check"}, exitUsage, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := checkRun(tt.args...)
			assert.Equal(t, tt.code, code, "stdout:\n%s\nstderr:\n%s", out, errOut)
			for _, s := range tt.out {
				assert.Contains(t, out, s)
			}
		})
	}
}

// TestCheckTable checks the whole output for one file: the count line, the
// heading and one aligned row per failed or warned check.
func TestCheckTable(t *testing.T) {
	path := corpusFile("036_seed_score_above_weight.txt")
	code, out, errOut := checkRun("check", path)
	require.Equal(t, exitFail, code, errOut)
	want := path + ": 1 failed, 0 warned, 34 passed\n" +
		"  RULE                        STATUS  LINE     EXPECTED  ACTUAL  TOLERANCE  MESSAGE\n" +
		"  indicators.score_le_weight  fail    362,361  10分      12分    0分        群众满意度（%）: 得分 12 is above its 分值 10\n"
	assert.Equal(t, want, out)
}

// TestCheckDirectory reads a directory and skips a file in a format jixiao
// does not read.
func TestCheckDirectory(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(corpusFile("000_0a15cb66ce3c31e1.txt"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), data, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.rtf"), []byte("{\\rtf1\\ansi report}"), 0o644))
	code, out, errOut := checkRun("check", dir)
	assert.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "a.txt: 0 failed, 0 warned, 34 passed")
	assert.Contains(t, errOut, "b.rtf: skipped")
}

// TestDisplayWidth counts CJK characters as two columns.
func TestDisplayWidth(t *testing.T) {
	for s, want := range map[string]int{"": 0, "abc": 3, "元": 2, "100百分点": 9, "（%）": 5} {
		assert.Equal(t, want, displayWidth(s), s)
	}
}
