// Package ooxmltest holds what the fuzz targets of the OOXML readers share:
// inputs that keep Go's fuzzing engine fast on whole packages.
//
// A fuzz target over the bytes of a real package stalls under `go test
// -fuzz`: the engine minimizes every input that finds new coverage, for up
// to -fuzzminimizetime (60 s by default) each, and its minimizer is
// quadratic in the input's length, so on packages of a few kilobytes,
// where nearly every early mutation reaches a new branch of archive/zip or
// compress/flate, it spends the whole run minimizing (extract/xlsx's
// FuzzRead made 14 executions in 25 s). And a mutation of a deflated
// entry, or of a stored one with its CRC-32, is refused before any XML is
// read. So the targets take (base, at, patch): the fuzz input is patch
// written over one of a few bases — real packages, and Stored copies of
// them whose part bytes reach the XML scanner — or, past the bases, patch
// alone as the whole input (Input). Only patch is minimized, and only its
// first MaxPatch bytes count: the engine grows a []byte to kilobytes within
// seconds, and bytes that change nothing are cut off its tail at once,
// leaving the quadratic passes a few dozen bytes.
package ooxmltest

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// Zip builds a zip in memory from name, content pairs, in order, deflated
// as Office writes them.
func Zip(tb testing.TB, parts ...string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := zw.Create(parts[i])
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := io.WriteString(w, parts[i+1]); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// Bases reads the files named, for bases of Input: each file as it is,
// then, for each that is a zip, its Stored copy.
func Bases(paths []string) ([][]byte, error) {
	var bases, stored [][]byte
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		bases = append(bases, data)
		if s, err := Stored(data); err == nil {
			stored = append(stored, s)
		}
	}
	return append(bases, stored...), nil
}

// Stored returns the zip data rewritten with every entry stored (not
// deflated) and its CRC-32 zeroed: archive/zip checks a CRC-32 only when
// one is set, so a change to a part's bytes is read as XML rather than
// refused as a checksum error. Nothing else changes: names, order, content.
func Stored(data []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		content, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		w, err := zw.CreateRaw(&zip.FileHeader{Name: f.Name, Method: zip.Store,
			CompressedSize64: uint64(len(content)), UncompressedSize64: uint64(len(content))})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write(content); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// MaxPatch is how many bytes of a patch Input uses.
const MaxPatch = 64

// Input is the fuzz input of (base, at, patch): the first MaxPatch bytes
// of patch written over bases[base] at offset at modulo its length plus
// one (the base grows when the patch runs past its end), or, for a base
// past the last, those bytes alone. The bases are not changed.
func Input(bases [][]byte, base uint8, at uint16, patch []byte) []byte {
	patch = patch[:min(len(patch), MaxPatch)]
	if int(base) >= len(bases) {
		return patch
	}
	b := bases[base]
	i := int(at) % (len(b) + 1)
	out := make([]byte, max(len(b), i+len(patch)))
	copy(out, b)
	copy(out[i:], patch)
	return out
}

// SameConcurrently reads each file from several goroutines at once, many
// times, each read followed by a read of the next file (which takes the
// part buffers the first gave back to the pool), and fails unless every
// result is what a read of the file on its own gives: a Document that
// kept a slice of a pooled buffer would change under the next read.
func SameConcurrently[D any](t *testing.T, files []string, read func([]byte) (D, error)) {
	t.Helper()
	if len(files) == 0 {
		t.Fatal("no files to read")
	}
	inputs := make([][]byte, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inputs[i] = data
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 3 * len(inputs) {
				i := (g + k) % len(inputs)
				doc, err := read(inputs[i])
				_, err2 := read(inputs[(i+1)%len(inputs)])
				if err != nil || err2 != nil {
					t.Errorf("%s: %v %v", files[i], err, err2)
					return
				}
				if want, _ := read(inputs[i]); !reflect.DeepEqual(doc, want) {
					t.Errorf("%s: a Document changed after its buffers were reused", files[i])
				}
			}
		})
	}
	wg.Wait()
}

// CheckRead holds a read to what a reader promises whatever its input: a
// refusal is a *document.Error, and a Document keeps every span invariant
// (Document.Verify) and a canonical text. It reports whether there is a
// Document, for the caller's own checks.
func CheckRead(t *testing.T, doc *document.Document, err error) bool {
	t.Helper()
	if err != nil {
		var de *document.Error
		if !errors.As(err, &de) {
			t.Fatalf("error %T is not a *document.Error: %v", err, err)
		}
		return false
	}
	if err := doc.Verify(); err != nil {
		t.Fatal(err)
	}
	if document.Canon(doc.Text) != doc.Text {
		t.Fatal("text is not canonical")
	}
	return true
}

// CheckError holds a refusal to what a reader's test expects of it: a
// *document.Error of kind want, in part ("" for none), whose message says
// msg. It returns the error, for the caller's checks of its offset.
func CheckError(t *testing.T, doc *document.Document, err error, want *document.Kinded, msg, part string) *document.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, text %q", doc.Text)
	}
	var de *document.Error
	if !errors.As(err, &de) {
		t.Fatalf("error %T %v is not a *document.Error", err, err)
	}
	if !errors.Is(err, want) {
		t.Errorf("error %v is not %s", err, want.Code)
	}
	if !strings.Contains(err.Error(), msg) {
		t.Errorf("error %q does not say %q", err, msg)
	}
	if de.Part != part {
		t.Errorf("error in part %q, want %q (%v)", de.Part, part, err)
	}
	return de
}
