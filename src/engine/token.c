/* token.c - the tokenizer. */
#include "token.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "mem.h"
#include "ustr.h"

/* Folded words longer than this are cut before interning: no word is that
 * long, and a 4 MB run of letters must not become a 4 MB lexicon key. */
#define WORD_MAX_BYTES 256

/* Abbreviations after which "." does not end a sentence. */
static const char *const abbrevs[] = {
	"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt",
	"rep", "sen", "gov", "pres", "st", "mt", "no", "vs", "jan", "feb",
	"mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"inc", "ltd", "co", "corp", "jr", "sr", "gen", "adm", "cmdr", "rev",
};

/* ---- ASCII word breaks (UAX #29 restricted to ASCII) ---------------- */

enum wb { WB_OTHER, WB_LETTER, WB_NUMERIC, WB_MIDLETTER, WB_MIDNUM,
          WB_MIDNUMLET, WB_EXTENDNUMLET, WB_SPACE };

static enum wb
wb_class(uint8_t c)
{
	if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
		return WB_LETTER;
	if (c >= '0' && c <= '9')
		return WB_NUMERIC;
	switch (c) {
	case ':':
		return WB_MIDLETTER;
	case ',': case ';':
		return WB_MIDNUM;
	case '.': case '\'':	/* MidNumLet and Single_Quote act alike here */
		return WB_MIDNUMLET;
	case '_':
		return WB_EXTENDNUMLET;
	case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
		return WB_SPACE;
	}
	return WB_OTHER;
}

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
	switch (cp) {
	case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB:
	case 0x00BB: case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
		return '"';
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
	case 0x02BC: case 0x0060: case 0x00B4: case 0x2039: case 0x203A:
		return '\'';
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
		return '-';
	case 0x2026:
		return '.';
	}
	return cp;
}

