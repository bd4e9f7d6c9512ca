package numgen

import (
	"fmt"
	"strings"
)

// Decimal is an exact decimal number of any size, kept as its digits: a
// sign, the integer digits and the fraction digits. It is what Render is
// given, and what every Form's Value is written from.
type Decimal struct {
	// Neg is set for a number below zero; it is never set for zero.
	Neg bool
	// Int are the integer digits, without leading zeros; "0" for none.
	Int string
	// Frac are the fraction digits as written, trailing zeros kept ("30"
	// for 205.30); empty when there is no point.
	Frac string
}

// Parse reads a decimal written in ASCII: an optional sign (+ or -),
// digits, and an optional point followed by digits. A leading point is
// accepted (".5", "-.5"); a trailing one is not ("5."). Leading zeros of
// the integer part are dropped, trailing zeros of the fraction kept.
func Parse(s string) (Decimal, error) {
	body := s
	var d Decimal
	if body != "" && (body[0] == '-' || body[0] == '+') {
		d.Neg = body[0] == '-'
		body = body[1:]
	}
	intPart, frac, hasPoint := strings.Cut(body, ".")
	switch {
	case !allDigits(intPart) || !allDigits(frac):
		return Decimal{}, fmt.Errorf("numgen: %q: want digits, an optional point and digits", s)
	case intPart == "" && frac == "":
		return Decimal{}, fmt.Errorf("numgen: %q: no digits", s)
	case hasPoint && frac == "":
		return Decimal{}, fmt.Errorf("numgen: %q: a point must be followed by digits", s)
	}
	d.Int, d.Frac = trimZeros(intPart), frac
	if d.IsZero() {
		d.Neg = false
	}
	return d, nil
}

// MustParse is Parse for decimals known to be well formed; it panics on an
// error. It is meant for tables of cases.
func MustParse(s string) Decimal {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// FromInts makes a decimal from fuzzer-friendly parts: the integer part is
// hi·10^18 + lo mod 10^18 (so up to 38 digits, well past int64), the
// fraction is frac mod 10^(places mod 10), written with places mod 10
// digits (leading zeros kept, so places 3 and frac 5 give .005).
func FromInts(neg bool, hi, lo uint64, frac uint64, places uint8) Decimal {
	lo %= 1e18
	var intPart string
	if hi == 0 {
		intPart = fmt.Sprint(lo)
	} else {
		intPart = fmt.Sprintf("%d%018d", hi, lo)
	}
	p := int(places % 10)
	d := Decimal{Neg: neg, Int: intPart}
	if p > 0 {
		mod := uint64(1)
		for range p {
			mod *= 10
		}
		d.Frac = fmt.Sprintf("%0*d", p, frac%mod)
	}
	if d.IsZero() {
		d.Neg = false
	}
	return d
}

// IsZero reports whether d is zero (with any number of zero decimals).
func (d Decimal) IsZero() bool {
	return (d.Int == "" || d.Int == "0") && strings.Trim(d.Frac, "0") == ""
}

// String is d's canonical text: a minus sign when negative, the integer
// digits, and a point and the fraction digits without trailing zeros when
// any are left ("-205.3", "0", "0.05"). Equal numbers have equal canonical
// texts.
func (d Decimal) String() string {
	var b strings.Builder
	if d.Neg && !d.IsZero() {
		b.WriteByte('-')
	}
	b.WriteString(d.intDigits())
	if f := strings.TrimRight(d.Frac, "0"); f != "" {
		b.WriteByte('.')
		b.WriteString(f)
	}
	return b.String()
}

// Written is d as written in ASCII, trailing zeros of the fraction kept
// ("-205.30").
func (d Decimal) Written() string {
	s := d.abs().written()
	if d.Neg && !d.IsZero() {
		return "-" + s
	}
	return s
}

// written is Written without a sign.
func (d Decimal) written() string {
	if d.Frac == "" {
		return d.intDigits()
	}
	return d.intDigits() + "." + d.Frac
}

// abs is d without its sign.
func (d Decimal) abs() Decimal { d.Neg = false; return d }

// intDigits is Int, "0" when empty.
func (d Decimal) intDigits() string {
	if d.Int == "" {
		return "0"
	}
	return d.Int
}

// shift returns d·10^-n written as a canonical ASCII decimal without sign:
// the point moved n places left, trailing fraction zeros dropped ("36000",
// 4 → "3.6").
func (d Decimal) shift(n int) string {
	digits := d.intDigits()
	for len(digits) <= n {
		digits = "0" + digits
	}
	i := len(digits) - n
	whole, frac := trimZeros(digits[:i]), strings.TrimRight(digits[i:]+d.Frac, "0")
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

// scaleUp returns d·10^n as a Decimal (the point moved n places right).
func (d Decimal) scaleUp(n int) Decimal {
	frac := d.Frac
	for len(frac) < n {
		frac += "0"
	}
	out := Decimal{Neg: d.Neg, Int: trimZeros(d.intDigits() + frac[:n]), Frac: frac[n:]}
	if out.IsZero() {
		out.Neg = false
	}
	return out
}

// trimZeros drops leading zeros, keeping one digit.
func trimZeros(s string) string {
	s = strings.TrimLeft(s, "0")
	if s == "" {
		return "0"
	}
	return s
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
