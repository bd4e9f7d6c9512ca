package pdf

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// TestReadMemoryLimit reads a decompression bomb (a content stream that
// inflates to 100 MB of spaces) with a PDFium instance limited to 64 MiB:
// it is refused with document.ErrLimit, never by running the process out
// of memory, and a later read works.
func TestReadMemoryLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("inflates 100 MB")
	}
	bomb := testPDF{flate: true, pages: []string{text(72, 700, 12, "bomb") + strings.Repeat(" ", 100<<20)}}.bytes()
	t.Logf("bomb: %d bytes", len(bomb))
	_, err := Read(bomb, Options{MaxMemory: 64 << 20})
	require.Error(t, err)
	assert.True(t, errors.Is(err, document.ErrLimit), "%v", err)
	doc, err := Read(testPDF{pages: []string{text(72, 700, 12, "after")}}.bytes(), Options{MaxMemory: 64 << 20})
	require.NoError(t, err)
	assert.Equal(t, "after", doc.Text)
}
