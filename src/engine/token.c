/* token.c - the tokenizer. */
#include "token.h"
#include "token-int.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "hash.h"
#include "lexicon.h"
#include "mem.h"
#include "quote.h"
#include "ustr.h"

/* Folded words longer than this are cut before interning: no word is that
 * long, and a 4 MB run of letters must not become a 4 MB lexicon key. */
#define WORD_MAX_BYTES 256

/* Abbreviations after which "." does not end a sentence; none is longer
 * than ABBREV_MAX letters. */
#define ABBREV_MAX 5
static const char abbrevs[][ABBREV_MAX + 1] = {
	"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt",
	"rep", "sen", "gov", "pres", "st", "mt", "no", "vs", "jan", "feb",
	"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"inc", "ltd", "co", "corp", "jr", "sr", "gen", "adm", "cmdr", "rev",
};

/* ---- ASCII word breaks (UAX #29 restricted to ASCII) ---------------- */

enum wb { WB_OTHER, WB_LETTER, WB_NUMERIC, WB_MIDLETTER, WB_MIDNUM,
          WB_MIDNUMLET, WB_EXTENDNUMLET, WB_SPACE };

/* The classes of the ASCII characters, looked up once per byte; the rest
 * are WB_OTHER ('.' is MidNumLet, and Single_Quote acts alike here).  A
 * constant table, as both threads of a comparison read it at once. */
static const uint8_t wb_table[128] = {
	['\t'] = WB_SPACE, ['\n'] = WB_SPACE, ['\v'] = WB_SPACE,
	['\f'] = WB_SPACE, ['\r'] = WB_SPACE, [' '] = WB_SPACE,
	[','] = WB_MIDNUM, ['.'] = WB_MIDNUMLET, ['\''] = WB_MIDNUMLET,
	[':'] = WB_MIDLETTER, [';'] = WB_MIDNUM, ['_'] = WB_EXTENDNUMLET,
	['0'] = WB_NUMERIC, ['1'] = WB_NUMERIC, ['2'] = WB_NUMERIC,
	['3'] = WB_NUMERIC, ['4'] = WB_NUMERIC, ['5'] = WB_NUMERIC,
	['6'] = WB_NUMERIC, ['7'] = WB_NUMERIC, ['8'] = WB_NUMERIC,
	['9'] = WB_NUMERIC, ['A'] = WB_LETTER, ['B'] = WB_LETTER,
	['C'] = WB_LETTER, ['D'] = WB_LETTER, ['E'] = WB_LETTER,
	['F'] = WB_LETTER, ['G'] = WB_LETTER, ['H'] = WB_LETTER,
	['I'] = WB_LETTER, ['J'] = WB_LETTER, ['K'] = WB_LETTER,
	['L'] = WB_LETTER, ['M'] = WB_LETTER, ['N'] = WB_LETTER,
	['O'] = WB_LETTER, ['P'] = WB_LETTER, ['Q'] = WB_LETTER,
	['R'] = WB_LETTER, ['S'] = WB_LETTER, ['T'] = WB_LETTER,
	['U'] = WB_LETTER, ['V'] = WB_LETTER, ['W'] = WB_LETTER,
	['X'] = WB_LETTER, ['Y'] = WB_LETTER, ['Z'] = WB_LETTER,
	['a'] = WB_LETTER, ['b'] = WB_LETTER, ['c'] = WB_LETTER,
	['d'] = WB_LETTER, ['e'] = WB_LETTER, ['f'] = WB_LETTER,
	['g'] = WB_LETTER, ['h'] = WB_LETTER, ['i'] = WB_LETTER,
	['j'] = WB_LETTER, ['k'] = WB_LETTER, ['l'] = WB_LETTER,
	['m'] = WB_LETTER, ['n'] = WB_LETTER, ['o'] = WB_LETTER,
	['p'] = WB_LETTER, ['q'] = WB_LETTER, ['r'] = WB_LETTER,
	['s'] = WB_LETTER, ['t'] = WB_LETTER, ['u'] = WB_LETTER,
	['v'] = WB_LETTER, ['w'] = WB_LETTER, ['x'] = WB_LETTER,
	['y'] = WB_LETTER, ['z'] = WB_LETTER,
};

