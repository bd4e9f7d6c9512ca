package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/internal/devset"
	"github.com/jixiao-dev/jixiao/schema"
	"github.com/jixiao-dev/jixiao/write"
)

// TestRealWorldDevSet runs the pipeline over the whole development set —
// the pdftotext text of every PDF of ../shared/realworld/pdf in both modes,
// and the third-party extract — and checks what must hold of any input:
// the text is read, the output is the same twice, and every span points at
// the text it claims. It logs what the pipeline finds in each file.
func TestRealWorldDevSet(t *testing.T) {
	m := maker(t)
	pdfs, err := filepath.Glob(filepath.Join(sharedRealWorld, "pdf", "*.pdf"))
	require.NoError(t, err)
	texts, err := filepath.Glob(filepath.Join(sharedRealWorld, "text", "*.txt"))
	require.NoError(t, err)
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 2, 8, 2, ' ', 0)
	fmt.Fprintln(w, "file\tvariant\tbytes\tsections\ttables\tvalues\tamounts\ttoc\tpages\twarnings")
	for _, pdf := range pdfs {
		for _, mode := range devset.Modes {
			data, err := m.Text(pdf, mode)
			require.NoError(t, err)
			devsetFile(t, w, filepath.Base(pdf), string(mode), data)
		}
	}
	for _, path := range texts {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		devsetFile(t, w, filepath.Base(path), variantExtract, data)
	}
	w.Flush()
	t.Log("\n" + b.String())
}

func devsetFile(t *testing.T, w *tabwriter.Writer, name, variant string, data []byte) {
	path := strings.TrimSuffix(name, filepath.Ext(name)) + ".txt"
	rep, err := extract.Extract(path, data, extract.Options{})
	require.NoError(t, err, "%s (%s)", name, variant)
	again, err := extract.Extract(path, data, extract.Options{})
	require.NoError(t, err)
	one, err := write.Marshal(rep, true)
	require.NoError(t, err)
	two, err := write.Marshal(again, true)
	require.NoError(t, err)
	assert.Equal(t, string(one), string(two), "%s (%s): output differs between two runs", name, variant)
	doc, err := extract.Read(path, data, extract.Options{})
	require.NoError(t, err)
	checkSpans(t, name+" ("+variant+")", doc.Text, rep)
	amounts := 0
	for _, v := range rep.Values {
		if v.Kind == "amount" {
			amounts++
		}
	}
	fmt.Fprintf(w, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\n", short(strings.TrimSuffix(name, filepath.Ext(name))), variant, len(data),
		countSections(rep.Sections), len(rep.Tables), len(rep.Values), amounts, len(rep.TOC), len(rep.Pages), len(rep.Warnings))
}

// checkSpans asserts that the text at each span is what the report says is
// there: values' raw text, section titles, table cells.
func checkSpans(t *testing.T, name, text string, rep *schema.Report) {
	t.Helper()
	at := func(s schema.Span) (string, bool) {
		if s.Start < 0 || s.End < s.Start || s.End > len(text) {
			return "", false
		}
		return text[s.Start:s.End], true
	}
	for _, v := range rep.Values {
		got, ok := at(v.Span)
		if !assert.True(t, ok && got == v.Raw, "%s: value %q at %v reads %q", name, v.Raw, v.Span, got) {
			return
		}
	}
	var walk func([]schema.Section) bool
	walk = func(ss []schema.Section) bool {
		for _, s := range ss {
			got, ok := at(s.TitleSpan)
			if !assert.True(t, ok && got == s.Title, "%s: title %q at %v reads %q", name, s.Title, s.TitleSpan, got) || !walk(s.Children) {
				return false
			}
		}
		return true
	}
	walk(rep.Sections)
	for _, tb := range rep.Tables {
		for _, row := range tb.Rows {
			for _, c := range row {
				got, ok := at(c.Span)
				if !assert.True(t, ok && got == c.Text, "%s: cell %q at %v reads %q", name, c.Text, c.Span, got) {
					return
				}
			}
		}
	}
}

func countSections(ss []schema.Section) int {
	n := len(ss)
	for _, s := range ss {
		n += countSections(s.Children)
	}
	return n
}
