#!/bin/sh
# genweb.sh writes the web-page, Markdown and Word 97 fixtures of corpus/
# (issue 17) with LibreOffice, headless. Run it from the repository root:
#
#	sh corpus/genweb/genweb.sh
#
# It needs soffice (Debian: libreoffice-writer-nogui, or libreoffice) with
# fonts-wqy-microhei, and iconv. LibreOffice stamps times and ids into the
# .doc files it writes, so a new run does not give the same bytes: commit
# the results and regenerate only on purpose (then `make golden`).
#
#	100_seed_libreoffice_utf8.html   010_seed_word.docx saved as HTML
#	101_seed_gb2312_page.html        the same body in a site's page (header,
#	                                 nav, script, footer), GBK bytes labelled gb2312
#	120_seed_libreoffice.doc         010_seed_word.docx saved as Word 97
#	121_merged_cells.doc             genweb/merged.html (rowspan, colspan) as Word 97
#	122_fields.doc                   012_fields.docx as Word 97 (PAGE, TOC, PAGEREF)
#	123_nested_table.doc             015_nested_table.docx as Word 97
#	124_encrypted.doc                017_libreoffice.docx as Word 97 with a password
#	125_seed_numbering.doc           011_seed_numbering.docx as Word 97: 一、（一）1. drawn by list tables
#	130_seed_converter.md            100 as a PDF converter writes Markdown (go run ./corpus/genweb)
set -eu
corpus=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
profile="file://$tmp/profile"

office() {
	soffice --headless --norestore "-env:UserInstallation=$profile" "$@" >/dev/null 2>&1
}

# convert FORMAT SRC DST [OPTION...]: one LibreOffice conversion, renamed.
convert() {
	format=$1 src=$2 dst=$3
	shift 3
	mkdir -p "$tmp/out"
	office "$@" --convert-to "$format" --outdir "$tmp/out" "$src"
	base=$(basename "$src")
	mv "$tmp/out/${base%.*}.${format%%:*}" "$dst"
}

convert html "$corpus/010_seed_word.docx" "$corpus/100_seed_libreoffice_utf8.html"

# The GB2312 page: the same body between a site's chrome, which the reader
# must leave out, in GBK bytes (what "gb2312" pages hold).
{
	sed -n '1,/<body/p' "$corpus/100_seed_libreoffice_utf8.html" | sed 's/charset=utf-8/charset=gb2312/' | sed '$d'
	cat "$corpus/genweb/chrome-top.html"
	sed -n '/<body/,/<\/body>/p' "$corpus/100_seed_libreoffice_utf8.html" | sed '1s/.*<body[^>]*>//' | sed '$d'
	cat "$corpus/genweb/chrome-bottom.html"
} | iconv -f UTF-8 -t GBK >"$corpus/101_seed_gb2312_page.html"

convert doc "$corpus/010_seed_word.docx" "$corpus/120_seed_libreoffice.doc"
convert 'doc:MS Word 97' "$corpus/genweb/merged.html" "$corpus/121_merged_cells.doc" '--infilter=HTML (StarWriter)'
convert doc "$corpus/012_fields.docx" "$corpus/122_fields.doc"
convert doc "$corpus/015_nested_table.docx" "$corpus/123_nested_table.doc"
convert doc "$corpus/011_seed_numbering.docx" "$corpus/125_seed_numbering.doc"

# A password needs a macro: a Basic module in the temporary profile saves
# with the "Password" property set.
office --terminate_after_init
basic="$tmp/profile/user/basic/Standard"
mkdir -p "$basic"
cp "$corpus/genweb/Module1.xba" "$basic/Module1.xba"
office "macro:///Standard.Module1.SaveDoc(\"$corpus/017_libreoffice.docx\",\"$corpus/124_encrypted.doc\",\"jixiao\")"

(cd "$corpus/.." && go run ./corpus/genweb corpus/100_seed_libreoffice_utf8.html) >"$corpus/130_seed_converter.md"