#define wb_class(c) ((enum wb)wb_table[(c) & 0x7F])

/* Length of the ASCII word starting at s[0] (a letter, digit or '_'). */
static size_t
ascii_word_len(const uint8_t *s, size_t n)
{
	size_t i = 1;

	while (i < n) {
		enum wb c = wb_class(s[i]), p = wb_class(s[i - 1]);

		if (c == WB_LETTER || c == WB_NUMERIC || c == WB_EXTENDNUMLET) {
			i++;
			continue;
		}
		if (i + 1 < n && (c == WB_MIDLETTER || c == WB_MIDNUMLET ||
		                  c == WB_MIDNUM)) {
			enum wb nx = wb_class(s[i + 1]);

			if ((p == WB_LETTER && nx == WB_LETTER &&
			     c != WB_MIDNUM) ||
			    (p == WB_NUMERIC && nx == WB_NUMERIC &&
			     c != WB_MIDLETTER)) {
				i += 2;
				continue;
			}
		}
		break;
	}
	return i;
}

/* ---- tokens ------------------------------------------------------- */

uint32_t
token_norm_punct(uint32_t cp)
{
	uint32_t q;

	if (cp < 0x80 && cp != '`')
		return cp;	/* the common case, at once */
	if ((q = quote_fold(cp)) != 0)
		return q;
	switch (cp) {
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
		return '-';
	case 0x2026:
		return '.';
	}
	return cp;
}

/* Whether word token t, written raw, is an abbreviation: an initial
 * ("G"), dotted ("U.S", "e.g"), or on the list ("Mr", "Sept"). */
static bool
is_abbrev(const struct lexicon *lx, const uint8_t *raw, const struct token *t)
{
	size_t i, n;
	const uint8_t *w;

	if (t->len == 1 || memchr(raw, '.', t->len) != NULL)
		return true;
	w = lexicon_word(lx, t->word, &n);
	if (n > ABBREV_MAX)
		return false;
	for (i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++)
		if (abbrevs[i][0] == w[0] && abbrevs[i][n] == '\0' &&
		    memcmp(abbrevs[i], w, n) == 0)
			return true;
	return false;
}

/* A direct-mapped cache of recent words in front of the lexicon: the
 * frequent words of a text (the, of, said, Kerry) are found without
 * probing the lexicon's large table.  It starts with CACHE_MIN_SLOTS and
 * doubles, up to CACHE_SLOTS, whenever it has missed as many times as it
 * has slots: clearing all 224 KiB of it at once was a tenth of the
 * bundled pair's work, whose reports have a few hundred words each. */
#define CACHE_MIN_SLOTS 512
#define CACHE_SLOTS 8192
#define CACHE_WORD 14

/* token_vec_expect() starts the cache with a slot per this many bytes of
 * text (within the bounds above): a large report starts at full size
 * instead of growing through empty caches (1.3% more instructions on
 * the 1 MB prose pair). */
#define CACHE_BYTES_PER_SLOT 64

struct cache_slot {
	uint32_t id, stem, alt;
	uint8_t len;
	uint8_t lexflags;	/* TOKEN_STOP, TOKEN_WEAK as the lexicon says */
	uint8_t bytes[CACHE_WORD];
};

struct scan {
	struct lexicon *lx;
	struct token_vec *out;
	size_t first;		/* index of the paragraph's first token */
	bool sent;		/* the next word starts a sentence */
	bool space;		/* white space since the last token */
	uint8_t key[WORD_MAX_BYTES + 8];
};

