package xlsx

import (
	"bytes"
	"encoding/binary"
	"strings"
	"unicode/utf16"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// oleMagic starts every OLE compound file (MS-CFB §2.2).
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// IsXLS reports whether data is a legacy Excel workbook: an OLE compound
// file (MS-CFB) whose root storage holds a "Workbook" stream (BIFF8, Excel
// 97–2003) or a "Book" stream (BIFF5, Excel 5.0/95), as MS-XLS §2.1.2 has
// it. Only the root's own children count: a Word .doc with an Excel sheet
// embedded holds a Workbook stream too, deeper down. The directory is
// walked under guards (sector chains bounded by the file's size, cycles
// stopped); a damaged file is not an XLS. Readers of other OLE formats
// call it to route a workbook to RefuseXLS.
func IsXLS(data []byte) bool {
	if !bytes.HasPrefix(data, oleMagic) || len(data) < 512 {
		return false
	}
	c := cfb{data: data}
	names, ok := c.rootChildren()
	if !ok {
		return false
	}
	for _, n := range names {
		if strings.EqualFold(n, "Workbook") || strings.EqualFold(n, "Book") {
			return true
		}
	}
	return false
}

// RefuseXLS is the error for a legacy .xls workbook: a clear refusal
// naming the format, wrapping document.ErrUnsupported.
func RefuseXLS() error {
	return document.Errorf(document.ErrUnsupported, 0,
		"a legacy Excel 97–2003 workbook (.xls, BIFF in an OLE compound file), which is not read; save it as .xlsx in Excel or WPS, or convert it with LibreOffice (soffice --headless --convert-to xlsx), and try again")
}

// cfb reads the directory of a compound file (MS-CFB §2.2–2.6).
type cfb struct {
	data  []byte
	shift uint
	fat   []uint32
}

const (
	endOfChain = 0xFFFFFFFE
	maxSector  = 0xFFFFFFFA
)

func (c *cfb) u32(off int) uint32 { return binary.LittleEndian.Uint32(c.data[off:]) }

// sector returns sector n, or nil when it lies outside the file.
func (c *cfb) sector(n uint32) []byte {
	size := 1 << c.shift
	off := (int(n) + 1) * size
	if n > maxSector || off+size > len(c.data) || off < 0 {
		return nil
	}
	return c.data[off : off+size]
}

// rootChildren returns the names of the root storage's children.
func (c *cfb) rootChildren() ([]string, bool) {
	c.shift = uint(binary.LittleEndian.Uint16(c.data[0x1E:]))
	if c.shift != 9 && c.shift != 12 {
		return nil, false
	}
	if !c.readFAT() {
		return nil, false
	}
	dir := c.chain(c.u32(0x30))
	if len(dir) < 128 {
		return nil, false
	}
	entry := func(i uint32) []byte {
		if int(i) >= len(dir)/128 {
			return nil
		}
		return dir[int(i)*128 : int(i)*128+128]
	}
	root := entry(0)
	var names []string
	seen := map[uint32]bool{}
	stack := []uint32{binary.LittleEndian.Uint32(root[0x4C:])}
	for len(stack) > 0 && len(seen) < len(dir)/128 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		e := entry(i)
		if e == nil || seen[i] {
			continue
		}
		seen[i] = true
		if e[0x42] == 2 { // a stream
			names = append(names, entryName(e))
		}
		stack = append(stack, binary.LittleEndian.Uint32(e[0x44:]), binary.LittleEndian.Uint32(e[0x48:]))
	}
	return names, true
}

// readFAT collects the FAT from the sectors the DIFAT lists: 109 in the
// header, the rest in a chain of DIFAT sectors.
func (c *cfb) readFAT() bool {
	sectors := len(c.data) >> c.shift
	var list []uint32
	for i := 0; i < 109; i++ {
		list = append(list, c.u32(0x4C+4*i))
	}
	next := c.u32(0x44)
	for steps := 0; next <= maxSector && steps < sectors; steps++ {
		s := c.sector(next)
		if s == nil {
			return false
		}
		for i := 0; i+4 < len(s); i += 4 {
			list = append(list, binary.LittleEndian.Uint32(s[i:]))
		}
		next = binary.LittleEndian.Uint32(s[len(s)-4:])
	}
	for _, n := range list {
		if n > maxSector {
			continue
		}
		s := c.sector(n)
		if s == nil {
			return false
		}
		for i := 0; i < len(s); i += 4 {
			c.fat = append(c.fat, binary.LittleEndian.Uint32(s[i:]))
		}
		if len(c.fat) > sectors+(1<<c.shift) {
			break
		}
	}
	return len(c.fat) > 0
}

// chain returns the bytes of the sector chain from start, stopping at the
// end of chain, at a sector outside the file, or after as many steps as
// the file has sectors (a cycle).
func (c *cfb) chain(start uint32) []byte {
	var out []byte
	n := start
	for steps := 0; n != endOfChain && steps < len(c.fat); steps++ {
		s := c.sector(n)
		if s == nil || int(n) >= len(c.fat) {
			break
		}
		out = append(out, s...)
		n = c.fat[n]
	}
	return out
}

// entryName decodes a directory entry's UTF-16LE name.
func entryName(e []byte) string {
	n := int(binary.LittleEndian.Uint16(e[0x40:]))
	if n > 64 {
		n = 64
	}
	u := make([]uint16, 0, n/2)
	for i := 0; i+1 < n; i += 2 {
		if v := binary.LittleEndian.Uint16(e[i:]); v != 0 {
			u = append(u, v)
		}
	}
	return string(utf16.Decode(u))
}
