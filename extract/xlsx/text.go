package xlsx

import (
	"math/big"
	"time"
	"unicode/utf8"
)

// clean appends src to dst as canonical text: "\r\n" and "\r" become "\n"
// (a multi-line cell stays one cell of several lines); a TAB and any other
// C0 control character become a space, since a TAB at the start of a line
// means a table cell; full-width digits become ASCII digits (document.Canon);
// invalid UTF-8 becomes U+FFFD.
func clean(dst, src []byte) []byte {
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\r':
			dst = append(dst, '\n')
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			i++
		case c == '\n':
			dst = append(dst, '\n')
			i++
		case c < 0x20 || c == 0x7f:
			dst = append(dst, ' ')
			i++
		case c < utf8.RuneSelf:
			dst = append(dst, c)
			i++
		default:
			r, n := utf8.DecodeRune(src[i:])
			if r >= '０' && r <= '９' {
				r = '0' + (r - '０')
			}
			dst = utf8.AppendRune(dst, r)
			i += n
		}
	}
	return dst
}

// isoDate renders a cell of type d (an ISO 8601 date and time, ECMA-376
// Part 1 §18.17.4.1) through its format when that is a date format, and as
// written otherwise.
func isoDate(v []byte, f *format, date1904 bool) []byte {
	x, ok := isoSerial(string(trimASCII(v)), date1904)
	if !ok {
		return v
	}
	sec, _ := f.pick(x)
	if sec == nil || !sec.date {
		return v
	}
	if s, ok := sec.renderDate(x, date1904); ok {
		return []byte(s)
	}
	return v
}

// isoSerial converts an ISO 8601 date-time to a serial of the date system.
func isoSerial(s string, date1904 bool) (*big.Rat, bool) {
	layouts := []string{"2006-01-02T15:04:05.999999999Z07:00", "2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05Z", "2006-01-02T15:04:05", "2006-01-02"}
	for _, l := range layouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		base := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
		if date1904 {
			base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		d := t.Sub(base)
		days := int64(d / (24 * time.Hour))
		if !date1904 && days < 61 {
			days-- // before 1 March 1900, Excel's serials are one less
		}
		rest := int64(d % (24 * time.Hour))
		x := new(big.Rat).SetFrac(big.NewInt(rest), big.NewInt(int64(24*time.Hour)))
		return x.Add(x, new(big.Rat).SetInt64(days)), true
	}
	return nil, false
}
