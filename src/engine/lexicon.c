/* lexicon.c - interned words, cached stems, stopwords. */
#define _GNU_SOURCE	/* memrchr */
#include "lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "hash.h"
#include "mem.h"
#include "spelling.h"
#include "ustr.h"

/* Words longer than this are not stemmed: no English word is, and a
 * pathological input should not reach the stemmer with megabytes. */
#define STEM_MAX_BYTES 64

#define LEX_STOP 0x01
#define LEX_STEMMED 0x02
#define LEX_WEAK 0x04
#define LEX_ALTED 0x08

/* Looser keys (lexicon_alt) and synonym groups start with a byte no word
 * contains, so they never collide with a word's own key. */
#define ALT_MARK 0x01
#define GROUP_MARK 0x02
#define ALT_PREFIX_CHARS 5

struct lex_entry {
	uint32_t off, len;	/* in lx->bytes */
	uint32_t hash;
	uint32_t stem;		/* valid once LEX_STEMMED is set */
	uint32_t alt;		/* valid once LEX_ALTED is set */
	uint32_t group;		/* synonym group of this stem, or 0 */
	uint8_t flags;
};

/* A slot keeps the first eight bytes of its word, and its hash and
 * length in one tag, beside the id: most words are that short and are
 * found without reading anything else.  16 bytes: the table of a report
 * of a megabyte is a third smaller than with the three apart. */
struct lex_slot {
	uint64_t head;		/* first 8 bytes, zero-padded */
	uint32_t tag;		/* tag_of() */
	uint32_t id;
};

/* The high 24 bits of a word's hash (the low ones place it) and its
 * length, or TAG_LONG for 255 bytes or more, whose length is read from
 * its entry. */
#define TAG_LONG 0xFFu

static uint32_t
tag_of(uint32_t hash, size_t n)
{
	return (hash & ~TAG_LONG) | (n < TAG_LONG ? (uint32_t)n : TAG_LONG);
}

/* The first 8 bytes of s[0..n), zero-padded, as one number. */
static uint64_t
head8(const uint8_t *s, size_t n)
{
	uint64_t h = 0;

	memcpy(&h, s, n < 8 ? n : 8);
	return h;
}

struct lexicon {
	struct lex_entry *e;	/* e[0] is the unused "none" entry */
	size_t n, cap;
	uint8_t *bytes;
	size_t nbytes, bcap;
	struct lex_slot *slot;	/* open addressing; id 0 = empty */
	size_t mask;
	struct sb_stemmer *stemmer;
	struct sb_stemmer *stemmer_ascii;	/* the same rules on bytes */
	/* The related-words table (the caller's): its bytes, where its
	 * lines of stems start, its number of concepts. */
	const uint8_t *rel;
	size_t nrel, rel_from;
	uint32_t nconcept;
};

static void
rehash(struct lexicon *lx, size_t size)
{
	size_t i;

	free(lx->slot);
	lx->slot = xcalloc_probed(size, sizeof *lx->slot);
	lx->mask = size - 1;
	for (i = 1; i < lx->n; i++) {
		size_t k = lx->e[i].hash & lx->mask;

		while (lx->slot[k].id != 0)
			k = (k + 1) & lx->mask;
		lx->slot[k].tag = tag_of(lx->e[i].hash, lx->e[i].len);
		lx->slot[k].id = (uint32_t)i;
		lx->slot[k].head = head8(lx->bytes + lx->e[i].off, lx->e[i].len);
	}
}

/* The English stemmer twice: for UTF-8, and for words all in ASCII,
 * which its ISO 8859-1 build stems to the same stems a quarter faster
 * (the English rules name no letter outside ASCII; stemming was a fifth
 * of the bundled pair's work). */
static void
stemmers_new(struct lexicon *lx)
{
	lx->stemmer = sb_stemmer_new("english", "UTF_8");
	lx->stemmer_ascii = sb_stemmer_new("english", "ISO_8859_1");
	if (lx->stemmer == NULL || lx->stemmer_ascii == NULL)
		fatal("cannot start the Snowball English stemmer");
}

