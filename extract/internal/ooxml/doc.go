// Package ooxml is what the DOCX and XLSX readers share of Office Open XML
// (ECMA-376): the package around the parts, and the XML inside them.
//
// The package (container.go, rels.go) is a zip, and is distrusted
// (STYLE 11): Open refuses a directory of more than Limits.MaxEntries
// entries; Read inflates only the part asked for, refusing it before
// inflating when the directory declares more than Limits.MaxPart or than
// what is left of Limits.MaxInflated, and stopping as soon as a lying
// directory is found out; entry names are looked up in any case and never
// used as paths. Relationships and ContentTypes read the package's own
// parts, matched by namespace and local name: relationships in order, their
// targets resolved against the source part ("../xl/./workbook.xml" from
// "xl/" is "xl/workbook.xml"), external ones left out.
//
// The XML (scanner.go and its siblings) is read by Scanner, a pull
// tokenizer over a part in memory for XML 1.0 with namespaces: start and
// end tags (an empty-element tag gives both), character data (CDATA too;
// entities expanded and line ends normalized to "\n" by Text), comments,
// processing instructions and a DOCTYPE skipped, nothing expanded from a
// DTD. A reader tells it what it acts on through a Vocab (its namespaces
// and elements, matched by URL and local name, never by prefix) and walks
// a part with Next, Child and Skip:
//
//	s := ooxml.NewScanner(data, lim.MaxDepth, &vocab)
//	for s.Next() != ooxml.TokEOF {
//		if s.Kind() == ooxml.TokStart && s.Elem() == elSheet {
//			name := s.Attr(ooxml.NSNone, "name")
//			…
//		}
//	}
//	if err := s.Err(); err != nil {
//		return err.InPart(part) // document.ErrXML or ErrLimit, with part and offset
//	}
//
// What it refuses, with the offset: mismatched or unclosed tags, a
// malformed attribute list, an unknown entity, a character reference to a
// character XML does not allow, nesting past the depth limit. What it lets
// through, where encoding/xml refuses: names with characters XML does not
// allow in names, and "--" inside a comment. UTF-8 is checked by the
// reader (CheckUTF8), or by the scanner as it reads (CheckAsRead).
// FuzzScannerVsEncodingXML holds the scanner to encoding/xml.
package ooxml
