#!/usr/bin/env bash
# input.sh - what users have, through the real binary: saved pages,
# encodings, documents that are not text, labels.  TAP output for meson.
#
# usage: input.sh NEWSDIFF FIXTURES
set -u

nd=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
pages=$(cd "$2/pages" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/newsdiff-input-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 99
n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() {
	n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"
	shift; for line in "$@"; do echo "# $line"; done
}
run() { "$@" >out 2>err; st=$?; }
expect() {
	local desc=$1 want=$2 pattern=${3-}

	if [ "$st" != "$want" ]; then
		not_ok "$desc" "exit status $st, expected $want" "stderr: $(head -c 300 err)"
	elif [ -n "$pattern" ] && ! grep -q -- "$pattern" err; then
		not_ok "$desc" "stderr lacks '$pattern'" "stderr: $(head -c 300 err)"
	else
		ok "$desc"
	fi
}
has() {	# has DESCRIPTION FILE TEXT
	if grep -qF -- "$3" "$2"; then ok "$1"
	else not_ok "$1" "$(head -c 400 "$2")"; fi
}

# ---- documents that are not text ----------------------------------------

printf '%%PDF-1.7\n%%\342\343\317\323\n1 0 obj\n' >report.pdf
run "$nd" -e text report.pdf "$pages/tidewater.txt"
expect "a PDF is named, with pdftotext" 2 "^newsdiff: report.pdf: a PDF document, not text; extract its text first (pdftotext"
printf 'PK\003\004\024\000\000\000\010\000word/document.xml' >report.docx
run "$nd" -e text "$pages/tidewater.txt" report.docx
expect "a Word file is named, with what to do" 2 "^newsdiff: report.docx: a word-processor document, not text; save it as text first"
printf '\211PNG\r\n\032\n\000\000\000\rIHDR' >shot.png
run "$nd" -e text shot.png "$pages/tidewater.txt"
expect "an image is named as one" 2 "^newsdiff: shot.png: an image, not text"
if ! grep -q "binary file" err; then ok "... and not as a binary file"
else not_ok "... and not as a binary file"; fi

# ---- encodings ------------------------------------------------------------

iconv -f UTF-8 -t WINDOWS-1252 "$pages/northbank.txt" >cp1252.txt
run "$nd" -e json cp1252.txt "$pages/tidewater.txt"
expect "Windows-1252 text is guessed, and said so" 0 "^newsdiff: cp1252.txt: note: no encoding declared and not UTF-8: read as WINDOWS-1252 (a guess)"
has "its curly quotes and dashes come out right" out '"text": "“We have been patient with the weather, but the wall has reached its limit,” said harbour master Olav Renn."'
# One line of English with a few curly quotes and a dash: uchardet may call
# it Vietnamese Windows-1258, whose punctuation sits where 1252's does.
printf 'Storm hits \223coast\224 \226 officials said 12 died.\n' >short1252.txt
run "$nd" -e json short1252.txt "$pages/tidewater.txt"
expect "a short line in Windows-1252 is read as Windows-1252" 0 "^newsdiff: short1252.txt: note: no encoding declared and not UTF-8: read as WINDOWS-1252 (a guess)"
for enc in UTF-16LE UTF-16BE UTF-32LE UTF-32BE; do
	{ printf '\357\273\277' | iconv -f UTF-8 -t "$enc"; iconv -f UTF-8 -t "$enc" "$pages/northbank.txt"; } >"$enc.txt"
	run "$nd" -e json "$enc.txt" "$pages/tidewater.txt"
	expect "$enc with a byte order mark is read" 0
	has "... its text as in UTF-8" out '"text": "Nearly 50 metres of the walkway gave way during the February storms, according to the authority’s engineers – more than first reported."'
done

# ---- pages and labels ---------------------------------------------------

run "$nd" -e json "$pages/tidewater.html" "$pages/northbank-1252.html"
cp out pages.json
run "$nd" -e json "$pages/tidewater.txt" "$pages/northbank.txt"
if diff <(sed -n '/"alignments"/,$p' pages.json) <(sed -n '/"alignments"/,$p' out) >/dev/null
then ok "two pages compare as their texts do"
else not_ok "two pages compare as their texts do"; fi
has "the JSON documents give outlet, byline, date, url, label" pages.json \
	'"outlet": "The Tidewater Courier", "byline": "Kari Dahl and Jon Eik", "date": "2031-03-06T09:15:00Z", "url": "https://courier.example/news/vessby-harbour-wall", "label": null,'
cp "$pages/tidewater.html" saved-page
run "$nd" -e json saved-page "$pages/northbank.txt"
has "a page is a page whatever its name" out '"kind": "headline", "text": "Harbour wall at Vessby to close for repairs after winter storms"'

run "$nd" -L Courier --label=Gazette -e text "$pages/tidewater.html" "$pages/northbank.html"
expect "-L twice" 0
has "the text header shows the labels" out "left:  $pages/tidewater.html"
has "... the left label" out "       Courier"
has "... the left source" out "       The Tidewater Courier · Kari Dahl and Jon Eik · 2031-03-06T09:15:00Z"
has "... the right label" out "       Gazette"
run "$nd" -L A -e json "$pages/tidewater.txt" "$pages/northbank.txt"
has "one -L labels the left report only" out '"url": null, "label": "A",'
run "$nd" -L A -L B -L C "$pages/tidewater.txt" "$pages/northbank.txt"
expect "a third -L is refused" 2 "^newsdiff: -L/--label given more than twice"
run "$nd" -L A -e markdown "$pages/tidewater.html" "$pages/northbank.html"
has "Markdown: the label and the sources" out "| Report | A | Vessby harbour walkway shut for two months |"
has "... the sources" out "| Source | The Tidewater Courier · Kari Dahl and Jon Eik · 2031-03-06T09:15:00Z | Northbank Gazette · Per Vik · 2031-03-06 |"
run "$nd" -L 'A <b>' -e html "$pages/tidewater.html" "$pages/northbank.html"
has "HTML: the label, escaped" out "<h2>A &lt;b&gt;</h2>"
has "HTML: the source" out '<p class="src">Northbank Gazette · Per Vik · 2031-03-06 &#183; northbank.html'
if ! grep -qF "$pages" out; then ok "HTML: no absolute path"
else not_ok "HTML: no absolute path"; fi

# A page nested deeper than any real one (gumbo's time grows with the
# square of the depth) is read as text, with a warning, not parsed.
{
	printf '<!doctype html><html><body>'
	awk 'BEGIN { for (i = 0; i < 5000; i++) printf "<div>" }'
	printf '<p>Words at the bottom of the page.</p>'
	awk 'BEGIN { for (i = 0; i < 5000; i++) printf "</div>" }'
	printf '</body></html>\n'
} >deep.html
run "$nd" -e text deep.html "$pages/northbank.txt"
expect "a page nested 5,000 deep is read as text, said so" 0 "warning: a page nested more than 4096 elements deep: read as text"
has "... nothing of it lost" out "Words at the bottom of the page."

echo "1..$n"
[ "$failed" = 0 ]
