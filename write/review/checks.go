package review

import (
	"sort"
	"strconv"

	"github.com/jixiao-dev/jixiao/schema"
)

// checkView is a check as the checks panel shows it.
type checkView struct {
	Status   string // "fail", "warn" or "pass"
	Label    string // the status in Chinese
	Rule     string
	Message  string
	Figures  []figure // expected, actual, tolerance: those the check has
	Spans    string   // every span, for data-spans
	Links    []spanLink
	Position int // the check's index in report.checks
}

// figure is a labelled number of a check, with its unit.
type figure struct {
	Label, Value string
}

// spanLink is a link to one span of a check or warning.
type spanLink struct {
	S    string
	Line int
	Text string
}

// statusLabels name the statuses on the page.
var statusLabels = map[string]string{"fail": "不通过", "warn": "提示", "pass": "通过"}

// statusRank orders the checks panel: failed first, then warned, then the
// rest.
func statusRank(s string) int {
	switch s {
	case "fail":
		return 0
	case "warn":
		return 1
	}
	return 2
}

// snippetRunes is how much of a span's text a link shows.
const snippetRunes = 16

// checkLists are the checks of the panel: failed then warned ones, open
// from the start, and the passed ones, folded.
type checkLists struct {
	Open, Passed []checkView
}

// checks lists the checks, failed and warned first, and counts them.
func (b *builder) checks() (checkLists, counts) {
	var c counts
	out := make([]checkView, 0, len(b.rep.Checks))
	for i, k := range b.rep.Checks {
		switch k.Status {
		case "fail":
			c.Failed++
		case "warn":
			c.Warned++
		default:
			c.Passed++
		}
		v := checkView{Status: k.Status, Label: statusLabels[k.Status], Rule: k.Rule, Message: k.Message, Position: i}
		if v.Label == "" {
			v.Status, v.Label = "pass", k.Status
		}
		v.Figures = checkFigures(k)
		var spans []schema.Span
		for j, s := range k.Spans {
			if b.fits(s, func() string { return "check " + strconv.Itoa(i) + " span " + strconv.Itoa(j) }) && v.Status != "pass" {
				spans = append(spans, s)
				v.Links = append(v.Links, spanLink{S: attr(s), Line: s.Line, Text: snippet(b.text, s, snippetRunes)})
			}
		}
		v.Spans = attrList(spans) // passed checks go to the page's data instead (see data)
		out = append(out, v)
	}
	sort.SliceStable(out, func(i, j int) bool { return statusRank(out[i].Status) < statusRank(out[j].Status) })
	n := c.Failed + c.Warned
	return checkLists{Open: out[:n:n], Passed: out[n:]}, c
}

// checkFigures are a check's expected, actual and tolerance with its unit:
// a rate's expected and actual in %, its tolerance in percentage points.
func checkFigures(k schema.Check) []figure {
	var out []figure
	add := func(label string, d schema.Decimal, tolerance bool) {
		if d == "" {
			return
		}
		unit := k.Unit
		if unit == "百分点" && !tolerance {
			unit = "%"
		}
		out = append(out, figure{Label: label, Value: string(d) + unit})
	}
	add("计算值 expected", k.Expected, false)
	add("报告值 actual", k.Actual, false)
	add("容差 tolerance", k.Tolerance, true)
	return out
}

// warningView is a warning as the warnings panel shows it.
type warningView struct {
	Code, Message string
	Link          spanLink
}

// warnings lists the warnings in report order.
func (b *builder) warnings() []warningView {
	out := make([]warningView, 0, len(b.rep.Warnings))
	for i, w := range b.rep.Warnings {
		if !b.fits(w.Span, func() string { return "warning " + strconv.Itoa(i) }) {
			continue
		}
		out = append(out, warningView{Code: w.Code, Message: w.Message,
			Link: spanLink{S: attr(w.Span), Line: w.Span.Line, Text: snippet(b.text, w.Span, snippetRunes)}})
	}
	return out
}
