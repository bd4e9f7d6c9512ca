package review

import "path"

// indexData is what the index template shows.
type indexData struct {
	Rows   []indexRow
	Files  int
	Failed int // inputs that could not be read
	Assets assets
}

// indexRow is one input of the batch.
type indexRow struct {
	Summary
	Name string // the file's base name, the link's text
	Kind string // the kind as the page names it
}

func newIndex(rows []Summary) *indexData {
	d := &indexData{Files: len(rows), Assets: indexAssets, Rows: make([]indexRow, len(rows))}
	for i, s := range rows {
		d.Rows[i] = indexRow{Summary: s, Name: path.Base(s.Path)}
		if s.Kind != "" {
			d.Rows[i].Kind = kindName(s.Kind)
		}
		if s.Error != "" {
			d.Failed++
		}
	}
	return d
}
