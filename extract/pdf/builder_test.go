package pdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// testPDF writes a small PDF by hand, with a correct cross-reference
// table: one page per content stream, A4 portrait, Helvetica as /F1 and,
// when type3 is set, a Type 3 font /F2 whose glyphs have names no Unicode
// map knows (so its text has no Unicode).
type testPDF struct {
	pages  []string
	type3  bool
	flate  bool   // compress the content streams
	extra  string // appended to the trailer dictionary
	rotate int
}

func (t testPDF) bytes() []byte {
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	catalog := add("") // filled below
	pagesObj := add("")
	font := add("<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>")
	var font3 int
	if t.type3 {
		box := add(stream("0 0 600 700 re f"))
		font3 = add(fmt.Sprintf("<</Type/Font/Subtype/Type3/FontBBox[0 0 600 700]/FontMatrix[0.001 0 0 0.001 0 0]"+
			"/CharProcs<</q1 %d 0 R/q2 %d 0 R/q3 %d 0 R>>/Encoding<</Type/Encoding/Differences[1/q1/q2/q3]>>/FirstChar 1/LastChar 3/Widths[600 600 600]>>", box, box, box))
	}
	var kids []string
	for _, content := range t.pages {
		var c int
		if t.flate {
			c = add(flateStream(content))
		} else {
			c = add(stream(content))
		}
		res := fmt.Sprintf("/Font<</F1 %d 0 R", font)
		if t.type3 {
			res += fmt.Sprintf("/F2 %d 0 R", font3)
		}
		res += ">>"
		rot := ""
		if t.rotate != 0 {
			rot = fmt.Sprintf("/Rotate %d", t.rotate)
		}
		p := add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/MediaBox[0 0 595 842]%s/Resources<<%s>>/Contents %d 0 R>>", pagesObj, rot, res, c))
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	objs[catalog-1] = fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", pagesObj)
	objs[pagesObj-1] = fmt.Sprintf("<</Type/Pages/Kids[%s]/Count %d>>", strings.Join(kids, " "), len(kids))
	var b bytes.Buffer
	b.WriteString("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root %d 0 R%s>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, catalog, t.extra, xref)
	return b.Bytes()
}

func stream(s string) string {
	return fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(s)+1, s)
}

func flateStream(s string) string {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write([]byte(s))
	w.Close()
	return fmt.Sprintf("<</Length %d/Filter/FlateDecode>>\nstream\n%s\nendstream", z.Len(), z.String())
}

// text is a content stream line that shows s in Helvetica at (x, y), size.
func text(x, y, size float64, s string) string {
	return fmt.Sprintf("BT /F1 %g Tf %g %g Td (%s) Tj ET\n", size, x, y, s)
}