struct lexicon *
lexicon_new(void)
{
	struct lexicon *lx = xcalloc(1, sizeof *lx);

	stemmers_new(lx);
	MEM_GROW(lx->e, lx->cap, 1);
	memset(&lx->e[0], 0, sizeof lx->e[0]);
	lx->n = 1;
	rehash(lx, 1024);
	return lx;
}

struct lexicon *
lexicon_copy(const struct lexicon *src)
{
	struct lexicon *lx = xmemdup(src, sizeof *src);

	stemmers_new(lx);
	lx->e = xreallocarray(NULL, src->cap, sizeof *lx->e);
	memcpy(lx->e, src->e, src->n * sizeof *lx->e);
	lx->bytes = NULL;
	if (src->bcap > 0) {
		lx->bytes = xmalloc(src->bcap);
		memcpy(lx->bytes, src->bytes, src->nbytes);
	}
	lx->slot = xmemdup(src->slot, (src->mask + 1) * sizeof *src->slot);
	return lx;
}

void
lexicon_free(struct lexicon *lx)
{
	if (lx == NULL)
		return;
	sb_stemmer_delete(lx->stemmer);
	sb_stemmer_delete(lx->stemmer_ascii);
	free(lx->e);
	free(lx->bytes);
	free(lx->slot);
	free(lx);
}

/* The slot of s[0..n) (hash h): the one that holds it, or the empty one
 * where it would go. */
static size_t
find_slot(const struct lexicon *lx, const uint8_t *s, size_t n, uint32_t h)
{
	uint64_t head = head8(s, n);
	uint32_t tag = tag_of(h, n);
	size_t k = h & lx->mask;
	const struct lex_slot *sl;

	for (; (sl = &lx->slot[k])->id != 0; k = (k + 1) & lx->mask) {
		const struct lex_entry *e = &lx->e[sl->id];

		if (sl->tag != tag || sl->head != head)
			continue;
		if (n <= 8)
			break;
		if ((n < TAG_LONG || e->len == n) &&
		    memcmp(lx->bytes + e->off + 8, s + 8, n - 8) == 0)
			break;
	}
	return k;
}

uint32_t
lexicon_intern(struct lexicon *lx, const uint8_t *s, size_t n)
{
	uint32_t h = hash_fold32(hash_bytes(s, n, 0));
	struct lex_slot *sl = &lx->slot[find_slot(lx, s, n, h)];
	struct lex_entry *e;

	if (sl->id != 0)
		return sl->id;
	if (lx->n >= UINT32_MAX / 2 || lx->nbytes + n >= UINT32_MAX)
		fatal("too many distinct words");
	MEM_GROW(lx->e, lx->cap, lx->n + 1);
	MEM_GROW(lx->bytes, lx->bcap, lx->nbytes + n + 1);
	e = &lx->e[lx->n];
	e->off = (uint32_t)lx->nbytes;
	e->len = (uint32_t)n;
	e->hash = h;
	e->stem = 0;
	e->alt = 0;
	e->group = 0;
	e->flags = 0;
	memcpy(lx->bytes + lx->nbytes, s, n);
	lx->nbytes += n;
	lx->bytes[lx->nbytes++] = '\0';
	sl->tag = tag_of(h, n);
	sl->id = (uint32_t)lx->n;
	sl->head = head8(s, n);
	if (++lx->n * 2 > lx->mask + 1)
		rehash(lx, (lx->mask + 1) * 2);
	return (uint32_t)(lx->n - 1);
}

static bool
is_digit(uint8_t c)
{
	return c >= '0' && c <= '9';
}

