package extract

import (
	"os"
	"path/filepath"
	"testing"

	"jixiao/extract/check"
	"jixiao/extract/profile"
	"jixiao/extract/segment"
	"jixiao/extract/values"
)

// BenchmarkAssemble measures assemble alone: converting the stages' results
// of the seed (as text and as DOCX) into the schema types of the report.
func BenchmarkAssemble(b *testing.B) {
	for _, name := range benchInputs {
		b.Run(name, func(b *testing.B) {
			data, err := os.ReadFile(filepath.Join("../corpus", name))
			if err != nil {
				b.Fatal(err)
			}
			doc, err := Read(name, data, Options{})
			if err != nil {
				b.Fatal(err)
			}
			outline := segment.Segment(doc, segment.Options{})
			vals := values.FromDocument(doc, values.Options{Year: outline.FiscalYear, Exclude: outline.Exclude})
			prof := profile.Profile(doc, outline, vals, profile.Options{})
			checks := check.Check(prof.Facts, check.Options{})
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				assemble(name, data, doc, outline, vals, prof, checks)
			}
		})
	}
}
