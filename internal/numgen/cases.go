package numgen

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
)

// CaseColumns are the columns of a numeral case file
// (extract/values/testdata/numerals/*.tsv), in order; its README says what
// each holds.
var CaseColumns = []string{
	"input", "raw", "kind", "number", "unit", "yuan", "canon", "low", "high",
	"op", "approx", "iso", "from", "to", "today", "note",
}

// Case is one row of a numeral case file: one value (or no value, or a
// warning) that the numeral grammar must find in Input.
type Case struct {
	Line   int // 1-based line in its file
	Input  string
	Raw    string // the value's raw text; "-" for Kind "none"
	Kind   string // a value kind, "none" or "warning"
	Number string // as written; for "warning", the warning code
	Unit   string
	Yuan   string // canonical, amounts
	Canon  string // canonical, in the canonical unit (percent for 成 and ‰)
	Low    string
	High   string
	Op     string
	Approx bool
	ISO    string
	From   string
	To     string
	Today  string // what extract/values gave when the case was written
	Note   string
}

// The values of the columns that take a fixed set.
var (
	caseKinds = []string{"amount", "percent", "percent_point", "quantity", "count",
		"duration", "date", "period", "none", "warning"}
	caseOps    = []string{"", ">=", "<=", ">", "<", "="}
	caseTodays = []string{"ok", "miss", "span", "wrong", "extra", "miss+extra", "span+extra", "wrong+extra"}
	isoDate    = regexp.MustCompile(`^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$`)
)

// UnparsedNumber is the warning code of a run of numeral characters that
// cannot be read as one number.
const UnparsedNumber = "values.unparsed_number"

// ReadCases reads a numeral case file: a header line of CaseColumns, then
// one tab-separated row per case. It checks every row and returns the first
// fault as "name:line: message".
func ReadCases(name string, r io.Reader) ([]Case, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var out []Case
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if line == 1 {
			if !slices.Equal(fields, CaseColumns) {
				return nil, fmt.Errorf("%s:1: header %q, want %q", name, fields, CaseColumns)
			}
			continue
		}
		if len(fields) != len(CaseColumns) {
			return nil, fmt.Errorf("%s:%d: %d columns, want %d", name, line, len(fields), len(CaseColumns))
		}
		c := Case{Line: line, Input: fields[0], Raw: fields[1], Kind: fields[2], Number: fields[3],
			Unit: fields[4], Yuan: fields[5], Canon: fields[6], Low: fields[7], High: fields[8],
			Op: fields[9], Approx: fields[10] == "true", ISO: fields[11], From: fields[12],
			To: fields[13], Today: fields[14], Note: fields[15]}
		if fields[10] != "" && fields[10] != "true" {
			return nil, fmt.Errorf("%s:%d: approx %q, want empty or true", name, line, fields[10])
		}
		if err := c.check(); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if line == 0 {
		return nil, fmt.Errorf("%s: empty, want a header line", name)
	}
	return out, nil
}

