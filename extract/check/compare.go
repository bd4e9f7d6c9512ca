package check

import (
	"strconv"
	"strings"
	"unicode"

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
// unit. The rule is set by emit.
func sumCheck(total figure, parts []figure, rel relation, unit string) (schema.Check, bool) {
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
	why := halves(len(parts), unit)
	if total.half.Cmp(tol) > 0 {
		// A total written coarser than its parts ("179万元" against
		// 163.2 + 15.6) can only be compared at its own precision.
		tol, why = total.half, "half a unit of the total's last written decimal, coarser than its parts"
	}
	k := schema.Check{
		Expected:  dec(sum),
		Actual:    dec(total.num),
		Tolerance: dec(tol),
		Unit:      unit,
		Spans:     figureSpans(append([]figure{total}, parts...)...),
	}
	if rel == equals {
		head := describe(total) + " against " + describe(parts...) + " = " + show(sum, unit)
		k.Status, k.Message = judge(head, diff, tol, unit, why)
		return k, true
	}
	head := describe(parts...) + " = " + show(sum, unit) + ", at most " + describe(total)
	if diff.Sign() >= 0 {
		k.Status, k.Message = Pass, head+": holds"
		return k, true
	}
	k.Status, k.Message = judge(head, diff, tol, unit, why)
	return k, true
}

// judge decides pass or fail from the difference between what is written
// and what is expected, and says whether the pass relies on the tolerance.
func judge(head string, diff, tol values.Decimal, unit, why string) (string, string) {
	off := abs(diff)
	switch {
	case off.IsZero():
		return Pass, head + ": equal"
	case tol.IsZero():
		return Fail, head + ": off by " + showDelta(off, unit) + ", with no rounding tolerance (whole points are exact)"
	case off.Cmp(tol) <= 0:
		return Pass, head + ": off by " + showDelta(off, unit) + ", within the rounding tolerance of " + showDelta(tol, unit) + " (" + why + "); passes on rounding"
	}
	return Fail, head + ": off by " + showDelta(off, unit) + ", more than the rounding tolerance of " + showDelta(tol, unit) + " (" + why + ")"
}

// halves explains a tolerance of n half-units.
func halves(n int, unit string) string {
	if n == 1 {
		return "half a unit of the figure's last written decimal"
	}
	s := strconv.Itoa(n) + " figures × half a unit of each one's last written decimal"
	if unit == UnitPoints {
		s += "; whole points count 0"
	}
	return s
}

// describe writes parts as "label text + label text", each without the
// white space around it.
func describe(parts ...figure) string {
	if len(parts) == 1 {
		return labelled(parts[0])
	}
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(" + ")
		}
		b.WriteString(labelled(p))
	}
	return b.String()
}

// labelled writes a figure as "label text", without the white space around
// it: strings.TrimSpace(label + " " + text) without building the string
// first.
func labelled(p figure) string {
	l := strings.TrimLeftFunc(p.label, unicode.IsSpace)
	t := strings.TrimRightFunc(p.text, unicode.IsSpace)
	switch {
	case l == "":
		return strings.TrimLeftFunc(t, unicode.IsSpace)
	case t == "":
		return strings.TrimRightFunc(l, unicode.IsSpace)
	}
	return l + " " + t
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
