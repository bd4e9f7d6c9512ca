// Package devset makes the text half of jixiao's real-world development set:
// the text that poppler's pdftotext gives of each PDF of ../shared/realworld/pdf,
// in its two modes, kept in a cache so that tests run the tool once per PDF
// and poppler version.
//
// Two modes are made, as a user would make them:
//
//	ModeRaw     pdftotext -enc UTF-8 FILE.pdf OUT.txt          (reading order, one cell per line in tables)
//	ModeLayout  pdftotext -enc UTF-8 -layout FILE.pdf OUT.txt  (columns kept with runs of spaces)
//
// Both separate pages with a form feed (U+000C). The cache file of a PDF is
// named by the SHA-256 of the PDF's bytes, the tool's version and the mode
// ("d45e9231…-poppler-22.12.0-layout.txt"), so a changed PDF or another
// poppler never reuses a stale text. The full texts are never committed:
// they are made where the PDFs are (../shared is absent from a user's clone).
//
// pdftotext is used here, in tests, as the way users turn PDFs into text; it
// is never used by jixiao at run time.
package devset

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sync"
)

// Mode is a pdftotext mode.
type Mode string

// The modes made for every PDF.
const (
	ModeRaw    Mode = "raw"
	ModeLayout Mode = "layout"
)

// Modes lists the modes in the order tests report them.
var Modes = []Mode{ModeRaw, ModeLayout}

// ErrNoTool says that pdftotext is not installed (Debian: apt-get install
// poppler-utils).
var ErrNoTool = errors.New("pdftotext not found (install poppler-utils)")

// Maker makes and caches texts. The zero value is not usable: CacheDir must
// be set (tests use os.UserCacheDir()/jixiao-devset).
type Maker struct {
	// CacheDir holds the texts; it is created when missing.
	CacheDir string
	// Tool is the pdftotext binary; "" means "pdftotext" on PATH.
	Tool string

	once    sync.Once
	version string
	err     error
}

// Version returns the tool's version as a file-name-safe word
// ("poppler-22.12.0"), or ErrNoTool.
func (m *Maker) Version() (string, error) {
	m.once.Do(func() { m.version, m.err = toolVersion(m.tool()) })
	return m.version, m.err
}

func (m *Maker) tool() string {
	if m.Tool == "" {
		return "pdftotext"
	}
	return m.Tool
}

// versionRE finds the version in `pdftotext -v` (poppler prints
// "pdftotext version 22.12.0" to standard error; xpdf prints
// "pdftotext version 4.04").
var versionRE = regexp.MustCompile(`pdftotext version ([0-9][0-9A-Za-z.\-]*)`)

func toolVersion(tool string) (string, error) {
	path, err := exec.LookPath(tool)
	if err != nil {
		return "", ErrNoTool
	}
	out, _ := exec.Command(path, "-v").CombinedOutput() // exits 0 or 99 by version; the text is what counts
	m := versionRE.FindSubmatch(out)
	if m == nil {
		return "", fmt.Errorf("%s -v: no version in %q", tool, firstLine(out))
	}
	family := "xpdf"
	if bytes.Contains(out, []byte("Poppler")) || bytes.Contains(out, []byte("poppler")) {
		family = "poppler"
	}
	return family + "-" + string(m[1]), nil
}

func firstLine(b []byte) []byte {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i]
	}
	return b
}

// Text returns the text of the PDF at path in the given mode, from the cache
// or made now. The cache is written atomically (temporary file, rename), so
// parallel test processes never read half a file.
func (m *Maker) Text(path string, mode Mode) ([]byte, error) {
	if mode != ModeRaw && mode != ModeLayout {
		return nil, fmt.Errorf("devset: unknown mode %q", mode)
	}
	version, err := m.Version()
	if err != nil {
		return nil, err
	}
	pdf, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(pdf)
	name := fmt.Sprintf("%s-%s-%s.txt", hex.EncodeToString(sum[:]), version, mode)
	cached := filepath.Join(m.CacheDir, name)
	if b, err := os.ReadFile(cached); err == nil {
		return b, nil
	}
	if err := os.MkdirAll(m.CacheDir, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(m.CacheDir, name+".*.tmp")
	if err != nil {
		return nil, err
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	args := []string{"-q", "-enc", "UTF-8"}
	if mode == ModeLayout {
		args = append(args, "-layout")
	}
	args = append(args, path, tmp.Name())
	if out, err := exec.Command(m.tool(), args...).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("%s %s: %v: %s", m.tool(), filepath.Base(path), err, firstLine(out))
	}
	b, err := os.ReadFile(tmp.Name())
	if err != nil {
		return nil, err
	}
	if err := os.Rename(tmp.Name(), cached); err != nil {
		return nil, err
	}
	return b, nil
}
