package ooxml

// Skip consumes the rest of the current element, whose start tag was the last
// token, up to and including its end tag. The elements inside are checked
// but not resolved: nobody looks at them. A subtree skipped before is
// passed over at once (memo.go).
func (s *Scanner) Skip() {
	if s.pendEnd {
		s.Next()
		return
	}
	if _, ok := s.recall(&s.skipped, memoSkipped); ok {
		return
	}
	d, start, was := s.open, s.pos, s.skipping
	deepest := d
	s.skipping = true
	for {
		k := s.Next()
		if k == TokStart && s.open > deepest {
			deepest = s.open
		}
		if k == TokEOF || (k == TokEnd && s.open < d) {
			break
		}
	}
	s.skipping = was
	if s.err == nil {
		s.skipped.add(s, memoEntry{c0: start, deeper: deepest - d, gen: -1, kind: memoSkipped}, d)
	}
}

// Child advances to the next element inside the element open at depth d and
// reports whether there is one; at the end of that element, or of the input,
// it reports false. Callers handle the children they know and skip the rest:
//
//	d := s.Depth()
//	for s.Child(d) {
//		switch s.el { … default: s.Skip() }
//	}
func (s *Scanner) Child(d int) bool {
	for {
		switch s.Next() {
		case TokEOF:
			return false
		case TokEnd:
			if s.Depth() < d {
				return false
			}
		case TokStart:
			return true
		}
	}
}
