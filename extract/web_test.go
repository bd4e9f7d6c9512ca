package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/write"
)

// seedGolden is the seed's expected output: renditions of the seed in other
// formats must give its sections, amounts and facts.
const seedGolden = "../golden/000_0a15cb66ce3c31e1.txt.json"

// seedView is what a rendition of the seed must share with it: the section
// tree (marker, level, title), the amounts (as written and in 元), and the
// facts, all without positions (each format writes its own canonical text).
type seedView struct {
	Sections []string
	Amounts  []string
	Facts    string
}

// viewOf reduces a report in its JSON form to a seedView.
func viewOf(t *testing.T, js []byte) seedView {
	t.Helper()
	var r struct {
		Sections []json.RawMessage `json:"sections"`
		Values   []struct {
			Kind string          `json:"kind"`
			Raw  string          `json:"raw"`
			Yuan json.RawMessage `json:"yuan"`
		} `json:"values"`
		Facts any `json:"facts"`
	}
	require.NoError(t, json.Unmarshal(js, &r))
	var v seedView
	for _, s := range r.Sections {
		v.Sections = append(v.Sections, sectionLines(t, s, 0)...)
	}
	for _, val := range r.Values {
		if val.Kind == "amount" {
			v.Amounts = append(v.Amounts, val.Raw+"="+string(val.Yuan))
		}
	}
	sort.Strings(v.Amounts)
	facts, err := json.MarshalIndent(stripPositions(r.Facts), "", " ")
	require.NoError(t, err)
	v.Facts = string(facts)
	return v
}

// sectionLines writes a section and its children, one line each, indented
// by depth.
func sectionLines(t *testing.T, js json.RawMessage, depth int) []string {
	var s struct {
		Marker   string            `json:"marker"`
		Level    int               `json:"level"`
		Title    string            `json:"title"`
		Children []json.RawMessage `json:"children"`
	}
	require.NoError(t, json.Unmarshal(js, &s))
	out := []string{fmt.Sprintf("%s%d %s%s", strings.Repeat("  ", depth), s.Level, s.Marker, s.Title)}
	for _, c := range s.Children {
		out = append(out, sectionLines(t, c, depth+1)...)
	}
	return out
}

// stripPositions drops spans and lines from a decoded JSON value.
func stripPositions(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			if k == "span" || k == "spans" || k == "line" || strings.HasSuffix(k, "_span") || strings.HasSuffix(k, "_spans") {
				continue
			}
			out[k] = stripPositions(e)
		}
		return out
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = stripPositions(e)
		}
		return out
	}
	return v
}

// TestRenditionsGiveTheSeed reads the seed's renditions as web page,
// converter Markdown and Word 97 document and compares each report's
// sections, amounts and facts with the seed's golden output.
func TestRenditionsGiveTheSeed(t *testing.T) {
	want, err := os.ReadFile(seedGolden)
	require.NoError(t, err)
	wantView := viewOf(t, want)
	require.Greater(t, len(wantView.Sections), 30, "the seed's outline")
	require.Greater(t, len(wantView.Amounts), 20, "the seed's amounts")
	for _, name := range webSeedRenditions {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("../corpus", name))
			require.NoError(t, err)
			rep, err := Extract(name, data, Options{})
			require.NoError(t, err)
			js, err := write.Marshal(rep, true)
			require.NoError(t, err)
			got := viewOf(t, js)
			assert.Equal(t, strings.Join(wantView.Sections, "\n"), strings.Join(got.Sections, "\n"), "sections")
			assert.Equal(t, strings.Join(wantView.Amounts, "\n"), strings.Join(got.Amounts, "\n"), "amounts")
			assert.Equal(t, wantView.Facts, got.Facts, "facts")
		})
	}
}

