package docx

// skip consumes the rest of the current element, whose start tag was the last
// token, up to and including its end tag. The elements inside are checked
// but not resolved: nobody looks at them.
//
// A subtree skipped whole is remembered (skipMemo), and a later subtree
// that is the same bytes under an element of the same name is passed over
// at once: checking is a function of the bytes, so it would find them
// well-formed again. What else it depends on is checked too: the nesting
// it reaches must still be within maxDepth. Word repeats the same run
// properties (w:rPr) on run after run, so most of a Word-made body is
// subtrees seen before; a stage-local trick (STYLE 13), kept because it
// buys more than 5% of the read stage (measured in the commit that added
// it).
func (s *scanner) skip() {
	if s.pendEnd {
		s.next()
		return
	}
	if s.skipSeen() {
		return
	}
	d, start, was := s.open, s.pos, s.skipping
	deepest := d
	s.skipping = true
	for {
		k := s.next()
		if k == tokStart && s.open > deepest {
			deepest = s.open
		}
		if k == tokEOF || (k == tokEnd && s.open < d) {
			break
		}
	}
	s.skipping = was
	if s.err == nil {
		s.remember(d, start, deepest-d)
	}
}

// skipMemo holds subtrees skipped whole, as offsets into the part: the
// qualified name data[q0:q1] of the element, its content and end tag
// data[c0:c1], where its end tag starts (end), and how much deeper than
// the element its content nests.
type skipMemo struct {
	q0, q1, c0, c1, end, deeper int
}

// memoSize is the number of subtrees remembered: a few run property sets
// are in use at a time.
const memoSize = 8

// skipSeen passes over the rest of the current element if it is the same
// bytes as a subtree remembered under the same name, and reports whether
// it did.
func (s *scanner) skipSeen() bool {
	top := s.stack[s.open-1]
	q := s.data[top.q0:top.q1]
	for i := range s.memo.n {
		m := &s.memo.e[i]
		n := m.c1 - m.c0
		if m.q1-m.q0 != len(q) || s.open+m.deeper > s.maxDepth || s.pos+n > len(s.data) ||
			string(s.data[m.q0:m.q1]) != string(q) || string(s.data[s.pos:s.pos+n]) != string(s.data[m.c0:m.c1]) {
			continue
		}
		s.off = s.pos + m.end - m.c0
		s.pos += n
		s.popElement()
		s.kind = tokEnd
		return true
	}
	return false
}

// remember records the subtree just skipped: the element closed at depth
// d, whose content started at start and nested deeper levels below it.
func (s *scanner) remember(d, start, deeper int) {
	f := s.stack[d-1] // the frame of the element just closed, still in place
	m := &s.memo.e[s.memo.next]
	*m = skipMemo{q0: f.q0, q1: f.q1, c0: start, c1: s.pos, end: s.off, deeper: deeper}
	s.memo.next = (s.memo.next + 1) % memoSize
	if s.memo.n < memoSize {
		s.memo.n++
	}
}

// child advances to the next element inside the element open at depth d and
// reports whether there is one; at the end of that element, or of the input,
// it reports false. Callers handle the children they know and skip the rest:
//
//	d := s.depth()
//	for s.child(d) {
//		switch s.el { … default: s.skip() }
//	}
func (s *scanner) child(d int) bool {
	for {
		switch s.next() {
		case tokEOF:
			return false
		case tokEnd:
			if s.depth() < d {
				return false
			}
		case tokStart:
			return true
		}
	}
}
