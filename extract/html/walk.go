package html

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// walker walks the parsed tree and drives the writer.
type walker struct {
	w        *writer
	maxDepth int
	depth    int
	err      error
	nested   []*document.Table // tables flattened into the cell being written
	lists    []int             // next number of each open <ol>, -1 for <ul>
	pre      int               // open <pre> and kin
}

// fail records the first error; the walk stops at the next element.
func (k *walker) fail(err error) {
	if k.err == nil {
		k.err = err
	}
}

// children walks the children of n.
func (k *walker) children(n *html.Node) {
	for c := n.FirstChild; c != nil && k.err == nil; c = c.NextSibling {
		k.node(c)
	}
}

// node walks one node. This is the reader's central switch: what each
// element means for the canonical text.
func (k *walker) node(n *html.Node) {
	w := k.w
	switch n.Type {
	case html.TextNode:
		if k.pre > 0 {
			w.pre(n.Data)
		} else {
			w.text(n.Data)
		}
		return
	case html.DocumentNode:
		k.children(n)
		return
	case html.ElementNode:
	default:
		return // comments and doctypes
	}
	if n.Namespace != "" || hidden(n) {
		return // SVG and MathML, and what the page hides
	}
	k.depth++
	defer func() { k.depth-- }()
	if k.depth > k.maxDepth {
		k.fail(document.Errorf(document.ErrLimit, -1, "elements nested deeper than %d", k.maxDepth))
		return
	}
	switch a := n.DataAtom; {
	case skipped[a]:
	case a == atom.Br:
		w.breakLine()
	case a == atom.Table:
		k.table(n)
	case a == atom.Ol || a == atom.Ul || a == atom.Menu || a == atom.Dir:
		k.list(n)
	case a == atom.Li:
		k.item(n)
	case isHeading(a):
		w.endLine()
		w.outline = headingLevel(a)
		k.children(n)
		w.endLine()
		w.outline = 0
	case a == atom.Pre || a == atom.Listing || a == atom.Xmp || a == atom.Plaintext:
		w.endLine()
		k.pre++
		k.children(n)
		k.pre--
		w.endLine()
	case block[a]:
		w.endLine()
		k.children(n)
		w.endLine()
	default:
		k.children(n)
	}
}

// list walks an <ol> (numbered from its start attribute, 1 by default),
// or a <ul>, <menu> or <dir> (no markers).
func (k *walker) list(n *html.Node) {
	next := -1
	if n.DataAtom == atom.Ol {
		next = intAttr(n, "start", 1)
	}
	k.w.endLine()
	k.lists = append(k.lists, next)
	k.children(n)
	k.lists = k.lists[:len(k.lists)-1]
	k.w.endLine()
}

// item walks an <li>. In an <ol> its number is written before its text as
// "N." (the marker a browser draws) and the paragraph is marked Numbered;
// a value attribute sets the number.
func (k *walker) item(n *html.Node) {
	w := k.w
	w.endLine()
	if top := len(k.lists) - 1; top >= 0 && k.lists[top] >= 0 {
		num := intAttr(n, "value", k.lists[top])
		k.lists[top] = num + 1
		w.prefix = strconv.Itoa(num) + "."
	}
	k.children(n)
	w.endLine()
	w.prefix = ""
}

// intAttr reads an integer attribute, or def.
func intAttr(n *html.Node, key string, def int) int {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			v := strings.TrimSpace(a.Val)
			if len(v) > 9 {
				return def
			}
			if k, err := strconv.Atoi(v); err == nil {
				return k
			}
			return def
		}
	}
	return def
}

// hidden reports whether the page hides n: the hidden attribute, or an
// inline style with display:none or Word's mso-hide:all.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if len(a.Val) > 4096 || !(hasFold(a.Val, "none") || hasFold(a.Val, "hide")) {
				continue // most styles hide nothing; no real one is this long
			}
			s := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "mso-hide:all") {
				return true
			}
		}
	}
	return false
}

// hasFold reports whether s contains the lower-case ASCII word sub in any
// case, without allocating.
func hasFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		k := 0
		for k < len(sub) && s[i+k]|0x20 == sub[k] {
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	}
	return 6
}

// skipped are the elements whose content is not body text: scripts and
// styles, the page's navigation, header and footer, form controls,
// embedded objects and media, and the document head.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Title: true, atom.Script: true, atom.Style: true,
	atom.Noscript: true, atom.Template: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Select: true, atom.Button: true, atom.Input: true, atom.Textarea: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Map: true,
	atom.Img: true, atom.Svg: true, atom.Math: true, atom.Frameset: true,
	atom.Noframes: true, atom.Datalist: true, atom.Colgroup: true, atom.Col: true,
}

// block are the elements that start and end a line (the HTML rendering
// section's block-level elements); every other element is inline.
var block = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Center: true, atom.Dd: true, atom.Details: true,
	atom.Dialog: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true, atom.Form: true,
	atom.Hgroup: true, atom.Hr: true, atom.Html: true, atom.Legend: true,
	atom.Main: true, atom.P: true, atom.Section: true, atom.Summary: true,
	atom.Caption: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Thead: true, atom.Tbody: true, atom.Tfoot: true, atom.Search: true,
}
