package extract

import (
	"bytes"
	"regexp"
	"unicode/utf16"
)

// sniffBytes is how much of a file the HTML and Markdown tests look at.
const sniffBytes = 64 << 10

// asciiHead returns the first n bytes of data with a UTF-8 byte order mark
// dropped, and UTF-16 (with a byte order mark) turned into UTF-8, so that
// the ASCII marks of HTML and Markdown can be looked for in any encoding
// the readers decode (GB18030 keeps ASCII as it is).
func asciiHead(data []byte, n int) []byte {
	le := bytes.HasPrefix(data, []byte("\xff\xfe"))
	if !le && !bytes.HasPrefix(data, []byte("\xfe\xff")) {
		data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
		return data[:min(len(data), n)]
	}
	data = data[2:min(len(data), 2*n+2)]
	units := make([]uint16, len(data)/2)
	for i := range units {
		if le {
			units[i] = uint16(data[2*i]) | uint16(data[2*i+1])<<8
		} else {
			units[i] = uint16(data[2*i])<<8 | uint16(data[2*i+1])
		}
	}
	return []byte(string(utf16.Decode(units)))
}

// isMHT reports whether head is a web archive (MHTML): a block of MIME
// headers at the start, declaring MIME-Version and a multipart/related or
// text/html body, as Word's and browsers' "single file web page" is.
func isMHT(head []byte) bool {
	head = bytes.TrimLeft(head, " \t\r\n")
	end := bytes.Index(head, []byte("\n\r\n"))
	if e := bytes.Index(head, []byte("\n\n")); e >= 0 && (end < 0 || e < end) {
		end = e
	}
	if end < 0 || end > 8192 || !mhtHeader.Match(head) {
		return false
	}
	block := bytes.ToLower(head[:end])
	return bytes.Contains(block, []byte("mime-version:")) &&
		(bytes.Contains(block, []byte("multipart/related")) || bytes.Contains(block, []byte("text/html")))
}

// mhtHeader is a MIME header line at the start of a file.
var mhtHeader = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9-]*:[ \t]`)

// htmlStarts are the tags an HTML page or fragment starts with.
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<p>", "<p ", "<table", "<center", "<section", "<article", "<h1", "<h2", "<style", "<font", "<span"}

// isHTML reports whether head starts, after white space, comments and an
// XML declaration, with a tag that starts HTML pages or the fragments web
// tools save, and holds an end tag. A plain-text report never starts with
// "<div".
func isHTML(head []byte) bool {
	rest := skipPrologue(head)
	for _, p := range htmlStarts {
		if hasPrefixFold(rest, p) {
			return p == "<!doctype html" || p == "<html" || bytes.Contains(head, []byte("</"))
		}
	}
	return false
}

// skipPrologue skips leading white space, <?xml …?> and <!-- … -->.
func skipPrologue(b []byte) []byte {
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		var end []byte
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(b, []byte("<!--")):
			end = []byte("-->")
		default:
			return b
		}
		i := bytes.Index(b, end)
		if i < 0 {
			return b
		}
		b = b[i+len(end):]
	}
}

// Markdown marks, each anchored at a line start.
var (
	mdHeading   = regexp.MustCompile(`(?m)^#{1,6}[ \t]+\S`)
	mdDelimiter = regexp.MustCompile(`(?m)^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\r?$`)
	mdTable     = regexp.MustCompile(`(?mi)^[ \t]*<table[ >]`)
	mdImage     = regexp.MustCompile(`(?m)^!\[[^\]\n]*\]\([^)\n]+\)`)
	mdMath      = regexp.MustCompile(`\$[^$\n]*\\%[^$\n]*\$`)
)

// isMarkdown reports whether head is Markdown rather than plain text. It is
// conservative, since a report in plain text must stay text: a pipe table
// (a header line and a "---|---" delimiter line), two "#" heading lines, or
// an HTML <table> block at a line start, or one heading line with another
// mark (an HTML table, an image line, LaTeX percentages "\%$"). A TAB dump,
// a "|"-separated table without a delimiter line, or a stray "#" is text.
func isMarkdown(head []byte) bool {
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	if loc := mdDelimiter.FindIndex(head); loc != nil && loc[0] > 0 {
		prev := head[:loc[0]-1]
		if i := bytes.LastIndexByte(prev, '\n'); i >= 0 {
			prev = prev[i+1:]
		}
		if bytes.Contains(prev, []byte("|")) {
			return true
		}
	}
	headings := len(mdHeading.FindAllIndex(head, 2))
	table := mdTable.Match(head) && bytes.Contains(head, []byte("</table>"))
	other := table || mdImage.Match(head) || mdMath.Match(head)
	return headings >= 2 || table || (headings == 1 && other)
}
