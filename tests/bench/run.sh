#!/bin/sh
# tests/bench/run.sh - time newsdiff beside git's word diff, dwdiff and wdiff.
#
# usage: tests/bench/run.sh [MEGABYTES...]      (default: 1 5 20)
#
# Builds a release newsdiff and the pair generator in build-bench/, makes
# deterministic pairs in tests/bench/data/ (a report and a copy with paragraphs
# deleted, edited, moved and inserted: see tests/bench/gen.c; and a 5 MB
# report and a lightly edited version of it: versions.awk), and times the
# whole process with hyperfine (median of several runs).  Needs hyperfine,
# git, dwdiff, wdiff and GNU time (Debian: apt-get install hyperfine git
# dwdiff wdiff time).  Results go to tests/bench/results/ as Markdown, peak memory included.
set -eu
cd "$(dirname "$0")/../.."

sizes=${*:-1 5 20}
for tool in hyperfine git /usr/bin/time; do
	command -v "$tool" >/dev/null ||
		{ echo "tests/bench/run.sh: $tool is needed" >&2; exit 2; }
done

[ -d build-bench ] ||
	meson setup build-bench --buildtype=release -Dtests=disabled >/dev/null
meson compile -C build-bench newsdiff bench-gen >/dev/null
nd=build-bench/newsdiff
mkdir -p tests/bench/data tests/bench/results

out=tests/bench/results/$(date +%Y-%m-%d).md
{
	echo "# newsdiff benchmark, $(date +%Y-%m-%d)"
	echo
	echo "$(nproc) cores, $(uname -srm); newsdiff $($nd --version | cut -d' ' -f2)"
	echo
} >"$out"

# The bundled pair, load to JSON export.
hyperfine -N --warmup 5 --runs 50 --export-markdown tests/bench/results/bundled.md \
	"$nd --export=json" >/dev/null
{ echo "## Bundled pair, load to JSON"; echo; cat tests/bench/results/bundled.md; echo; } >>"$out"

for mb in $sizes; do
	l=tests/bench/data/pair-$mb.left.txt
	r=tests/bench/data/pair-$mb.right.txt
	[ -f "$l" ] || build-bench/tests/bench/bench-gen "$mb" "$l" "$r"
	runs=10
	[ "$mb" -ge 20 ] && runs=5
	set -- "$nd --export=json $l $r" \
	       "git diff --no-index --word-diff=porcelain $l $r"
	# dwdiff and wdiff take seconds from a few megabytes on.
	if [ "$mb" -le 5 ]; then
		command -v dwdiff >/dev/null && set -- "$@" "dwdiff $l $r"
		command -v wdiff >/dev/null && set -- "$@" "wdiff $l $r"
	fi
	hyperfine -N -i --warmup 2 --runs "$runs" \
		--export-markdown "tests/bench/results/pair-$mb.md" "$@" >/dev/null
	{
		echo "## $mb MB pair"
		echo
		cat "tests/bench/results/pair-$mb.md"
		echo
		printf 'newsdiff peak memory: '
		/usr/bin/time -f '%M KiB' "$nd" --export=json "$l" "$r" 2>&1 >/dev/null
		printf '(input: %s KiB)\n\n' $(( ($(wc -c <"$l") + $(wc -c <"$r")) / 1024 ))
	} >>"$out"
done

# Two versions of one report (the 5 MB report and a lightly edited copy of
# it: see versions.awk), where git's word diff is the peer: newsdiff's
# word diff, in the revisions view it takes by itself on such a pair.
l=tests/bench/data/versions-5.left.txt
r=tests/bench/data/versions-5.right.txt
if [ ! -f "$l" ]; then
	build-bench/tests/bench/bench-gen 5 "$l" "$r.tmp" >/dev/null
	rm -f "$r.tmp"
fi
[ -f "$r" ] || awk -f tests/bench/versions.awk "$l" >"$r"
hyperfine -N -i --warmup 2 --runs 10 \
	--export-markdown tests/bench/results/versions-5.md \
	--export-json tests/bench/results/versions-5.json \
	"$nd --word-diff --export=text $l $r" \
	"git diff --no-index --word-diff=porcelain $l $r" >/dev/null
{
	echo "## 5 MB pair of versions, word diff"
	echo
	cat tests/bench/results/versions-5.md
	echo
	awk -F'[:,]' '/"median"/ { m[n++] = $2 }
		END { if (n == 2) printf "newsdiff / git (medians): %.2f\n\n",
		                         m[0] / m[1] }' \
		tests/bench/results/versions-5.json
} >>"$out"
rm -f tests/bench/results/bundled.md tests/bench/results/pair-*.md \
	tests/bench/results/versions-5.*
# The reader, when tmux is there to run it in.
if command -v tmux >/dev/null; then
	echo "## The reader" >>"$out"
	echo >>"$out"
	tests/bench/reader.sh 20 | sed 1,2d >>"$out"
fi
cat "$out"
