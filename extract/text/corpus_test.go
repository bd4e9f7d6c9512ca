package text_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"golang.org/x/text/encoding/unicode"

	"github.com/jixiao-dev/jixiao/extract/text"
)

var writeVariants = flag.Bool("write-variants", false, "rewrite the corpus variants of the seed (corpus/00[1-4]_seed_*.txt)")

// TestCorpusVariants keeps the corpus files derived from the seed honest: each
// must be exactly the seed re-encoded, and must read to the seed's Document.
// Regenerate them with
//
//	go test ./extract/text -run TestCorpusVariants -write-variants
func TestCorpusVariants(t *testing.T) {
	seed := readSeed(t)
	want, err := text.Read(seed, text.Options{})
	if err != nil {
		t.Fatal(err)
	}
	variants := []struct {
		name string
		data []byte
		enc  string
	}{
		{"001_seed_gb18030.txt", encodeGB18030(t, seed), "gb18030"},
		{"002_seed_utf16le_bom.txt", encodeUTF16(t, seed, unicode.LittleEndian, true), "utf-16le"},
		{"003_seed_utf8_bom.txt", append([]byte("\xEF\xBB\xBF"), seed...), "utf-8-bom"},
		{"004_seed_crlf.txt", crlf(seed), "utf-8"},
	}
	for _, v := range variants {
		t.Run(v.name, func(t *testing.T) {
			path := filepath.Join("../../corpus", v.name)
			if *writeVariants {
				if err := os.WriteFile(path, v.data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (regenerate with -write-variants)", err)
			}
			if !bytes.Equal(data, v.data) {
				t.Fatalf("%s is not the seed re-encoded (regenerate with -write-variants)", path)
			}
			got, err := text.Read(data, text.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got.Encoding != v.enc {
				t.Errorf("Encoding = %q, want %q", got.Encoding, v.enc)
			}
			got.Encoding = want.Encoding
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Document differs from the seed's")
			}
		})
	}
}
