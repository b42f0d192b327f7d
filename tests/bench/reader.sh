#!/bin/sh
# tests/bench/reader.sh - how fast the reader answers: the first screen of the
# bundled pair, and a repaint after each key on a large pair.
#
# usage: tests/bench/reader.sh [MEGABYTES]     (default: 20)
#
# Runs the release build (build-bench/, as tests/bench/run.sh makes it) in a
# 160x45 tmux terminal with NEWSDIFF_TIMING set: the reader then appends
# to a file the time from the start of main() to the first screen on the
# terminal, and for each key the time from reading it to the repainted
# screen written out (doupdate() returned).  Keys are sent one at a time,
# waiting for each repaint.  Prints medians and maxima per key, and the
# whole process to the first screen (NEWSDIFF_FIRST_SCREEN=1 makes the
# reader quit once it is drawn) timed by hyperfine on the tmux terminal.
# Needs tmux and hyperfine.
set -eu
cd "$(dirname "$0")/../.."

mb=${1:-20}
for tool in tmux hyperfine; do
	command -v "$tool" >/dev/null ||
		{ echo "tests/bench/reader.sh: $tool is needed" >&2; exit 2; }
done
[ -d build-bench ] ||
	meson setup build-bench --buildtype=release -Dtests=disabled >/dev/null
meson compile -C build-bench newsdiff bench-gen >/dev/null
nd=$PWD/build-bench/newsdiff
mkdir -p tests/bench/data
l=tests/bench/data/pair-$mb.left.txt
r=tests/bench/data/pair-$mb.right.txt
[ -f "$l" ] || build-bench/tests/bench/bench-gen "$mb" "$l" "$r"

log=$(mktemp)
sock=newsdiff-bench-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -f "$log"' EXIT

# lines PATTERN: how many lines of the log match.
lines() { grep -c -- "$1" "$log" || true; }

# wait_lines PATTERN N: until the log has N lines matching.
wait_lines() {
	i=0
	while [ "$(lines "$1")" -lt "$2" ] && [ $i -lt 600 ]; do
		sleep 0.05
		i=$((i + 1))
	done
}

start() {
	tmux -L "$sock" kill-server 2>/dev/null || true
	sleep 0.2
	tmux -L "$sock" new-session -d -s b -x 160 -y 45 -e LANG=C.UTF-8 \
		"NEWSDIFF_TIMING=$log $nd $*"
}

# The first screen of the bundled pair, ten times.
for i in 1 2 3 4 5 6 7 8 9 10; do
	start
	wait_lines first-screen "$i"
	tmux -L "$sock" send-keys -t b q
done

# Keys on the large pair, each many times over, in the two panes: as two
# reports (its paragraphs pair closely, so newsdiff would take it as two
# versions and open on the list of changes, which the keys would move in).
start --no-revisions "$l" "$r"
wait_lines first-screen 11
n=0
for round in 1 2 3 4 5 6 7 8 9 10; do
	for key in j j j k k Space BSpace b n n p f F G g Tab n Tab; do
		[ "$key" = BSpace ] && continue
		tmux -L "$sock" send-keys -t b "$key"
		n=$((n + 1))
		wait_lines '^key ' "$n"
	done
done
tmux -L "$sock" send-keys -t b q

echo "# newsdiff reader, $(date +%Y-%m-%d), $(nproc) cores"
echo
echo "First screen of the bundled pair, from main() (10 runs), ms:"
grep first-screen "$log" | head -10 | awk '{print $2}' | sort -n |
	awk '{v[NR]=$1} END {printf "  median %.2f, max %.2f\n", (v[5]+v[6])/2, v[NR]}'
echo
echo "Repaint after a key on the ${mb} MB pair (10 presses each), ms:"
grep '^key ' "$log" | awk '{k=$2; t=$3; print k, t}' | sort -k1,1 -k2,2n |
	awk '
	{ if ($1 != key) { if (key != "") out(); key = $1; n = 0 } v[++n] = $2 }
	function out() { printf "  %-4s median %.3f, max %.3f (%d)\n", key,
	                 (n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2),
	                 v[n], n }
	END { out() }'
echo
echo "Whole process to the first screen of the bundled pair, on a terminal"
echo "(hyperfine run inside tmux, the reader quitting once drawn):"
tmux -L "$sock" kill-server 2>/dev/null || true
sleep 0.2
tmux -L "$sock" new-session -d -s b -x 160 -y 45 -e LANG=C.UTF-8 \
	"hyperfine -N --output=inherit --style=none --warmup 5 --runs 50 \
	 --export-markdown $log.md 'env NEWSDIFF_FIRST_SCREEN=1 $nd' \
	 >/dev/null 2>&1; touch $log.done"
i=0
while [ ! -e "$log.done" ] && [ $i -lt 1200 ]; do sleep 0.05; i=$((i + 1)); done
cat "$log.md"
rm -f "$log.md" "$log.done"