/* Fold a word into sc->key: case folding, curly apostrophes straight. */
static size_t
fold_word(struct scan *sc, const uint8_t *s, size_t n, bool ascii)
{
	size_t i, k = 0;

	if (ascii) {
		for (i = 0; i < n && k < WORD_MAX_BYTES; i++)
			sc->key[k++] = ustr_ascii_lower(s[i]);
		return k;
	} else {
		size_t flen;
		uint8_t *f = ustr_fold(s, n, &flen);

		for (i = 0; i < flen && k < WORD_MAX_BYTES;) {
			uint32_t cp;
			size_t len = ustr_decode(f + i, flen - i, &cp);

			if (quote_is_apostrophe(cp)) {
				sc->key[k++] = '\'';
			} else {
				if (k + len > WORD_MAX_BYTES)
					break;
				memcpy(sc->key + k, f + i, len);
				k += len;
			}
			i += len;
		}
		free(f);
		return k;
	}
}

/* "u.s" -> "us", "u.n" -> "un": single letters joined by dots are the
 * acronym written closed, so U.S. and US are one word. */
static size_t
undot_acronym(uint8_t *k, size_t n)
{
	size_t i, out = 0;

	if (n < 3)
		return n;
	for (i = 0; i < n; i++)
		if ((i % 2 == 0) != (k[i] != '.') || (i % 2 == 0 && k[i] >= 0x80))
			return n;	/* not letter, dot, letter, ... */
	for (i = 0; i < n; i += 2)
		k[out++] = k[i];
	return out;
}

/* Replace v's cache by an empty one of slots slots (a power of two). */
static void
new_cache(struct token_vec *v, size_t slots)
{
	free(v->cache);
	v->cache = xcalloc(slots, sizeof *v->cache);
	v->cache_slots = slots;
	v->cache_misses = 0;
}

/* The hash of a folded word, for its cache slot. */
static uint32_t
key_hash(const uint8_t *k, size_t n)
{
	return hash_fold32(hash_bytes(k, n, 0));
}

/* What the lexicon knows of a word, k[0..n) with hash h = key_hash(k, n):
 * its id, stem, looser key and stop or weak flag, into *out; through the
 * cache when the word is short enough to be kept there. */
static void
lookup(struct scan *sc, const uint8_t *k, size_t n, uint32_t h,
       struct cache_slot *out)
{
	struct cache_slot *cs = out;

	if (n <= CACHE_WORD) {
		cs = &sc->out->cache[h & (sc->out->cache_slots - 1)];
		if (cs->id != 0 && cs->len == n && memcmp(cs->bytes, k, n) == 0) {
			*out = *cs;
			return;
		}
	}
	cs->id = lexicon_intern(sc->lx, k, n);
	cs->stem = lexicon_stem(sc->lx, cs->id);
	/* "Sunday's" is as weak as "Sunday". */
	cs->lexflags = lexicon_is_stopword(sc->lx, cs->id) ? TOKEN_STOP
	               : lexicon_is_weak(sc->lx, cs->id) ||
	                         lexicon_is_weak(sc->lx, cs->stem)
	                     ? TOKEN_WEAK
	                     : 0;
	cs->alt = lexicon_alt(sc->lx, cs->id);
	if (n <= CACHE_WORD) {
		cs->len = (uint8_t)n;
		memcpy(cs->bytes, k, n);
		*out = *cs;
		if (++sc->out->cache_misses >= sc->out->cache_slots &&
		    sc->out->cache_slots < CACHE_SLOTS)
			new_cache(sc->out, sc->out->cache_slots * 2);
	}
}

static void finish_word(struct scan *sc, struct token *t, size_t klen,
                        uint32_t h);

static struct token *
new_token(struct scan *sc, size_t start, size_t len)
{
	struct token_vec *v = sc->out;
	struct token *t;

	MEM_GROW(v->v, v->cap, v->n + 1);
	t = &v->v[v->n++];
	memset(t, 0, sizeof *t);
	t->start = (uint32_t)start;
	t->len = (uint16_t)len;
	if (sc->space)
		t->flags |= TOKEN_SPACE;
	sc->space = false;
	return t;
}

