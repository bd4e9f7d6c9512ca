package ooxml

import (
	"fmt"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Error is what stopped a Scanner: malformed XML or a limit passed, at an
// offset of the part.
type Error struct {
	Offset int
	Msg    string
	Limit  bool // a safety limit, not malformed XML
}

func (e *Error) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

// InPart returns e as the positioned error of the part: document.ErrLimit
// for a limit, document.ErrXML otherwise.
func (e *Error) InPart(part string) error {
	kind := document.ErrXML
	if e.Limit {
		kind = document.ErrLimit
	}
	return PartError(kind, part, e.Offset, "%s", e.Msg)
}

// CheckUTF8 refuses a part that is not UTF-8, with an ErrXML at the first
// byte that is not. OOXML parts are UTF-8 or UTF-16 (ECMA-376 Part 2
// §8.1.4); every producer we know writes UTF-8.
func CheckUTF8(part string, data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	off := 0
	for off < len(data) {
		r, n := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		off += n
	}
	return PartError(document.ErrXML, part, off, "invalid UTF-8 (only UTF-8 parts are supported)")
}

// PartError builds the error of kind at offset off of a part (-1: the part
// as a whole).
func PartError(kind *document.Kinded, part string, off int, format string, args ...any) *document.Error {
	e := document.Errorf(kind, off, format, args...)
	e.Part = part
	return e
}

// Head returns the first bytes of data, for a message that says what a
// file that is not a package starts with.
func Head(data []byte) string {
	if len(data) > 8 {
		data = data[:8]
	}
	return string(data)
}
