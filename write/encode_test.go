package write

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/jixiao-dev/jixiao/schema"
)

// viaJSON is what encoding/json writes for v: the specification of Marshal.
func viaJSON(v any, indent bool) ([]byte, error) {
	var buf bytes.Buffer
	err := encodeJSON(&buf, v, indent)
	return buf.Bytes(), err
}

// sameAsJSON fails t unless Marshal and Encode give encoding/json's bytes
// and error for v, compact and indented.
func sameAsJSON(t *testing.T, name string, v any) {
	t.Helper()
	for _, indent := range []bool{false, true} {
		want, wantErr := viaJSON(v, indent)
		got, err := Marshal(v, indent)
		if (err != nil) != (wantErr != nil) || (err == nil && !bytes.Equal(got, want)) {
			t.Fatalf("%s (indent %v): Marshal differs from encoding/json\n got: %s (err %v)\nwant: %s (err %v)", name, indent, got, err, want, wantErr)
		}
		var buf bytes.Buffer
		err = Encode(&buf, v, indent)
		if (err != nil) != (wantErr != nil) || (err == nil && !bytes.Equal(buf.Bytes(), want)) {
			t.Fatalf("%s (indent %v): Encode differs from encoding/json\n got: %s (err %v)\nwant: %s (err %v)", name, indent, buf.Bytes(), err, want, wantErr)
		}
	}
}

// TestGeneratedEncoderIsCurrent fails when a type of package schema changed
// without `go generate ./write`: reports would then go through
// encoding/json, right but slow.
func TestGeneratedEncoderIsCurrent(t *testing.T) {
	if !useGenerated {
		t.Skip("built with -tags jixiao_stdjson")
	}
	if !generatedCurrent() {
		t.Fatal("write/encode_gen.go is stale: run go generate ./write")
	}
}

// TestEncodeGoldens re-encodes every golden report both ways: the generated
// encoder must write encoding/json's bytes.
func TestEncodeGoldens(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "golden", "*.json"))
	if len(paths) == 0 {
		t.Skip("no golden/*.json")
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var r schema.Report
		if err := json.Unmarshal(data, &r); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if e := encodeReport(&r); e != nil {
			putEncoder(e)
		} else if useGenerated {
			t.Fatalf("%s: the generated encoder gave up", p)
		}
		sameAsJSON(t, p, &r)
	}
}

