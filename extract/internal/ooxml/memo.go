package ooxml

import "unicode/utf8"

// Subtrees seen before. Word repeats the same properties on paragraph after
// paragraph and run after run (corpus/010: 821 identical w:rPr, 359 of 363
// w:pPr the same as one of the last eight; the real manual in
// ../shared/realworld: 51 of 70 w:rPr, 10 of 21 w:pPr), and checking or
// reading a subtree is a function of its bytes and of little else. So the
// scanner remembers a few subtrees it went through, as offsets into the
// part, and a later element of the same name whose content is the same
// bytes is passed over at once, with what was read from it the first time.
// What else the result depends on is checked too: the depth limit against
// the remembered nesting, and, for a subtree whose names were resolved, the
// namespace bindings in scope (the same binding generation). Errors are
// never remembered. A stage-local trick (STYLE 13), kept because it buys
// more than 5% of the read stage on corpus/010 (measured in the commits
// that added it); FuzzSkipMemo here and the readers' FuzzReadMemo hold it
// to the full path.
//
// Two memos are kept: one of the subtrees Skip passed over, and one of the
// subtrees a reader read and wants to pass over with what it kept of them
// (Mark, Keep, Recall). A reader keeps its values in an array of MemoSize
// by the slot these return, and tells its kinds of subtree apart by a
// MemoKind of its own.

// MemoSize is the number of subtrees a memo holds: a few property sets are
// in use at a time.
const MemoSize = 8

// memoEntry is a subtree remembered: the qualified name data[q0:q1] of its
// element, the element's content and end tag data[c0:c1], where the end
// tag starts, how much deeper than the element the content nests, the
// binding generation its names were resolved under (-1: not resolved), and
// what the reader keeps for it (kind and the slot of its value).
type memoEntry struct {
	q0, q1, c0, c1, end, deeper int
	gen                         int
	kind                        MemoKind
}

// MemoKind says who remembered a subtree, and so what was kept of it. A
// reader numbers its kinds from 1: 0 is a subtree skipped whole.
type MemoKind uint8

// memoSkipped is a subtree skipped whole: nothing kept.
const memoSkipped MemoKind = 0

// memo is a ring of remembered subtrees.
type memo struct {
	e       [MemoSize]memoEntry
	n, next int
}

// Forget turns the memos off: the scanner recalls nothing, and checks and
// reads every subtree in full (the reference the tests hold the memos to).
func (s *Scanner) Forget() { s.forget = true }

// Recall passes over the rest of the current element, whose start tag was
// just read, if it is the same bytes as a subtree the reader kept as kind
// (Keep), and returns the slot where the reader keeps its value; ok is
// false, and nothing is consumed, when there is none.
func (s *Scanner) Recall(kind MemoKind) (slot int, ok bool) { return s.recall(&s.read, kind) }

// Keep remembers as kind the element that was current at mk and has just
// been closed; it returns the slot where the reader keeps its value. ok is
// false when there is nothing to remember (an empty-element tag) or an
// error came up.
func (s *Scanner) Keep(kind MemoKind, mk MemoMark) (slot int, ok bool) {
	return s.keep(&s.read, kind, mk)
}

// recall passes over the rest of the current element, whose start tag was
// just read, if it is the same bytes as a subtree m holds of that kind, and
// returns the entry's slot; ok is false, and nothing is consumed, when
// there is none.
func (s *Scanner) recall(m *memo, kind MemoKind) (slot int, ok bool) {
	if s.pendEnd || s.forget {
		return 0, false
	}
	top := s.stack[s.open-1]
	q := s.data[top.q0:top.q1]
	for i := range m.n {
		e := &m.e[i]
		n := e.c1 - e.c0
		if e.kind != kind || e.q1-e.q0 != len(q) || s.open+e.deeper > s.maxDepth || s.pos+n > len(s.data) ||
			(e.gen >= 0 && e.gen != s.gen) ||
			string(s.data[e.q0:e.q1]) != string(q) || string(s.data[s.pos:s.pos+n]) != string(s.data[e.c0:e.c1]) {
			continue
		}
		if !s.validate(s.pos) {
			return 0, false
		}
		s.off = s.pos + e.end - e.c0
		s.pos += n
		s.checked = max(s.checked, s.pos) // the same bytes as e's, which are before pos: checked
		s.deepest = max(s.deepest, s.open+e.deeper)
		s.popElement()
		s.kind = TokEnd
		return i, true
	}
	return 0, false
}

// MemoMark is where the reading of a subtree that may be remembered began.
type MemoMark struct {
	start, deepest, gen int
	ok                  bool
}

// Mark starts watching the content of the current element, whose start tag
// was just read, to remember it with Keep once it is read.
func (s *Scanner) Mark() MemoMark {
	m := MemoMark{start: s.pos, deepest: s.deepest, gen: s.gen, ok: !s.pendEnd}
	s.deepest = s.open
	return m
}

// keep remembers in m, as kind, the element that was current at mk and
// has just been closed; it returns the slot of the entry, where the caller
// keeps its value. ok is false when there is nothing to remember (an
// empty-element tag) or an error came up.
func (s *Scanner) keep(m *memo, kind MemoKind, mk MemoMark) (slot int, ok bool) {
	d := s.open + 1 // the depth the element had
	deeper := s.deepest - d
	s.deepest = max(mk.deepest, s.deepest)
	if !mk.ok || s.err != nil {
		return 0, false
	}
	return m.add(s, memoEntry{c0: mk.start, deeper: deeper, gen: mk.gen, kind: kind}, d), true
}

// add records e, completed with the element closed at depth d (its frame
// is still in place above the stack), and returns its slot.
func (m *memo) add(s *Scanner, e memoEntry, d int) int {
	f := s.stack[d-1]
	e.q0, e.q1, e.c1, e.end = f.q0, f.q1, s.pos, s.off
	slot := m.next
	m.e[slot] = e
	m.next = (m.next + 1) % MemoSize
	if m.n < MemoSize {
		m.n++
	}
	return slot
}

// CheckAsRead makes the scanner check its part for UTF-8 as it goes
// (validate), where it would otherwise take the part as checked: call it
// before the first Next, and CheckRest after the last.
func (s *Scanner) CheckAsRead() { s.checked = 0 }

// CheckRest checks the part from where the scanner has checked it to its
// end, and reports whether it is UTF-8; if not, Err says where checking
// stopped. It is a no-op when an error came up before.
func (s *Scanner) CheckRest() bool {
	if s.err != nil {
		return false
	}
	return s.validate(len(s.data))
}

// validate checks that data[checked:to] is UTF-8 and moves checked to to,
// or fails. A scanner that checks its part as it goes (CheckAsRead) does
// so here, before each subtree it recalls and at the
// end: a recalled subtree is the same bytes as one before it, so it is
// known to be UTF-8 once what comes before it is, and is passed over; so
// each byte is checked at most once, and most of a Word body not at all.
// The stretches end after a '>', where no UTF-8 sequence can be cut, so
// that checking them one by one is checking the whole. The error is only a
// stop: the reader reports the first byte that is not UTF-8, wherever
// reading stopped (CheckUTF8).
func (s *Scanner) validate(to int) bool {
	if to <= s.checked {
		return true
	}
	if !utf8.Valid(s.data[s.checked:to]) {
		s.fail(s.checked, "invalid UTF-8")
		return false
	}
	s.checked = to
	return true
}
