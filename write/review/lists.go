package review

// listed is how many items of a panel's list (failed and warned checks,
// warnings, the top level of the outline, annexes) a page writes as HTML;
// the script lists the rest from the page's data, a few hundred at a time,
// when the list's end comes into view. A report has a handful of each,
// but a compilation of a thousand reports has a thousand failed checks
// and ten thousand headings, and HTML for them all would cost as much to
// load as the document.
const listed = 200

// outlineJSON is an outline entry the script lists: id, marker, title,
// the title's span ("START-END") and the entries under it.
type outlineJSON struct {
	ID       string        `json:"i"`
	Marker   string        `json:"m"`
	Title    string        `json:"t"`
	S        string        `json:"s"`
	Children []outlineJSON `json:"c,omitempty"`
}

// split leaves the first listed items of each long list to the page's
// HTML and moves the rest into its data.
func (d *pageData) split(b *builder) {
	if open := d.Checks.Open; len(open) > listed {
		for _, v := range open[listed:] {
			d.Lists.Open = append(d.Lists.Open, b.checkJSON(v))
		}
		d.Checks.Open = open[:listed:listed]
	}
	if len(d.Warnings) > listed {
		for i := listed; i < len(d.Warnings); i++ {
			w := &d.Lists.Warnings[i]
			s := b.rep.Warnings[i].Span
			w.Span, w.Line, w.Text = &[2]int{s.Start, s.End}, s.Line, d.Warnings[i].Link.Text
		}
		d.Warnings = d.Warnings[:listed]
	}
	d.Outline, d.Lists.Outline = splitOutline(d.Outline)
	d.Annexes, d.Lists.AnnexOut = splitOutline(d.Annexes)
}

// splitOutline cuts an outline after listed entries.
func splitOutline(items []outlineItem) ([]outlineItem, []outlineJSON) {
	if len(items) <= listed {
		return items, nil
	}
	return items[:listed], outlineData(items[listed:])
}

func outlineData(items []outlineItem) []outlineJSON {
	var out []outlineJSON
	for _, it := range items {
		out = append(out, outlineJSON{ID: it.ID, Marker: it.Marker, Title: it.Title, S: it.S, Children: outlineData(it.Children)})
	}
	return out
}
