package profile

import (
	"strings"
	"unicode/utf8"

	"github.com/jixiao-dev/jixiao/extract/internal/cjk"
)

// marker returns the numbering or "其中" prefix of a row label as written
// ("1、", "（2）", "其中："), and the ordinal of a numbered prefix (0 for
// "其中" and for a label without a prefix). The prefix is found on the
// folded label f (norm of raw, see itemPrefix) and cut from the raw text
// at the same place, so that white space or ASCII brackets inside it stay
// as written: "   (2)运行维护经费" gives "(2)", 2.
func marker(raw, f string) (string, int) {
	n, ordinal, _ := itemPrefix(f)
	if n == 0 {
		return "", 0
	}
	start, end, folded := -1, len(raw), 0
	for i, r := range raw {
		if folded >= n {
			end = i
			break
		}
		if cjk.IsSpace(r) {
			continue
		}
		if start < 0 {
			start = i
		}
		folded += utf8.RuneLen(foldWide(r))
	}
	if start < 0 {
		return "", 0
	}
	return strings.TrimRightFunc(raw[start:end], cjk.IsSpace), ordinal
}
