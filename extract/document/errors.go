package document

import (
	"context"
	"errors"
	"fmt"
)

// Sentinel errors name what was wrong with an input. Readers wrap them in an
// *Error with the position when there is one; errors.Is works through it.
var (
	ErrEmpty       = &Kinded{"empty", "file is empty"}
	ErrBinary      = &Kinded{"binary", "not text: the bytes decode as no supported text encoding"}
	ErrUnsupported = &Kinded{"unsupported_format", "unsupported format"}
	ErrNotDOCX     = &Kinded{"not_docx", "not a DOCX package"}
	ErrOLE         = &Kinded{"ole_compound", "OLE compound file, not a DOCX package"}
	ErrCorrupt     = &Kinded{"corrupt", "corrupt or truncated container"}
	ErrXML         = &Kinded{"invalid_xml", "invalid XML"}
	ErrLimit       = &Kinded{"limit", "input exceeds a safety limit"}
	ErrTimeout     = &Kinded{"timeout", "processing took longer than the time limit"}
)

// Kinded is a sentinel error with a stable code, used in error records.
type Kinded struct {
	Code string
	Msg  string
}

func (k *Kinded) Error() string { return k.Msg }

// Error is a positioned error: what was wrong with which input, and where.
// It prints as "path:line:col: message", or "path: message" when there is no
// position; a DOCX error names the part instead of a line ("path: word/document.xml
// offset 1234: message").
type Error struct {
	Path   string // input path, set by the caller that knows it
	Part   string // container part, for DOCX ("word/document.xml")
	Offset int    // byte offset in the part or text; -1 when unknown
	Line   int    // 1-based; 0 when unknown
	Column int    // 1-based rune column; 0 when unknown
	Err    error  // wrapped cause; usually wraps a sentinel above
}

// Errorf builds an *Error wrapping kind with a message; offset is -1 when
// unknown.
func Errorf(kind *Kinded, offset int, format string, args ...any) *Error {
	return &Error{Offset: offset, Err: fmt.Errorf("%w: %s", kind, fmt.Sprintf(format, args...))}
}

func (e *Error) Error() string {
	prefix := e.Path
	if prefix == "" {
		prefix = "<input>"
	}
	switch {
	case e.Line > 0 && e.Column > 0:
		prefix = fmt.Sprintf("%s:%d:%d", prefix, e.Line, e.Column)
	case e.Line > 0:
		prefix = fmt.Sprintf("%s:%d", prefix, e.Line)
	}
	if e.Part != "" {
		prefix += ": " + e.Part
		if e.Offset >= 0 {
			prefix += fmt.Sprintf(" offset %d", e.Offset)
		}
	} else if e.Line == 0 && e.Offset > 0 {
		prefix += fmt.Sprintf(": offset %d", e.Offset)
	}
	return prefix + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// Code returns the stable code of the sentinel err wraps, or "error".
func Code(err error) string {
	var k *Kinded
	if errors.As(err, &k) {
		return k.Code
	}
	return "error"
}

// ErrCanceled is the error of work stopped because its context was canceled
// (an interrupted run); ErrTimeout is the one of work whose context's
// deadline passed.
var ErrCanceled = &Kinded{"canceled", "processing was canceled"}

// Canceled returns nil while ctx is live; once it is done, a *Error
// wrapping ErrTimeout (its deadline passed) or ErrCanceled, and ctx.Err(),
// so that errors.Is finds both.
func Canceled(ctx context.Context) error {
	err := ctx.Err()
	if err == nil {
		return nil
	}
	kind := ErrCanceled
	if errors.Is(err, context.DeadlineExceeded) {
		kind = ErrTimeout
	}
	return &Error{Offset: -1, Err: fmt.Errorf("%w: %w", kind, err)}
}

// A Poll checks a context in a loop that grows with the input (lines,
// blocks, cells, values): Err asks the context every pollEvery calls, which
// costs next to nothing, and keeps the answer once it is an error, so that
// work stops within a fraction of a second of a timeout or an interrupt.
// The zero Poll never stops anything.
type Poll struct {
	ctx context.Context
	n   int
	err error
}

// pollEvery is how many calls of Poll.Err ask the context once.
const pollEvery = 1024

// NewPoll returns a Poll of ctx.
func NewPoll(ctx context.Context) *Poll { return &Poll{ctx: ctx} }

// Err returns the error of the context (Canceled) once it is done, else nil.
func (p *Poll) Err() error {
	if p == nil || p.ctx == nil {
		return nil
	}
	if p.err == nil {
		if p.n++; p.n%pollEvery == 0 {
			p.err = Canceled(p.ctx)
		}
	}
	return p.err
}

// Now asks the context at once, whatever the count, and returns Err.
func (p *Poll) Now() error {
	if p == nil || p.ctx == nil {
		return nil
	}
	if p.err == nil {
		p.err = Canceled(p.ctx)
	}
	return p.err
}