/* Eight ASCII bytes at a time: a byte of ONES times b, and the top bit
 * of each byte of x that lies in [lo, hi] (x's bytes all below 0x80, so no
 * sum carries into the next byte). */
#define ONES 0x0101010101010101u
#define TOPS (ONES * 0x80)

static uint64_t
bytes_in(uint64_t x, uint8_t lo, uint8_t hi)
{
	return (x + ONES * (0x80 - lo)) & ~(x + ONES * (0x7F - hi)) & TOPS;
}

/* The number of top bits set in a mask from bytes_in(). */
static size_t
count_tops(uint64_t m)
{
	return (size_t)(((m >> 7) * ONES) >> 56);
}

/* m 0xFF bytes then zeros, in memory order, from offset 8 - m. */
static const uint8_t first_bytes[16] = {
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
};

/* The m <= 8 bytes at s as a number, zero-padded; avail bytes from s on
 * may be read. */
static uint64_t
load_part(const uint8_t *s, size_t m, size_t avail)
{
	uint64_t x = 0, keep;

	if (avail < 8) {
		memcpy(&x, s, m);
		return x;
	}
	memcpy(&x, s, 8);
	memcpy(&keep, first_bytes + 8 - m, 8);
	return x & keep;
}

/* push() for a word or number of ASCII letters, digits and joiners, with
 * avail bytes of the paragraph from its start: one pass, eight bytes at a
 * time, folds it, counts its capitals and hashes it. */
static void
push_ascii_word(struct scan *sc, const uint8_t *base, size_t start,
                size_t len, size_t avail)
{
	struct token *t = new_token(sc, start, len);
	const uint8_t *s = base + start;
	size_t i, letters = 0, upper = 0;
	size_t klen = len < WORD_MAX_BYTES ? len : WORD_MAX_BYTES;
	uint64_t hash = klen;	/* hash_bytes(sc->key, klen, 0) */
	uint32_t h;

	for (i = 0; i < klen; i += 8) {
		uint64_t x, up;

		x = load_part(s + i, klen - i < 8 ? klen - i : 8, avail - i);
		up = bytes_in(x, 'A', 'Z');
		x |= up >> 2;		/* 0x80 >> 2 is the case bit */
		upper += count_tops(up);
		letters += count_tops(bytes_in(x, 'a', 'z'));
		memcpy(sc->key + i, &x, 8);	/* key has room to spare */
		hash = hash_mix(hash, x);
	}
	h = hash_fold32(hash);	/* key_hash(sc->key, klen) */
	if ((uint8_t)(s[0] - '0') < 10) {
		t->kind = TOKEN_NUMBER;
	} else {
		t->kind = TOKEN_WORD;
		if (sc->sent)
			t->flags |= TOKEN_SENT;
		if ((uint8_t)(s[0] - 'A') < 26)
			t->flags |= TOKEN_CAP;
		if (letters >= 2 && upper == letters)
			t->flags |= TOKEN_ACRONYM;
		if (klen >= 3 && s[1] == '.') {
			size_t k = undot_acronym(sc->key, klen);

			if (k != klen) {
				klen = k;
				h = key_hash(sc->key, klen);
			}
		}
	}
	sc->sent = false;
	finish_word(sc, t, klen, h);
}

/* Whether the segment s[0..len) (first character cp) is a word after
 * all: a non-ASCII segment may have a letter after a combining mark. */
static bool
has_word_char(const uint8_t *s, size_t len, bool ascii)
{
	size_t i;

	for (i = 0; i < len && !ascii;) {
		uint32_t c;

		i += ustr_decode(s + i, len - i, &c);
		if (ustr_is_letter(c) || ustr_digit_value(c) >= 0)
			return true;
	}
	return false;
}

/* Token t is the punctuation mark cp, at base + t->start: "%" is the word
 * "percent" ("9.4%" says "9.4 percent"), anything else one mark, which
 * may end a sentence. */
