package check

import (
	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/values"
)

// relation is how a written figure must stand to a sum of parts.
type relation int

const (
	// equals: the written total equals the sum of its parts.
	equals relation = iota
	// covers: the written total is at least the sum of its parts (the
	// 其中 rows of a row).
	covers
)

// sumCheck makes the check of the written figure total against the sum of
// parts, whose rounding may add up to the sum of their half-units (the
// package comment's tolerance rule). Expected is the sum, actual the
// written total, both in unit. The note, if any, ends the message. False
// when there is nothing to compare.
func sumCheck(total figure, parts []figure, rel relation, unit string, note ...string) (Finding, bool) {
	sum, tol := values.NewDecimal(0, 0), values.NewDecimal(0, 0)
	for i := range parts {
		sum, tol = sum.Add(parts[i].num), tol.Add(parts[i].half)
	}
	if len(parts) == 0 || !sum.Valid() || !tol.Valid() || !total.num.Valid() {
		return Finding{}, false
	}
	diff := total.num.Sub(sum)
	if !diff.Valid() {
		return Finding{}, false
	}
	why := tolerance{n: len(parts), unit: unit}
	if total.half.Cmp(tol) > 0 {
		// A total written coarser than its parts ("179万元" against
		// 163.2 + 15.6) can only be compared at its own precision.
		tol, why.coarse = total.half, true
	}
	f := Finding{Unit: unit, Expected: sum, Actual: total.num, Tolerance: tol, Spans: make([]document.Span, 0, 1+len(parts))}
	f.Spans = append(f.Spans, total.span)
	for i := range parts {
		f.Spans = append(f.Spans, parts[i].span)
	}
	m := newMessage()
	if rel == equals {
		m.figures(total)
		m.put(" against ")
		m.figures(parts...)
		m.put(" = ")
		m.show(sum, unit)
		f.Status = judge(m, diff, tol, unit, why)
	} else {
		m.figures(parts...)
		m.put(" = ")
		m.show(sum, unit)
		m.put(", at most ")
		m.figures(total)
		if diff.Sign() >= 0 {
			f.Status = Pass
			m.put(": holds")
		} else {
			f.Status = judge(m, diff, tol, unit, why)
		}
	}
	m.put(note...)
	f.Message = m.String()
	return f, true
}

// judge decides pass or fail from the difference between what is written
// and what is expected, and ends the message with the verdict, saying
// whether the pass relies on the tolerance.
func judge(m *message, diff, tol values.Decimal, unit string, why tolerance) string {
	off := abs(diff)
	switch {
	case off.IsZero():
		m.put(": equal")
		return Pass
	case tol.IsZero():
		m.put(": off by ")
		m.showDelta(off, unit)
		m.put(", with no rounding tolerance (whole points are exact)")
		return Fail
	case off.Cmp(tol) <= 0:
		m.put(": off by ")
		m.showDelta(off, unit)
		m.put(", within the rounding tolerance of ")
		m.showDelta(tol, unit)
		m.put(" (", why.String(), "); passes on rounding")
		return Pass
	}
	m.put(": off by ")
	m.showDelta(off, unit)
	m.put(", more than the rounding tolerance of ")
	m.showDelta(tol, unit)
	m.put(" (", why.String(), ")")
	return Fail
}

// tolerance says where the tolerance of a sum of n figures comes from: n
// half-units, or, when coarse, half a unit of the total's last decimal.
type tolerance struct {
	n      int
	unit   string
	coarse bool
}

// String explains the tolerance.
func (t tolerance) String() string {
	switch {
	case t.coarse:
		return "half a unit of the total's last written decimal, coarser than its parts"
	case t.n == 1:
		return "half a unit of the figure's last written decimal"
	}
	m := newMessage()
	m.putInt(t.n)
	m.put(" figures × half a unit of each one's last written decimal")
	if t.unit == UnitPoints {
		m.put("; whole points count 0")
	}
	return m.String()
}

// abs returns |d|.
func abs(d values.Decimal) values.Decimal {
	if d.Sign() < 0 {
		return d.Neg()
	}
	return d
}

// emitSum emits the check of an amount total against its parts, when there
// are parts.
func (c *checker) emitSum(total figure, parts []figure, rel relation) {
	if f, ok := sumCheck(total, parts, rel, UnitYuan); ok {
		c.emit(f)
	}
}
