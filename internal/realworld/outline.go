// Package realworld loads the expected outlines and tables written by reading
// the real documents of ../shared/realworld (extract/testdata/realworld, format
// in its README.md) and scores a report against them: heading precision,
// recall and F1, table rows and 目录 entries found in the section tree, the
// share of a table's figures typed as amounts in the table's unit, and the
// share of its cells found at their place.
//
// The package knows the output schema and nothing of the pipeline, so the
// text-layout tests (extract/realworld_test.go) and the PDF reader's tests
// share it. It does no I/O except in the Load functions, which read the
// annotation files they are given.
package realworld

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Kind is the kind of an outline line.
type Kind string

// The kinds of outline lines (see extract/testdata/realworld/README.md).
const (
	Heading  Kind = "h"    // a narrative heading that must be found
	Optional Kind = "opt"  // a numbered paragraph that may be read either way
	Item     Kind = "item" // a list item that must not be a heading
	TOC      Kind = "toc"  // a 目录 entry that must not be in the section tree
	Row      Kind = "row"  // a table row label that must not be a heading
)

// Entry is one line of an expected outline.
type Entry struct {
	Kind   Kind
	Level  int
	Marker string
	Title  string
	Page   int // 1-based page where the line stands
	// Printed is the page number printed after a 目录 entry, 0 when none.
	Printed int
	Line    int // line of the annotation file, for messages
}

// Outline is an expected outline with its document-level expectations.
type Outline struct {
	Name    string // the file it was read from, for messages
	Entries []Entry
	// Meta holds title, unit, year and page_break.
	Meta map[string]string
	// TOCPages and TablePages are the pages that hold the 目录 or only
	// tables.
	TOCPages, TablePages PageSet
}

// Of returns the entries of one kind, in document order.
func (o *Outline) Of(k Kind) []Entry {
	var out []Entry
	for _, e := range o.Entries {
		if e.Kind == k {
			out = append(out, e)
		}
	}
	return out
}

// PageBreak is the separator of pages in a text version of the document:
// the meta page_break, or a form feed.
func (o *Outline) PageBreak() string {
	if s := o.Meta["page_break"]; s != "" {
		return s
	}
	return "\f"
}

// LoadOutline reads an outline file.
func LoadOutline(path string) (*Outline, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseOutline(path, f)
}

// ParseOutline reads an outline from r; name is used in errors.
func ParseOutline(name string, r io.Reader) (*Outline, error) {
	o := &Outline{Name: name, Meta: map[string]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := o.parseLine(line, n); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return o, nil
}

func (o *Outline) parseLine(line string, n int) error {
	f := strings.Split(line, "\t")
	switch f[0] {
	case "meta":
		if len(f) != 3 {
			return fmt.Errorf("meta wants 3 fields (meta, key, value), got %d", len(f))
		}
		o.Meta[f[1]] = f[2]
		return nil
	case "pages":
		if len(f) != 3 {
			return fmt.Errorf("pages wants 3 fields (pages, toc|table, ranges), got %d", len(f))
		}
		set, err := ParsePages(f[2])
		if err != nil {
			return err
		}
		switch f[1] {
		case "toc":
			o.TOCPages = append(o.TOCPages, set...)
		case "table":
			o.TablePages = append(o.TablePages, set...)
		default:
			return fmt.Errorf("pages: want toc or table, got %q", f[1])
		}
		return nil
	}
	e, err := parseEntry(f)
	if err != nil {
		return err
	}
	e.Line = n
	o.Entries = append(o.Entries, e)
	return nil
}

func parseEntry(f []string) (Entry, error) {
	k := Kind(f[0])
	switch k {
	case Heading, Optional, Item, TOC, Row:
	default:
		return Entry{}, fmt.Errorf("unknown kind %q (want h, opt, item, toc, row, meta or pages)", f[0])
	}
	if len(f) != 5 && len(f) != 6 {
		return Entry{}, fmt.Errorf("%s wants 5 or 6 fields (kind, level, marker, title, page[, printed page]), got %d", k, len(f))
	}
	level, err := strconv.Atoi(f[1])
	if err != nil || level < 0 || level > 9 {
		return Entry{}, fmt.Errorf("level %q is not 0…9", f[1])
	}
	page, err := strconv.Atoi(f[4])
	if err != nil || page < 1 {
		return Entry{}, fmt.Errorf("page %q is not a page number", f[4])
	}
	if strings.TrimSpace(f[3]) == "" {
		return Entry{}, fmt.Errorf("empty title")
	}
	e := Entry{Kind: k, Level: level, Marker: f[2], Title: f[3], Page: page}
	if len(f) == 6 && f[5] != "" {
		if e.Printed, err = strconv.Atoi(f[5]); err != nil {
			return Entry{}, fmt.Errorf("printed page %q is not a number", f[5])
		}
	}
	return e, nil
}

// PageSet is a set of 1-based pages, as ranges.
type PageSet [][2]int

// ParsePages reads "2-3", "10-28,31-35" or "7".
func ParsePages(s string) (PageSet, error) {
	var set PageSet
	for _, part := range strings.Split(s, ",") {
		lo, hi, found := strings.Cut(strings.TrimSpace(part), "-")
		a, err := strconv.Atoi(lo)
		if err != nil || a < 1 {
			return nil, fmt.Errorf("pages %q: %q is not a page", s, lo)
		}
		b := a
		if found {
			if b, err = strconv.Atoi(hi); err != nil || b < a {
				return nil, fmt.Errorf("pages %q: %q is not a page at or after %d", s, hi, a)
			}
		}
		set = append(set, [2]int{a, b})
	}
	return set, nil
}

// Has reports whether page p is in the set.
func (s PageSet) Has(p int) bool {
	for _, r := range s {
		if p >= r[0] && p <= r[1] {
			return true
		}
	}
	return false
}

// String writes the set back as ParsePages reads it.
func (s PageSet) String() string {
	parts := make([]string, len(s))
	for i, r := range s {
		if r[0] == r[1] {
			parts[i] = strconv.Itoa(r[0])
		} else {
			parts[i] = fmt.Sprintf("%d-%d", r[0], r[1])
		}
	}
	return strings.Join(parts, ",")
}
