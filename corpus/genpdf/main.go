// Command genpdf writes the PDF fixtures of corpus/ through LibreOffice, so
// that no PDF in the corpus is hand-made: run it from the repository root as
//
//	go run ./corpus/genpdf
//
// It needs soffice on the PATH (Debian: libreoffice-writer-nogui) and the
// WenQuanYi Micro Hei font (fonts-wqy-microhei) for the Chinese glyphs. It
// reads the seed as Word writes it (corpus/010_seed_word.docx, through the
// DOCX reader) and lays it out again as flat OpenDocument text, in the
// variants a PDF reader must read:
//
//   - 150_seed_pdf_ruled.pdf: the seed, tables with borders, a running
//     header and a page number on every page;
//   - 151_seed_pdf_unruled.pdf: the same with borderless tables;
//   - 152_seed_pdf_two_columns.pdf: the narrative in two columns, the
//     annexes in one;
//   - 153_pdf_landscape_rotated.pdf: a narrative page, then the seed's basic-data
//     table on a landscape page that is stored as a portrait page turned by
//     /Rotate 90, then the same table set sideways on a portrait page;
//   - 154_pdf_encrypted_open_password.pdf: the seed's first section, encrypted
//     with a password to open it (refused);
//   - 155_pdf_owner_password_no_print.pdf: the same with only an owner password
//     that forbids printing, copying and changes (read).
//
// LibreOffice stamps each PDF with its creation time and a random ID, so
// two runs do not give identical bytes: the PDFs are committed, and this
// program is how they were made.
package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/jixiao-dev/jixiao/extract/docx"
)

func main() {
	if err := run("corpus"); err != nil {
		fmt.Fprintln(os.Stderr, "genpdf:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	data, err := os.ReadFile(filepath.Join(dir, "010_seed_word.docx"))
	if err != nil {
		return err
	}
	seed, err := docx.Read(data, docx.Options{})
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "genpdf")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	variants := []struct {
		name   string
		fodt   string
		filter string // options of LibreOffice's PDF export
	}{
		{"150_seed_pdf_ruled", seedDocument(seed, layout{ruled: true}), ""},
		{"151_seed_pdf_unruled", seedDocument(seed, layout{}), ""},
		{"152_seed_pdf_two_columns", seedDocument(seed, layout{ruled: true, columns: true}), ""},
		{"153_pdf_landscape_rotated", landscapeDocument(seed), ""},
		{"154_pdf_encrypted_open_password", shortDocument(seed), `{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}`},
		{"155_pdf_owner_password_no_print", shortDocument(seed), `{"RestrictPermissions":{"type":"boolean","value":"true"},"PermissionPassword":{"type":"string","value":"owner"},"Printing":{"type":"long","value":"0"},"Changes":{"type":"long","value":"0"},"EnableCopyingOfContent":{"type":"boolean","value":"false"}}`},
	}
	for _, v := range variants {
		src := filepath.Join(tmp, v.name+".fodt")
		if err := os.WriteFile(src, []byte(v.fodt), 0o644); err != nil {
			return err
		}
		to := "pdf"
		if v.filter != "" {
			to = "pdf:writer_pdf_Export:" + v.filter
		}
		cmd := exec.Command("soffice", "--headless", "--norestore", "--convert-to", to, "--outdir", tmp, src)
		cmd.Env = append(os.Environ(), "HOME="+tmp)
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("soffice %s: %v\n%s", v.name, err, out)
		}
		pdf, err := os.ReadFile(filepath.Join(tmp, v.name+".pdf"))
		if err != nil {
			return err
		}
		if v.name == "153_pdf_landscape_rotated" {
			if pdf, err = rotatePages(pdf); err != nil {
				return fmt.Errorf("%s: %w", v.name, err)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, v.name+".pdf"), pdf, 0o644); err != nil {
			return err
		}
	}
	return nil
}
