package values

// rescale returns d with the larger scale s (s >= d.scale), the coefficient
// multiplied to match; ok is false on overflow.
func (d Decimal) rescale(s int) (Decimal, bool) {
	if s < int(d.scale) || s > maxScale {
		return Decimal{}, false
	}
	if s == int(d.scale) {
		return d, true // no multiplication: most operands share a scale
	}
	c, ok := mul64(d.coef, pow10[s-int(d.scale)])
	if !ok {
		return Decimal{}, false
	}
	return Decimal{coef: c, scale: int8(s), ok: true}, true
}

// align brings d and e to the same scale, the larger of the two.
func align(d, e Decimal) (Decimal, Decimal, bool) {
	if !d.ok || !e.ok {
		return Decimal{}, Decimal{}, false
	}
	if d.scale == e.scale {
		return d, e, true
	}
	s := max(int(d.scale), int(e.scale))
	d, ok1 := d.rescale(s)
	e, ok2 := e.rescale(s)
	return d, e, ok1 && ok2
}

// Add returns d + e, with the larger of the two scales; invalid on overflow.
func (d Decimal) Add(e Decimal) Decimal {
	d, e, ok := align(d, e)
	if !ok {
		return Decimal{}
	}
	c := d.coef + e.coef
	if (e.coef > 0 && c < d.coef) || (e.coef < 0 && c > d.coef) {
		return Decimal{}
	}
	d.coef = c
	return d
}

// Sub returns d - e, with the larger of the two scales; invalid on overflow.
func (d Decimal) Sub(e Decimal) Decimal {
	return d.Add(e.Neg())
}

// Mul returns d × e with the sum of the scales (so the product is exact);
// invalid on overflow or when the scale would exceed 18.
func (d Decimal) Mul(e Decimal) Decimal {
	if !d.ok || !e.ok || int(d.scale)+int(e.scale) > maxScale {
		return Decimal{}
	}
	c, ok := mul64(d.coef, e.coef)
	if !ok {
		return Decimal{}
	}
	return Decimal{coef: c, scale: d.scale + e.scale, ok: true}
}

// Shift returns d × 10^n exactly. A positive n first uses up decimals
// (179.52 shifted by 4 is 1795200, 768.833013 is 7688330.13), a negative n
// adds them (5 shifted by -1 is 0.5).
func (d Decimal) Shift(n int) Decimal {
	if !d.ok {
		return Decimal{}
	}
	s := int(d.scale) - n
	if s >= 0 {
		if s > maxScale {
			return Decimal{}
		}
		d.scale = int8(s)
		return d
	}
	if -s > maxScale {
		return Decimal{}
	}
	c, ok := mul64(d.coef, pow10[-s])
	if !ok {
		return Decimal{}
	}
	return Decimal{coef: c, ok: true}
}

// Cmp compares the values of d and e (not their scales: 1.50 equals 1.5) and
// returns -1, 0 or +1. An invalid Decimal sorts before every valid one.
func (d Decimal) Cmp(e Decimal) int {
	switch {
	case !d.ok && !e.ok:
		return 0
	case !d.ok:
		return -1
	case !e.ok:
		return 1
	}
	a, b, ok := align(d, e)
	if !ok {
		// Aligning overflows only when the integer parts differ hugely;
		// compare the integer parts then, which is exact enough to order.
		ai, bi := d.coef/pow10[d.scale], e.coef/pow10[e.scale]
		return cmp64(ai, bi)
	}
	return cmp64(a.coef, b.coef)
}

func cmp64(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Round returns d rounded to places decimals, half away from zero (the
// rounding of Chinese financial statements: 0.125 → 0.13). A d with fewer
// decimals is returned with its scale raised to places, so Round is also a
// quantize: NewDecimal(5, 0).Round(2) is 5.00.
func (d Decimal) Round(places int) Decimal {
	if !d.ok || places < 0 || places > maxScale {
		return Decimal{}
	}
	if places >= int(d.scale) {
		r, ok := d.rescale(places)
		if !ok {
			return Decimal{}
		}
		return r
	}
	p := pow10[int(d.scale)-places]
	q, r := d.coef/p, d.coef%p
	if abs64(r)*2 >= uint64(p) {
		if d.coef < 0 {
			q--
		} else {
			q++
		}
	}
	return Decimal{coef: q, scale: int8(places), ok: true}
}
