package main

import (
	"fmt"
	"regexp"
	"strings"
)

// Typed markers of the seed's narrative, by level: "一、", "（一）", "1.".
var markerRes = []*regexp.Regexp{
	regexp.MustCompile(`^([一二三四五六七八九十]+)、`),
	regexp.MustCompile(`^（([一二三四五六七八九十]+)）`),
	regexp.MustCompile(`^([1-9])\.`),
}

// typos are the seed's deliberate slips, kept as typed text: "3.22023年度"
// fuses item 3 with its text ("8、 " and "（2） " match no marker pattern and
// stay typed anyway).
var typos = []string{"3.22023年度"}

var chineseDigits = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

// seedPackage builds the seed as a DOCX. With numbered set, the markers of
// the narrative are drawn by numbering.xml instead of typed: level 1 through
// the style "CN1" (numId 1), levels 2 and 3 through direct w:numPr; where the
// seed skips a number ("8、" typed where 八、 is due, so 九、 follows 七、),
// a second instance (numId 2) of the same list restarts at the typed value
// with w:startOverride.
func seedPackage(seed string, numbered bool) map[string]string {
	items := parseSeed(seed)
	x := &xw{rsid: 7}
	tables := 0
	nb := &numberer{}
	for _, it := range items {
		if it.table != nil {
			if tables == 0 {
				layoutAnnex2(it.table)
			} else {
				layoutAnnex3(it.table)
			}
			tables++
			x.table(it.table)
			continue
		}
		text, style, numPr := it.para, "", ""
		if lvl, n, rest, ok := typedMarker(text); ok && tables == 0 {
			if lvl == 0 {
				style = "1"
			}
			if numbered {
				text = rest
				style, numPr = nb.numPr(lvl, n)
			}
		}
		jc := ""
		if strings.TrimSpace(text) == "" || tables > 0 {
			jc = "left"
		}
		x.para(text, style, numPr, jc)
	}
	parts := basicParts(document(x.b.String()))
	if numbered {
		parts["word/numbering.xml"] = numberingXML
	}
	return parts
}

// typedMarker finds a typed marker at the start of a line: its level, its
// number and the text after it.
func typedMarker(line string) (level, n int, rest string, ok bool) {
	for _, t := range typos {
		if strings.HasPrefix(line, t) {
			return 0, 0, "", false
		}
	}
	for lvl, re := range markerRes {
		m := re.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		n, ok := chineseDigits[m[1]]
		if !ok {
			fmt.Sscan(m[1], &n)
		}
		return lvl, n, line[len(m[0]):], true
	}
	return 0, 0, "", false
}

// numberer follows the list counters as Word would and picks the w:numPr
// that makes Word draw the typed number.
type numberer struct {
	count   [3]int
	restart bool
}

// numPr returns the style and numbering properties of a level-lvl item
// typed with number n.
func (nb *numberer) numPr(lvl, n int) (style, numPr string) {
	want := nb.count[lvl] + 1
	nb.count[lvl] = n
	for k := lvl + 1; k < len(nb.count); k++ {
		nb.count[k] = 0
	}
	switch {
	case lvl == 0 && n != want:
		if nb.restart {
			panic("the seed needs a second restart")
		}
		nb.restart = true
		return "CN1", `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>`
	case n != want:
		panic(fmt.Sprintf("typed number %d where %d is due at level %d", n, want, lvl))
	case lvl == 0:
		return "CN1", ""
	}
	return "", fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>`, lvl)
}

// numberingXML defines the report's list: level 1 "一、" (chineseCounting,
// "%1、"), level 2 "（一）" ("（%2）"), level 3 "1." (decimal "%3."), each
// followed by nothing, as typed markers are; numId 2 is the same list
// restarting its first level at 9.
const numberingXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" +
	`<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
	`<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A1B2C3D"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001F"/>` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="CN1"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>` +
	`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>` +
	`<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%4）"/><w:lvlJc w:val="left"/></w:lvl>` +
	`</w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
	`<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>` +
	`</w:numbering>`
