package docx

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
	"github.com/jixiao-dev/jixiao/extract/internal/wordnum"
)

// maxLevels is the number of list levels, w:ilvl 0 to 8 (§17.9.3).
const maxLevels = 9

// level is one w:lvl of an abstract numbering definition (§17.9.6).
type level struct {
	set     bool
	start   int
	format  string // w:numFmt, "decimal" when absent
	text    string // w:lvlText, "%1." style template
	restart int    // w:lvlRestart: -1 unset, 0 never, n after level n
	suffix  string // w:suff: "tab" (default), "space" or "nothing"
	legal   bool   // w:isLgl: show all levels' numbers as decimal
}

// abstractNum is a w:abstractNum: the levels a list draws from.
type abstractNum struct {
	levels [maxLevels]level
}

// override is a w:lvlOverride of a numbering instance (§17.9.8).
type override struct {
	hasStart bool
	start    int
	lvl      *level
}

// numInstance is a w:num: a list that uses an abstract definition, possibly
// with overrides.
type numInstance struct {
	abstract  int
	overrides [maxLevels]override
	used      bool
}

// counters are the running counts of one abstract list.
type counters struct {
	value   [maxLevels]int
	started [maxLevels]bool
}

// numbering holds word/numbering.xml and the counters of the lists while the
// body is read. Counters belong to the abstract definition, so that several
// w:num instances of one list continue each other, as Word numbers them;
// a w:startOverride restarts its level when its instance is first used.
type numbering struct {
	abstracts map[int]*abstractNum
	nums      map[int]*numInstance
	counts    map[int]*counters
}

// lvl returns the effective level ilvl of instance n.
func (nb *numbering) lvl(n *numInstance, ilvl int) *level {
	if o := n.overrides[ilvl].lvl; o != nil && o.set {
		return o
	}
	a := nb.abstracts[n.abstract]
	if a == nil {
		return nil
	}
	return &a.levels[ilvl]
}

// marker advances the counters of list numID at level ilvl and returns the
// rendered marker with its suffix, or "" when the paragraph shows none
// (unknown list, a bullet, or an empty level text).
func (nb *numbering) marker(numID, ilvl int) string {
	n := nb.nums[numID]
	if n == nil || ilvl < 0 || ilvl >= maxLevels {
		return ""
	}
	lv := nb.lvl(n, ilvl)
	if lv == nil || !lv.set || lv.format == "bullet" {
		return ""
	}
	c := nb.counts[n.abstract]
	if c == nil {
		c = &counters{}
		nb.counts[n.abstract] = c
	}
	if !n.used {
		n.used = true
		for i := range maxLevels {
			if n.overrides[i].hasStart {
				c.started[i] = true
				c.value[i] = n.overrides[i].start - 1
			}
		}
	}
	if c.started[ilvl] {
		c.value[ilvl]++
	} else {
		c.started[ilvl] = true
		c.value[ilvl] = lv.start
	}
	for k := ilvl + 1; k < maxLevels; k++ {
		deeper := nb.lvl(n, k)
		if deeper == nil || deeper.restart < 0 || deeper.restart > k || ilvl < deeper.restart {
			c.started[k] = false // restarts after any higher level, or after the one lvlRestart names (1-based; 0 never; a level not above it is ignored, §17.9.10)
		}
	}
	return nb.render(n, lv, c)
}

// render fills in the %1…%9 placeholders of lv's text (§17.9.11).
func (nb *numbering) render(n *numInstance, lv *level, c *counters) string {
	var b strings.Builder
	t := lv.text
	for i := 0; i < len(t); i++ {
		if t[i] != '%' || i+1 >= len(t) || t[i+1] < '1' || t[i+1] > '9' {
			b.WriteByte(t[i])
			continue
		}
		k := int(t[i+1] - '1')
		i++
		ref := nb.lvl(n, k)
		if ref == nil {
			continue
		}
		v := ref.start
		if c.started[k] {
			v = c.value[k]
		}
		format := ref.format
		if lv.legal {
			format = "decimal"
		}
		b.WriteString(wordnum.Format(v, format))
	}
	if lv.suffix == "space" {
		b.WriteByte(' ')
	}
	// A tab suffix (the default) is written as nothing: a TAB would read as a
	// table cell, and typed markers such as "一、" are followed by nothing.
	return b.String()
}

