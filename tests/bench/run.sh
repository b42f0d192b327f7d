#!/bin/sh
# tests/bench/run.sh - time newsdiff beside git's word diff, dwdiff and wdiff.
#
# usage: tests/bench/run.sh [-p MAKE_PAIR] [-l SIZES] [-w MB] [-s PARTS] [MEGABYTES...]
#
#   MEGABYTES  sizes of the generated and the real-prose pairs (default: 1 5 20)
#   -p FILE    the real-prose pair generator, make_pair.py (default: the one
#              in ../shared/bench/ beside this repository or beside the main
#              checkout of its worktrees; without it that part is skipped)
#   -l SIZES   sizes in megabytes of the single-paragraph pairs (default: 4)
#   -w MB      time dwdiff and wdiff too on pairs up to MB megabytes a side
#              (default: 1; they take minutes from 5 MB on)
#   -s PARTS   run only these parts, comma-separated (default:
#              bundled,generated,prose,long,versions,reader)
#
# Builds a release newsdiff and the pair generator in build-bench/ and makes
# deterministic pairs in tests/bench/data/:
#   generated  invented news-like words (tests/bench/gen.c): a report and a
#              copy with paragraphs deleted, edited, moved and inserted;
#   prose      real English prose found on this machine (licences, manual
#              pages, package documentation), edited the same way by
#              make_pair.py (needs python3 and man);
#   long       one paragraph per file: the first MEGABYTES of each side of
#              the prose pair (or of the generated pair when make_pair.py is
#              absent), once joined into one line ("line") and once
#              hard-wrapped at 72 columns with no blank line ("wrapped");
#   versions   two versions of one report: the 5 MB generated report and a
#              lightly edited copy (tests/bench/versions.awk), newsdiff with
#              its word diff (--word-diff) beside git's word diff.
# Every case is timed as whole processes by hyperfine (median of several
# runs), newsdiff's JSON export beside git diff --no-index
# --word-diff=porcelain (and dwdiff and wdiff on small pairs), peak memory by
# GNU time.  Needs hyperfine, git, GNU time; dwdiff and wdiff when
# installed (Debian: apt-get install hyperfine git dwdiff wdiff time).
# Results go to tests/bench/results/DATE.md: one table per case, then a
# summary of medians, ratios and memory checked against DESIGN.md's targets.
# The figures are only as quiet as the machine: its load is in the header.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

usage() {
	sed -n '4,13s/^# \{0,1\}//p' "$0" >&2
	exit 2
}

make_pair='' longs=4 wmax=1 parts=bundled,generated,prose,long,versions,reader
while getopts p:l:w:s:h opt; do
	case $opt in
	p) make_pair=$OPTARG ;;
	l) longs=$OPTARG ;;
	w) wmax=$OPTARG ;;
	s) parts=$OPTARG ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
sizes=${*:-1 5 20}

want() {
	case ",$parts," in *",$1,"*) return 0 ;; esac
	return 1
}

for tool in hyperfine git /usr/bin/time; do
	command -v "$tool" >/dev/null ||
		{ echo "tests/bench/run.sh: $tool is needed" >&2; exit 2; }
done

# The real-prose generator lives outside the repository: the project builds
# and tests without it, and only this part of the benchmark needs it.
if [ -z "$make_pair" ]; then
	for dir in "$root/.." \
	    "$(git rev-parse --path-format=absolute --git-common-dir \
		2>/dev/null)/../.."; do
		if [ -f "$dir/shared/bench/make_pair.py" ]; then
			make_pair=$dir/shared/bench/make_pair.py
			break
		fi
	done
fi
prose_note=
if [ -z "$make_pair" ] || [ ! -f "$make_pair" ] ||
    ! command -v python3 >/dev/null; then
	prose_note="Real-prose pairs skipped: no make_pair.py found (give it with -p FILE) or no python3."
	echo "tests/bench/run.sh: $prose_note" >&2
	make_pair=
fi

[ -d build-bench ] ||
	meson setup build-bench --buildtype=release -Dtests=disabled >/dev/null
