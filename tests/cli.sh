#!/usr/bin/env bash
# cli.sh - newsdiff's command line as a user meets it: options, exit
# status, messages, exports to files and pipes.  TAP output for meson.
#
# usage: cli.sh NEWSDIFF FIXTURES
set -u

nd=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fixtures=$(cd "$2" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/newsdiff-cli-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 99

left=$fixtures/export/left.txt
right=$fixtures/export/right.txt
n=0
failed=0

ok() {
	n=$((n + 1))
	echo "ok $n - $1"
}

not_ok() {
	n=$((n + 1))
	failed=$((failed + 1))
	echo "not ok $n - $1"
	shift
	for line in "$@"; do
		echo "# $line"
	done
}

# run CMD...: status in $st, output in out and err.
run() {
	"$@" >out 2>err
	st=$?
}

# expect DESCRIPTION STATUS [STDERR-PATTERN]: the last run's outcome.
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

# ---- options ------------------------------------------------------------

run "$nd" --help
expect "--help exits 0" 0
for word in --export --output --help --version "Keys in the reader" "Exit status" NO_COLOR; do
	if grep -q -- "$word" out; then ok "--help mentions $word"
	else not_ok "--help mentions $word"; fi
done

run "$nd" --version
expect "--version exits 0" 0
if grep -Eq '^newsdiff [0-9]+\.[0-9]+' out; then ok "--version prints the version"
else not_ok "--version prints the version" "$(cat out)"; fi

run "$nd" --frobnicate
expect "an unknown option is trouble" 2 "^newsdiff: unknown option '--frobnicate'"
run "$nd" -e pdf "$left" "$right"
expect "an unknown format is trouble" 2 "unknown export format 'pdf'"
run "$nd" "$left"
expect "one file alone is trouble" 2 "expected two files"
run "$nd" - - <"$left"
expect "standard input twice is trouble" 2 "standard input can be only one"

# ---- bad input ----------------------------------------------------------

run "$nd" -e text nosuch.txt "$right"
expect "a missing file is named with its reason" 2 "^newsdiff: nosuch.txt: No such file or directory"
if [ ! -s out ]; then ok "a missing file writes nothing to stdout"
else not_ok "a missing file writes nothing to stdout"; fi
run "$nd" -e text "$left" "$work"
expect "a folder is refused" 2 "Is a directory"
printf 'text\0with a NUL\n' >binary.dat
run "$nd" -e text "$left" binary.dat
expect "a NUL byte means a binary file" 2 "^newsdiff: binary.dat: binary file"

# Unreadable: root reads anything, so only a user can see this refused.
if [ "$(id -u)" != 0 ]; then
	cp "$left" locked.txt
	chmod 000 locked.txt
	run "$nd" -e text locked.txt "$right"
	expect "an unreadable file is named with its reason" 2 "^newsdiff: locked.txt: Permission denied"
else
	echo "# running as root: the unreadable-file case cannot be made"
fi
printf '\377\376T\000e\000x\000t\000\n\000' >utf16.txt
run "$nd" -e text "$left" utf16.txt
expect "UTF-16 with a byte order mark is read" 0
truncate -s 65M huge.txt 2>/dev/null && {
	run "$nd" -e text huge.txt "$right"
	expect "a file over the size cap is refused" 2 "^newsdiff: huge.txt: file too large (the limit is 64 MiB)"
	rm -f huge.txt
}

: >empty.txt
run "$nd" -e text empty.txt "$right"
expect "an empty report is a warning, not a failure" 0 "^newsdiff: empty.txt: warning: empty file"
if grep -q "Rescue crews used 40 boats" out; then ok "beside an empty report the other is still there"
else not_ok "beside an empty report the other is still there"; fi
printf '  \n\t\n\n' >blank.txt
run "$nd" -e text "$left" blank.txt
expect "a report of white space is a warning" 0 "^newsdiff: blank.txt: warning: only white space"

printf 'Flood waters rise\n\nThe river \377\376 rose and the town was evacuated on Tuesday.\n' >bad.txt
run "$nd" -e json bad.txt "$right"
expect "invalid UTF-8 is read, with a warning naming the place" 0 "^newsdiff: bad.txt:3: warning: invalid UTF-8 (byte 0xFF) at byte offset"
if grep -q 'river \xef\xbf\xbd\xef\xbf\xbd rose and the town was evacuated' out ||
   grep -q "river $(printf '\357\277\275\357\277\275') rose and the town was evacuated" out; then ok "invalid bytes become U+FFFD and the rest is kept"
else not_ok "invalid bytes become U+FFFD and the rest is kept"; fi
printf '\357\273\277Flood waters rise\r\n\r\nThe river rose.\r\n' >bom.txt
run "$nd" -e json bom.txt "$right"
if [ "$st" = 0 ] && ! grep -q "$(printf '\357\273\277')" out && ! grep -q "$(printf '\r')" out &&
   grep -q '"text": "The river rose."' out; then ok "a BOM is dropped and CRLF read as LF"
else not_ok "a BOM is dropped and CRLF read as LF"; fi

# Resource limits: a 4 MB line and 200,000 paragraphs go through (the
# timeout only catches a blow-up; speed is measured by the benchmarks).
awk 'BEGIN { srand(7); for (i = 0; i < 700000; i++) printf "w%d ", int(rand() * 50000); print "" }' >oneline.txt
run timeout 120 "$nd" -e json oneline.txt "$right"
expect "a 4 MB single line goes through" 0
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "Item %d of the list, said officer %d.\n", i, i % 977 }' >many.txt
run timeout 120 "$nd" -e json many.txt "$left"
expect "200,000 paragraphs go through" 0
if grep -q '"id": 199999' out; then ok "... every one of them"
else not_ok "... every one of them"; fi

