package docx

import (
	"bytes"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml"
)

// Part names (ECMA-376 Part 1 §11.3), lower-cased as the package looks
// them up (ECMA-376 Part 2 §9.1.1.3: zip item names are compared
// case-insensitively).
const (
	partDocument  = "word/document.xml"
	partNumbering = "word/numbering.xml"
	partStyles    = "word/styles.xml"
)

// oleMagic starts every OLE compound file (MS-CFB §2.2): Word 97–2003 .doc
// files and encrypted OOXML packages (MS-OFFCRYPTO §2.3.4.1).
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// openPackage checks what data is and opens it as a zip under the limits
// of opts.
func openPackage(data []byte, opts Options) (*ooxml.Package, error) {
	switch {
	case len(data) == 0:
		return nil, document.Errorf(document.ErrEmpty, -1, "no bytes to read")
	case bytes.HasPrefix(data, oleMagic):
		return nil, oleError(data)
	case !bytes.HasPrefix(data, []byte("PK")):
		return nil, document.Errorf(document.ErrNotDOCX, 0,
			"not a zip archive (a DOCX is a zip package); the file starts with %q", ooxml.Head(data))
	}
	return ooxml.Open(data, opts.limits(), "open it in Word and save it again")
}

// oleError says which kind of OLE compound file data is, and what to do.
// The directory entry names are UTF-16LE in the file (MS-CFB §2.6.1); a scan
// for them is enough to tell the two kinds apart.
func oleError(data []byte) error {
	if bytes.Contains(data, utf16le("EncryptedPackage")) {
		return document.Errorf(document.ErrOLE, 0,
			"an encrypted OOXML package (a password-protected .docx); remove the password in Word (File › Info › Protect Document) and save it again")
	}
	return document.Errorf(document.ErrOLE, 0,
		"a Word 97–2003 .doc (or another legacy Office file), not a .docx; save it as .docx in Word or convert it with LibreOffice (soffice --headless --convert-to docx)")
}

func utf16le(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}
