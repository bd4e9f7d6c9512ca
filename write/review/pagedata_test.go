package review_test

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// The document travels in the page as data (see docWriter); these helpers
// read it back, as the page's script does, for the tests that look at a
// page without a browser.

// dataElement finds the page's data elements: their type, id and content.
var dataElement = regexp.MustCompile(`(?s)<script type="(application/(?:x-ndjson|json|gzip))" id="(review-[a-z]+)">(.*?)</script>`)

// pageDoc is the data of a page.
type pageDoc struct {
	Meta struct {
		Size     int   `json:"n"`
		Chunk    int   `json:"vc"`
		Parts    []int `json:"parts"`
		Sections []int `json:"sp"`
		Annexes  []int `json:"ap"`
		Tables   []int `json:"tp"`
		Groups   []int `json:"gp"`
	}
	Parts  []docPart
	Values []map[string]any  // the value cards, by value index
	Raw    map[string]string // the data elements' content, unpacked
	Packed bool              // the document and value cards were packed
}

// docPart is one part of the document: its text, where it starts, its
// blocks as laid out and its value marks and failed spans, with absolute
// offsets.
type docPart struct {
	Start  int
	Text   string
	Blocks []docBlock
	Marks  [][4]int // start, end, value, class
	Fails  [][2]int
}

// docBlock is a block of the document (see docWriter), with absolute
// offsets: Kind is p, h, run-in, t or pg.
type docBlock struct {
	Kind         string
	O, E, H      int // H: where a run-in heading ends
	Level, Class int
	ID           string // s-N, a-N or t-N
	Rows         [][]docCell
	Page         int
	TableIndex   int
}

// docCell is a table cell.
type docCell struct {
	O, E, RowSpan, ColSpan int
	Loc                    string
	Blocks                 []docBlock // nil unless the cell holds nested tables
}

// readPage decodes the data of a page.
func readPage(t testing.TB, page string) pageDoc {
	t.Helper()
	var d pageDoc
	d.Raw = map[string]string{}
	for _, m := range dataElement.FindAllStringSubmatch(page, -1) {
		switch {
		case m[1] != "application/gzip":
			d.Raw[m[2]] = m[3]
		case m[2] != "review-lists": // a line at a time (a group of the document's)
			var sb strings.Builder
			for line := range strings.SplitSeq(strings.TrimSuffix(m[3], "\n"), "\n") {
				sb.WriteString(unpack(t, line))
			}
			d.Raw[m[2]] = sb.String()
		default:
			d.Packed = true
			d.Raw[m[2]] = unpack(t, m[3])
		}
	}
	require.Len(t, d.Raw, 4, "the data elements: review-doc, review-values, review-data, review-lists")
	require.NoError(t, json.Unmarshal([]byte(d.Raw["review-data"]), &d.Meta))
	lines := strings.Split(d.Raw["review-doc"], "\n")
	require.Equal(t, "", lines[len(lines)-1], "the document's lines end with a line break")
	lines = lines[:len(lines)-1]
	require.Len(t, lines, len(d.Meta.Parts)/2, "one line per part")
	for k, line := range lines {
		var raw []json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(line), &raw), "part %d", k)
		require.Len(t, raw, 4, "part %d", k)
		p := docPart{Start: d.Meta.Parts[2*k]}
		require.NoError(t, json.Unmarshal(raw[0], &p.Text))
		var blocks []any
		require.NoError(t, json.Unmarshal(raw[1], &blocks))
		prev := p.Start
		p.Blocks = decodeBlocks(t, blocks, &prev)
		var marks, fails []int
		require.NoError(t, json.Unmarshal(raw[2], &marks))
		require.NoError(t, json.Unmarshal(raw[3], &fails))
		require.Zero(t, len(marks)%4)
		require.Zero(t, len(fails)%2)
		prev, v := p.Start, 0
		for i := 0; i < len(marks); i += 4 {
			s := prev + marks[i]
			prev, v = s+marks[i+1], v+marks[i+2]
			p.Marks = append(p.Marks, [4]int{s, prev, v, marks[i+3]})
		}
		prev = p.Start
		for i := 0; i < len(fails); i += 2 {
			prev += fails[i]
			p.Fails = append(p.Fails, [2]int{prev, prev + fails[i+1]})
		}
		d.Parts = append(d.Parts, p)
	}
	for line := range strings.SplitSeq(strings.TrimSuffix(d.Raw["review-values"], "\n"), "\n") {
		if line == "" {
			continue
		}
		var chunk []map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &chunk))
		d.Values = append(d.Values, chunk...)
	}
	return d
}

