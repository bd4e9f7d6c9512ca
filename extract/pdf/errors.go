package pdf

import (
	"errors"
	"fmt"
	"strings"
	"time"

	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// The reasons a PDF is refused beyond those of package document (ErrEmpty,
// ErrCorrupt, ErrLimit, ErrTimeout). errors.Is works through the
// *document.Error that Read returns; document.Code gives their codes.
var (
	// ErrEncrypted is a PDF that needs a password to open. A PDF whose
	// owner password only restricts printing or copying opens without one
	// and is read.
	ErrEncrypted = &document.Kinded{Code: "encrypted", Msg: "encrypted PDF"}
	// ErrNoText is a PDF without a text layer on its pages (a scan).
	ErrNoText = &document.Kinded{Code: "no_text_layer", Msg: "no text layer"}
	// ErrGarbled is a PDF whose text layer decodes to no readable text on
	// any page (fonts without a Unicode map).
	ErrGarbled = &document.Kinded{Code: "garbled_text", Msg: "text layer without Unicode"}
)

// pdfiumError turns an error from PDFium into a refusal: a password error
// is ErrEncrypted; PDFium stopping (a WebAssembly trap: it aborts when an
// allocation fails, that is past the instance's memory limit) is
// document.ErrLimit; anything else document.ErrCorrupt. Only the first line
// of the error is kept (a trap comes with a stack trace).
func pdfiumError(err error, format string, args ...any) error {
	msg := fmt.Sprintf(format, args...)
	first, _, _ := strings.Cut(err.Error(), "\n")
	switch {
	case strings.HasPrefix(first, "wasm error:"):
		return document.Errorf(document.ErrLimit, -1, "%s: PDFium stopped (%s), most likely out of its memory limit (Options.MaxMemory)", msg, strings.TrimPrefix(first, "wasm error: "))
	case errors.Is(err, pdfiumerrors.ErrPassword):
		return document.Errorf(ErrEncrypted, -1, "%s: the PDF needs a password to open; decrypt it and try again", msg)
	case errors.Is(err, pdfiumerrors.ErrSecurity):
		return document.Errorf(ErrEncrypted, -1, "%s: unsupported encryption", msg)
	}
	return document.Errorf(document.ErrCorrupt, -1, "%s: %s", msg, first)
}

// timeoutError is the refusal of a document that took longer than limit.
func timeoutError(limit time.Duration) error {
	return document.Errorf(document.ErrTimeout, -1, "reading the PDF took longer than %s", limit)
}
