package doc

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/jixiao-dev/jixiao/extract/document"
)

// readCorpus reads a corpus .doc and checks the invariants every output
// keeps.
func readCorpus(t *testing.T, name string) *document.Document {
	t.Helper()
	data, err := os.ReadFile("../../corpus/" + name)
	require.NoError(t, err, "regenerate with: sh corpus/genweb/genweb.sh")
	doc, err := Read(data, Options{})
	require.NoError(t, err)
	require.NoError(t, doc.Verify())
	require.Equal(t, document.Canon(doc.Text), doc.Text, "text is canonical")
	return doc
}

// TestSeedAsDoc reads the seed saved as Word 97 by LibreOffice: its
// canonical text is the seed's text dump, line for line (the dump's
// "[bookmark: _GoBack]" is a bookmark in the document, and not text).
//
// 125 is the seed with its markers 一、, （一） and 1. drawn by Word's
// automatic numbering: the list tables give the same text.
func TestSeedAsDoc(t *testing.T) {
	seed, err := os.ReadFile("../../corpus/000_0a15cb66ce3c31e1.txt")
	require.NoError(t, err)
	want := strings.ReplaceAll(string(seed), "[bookmark: _GoBack]", "")
	for _, name := range []string{"120_seed_libreoffice.doc", "125_seed_numbering.doc"} {
		t.Run(name, func(t *testing.T) {
			doc := readCorpus(t, name)
			assert.Equal(t, strings.Split(want, "\n"), strings.Split(doc.Text, "\n"))
			assert.Equal(t, "doc", doc.Format)
			tables := 0
			for _, b := range doc.Blocks {
				if b.Kind == document.KindTable {
					tables++
				}
			}
			assert.Equal(t, 2, tables, "the two annex tables")
		})
	}
}

// cellView is a cell as the table tests compare it.
type cellView struct {
	Text            string
	Col, Rows, Cols int
	Nested          int
}

func gridOf(t *document.Table) [][]cellView {
	var out [][]cellView
	for _, r := range t.Rows {
		var row []cellView
		for _, c := range r.Cells {
			row = append(row, cellView{c.Text, c.Col, c.RowSpan, c.ColSpan, len(c.Nested)})
		}
		out = append(out, row)
	}
	return out
}

func firstTable(t *testing.T, doc *document.Document) *document.Table {
	for _, b := range doc.Blocks {
		if b.Kind == document.KindTable {
			return b.Table
		}
	}
	t.Fatal("no table")
	return nil
}

// TestMergedCells reads colspan as wider cells and rowspan as vertical
// merges, on the grid the cell boundaries make.
func TestMergedCells(t *testing.T) {
	doc := readCorpus(t, "121_merged_cells.doc")
	want := [][]cellView{
		{{"项目名称", 0, 1, 2, 0}, {"征拆征收工作经费", 2, 1, 4, 0}},
		{{"年度资金（万元）", 0, 3, 1, 0}, {"", 1, 1, 1, 0}, {"全年预算数", 2, 1, 1, 0}, {"全年执行数", 3, 1, 1, 0}, {"执行率", 4, 1, 1, 0}, {"得分", 5, 1, 1, 0}},
		{{"年度资金总额", 1, 1, 1, 0}, {"267.78", 2, 1, 1, 0}, {"246.75", 3, 1, 1, 0}, {"92.15%", 4, 1, 1, 0}, {"9", 5, 1, 1, 0}},
		{{"其中：财政拨款", 1, 1, 1, 0}, {"205.30", 2, 1, 1, 0}, {"205.30", 3, 1, 1, 0}, {"100%", 4, 1, 1, 0}, {"—", 5, 1, 1, 0}},
		{{"绩效指标", 0, 2, 1, 0}, {"数量指标", 1, 1, 1, 0}, {"征收集体土地（亩）", 2, 1, 2, 0}, {"912亩", 4, 1, 1, 0}, {"20", 5, 1, 1, 0}},
		{{"时效指标", 1, 1, 1, 0}, {"完成时间", 2, 1, 2, 0}, {"2023.1-2023.12", 4, 1, 1, 0}, {"20", 5, 1, 1, 0}},
	}
	assert.Equal(t, want, gridOf(firstTable(t, doc)))
	assert.Contains(t, doc.Text, "\n\n\t\n\t年度资金总额", "a vertical merge's continuation is an empty TAB line")
}

// TestNestedTable keeps a table inside a cell as a nested table, its text
// flattened into the cell.
func TestNestedTable(t *testing.T) {
	doc := readCorpus(t, "123_nested_table.doc")
	want := [][]cellView{
		{{"项目", 0, 1, 1, 0}, {"预算\n179.52\n决算\n246.75", 1, 1, 1, 1}},
		{{"合计", 0, 1, 1, 0}, {"426.27", 1, 1, 1, 0}},
	}
	tb := firstTable(t, doc)
	assert.Equal(t, want, gridOf(tb))
	nested := tb.Rows[0].Cells[1].Nested[0]
	assert.Equal(t, [][]cellView{{{"预算", 0, 1, 1, 0}, {"179.52", 1, 1, 1, 0}}, {{"决算", 0, 1, 1, 0}, {"246.75", 1, 1, 1, 0}}}, gridOf(nested))
}

