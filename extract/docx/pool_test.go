package docx

import (
	"path/filepath"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/internal/ooxml/ooxmltest"
)

// TestConcurrentReadsShareNoBuffer reads the corpus's packages from several
// goroutines at once: parts are inflated into pooled buffers, and the text
// is built in one, which a Document must not keep a slice of.
func TestConcurrentReadsShareNoBuffer(t *testing.T) {
	files, _ := filepath.Glob("../../corpus/*.docx")
	ooxmltest.SameConcurrently(t, files, func(data []byte) (*document.Document, error) { return Read(data, Options{}) })
}
