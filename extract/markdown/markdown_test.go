package markdown

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// blocks writes the blocks of doc: "P text" (with " hN" for a heading's
// level), or "T" and each row's cells.
func blocks(doc *document.Document) []string {
	var out []string
	for _, b := range doc.Blocks {
		if b.Kind == document.KindParagraph {
			s := "P " + b.Para.Text
			if b.Para.Outline > 0 {
				s += " h" + string(rune('0'+b.Para.Outline))
			}
			out = append(out, s)
			continue
		}
		var sb strings.Builder
		sb.WriteString("T")
		for _, r := range b.Table.Rows {
			sb.WriteString(" |")
			for _, c := range r.Cells {
				sb.WriteString(" " + c.Text)
				if c.RowSpan > 1 || c.ColSpan > 1 {
					sb.WriteString("[" + string(rune('0'+c.RowSpan)) + "x" + string(rune('0'+c.ColSpan)) + "]")
				}
			}
		}
		out = append(out, sb.String())
	}
	return out
}

func TestRead(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		text   string
		blocks []string
	}{
		{
			name:   "heading marks, emphasis and code are not text",
			in:     "# 一、部门概况\n\n## （一）**主要**职能\n\n本单位`负责` *征拆* 工作。",
			text:   "一、部门概况\n（一）主要职能\n本单位负责 征拆 工作。",
			blocks: []string{"P 一、部门概况 h1", "P （一）主要职能 h2", "P 本单位负责 征拆 工作。"},
		},
		{
			name:   "strong emphasis left open next to CJK punctuation is dropped",
			in:     "**（一）主要职能。**本单位负责\n\n**二、结论**",
			text:   "（一）主要职能。本单位负责\n二、结论",
			blocks: []string{"P （一）主要职能。本单位负责", "P 二、结论"},
		},
		{
			name:   "every source line is a line; lists keep their numbers, drop their bullets",
			in:     "一、概况\n（一）职能\n\n1. 甲\n2. 乙\n\n- 丙\n\n> 注：丁",
			text:   "一、概况\n（一）职能\n1.甲\n2.乙\n丙\n注：丁",
			blocks: []string{"P 一、概况", "P （一）职能", "P 1.甲", "P 2.乙", "P 丙", "P 注：丁"},
		},
		{
			name:   "images are left out, links keep their text",
			in:     "![](images/a.jpg)\n\n见[附件1](http://x/a.doc)。",
			text:   "见附件1。",
			blocks: []string{"P 见附件1。"},
		},
		{
			name:   "LaTeX percentages and signs read as they print",
			in:     "执行率$92.15\\%$，满意度$\\geq 90\\%$，偏差$\\leq5\\%$，面积3650m$^{2}$，$5 and $10 不是公式，\\$9。",
			text:   "执行率92.15%，满意度≥90%，偏差≤5%，面积3650m²，$5 and $10 不是公式，$9。",
			blocks: []string{"P 执行率92.15%，满意度≥90%，偏差≤5%，面积3650m²，$5 and $10 不是公式，$9。"},
		},
		{
			name:   "a pipe table, its cells' math too",
			in:     "| 指标 | 目标值 |\n|---|:---:|\n| 满意度 | $\\geq 90\\%$ |\n| 率 | 100% |",
			text:   "\t指标\n\t目标值\n\n\t满意度\n\t≥90%\n\n\t率\n\t100%",
			blocks: []string{"T | 指标 目标值 | 满意度 ≥90% | 率 100%"},
		},
		{
			name:   "an HTML table block with spans and math; no operator from a tag",
			in:     "表1\n\n<table><tr><td rowspan=\"2\">项目</td><td>执行率</td></tr><tr><td>$85.20\\%$</td></tr></table>\n\n完",
			text:   "表1\n\t项目\n\t执行率\n\n\t\n\t85.20%\n\n\n完",
			blocks: []string{"P 表1", "T | 项目[2x1] 执行率 | 85.20%", "P 完"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Read([]byte(tt.in), Options{})
			require.NoError(t, err)
			require.NoError(t, doc.Verify())
			assert.Equal(t, tt.text, doc.Text)
			assert.Equal(t, tt.blocks, blocks(doc))
			assert.Equal(t, "markdown", doc.Format)
		})
	}
}