/* Whether dash t ends a dateline's credit, following its closing
 * parenthesis: "GAUHATI, India (AP) — Floodwaters swept", "NEW
 * DELHI (Reuters) - Rescue teams", "(AP) -- Four".  The word after it
 * starts the first sentence, its capital no sign of a name. */
static bool
ends_credit(const struct scan *sc, const struct token *t)
{
	size_t n = (size_t)(t - sc->out->v) - sc->first;

	if (n >= 2 && t[-1].kind == TOKEN_PUNCT && t[-1].word == '-')
		t--, n--;	/* the second of "--" */
	return n >= 1 && t[-1].kind == TOKEN_PUNCT && t[-1].word == ')';
}

/* A dateline is at most this many tokens before its dash: "SAN JOSE,
 * Costa Rica, Dec. 1 (Reuters) --" is fourteen. */
#define DATELINE_MAX_TOKENS 16

size_t
token_dateline_len(const struct token *t, size_t n)
{
	size_t i, words = 0, depth = 0;
	bool caps = false, credit = false;

	for (i = 0; i < n && i < DATELINE_MAX_TOKENS; i++) {
		if (t[i].kind == TOKEN_PUNCT) {
			if (t[i].word == '(') {
				depth++;
			} else if (t[i].word == ')') {
				if (depth == 0)
					return 0;
				depth--;
				credit = true;
			} else if (t[i].word == '-' && depth == 0) {
				break;
			} else if (t[i].word != ',' && t[i].word != '.') {
				return 0;
			}
		} else if (depth == 0) {
			/* The place and the date, capitalized. */
			if (t[i].kind == TOKEN_WORD &&
			    !(t[i].flags & (TOKEN_CAP | TOKEN_ACRONYM)))
				return 0;
			caps |= (t[i].flags & TOKEN_ACRONYM) != 0;
			words++;
		}
	}
	if (i == n || i == DATELINE_MAX_TOKENS || words == 0 ||
	    !(caps || credit))
		return 0;
	if (i + 1 < n && token_is_punct(&t[i + 1], '-'))
		i++;	/* "--" */
	/* The story's first word follows, capitalized. */
	if (i + 1 >= n || !(t[i + 1].flags & (TOKEN_CAP | TOKEN_ACRONYM)))
		return 0;
	return i + 1;
}

static void
push_punct(struct scan *sc, struct token *t, const uint8_t *base, uint32_t cp)
{
	static const uint8_t percent[] = "percent";
	struct cache_slot w;

	if (cp == '%' || cp == 0xFF05) {
		lookup(sc, percent, sizeof percent - 1,
		       key_hash(percent, sizeof percent - 1), &w);
		t->kind = TOKEN_WORD;
		t->word = w.id;
		t->stem = w.stem;
		sc->sent = false;
		return;
	}
	t->kind = TOKEN_PUNCT;
	t->word = token_norm_punct(cp);
	if (t->word == '.' || t->word == '!' || t->word == '?') {
		const struct token *p = sc->out->n - 1 > sc->first ? t - 1
		                                                    : NULL;

		/* "." after "Mr" or "U.S" ends no sentence. */
		sc->sent = !(t->word == '.' && p && p->kind == TOKEN_WORD &&
		             !(t->flags & TOKEN_SPACE) &&
		             is_abbrev(sc->lx, base + p->start, p));
	} else if (t->word == '-' && ends_credit(sc, t)) {
		sc->sent = true;
	}
}

/* TOKEN_CAP and TOKEN_ACRONYM of word token t, s[0..len) (first
 * character cp). */
static void
set_caps(struct token *t, const uint8_t *s, size_t len, bool ascii,
         uint32_t cp)
{
	size_t i, upper = 0, letters = 0;

	if (ascii) {
		for (i = 0; i < len; i++) {
			uint8_t ch = s[i] | 0x20;

			if (ch >= 'a' && ch <= 'z') {
				letters++;
				upper += s[i] < 'a';
			}
		}
	} else {
		for (i = 0; i < len;) {
			uint32_t c;

			i += ustr_decode(s + i, len - i, &c);
			if (ustr_is_letter(c)) {
				letters++;
				upper += ustr_is_upper(c);
			}
		}
	}
	if (ustr_is_upper(cp))
		t->flags |= TOKEN_CAP;
	if (letters >= 2 && upper == letters)
		t->flags |= TOKEN_ACRONYM;
}