// TestFields keeps the results of fields and drops their codes.
func TestFields(t *testing.T) {
	doc := readCorpus(t, "122_fields.doc")
	for _, code := range []string{"PAGE", "TOC", "HYPERLINK", "DATE", "\\o"} {
		assert.NotContains(t, doc.Text, code)
	}
	assert.Contains(t, doc.Text, "一、部门（单位）基本情况")
}

// TestRefuses refuses what it cannot read, saying what the file is.
func TestRefuses(t *testing.T) {
	enc, err := os.ReadFile("../../corpus/124_encrypted.doc")
	require.NoError(t, err)
	word6 := wordDoc{ident: wIdentWord6, nFib: 0x65, pieces: []tpiece{{text: "x\r"}}}
	xor := wordDoc{flags: fEncrypted | fObfuscated, pieces: []tpiece{{text: "x\r"}}}
	outside := wordDoc{pieces: []tpiece{{text: "一、概况\r", fcOverride: 1 << 20}}}
	short := wordDoc{pieces: []tpiece{{text: "一、概况\r"}}, ccpText: 50}
	tests := []struct {
		name     string
		data     []byte
		sentinel error
		msg      string
	}{
		{"encrypted", enc, ErrEncrypted, "a Word 97–2003 document encrypted with a password"},
		{"obfuscated", docFile(xor), ErrEncrypted, "obfuscated with a password (XOR)"},
		{"word 6", docFile(word6), document.ErrUnsupported, "a Word 6.0/95 document (nFib 0x65)"},
		{"xls", buildCFB([]stream{{"Workbook", []byte("x")}}, nil), document.ErrUnsupported, "a legacy Excel workbook (.xls, BIFF)"},
		{"ppt", buildCFB([]stream{{"PowerPoint Document", []byte("x")}}, nil), document.ErrUnsupported, "a legacy PowerPoint presentation"},
		{"works", buildCFB([]stream{{"CONTENTS", []byte("x")}, {"SPELLING", []byte("x")}}, nil), document.ErrUnsupported, "a Microsoft Works word-processor document (.wps)"},
		{"encrypted ooxml", buildCFB([]stream{{"EncryptionInfo", []byte("x")}, {"EncryptedPackage", []byte("x")}}, nil), ErrEncrypted, "an encrypted Office Open XML package"},
		{"other ole", buildCFB([]stream{{"Foo", []byte("x")}}, nil), document.ErrUnsupported, "without a WordDocument stream (streams: Foo)"},
		{"piece outside stream", docFile(outside), document.ErrCorrupt, "piece 0 (characters 0–5) points at bytes 1048576–1048586, outside the WordDocument stream"},
		{"pieces short of ccpText", docFile(short), document.ErrCorrupt, "the piece table covers 5 of the document's 50 characters"},
		{"truncated", enc[:300], document.ErrCorrupt, "shorter than its 512-byte header"},
		{"no table stream", buildCFB([]stream{{"WordDocument", mustWord(wordDoc{pieces: []tpiece{{text: "x\r"}}})}}, nil), document.ErrCorrupt, "names the table stream 1Table, which the file does not have"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.data, Options{})
			require.Error(t, err)
			assert.True(t, errors.Is(err, tt.sentinel), "%v is not %v", err, tt.sentinel)
			assert.Contains(t, err.Error(), tt.msg)
			var de *document.Error
			assert.True(t, errors.As(err, &de))
		})
	}
}

func mustWord(d wordDoc) []byte {
	w, _ := d.build()
	return w
}

// TestSectorLoops refuses a compound file whose chains loop: the
// directory's chain, and a stream's chain that loops back to its start
// while its size claims more than the file.
func TestSectorLoops(t *testing.T) {
	d := wordDoc{pieces: []tpiece{{text: "一、概况\r"}}}
	word, table := d.build()
	dirLoop := buildCFB([]stream{{"WordDocument", word}, {"1Table", table}}, func(fat, first []uint32) {
		dir := first[1] + 8 // the directory follows the two 8-sector streams
		fat[dir] = dir
	})
	_, err := Read(dirLoop, Options{})
	require.Error(t, err)
	assert.True(t, errors.Is(err, document.ErrCorrupt), "%v", err)

	streamLoop := buildCFB([]stream{{"WordDocument", word}, {"1Table", table}}, func(fat, first []uint32) {
		fat[first[0]+7] = first[0] // the last sector of WordDocument points back to its first
	})
	doc, err := Read(streamLoop, Options{})
	require.NoError(t, err, "a loop past the stream's size is never followed")
	assert.Equal(t, "一、概况", doc.Text)

	big := buildCFB([]stream{{"WordDocument", word}, {"1Table", table}}, nil)
	// Declare 1 GiB for WordDocument (directory entry 1, size field at 120).
	dirOff := 512 * (1 + 16)
	big[dirOff+128+120], big[dirOff+128+123] = 0, 0x40
	_, err = Read(big, Options{})
	require.Error(t, err)
	assert.True(t, errors.Is(err, document.ErrLimit), "%v", err)
	assert.Contains(t, err.Error(), "more than the file")
}
