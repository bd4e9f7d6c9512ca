package review

import (
	"bufio"
	"io"

	"github.com/jixiao-dev/jixiao/schema"
)

// Page writes the review page of rep, whose spans point into text. It
// returns an error, and writes nothing, when a span of the report does not
// fit the text or the text is not UTF-8; otherwise the only errors are w's.
func Page(w io.Writer, rep *schema.Report, text string) error {
	data, b, err := newPage(rep, text)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := templates.ExecuteTemplate(bw, "page-head", data); err != nil {
		return err
	}
	if err := b.writeData(bw, data); err != nil {
		return err
	}
	if err := templates.ExecuteTemplate(bw, "page-end", data); err != nil {
		return err
	}
	return bw.Flush()
}

// Summary is one row of the index: an input of the batch and what its
// report holds, or why it has none.
type Summary struct {
	// Path is the input's path as given.
	Path string
	// Href is the link to the input's page, relative to the index; empty
	// when there is no page.
	Href string
	// Error is why the input could not be read; empty when it was.
	Error string
	// Format, Kind, Unit, Title and Year are the report's.
	Format, Kind, Unit, Title string
	Year                      int
	// Values, Failed, Warned, Passed and Warnings count the report's values,
	// checks by status, and warnings.
	Values, Failed, Warned, Passed, Warnings int
}

// Summarize makes the index row of a report; the caller sets Href.
func Summarize(rep *schema.Report) Summary {
	s := Summary{
		Path:     rep.Source.Path,
		Format:   rep.Source.Format,
		Kind:     rep.Kind,
		Unit:     rep.Unit,
		Title:    rep.Title,
		Year:     rep.FiscalYear,
		Values:   len(rep.Values),
		Warnings: len(rep.Warnings),
	}
	for _, c := range rep.Checks {
		switch c.Status {
		case "fail":
			s.Failed++
		case "warn":
			s.Warned++
		default:
			s.Passed++
		}
	}
	return s
}

// Index writes the index page of a batch, one row per summary in the order
// given (the page sorts them on request).
func Index(w io.Writer, rows []Summary) error {
	return execute(w, "index", newIndex(rows))
}

// execute runs a template into w through a buffer, so that a page is written
// in large writes.
func execute(w io.Writer, name string, data any) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := templates.ExecuteTemplate(bw, name, data); err != nil {
		return err
	}
	return bw.Flush()
}