/* Append the token base[start .. start + len), one segment of the word
 * breaks that is not white space: a word, a number or punctuation. */
static void
push(struct scan *sc, const uint8_t *base, size_t start, size_t len)
{
	const uint8_t *s = base + start;
	struct token *t;
	uint32_t cp;
	size_t i, klen;
	bool ascii = true;

	for (i = 0; i < len && ascii; i++)
		ascii = s[i] < 0x80;
	t = new_token(sc, start, len);
	ustr_decode(s, len, &cp);
	if (!ustr_is_letter(cp) && ustr_digit_value(cp) < 0 && cp != '_' &&
	    !has_word_char(s, len, ascii)) {
		push_punct(sc, t, base, cp);
		return;
	}
	t->kind = ustr_digit_value(cp) >= 0 ? TOKEN_NUMBER : TOKEN_WORD;
	if (t->kind == TOKEN_WORD && sc->sent)
		t->flags |= TOKEN_SENT;
	sc->sent = false;	/* a sentence may start with a number, too */
	if (t->kind == TOKEN_WORD)
		set_caps(t, s, len, ascii, cp);
	klen = fold_word(sc, s, len, ascii);
	if (t->kind == TOKEN_WORD)
		klen = undot_acronym(sc->key, klen);
	if (klen == 0)
		klen = 1;
	finish_word(sc, t, klen, key_hash(sc->key, klen));
}

/* Fill in word token t from its folded key sc->key[0..klen), hash h. */
static void
finish_word(struct scan *sc, struct token *t, size_t klen, uint32_t h)
{
	struct cache_slot w;

	lookup(sc, sc->key, klen, h, &w);
	t->word = w.id;
	t->stem = w.stem;
	/* An acronym is never a stopword: US, IT, WHO. */
	if (w.lexflags == TOKEN_STOP && !(t->flags & TOKEN_ACRONYM))
		t->flags |= TOKEN_STOP;
	else if (w.lexflags == TOKEN_WEAK)
		t->flags |= TOKEN_WEAK;
}

/* Whether the character at s is a hyphen (not a dash: "attack—which"
 * is two words): U+002D, U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN. */
static bool
is_hyphen(const uint8_t *s, size_t n)
{
	return (n >= 1 && s[0] == '-') ||
	       (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	        (s[2] == 0x90 || s[2] == 0x91));
}

/* If word i is joined by a hyphen to the next word ("cease-fire", or
 * "U.S.-led" with the acronym's dot between), the next word's index;
 * else 0.  Nothing in the chain has white space before it. */
static size_t
hyphen_next(const struct token_vec *v, size_t i, const uint8_t *s, size_t n)
{
	const struct token *h;
	size_t j = i + 1;

	if (v->v[i].kind == TOKEN_PUNCT)
		return 0;
	if (j < v->n && token_is_punct(&v->v[j], '.') &&
	    !(v->v[j].flags & TOKEN_SPACE))
		j++;
	if (j + 1 >= v->n)
		return 0;
	h = &v->v[j];
	if (!token_is_punct(h, '-') || (h->flags & TOKEN_SPACE) ||
	    !is_hyphen(s + h->start, n - h->start) ||
	    v->v[j + 1].kind == TOKEN_PUNCT || (v->v[j + 1].flags & TOKEN_SPACE))
		return 0;
	return j + 1;
}

/* Mark hyphen chains in the paragraph's tokens (from first on): each word
 * but the last gets TOKEN_HYPHEN, and the first gets the stem of the
 * chain written closed ("ceasefir" for cease-fire, "usled" for U.S.-led). */
