package doc

import (
	"strings"
	"unicode/utf8"
)

// para is one paragraph of the main document: its text in canonical form,
// the character that ended it, and its properties.
type para struct {
	text  string
	end   rune // 0x0D paragraph mark, 0x07 cell or row mark, 0x0C page or section break, 0 at the end
	props paraProps
}

// Special characters of the text stream ([MS-DOC] §2.4.1, §2.8.25).
const (
	chCell        = 0x07
	chTab         = 0x09
	chLine        = 0x0B
	chPage        = 0x0C
	chPara        = 0x0D
	chFieldOpen   = 0x13
	chFieldSep    = 0x14
	chFieldEnd    = 0x15
	chNBHyphen    = 0x1E
	maxFields     = 64
	maxTableDepth = 64
)

// splitter turns the character stream into paragraphs, keeping of each
// field only its result.
type splitter struct {
	chars  []char
	owner  []int
	pieces []piece
	clx    *clx
	papx   *papx
	lists  *numbering // nil when the document has no list tables
	styles *styles    // nil when it has no style sheet
	fields []bool     // open fields, true while in the field's code
	code   int        // open fields in their code part: text is hidden
	extra  int        // fields opened past maxFields, ignored
	b      strings.Builder
	paras  []para
}

// split reads the characters into paragraphs. A field (0x13 code 0x14
// result 0x15) keeps its result only; a field without a separator shows
// nothing. Paragraph, cell and row marks are never hidden, so a broken
// field cannot swallow the structure.
func (s *splitter) split() []para {
	for i, c := range s.chars {
		switch c.r {
		case chPara, chCell, chPage:
			s.mark(i, c)
		case chFieldOpen:
			s.open()
		case chFieldSep:
			s.separate()
		case chFieldEnd:
			s.close()
		default:
			if s.code == 0 {
				s.write(c.r)
			}
		}
	}
	if s.b.Len() > 0 {
		s.paras = append(s.paras, para{text: s.b.String()})
	}
	return s.paras
}

// write appends one character of text in canonical form: a line break
// (0x0B) is "\n", a TAB a space (a TAB at the start of a line means a
// cell), a non-breaking hyphen "-", other control characters (pictures,
// footnote references, drawn objects, the optional hyphen 0x1F) nothing,
// full-width digits ASCII digits.
func (s *splitter) write(r rune) {
	switch {
	case r == chLine:
		s.b.WriteByte('\n')
	case r == chTab:
		s.b.WriteByte(' ')
	case r == chNBHyphen:
		s.b.WriteByte('-')
	case r < 0x20 || r == 0x7F:
	case r >= '０' && r <= '９':
		s.b.WriteByte(byte('0' + r - '０'))
	case !utf8.ValidRune(r):
		s.b.WriteRune(utf8.RuneError)
	default:
		s.b.WriteRune(r)
	}
}

// mark ends a paragraph at character i and looks up its properties.
func (s *splitter) mark(i int, c char) {
	var pp paraProps
	istd, grpprl := s.papx.lookup(c.fc)
	if s.styles != nil {
		s.styles.apply(&pp, istd, s.papx)
	}
	pp.apply(grpprl, s.papx)
	if s.clx != nil {
		prm := s.pieces[s.owner[i]].prm
		// A Prm with fComplex set points at a Prc's grpprl (§2.2.6.2); the
		// other kind holds one character property and no paragraph one the
		// reader uses.
		if k := int(prm >> 1); prm&1 != 0 && k < len(s.clx.grpprls) {
			pp.apply(s.clx.grpprls[k], s.papx)
		}
	}
	text := s.b.String()
	if s.lists != nil && pp.ilfo > 0 {
		text = s.lists.marker(pp.ilfo, pp.ilvl) + text
	}
	s.paras = append(s.paras, para{text: text, end: c.r, props: pp})
	s.b.Reset()
}

func (s *splitter) open() {
	if len(s.fields) >= maxFields {
		s.extra++
		return
	}
	s.fields = append(s.fields, true)
	s.code++
}

func (s *splitter) separate() {
	if s.extra > 0 || len(s.fields) == 0 || !s.fields[len(s.fields)-1] {
		return
	}
	s.fields[len(s.fields)-1] = false
	s.code--
}

func (s *splitter) close() {
	if s.extra > 0 {
		s.extra--
		return
	}
	if len(s.fields) == 0 {
		return
	}
	if s.fields[len(s.fields)-1] {
		s.code--
	}
	s.fields = s.fields[:len(s.fields)-1]
}

// depth is the table depth of a paragraph: its itap, or 1 when it is only
// marked as in a table or ends with a cell mark.
func (p *para) depth() int {
	if p.props.itap > 0 {
		return p.props.itap
	}
	if p.props.inTable || p.end == chCell {
		return 1
	}
	return 0
}

// endsCell and endsRow say what a paragraph's mark ends at table depth d:
// at depth 1 a cell ends with 0x07 and a row with a 0x07 whose paragraph
// is a table terminating paragraph (sprmPFTtp); deeper, both end with a
// paragraph mark flagged by sprmPFInnerTableCell or sprmPFInnerTtp.
func (p *para) endsCell(d int) bool {
	if d == 1 {
		return p.end == chCell && !p.props.ttp
	}
	return p.props.innerCell && !p.props.innerTtp
}

func (p *para) endsRow(d int) bool {
	if d == 1 {
		return p.props.ttp
	}
	return p.props.innerTtp
}