meson compile -C build-bench newsdiff bench-gen >/dev/null
nd=build-bench/newsdiff
gen=build-bench/tests/bench/bench-gen
data=tests/bench/data
res=tests/bench/results
tmp=$res/.tmp
mkdir -p "$data" "$res" "$tmp"
: >"$tmp/summary"

out=$res/$(date +%Y-%m-%d).md
{
	echo "# newsdiff benchmark, $(date +%Y-%m-%d)"
	echo
	echo "$(nproc) cores, $(uname -srm), load average at start" \
		"$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown);" \
		"newsdiff $($nd --version | cut -d' ' -f2)," \
		"$(git --version)"
	echo
	[ -z "$prose_note" ] || { echo "$prose_note"; echo; }
} >"$out"

kib() {		# the size of two files together, in KiB
	echo $(( ($(wc -c <"$1") + $(wc -c <"$2")) / 1024 ))
}

peak() {	# peak resident memory of a command, in KiB
	/usr/bin/time -f '%M' -o "$tmp/peak" "$@" >/dev/null 2>&1 || :
	tail -n 1 "$tmp/peak"
}

# bench NAME TITLE RUNS LEFT RIGHT [NEWSDIFF-FILES]: newsdiff (JSON export
# of NEWSDIFF-FILES, by default LEFT RIGHT) beside git's word diff, and
# dwdiff and wdiff on pairs up to -w megabytes a side, in one hyperfine
# run; appends a table to the results and a line to the summary.
bench() {
	name=$1 title=$2 runs=$3 l=$4 r=$5
	ndargs="$l $r"
	[ $# -lt 6 ] || ndargs=$6
	warm=2
	[ "$runs" -le 3 ] && warm=0
	set -- -n newsdiff "$nd --export=json $ndargs" \
	       -n git "git diff --no-index --word-diff=porcelain $l $r"
	# dwdiff and wdiff take minutes from a few megabytes on.
	if [ "$(kib "$l" "$r")" -le "$(awk -v mb="$wmax" \
	    'BEGIN { printf "%d", mb * 2 * 1000000 / 1024 + 64 }')" ]; then
		command -v dwdiff >/dev/null && set -- "$@" -n dwdiff "dwdiff $l $r"
		command -v wdiff >/dev/null && set -- "$@" -n wdiff "wdiff $l $r"
	fi
	echo "tests/bench/run.sh: $title" >&2
	hyperfine -N -i --warmup "$warm" --runs "$runs" --style none \
		--export-markdown "$tmp/case.md" --export-csv "$tmp/case.csv" \
		"$@" >/dev/null
	# shellcheck disable=SC2086
	ndpeak=$(peak $nd --export=json $ndargs)
	gitpeak=$(peak git diff --no-index --word-diff=porcelain "$l" "$r")
	in=$(kib "$l" "$r")
	{
		echo "## $title"
		echo
		cat "$tmp/case.md"
		echo
		echo "Peak memory: newsdiff $ndpeak KiB, git $gitpeak KiB" \
			"(input: $in KiB)."
		echo
	} >>"$out"
	# name, input KiB, medians in seconds of newsdiff, git, dwdiff and
	# wdiff (0: not run), newsdiff's peak KiB
	awk -F, -v name="$name" -v size="$in" -v peak="$ndpeak" '
		NR > 1 { t[$1] = $4 }
		END { print name, size, t["newsdiff"], t["git"],
			t["dwdiff"] + 0, t["wdiff"] + 0, peak }' "$tmp/case.csv" \
		>>"$tmp/summary"
}

# The generated and the real-prose pairs share most of their paragraphs
# word for word: newsdiff takes them as versions of one text and reads
# only what changed (see --revisions in the manual).  The same pair read
# in full, as two reports (--no-revisions), is timed too, 5 MB and less.
reports() {
	case $1 in
	*-20) return ;;
	esac
	bench "$1-reports" "$2, read in full (--no-revisions)" 3 "$3" "$4" \
		"--no-revisions $3 $4"
}