// check reports the first fault of one row on its own.
func (c *Case) check() error {
	switch {
	case c.Input == "":
		return fmt.Errorf("empty input")
	case !slices.Contains(caseKinds, c.Kind):
		return fmt.Errorf("kind %q, want one of %q", c.Kind, caseKinds)
	case !slices.Contains(caseOps, c.Op):
		return fmt.Errorf("op %q, want one of %q", c.Op, caseOps)
	case !slices.Contains(caseTodays, c.Today):
		return fmt.Errorf("today %q, want one of %q", c.Today, caseTodays)
	case (c.Kind == "none") != (c.Raw == "-"):
		return fmt.Errorf("raw %q with kind %s: raw is - exactly for none", c.Raw, c.Kind)
	case c.Raw != "-" && !strings.Contains(c.Input, c.Raw):
		return fmt.Errorf("raw %q is not in the input", c.Raw)
	}
	switch c.Kind {
	case "none":
		return c.wantEmpty("number", "unit", "yuan", "canon", "low", "high", "op", "iso", "from", "to")
	case "warning":
		if c.Number != UnparsedNumber {
			return fmt.Errorf("warning code %q, want %s", c.Number, UnparsedNumber)
		}
		return c.wantEmpty("unit", "yuan", "canon", "low", "high", "op", "iso", "from", "to")
	case "date":
		if !isoDate.MatchString(c.ISO) {
			return fmt.Errorf("iso %q, want YYYY, YYYY-MM or YYYY-MM-DD", c.ISO)
		}
		return c.wantEmpty("number", "unit", "yuan", "canon", "low", "high", "from", "to")
	case "period":
		if !isoDate.MatchString(c.From) || !isoDate.MatchString(c.To) {
			return fmt.Errorf("from %q to %q, want YYYY, YYYY-MM or YYYY-MM-DD", c.From, c.To)
		}
		return c.wantEmpty("number", "unit", "yuan", "canon", "low", "high", "iso")
	}
	return c.checkMeasure()
}

// checkMeasure checks the number columns of an amount, percent or other
// measure: a single value or a range, canonical decimals, and the canonical
// value equal to the number times its unit's multiplier.
func (c *Case) checkMeasure() error {
	if c.ISO != "" || c.From != "" || c.To != "" {
		return fmt.Errorf("iso, from or to set on a %s", c.Kind)
	}
	if c.Unit == "" {
		return fmt.Errorf("no unit")
	}
	canonCol, canon := "canon", c.Canon
	if c.Kind == "amount" {
		canonCol, canon = "yuan", c.Yuan
		if c.Canon != "" {
			return fmt.Errorf("canon set on an amount (its value is yuan)")
		}
	} else if c.Yuan != "" {
		return fmt.Errorf("yuan set on a %s", c.Kind)
	}
	if c.Low != "" || c.High != "" {
		if c.Number != "" || canon != "" {
			return fmt.Errorf("a range has no number and no %s", canonCol)
		}
		return checkCanonical(map[string]string{"low": c.Low, "high": c.High})
	}
	if err := checkCanonical(map[string]string{canonCol: canon}); err != nil {
		return err
	}
	n, err := Parse(c.Number)
	if err != nil {
		return fmt.Errorf("number: %v", err)
	}
	m, ok := unitMultiplier(c.Kind, c.Unit)
	if !ok {
		return nil // a unit without multiplier arithmetic here (平方米, 人次 …)
	}
	if want := mulShift(n, m); want != canon {
		return fmt.Errorf("%s %s, but %s %s is %s", canonCol, canon, c.Number, c.Unit, want)
	}
	return nil
}

// wantEmpty fails when any of the named columns is set.
func (c *Case) wantEmpty(cols ...string) error {
	vals := map[string]string{"number": c.Number, "unit": c.Unit, "yuan": c.Yuan,
		"canon": c.Canon, "low": c.Low, "high": c.High, "op": c.Op, "iso": c.ISO,
		"from": c.From, "to": c.To}
	for _, col := range cols {
		if vals[col] != "" {
			return fmt.Errorf("%s %q set on a %s", col, vals[col], c.Kind)
		}
	}
	if c.Approx && (c.Kind == "none" || c.Kind == "warning") {
		return fmt.Errorf("approx set on a %s", c.Kind)
	}
	return nil
}

// checkCanonical fails unless every value is set and a canonical decimal.
func checkCanonical(cols map[string]string) error {
	for _, col := range []string{"yuan", "canon", "low", "high"} {
		s, ok := cols[col]
		if !ok {
			continue
		}
		d, err := Parse(s)
		if err != nil {
			return fmt.Errorf("%s: %v", col, err)
		}
		if d.String() != s {
			return fmt.Errorf("%s %q is not canonical (%s)", col, s, d)
		}
	}
	return nil
}