# ---- exports ------------------------------------------------------------

run "$nd" -e text "$left" "$right"
expect "text export exits 0" 0
if head -1 out | grep -q "^newsdiff: two reports compared"; then ok "text export starts with its header"
else not_ok "text export starts with its header"; fi

# Standard output not a terminal: the text export, as git diff does.
"$nd" "$left" "$right" | cat >piped
if [ -s piped ] && cmp -s piped out; then ok "a pipe gets the text export"
else not_ok "a pipe gets the text export"; fi

run "$nd" -e json - "$right" <"$left"
expect "standard input as the left report" 0
if grep -q '"path": "-"' out; then ok "standard input is named - in JSON"
else not_ok "standard input is named - in JSON"; fi

for ext in txt md html json; do
	run "$nd" -o "out.$ext" "$left" "$right"
	expect "-o out.$ext exits 0" 0
	if [ -s "out.$ext" ] && [ ! -s out ]; then ok "-o out.$ext writes the file, not stdout"
	else not_ok "-o out.$ext writes the file, not stdout"; fi
done
if head -1 out.md | grep -q '^# '; then ok "the .md extension chooses Markdown"
else not_ok "the .md extension chooses Markdown"; fi
if head -1 out.json | grep -q '^{'; then ok "the .json extension chooses JSON"
else not_ok "the .json extension chooses JSON"; fi
run "$nd" -e json -o out.html "$left" "$right"
if head -1 out.html | grep -q '^{'; then ok "--export wins over the extension"
else not_ok "--export wins over the extension"; fi
run "$nd" -o out.xyz "$left" "$right"
expect "an unknown extension without --export is trouble" 2 "cannot tell the export format"
run "$nd" -e text -o - "$left" "$right"
if [ -s out ] && cmp -s out piped; then ok "-o - is standard output"
else not_ok "-o - is standard output"; fi

if command -v xmllint >/dev/null; then
	"$nd" -e html "$left" "$right" >page.html
	if xmllint --noout page.html 2>xmlerr; then ok "HTML export is well-formed (xmllint)"
	else not_ok "HTML export is well-formed (xmllint)" "$(head -5 xmlerr)"; fi
	if xmllint --html --noout page.html 2>xmlerr && [ ! -s xmlerr ]; then ok "HTML export parses as HTML (xmllint --html)"
	else not_ok "HTML export parses as HTML (xmllint --html)" "$(head -5 xmlerr)"; fi
	if [ "$(grep -c '<script' page.html)" = 1 ] && grep -q '^<script>(function(){' page.html; then ok "no <script> from a report reaches the HTML"
	else not_ok "no <script> from a report reaches the HTML" "$(grep '<script' page.html | head -3)"; fi
else
	echo "# xmllint is not installed: HTML checked by the Check suite only"
fi

# ---- writing files ------------------------------------------------------

cp "$left" mine.txt
run "$nd" -o mine.txt -e text mine.txt "$right"
expect "writing over an input is refused" 2 "^newsdiff: mine.txt: refusing to overwrite an input file"
if cmp -s mine.txt "$left"; then ok "the refused input is untouched"
else not_ok "the refused input is untouched"; fi

run "$nd" -o "$work" -e text "$left" "$right"
expect "a folder as output is refused" 2 "Is a directory"
run "$nd" -o no/such/dir/x.txt "$left" "$right"
expect "a missing folder is reported" 2 "^newsdiff: no/such/dir/x.txt: No such file or directory"
if [ -w /dev/full ]; then
	run "$nd" -o /dev/full -e json "$left" "$right"
	expect "a full disk is reported" 2 "^newsdiff: /dev/full: No space left on device"
fi

# A write cut short (the file size limit standing in for a full disk):
# the old file stays whole and no temporary is left behind.
echo "previous export" >big.html
(trap '' XFSZ; ulimit -f 2; exec "$nd" -o big.html "$left" "$right") >out 2>err
st=$?
expect "a write cut short is reported" 2 "^newsdiff: big.html: File too large"
if [ "$(cat big.html)" = "previous export" ]; then ok "a failed write leaves the old file whole"
else not_ok "a failed write leaves the old file whole"; fi
if [ -z "$(find . -name '.newsdiff-*')" ]; then ok "a failed write leaves no temporary file"
else not_ok "a failed write leaves no temporary file" "$(find . -name '.newsdiff-*')"; fi

# ---- the manual ---------------------------------------------------------

man=$fixtures/../../man/newsdiff.1
version=$("$nd" --version | cut -d' ' -f2)
if head -5 "$man" | grep -q "^\.TH NEWSDIFF 1 .*\"newsdiff $version\""; then ok "the manual is of this version ($version)"
else not_ok "the manual is of this version ($version)"; fi
# Every key the reader's help lists is in the manual, said the same way.
"$nd" --help | sed -n '/^Keys in the reader:/,/^$/p' | sed -n 's/^  .\{20\} //p' >keys.txt
missing=$(while IFS= read -r what; do grep -qF -- "$what" "$man" || echo "$what"; done <keys.txt)
if [ -s keys.txt ] && [ -z "$missing" ]; then ok "the manual lists every key of --help"
else not_ok "the manual lists every key of --help" "missing: $missing"; fi
if command -v groff >/dev/null; then
	if LC_ALL=C.UTF-8 groff -ww -z -man -Tutf8 "$man" 2>groff.err && [ ! -s groff.err ]; then ok "the manual renders without warnings (groff -ww)"
	else not_ok "the manual renders without warnings (groff -ww)" "$(head -5 groff.err)"; fi