// unpack undoes packer: base64, then gzip.
func unpack(t testing.TB, s string) string {
	t.Helper()
	require.NotContains(t, s, "<", "a packed element holds base64 only")
	b, err := base64.StdEncoding.DecodeString(s)
	require.NoError(t, err)
	r, err := gzip.NewReader(bytes.NewReader(b))
	require.NoError(t, err)
	out, err := io.ReadAll(r)
	require.NoError(t, err)
	return string(out)
}

// decodeBlocks decodes blocks; *prev is where the text of the block or
// cell before ends (see docWriter).
func decodeBlocks(t testing.TB, list []any, prev *int) []docBlock {
	t.Helper()
	out := make([]docBlock, 0, len(list))
	for _, x := range list {
		a := x.([]any)
		n := func(i int) int { return int(a[i].(float64)) }
		span := func() (int, int) {
			o := *prev + n(1)
			*prev = o + n(2)
			return o, *prev
		}
		var b docBlock
		switch n(0) {
		case 0:
			b = docBlock{Kind: "p"}
			b.O, b.E = span()
			if len(a) > 3 {
				b.Class = n(3)
			}
		case 1:
			b = docBlock{Kind: "h", Level: n(3), ID: "s-" + itoa(n(4))}
			b.O, b.E = span()
			if n(4) < 0 {
				b.ID = "a-" + itoa(-n(4))
			}
		case 2:
			b = docBlock{Kind: "run-in", Level: n(4), ID: "s-" + itoa(n(5))}
			b.O = *prev + n(1)
			b.H = b.O + n(2)
			b.E = b.H + n(3)
			*prev = b.E
		case 3:
			b = docBlock{Kind: "t", TableIndex: n(1)}
			if n(1) >= 0 {
				b.ID = "t-" + itoa(n(1))
			}
			for _, r := range a[2].([]any) {
				var row []docCell
				for _, c := range r.([]any) {
					row = append(row, decodeCell(t, c.([]any), prev))
				}
				b.Rows = append(b.Rows, row)
			}
		case 4:
			b = docBlock{Kind: "pg", Page: n(1)}
		default:
			t.Fatalf("block %v", a)
		}
		out = append(out, b)
	}
	return out
}

func decodeCell(t testing.TB, a []any, prev *int) docCell {
	t.Helper()
	n := func(i int) int { return int(a[i].(float64)) }
	c := docCell{O: *prev + n(0), RowSpan: 1, ColSpan: 1}
	c.E = c.O + n(1)
	*prev = c.O
	if len(a) > 2 {
		c.RowSpan, c.ColSpan = n(2), n(3)
	}
	if len(a) > 4 {
		c.Loc = a[4].(string)
	}
	if len(a) > 5 {
		c.Blocks = decodeBlocks(t, a[5].([]any), prev)
	}
	*prev = c.E
	return c
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// texts are the spans of the elements of part p that hold text:
// paragraphs, headings, run-in headings (the heading and the text after
// it) and cells, nested ones included.
func (p docPart) texts() [][2]int {
	var out [][2]int
	var walk func([]docBlock)
	walk = func(bs []docBlock) {
		for _, b := range bs {
			switch b.Kind {
			case "p", "h", "run-in":
				out = append(out, [2]int{b.O, b.E})
			case "t":
				for _, row := range b.Rows {
					for _, c := range row {
						if c.Blocks != nil {
							walk(c.Blocks)
						} else {
							out = append(out, [2]int{c.O, c.E})
						}
					}
				}
			}
		}
	}
	walk(p.Blocks)
	return out
}

// blocks lists every block of the document in order, nested ones after
// their table.
func (d pageDoc) blocks() []docBlock {
	var out []docBlock
	var walk func([]docBlock)
	walk = func(bs []docBlock) {
		for _, b := range bs {
			out = append(out, b)
			for _, row := range b.Rows {
				for _, c := range row {
					walk(c.Blocks)
				}
			}
		}
	}
	for _, p := range d.Parts {
		walk(p.Blocks)
	}
	return out
}
