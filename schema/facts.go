package schema

// Facts are the typed fields of a report of a known kind. Fields a report
// does not state are absent.
type Facts struct{}
