#!/bin/sh
# seeds.sh - the fuzzer's seed corpus from the bundled reports and the test
# fixtures: each seed is a pair, its first two bytes the length of the
# first report (little-endian), as harness.c reads it.
#
# usage: tests/fuzz/seeds.sh OUTDIR
set -eu
cd "$(dirname "$0")/../.."
out=$1
mkdir -p "$out"

# seed NAME LEFT RIGHT [BYTES]: a pair, each side cut to BYTES if given.
seed() {
	l=$(mktemp)
	r=$(mktemp)
	head -c "${4:-100000000}" "$2" >"$l"
	head -c "${4:-100000000}" "$3" >"$r"
	n=$(wc -c <"$l")
	# The split is taken modulo the length, so large reports still work.
	printf "\\$(printf %03o $((n % 256)))\\$(printf %03o $((n / 256 % 256)))" >"$out/$1"
	cat "$l" "$r" >>"$out/$1"
	rm -f "$l" "$r"
}

seed bundled assets/upi-kerry-audio-2016-09-30.txt assets/nbc-kerry-audio-2016-09-30.txt 4000
seed export tests/fixtures/export/left.txt tests/fixtures/export/right.txt
seed gpl tests/fixtures/gpl-3.txt assets/upi-kerry-audio-2016-09-30.txt 3000
for l in tests/fixtures/pairs/*.left.txt; do
	name=$(basename "$l" .left.txt)
	seed "pair-$name" "$l" "${l%.left.txt}.right.txt" 6000
done