static bool
is_abbrev(const uint8_t *w, size_t n)
{
	size_t i;

	if (n == 1 || memchr(w, '.', n) != NULL)
		return true;	/* an initial ("G.") or "U.S." */
	for (i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++)
		if (strlen(abbrevs[i]) == n && memcmp(abbrevs[i], w, n) == 0)
			return true;
	return false;
}

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
		for (i = 0; i < n && k < WORD_MAX_BYTES; i++) {
			uint8_t c = s[i];

			sc->key[k++] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
		}
		return k;
	} else {
		size_t flen;
		uint8_t *f = ustr_fold(s, n, &flen);

		for (i = 0; i < flen && k < WORD_MAX_BYTES;) {
			uint32_t cp;
			size_t len = ustr_decode(f + i, flen - i, &cp);

			if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
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

/* Looser keys start with a byte no word contains, so they never collide
 * with a word's own key. */
#define ALT_MARK 0x01
#define ALT_PREFIX_CHARS 5

/* The value of a number token's key (digits, one decimal point, then
 * anything), to two significant digits, as a key: "~14000". */
static uint32_t
number_alt(struct scan *sc, const uint8_t *k, size_t n)
{
	double v = 0, scale = 1;
	size_t i;
	bool frac = false;
	int len;
	char buf[48];

	for (i = 0; i < n; i++) {
		if (k[i] >= '0' && k[i] <= '9') {
			if (frac)
				v += (k[i] - '0') * (scale /= 10);
			else
				v = v * 10 + (k[i] - '0');
		} else if (k[i] == '.' && !frac) {
			frac = true;
		} else {
			break;
		}
	}
	if (i < n || v < 10 || v > 1e15)
		return 0;	/* "3bn", small or huge: exact keys suffice */
	for (scale = 1; v >= 100; v /= 10)
		scale *= 10;
	len = snprintf(buf, sizeof buf, "%c%.0f", ALT_MARK,
	               (double)(long long)(v + 0.5) * scale);
	return lexicon_intern(sc->lx, (const uint8_t *)buf, (size_t)len);
}

/* The first ALT_PREFIX_CHARS characters of a folded word of at least
 * that many letters, as a key; 0 for shorter words. */
static uint32_t
prefix_alt(struct scan *sc, size_t klen)
{
	uint8_t buf[4 * ALT_PREFIX_CHARS + 2];
	size_t i = 0, chars = 0;

	while (i < klen && chars < ALT_PREFIX_CHARS) {
		uint32_t cp;
		size_t len = ustr_decode(sc->key + i, klen - i, &cp);

		if (!ustr_is_letter(cp))
			return 0;
		i += len;
		chars++;
	}
	if (chars < ALT_PREFIX_CHARS || i == klen)
		return 0;	/* short, or the prefix is the word itself */
	buf[0] = ALT_MARK;
	memcpy(buf + 1, sc->key, i);
	return lexicon_intern(sc->lx, buf, i + 1);
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

/* The key of a number as written, without group separators, so that
 * 1,000 and 1000 are one key; sc->key holds its folded form. */
static uint32_t
number_key(struct scan *sc, size_t klen)
{
	size_t i, k = 0;

	for (i = 0; i < klen; i++)
		if (sc->key[i] != ',' && sc->key[i] != '\'')
			sc->key[k++] = sc->key[i];
	return lexicon_intern(sc->lx, sc->key, k ? k : 1);
}

static void
push(struct scan *sc, const uint8_t *base, size_t start, size_t len)
{
	struct token_vec *v = sc->out;
	struct token *t;
	const uint8_t *s = base + start;
	uint32_t cp;
	size_t i, upper = 0, letters = 0, klen;
	bool ascii = true;

	for (i = 0; i < len && ascii; i++)
		ascii = s[i] < 0x80;

	MEM_GROW(v->v, v->cap, v->n + 1);
	t = &v->v[v->n++];
	memset(t, 0, sizeof *t);
	t->start = (uint32_t)start;
	t->len = (uint32_t)len;
	if (sc->space)
		t->flags |= TOKEN_SPACE;
	sc->space = false;

	ustr_decode(s, len, &cp);
	if (!ustr_is_letter(cp) && ustr_digit_value(cp) < 0 && cp != '_') {
		bool word = false;

		/* A non-ASCII segment may still be a word (a letter after a
		 * combining mark); anything else is one punctuation mark. */
		for (i = 0; i < len && !ascii && !word;) {
			uint32_t c;

			i += ustr_decode(s + i, len - i, &c);
			word = ustr_is_letter(c) || ustr_digit_value(c) >= 0;
		}
		if (!word && (cp == '%' || cp == 0xFF05)) {
			/* "9.4%" says "9.4 percent": one word for both. */
			t->kind = TOKEN_WORD;
			t->word = lexicon_intern(sc->lx, (const uint8_t *)"percent", 7);
			t->stem = lexicon_stem(sc->lx, t->word);
			return;
		}
		if (!word) {
			t->kind = TOKEN_PUNCT;
			t->word = token_norm_punct(cp);
			if (t->word == '.' || t->word == '!' || t->word == '?') {
				const struct token *p = v->n >= 2 ? t - 1 : NULL;
				size_t plen;

				sc->sent = true;
				if (t->word == '.' && p && v->n - 1 > sc->first &&
				    p->kind == TOKEN_WORD &&
				    !(t->flags & TOKEN_SPACE) &&
				    is_abbrev(lexicon_word(sc->lx, p->word, &plen),
				              plen))
					sc->sent = false;
			} else if (t->word == '-' && !(t->flags & TOKEN_SPACE) &&
			           v->n >= 2 && t[-1].kind != TOKEN_PUNCT) {
				t[-1].flags |= TOKEN_HYPHEN;	/* tentative */
			}
			return;
		}
	}

	t->kind = ustr_digit_value(cp) >= 0 ? TOKEN_NUMBER : TOKEN_WORD;
	if (t->kind == TOKEN_WORD) {
		if (sc->sent)
			t->flags |= TOKEN_SENT;
		sc->sent = false;
		for (i = 0; i < len;) {
			uint32_t c;

			i += ustr_decode(s + i, len - i, &c);
			if (ustr_is_letter(c)) {
				letters++;
				upper += ustr_is_upper(c);
			}
		}
		if (ustr_is_upper(cp))
			t->flags |= TOKEN_CAP;
		if (letters >= 2 && upper == letters)
			t->flags |= TOKEN_ACRONYM;
	}
	klen = fold_word(sc, s, len, ascii);
	if (t->kind == TOKEN_WORD)
		klen = undot_acronym(sc->key, klen);
	t->word = lexicon_intern(sc->lx, sc->key, klen ? klen : 1);
	/* An acronym is never a stopword: US, IT, WHO. */
	if (lexicon_is_stopword(sc->lx, t->word) &&
	    !(t->flags & TOKEN_ACRONYM))
		t->flags |= TOKEN_STOP;
	else if (lexicon_is_weak(sc->lx, t->word))
		t->flags |= TOKEN_WEAK;
	if (t->kind == TOKEN_WORD) {
		t->alt = (t->flags & TOKEN_STOP) ? 0 : prefix_alt(sc, klen);
		t->stem = lexicon_stem(sc->lx, t->word);
	} else {
		t->stem = number_key(sc, klen);
		t->alt = number_alt(sc, lexicon_word(sc->lx, t->stem, &klen),
		                    klen);
	}
}

/* Resolve hyphen chains: a word marked TOKEN_HYPHEN keeps the mark only
 * when "-" and another word follow with no space; the first word of a
 * chain gets the lexicon id of the chain written closed. */
static void
join_hyphens(struct scan *sc, size_t first)
{
	struct token_vec *v = sc->out;
	size_t i, j;

	for (i = first; i < v->n; i++) {
		struct token *t = &v->v[i];

		if (!(t->flags & TOKEN_HYPHEN))
			continue;
		if (!(i + 2 < v->n && token_is_punct(&v->v[i + 1], '-') &&
		      v->v[i + 2].kind != TOKEN_PUNCT &&
		      !(v->v[i + 2].flags & TOKEN_SPACE)))
			t->flags &= (uint8_t)~TOKEN_HYPHEN;
	}
	for (i = first; i < v->n; i++) {
		size_t k = 0, len;
		const uint8_t *w;

		if (!(v->v[i].flags & TOKEN_HYPHEN) ||
		    (i >= first + 2 && (v->v[i - 2].flags & TOKEN_HYPHEN)))
			continue;	/* not the first word of a chain */
		for (j = i;; j += 2) {
			w = lexicon_word(sc->lx, v->v[j].word, &len);
			if (k + len > WORD_MAX_BYTES)
				break;
			memcpy(sc->key + k, w, len);
			k += len;
			if (!(v->v[j].flags & TOKEN_HYPHEN))
				break;
		}
		v->v[i].joined = lexicon_stem(sc->lx,
		                              lexicon_intern(sc->lx, sc->key, k));
	}
}

void
token_scan(struct lexicon *lx, const uint8_t *s, size_t n,
           struct token_vec *out)
{
	struct scan sc = { .lx = lx, .out = out, .first = out->n,
	                   .sent = true };
	size_t i;
	bool ascii = true;

	for (i = 0; i < n && ascii; i++)
		ascii = s[i] < 0x80;

	if (ascii) {
		for (i = 0; i < n;) {
			enum wb c = wb_class(s[i]);
			size_t len;

			if (c == WB_SPACE) {
				sc.space = true;
				i++;
				continue;
			}
			len = (c == WB_LETTER || c == WB_NUMERIC ||
			       c == WB_EXTENDNUMLET)
			              ? ascii_word_len(s + i, n - i)
			              : 1;
			push(&sc, s, i, len);
			i += len;
		}
	} else {
		char *br = xmalloc(n + 1);
		size_t start = 0;

		ustr_wordbreaks(s, n, br);
		for (i = 1; i <= n; i++) {
			uint32_t cp;

			if (i < n && !br[i])
				continue;
			ustr_decode(s + start, i - start, &cp);
			if (ustr_is_space(cp))
				sc.space = true;
			else
				push(&sc, s, start, i - start);
			start = i;
		}
		free(br);
	}
	join_hyphens(&sc, sc.first);
}
