package text

import "unsafe"

// The UTF-8 input is decoded without a copy: decode returns a string that
// views the caller's bytes (borrow), and Read makes the text its own (own)
// only when canonical did not already rewrite it into a new string. A report
// with CRLF line ends or "[bookmark: …]" markers, as most are, is then
// copied once instead of twice. The view never outlives Read: nothing but the
// owned text is kept in the Document or in an error (TestReadOwnsText).

// borrow returns a string holding the bytes of b without copying them. The
// string is valid only while b is not written, and must not be kept.
func borrow(b []byte) string {
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// own returns s, copied when its bytes lie inside data, so that the result
// never shares memory with the caller's input.
func own(s string, data []byte) string {
	if len(s) == 0 || len(data) == 0 {
		return s
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(data)))
	if p >= lo && p < lo+uintptr(len(data)) {
		return string([]byte(s))
	}
	return s
}
