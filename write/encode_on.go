//go:build !jixiao_stdjson

package write

// useGenerated is true: reports go through the generated encoder. Build
// with -tags jixiao_stdjson to send them through encoding/json instead,
// the other side of the measurement that keeps the generated encoder
// (make bench-encoder).
const useGenerated = true
