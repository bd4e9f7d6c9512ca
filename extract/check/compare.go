package check

import "github.com/jixiao-dev/jixiao/extract/values"

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
// written total, both in unit. The pieces of note, if any, end the
// message, which is the last text written: the caller may add to it before
// it emits the check. False, with nothing written, when there is nothing
// to compare.
func (c *checker) sumCheck(total figure, parts []figure, rel relation, unit string, note ...string) (draft, bool) {
	sum, tol := values.NewDecimal(0, 0), values.NewDecimal(0, 0)
	for i := range parts {
		sum, tol = sum.Add(parts[i].num), tol.Add(parts[i].half)
	}
	if len(parts) == 0 || !sum.Valid() || !tol.Valid() || !total.num.Valid() {
		return draft{}, false
	}
	diff := total.num.Sub(sum)
	if !diff.Valid() {
		return draft{}, false
	}
	why := tolerance{n: len(parts), unit: unit}
	if total.half.Cmp(tol) > 0 {
		// A total written coarser than its parts ("179万元" against
		// 163.2 + 15.6) can only be compared at its own precision.
		tol, why.coarse = total.half, true
	}
	d := draft{unit: unit, expected: c.number(sum), actual: c.number(total.num), tolerance: c.number(tol)}
	spans := c.spanMark()
	c.span(total.span)
	c.spanFigures(parts...)
	d.spans = c.spansFrom(spans)
	start := c.mark()
	if rel == equals {
		c.figures(total)
		c.put(" against ")
		c.figures(parts...)
		c.put(" = ")
		c.show(sum, unit)
		d.status = c.judge(diff, tol, unit, why)
	} else {
		c.figures(parts...)
		c.put(" = ")
		c.show(sum, unit)
		c.put(", at most ")
		c.figures(total)
		if diff.Sign() >= 0 {
			d.status = Pass
			c.put(": holds")
		} else {
			d.status = c.judge(diff, tol, unit, why)
		}
	}
	c.put(note...)
	d.message = c.since(start)
	return d, true
}

// addToMessage appends to the message of d, the last text written.
func (c *checker) addToMessage(d *draft, ss ...string) {
	c.put(ss...)
	d.message.end = c.mark()
}

// judge decides pass or fail from the difference between what is written
// and what is expected, and ends the message with the verdict, saying
// whether the pass relies on the tolerance.
func (c *checker) judge(diff, tol values.Decimal, unit string, why tolerance) string {
	off := abs(diff)
	switch {
	case off.IsZero():
		c.put(": equal")
		return Pass
	case tol.IsZero():
		c.put(": off by ")
		c.showDelta(off, unit)
		c.put(", with no rounding tolerance (whole points are exact)")
		return Fail
	case off.Cmp(tol) <= 0:
		c.put(": off by ")
		c.showDelta(off, unit)
		c.put(", within the rounding tolerance of ")
		c.showDelta(tol, unit)
		c.put(" (")
		why.write(c)
		c.put("); passes on rounding")
		return Pass
	}
	c.put(": off by ")
	c.showDelta(off, unit)
	c.put(", more than the rounding tolerance of ")
	c.showDelta(tol, unit)
	c.put(" (")
	why.write(c)
	c.put(")")
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
func (t tolerance) write(c *checker) {
	switch {
	case t.coarse:
		c.put("half a unit of the total's last written decimal, coarser than its parts")
	case t.n == 1:
		c.put("half a unit of the figure's last written decimal")
	default:
		c.putInt(t.n)
		c.put(" figures × half a unit of each one's last written decimal")
		if t.unit == UnitPoints {
			c.put("; whole points count 0")
		}
	}
}

// abs returns |d|.
func abs(d values.Decimal) values.Decimal {
	if d.Sign() < 0 {
		return d.Neg()
	}
	return d
}
