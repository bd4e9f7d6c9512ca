package extract

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/check"
	"github.com/jixiao-dev/jixiao/extract/profile"
	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/write"
)

// benchInputs are the corpus files the stage benchmarks run on: the seed as
// text and as a Word-made DOCX, and as LibreOffice saves it as a web page
// and as Word 97, and as a converter writes it in Markdown.
var benchInputs = []string{"000_0a15cb66ce3c31e1.txt", "010_seed_word.docx", "100_seed_libreoffice_utf8.html", "120_seed_libreoffice.doc", "130_seed_converter.md"}

// BenchmarkStages measures each stage of the pipeline on its own (assemble:
// converting the stages' results into the report's types), and the whole
// pipeline, over the seed as text and as DOCX. MB/s is input bytes per
// second; docs/s is reported as a metric.
func BenchmarkStages(b *testing.B) {
	for _, name := range benchInputs {
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
		rep, err := Extract(name, data, Options{})
		if err != nil {
			b.Fatal(err)
		}
		stages := []struct {
			name string
			run  func()
		}{
			{"read", func() { _, _ = Read(name, data, Options{}) }},
			{"segment", func() { segment.Segment(doc, segment.Options{}) }},
			{"values", func() {
				values.FromDocument(doc, values.Options{Year: outline.FiscalYear, Exclude: outline.Exclude})
			}},
			{"profile", func() { profile.Profile(doc, outline, vals, profile.Options{}) }},
			{"check", func() { check.Check(prof.Facts, check.Options{}) }},
			{"assemble", func() { assemble(name, data, doc, outline, vals, prof, checks) }},
			{"encode", func() { _ = write.Encode(io.Discard, rep, false) }},
			{"all", func() {
				r, _ := Extract(name, data, Options{})
				_ = write.Encode(io.Discard, r, false)
			}},
		}
		for _, st := range stages {
			b.Run(name+"/"+st.name, func(b *testing.B) {
				b.SetBytes(int64(len(data)))
				b.ReportAllocs()
				for b.Loop() {
					st.run()
				}
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
			})
		}
	}
}
