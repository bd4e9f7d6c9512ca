package check

import (
	"strconv"

	"jixiao/extract/values"
	"jixiao/schema"
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

// sumCheck compares the written figure total with the sum of parts, whose
// rounding may add up to the sum of their half-units (the package comment's
// tolerance rule). Expected is the sum, actual the written total, both in
// unit. The pieces of note, if any, end the message. The rule is set by
// emit.
func (c *checker) sumCheck(total figure, parts []figure, rel relation, unit string, note ...string) (schema.Check, bool) {
	sum, tol := values.NewDecimal(0, 0), values.NewDecimal(0, 0)
	for _, p := range parts {
		sum, tol = sum.Add(p.num), tol.Add(p.half)
	}
	if len(parts) == 0 || !sum.Valid() || !tol.Valid() || !total.num.Valid() {
		return schema.Check{}, false
	}
	diff := total.num.Sub(sum)
	if !diff.Valid() {
		return schema.Check{}, false
	}
	why := tolerance{n: len(parts), unit: unit}
	if total.half.Cmp(tol) > 0 {
		// A total written coarser than its parts ("179万元" against
		// 163.2 + 15.6) can only be compared at its own precision.
		tol, why.coarse = total.half, true
	}
	k := schema.Check{
		Expected:  dec(sum),
		Actual:    dec(total.num),
		Tolerance: dec(tol),
		Unit:      unit,
		Spans:     sumSpans(total, parts),
	}
	m := c.message()
	if rel == equals {
		m.figures(total)
		m.add(" against ")
		m.figures(parts...)
		m.add(" = ", show(sum, unit))
		k.Status = judge(m, diff, tol, unit, why)
	} else {
		m.figures(parts...)
		m.add(" = ", show(sum, unit), ", at most ")
		m.figures(total)
		if diff.Sign() >= 0 {
			k.Status = Pass
			m.add(": holds")
		} else {
			k.Status = judge(m, diff, tol, unit, why)
		}
	}
	m.add(note...)
	k.Message = m.String()
	return k, true
}

// judge decides pass or fail from the difference between what is written
// and what is expected, and ends the message m with the verdict, saying
// whether the pass relies on the tolerance.
func judge(m *message, diff, tol values.Decimal, unit string, why tolerance) string {
	off := abs(diff)
	switch {
	case off.IsZero():
		m.add(": equal")
		return Pass
	case tol.IsZero():
		m.add(": off by ", showDelta(off, unit), ", with no rounding tolerance (whole points are exact)")
		return Fail
	case off.Cmp(tol) <= 0:
		m.add(": off by ", showDelta(off, unit), ", within the rounding tolerance of ", showDelta(tol, unit), " (")
		why.write(m)
		m.add("); passes on rounding")
		return Pass
	}
	m.add(": off by ", showDelta(off, unit), ", more than the rounding tolerance of ", showDelta(tol, unit), " (")
	why.write(m)
	m.add(")")
	return Fail
}

// tolerance says where the tolerance of a sum of n figures comes from: n
// half-units, or, when coarse, half a unit of the total's last decimal.
type tolerance struct {
	n      int
	unit   string
	coarse bool
}

// write explains the tolerance.
func (t tolerance) write(m *message) {
	switch {
	case t.coarse:
		m.add("half a unit of the total's last written decimal, coarser than its parts")
	case t.n == 1:
		m.add("half a unit of the figure's last written decimal")
	default:
		m.add(strconv.Itoa(t.n), " figures × half a unit of each one's last written decimal")
		if t.unit == UnitPoints {
			m.add("; whole points count 0")
		}
	}
}

// show writes a number with its unit ("1788000元", "92.15%").
func show(d values.Decimal, unit string) string {
	if unit == UnitPercent {
		return d.String() + "%"
	}
	return d.String() + unit
}

// showDelta writes a difference or a tolerance with its unit; those of
// rates are in percentage points ("0.01百分点").
func showDelta(d values.Decimal, unit string) string {
	if unit == UnitPercent {
		return d.String() + "百分点"
	}
	return d.String() + unit
}

// abs returns |d|.
func abs(d values.Decimal) values.Decimal {
	if d.Sign() < 0 {
		return d.Neg()
	}
	return d
}

// dec converts to the schema's canonical decimal text.
func dec(d values.Decimal) schema.Decimal {
	return schema.Decimal(d.String())
}

// sumSpans returns the spans of total and then of parts, in one array.
func sumSpans(total figure, parts []figure) []schema.Span {
	out := make([]schema.Span, 0, 1+len(parts))
	out = append(out, total.span)
	for _, p := range parts {
		out = append(out, p.span)
	}
	return out
}
