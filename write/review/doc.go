// Package review writes the review page of a report: one self-contained HTML
// file in which an auditor reads the document as it was written, sees every
// figure jixiao read highlighted in place, and follows each consistency check
// to the figures behind it. Index writes the page that lists a batch of them.
//
// # Input
//
// Page takes a *schema.Report and the canonical text its spans point into
// (the text `jixiao text FILE` prints; extract.Read gives it as
// Document.Text). Every span the page uses (sections, annexes, tables and
// cells, values, facts, checks, warnings, pages) must lie within the text,
// with start <= end, on UTF-8 character boundaries; a span that does not is
// an error naming it, and nothing is written. A report and the text of
// another input are not detected beyond that.
//
// # The page
//
//   - The document: the text laid out by sections and annexes. A section's
//     heading (its marker and title, plus trailing punctuation on the same
//     line) becomes a heading element (h2 for level 1 … h6) with the id
//     "s-N" (N counts sections depth first from 1); a run-in heading, whose
//     line goes on with body text ("（一）主要职能。本单位…"), is a span with
//     that id and role="heading" at the start of the paragraph. An annex
//     marker line becomes a heading with the id "a-N" (N is the annex's
//     position from 1). Tables are drawn as HTML tables with rowspan and
//     colspan from row_span and col_span, a cell's locator (sheet!ref, page)
//     as its title; a nested table is drawn inside its cell. Every other non-blank line is a paragraph; blank lines are
//     dropped. Page furniture (running heads, page numbers) is shown dimmed,
//     and a paged source gets a marker at each page start. Text in a table's
//     span that no cell covers (other than white space) is shown after the
//     table, never dropped. The document is cut into parts (at level-1
//     headings, annexes and every 200 blocks) that the browser lays out
//     only when they come into view.
//   - Positions: every element holding document text carries data-o, the
//     byte offset of that text in the canonical text; its text content is
//     exactly the text from there (line breaks inside a cell are kept as
//     "\n" and shown with white-space: pre-wrap). The page's script maps any
//     span to the DOM through them.
//   - Values: each value of the report is a <mark class="v k-KIND"
//     data-v="I"> around its raw text (I is its index in report.values;
//     KIND is amount, percent, quantity, count, duration, date or period,
//     "other" for a kind this package does not know). A value that overlaps
//     a warning's span also has the class "warned". Hover or focus shows a
//     card with what it was read as: number and unit, value in 元, canonical
//     number, comparison, approximation, range, date, and where its unit
//     came from (written, column, row, title, with a link to the unit's
//     span). A value that overlaps one before it is marked only from where
//     the earlier one ends.
//   - Facts: the report's facts as tables (budget, projects, staffing,
//     expense control, funds, indicators with weight, score, target and
//     actual, goals, preparer, and links to the narrative facts). Every
//     figure and label with a span is a button with data-s="START-END";
//     clicking it highlights that span in the document and scrolls to it.
//   - Checks: failed checks first, then warned, each with its rule,
//     message, expected, actual and tolerance in the check's unit, and a
//     link to every span it names; the passed ones follow in a folded list
//     that the script fills when it is opened (at most 2000 of them; the
//     page says how many more there are). Clicking a check highlights all
//     its spans in the colour of its status (marks with the class
//     "hl hl-fail", "hl-warn" or "hl-pass" and data-h="K", K the span's
//     position in the check) and scrolls to the first; a link to one span
//     scrolls to that one. The figures of failed checks are underlined from
//     the start.
//   - Warnings: listed with their code and message, each linking to its span.
//   - Keyboard: every check, fact and value is reachable with Tab (checks
//     come first); "n" and "p" go to the next and previous failed or warned
//     check; Escape clears the highlight.
//   - Offline and inert: no network request, no external script, style or
//     font; a Content-Security-Policy allows only the page's own script and
//     style (by hash). Report text is escaped as html/template escapes it:
//     the page's frame, panels and index go through html/template; the
//     document, the bulk of a page, is written by this package with the
//     same escaping of text in element content (escapeText, tested against
//     html/template) around fixed markup, integers and its own class names,
//     because html/template's reflection made a 10 MB report's page take
//     several seconds. Text such as "<script>alert(1)</script>" is shown as
//     text and runs nothing. Data for the script travels in a
//     <script type="application/json"> element written by encoding/json,
//     which escapes <, > and & so that no text can end the element.
//   - Print: a print stylesheet drops the side panels and the card, keeps
//     the failed and warned checks and the document, and keeps highlights as
//     underlines.
//
// # The index
//
// Index writes one row per input of a batch (Summary): file (linked to its
// page), kind, unit, year, counts of values, failed, warned and passed
// checks and warnings, and the read error of an input that could not be
// read. Columns sort by a click on their header; a filter box hides the
// rows whose text does not contain what is typed.
//
// Both writers are deterministic: the same input gives byte-identical pages.
// They are pure: they write to the io.Writer they are given and nothing else.
package review