else
	echo "# groff is not installed: the manual's rendering is not checked"
fi

# ---- exports as a renderer and a browser read them ----------------------

# Markdown through cmark: every emphasis delimiter is taken as one (a
# star that shows is one the report wrote, escaped), and the other
# report's figure stays out of the quoted paragraph.
if command -v cmark >/dev/null; then
	stars_ok=yes
	for l in "$fixtures"/export/left.txt "$fixtures"/pairs/*.left.txt; do
		r=${l%left.txt}right.txt
		"$nd" -e markdown "$l" "$r" >page.md
		cmark page.md >page.md.html
		shown=$(sed 's/<[^>]*>//g' page.md.html | tr -cd '*' | wc -c)
		escaped=$(grep -o '\\\*' page.md | wc -l)
		if [ "$shown" != "$escaped" ]; then
			stars_ok="$l: $shown stars shown, $escaped written"
			break
		fi
	done
	if [ "$stars_ok" = yes ]; then ok "Markdown emphasis renders in cmark with no stray star"
	else not_ok "Markdown emphasis renders in cmark with no stray star" "$stars_ok"; fi
	"$nd" -e markdown "$left" "$right" | cmark >page.md.html
	if grep -q '^<p>≠ <strong>About 1,200 people</strong>; the right report: Nearly 1,500 residents</p>$' page.md.html &&
	   ! sed -n '/<blockquote>/,/<\/blockquote>/p' page.md.html | grep -q '≠'; then
		ok "Markdown gives the other report's figure after the quotation"
	else not_ok "Markdown gives the other report's figure after the quotation" "$(grep '≠' page.md.html | head -3)"; fi
else
	echo "# cmark is not installed: Markdown rendering not checked"
fi

# HTML in a browser: opening the page at a paragraph lights its partner
# (the page's script ran), and the page names no folder.
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
"$nd" -e html "$left" "$right" >page.html
if ! grep -q "$fixtures" page.html; then ok "HTML names the reports without their folder"
else not_ok "HTML names the reports without their folder"; fi
if [ -n "$chrome" ]; then
	lid=$(grep -o 'id="L[0-9]*" style="order:[0-9]*"><a class="g" href="#R[0-9]*"' page.html | head -1)
	l=${lid#id=\"}; l=${l%%\"*}
	r=${lid##*href=\"#}; r=${r%\"}
	timeout 60 "$chrome" --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run --user-data-dir="$work/chrome" \
		--virtual-time-budget=2000 --dump-dom "file://$work/page.html#$l" >dom.html 2>/dev/null
	if [ -n "$l" ] && grep -q "<div class=\"p [a-z ]*partner\" id=\"$r\"" dom.html; then
		ok "HTML opened at #$l lights its partner $r (chromium)"
	else not_ok "HTML opened at #$l lights its partner $r (chromium)" "$(grep -o 'class="[^"]*partner[^"]*" id="[^"]*"' dom.html | head -2)"; fi
else
	echo "# chromium is not installed: the HTML page's script not run"
fi

# ---- the command line and file writing (issue 12) -----------------------

# -o to something that is not a regular file writes into it.
echo "kept line" >keep.txt
ino=$(stat -c %i keep.txt)
"$nd" -e json -o /dev/fd/1 "$left" "$right" >>keep.txt 2>err
st=$?
if [ "$st" = 0 ] && [ "$(stat -c %i keep.txt)" = "$ino" ] && [ "$(head -1 keep.txt)" = "kept line" ] &&
   sed -n 2p keep.txt | grep -q '^{'; then ok "-o /dev/fd/1 >>file appends to the file"
else not_ok "-o /dev/fd/1 >>file appends to the file" "status $st" "$(head -3 keep.txt)"; fi
echo "kept line" >keep.log
"$nd" -e json -o /dev/stderr "$left" "$right" 2>>keep.log
if [ "$(head -1 keep.log)" = "kept line" ] && grep -q '"format": "newsdiff"' keep.log; then ok "-o /dev/stderr 2>>log appends to the log"
else not_ok "-o /dev/stderr 2>>log appends to the log" "$(head -3 keep.log)"; fi
"$nd" -e json -o /dev/stdout "$left" "$right" | cat >piped.json
if grep -q '"format": "newsdiff"' piped.json; then ok "-o /dev/stdout into a pipe"
else not_ok "-o /dev/stdout into a pipe"; fi
mkfifo fifo
cat fifo >from-fifo &
run "$nd" -e text -o fifo "$left" "$right"
wait
if [ "$st" = 0 ] && [ -p fifo ] && cmp -s from-fifo piped; then ok "-o FIFO writes into the FIFO, which stays one"
else not_ok "-o FIFO writes into the FIFO, which stays one" "status $st"; fi

# A write-protected file is refused, and replaced with --force keeping
# its mode; links are followed and stay links; owner and folder.
echo "protected" >ro.txt
chmod 444 ro.txt
run "$nd" -e text -o ro.txt "$left" "$right"
expect "a write-protected file is refused" 2 "^newsdiff: ro.txt: file is write-protected; --force replaces it"
if [ "$(cat ro.txt)" = protected ]; then ok "... and left as it was"
else not_ok "... and left as it was"; fi
run "$nd" -f -e text -o ro.txt "$left" "$right"
expect "--force replaces a write-protected file" 0
if cmp -s ro.txt piped && [ "$(stat -c %a ro.txt)" = 444 ]; then ok "... which keeps its mode"
else not_ok "... which keeps its mode" "mode $(stat -c %a ro.txt)"; fi
ln -s made.txt dangling.txt
run "$nd" -e text -o dangling.txt "$left" "$right"
if [ "$st" = 0 ] && [ -L dangling.txt ] && cmp -s made.txt piped; then ok "a dangling link creates its target and stays a link"
else not_ok "a dangling link creates its target and stays a link" "status $st" "$(ls -l dangling.txt made.txt 2>&1)"; fi
mkdir -p elsewhere
echo old >elsewhere/target.txt
ln -s elsewhere/target.txt linked.txt
run "$nd" -e text -o linked.txt "$left" "$right"
if [ "$st" = 0 ] && [ -L linked.txt ] && cmp -s elsewhere/target.txt piped &&
   [ -z "$(find . -name '.newsdiff-*')" ]; then ok "a link to a file: the file is replaced, the link stays"
else not_ok "a link to a file: the file is replaced, the link stays" "status $st"; fi
if [ "$(id -u)" = 0 ]; then
	echo theirs >owned.txt
	chown 65534:65534 owned.txt
	run "$nd" -e text -o owned.txt "$left" "$right"
	if [ "$st" = 0 ] && [ "$(stat -c %u:%g owned.txt)" = 65534:65534 ] && cmp -s owned.txt piped; then ok "a replaced file keeps its owner"
	else not_ok "a replaced file keeps its owner" "owner $(stat -c %u:%g owned.txt)"; fi
fi
# A folder we may not write: as a user directly, as root as nobody.
as_user=
if [ "$(id -u)" != 0 ]; then as_user=" "
elif command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
	as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
	chmod 755 "$work"
fi
if [ -n "$as_user" ] && $as_user test -x "$nd" && $as_user test -r "$left"; then
	mkdir locked
	echo old >locked/w.txt
	chmod 666 locked/w.txt
	chmod 555 locked
	run $as_user "$nd" -e text -o locked/w.txt "$left" "$right"
	expect "a folder that cannot take the file is named" 2 "^newsdiff: cannot write into folder 'locked': Permission denied"
	chmod 755 locked
else
	echo "# no unprivileged user to run as: the read-only folder case cannot be made"
fi

# A signal during the write leaves no temporary file and the old file.
awk 'BEGIN { srand(3); for (p = 0; p < 20000; p++) { for (i = 0; i < 30; i++) printf "w%d ", int(rand() * 5000); print "\n" } }' >big-left.txt
awk 'BEGIN { srand(4); for (p = 0; p < 20000; p++) { for (i = 0; i < 30; i++) printf "w%d ", int(rand() * 5000); print "\n" } }' >big-right.txt
for sig in INT TERM HUP; do
	echo "previous export" >big.html
	set -m		# a job of its own, so that SIGINT is not ignored
	"$nd" -o big.html big-left.txt big-right.txt 2>/dev/null &
	pid=$!
	set +m
	# Wait until it writes the export (a temporary file is open), then
	# send the signal.
	caught=
	for _ in $(seq 5000); do
		if ls -l "/proc/$pid/fd" 2>/dev/null | grep -Eq '/(\.newsdiff-[^/]*|#[0-9]+ \(deleted\))$'; then
			kill -"$sig" "$pid"
			caught=yes
			break
		fi
		kill -0 "$pid" 2>/dev/null || break
	done
	wait "$pid" 2>/dev/null
	st=$?
	left_over=$(find . -name '.newsdiff-*')
	if [ -z "$caught" ]; then
		echo "# SIG$sig: the write was over before it could be caught"
	elif [ "$st" -gt 128 ] && [ -z "$left_over" ] && [ "$(cat big.html)" = "previous export" ]; then ok "SIG$sig during -o leaves no temporary file and the old file"
	else not_ok "SIG$sig during -o leaves no temporary file and the old file" "status $st" "left: $left_over"; fi
	rm -f $left_over
done

# One input under two names is refused, not read as empty.
cat "$left" | "$nd" -e text - /dev/stdin >out 2>err
st=$?
expect "- and /dev/stdin are refused as one input" 2 "^newsdiff: standard input and '/dev/stdin' are one input, which can be read only once"
run timeout 10 "$nd" -e text fifo fifo
expect "one FIFO twice is refused, without waiting" 2 "are one input"
run "$nd" -e text "$left" "$left"
expect "a file compared with itself is still fine" 0

# File names in messages are quoted as the shell needs them.
name=$(printf '\033]0;PWNED\a\033[2J')
run "$nd" -e text "$name" "$right"
if [ "$st" = 2 ] && ! grep -q "$(printf '\033')" err && grep -q '^newsdiff: .*033.*: No such file or directory' err; then ok "escapes in a file name do not reach the terminal"
else not_ok "escapes in a file name do not reach the terminal" "$(od -c err | head -3)"; fi
quoted=$(sed -n 's/^newsdiff: \(.*\): No such file or directory$/\1/p' err)
if [ "$(eval "printf %s $quoted")" = "$name" ]; then ok "... and the quoted name is the name, as the shell reads it"
else not_ok "... and the quoted name is the name, as the shell reads it" "$quoted"; fi
run "$nd" -e text "my report.txt" "$right"
expect "a name with a space is quoted" 2 "^newsdiff: 'my report.txt': No such file"
# Letters beyond ASCII show as themselves where the locale has them.
name=$(printf 'caf\303\251.txt')
LC_ALL=C.UTF-8 run "$nd" -e text "$name" "$right"
expect "a UTF-8 name shows as itself in a UTF-8 locale" 2 "^newsdiff: $name: No such file"
LC_ALL=C run "$nd" -e text "$name" "$right"
expect "... and as octal escapes in the C locale" 2 "^newsdiff: 'caf'\$'\\\\303\\\\251''.txt': No such file"

# --help and --version: write errors and arguments.
if [ -w /dev/full ]; then
	"$nd" --help >/dev/full 2>err
	st=$?
	expect "--help >/dev/full is a write error" 2 "^newsdiff: write error: No space left on device"
	"$nd" --version >/dev/full 2>err
	st=$?
	expect "--version >/dev/full is a write error" 2 "^newsdiff: write error: No space left on device"
fi
run "$nd" --help=x
expect "--help=x says the option takes no argument" 2 "^newsdiff: option '--help' doesn't allow an argument"
run "$nd" --version=1
expect "--version=1 says the option takes no argument" 2 "^newsdiff: option '--version' doesn't allow an argument"
if grep -q -- "--force" <("$nd" --help); then ok "--help mentions --force"
else not_ok "--help mentions --force"; fi

# Format names in any case.
run "$nd" -e JSON "$left" "$right"
if [ "$st" = 0 ] && head -1 out | grep -q '^{'; then ok "-e JSON is json"
else not_ok "-e JSON is json" "$(head -2 err)"; fi
run "$nd" --export=Markdown "$left" "$right"
if [ "$st" = 0 ] && head -1 out | grep -q '^# '; then ok "--export=Markdown is markdown"
else not_ok "--export=Markdown is markdown"; fi

# The README's first command installs, builds and opens the reader as
# root (no sudo there) and as a user (through sudo).
readme=$fixtures/../../README.md
first=$(awk '/^```sh$/ { getline; print; exit }' "$readme")
mkdir -p stubs readme-run
for tool in apt-get meson sudo id; do
	cat >"stubs/$tool" <<'STUB'
#!/bin/sh
if [ "${0##*/}" = id ]; then echo "$FAKE_UID"; exit 0; fi
echo "${0##*/} $*" >>"$CALLS"
if [ "${0##*/}" = sudo ]; then exec "$@"; fi
STUB
	chmod +x "stubs/$tool"
