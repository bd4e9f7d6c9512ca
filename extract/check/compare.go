package check

import (
	"fmt"
	"strings"

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
		head := fmt.Sprintf("%s against %s = %s", describe([]figure{total}), describe(parts), show(sum, unit))
		k.Status, k.Message = judge(head, diff, tol, unit, why)
		return k, true
	}
	head := fmt.Sprintf("%s = %s, at most %s", describe(parts), show(sum, unit), describe([]figure{total}))
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
		return Fail, fmt.Sprintf("%s: off by %s, with no rounding tolerance (whole points are exact)", head, showDelta(off, unit))
	case off.Cmp(tol) <= 0:
		return Pass, fmt.Sprintf("%s: off by %s, within the rounding tolerance of %s (%s); passes on rounding",
			head, showDelta(off, unit), showDelta(tol, unit), why)
	}
	return Fail, fmt.Sprintf("%s: off by %s, more than the rounding tolerance of %s (%s)",
		head, showDelta(off, unit), showDelta(tol, unit), why)
}

// halves explains a tolerance of n half-units.
func halves(n int, unit string) string {
	if n == 1 {
		return "half a unit of the figure's last written decimal"
	}
	s := fmt.Sprintf("%d figures × half a unit of each one's last written decimal", n)
	if unit == UnitPoints {
		s += "; whole points count 0"
	}
	return s
}

// describe writes parts as "label text + label text".
func describe(parts []figure) string {
	s := make([]string, len(parts))
	for i, p := range parts {
		s[i] = strings.TrimSpace(p.label + " " + p.text)
	}
	return strings.Join(s, " + ")
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
