//go:build jixiao_stdjson

package write

// useGenerated is false in a build with -tags jixiao_stdjson: every report
// goes through encoding/json, for make bench-encoder to compare.
const useGenerated = false
