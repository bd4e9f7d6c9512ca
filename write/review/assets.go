package review

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"html/template"
)

// files are the templates, the style sheet and the scripts, embedded so
// that a page needs nothing beside itself.
//
//go:embed assets
var files embed.FS

// templates are the page and index templates.
var templates = template.Must(template.New("").ParseFS(files, "assets/*.html"))

// pageAssets and indexAssets are the style and script each page carries,
// with the policy that lets only them run. A report page's script is
// document.js (drawing the document) and page.js (the rest), in that
// order.
var (
	pageAssets  = newAssets("assets/review.css", "assets/document.js", "assets/page.js")
	indexAssets = newAssets("assets/review.css", "assets/index.js")
)

// newAssets reads a style sheet and scripts, joined into one, and makes
// the Content-Security-Policy that allows exactly them: no request to any
// address (default-src 'none'), the style and script by their SHA-256,
// images only as data: URLs, no base URL, no form target.
func newAssets(css string, js ...string) assets {
	c, j := mustRead(css), ""
	for _, name := range js {
		j += mustRead(name)
	}
	policy := "default-src 'none'; style-src " + hash(c) + "; script-src " + hash(j) +
		"; img-src data:; base-uri 'none'; form-action 'none'"
	return assets{CSS: template.CSS(c), JS: template.JS(j), CSP: policy}
}

func mustRead(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(err) // the files are embedded: only a broken build lacks one
	}
	return string(b)
}

// hash is a CSP source expression for an inline element's exact content.
func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}