static void
join_hyphens(struct scan *sc, size_t first, const uint8_t *s, size_t n)
{
	struct token_vec *v = sc->out;
	size_t i, j, cont = (size_t)-1;

	for (i = first; i < v->n; i++) {
		size_t k = 0, len;
		const uint8_t *w;

		if ((j = hyphen_next(v, i, s, n)) == 0)
			continue;
		v->v[i].flags |= TOKEN_HYPHEN;
		if (i == cont) {	/* inside a chain */
			cont = j;
			continue;
		}
		cont = j;
		j = i;
		do {
			w = lexicon_word(sc->lx, v->v[j].word, &len);
			if (k + len > WORD_MAX_BYTES)
				break;
			memcpy(sc->key + k, w, len);
			k += len;
		} while ((j = hyphen_next(v, j, s, n)) != 0);
		MEM_GROW(v->join, v->jcap, v->njoin + 1);
		v->join[v->njoin].tok = (uint32_t)i;
		v->join[v->njoin].key =
		        lexicon_stem(sc->lx, lexicon_intern(sc->lx, sc->key, k));
		v->njoin++;
	}
}

/* The tokens of ASCII text s[from..to), in a paragraph of n bytes. */
static void
scan_ascii(struct scan *sc, const uint8_t *s, size_t n, size_t from,
           size_t to)
{
	size_t i, len;

	for (i = from; i < to; i += len) {
		enum wb c = wb_class(s[i]);

		if (c == WB_SPACE) {
			sc->space = true;
			len = 1;
		} else if (c == WB_LETTER || c == WB_NUMERIC ||
		           c == WB_EXTENDNUMLET) {
			len = ascii_word_len(s + i, to - i);
			if (len > TOKEN_MAX_BYTES)
				len = TOKEN_MAX_BYTES;
			if (c == WB_EXTENDNUMLET)
				push(sc, s, i, len);	/* "_x" */
			else
				push_ascii_word(sc, s, i, len, n - i);
		} else {
			len = 1;
			push(sc, s, i, len);
		}
	}
}

/* The tokens of s[from..to) by Unicode's word breaks; br has room for
 * to - from bytes. */
static void
scan_unicode(struct scan *sc, const uint8_t *s, size_t from, size_t to,
             char *br)
{
	size_t i, start = from;

	ustr_wordbreaks(s + from, to - from, br);
	for (i = from + 1; i <= to; i++) {
		uint32_t cp;

		if (i < to && !br[i - from])
			continue;
		ustr_decode(s + start, i - start, &cp);
		if (ustr_is_space(cp)) {
			sc->space = true;
		} else {
			/* Cut overlong segments at character starts. */
			while (i - start > TOKEN_MAX_BYTES) {
				size_t cut = start + TOKEN_MAX_BYTES;

				while ((s[cut] & 0xC0) == 0x80)
					cut--;
				push(sc, s, start, cut - start);
				start = cut;
			}
			push(sc, s, start, i - start);
		}
		start = i;
	}
}

/* Where the chunk of s[from..n) ends that may be tokenized on its own:
 * at the first ASCII white space followed by an ASCII byte (or by the
 * end), or at n.  Unicode's word breaks (UAX #29) fall on both sides of
 * such a space: nothing joins across it (only Extend, Format and ZWJ
 * attach to a space, and they are not ASCII), and no rule looks past it.
 * *ascii says whether the chunk is all ASCII, so that most chunks of a
 * paragraph with a few curly quotes take the ASCII path. */
static size_t
chunk_end(const uint8_t *s, size_t n, size_t from, bool *ascii)
{
	uint8_t any = 0;
	size_t k;

	for (k = from; k < n; k++) {
		if (wb_class(s[k]) == WB_SPACE && s[k] < 0x80 &&
		    (k + 1 == n || s[k + 1] < 0x80))
			break;
		any |= s[k];
	}
	*ascii = any < 0x80;
	return k;
}