// TestEncodeCases covers what the goldens may not: escapes, invalid UTF-8,
// nil against empty, omitempty edges, map order, and Decimals that are not
// plain numbers (encoding/json compacts or refuses them; so must we).
func TestEncodeCases(t *testing.T) {
	n := 3
	tests := []struct {
		name string
		v    any
	}{
		{"nil report", (*schema.Report)(nil)},
		{"zero report", &schema.Report{}},
		{"empty slices", &schema.Report{Sections: []schema.Section{}, Tables: []schema.Table{{Rows: [][]schema.Cell{{}, nil}}}}},
		{"escapes", &schema.Report{Title: "a\"b\\c\n\r\t\b\f\x00\x1f\x7f<>&\u2028\u2029 \u2027\u202a —≥"}},
		{"invalid UTF-8", &schema.Report{Title: "a\xffb\xe2\x80c\xe2\x80\xa8d\xed\xa0\x80"}},
		{"map order and nil values", &schema.Report{Facts: &schema.Facts{BasicData: &schema.BasicData{ExpenseControl: []schema.ExpenseRow{
			{Values: map[string]*schema.Value{"b": nil, "a": {Kind: "amount"}, "": {}, "中": {}}, Texts: map[string]schema.Text{"z": {}, "y": {Text: "t"}}},
			{Values: map[string]*schema.Value{}, Texts: map[string]schema.Text{}}}}}}},
		{"pointer int", &schema.Report{Facts: &schema.Facts{Departments: &schema.Departments{Count: &n}}}},
		{"decimals", &schema.Report{Values: []schema.Value{{Number: "-0.5e+10", Yuan: "0", Low: "12.30"}}}},
		{"decimal with spaces", &schema.Report{Values: []schema.Value{{Number: " 1 "}}}},
		{"decimal not a number", &schema.Report{Values: []schema.Value{{Number: "1,000"}}}},
		{"decimal other JSON", &schema.Report{Checks: []schema.Check{{Expected: `"x"`}}}},
		{"not a report", map[string]int{"b": 1, "a": 2}},
		{"report by value", schema.Report{Title: "v"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { sameAsJSON(t, tc.name, tc.v) })
	}
}

// TestIsJSONNumber checks the number grammar against encoding/json's
// validator.
func TestIsJSONNumber(t *testing.T) {
	for _, s := range []string{"0", "-0", "1", "10", "01", "1.", ".5", "1.5", "-1.50", "1e5", "1E+5", "1e-05", "1e", "1e+",
		"+1", "--1", "-", "", "1.5.5", "0x10", "1 ", "NaN", "1_000", "９"} {
		want := json.Valid([]byte(s))
		if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') {
			want = false // valid JSON, but compacting would change it
		}
		if got := isJSONNumber(s); got != want {
			t.Errorf("isJSONNumber(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzEncode fills a schema.Report from the fuzz input, every field of every
// reachable type included, and checks that the generated encoder writes
// encoding/json's bytes (or fails when it fails).
func FuzzEncode(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
	f.Add(bytes.Repeat([]byte{0xff, 7, 3}, 40))
	f.Add(bytes.Repeat([]byte{2, 1}, 100))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r schema.Report
		f := &filler{data: data}
		f.badDecimals = f.next(4) == 0
		fill(reflect.ValueOf(&r).Elem(), f, 0)
		sameAsJSON(t, "fuzzed", &r)
	})
}

// filler draws the choices of fill from fuzz input; past its end every
// choice is 0.
type filler struct {
	data        []byte
	i           int
	badDecimals bool // also pick Decimals that are not plain JSON numbers
}

// next returns a choice in [0, n).
func (f *filler) next(n int) int {
	if f.i >= len(f.data) {
		return 0
	}
	c := int(f.data[f.i]) % n
	f.i++
	return c
}

// fillStrings are the strings fill picks from: escapes, invalid UTF-8,
// Han, and the line separators encoding/json escapes.
var fillStrings = []string{"", "预算执行率", "a\"\\\n\t\x01", "\xff\xfe", "\u2028x\u2029", "<&>", "≥90%", "—", "\xe2\x80"}

// fillDecimals are the Decimals fill picks from; the last two are not
// plain JSON numbers.
var fillDecimals = []schema.Decimal{"", "0", "-12.50", "1e3", "179.52", " 1", "x"}

// fill sets v, and everything it reaches, from f's choices; below depth 4
// it leaves pointers, slices and maps nil so the value stays small.
func fill(v reflect.Value, f *filler, depth int) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), f, depth+1)
			}
		}
	case reflect.Pointer:
		if depth < 6 && f.next(2) == 1 {
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem(), f, depth+1)
		}
	case reflect.Slice:
		if c := f.next(4); depth < 6 && c > 0 {
			n := c - 1
			v.Set(reflect.MakeSlice(v.Type(), n, n))
			for i := range n {
				fill(v.Index(i), f, depth+1)
			}
		}
	case reflect.Map:
		if c := f.next(4); depth < 6 && c > 0 {
			v.Set(reflect.MakeMap(v.Type()))
			for range c - 1 {
				k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
				fill(k, f, depth+1)
				fill(e, f, depth+1)
				v.SetMapIndex(k, e)
			}
		}
	case reflect.String:
		if v.Type() == reflect.TypeFor[schema.Decimal]() {
			n := len(fillDecimals)
			if !f.badDecimals {
				n -= 2
			}
			v.SetString(string(fillDecimals[f.next(n)]))
		} else {
			v.SetString(fillStrings[f.next(len(fillStrings))])
		}
	case reflect.Int, reflect.Int64:
		v.SetInt([]int64{0, 1, -7, 1 << 40}[f.next(4)])
	case reflect.Bool:
		v.SetBool(f.next(2) == 1)
	default:
		panic("fill: unexpected kind " + v.Kind().String())
	}
}
