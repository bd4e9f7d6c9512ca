// Command genweb writes a report page as a PDF converter (MinerU and the
// like) writes Markdown, for the Markdown fixture of corpus/:
//
//	go run ./corpus/genweb corpus/100_seed_libreoffice_utf8.html >corpus/130_seed_converter.md
//
// What it writes, from the page's body in order:
//
//   - each paragraph on its own, a blank line between paragraphs; blank
//     paragraphs dropped;
//   - headings marked with "#": "# " before 一、 headings, 附件 lines and
//     the report's title lines, "## " before （一） headings (converters
//     guess heading levels from font sizes, not from markers);
//   - run-in headings ("（一）主要职能。") in bold (**…**);
//   - percentages in paragraphs as LaTeX ("92.15%" → "$92.15\%$"), "≥80%"
//     as "$\geq 80\%$", and the same symbols in table cells;
//   - tables as HTML blocks on one line (<table><tr><td rowspan="2">…),
//     the lines of a cell joined by <br>;
//   - an image line for the cover's seal, as converters write figures.
//
// The output is a pure function of the input page.
package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: genweb PAGE.html >OUT.md")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "genweb:", err)
		os.Exit(1)
	}
	defer f.Close()
	root, err := html.Parse(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genweb:", err)
		os.Exit(1)
	}
	var out strings.Builder
	body := find(root, atom.Body)
	for n := body.FirstChild; n != nil; n = n.NextSibling {
		block(&out, n)
	}
	os.Stdout.WriteString(out.String())
}

var (
	level1  = regexp.MustCompile(`^([一二三四五六七八九十]+、|附件\d|\d{4}年度)`)
	level2  = regexp.MustCompile(`^（[一二三四五六七八九十]+）`)
	runIn   = regexp.MustCompile(`^（[一二三四五六七八九十]+）[^。]{2,12}。$`)
	percent = regexp.MustCompile(`(≥|≤)?(\d+(?:\.\d+)?)%`)
)

// block writes one body-level node.
func block(out *strings.Builder, n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	switch n.DataAtom {
	case atom.Table:
		table(out, n)
		return
	case atom.Center:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			block(out, c)
		}
		return
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Div:
	default:
		return
	}
	text := collapse(textOf(n))
	if text == "" {
		return
	}
	if strings.HasPrefix(text, "部门（单位）名称") {
		out.WriteString("![](images/3f9a1c0d.jpg)\n\n")
	}
	switch {
	case runIn.MatchString(text):
		text = "**" + text + "**"
	case level1.MatchString(text) && len([]rune(text)) < 40:
		text = "# " + text
	case level2.MatchString(text):
		text = "## " + text
	}
	out.WriteString(latex(text) + "\n\n")
}

// latex writes percentages and comparison signs as converters do.
func latex(s string) string {
	return percent.ReplaceAllStringFunc(s, func(m string) string {
		sub := percent.FindStringSubmatch(m)
		op := map[string]string{"≥": `\geq `, "≤": `\leq `}[sub[1]]
		return "$" + op + sub[2] + `\%$`
	})
}

// table writes a table as one HTML line, spans kept.
func table(out *strings.Builder, t *html.Node) {
	out.WriteString("<table>")
	walk(t, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Tr:
			out.WriteString("<tr>")
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
					cell(out, c)
				}
			}
			out.WriteString("</tr>")
			return false
		}
		return true
	})
	out.WriteString("</table>\n\n")
}

func cell(out *strings.Builder, td *html.Node) {
	out.WriteString("<td")
	for _, a := range td.Attr {
		if a.Key == "rowspan" || a.Key == "colspan" {
			fmt.Fprintf(out, ` %s="%s"`, a.Key, a.Val)
		}
	}
	out.WriteString(">")
	var lines []string
	for p := td.FirstChild; p != nil; p = p.NextSibling {
		if p.Type == html.ElementNode {
			lines = append(lines, html.EscapeString(collapse(textOf(p))))
		}
	}
	text := strings.Join(lines, "<br>")
	if strings.ContainsAny(text, "≥≤") {
		text = latex(text)
	}
	out.WriteString(text + "</td>")
}

// textOf returns the text under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

// collapse collapses white space as a browser does and trims it.
func collapse(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

func walk(n *html.Node, fn func(*html.Node) bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if fn(c) {
			walk(c, fn)
		}
	}
}

func find(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}
