package segment

import (
	"strings"
	"testing"

	"jixiao/extract/document"
)

// FuzzFastScans checks the segmenter's hand-rolled scans against the library
// calls they replace, invalid UTF-8 included: isTOCTitle against
// stripSpace(s) == "目录", indexEither against strings.IndexAny, containsAny
// against strings.ContainsAny.
func FuzzFastScans(f *testing.F) {
	for _, s := range []string{"", "目录", "目 录", " 目\u3000录\n", "目录2", "目", "\xe7\x9b目录", "一、主要职能。其他：略",
		"（一）标题：内容。", "\xff\xe3\x80\x82", "a:b", "无标点"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isTOCTitle(s), stripSpace(s) == "目录"; got != want {
			t.Fatalf("isTOCTitle(%q) = %v, want %v", s, got, want)
		}
		if got, want := indexEither(s, "。", "："), strings.IndexAny(s, "。："); got != want {
			t.Fatalf("indexEither(%q) = %d, want %d", s, got, want)
		}
		if got, want := containsAny(s, "：", ":", "。", "，", "；"), strings.ContainsAny(s, "：:。，；"); got != want {
			t.Fatalf("containsAny(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestParaSpan checks that a span inside a paragraph gets the line that
// Lines.Span gives over the whole text, on every line of a multi-line
// paragraph.
func TestParaSpan(t *testing.T) {
	text := "标题\n\n附件2：\n  项目支出\n绩效自评表\n尾"
	lines := document.NewLines(text)
	start := strings.Index(text, "附件")
	end := strings.Index(text, "\n尾")
	p := &document.Paragraph{Text: text[start:end], Span: lines.Span(start, end)}
	for off := start; off <= end; off++ {
		if got, want := paraSpan(p, off, end), lines.Span(off, end); got != want {
			t.Errorf("paraSpan at %d = %+v, want %+v", off, got, want)
		}
	}
}
