package docx

// skip consumes the rest of the current element, whose start tag was the last
// token, up to and including its end tag. The elements inside are checked
// but not resolved: nobody looks at them. A subtree skipped before is
// passed over at once (memo.go).
func (s *scanner) skip() {
	if s.pendEnd {
		s.next()
		return
	}
	if _, ok := s.recall(&s.skipped, memoSkipped); ok {
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
		s.skipped.add(s, memoEntry{c0: start, deeper: deepest - d, gen: -1, kind: memoSkipped}, d)
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