// readNumbering reads word/numbering.xml; a package without it has no
// automatic numbering.
func readNumbering(p *ooxml.Package, opts Options) (*numbering, error) {
	data, err := p.Read(partNumbering)
	if err != nil || data == nil {
		return nil, err
	}
	if err := ooxml.CheckUTF8(partNumbering, data); err != nil {
		return nil, err
	}
	nb := &numbering{abstracts: map[int]*abstractNum{}, nums: map[int]*numInstance{}, counts: map[int]*counters{}}
	s := newScanner(data, opts)
	for s.Next() != ooxml.TokEOF {
		if s.Kind() != ooxml.TokStart {
			continue
		}
		switch s.Elem() {
		case elAbstractNum:
			a := &abstractNum{}
			nb.abstracts[atoiDefault(s.Attr(nsW, "abstractNumId"), -1)] = a
			readLevels(s, &a.levels)
		case elNum:
			n := &numInstance{abstract: -1}
			nb.nums[atoiDefault(s.Attr(nsW, "numId"), -1)] = n
			readNum(s, n)
		}
	}
	if s.Err() != nil {
		return nil, s.Err().InPart(partNumbering)
	}
	return nb, nil
}

// readLevels reads the w:lvl children of an abstract definition.
func readLevels(s *ooxml.Scanner, levels *[maxLevels]level) {
	d := s.Depth()
	for s.Child(d) {
		if s.Elem() != elLvl {
			s.Skip()
			continue
		}
		i := atoiDefault(s.Attr(nsW, "ilvl"), -1)
		if i < 0 || i >= maxLevels {
			s.Skip()
			continue
		}
		levels[i] = readLevel(s)
	}
}

// readLevel reads one w:lvl whose start tag was just read.
func readLevel(s *ooxml.Scanner) level {
	lv := level{set: true, start: 1, format: "decimal", restart: -1, suffix: "tab"}
	d := s.Depth()
	for s.Child(d) {
		v := s.Attr(nsW, "val")
		switch s.Elem() {
		case elStart:
			lv.start = atoiDefault(v, 1)
		case elNumFmt:
			lv.format = string(v)
		case elLvlText:
			lv.text = string(v)
		case elLvlRestart:
			lv.restart = atoiDefault(v, -1)
		case elSuff:
			lv.suffix = string(v)
		case elIsLgl:
			lv.legal = v == nil || onOff(v)
		}
		s.Skip()
	}
	return lv
}

// onOff reads an ST_OnOff value (§17.17.4).
func onOff(v []byte) bool {
	switch string(v) {
	case "0", "false", "off":
		return false
	}
	return true
}

// readNum reads a w:num: its w:abstractNumId and w:lvlOverride children.
func readNum(s *ooxml.Scanner, n *numInstance) {
	d := s.Depth()
	for s.Child(d) {
		switch s.Elem() {
		case elAbstractNumID:
			n.abstract = atoiDefault(s.Attr(nsW, "val"), -1)
			s.Skip()
		case elLvlOverride:
			i := atoiDefault(s.Attr(nsW, "ilvl"), -1)
			if i < 0 || i >= maxLevels {
				s.Skip()
				continue
			}
			readOverride(s, &n.overrides[i])
		default:
			s.Skip()
		}
	}
}

// readOverride reads a w:lvlOverride: a w:startOverride and or a whole w:lvl.
func readOverride(s *ooxml.Scanner, o *override) {
	d := s.Depth()
	for s.Child(d) {
		switch s.Elem() {
		case elStartOverride:
			o.hasStart = true
			o.start = atoiDefault(s.Attr(nsW, "val"), 1)
			s.Skip()
		case elLvl:
			lv := readLevel(s)
			o.lvl = &lv
		default:
			s.Skip()
		}
	}
}
