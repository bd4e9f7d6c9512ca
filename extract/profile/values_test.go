package profile

import (
	"reflect"
	"slices"
	"testing"

	"jixiao/extract/document"
	"jixiao/extract/segment"
	"jixiao/extract/values"
	"jixiao/schema"
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
		want[i] = v.Schema(lines)
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
