package text_test

import (
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/text"
)

// TestReadOwnsText checks that the Document never shares memory with the
// input: writing over the input after Read must leave the text, the blocks
// and the warnings as they were, whether canonical rewrote the text or not.
func TestReadOwnsText(t *testing.T) {
	cases := []struct {
		name string
		in   string
	}{
		{"plain UTF-8, nothing to rewrite", "标题\n\t单元\n\t格\n\n\t8\n\t9\n"},
		{"UTF-8 with a byte order mark", "\xEF\xBB\xBF标题\n正文\n"},
		{"CRLF line ends", "标题\r\n\t单元\r\n\t格\r\n\r\n\t8\r\n\t9\r\n"},
		{"a bookmark marker", "\t[bookmark: _GoBack]名称\n\t值\n"},
		{"full-width digits", "２０２３年度\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := []byte(tc.in)
			d, err := text.Read(data, text.Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Clone(d.Text)
			wantShape := shape(d)
			for i := range data {
				data[i] = 'x'
			}
			if d.Text != want {
				t.Errorf("text changed with the input: %q, want %q", d.Text, want)
			}
			if got := shape(d); got != wantShape {
				t.Errorf("blocks changed with the input:\n%s\nwant\n%s", got, wantShape)
			}
			if err := d.Verify(); err != nil {
				t.Error(err)
			}
		})
	}
}