static void
scan_paragraph(struct lexicon *lx, const uint8_t *s, size_t n,
               struct token_vec *out, bool chunked)
{
	struct scan sc = { .lx = lx, .out = out, .first = out->n,
	                   .sent = true };

	if (out->cache == NULL)
		new_cache(out, out->cache_slots ? out->cache_slots
		                                : CACHE_MIN_SLOTS);
	if (ustr_is_ascii(s, n)) {
		scan_ascii(&sc, s, n, 0, n);
	} else if (!chunked) {
		char *br = xmalloc(n + 1);

		scan_unicode(&sc, s, 0, n, br);
		free(br);
	} else {
		char *br = xmalloc(n + 1);
		size_t from = 0, to;
		bool ascii;

		for (; from < n; from = to + 1) {
			to = chunk_end(s, n, from, &ascii);
			if (to > from && ascii)
				scan_ascii(&sc, s, n, from, to);
			else if (to > from)
				scan_unicode(&sc, s, from, to, br);
			if (to < n)
				sc.space = true;	/* the space at to */
		}
		free(br);
	}
	join_hyphens(&sc, sc.first, s, n);
}

void
token_scan(struct lexicon *lx, const uint8_t *s, size_t n,
           struct token_vec *out)
{
	scan_paragraph(lx, s, n, out, true);
}

void
token_scan_unicode(struct lexicon *lx, const uint8_t *s, size_t n,
                   struct token_vec *out)
{
	scan_paragraph(lx, s, n, out, false);
}

void
token_vec_expect(struct token_vec *tv, size_t bytes)
{
	size_t slots = CACHE_MIN_SLOTS;

	while (slots < CACHE_SLOTS && slots * CACHE_BYTES_PER_SLOT < bytes)
		slots *= 2;
	if (tv->cache == NULL)
		tv->cache_slots = slots;
}

void
token_vec_fini(struct token_vec *tv)
{
	free(tv->cache);
	tv->cache = NULL;
	tv->cache_slots = tv->cache_misses = 0;
}

uint32_t
token_alt(const struct lexicon *lx, const struct token *t)
{
	if (t->kind == TOKEN_PUNCT || (t->flags & TOKEN_STOP))
		return 0;
	return lexicon_alt_known(lx, t->word);
}

uint32_t
token_joined(const struct token_join *join, size_t njoin, size_t i)
{
	size_t lo = 0, hi = njoin;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (join[mid].tok < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < njoin && join[lo].tok == i ? join[lo].key : 0;
}

size_t
token_at(const struct token *t, size_t n, uint32_t off)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (t[mid].start < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

bool
token_text_in(const uint8_t *s, size_t n, const char *const *list,
              size_t count)
{
	size_t k, i;

	for (k = 0; k < count; k++) {
		if (strlen(list[k]) != n)
			continue;
		for (i = 0; i < n; i++)
			if (ustr_ascii_lower(s[i]) != (uint8_t)list[k][i])
				break;
		if (i == n)
			return true;
	}
	return false;
}

bool
token_word_in(const uint8_t *text, const struct token *t,
              const char *const *list, size_t count)
{
	return t->kind == TOKEN_WORD &&
	       token_text_in(text + t->start, t->len, list, count);
}

bool
token_letter_of_name(const struct token *t, size_t n, size_t i)
{
	return t[i].len == 1 &&
	       (!(t[i].flags & TOKEN_CAP) ||
	        (i + 1 < n && !(t[i + 1].flags & TOKEN_SPACE) &&
	         (t[i + 1].kind != TOKEN_PUNCT || token_is_punct(&t[i + 1], '-'))));
}

bool
token_per_hour(const uint8_t *text, const struct token *t, size_t n,
               size_t i)
{
	return i + 1 < n && token_is_punct(&t[i], '/') &&
	       !(t[i].flags & TOKEN_SPACE) && !(t[i + 1].flags & TOKEN_SPACE) &&
	       t[i + 1].kind == TOKEN_WORD && t[i + 1].len == 1 &&
	       (text[t[i + 1].start] | 0x20) == 'h';
}