# The bundled pair, load to JSON export, start-up included (data files,
# stemmer, locale).
if want bundled; then
	bench bundled "Bundled pair, load to JSON" 30 \
		assets/upi-kerry-audio-2016-09-30.txt \
		assets/nbc-kerry-audio-2016-09-30.txt ""
fi

runs_for() {	# fewer runs for bigger pairs
	case $1 in
	0.*|1|2) echo 10 ;;
	*) echo 5 ;;
	esac
}

if want generated; then
	for mb in $sizes; do
		l=$data/pair-$mb.left.txt r=$data/pair-$mb.right.txt
		[ -f "$r" ] || $gen "$mb" "$l" "$r"
		bench "gen-$mb" "$mb MB generated pair" "$(runs_for "$mb")" "$l" "$r"
		reports "gen-$mb" "$mb MB generated pair" "$l" "$r"
	done
fi

prose_pair() {	# make the real-prose pair of $1 MB, once
	[ -f "$data/prose-$1/B.txt" ] ||
		python3 "$make_pair" "${1}M" "$data/prose-$1" \
			--pool "$data/prose-pool.txt" >/dev/null
}

if want prose && [ -n "$make_pair" ]; then
	for mb in $sizes; do
		prose_pair "$mb"
		bench "prose-$mb" "$mb MB real-prose pair" "$(runs_for "$mb")" \
			"$data/prose-$mb/A.txt" "$data/prose-$mb/B.txt"
		reports "prose-$mb" "$mb MB real-prose pair" \
			"$data/prose-$mb/A.txt" "$data/prose-$mb/B.txt"
	done
fi

# one_paragraph SOURCE BYTES WIDTH DEST: the first BYTES of SOURCE's words
# as one paragraph: one line when WIDTH is 0, else hard-wrapped at WIDTH
# columns.  Words over 60 bytes (URLs, rules of dashes) are left out, so
# that every line can be wrapped at a space, as newsdiff expects of a
# hard-wrapped block.
one_paragraph() {
	tr -s ' \t\n' '[\n*]' <"$1" | awk 'length($0) <= 60' | tr '\n' ' ' |
		head -c "$2" | sed 's/ [^ ]*$//' >"$4.tmp"
	echo >>"$4.tmp"
	if [ "$3" -gt 0 ]; then
		fold -s -w "$3" "$4.tmp" >"$4"
		rm -f "$4.tmp"
	else
		mv "$4.tmp" "$4"
	fi
}

if want long; then
	for mb in $longs; do
		# a source pair with at least $mb MB on each side
		src=$(( ${mb%%.*} + 1 ))
		if [ -n "$make_pair" ]; then
			prose_pair "$src"
			sl=$data/prose-$src/A.txt sr=$data/prose-$src/B.txt
			kind=real-prose
		else
			sl=$data/pair-$src.left.txt sr=$data/pair-$src.right.txt
			[ -f "$sr" ] || $gen "$src" "$sl" "$sr"
			kind=generated
		fi
		bytes=$(awk -v mb="$mb" 'BEGIN { printf "%d", mb * 1000000 }')
		for form in line wrapped; do
			width=0
			[ $form = wrapped ] && width=72
			l=$data/long-$kind-$mb-$form.left.txt
			r=$data/long-$kind-$mb-$form.right.txt
			[ -f "$r" ] || {
				one_paragraph "$sl" "$bytes" $width "$l"
				one_paragraph "$sr" "$bytes" $width "$r"
			}
			bench "long-$mb-$form" \
			    "$mb MB single-paragraph pair, $kind text, $form" \
			    3 "$l" "$r"
		done
	done
fi

# Two versions of one report, where git's word diff is the peer.
if want versions; then
	l=$data/versions-5.left.txt r=$data/versions-5.right.txt
	if [ ! -f "$l" ]; then
		$gen 5 "$l" "$r.tmp" >/dev/null
		rm -f "$r.tmp"
	fi
	[ -f "$r" ] || awk -f tests/bench/versions.awk "$l" >"$r"
	# A tenth of a second each, and the one target judged by a ratio
	# near 1: with 5 runs the ratio of medians was 1.05 to 1.22 from one
	# run of this script to the next (git's own spread is 10-15%); with
	# 30, six of seven runs gave 0.96 to 1.03 (the seventh 1.16).
	bench versions-5 "5 MB pair of versions, word diff" 30 "$l" "$r" \
		"--word-diff $l $r"
