package profile

import (
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/jixiao-dev/jixiao/extract/document"
	"github.com/jixiao-dev/jixiao/extract/segment"
	"github.com/jixiao-dev/jixiao/extract/values"
	"github.com/jixiao-dev/jixiao/schema"
)

// TestResultValues checks Result.Values: the values given, in their order,
// each as Value.Schema converts it; and that a fact's value is an element
// of it (each value is converted once). Values given out of order give no
// Values, and the same facts.
func TestResultValues(t *testing.T) {
	_, doc := run(t, "000_0a15cb66ce3c31e1.txt")
	out := segment.Segment(doc, segment.Options{})
	vals := values.FromDocument(doc, values.Options{Year: out.FiscalYear, Exclude: out.Exclude})
	res := Profile(doc, out, vals, Options{})
	lines := document.NewLines(doc.Text)
	want := make([]schema.Value, len(vals))
	for i, v := range vals {
		want[i] = Schema(v, lines)
	}
	if !reflect.DeepEqual(res.Values, want) {
		t.Fatalf("Values differ from the conversion of the values given")
	}
	f := res.Facts.SelfEvaluation
	if f == nil || f.Funds == nil || f.Funds.ExecutionRate == nil {
		t.Fatal("the seed has no execution rate")
	}
	shared := false
	for i := range res.Values {
		shared = shared || &res.Values[i] == f.Funds.ExecutionRate
	}
	if !shared {
		t.Error("the execution rate is a copy, not an element of Values")
	}

	reversed := slices.Clone(vals)
	slices.Reverse(reversed)
	res2 := Profile(doc, out, reversed, Options{})
	if res2.Values != nil {
		t.Error("values out of order gave Values")
	}
	if !reflect.DeepEqual(res2.Facts, res.Facts) {
		t.Error("values out of order gave other facts")
	}
}

// slowSchema is the conversion of a value for the output by its
// definition, field by field, each decimal its own string: what
// Converter and Value.Schema must give.
func slowSchema(v values.Value, lines *document.Lines) schema.Value {
	line := func(off int) int {
		if lines == nil {
			return 0
		}
		return lines.Line(off)
	}
	out := schema.Value{
		Kind:            string(v.Kind),
		Raw:             v.Raw,
		Span:            schema.Span{Start: v.Start, End: v.End, Line: line(v.Start)},
		Number:          schema.Decimal(v.Number.String()),
		Unit:            v.Unit,
		UnitCanonical:   v.UnitCanonical,
		UnitSource:      string(v.UnitSource),
		Yuan:            schema.Decimal(v.Yuan.String()),
		NumberCanonical: schema.Decimal(v.Base.String()),
		Precision:       v.Number.Places(),
		ISO:             v.ISO,
		From:            v.From,
		To:              v.To,
		Low:             schema.Decimal(v.Low.String()),
		High:            schema.Decimal(v.High.String()),
		Op:              v.Op,
		Approx:          v.Approx,
	}
	if v.UnitSource != "" && v.UnitSource != values.Written {
		out.UnitSpan = &schema.Span{Start: v.UnitStart, End: v.UnitEnd, Line: line(v.UnitStart)}
	}
	return out
}

// TestConverter checks Converter, one value at a time and all at
// once, and Value.Schema with and without lines, against slowSchema on
// every value of the corpus.
func TestConverter(t *testing.T) {
	names, _ := filepath.Glob("../../corpus/*.txt")
	for _, n := range names {
		_, doc := run(t, filepath.Base(n))
		out := segment.Segment(doc, segment.Options{})
		vals := values.FromDocument(doc, values.Options{Year: out.FiscalYear, Exclude: out.Exclude})
		lines := document.NewLines(doc.Text)
		all := make([]schema.Value, len(vals))
		c := Converter{Line: lines.Line}
		c.ConvertAll(vals, all)
		var one Converter
		for i, v := range vals {
			want := slowSchema(v, lines)
			if !reflect.DeepEqual(all[i], want) {
				t.Fatalf("%s value %d: ConvertAll gives %+v, want %+v", n, i, all[i], want)
			}
			if got := Schema(v, lines); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s value %d: Schema gives %+v, want %+v", n, i, got, want)
			}
			var got schema.Value
			one.Convert(&vals[i], &got)
			want = slowSchema(v, nil)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s value %d: the zero Converter gives %+v, want %+v", n, i, got, want)
			}
			if got := Schema(v, nil); !reflect.DeepEqual(got, want) {
				t.Fatalf("%s value %d: Schema(nil) gives %+v, want %+v", n, i, got, want)
			}
		}
	}
}

// TestLineCounter checks lineCounter against document.Lines on every
// corpus text, for offsets asked in order, backwards and at random, and
// offsets out of the text.
func TestLineCounter(t *testing.T) {
	names, _ := filepath.Glob("../../corpus/*.txt")
	texts := []string{"", "\n", "a\nb", "\n\n\n"}
	for _, n := range names {
		_, doc := run(t, filepath.Base(n))
		texts = append(texts, doc.Text)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, text := range texts {
		lines := document.NewLines(text)
		var offsets []int
		for o := -2; o <= len(text)+2; o++ {
			offsets = append(offsets, o)
		}
		for o := len(text) + 2; o >= -2; o-- {
			offsets = append(offsets, o)
		}
		for range 500 {
			offsets = append(offsets, rng.IntN(len(text)+5)-2)
		}
		l := lineCounter{text: text}
		for _, o := range offsets {
			if got, want := l.at(o), lines.Line(o); got != want {
				t.Fatalf("%.20q: line of %d is %d, want %d", text, o, got, want)
			}
		}
	}
}
