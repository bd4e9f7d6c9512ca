package devset

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestText makes the texts of one real PDF into an empty cache, then reads
// them back from it.
func TestText(t *testing.T) {
	pdf := "../../../shared/realworld/pdf/sh-putuo-welfare-home-2024-unit-budget.pdf"
	if _, err := os.Stat(pdf); err != nil {
		t.Skipf("no %s (the real documents are not part of a clone)", pdf)
	}
	m := &Maker{CacheDir: t.TempDir()}
	version, err := m.Version()
	if err == ErrNoTool {
		t.Skip("no pdftotext (Debian: apt-get install poppler-utils)")
	}
	require.NoError(t, err)
	assert.Regexp(t, `^(poppler|xpdf)-[0-9]`, version)
	for _, mode := range Modes {
		text, err := m.Text(pdf, mode)
		require.NoError(t, err)
		assert.Equal(t, 16, bytes.Count(text, []byte("\f")), "%s: one form feed per page", mode)
		assert.Contains(t, string(text), "上海市普陀区社会福利院主要职能")
		again, err := m.Text(pdf, mode)
		require.NoError(t, err)
		assert.Equal(t, text, again)
	}
	names, err := filepath.Glob(filepath.Join(m.CacheDir, "*"))
	require.NoError(t, err)
	require.Len(t, names, 2, "one file per mode, no temporary left")
	for _, n := range names {
		assert.True(t, strings.HasPrefix(filepath.Base(n), "b302f0a0ac964398676b827ea76d727b3452586f6681c8d7e65aae355103caf4-"+version+"-"), n)
	}
}

func TestTextErrors(t *testing.T) {
	m := &Maker{CacheDir: t.TempDir(), Tool: "no-such-pdftotext"}
	_, err := m.Text("x.pdf", ModeRaw)
	assert.ErrorIs(t, err, ErrNoTool)
	_, err = (&Maker{CacheDir: t.TempDir()}).Text("x.pdf", "html")
	assert.EqualError(t, err, `devset: unknown mode "html"`)
}