/* A number's key without group separators: 1,000 -> 1000. */
static uint32_t
number_key(struct lexicon *lx, uint32_t id)
{
	uint8_t buf[STEM_MAX_BYTES];
	size_t i, k = 0, n = lx->e[id].len;
	const uint8_t *s = lx->bytes + lx->e[id].off;

	if (n > STEM_MAX_BYTES)
		return id;
	for (i = 0; i < n; i++)
		if (s[i] != ',' && s[i] != '\'')
			buf[k++] = s[i];
	return k == n ? id : lexicon_intern(lx, buf, k ? k : 1);
}

uint32_t
lexicon_stem(struct lexicon *lx, uint32_t id)
{
	struct lex_entry *e = &lx->e[id];
	const sb_symbol *r;
	uint32_t stem, cp;
	int len;

	if (e->flags & LEX_STEMMED)
		return e->stem;
	stem = id;
	ustr_decode(lx->bytes + e->off, e->len ? e->len : 1, &cp);
	if (ustr_digit_value(cp) >= 0) {
		stem = number_key(lx, id);
	} else if (e->len <= STEM_MAX_BYTES && e->len > 2 &&
	           ustr_is_letter(cp)) {
		bool ascii = ustr_is_ascii(lx->bytes + e->off, e->len);
		uint8_t *bare = NULL, us[SPELLING_MAX];
		size_t nbare = 0, nus;

		/* A word and the same word without its accents are one:
		 * reports in English often drop them ("Ferrán", "Ferran").
		 * Taking the accents away shortens a word; bytes that are no
		 * UTF-8 come back longer, as U+FFFD, and stay as they are. */
		if (!ascii)
			bare = ustr_strip_accents(lx->bytes + e->off, e->len,
			                          &nbare);
		if (bare != NULL && nbare > 0 && nbare < e->len) {
			stem = lexicon_stem(lx, lexicon_intern(lx, bare, nbare));
		} else if (ascii && (nus = spelling_us(lx->bytes + e->off, e->len,
		                                       us)) > 0) {
			/* "centres" and "centers" are one, stemmed as
			 * America spells it. */
			stem = lexicon_stem(lx, lexicon_intern(lx, us, nus));
		} else {
			struct sb_stemmer *st = ascii ? lx->stemmer_ascii
			                              : lx->stemmer;

			r = sb_stemmer_stem(st, lx->bytes + e->off,
			                    (int)e->len);
			len = sb_stemmer_length(st);
			if (r != NULL && len > 0)
				stem = lexicon_intern(lx, r, (size_t)len);
		}
		free(bare);
	}
	e = &lx->e[id];		/* interning may have moved it */
	e->stem = stem;
	e->flags |= LEX_STEMMED;
	return stem;
}

/* A number key's value to two significant digits, as a key: "~14000";
 * 0 for values under 10 or with anything but digits and one point. */
static uint32_t
number_alt(struct lexicon *lx, uint32_t key)
{
	const uint8_t *k = lx->bytes + lx->e[key].off;
	size_t n = lx->e[key].len, i;
	double v = 0, scale = 1;
	bool frac = false;
	char buf[48];
	int len;

	for (i = 0; i < n; i++) {
		if (is_digit(k[i])) {
			if (frac)
				v += (k[i] - '0') * (scale /= 10);
			else
				v = v * 10 + (k[i] - '0');
		} else if (k[i] == '.' && !frac) {
			frac = true;
		} else {
			return 0;	/* "3bn": the exact key suffices */
		}
	}
	if (v < 10 || v > 1e15)
		return 0;
	for (scale = 1; v >= 100; v /= 10)
		scale *= 10;
	len = snprintf(buf, sizeof buf, "%c%.0f", ALT_MARK,
	               (double)(long long)(v + 0.5) * scale);
	return lexicon_intern(lx, (const uint8_t *)buf, (size_t)len);
}

/* The first ALT_PREFIX_CHARS characters of a word of letters that is
 * longer than that, as a key; 0 otherwise. */
