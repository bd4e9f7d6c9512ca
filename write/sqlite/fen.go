package sqlite

import (
	"math"
	"strings"
)

// toFen converts an exact decimal amount in 元 ("2677800", "-0.5") to an
// integer number of 分. ok is false when the amount has a fraction of a 分
// ("0.125") or does not fit in an int64, or is not a decimal.
func toFen(yuan string) (fen int64, ok bool) {
	neg := strings.HasPrefix(yuan, "-")
	s := strings.TrimPrefix(yuan, "-")
	whole, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	if whole == "" || len(frac) > 2 {
		return 0, false
	}
	frac += strings.Repeat("0", 2-len(frac))
	for _, r := range whole + frac {
		if r < '0' || r > '9' {
			return 0, false
		}
		d := int64(r - '0')
		if fen > (math.MaxInt64-d)/10 {
			return 0, false
		}
		fen = fen*10 + d
	}
	if neg {
		fen = -fen
	}
	return fen, true
}
