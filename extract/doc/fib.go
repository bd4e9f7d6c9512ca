package doc

import (
	"encoding/binary"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// fib is what the reader takes from the File Information Block at the start
// of the WordDocument stream ([MS-DOC] §2.5.1).
type fib struct {
	nFib       uint16
	complex    bool   // fComplex: the last save was a fast save
	table      string // the table stream: "0Table" or "1Table" (fWhichTblStm)
	ccpText    int    // characters of the main document
	fcClx      int    // the piece table in the table stream
	lcbClx     int
	fcBtePapx  int // the paragraph properties' bin table in the table stream
	lcbBtePapx int
	fcPlfLst   int // the list definitions, 0 when the FIB has none
	lcbPlfLst  int
	fcPlfLfo   int // the list overrides
	lcbPlfLfo  int
	fcStshf    int // the style sheet
	lcbStshf   int
}

// FibBase flags ([MS-DOC] §2.5.2).
const (
	fComplex      = 1 << 2
	fEncrypted    = 1 << 8
	fWhichTblStm  = 1 << 9
	fObfuscated   = 1 << 15
	wIdentWord97  = 0xA5EC
	wIdentWord6   = 0xA5DC
	nFibWord97    = 0x00C1
	fibRgFcLcbClx = 33 // index of fcClx in FibRgFcLcb97
	fibRgFcLcbBte = 13 // index of fcPlcfBtePapx
)

// parseFIB reads the FIB and refuses what the reader cannot read: another
// format's stream, Word 6.0/95, and encrypted or obfuscated documents.
func parseFIB(w []byte) (*fib, error) {
	if len(w) < 34 {
		return nil, corrupt("WordDocument stream of %d bytes has no FIB", len(w))
	}
	le := binary.LittleEndian
	ident, nFib, flags := le.Uint16(w[0:]), le.Uint16(w[2:]), le.Uint16(w[10:])
	switch {
	case ident == wIdentWord6 || (ident == wIdentWord97 && nFib < 0x00C0 && nFib >= 0x0065):
		return nil, document.Errorf(document.ErrUnsupported, 0, "a Word 6.0/95 document (nFib %#x), which jixiao does not read: save it as .docx and try again", nFib)
	case ident != wIdentWord97:
		return nil, corrupt("WordDocument stream starts with %#04x, not the Word 97 FIB identifier 0xa5ec", ident)
	case flags&fEncrypted != 0 && flags&fObfuscated != 0:
		return nil, document.Errorf(ErrEncrypted, 0, "a Word 97–2003 document obfuscated with a password (XOR): open it in Word or WPS, remove the password and save it again")
	case flags&fEncrypted != 0:
		return nil, document.Errorf(ErrEncrypted, 0, "a Word 97–2003 document encrypted with a password: open it in Word or WPS, remove the password and save it again")
	}
	f := &fib{nFib: nFib, complex: flags&fComplex != 0, table: "0Table"}
	if flags&fWhichTblStm != 0 {
		f.table = "1Table"
	}
	// FibBase is 32 bytes; then csw and fibRgW, cslw and fibRgLw, cbRgFcLcb
	// and fibRgFcLcb, each led by its count (§2.5.1).
	pos := 32
	csw := int(le.Uint16(w[pos:]))
	pos += 2 + 2*csw
	if pos+2 > len(w) {
		return nil, corrupt("FIB truncated in fibRgW (csw %d)", csw)
	}
	cslw := int(le.Uint16(w[pos:]))
	lw := pos + 2
	pos = lw + 4*cslw
	if cslw < 4 || pos+2 > len(w) {
		return nil, corrupt("FIB truncated in fibRgLw (cslw %d)", cslw)
	}
	f.ccpText = int(le.Uint32(w[lw+12:]))
	cb := int(le.Uint16(w[pos:]))
	fc := pos + 2
	if cb <= fibRgFcLcbClx || fc+8*cb > len(w) {
		return nil, corrupt("FIB truncated in fibRgFcLcb (cbRgFcLcb %d)", cb)
	}
	pair := func(i int) (int, int) {
		return int(le.Uint32(w[fc+8*i:])), int(le.Uint32(w[fc+8*i+4:]))
	}
	f.fcClx, f.lcbClx = pair(fibRgFcLcbClx)
	f.fcBtePapx, f.lcbBtePapx = pair(fibRgFcLcbBte)
	f.fcStshf, f.lcbStshf = pair(fibRgFcLcbStshf)
	if cb > fibRgFcLcbPlfLfo {
		f.fcPlfLst, f.lcbPlfLst = pair(fibRgFcLcbPlfLst)
		f.fcPlfLfo, f.lcbPlfLfo = pair(fibRgFcLcbPlfLfo)
	}
	return f, nil
}
