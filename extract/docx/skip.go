package docx

// skip consumes the rest of the current element, whose start tag was the last
// token, up to and including its end tag. The elements inside are checked
// but not resolved: nobody looks at them.
func (s *scanner) skip() {
	if s.pendEnd {
		s.next()
		return
	}
	d, was := s.open, s.skipping
	s.skipping = true
	for {
		k := s.next()
		if k == tokEOF || (k == tokEnd && s.open < d) {
			break
		}
	}
	s.skipping = was
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