done
mkdir -p readme-run/build
printf '#!/bin/sh\necho "newsdiff $*" >>"$CALLS"\n' >readme-run/build/newsdiff
chmod +x readme-run/build/newsdiff
for who in root:0 user:1000; do
	rm -f calls
	[ "${who%%:*}" = root ] && rm -f stubs/sudo
	(cd readme-run && PATH=$work/stubs CALLS=$work/calls FAKE_UID=${who#*:} /bin/bash -c "$first") >/dev/null 2>readme.err
	st=$?
	want="apt-get install"
	[ "${who%%:*}" = user ] && want="sudo apt-get install"
	if [ "$st" = 0 ] && grep -q "^$want" calls && grep -q '^meson compile' calls && grep -q '^newsdiff' calls &&
	   { [ "${who%%:*}" = user ] || ! grep -q '^sudo' calls; }; then ok "the README's first command works as ${who%%:*}"
	else not_ok "the README's first command works as ${who%%:*}" "status $st: $(cat readme.err)" "$(cat calls 2>/dev/null)"; fi
	[ -e stubs/sudo ] || cp stubs/meson stubs/sudo
done
# ---- text encodings and what text shows --------------------------------

# UTF-32 with a byte order mark is read; BOM-less UTF-16 is named, with
# the iconv call that reads it.
printf '\377\376\0\0H\0\0\0i\0\0\0\n\0\0\0' >u32le.txt
run "$nd" -e text u32le.txt "$right"
expect "UTF-32LE with its byte order mark is read" 0
printf '\0\0\376\377\0\0\0H\0\0\0i\0\0\0\n' >u32be.txt
run "$nd" -e text u32be.txt "$right"
expect "UTF-32BE with its byte order mark is read" 0
printf 'H\0e\0l\0l\0o\0 \0t\0h\0e\0r\0e\0\n\0' >u16le.txt
run "$nd" -e text u16le.txt "$right"
expect "BOM-less UTF-16LE is read, said to be a guess" 0 "^newsdiff: u16le.txt: note: no encoding declared and not UTF-8: read as UTF-16LE (a guess)"
if grep -q 'Hello there' out; then ok "... and its words come out"
else not_ok "... and its words come out"; fi

# Bidi controls show as named symbols, not as U+FFFD; an overlong form and
# a surrogate are one U+FFFD per bad byte.
printf 'Plain words on the left side.\n' >bidi-left.txt
printf 'A bidi \342\200\256gnp.exe\342\200\254 trick, an isolate \342\201\247x\342\201\251 and a mark \342\200\217 here.\n\nBad \340\200\257 and \355\240\200 bytes.\n' >bidi-right.txt
run "$nd" -e text bidi-left.txt bidi-right.txt
if grep -q 'A bidi ⇚gnp.exe↥ trick, an isolate ↤x↧ and a mark ↼ here' out &&
   ! grep -q "$(printf '\342\200\256')" out; then ok "text export: bidi controls show as named symbols"
else not_ok "text export: bidi controls show as named symbols" "$(grep -a 'bidi' out)"; fi
if grep -q 'Bad ���  *and ��� bytes' out || grep -q 'Bad ��� and ��� bytes' out; then ok "text export: one U+FFFD per bad byte of E0 80 AF and ED A0 80"
else not_ok "text export: one U+FFFD per bad byte of E0 80 AF and ED A0 80" "$(grep -a 'Bad' out)"; fi
run "$nd" -e html bidi-left.txt bidi-right.txt
if grep -q 'A bidi ⇚gnp.exe↥ trick' out && ! grep -q "$(printf '\342\200\256')" out; then ok "HTML export: bidi controls show as named symbols"
else not_ok "HTML export: bidi controls show as named symbols" "$(grep -a 'bidi' out | head -c 300)"; fi
run "$nd" -e json bidi-left.txt bidi-right.txt
if grep -q 'A bidi \\u202egnp.exe\\u202c trick' out; then ok "JSON export keeps bidi controls escaped as they are"
else not_ok "JSON export keeps bidi controls escaped as they are" "$(grep -a 'bidi' out | head -c 300)"; fi

# ---- word diff and revisions --------------------------------------------

rl=$fixtures/revisions/left.txt
rr=$fixtures/revisions/right.txt
run "$nd" --help
for word in --word-diff --revisions --no-revisions; do
	if grep -q -- "$word" out; then ok "--help mentions $word"
	else not_ok "--help mentions $word"; fi
done

# Two versions of one report: said, summarized, the word diff shown, with
# no option given.
"$nd" -e text "$rl" "$rr" >rev.txt
cat >rev.want <<'WANT'
changes, in the right report's order:

    figure changed:    headline: 12 → 17 dead
    figure changed:    right 5: Wednesday → Tuesday
    quotation changed: right 7: rise this fast → climb so quickly
    added:             right 8: “A shelter for about 300 displaced residents
                       has...”
    removed:           left 9: “Schools in the valley will stay closed
                       until...”
WANT
# How many paragraphs pair closely is the aligner's to say; what changed
# is not.
awk '/^These are two versions/ { p = 1 } /^(-----|=====)/ { p = 0 } p && NF' rev.txt >rev.got
if grep -Eq '^These are two versions of one report: 1[2-6] of 16 paragraphs pair closely\.  5$' rev.got &&
   sed 1d rev.got | diff <(grep -v '^$' rev.want) - >/dev/null; then
	ok "revisions: two versions of one report are summarized, exactly"
else not_ok "revisions: two versions of one report are summarized, exactly" "$(diff rev.want rev.got | head -5)"; fi
if grep -q 'Floods in Varnholm valley leave \[-12-\]{+17+} dead' rev.txt &&
   grep -q 'would meet on$' rev.txt && grep -q '^    \[-Wednesday-\]{+Tuesday+} to' rev.txt; then
	ok "revisions: the word diff is shown by default"
else not_ok "revisions: the word diff is shown by default" "$(grep -n '\[-' rev.txt | head -3)"; fi
# Paragraph order kept: added right 8 before the passage of right 9, the
# removed left 9 last.
if [ "$(grep -n -E '^(right 8|right 9|left 9) ' rev.txt | cut -d' ' -f1-2 | tr '\n' ,)" = "$(grep -n '^right 8 ' rev.txt | cut -d: -f1):right 8,$(grep -n '^right 9 ' rev.txt | cut -d: -f1):right 9,$(grep -n '^left 9 ' rev.txt | cut -d: -f1):left 9," ] &&
   [ "$(grep -n '^right 8 ' rev.txt | cut -d: -f1)" -lt "$(grep -n '^right 9 ' rev.txt | cut -d: -f1)" ] &&
   [ "$(grep -n '^right 9 ' rev.txt | cut -d: -f1)" -lt "$(grep -n '^left 9 ' rev.txt | cut -d: -f1)" ]; then
	ok "revisions: the right report's paragraph order is kept"
else not_ok "revisions: the right report's paragraph order is kept"; fi

# --no-revisions: the same two versions compared as independent reports,
# as two different reports are: no summary, no word diff, the facts view
# (phrases listed); the last of --revisions and --no-revisions counts.
"$nd" --no-revisions -e text "$rl" "$rr" >norev.txt
if grep -q '^These are two versions of one report' rev.txt &&
   ! grep -q 'versions of one report' norev.txt && ! grep -q '\[-' norev.txt &&
   ! grep -q 'figure changed' norev.txt && grep -q '^    phrases: ' norev.txt &&
   grep -q '^Passage 1 of ' norev.txt; then
	ok "--no-revisions: two versions compared as independent reports"
else not_ok "--no-revisions: two versions compared as independent reports" "$(head -30 norev.txt)"; fi
"$nd" --no-revisions -e json "$rl" "$rr" >norev.json
"$nd" -e json "$rl" "$rr" >rev.json
if grep -q '"revisions"' rev.json && ! grep -q '"revisions"' norev.json &&
   ! grep -q '"edits"' norev.json && grep -q '"alignments"' norev.json; then
	ok "--no-revisions: JSON has no revisions and no edits"
else not_ok "--no-revisions: JSON has no revisions and no edits"; fi
"$nd" --no-revisions --word-diff -e text "$rl" "$rr" >norev-wd.txt
if grep -q 'leave \[-12-\]{+17+} dead' norev-wd.txt &&
   ! grep -q 'versions of one report' norev-wd.txt; then
	ok "--no-revisions --word-diff: the word diff alone"
else not_ok "--no-revisions --word-diff: the word diff alone"; fi
"$nd" --no-revisions --revisions -e text "$rl" "$rr" >both1.txt
"$nd" --revisions --no-revisions -e text "$rl" "$rr" >both2.txt
if cmp -s both1.txt rev.txt && cmp -s both2.txt norev.txt; then
	ok "--revisions and --no-revisions: the last given counts"
else not_ok "--revisions and --no-revisions: the last given counts"; fi

# The headers say which of the two it is.
"$nd" -e markdown "$rl" "$rr" >rev.md
"$nd" -e html "$rl" "$rr" >rev.html
"$nd" --no-revisions -e html "$rl" "$rr" >norev.html
if [ "$(head -1 rev.txt)" = "newsdiff: two versions compared" ] &&
   [ "$(head -1 norev.txt)" = "newsdiff: two reports compared" ] &&
   [ "$(head -1 rev.md)" = "# Two versions compared" ] &&
   grep -q '<h1>Two versions compared</h1>' rev.html &&
   grep -q '<h1>Two reports compared</h1>' norev.html; then
	ok "versions and reports: each export's header says which"
else not_ok "versions and reports: each export's header says which" "$(head -1 rev.txt)"; fi

# Versions that share most paragraphs word for word (the bundled report
# and a copy with one figure changed): those pair as they stand, each
# alignment but the changed one "verbatim", and the summary has the one
# change; --no-revisions reads them all.
sed 's/nearly 350 people/nearly 360 people/' "$NEWSDIFF_DATADIR/upi-kerry-audio-2016-09-30.txt" >upi-edited.txt
"$nd" -e json "$NEWSDIFF_DATADIR/upi-kerry-audio-2016-09-30.txt" upi-edited.txt >verb.json
"$nd" -e text "$NEWSDIFF_DATADIR/upi-kerry-audio-2016-09-30.txt" upi-edited.txt >verb.txt
"$nd" --no-revisions -e json "$NEWSDIFF_DATADIR/upi-kerry-audio-2016-09-30.txt" upi-edited.txt >noverb.json
nverb=$(grep -c '"verbatim": true' verb.json)
nal=$(grep -c '"score": ' verb.json)
if ! cmp -s upi-edited.txt "$NEWSDIFF_DATADIR/upi-kerry-audio-2016-09-30.txt" &&
   [ "$nverb" -gt 10 ] && [ "$nverb" -eq $((nal - 1)) ] &&
   ! grep -q '"verbatim"' noverb.json &&
   grep -q '^    figure changed:    right [0-9]*: 350 → 360 people$' verb.txt &&
   [ "$(sed -n '/^These are two versions/,/^====/p' verb.txt | grep -c '^    [a-z]')" = 1 ]; then
	ok "versions word for word: paired as they stand, the one change listed"
else not_ok "versions word for word: paired as they stand, the one change listed" "verbatim $nverb of $nal"; fi

# Two different reports: no revisions mode unless asked.
(cd "$fixtures/export" && "$nd" -e text left.txt right.txt) >plain.txt
if ! grep -q 'versions of one report' plain.txt && ! grep -q '\[-' plain.txt &&
   cmp -s plain.txt "$fixtures/export/expect.txt"; then
	ok "two different reports stay in the facts view, byte for byte"
else not_ok "two different reports stay in the facts view, byte for byte"; fi
run "$nd" --revisions -e text "$left" "$right"
if [ "$st" = 0 ] && grep -q '^These are two versions of one report' out; then
	ok "--revisions takes any two texts as versions"
else not_ok "--revisions takes any two texts as versions" "status $st"; fi

# --word-diff in each export.
"$nd" --word-diff -e markdown "$rl" "$rr" >wd.md
if grep -q '^> Floods in Varnholm valley leave <del>12</del><ins>17</ins> dead$' wd.md &&
   grep -q '^- \*\*figure changed:\*\* headline: 12 → 17 dead$' wd.md; then
	ok "Markdown word diff: <del> and <ins>, the summary as a list"
else not_ok "Markdown word diff: <del> and <ins>, the summary as a list" "$(grep -m2 'del>' wd.md)"; fi
"$nd" -w -e html "$rl" "$rr" >wd.html
if grep -q '<del><span class="m figure-differ"[^>]*>12</span></del>' wd.html &&
   grep -q '<ins><span class="m figure-differ"[^>]*>17</span></ins>' wd.html &&
   grep -q '^del{' wd.html && grep -q '<li><b>removed:</b> left 9' wd.html; then
	ok "HTML word diff: del and ins on their side, the facts' marks inside, styled"
else not_ok "HTML word diff: del and ins on their side, the facts' marks inside, styled"; fi
if command -v python3 >/dev/null; then
	"$nd" -w -e json "$rl" "$rr" >wd.json
	"$nd" -e json "$left" "$right" >plain.json
	got=$(python3 -c '
import json, sys
d = json.load(open("wd.json"))
e = [(x["op"], x["left"]["text"], x["right"]["text"], x["left"]["paragraph"], x["right"]["paragraph"])
     for a in d["alignments"] for x in (a["edits"] or [])]
p = json.load(open("plain.json"))
k = [(x["kind"], x["left"], x["right"]) for x in d["revisions"]["changes"]]
print(e, all("edits" not in a for a in p["alignments"]), "revisions" in p, k)' 2>&1)
	want="[('replace', '12', '17', 0, 0), ('replace', 'Wednesday', 'Tuesday', 4, 4), ('replace', 'rise this fast', 'climb so quickly', 6, 6)] True False [('figure', 0, 0), ('figure', 4, 4), ('quotation', 6, 6), ('added', None, 7), ('removed', 8, None)]"
	if [ "$got" = "$want" ]; then ok "JSON: edits with --word-diff only; the changes of versions"
	else not_ok "JSON: edits with --word-diff only; the changes of versions" "$got"; fi
else
	echo "# python3 is not installed: JSON edits not checked"
fi

# ---- the ledger and --check ------------------------------------------------

# --check on the bundled pair: the 350/400 figures, given by different
# sources, and a quotation worded differently; exit 1, as diff(1) does.
run "$nd" --check
expect "--check on the bundled pair exits 1" 1
if grep -q 'nearly 350 people -- The World Health Organization, this week' out &&
   grep -q 'Around 400 civilians -- Kerry, the last eight days' out &&
   grep -q 'figure, different sources' out && grep -q 'quotation varies' out; then
	ok "--check prints the disagreeing figures with source and time"
else not_ok "--check prints the disagreeing figures with source and time" "$(head -5 out)"; fi
if ! grep -q 'same figure\|left only\|right only\|Passage' out; then
	ok "--check prints only the disagreements"
else not_ok "--check prints only the disagreements" "$(head -5 out)"; fi
bundled_left=$NEWSDIFF_DATADIR/upi-kerry-audio-2016-09-30.txt
run "$nd" --check "$bundled_left" "$bundled_left"
expect "--check of a report against itself exits 0" 0
if [ ! -s out ]; then ok "--check prints nothing when the reports agree"
else not_ok "--check prints nothing when the reports agree" "$(head -3 out)"; fi
run "$nd" --check "$left" "$work/no-such-file"
expect "--check on a missing file exits 2" 2 "no-such-file"
run "$nd" --check --export=json
expect "--check with --export is trouble" 2 "check"
run "$nd" --help
if grep -q -- '--check' out; then ok "--help mentions --check"
else not_ok "--help mentions --check"; fi

# The exports open with the ledger.
"$nd" -e text >ledger.txt
if [ "$(grep -n '^Ledger: ' ledger.txt | cut -d: -f1)" -lt "$(grep -n '^Passage 1 of' ledger.txt | cut -d: -f1)" ] 2>/dev/null; then
	ok "the text export opens with the ledger"
else not_ok "the text export opens with the ledger" "$(grep -n 'Ledger\|Passage 1 of' ledger.txt | head)"; fi
"$nd" -e markdown >ledger.md
if grep -q '^## Ledger: 1 figure differs (1 from different sources), 1 quotation varies$' ledger.md &&
   grep -q '^| different sources | figure | left 20: nearly 350 people (The World Health Organization, this week) | right 12: Around 400 civilians (Kerry, the last eight days) |$' ledger.md; then
	ok "the Markdown export opens with the ledger as a table"
else not_ok "the Markdown export opens with the ledger as a table" "$(grep -n 'Ledger\|different sources' ledger.md | head -3)"; fi
"$nd" -e html >ledger.html
if grep -q '<tr class="disagree"><td>different sources</td><td>figure</td><td><a href="#L20">L20</a> nearly 350 people' ledger.html &&
   grep -q '<td><a href="#R12">R12</a> Around 400 civilians <span class="who">(Kerry, the last eight days)</span></td></tr>' ledger.html &&
   grep -q 'id="L20"' ledger.html && grep -q 'id="R12"' ledger.html; then
	ok "the HTML ledger's rows link to both passages"
else not_ok "the HTML ledger's rows link to both passages" "$(grep -c '<tr' ledger.html)"; fi
"$nd" -e json >ledger.json
if command -v python3 >/dev/null; then
	if python3 - ledger.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
rows = d["ledger"]
first = rows[0]
assert first["status"] in ("differ", "vary"), first
fig = [r for r in rows if r["type"] == "figure" and r["status"] == "differ"][0]
assert fig["different_sources"] is True
assert fig["left"]["text"] == "nearly 350 people" and fig["left"]["source"] == "The World Health Organization"
assert fig["right"]["time"] == "the last eight days"
facts = [f for a in d["alignments"] for f in a["facts"] if f["type"] == "figure" and f["status"] == "differ"]
assert facts[0]["left"]["source"] == "The World Health Organization" and facts[0]["left"]["time"] == "this week"
assert any(r["status"] == "only" and r["type"] == "name" for r in rows)
PY
	then ok "JSON: a ledger array, source and time on the facts"
	else not_ok "JSON: a ledger array, source and time on the facts"; fi
else
	echo "# python3 is not installed: the JSON ledger not checked"
fi

echo "1..$n"
[ "$failed" = 0 ]
