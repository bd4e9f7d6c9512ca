package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/schema"
)

// checkRun drives the command line with args and returns its status and
// outputs.
func checkRun(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, signals: notifySignals}
	code := e.run(args)
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
		"  indicators.score_le_weight  fail    362,361  10分      12分    0分        群众满意度（%）: 得分 12 is above its 分值 10\n" +
		"files checked: 1; checks: 1 failed, 0 warned, 34 passed; reports not recognised: 0; unreadable: 0; skipped: 0\n"
	assert.Equal(t, want, out)

	code, out, errOut = checkRun("check", "--lang", "zh", path)
	require.Equal(t, exitFail, code, errOut)
	want = path + "：1 项不通过，0 项警告，34 项通过\n" +
		"  规则                        结果  行       计算值  原文值  容差  说明\n" +
		"  indicators.score_le_weight  fail  362,361  10分    12分    0分   群众满意度（%）: 得分 12 is above its 分值 10\n" +
		"检查文件 1 个；校验：不通过 1 项，警告 0 项，通过 34 项；未识别的报告 0 份；无法读取 0 个；跳过 0 个\n"
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

// TestCheckNotRecognised checks a file read that is no report of a known
// kind: named, it is "not a recognised report", a warn for --fail-on;
// found in a folder with nothing of a report in it, it is skipped.
func TestCheckNotRecognised(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.txt")
	require.NoError(t, os.WriteFile(notes, []byte("会议纪要\n一、 会议时间：2024年3月1日\n二、 参会人员：张三\n"), 0o644))
	readme := filepath.Join(dir, "README.md")
	require.NoError(t, os.WriteFile(readme, []byte("# Tools\n\nRun make to build.\n"), 0o644))
	for _, tc := range []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"named, fail on fail", []string{"check", notes}, exitOK, notes + ": not a recognised report (kind unknown): counted as a warning\n"},
		{"named, fail on warn", []string{"check", "--fail-on", "warn", notes}, exitFail, "reports not recognised: 1"},
		{"found", []string{"check", "--fail-on", "warn", dir}, exitFail, "skipped: 1\n"},
		{"not a report, named", []string{"check", "--fail-on", "warn", readme}, exitFail, "reports not recognised: 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := checkRun(tc.args...)
			assert.Equal(t, tc.code, code, errOut)
			assert.Contains(t, out, tc.out)
		})
	}
	_, _, errOut := checkRun("check", dir)
	assert.Contains(t, errOut, "README.md: skipped (text): not a report")
}

// TestCheckFormats prints the checks of a folder (a report with a failed
// check, a report of no known kind, a corrupt file) as json, jsonl and
// csv: every check of every file, each input's status, and the summary.
func TestCheckFormats(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(corpusFile("036_seed_score_above_weight.txt"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), data, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte("会议纪要\n一、 会议时间：2024年3月1日\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c.docx"), []byte("PK\x03\x04 no zip"), 0o644))

	code, out, errOut := checkRun("check", "--format", "jsonl", dir)
	require.Equal(t, exitFail, code, errOut)
	ls := lines(t, out)
	require.Len(t, ls, 4)
	type checkLine struct {
		Producer   *schema.Producer  `json:"producer"`
		Source     schema.Source     `json:"source"`
		Kind       string            `json:"kind"`
		Recognised bool              `json:"recognised"`
		Status     string            `json:"status"`
		Failed     int               `json:"failed"`
		Passed     int               `json:"passed"`
		Checks     []schema.Check    `json:"checks"`
		Error      *schema.ErrorInfo `json:"error"`
	}
	var recs []checkLine
	for _, l := range ls[:3] {
		var rec checkLine
		require.NoError(t, json.Unmarshal([]byte(l), &rec))
		recs = append(recs, rec)
	}
	type row struct {
		name, kind, status string
		recognised         bool
		failed, passed     int
		checks             int
		error              bool
	}
	var got []row
	for _, r := range recs {
		require.NotNil(t, r.Producer)
		got = append(got, row{filepath.Base(r.Source.Path), r.Kind, r.Status, r.Recognised, r.Failed, r.Passed, len(r.Checks), r.Error != nil})
	}
	assert.Equal(t, []row{
		{"a.txt", "department_overall", "fail", true, 1, 34, 35, false},
		{"b.txt", "unknown", "warn", false, 0, 0, 0, false},
		{"c.docx", "", "error", false, 0, 0, 0, true},
	}, got)
	assert.Equal(t, `{"summary":{"files":3,"reports":2,"unrecognised":1,"unreadable":1,"skipped":0,"failed_checks":1,"warned_checks":0,"passed_checks":34}}`, ls[3])

	_, whole, _ := checkRun("check", "--format", "json", dir)
	var doc struct {
		Producer schema.Producer   `json:"producer"`
		Files    []json.RawMessage `json:"files"`
		Summary  map[string]int    `json:"summary"`
	}
	require.NoError(t, json.Unmarshal([]byte(whole), &doc), whole)
	assert.Equal(t, "jixiao", doc.Producer.Name)
	assert.Len(t, doc.Files, 3)
	assert.Equal(t, 3, doc.Summary["files"])

	_, table, _ := checkRun("check", "--format", "csv", dir)
	rows, err := csv.NewReader(strings.NewReader(table)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, checkCSVHeader, rows[0])
	require.Len(t, rows, 1+35+1+1) // a's checks, b's warn, c's error
	assert.Equal(t, []string{"report.recognised", "warn"}, rows[36][3:5])
	assert.Equal(t, "error", rows[37][4])
	var failed []string
	for _, r := range rows[1:36] {
		if r[4] == "fail" {
			failed = append(failed, r[3]+" "+r[5]+" "+r[6]+" "+r[7])
		}
	}
	assert.Equal(t, []string{"indicators.score_le_weight 362,361 10 12"}, failed)

	code, _, errOut = checkRun("check", "--format", "xml", dir)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, `unknown --format "xml"`)
}

// TestDisplayWidth counts CJK characters as two columns.
func TestDisplayWidth(t *testing.T) {
	for s, want := range map[string]int{"": 0, "abc": 3, "元": 2, "100百分点": 9, "（%）": 5} {
		assert.Equal(t, want, displayWidth(s), s)
	}
}
