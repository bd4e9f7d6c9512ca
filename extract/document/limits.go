package document

// Limit is the type of a reader's safety limit: a count, a size in bytes or
// a time.Duration.
type Limit interface{ ~int | ~int64 }

// SetDefault sets *v to def when it is zero or negative. It is the rule of
// every reader's Options, whose zero value means the defaults, so that
// callers can copy flags straight in:
//
//	func (o Options) withDefaults() Options {
//		document.SetDefault(&o.MaxPart, DefaultMaxPart)
//		document.SetDefault(&o.MaxDepth, DefaultMaxDepth)
//		return o
//	}
func SetDefault[T Limit](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}