static uint32_t
prefix_alt(struct lexicon *lx, uint32_t id)
{
	uint8_t buf[4 * ALT_PREFIX_CHARS + 2];
	const uint8_t *s = lx->bytes + lx->e[id].off;
	size_t n = lx->e[id].len, i = 0, chars = 0;

	while (i < n && chars < ALT_PREFIX_CHARS) {
		uint32_t cp;
		size_t len = ustr_decode(s + i, n - i, &cp);

		if (!ustr_is_letter(cp))
			return 0;
		i += len;
		chars++;
	}
	if (chars < ALT_PREFIX_CHARS || i == n)
		return 0;
	buf[0] = ALT_MARK;
	memcpy(buf + 1, s, i);
	return lexicon_intern(lx, buf, i + 1);
}

uint32_t
lexicon_alt_known(const struct lexicon *lx, uint32_t id)
{
	return (lx->e[id].flags & LEX_ALTED) ? lx->e[id].alt : 0;
}

uint32_t
lexicon_alt(struct lexicon *lx, uint32_t id)
{
	uint32_t alt;

	if (lx->e[id].flags & LEX_ALTED)
		return lx->e[id].alt;
	if (lx->e[id].len > 0 && is_digit(lx->bytes[lx->e[id].off]))
		alt = number_alt(lx, lexicon_stem(lx, id));
	else
		alt = prefix_alt(lx, id);
	lx->e[id].alt = alt;	/* interning may have moved lx->e: index anew */
	lx->e[id].flags |= LEX_ALTED;
	return alt;
}

bool
lexicon_is_stopword(const struct lexicon *lx, uint32_t id)
{
	return (lx->e[id].flags & LEX_STOP) != 0;
}

bool
lexicon_is_weak(const struct lexicon *lx, uint32_t id)
{
	return (lx->e[id].flags & LEX_WEAK) != 0;
}

const uint8_t *
lexicon_word(const struct lexicon *lx, uint32_t id, size_t *len)
{
	*len = lx->e[id].len;
	return lx->bytes + lx->e[id].off;
}

uint32_t
lexicon_count(const struct lexicon *lx)
{
	return (uint32_t)lx->n;
}

/* A group's id: its head's stem behind a byte no word contains, so the
 * group is never confused with the word itself. */
static uint32_t
group_key(struct lexicon *lx, uint32_t stem)
{
	uint8_t buf[STEM_MAX_BYTES + 2];
	size_t n = lx->e[stem].len < STEM_MAX_BYTES ? lx->e[stem].len
	                                            : STEM_MAX_BYTES;

	buf[0] = GROUP_MARK;
	memcpy(buf + 1, lx->bytes + lx->e[stem].off, n);
	return lexicon_intern(lx, buf, n + 1);
}

uint32_t
lexicon_group(const struct lexicon *lx, uint32_t stem)
{
	return lx->e[stem].group;
}

uint32_t
lexicon_group_or_stem(const struct lexicon *lx, uint32_t stem)
{
	return lx->e[stem].group ? lx->e[stem].group : stem;
}

/* Longest ASCII word folded on the stack while loading the word lists. */
#define FOLD_STACK 64

/* s[0..n) case-folded, as ustr_fold() does: into buf (FOLD_STACK bytes)
 * when it is ASCII, where folding is only lowering A-Z (most of the word
 * lists, read at every start), else a new string; free it unless it is
 * buf. */
static uint8_t *
fold_word(const uint8_t *s, size_t n, uint8_t *buf, size_t *len)
{
	size_t i;

	if (n > FOLD_STACK)
		return ustr_fold(s, n, len);
	for (i = 0; i < n; i++) {
		if (s[i] >= 0x80)
			return ustr_fold(s, n, len);
		buf[i] = s[i] >= 'A' && s[i] <= 'Z' ? (uint8_t)(s[i] | 0x20)
		                                    : s[i];
	}
	*len = n;
	return buf;
}

