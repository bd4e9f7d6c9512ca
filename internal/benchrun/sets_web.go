package main

// The sets of issue 17, timed beside the DOCX ones: the seed as LibreOffice
// saves it as a web page and as Word 97, every web page and Word 97 file of
// the corpus (the encrypted one is refused, as a bad file in a batch is),
// and the Markdown files.
func init() {
	defaultSets = append(defaultSets,
		"seed-html=corpus/100_seed_*.html",
		"html=corpus/*.html",
		"seed-doc=corpus/120_seed_*.doc",
		"doc=corpus/12[0-35]_*.doc",
		"markdown=corpus/*.md",
	)
}
