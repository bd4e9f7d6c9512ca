package docx

import (
	"os"
	"strings"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

const seedText = "../../corpus/000_0a15cb66ce3c31e1.txt"

// readFixture reads a corpus DOCX and checks the invariants every output
// keeps.
func readFixture(t testing.TB, name string) *document.Document {
	t.Helper()
	data, err := os.ReadFile("../../corpus/" + name)
	if err != nil {
		t.Fatalf("%v (regenerate with: go run ./corpus/gendocx)", err)
	}
	doc, err := Read(data, Options{})
	if err != nil {
		t.Fatalf("Read(%s): %v", name, err)
	}
	if err := doc.Verify(); err != nil {
		t.Fatalf("Read(%s): Verify: %v", name, err)
	}
	if document.Canon(doc.Text) != doc.Text {
		t.Fatalf("Read(%s): text is not canonical", name)
	}
	return doc
}

// seedCanonical is the seed's text as a DOCX reader must give it: the dump's
// "[bookmark: _GoBack]" artefact is a bookmark in the DOCX, and bookmarks are
// dropped.
func seedCanonical(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(seedText)
	if err != nil {
		t.Fatal(err)
	}
	return strings.ReplaceAll(string(data), "[bookmark: _GoBack]", "")
}

// TestSeedRebuilds reads the seed rebuilt as DOCX, with typed markers and
// with markers drawn by numbering.xml, and compares the canonical text with
// the seed's text line by line, and the paragraphs with its non-table lines.
func TestSeedRebuilds(t *testing.T) {
	want := seedCanonical(t)
	for _, name := range []string{"010_seed_word.docx", "011_seed_numbering.docx"} {
		t.Run(name, func(t *testing.T) {
			doc := readFixture(t, name)
			if doc.Text != want {
				diffLines(t, doc.Text, want)
			}
			var got []string
			for _, b := range doc.Blocks {
				if b.Kind == document.KindParagraph {
					got = append(got, b.Para.Text)
				}
			}
			if strings.Join(got, "\n") != strings.Join(nonTable(want), "\n") {
				t.Errorf("paragraphs differ from the seed's lines outside tables:\n got %q\nwant %q", got, nonTable(want))
			}
		})
	}
}

// nonTable returns the trimmed non-blank lines of text outside tables: a
// table runs from a TAB-led line to the two blank lines after its last cell.
func nonTable(text string) []string {
	var out []string
	lines := strings.Split(text, "\n")
	in := false
	for i, l := range lines {
		if strings.HasPrefix(l, "\t") {
			in = true
			continue
		}
		if in {
			if l == "" && i+1 < len(lines) && lines[i+1] == "" && (i+2 >= len(lines) || !strings.HasPrefix(lines[i+2], "\t")) {
				in = false
			}
			continue
		}
		if s := strings.TrimFunc(l, document.IsSpace); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func diffLines(t *testing.T, got, want string) {
	t.Helper()
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			t.Fatalf("canonical text differs first at line %d:\n got %q\nwant %q", i+1, gl, wl)
		}
	}
}
