#!/bin/sh
# seeds.sh - the fuzzers' seed corpora from the bundled reports and the
# test fixtures, into OUTDIR/pair (fuzz-newsdiff), OUTDIR/page (fuzz-page)
# and OUTDIR/json (fuzz-json).  A pair seed's first two bytes are the
# length of the first report (little-endian), as harness.c reads it; the
# "v2-" seeds first choose stages (word diff, revisions, pages, a declared
# charset) with the prefix harness.h describes.
#
# usage: tests/fuzz/seeds.sh OUTDIR
set -eu
cd "$(dirname "$0")/../.."
top=$1
out=$top/pair
mkdir -p "$out" "$top/page" "$top/json"

# seed NAME LEFT RIGHT [BYTES [PREFIX]]: a pair, each side cut to BYTES if
# given, after PREFIX (octal escapes for printf).
seed() {
	l=$(mktemp)
	r=$(mktemp)
	head -c "${4:-100000000}" "$2" >"$l"
	head -c "${4:-100000000}" "$3" >"$r"
	n=$(wc -c <"$l")
	printf "${5:-}" >"$out/$1"
	# The split is taken modulo the length, so large reports still work.
	printf "\\$(printf %03o $((n % 256)))\\$(printf %03o $((n / 256 % 256)))" >>"$out/$1"
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

# Stages: ND\2, flags (1 word diff, 2 revisions, 4 pages), a charset.
seed v2-bundled-words assets/upi-kerry-audio-2016-09-30.txt assets/nbc-kerry-audio-2016-09-30.txt 3000 'ND\002\001\000'
seed v2-export-revisions tests/fixtures/export/left.txt tests/fixtures/export/right.txt 6000 'ND\002\003\000'
seed v2-export-pages tests/fixtures/export/left.txt tests/fixtures/export/right.txt 3000 'ND\002\007\002'
for p in tests/fixtures/pages/*.html; do
	name=$(basename "$p" .html)
	txt=${p%.html}.txt
	[ -f "$txt" ] || txt=tests/fixtures/pages/northbank.txt
	seed "v2-page-$name" "$p" "$txt" 8000 'ND\002\003\000'
	cp "$p" "$top/page/$name.html"
done
cp tests/fixtures/pages/*.txt "$top/page/"

# JSON: small documents of the kinds pages embed, and the edges.
j() { printf '%s' "$2" >"$top/json/$1"; }
j article '{"@context":"https://schema.org","@type":"NewsArticle","headline":"A \u00e9 \ud83d\ude00","author":[{"@type":"Person","name":"N. One"}],"datePublished":"2020-01-02T03:04:05Z","articleBody":"One.\n\nTwo."}'
j graph '{"@graph":[{"@type":"WebPage"},{"@type":"Article","headline":"x","publisher":{"name":"Y"}}]}'
j scalars '[null,true,false,0,-1.5e+10,"",{}, [], "\"\\\/\b\f\n\r\t"]'
j nested '[[[[[[[[[[[[[[[[{"a":[{"b":[1]}]}]]]]]]]]]]]]]]]]'
j surrogate '"\ud800 \udc00 \ud800\u0041"'