void
lexicon_load_synonyms(struct lexicon *lx, const uint8_t *buf, size_t len)
{
	size_t i = 0;

	while (i < len) {
		const uint8_t *nl = memchr(buf + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - buf) : len, j = i;
		uint32_t group = 0;

		if (buf[i] == '#') {
			i = end + 1;
			continue;
		}
		while (j < end) {
			size_t k = j, flen;
			uint8_t *f, small[FOLD_STACK];
			uint32_t stem;

			while (k < end && buf[k] != ' ' && buf[k] != '\t' &&
			       buf[k] != '\r')
				k++;
			if (k > j) {
				f = fold_word(buf + j, k - j, small, &flen);
				stem = lexicon_stem(lx, lexicon_intern(lx, f, flen));
				if (f != small)
					free(f);
				if (group == 0)
					group = group_key(lx, stem);
				lx->e[stem].group = group;
			}
			j = k + 1;
		}
		i = end + 1;
	}
}

void
lexicon_load_related(struct lexicon *lx, const uint8_t *buf, size_t len)
{
	size_t i = 0;

	lx->rel = buf;
	lx->nrel = len;
	lx->nconcept = 0;
	/* Skip the comments; the count comes first. */
	while (i < len && buf[i] == '#') {
		const uint8_t *nl = memchr(buf + i, '\n', len - i);

		i = nl ? (size_t)(nl - buf) + 1 : len;
	}
	if (i < len && buf[i] == '=') {
		uint32_t v = 0;

		for (i++; i < len && buf[i] >= '0' && buf[i] <= '9'; i++)
			v = v * 10 + (uint32_t)(buf[i] - '0');
		lx->nconcept = v;
	}
	lx->rel_from = i;
}

uint32_t
lexicon_concept_count(const struct lexicon *lx)
{
	return lx->nconcept;
}

/* The start of the line that holds byte i of the table (at or after
 * rel_from). */
static size_t
rel_line_start(const struct lexicon *lx, size_t i)
{
	const uint8_t *nl = memrchr(lx->rel + lx->rel_from, '\n',
	                            i - lx->rel_from);

	return nl != NULL ? (size_t)(nl - lx->rel) + 1 : lx->rel_from;
}

/* Compare the stem key[0..n) with the first field of the table line at
 * byte line, as memcmp does, a shorter prefix first: byte by byte, the
 * field ending at a space, a line end or the table's end. */
static int
cmp_rel_line(const struct lexicon *lx, size_t line, const uint8_t *key,
             size_t n)
{
	const uint8_t *s = lx->rel + line;
	size_t k, room = lx->nrel - line;

	for (k = 0; k < n; k++) {
		if (k == room || s[k] == ' ' || s[k] == '\n')
			return 1;	/* the field is a prefix of key */
		if (key[k] != s[k])
			return key[k] < s[k] ? -1 : 1;
	}
	return k < room && s[k] != ' ' && s[k] != '\n' ? -1 : 0;
}

/* The concepts on the table line at byte line, after its stem of n
 * bytes: up to max of them into out. */
static size_t
concepts_on_line(const struct lexicon *lx, size_t line, size_t n,
                 uint32_t *out, size_t max)
{
	size_t i, k = 0;

	for (i = line + n; i < lx->nrel && lx->rel[i] == ' ' && k < max;) {
		uint32_t v = 0;

		for (i++; i < lx->nrel && lx->rel[i] >= '0' && lx->rel[i] <= '9';
		     i++)
			v = v * 10 + (uint32_t)(lx->rel[i] - '0');
		if (v > 0 && v <= lx->nconcept)
			out[k++] = v;
	}
	return k;
}