// TestNoOperatorFromTags checks that no value of the web and Markdown
// renditions gets a comparison operator its raw text does not write: a
// reader that leaks "<td>" into the text makes "85.20%" read as ">85.20%".
func TestNoOperatorFromTags(t *testing.T) {
	for _, name := range webSeedRenditions {
		data, err := os.ReadFile(filepath.Join("../corpus", name))
		require.NoError(t, err)
		rep, err := Extract(name, data, Options{})
		require.NoError(t, err)
		for _, v := range rep.Values {
			if v.Op != "" {
				assert.True(t, strings.ContainsAny(v.Raw, "≥≤><＞＜不低高少超大小于至"), "%s: %q has op %q", name, v.Raw, v.Op)
			}
		}
	}
}

// webSeedRenditions are the corpus files that render the seed in the formats
// of issue 17 (made by corpus/genweb.sh).
var webSeedRenditions = []string{
	"010_seed_word.docx",
	"100_seed_libreoffice_utf8.html",
	"101_seed_gb2312_page.html",
	"120_seed_libreoffice.doc",
	"125_seed_numbering.doc",
	"130_seed_converter.md",
}

// TestSniffWeb tells HTML and Markdown from plain text by their content,
// conservatively: a plain-text report is never taken for either.
func TestSniffWeb(t *testing.T) {
	utf16le := func(s string) string {
		b := []byte{0xff, 0xfe}
		for _, r := range s {
			b = append(b, byte(r), byte(r>>8))
		}
		return string(b)
	}
	tests := []struct {
		name, in string
		want     Format
	}{
		{"doctype", "<!DOCTYPE html><p>x", FormatHTML},
		{"word web archive", "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"x\"\r\n\r\n", FormatMHTML},
		{"browser web archive", "From: <Saved by Blink>\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\"\r\n\r\n", FormatMHTML},
		{"a report mentioning MIME", "一、概况\nMIME-Version: 1.0\n\n", FormatText},
		{"xml prologue and comment", "<?xml version=\"1.0\"?>\n<!-- saved -->\n<html>", FormatHTML},
		{"cms fragment", "<div class=\"article\"><p>一、概况</p></div>", FormatHTML},
		{"fragment without an end tag", "<div class=\"x\">一、概况", FormatText},
		{"utf-16 page", utf16le("<html><body>x</body></html>"), FormatHTML},
		{"two headings", "# 一、概况\n正文\n## （一）职能\n", FormatMarkdown},
		{"pipe table", "说明\n| 项目 | 金额 |\n| --- | ---: |\n| 合计 | 9 |\n", FormatMarkdown},
		{"html table block", "一、概况\n<table><tr><td>a</td></tr></table>\n", FormatMarkdown},
		{"heading and math", "# 报告\n执行率$92.15\\%$\n", FormatMarkdown},
		{"heading and image", "# 报告\n![](images/a.jpg)\n", FormatMarkdown},
		{"utf-16 markdown", utf16le("# 一\n\n# 二\n"), FormatMarkdown},
		{"one heading alone", "# 报告\n一、概况\n", FormatText},
		{"pipes without a delimiter line", "项目 | 金额\n合计 | 9\n", FormatText},
		{"a delimiter line without pipes above", "标题\n---|---\n", FormatText},
		{"TAB dump", "一、概况\n\t项目\n\t金额\n", FormatText},
		{"hash inside a line", "编号#1\n# \n#标签\n", FormatText},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Sniff([]byte(tt.in)), tt.name)
	}
	for _, name := range corpusFiles(t) {
		if strings.HasSuffix(name, ".txt") {
			data, err := os.ReadFile(filepath.Join("../corpus", name))
			require.NoError(t, err)
			assert.Equal(t, FormatText, Sniff(data), "%s is a text report", name)
		}
	}
	texts, _ := filepath.Glob("../../shared/realworld/text/*.txt")
	for _, name := range texts {
		data, err := os.ReadFile(name)
		require.NoError(t, err)
		assert.Equal(t, FormatText, Sniff(data), "%s is a text report", name)
	}
}
