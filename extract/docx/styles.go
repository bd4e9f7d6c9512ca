package docx

import (
	"strings"

	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// maxBasedOn caps the w:basedOn chain followed, against cycles.
const maxBasedOn = 16

// style is a paragraph style of word/styles.xml (§17.7.4.17) with what it
// inherits through w:basedOn already folded in.
type style struct {
	name    string
	basedOn string
	numID   int // -1 unset
	ilvl    int // -1 unset
	outline int // 1-based heading level hint, 0 none; -1 while unresolved
	level   int // raw w:outlineLvl, -1 unset
}

// styles holds the paragraph styles by id and the default paragraph style.
type styles struct {
	byID map[string]*style
	def  *style
}

// find returns the style id names, the default paragraph style when id is
// empty, or nil.
func (ss *styles) find(id []byte) *style {
	if ss == nil {
		return nil
	}
	if len(id) == 0 {
		return ss.def
	}
	return ss.byID[string(id)]
}

// readStyles reads word/styles.xml; a package without it has no styles.
func readStyles(p *ooxml.Package, opts Options) (*styles, error) {
	data, err := p.Read(partStyles)
	if err != nil || data == nil {
		return nil, err
	}
	if err := ooxml.CheckUTF8(partStyles, data); err != nil {
		return nil, err
	}
	ss := &styles{byID: map[string]*style{}}
	s := newScanner(data, opts)
	for s.Next() != ooxml.TokEOF {
		if s.Kind() != ooxml.TokStart || s.Elem() != elStyle {
			continue
		}
		if t := string(s.Attr(nsW, "type")); t != "" && t != "paragraph" {
			s.Skip()
			continue
		}
		id := string(s.Attr(nsW, "styleId"))
		def := onOffAttr(s.Attr(nsW, "default"))
		st := readStyle(s)
		if _, dup := ss.byID[id]; !dup {
			ss.byID[id] = st
		}
		if def && ss.def == nil {
			ss.def = st
		}
	}
	if s.Err() != nil {
		return nil, s.Err().InPart(partStyles)
	}
	for _, st := range ss.byID {
		ss.resolve(st)
	}
	return ss, nil
}

func onOffAttr(v []byte) bool { return v != nil && onOff(v) }

// readStyle reads a w:style whose start tag was just read.
func readStyle(s *ooxml.Scanner) *style {
	st := &style{numID: -1, ilvl: -1, outline: -1, level: -1}
	d := s.Depth()
	for s.Child(d) {
		switch s.Elem() {
		case elName:
			st.name = string(s.Attr(nsW, "val"))
		case elBasedOn:
			st.basedOn = string(s.Attr(nsW, "val"))
		case elPPr, elNumPr:
			continue // read the children
		case elNumID:
			st.numID = atoiDefault(s.Attr(nsW, "val"), -1)
		case elIlvl:
			st.ilvl = atoiDefault(s.Attr(nsW, "val"), -1)
		case elOutlineLvl:
			st.level = atoiDefault(s.Attr(nsW, "val"), -1)
		}
		s.Skip()
	}
	return st
}

// resolve folds the w:basedOn chain into st: the nearest style that sets
// numbering or an outline level gives it.
func (ss *styles) resolve(st *style) {
	if st.outline >= 0 {
		return
	}
	level, numID, ilvl := st.level, st.numID, st.ilvl
	heading := headingLevel(st.name)
	cur := st
	for i := 0; i < maxBasedOn && cur.basedOn != ""; i++ {
		parent := ss.byID[cur.basedOn]
		if parent == nil || parent == st {
			break
		}
		if level < 0 {
			level = parent.level
		}
		if numID < 0 {
			numID = parent.numID
		}
		if ilvl < 0 {
			ilvl = parent.ilvl
		}
		if heading == 0 {
			heading = headingLevel(parent.name)
		}
		cur = parent
	}
	st.numID, st.ilvl = numID, ilvl
	switch {
	case level >= 0 && level < 9:
		st.outline = level + 1
	case level >= 9:
		st.outline = 0
	default:
		st.outline = heading
	}
}

// headingLevel reads the level of a built-in heading style name: "heading 1"
// (the name Word stores whatever the UI language) or "标题 1" (WPS).
func headingLevel(name string) int {
	lower := strings.ToLower(strings.TrimSpace(name))
	for _, prefix := range []string{"heading ", "标题 ", "标题"} {
		if rest, ok := strings.CutPrefix(lower, prefix); ok && len(rest) == 1 && rest[0] >= '1' && rest[0] <= '9' {
			return int(rest[0] - '0')
		}
	}
	return 0
}
