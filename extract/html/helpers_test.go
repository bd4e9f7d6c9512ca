package html

import "golang.org/x/text/encoding/simplifiedchinese"

func mustGBK(s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}