fi

# Side by side: medians, newsdiff against git, and DESIGN.md's targets.
{
	echo "## Summary"
	echo
	echo "| case | input KiB | newsdiff s | git s | newsdiff/git |" \
		"dwdiff/newsdiff | wdiff/newsdiff | newsdiff peak KiB |" \
		"peak/input |"
	echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|"
	awk 'function x(v) { return v > 0 ? sprintf("%.1f", v / $3) : "-" }
	{ printf "| %s | %d | %.4f | %.4f | %.2f | %s | %s | %d | %.1f |\n",
		$1, $2, $3, $4, ($4 > 0 ? $3 / $4 : 0), x($5), x($6), $7,
		($2 > 0 ? $7 / $2 : 0) }' "$tmp/summary"
	echo
	echo "Targets (DESIGN.md section 6):"
	echo
	awk '
	function verdict(ok) { return ok ? "met" : "NOT met" }
	{ t[$1] = $3; g[$1] = $4; dw[$1] = $5; wd[$1] = $6; sz[$1] = $2
	  pk[$1] = $7; n[++k] = $1 }
	END {
		if ("bundled" in t)
			printf "- bundled pair under 3 ms: %.2f ms, %s\n",
				t["bundled"] * 1000, verdict(t["bundled"] < 0.003)
		split("gen prose", kinds, " ")
		for (i = 1; i <= 2; i++) {
			c = kinds[i]
			if ((c "-5") in t)
				printf "- %s 5 MB no slower than git: %.2fx, %s\n",
					c, t[c "-5"] / g[c "-5"],
					verdict(t[c "-5"] <= g[c "-5"])
			if ((c "-5") in t && dw[c "-5"] > 0 && wd[c "-5"] > 0)
				printf "- %s 5 MB 10x faster than dwdiff and wdiff: %.1fx and %.1fx, %s\n",
					c, dw[c "-5"] / t[c "-5"], wd[c "-5"] / t[c "-5"],
					verdict(dw[c "-5"] >= 10 * t[c "-5"] &&
					        wd[c "-5"] >= 10 * t[c "-5"])
			if ((c "-5-reports") in t)
				printf "  (read in full, --no-revisions: %.2fx)\n",
					t[c "-5-reports"] / g[c "-5-reports"]
			if ((c "-5") in t && (c "-20") in t)
				printf "- %s 20 MB under 4.5x the 5 MB time: %.2fx, %s\n",
					c, t[c "-20"] / t[c "-5"],
					verdict(t[c "-20"] < 4.5 * t[c "-5"])
		}
		if ("versions-5" in t)
			printf "- versions 5 MB with the word diff no slower than git: %.2fx, %s\n",
				t["versions-5"] / g["versions-5"],
				verdict(t["versions-5"] <= g["versions-5"])
		for (i = 1; i <= k; i++) {
			c = n[i]
			if (c ~ /^long-/)
				printf "- %s within 3x git: %.2fx, %s\n", c,
					t[c] / g[c], verdict(t[c] <= 3 * g[c])
		}
		# The bundled pair is a few KiB: start-up is all of its memory.
		worst = 0
		for (i = 1; i <= k; i++)
			if (n[i] != "bundled" && sz[n[i]] > 0 &&
			    pk[n[i]] / sz[n[i]] > worst) {
				worst = pk[n[i]] / sz[n[i]]; wc = n[i]
			}
		if (wc != "")
			printf "- memory under 10x the input: at most %.1fx (%s), %s\n",
				worst, wc, verdict(worst < 10)
	}' "$tmp/summary"
	echo
} >>"$out"
rm -rf "$tmp"

# The reader, when tmux is there to run it in.
if want reader && command -v tmux >/dev/null; then
	echo "## The reader" >>"$out"
	echo >>"$out"
	tests/bench/reader.sh 20 | sed 1,2d >>"$out"
fi
cat "$out"