size_t
lexicon_concepts(const struct lexicon *lx, uint32_t stem, uint32_t *out,
                 size_t max)
{
	const struct lex_entry *e = &lx->e[stem];
	const uint8_t *key = lx->bytes + e->off;
	size_t lo = lx->rel_from, hi = lx->nrel;

	/* Binary search over bytes: [lo, hi) always starts at a line. */
	while (lo < hi) {
		size_t line = rel_line_start(lx, lo + (hi - lo) / 2), next;
		int c = cmp_rel_line(lx, line, key, e->len);
		const uint8_t *nl;

		if (c == 0) {
			lo = line;
			break;
		}
		if (c < 0) {
			hi = line;
			continue;
		}
		nl = memchr(lx->rel + line, '\n', lx->nrel - line);
		next = nl ? (size_t)(nl - lx->rel) + 1 : lx->nrel;
		lo = next;
	}
	if (lo >= hi || cmp_rel_line(lx, lo, key, e->len) != 0)
		return 0;
	return concepts_on_line(lx, lo, e->len, out, max);
}

uint32_t *
lexicon_concept_index(const struct lexicon *lx)
{
	uint32_t *at = xcalloc((size_t)lx->n + 1, sizeof *at);
	size_t line = lx->rel_from;

	while (line < lx->nrel) {
		const uint8_t *s = lx->rel + line;
		const uint8_t *nl = memchr(s, '\n', lx->nrel - line);
		size_t end = nl ? (size_t)(nl - lx->rel) : lx->nrel, n = 0;
		uint32_t id;

		while (line + n < end && s[n] != ' ')
			n++;
		id = lx->slot[find_slot(lx, s, n,
		                        hash_fold32(hash_bytes(s, n, 0)))].id;
		if (id != 0 && line < UINT32_MAX)
			at[id] = (uint32_t)line + 1;
		line = end + 1;
	}
	return at;
}

size_t
lexicon_concepts_at(const struct lexicon *lx, const uint32_t *index,
                    uint32_t stem, uint32_t *out, size_t max)
{
	if (index[stem] == 0)
		return 0;
	return concepts_on_line(lx, index[stem] - 1, lx->e[stem].len, out, max);
}

void
lexicon_load_stopwords(struct lexicon *lx, const uint8_t *buf, size_t len)
{
	size_t i = 0;

	while (i < len) {
		const uint8_t *nl = memchr(buf + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - buf) : len, e = end;

		while (e > i && (buf[e - 1] == ' ' || buf[e - 1] == '\r' ||
		                 buf[e - 1] == '\t'))
			e--;
		while (i < e && (buf[i] == ' ' || buf[i] == '\t'))
			i++;
		if (e > i && buf[i] != '#') {
			bool weak = buf[i] == '~';
			size_t flen, b = i + weak;
			uint8_t small[FOLD_STACK];
			uint8_t *f = fold_word(buf + b, e - b, small, &flen);

			if (flen > 0) {
				/* Intern first: it may move lx->e. */
				uint32_t id = lexicon_intern(lx, f, flen);

				lx->e[id].flags |= weak ? LEX_WEAK : LEX_STOP;
			}
			if (f != small)
				free(f);
		}
		i = end + 1;
	}
}

uint32_t *
lexicon_merge(struct lexicon *dst, const struct lexicon *src,
              uint32_t shared)
{
	uint32_t *map = xcalloc(src->n + 1, sizeof *map);
	size_t i;

	/* Words first, then what refers to other words, as a stem's id may
	 * be above its word's. */
	for (i = 1; i < src->n; i++)
		map[i] = i < shared ? (uint32_t)i
		       : lexicon_intern(dst, src->bytes + src->e[i].off,
		                        src->e[i].len);
	for (i = 1; i < src->n; i++) {
		const struct lex_entry *s = &src->e[i];
		struct lex_entry *d = &dst->e[map[i]];

		d->flags |= s->flags & (LEX_STOP | LEX_WEAK);
		if ((s->flags & LEX_STEMMED) && !(d->flags & LEX_STEMMED)) {
			d->stem = map[s->stem];
			d->flags |= LEX_STEMMED;
		}
		if ((s->flags & LEX_ALTED) && !(d->flags & LEX_ALTED)) {
			d->alt = map[s->alt];
			d->flags |= LEX_ALTED;
		}
		if (s->group && !d->group)
			d->group = map[s->group];
	}
	return map;
}
