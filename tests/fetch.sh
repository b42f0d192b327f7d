#!/usr/bin/env bash
# fetch.sh - reports by URL, from a small HTTP server on 127.0.0.1 that
# the test starts itself (tests/httpd.c): no test needs the internet.
# TAP output for meson.
#
# usage: fetch.sh NEWSDIFF HTTPD FIXTURES
set -u

nd=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
httpd=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
pages=$(cd "$3/pages" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/newsdiff-fetch-XXXXXX")
site=$work/site
mkdir "$site" "$work/cwd"
cp "$pages"/*.html "$pages"/*.txt "$site"/
gzip -c "$site/tidewater.html" >"$site/tidewater.html.gz"
iconv -f UTF-8 -t WINDOWS-1252 "$pages/northbank.txt" >"$site/latin.txt"

"$httpd" "$site" >"$work/port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/port" ] && break; sleep 0.1; done
base=http://127.0.0.1:$(cat "$work/port")
cd "$work/cwd" || exit 99
export NEWSDIFF_TIMEOUT=1.5

n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() {
	n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"
	shift; for line in "$@"; do echo "# $line"; done
}
run() { "$@" >../out 2>../err; st=$?; }
expect() {
	local desc=$1 want=$2 pattern=${3-}

	if [ "$st" != "$want" ]; then
		not_ok "$desc" "exit status $st, expected $want" "stderr: $(head -c 300 ../err)"
	elif [ -n "$pattern" ] && ! grep -q -- "$pattern" ../err; then
		not_ok "$desc" "stderr lacks '$pattern'" "stderr: $(head -c 300 ../err)"
	else
		ok "$desc"
	fi
}
# The JSON export from "alignments" on: what was aligned and found.
alignments() { sed -n '/"alignments"/,$p' "$1"; }

run "$nd" -e json "$pages/tidewater.html" "$pages/northbank-1252.html"
cp ../out ../files.json
run "$nd" -e json "$base/tidewater.html" "$base/northbank-1252.html"
expect "two pages by URL" 0
if [ -s ../files.json ] && diff <(alignments ../files.json) <(alignments ../out) >/dev/null
then ok "pages by URL compare as the same pages from files"
else not_ok "pages by URL compare as the same pages from files"; fi
if grep -q "\"url\": \"$base/tidewater.html\"" ../out &&
   grep -q '"outlet": "Northbank Gazette"' ../out
then ok "the JSON documents give the URL and the outlet"
else not_ok "the JSON documents give the URL and the outlet"; fi
if [ -z "$(ls -A .)" ]; then ok "nothing is written to disk"
else not_ok "nothing is written to disk" "$(ls -A .)"; fi

# On a terminal, standard error tells how much has arrived, then clears.
if command -v script >/dev/null; then
	script -qec "$nd -e json $base/tidewater.html $base/northbank.html >/dev/null" /dev/null >../tty 2>&1
	if grep -q 'newsdiff: fetching left: [0-9]* kB' ../tty; then ok "progress on a terminal"
	else not_ok "progress on a terminal" "$(head -c 300 ../tty)"; fi
fi
run "$nd" -e json "$base/tidewater.html" "$base/northbank.html"
if [ ! -s ../err ]; then ok "no progress when standard error is not a terminal"
else not_ok "no progress when standard error is not a terminal" "$(head -c 300 ../err)"; fi

run "$nd" -e json "$base/redirect/tidewater.html" "$pages/northbank.txt"
expect "a redirect is followed" 0
if grep -q "\"url\": \"$base/tidewater.html\"" ../out
then ok "the URL is where the redirect led"
else not_ok "the URL is where the redirect led"; fi

run "$nd" -e json "$base/tidewater.html?gzip" "$base/northbank.html"
expect "a compressed page is read" 0
if grep -q '"text": "About 40 metres of the wall’s upper walkway' ../out
then ok "the compressed page's paragraphs are there"
else not_ok "the compressed page's paragraphs are there"; fi

run "$nd" -e json "$base/latin/latin.txt" "$pages/tidewater.txt"
expect "the charset of the HTTP header is used" 0
if grep -q '“We have been patient' ../out && ! grep -q guess ../err
then ok "Windows-1252 text by its header, no guess"
else not_ok "Windows-1252 text by its header, no guess" "$(cat ../err)"; fi
run "$nd" -e json "$base/latin.txt" "$pages/tidewater.txt"
expect "a text without a charset is guessed, and said so" 0 "read as WINDOWS-1252 (a guess)"

run "$nd" -e text "$base/loop" "$pages/tidewater.txt"
expect "a redirect loop stops" 2 "^newsdiff: $base/loop: too many redirects"
run "$nd" -e text "$pages/tidewater.txt" "$base/missing.html"
expect "404 is said" 2 "^newsdiff: $base/missing.html: the server answered 404 (not found)"
start=$(date +%s)
run "$nd" -e text "$base/slow" "$pages/tidewater.txt"
expect "a slow server times out" 2 "^newsdiff: $base/slow: no answer in time"
if [ $(($(date +%s) - start)) -lt 4 ]; then ok "the timeout is NEWSDIFF_TIMEOUT"
else not_ok "the timeout is NEWSDIFF_TIMEOUT"; fi
run "$nd" -e text "$base/huge" "$pages/tidewater.txt"
expect "a page over the size cap is refused" 2 "^newsdiff: $base/huge: page too large (the limit is 64 MiB)"
run "$nd" -e text "$base/pdf" "$pages/tidewater.txt"
expect "a PDF by its type is refused" 2 "^newsdiff: $base/pdf: not HTML or text (the server says application/pdf)"
run "$nd" -e text http://127.0.0.1:1/ "$pages/tidewater.txt"
expect "a refused connection is said" 2 "^newsdiff: http://127.0.0.1:1/: cannot connect to 127.0.0.1"
run "$nd" -e text http://no-such-host.invalid/ "$pages/tidewater.txt"
expect "an unknown host is said" 2 "cannot find the host no-such-host.invalid (DNS lookup failed)"

echo "1..$n"
[ "$failed" = 0 ]
