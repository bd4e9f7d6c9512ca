package profile

import "github.com/jixiao-dev/jixiao/extract/internal/cjk"

// trimRange is cjk.Trim.
func trimRange(text string, start, end int) (int, int) { return cjk.Trim(text, start, end) }

// trimSpace is cjk.TrimSpace.
func trimSpace(s string) string { return cjk.TrimSpace(s) }
