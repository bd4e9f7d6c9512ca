package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
)

// rotatePages turns the second and third pages of a LibreOffice PDF, both
// landscape, into portrait pages whose content is turned a quarter: the
// second also gets /Rotate 90, so that it shows as the landscape page it
// was (a landscape page as some producers store it), the third does not,
// so that its text runs bottom to top on a portrait page (a table printed
// sideways). The change is an incremental update (ISO 32000-1 §7.5.6):
// the original bytes stay as they are, new page objects and content
// streams follow with their cross-reference section.
func rotatePages(pdf []byte) ([]byte, error) {
	kids, err := pageKids(pdf)
	if err != nil {
		return nil, err
	}
	if len(kids) < 3 {
		return nil, fmt.Errorf("want 3 pages, have %d", len(kids))
	}
	size, root, prev, err := trailer(pdf)
	if err != nil {
		return nil, err
	}
	out := bytes.NewBuffer(bytes.Clone(pdf))
	offsets := map[int]int{}
	next := size
	for i, rotate := range []bool{true, false} {
		num := kids[i+1]
		dict, err := objectDict(pdf, num)
		if err != nil {
			return nil, err
		}
		w, h, err := mediaBox(dict)
		if err != nil {
			return nil, err
		}
		contents := regexp.MustCompile(`/Contents\s*(\d+\s+0\s+R)`).FindSubmatch(dict)
		if contents == nil {
			return nil, fmt.Errorf("page object %d: no /Contents reference", num)
		}
		pre, post := next, next+1
		next += 2
		offsets[pre] = out.Len()
		q := fmt.Sprintf("q 0 1 -1 0 %s 0 cm\n", num2s(h))
		fmt.Fprintf(out, "%d 0 obj\n<</Length %d>>\nstream\n%sendstream\nendobj\n", pre, len(q), q)
		offsets[post] = out.Len()
		fmt.Fprintf(out, "%d 0 obj\n<</Length 2>>\nstream\nQ\nendstream\nendobj\n", post)
		nd := regexp.MustCompile(`/MediaBox\s*\[[^\]]*\]`).ReplaceAll(dict, []byte(fmt.Sprintf("/MediaBox[0 0 %s %s]", num2s(h), num2s(w))))
		nd = regexp.MustCompile(`/Contents\s*\d+\s+0\s+R`).ReplaceAll(nd, []byte(fmt.Sprintf("/Contents[%d 0 R %s %d 0 R]", pre, contents[1], post)))
		if rotate {
			nd = append(nd[:len(nd)-2:len(nd)-2], []byte("/Rotate 90>>")...)
		}
		offsets[num] = out.Len()
		fmt.Fprintf(out, "%d 0 obj\n%s\nendobj\n", num, nd)
	}
	xref := out.Len()
	out.WriteString("xref\n0 1\n0000000000 65535 f \n")
	for _, n := range sortedKeys(offsets) {
		fmt.Fprintf(out, "%d 1\n%010d 00000 n \n", n, offsets[n])
	}
	fmt.Fprintf(out, "trailer\n<</Size %d/Root %s/Prev %d>>\nstartxref\n%d\n%%%%EOF\n", next, root, prev, xref)
	return out.Bytes(), nil
}

// pageKids returns the object numbers of the pages, in order, from the
// page tree's /Kids (LibreOffice writes one flat /Pages node).
func pageKids(pdf []byte) ([]int, error) {
	m := regexp.MustCompile(`/Type\s*/Pages\b[^>]*?/Kids\s*\[([^\]]*)\]`).FindSubmatch(pdf)
	if m == nil {
		m = regexp.MustCompile(`/Kids\s*\[([^\]]*)\][^>]*?/Type\s*/Pages\b`).FindSubmatch(pdf)
	}
	if m == nil {
		return nil, fmt.Errorf("no /Pages with /Kids")
	}
	var kids []int
	for _, r := range regexp.MustCompile(`(\d+)\s+0\s+R`).FindAllSubmatch(m[1], -1) {
		n, _ := strconv.Atoi(string(r[1]))
		kids = append(kids, n)
	}
	return kids, nil
}

// trailer reads /Size and /Root from the trailer and the last startxref.
func trailer(pdf []byte) (size int, root string, prev int, err error) {
	t := regexp.MustCompile(`(?s)trailer\s*<<(.*?)>>\s*startxref\s*(\d+)`).FindAllSubmatch(pdf, -1)
	if t == nil {
		return 0, "", 0, fmt.Errorf("no classic trailer")
	}
	last := t[len(t)-1]
	s := regexp.MustCompile(`/Size\s+(\d+)`).FindSubmatch(last[1])
	r := regexp.MustCompile(`/Root\s+(\d+\s+0\s+R)`).FindSubmatch(last[1])
	if s == nil || r == nil {
		return 0, "", 0, fmt.Errorf("trailer without /Size or /Root")
	}
	size, _ = strconv.Atoi(string(s[1]))
	prev, _ = strconv.Atoi(string(last[2]))
	return size, string(r[1]), prev, nil
}

// objectDict returns the dictionary of object num, "<<…>>".
func objectDict(pdf []byte, num int) ([]byte, error) {
	re := regexp.MustCompile(fmt.Sprintf(`(?s)\b%d 0 obj\s*(<<.*?>>)\s*endobj`, num))
	m := re.FindSubmatch(pdf)
	if m == nil {
		return nil, fmt.Errorf("object %d not found", num)
	}
	return bytes.Clone(m[1]), nil
}

// mediaBox reads the width and height of a page's /MediaBox.
func mediaBox(dict []byte) (float64, float64, error) {
	m := regexp.MustCompile(`/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]`).FindSubmatch(dict)
	if m == nil {
		return 0, 0, fmt.Errorf("no /MediaBox")
	}
	var v [4]float64
	for i := range v {
		v[i], _ = strconv.ParseFloat(string(m[i+1]), 64)
	}
	return v[2] - v[0], v[3] - v[1], nil
}

func num2s(f float64) string { return strconv.FormatFloat(f, 'f', 3, 64) }

func sortedKeys(m map[int]int) []int {
	var ks []int
	for k := range m {
		ks = append(ks, k)
	}
	for i := range ks {
		for j := i + 1; j < len(ks); j++ {
			if ks[j] < ks[i] {
				ks[i], ks[j] = ks[j], ks[i]
			}
		}
	}
	return ks
}