func TestTexToText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`85.20\%`, "85.20%"},
		{`\geq 90\%`, "≥90%"},
		{`\ge 90 \%`, "≥90%"},
		{`\leqslant 5\%`, "≤5%"},
		{`> 95\%`, ">95%"},
		{`{85.20}\%`, "85.20%"},
		{`\mathbf{100\%}`, "100%"},
		{`\text{万元}`, "万元"},
		{`\text { 万 元 }`, "万 元"},
		{`m^{2}`, "m²"},
		{`m^3`, "m³"},
		{`30^{\circ}`, "30°"},
		{`\frac{1}{2}`, "1/2"},
		{`5 \sim 10`, "5~10"},
		{`1 \times 10^{4}`, "1×104"},
		{`\left( 3 \right)`, "(3)"},
		{`\alpha`, "alpha"},
		{`9 2 . 1 5 \%`, "92.15%"},
		{`\textcircled{3}`, "③"},
		{`\textcircled{x}`, "x"},
		{`\underline{\mathrm{100}}`, "100"},
		{`\`, ""},
		{`\frac{1}`, "1/"},
		{`{{{`, ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, texToText([]byte(tt.in)), tt.in)
	}
}

func TestMathSpan(t *testing.T) {
	tests := []struct {
		in  string
		n   int
		tex string
	}{
		{`$85.20\%$ 后`, 9, `85.20\%`},
		{`$$\geq 90$$x`, 11, `\geq 90`},
		{`$5 and $10`, 0, ""},
		{`$ 5$`, 0, ""},
		{`$5 $`, 0, ""},
		{`$a\$b$`, 6, `a\$b`},
		{"$a\nb$", 0, ""},
		{`$`, 0, ""},
		{`$$`, 0, ""},
		{`$ 9 2 \% $ 后`, 10, ` 9 2 \% `},
		{`$ 5 $`, 0, ""},
	}
	for _, tt := range tests {
		n, tex := mathSpan([]byte(tt.in))
		assert.Equal(t, tt.n, n, tt.in)
		assert.Equal(t, tt.tex, string(tex), tt.in)
	}
}

func TestDecodeAndRefuse(t *testing.T) {
	gb := []byte("# \xd2\xbb\xa1\xa2\xb8\xc5\xbf\xf6") // "# 一、概况" in GB18030
	doc, err := Read(gb, Options{})
	require.NoError(t, err)
	assert.Equal(t, "gb18030", doc.Encoding)
	assert.Equal(t, "一、概况", doc.Text)

	for _, tt := range []struct {
		name     string
		in       string
		opts     Options
		sentinel error
	}{
		{"only markup", "![](a.png)\n\n---\n", Options{}, document.ErrEmpty},
		{"too big", "# 一、概况", Options{MaxBytes: 3}, document.ErrLimit},
		{"NUL bytes", "# a\x00b", Options{}, document.ErrBinary},
	} {
		_, err := Read([]byte(tt.in), tt.opts)
		require.Error(t, err, tt.name)
		assert.True(t, errors.Is(err, tt.sentinel), "%s: %v", tt.name, err)
	}
}

// FuzzRead feeds Read arbitrary Markdown, seeded with the corpus's: it never
// panics, fails only with a *document.Error, and a Document it returns keeps
// every invariant, within a budget of eight bytes of text per input byte.
func FuzzRead(f *testing.F) {
	names, _ := filepath.Glob("../../corpus/*.md")
	for _, name := range names {
		if data, err := os.ReadFile(name); err == nil && len(data) < 8192 {
			f.Add(data)
		}
	}
	f.Add([]byte("# 一\n\n| a | b |\n|---|---|\n| $1\\%$ | **x**y |\n\n<table><tr><td colspan=2>$\\geq 9\\%$</td></tr></table>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Read(data, Options{})
		if err != nil {
			var de *document.Error
			if !errors.As(err, &de) {
				t.Fatalf("error %T is not a *document.Error: %v", err, err)
			}
			return
		}
		if err := doc.Verify(); err != nil {
			t.Fatal(err)
		}
		if document.Canon(doc.Text) != doc.Text {
			t.Fatal("text is not canonical")
		}
		if len(doc.Text) > 8*len(data)+64 {
			t.Fatalf("%d bytes of text from %d bytes of input", len(doc.Text), len(data))
		}
	})
}

// FuzzTexToText checks that any formula converts without panic to valid
// UTF-8 no longer than three times the formula (the longest symbol, "…",
// is three bytes for a command of at least two).
func FuzzTexToText(f *testing.F) {
	for _, s := range []string{`\geq 90\%`, `\frac{a}{b}`, `m^{2}`, `\text{万元}`, `{\`, `^`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := texToText([]byte(s))
		if !utf8.ValidString(out) && utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if len(out) > 3*len(s)+3 {
			t.Fatalf("%d bytes from %d", len(out), len(s))
		}
	})
}
