package pdf_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract"
	"github.com/jixiao-dev/jixiao/schema"
)

// TestSeedPDFMatchesSeed runs the whole pipeline over the seed's text dump
// (corpus/000) and over the seed as a PDF, ruled and with its narrative in
// two columns (corpus/150, 152), and compares what a user reads: the section tree
// (markers and titles), the amounts (as written, spaces aside, and in 元)
// and the facts, spans aside. Two facts differ, for reasons outside the
// reader's text: "improvements" starts on a new page in the PDF, and the
// segmenter does not yet leave the page's furniture (its running header
// and page number, which the reader lists in Document.Pages) out of a
// section's text; and one indicator's 实际完成值 is two paragraphs in the
// DOCX but two lines that fill their cell in the PDF, read as one wrapped
// paragraph.
func TestSeedPDFMatchesSeed(t *testing.T) {
	seed := report(t, "000_0a15cb66ce3c31e1.txt")
	for _, name := range []string{"150_seed_pdf_ruled.pdf", "152_seed_pdf_two_columns.pdf"} {
		t.Run(name, func(t *testing.T) {
			got := report(t, name)
			assert.Equal(t, outline(seed.Sections, nil), outline(got.Sections, nil))
			assert.Equal(t, amounts(seed), amounts(got))
			want, have := facts(t, seed), facts(t, got)
			for _, known := range []string{"improvements", "self_evaluation"} {
				delete(want, known)
				delete(have, known)
			}
			assert.Equal(t, want, have)
		})
	}
}

func report(t *testing.T, name string) *schema.Report {
	data, err := os.ReadFile("../../corpus/" + name)
	require.NoError(t, err)
	rep, err := extract.Extract(name, data, extract.Options{})
	require.NoError(t, err)
	return rep
}

func outline(ss []schema.Section, out []string) []string {
	for _, s := range ss {
		out = append(out, s.Marker+" "+s.Title)
		out = outline(s.Children, out)
	}
	return out
}

func amounts(r *schema.Report) map[string]int {
	out := map[string]int{}
	for _, v := range r.Values {
		if v.Kind == "amount" {
			b, _ := json.Marshal(v.Yuan)
			out[strings.ReplaceAll(v.Raw, " ", "")+"="+string(b)]++
		}
	}
	return out
}

// facts returns the report's facts as JSON values without their spans.
func facts(t *testing.T, r *schema.Report) map[string]any {
	data, err := json.Marshal(r.Facts)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	return strip(m).(map[string]any)
}

func strip(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			if k == "span" || k == "spans" || strings.HasSuffix(k, "_span") {
				continue
			}
			out[k] = strip(e)
		}
		return out
	case []any:
		for i := range x {
			x[i] = strip(x[i])
		}
	}
	return v
}
