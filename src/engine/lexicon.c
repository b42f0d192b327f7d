/* lexicon.c - interned words, cached stems, stopwords. */
#include "lexicon.h"

#include <stdlib.h>
#include <string.h>

#include <libstemmer.h>

#include "mem.h"
#include "ustr.h"

/* Words longer than this are not stemmed: no English word is, and a
 * pathological input should not reach the stemmer with megabytes. */
#define STEM_MAX_BYTES 64

#define LEX_STOP 0x01
#define LEX_STEMMED 0x02
#define LEX_WEAK 0x04

struct lex_entry {
	uint32_t off, len;	/* in lx->bytes */
	uint32_t hash;
	uint32_t stem;		/* valid once LEX_STEMMED is set */
	uint8_t flags;
};

struct lexicon {
	struct lex_entry *e;	/* e[0] is the unused "none" entry */
	size_t n, cap;
	uint8_t *bytes;
	size_t nbytes, bcap;
	uint32_t *slot;		/* open addressing: entry ids, 0 = empty */
	size_t mask;
	struct sb_stemmer *stemmer;
};

static uint32_t
hash32(const uint8_t *s, size_t n)
{
	uint32_t h = 2166136261u;	/* FNV-1a */
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= s[i];
		h *= 16777619u;
	}
	return h;
}

static void
rehash(struct lexicon *lx, size_t size)
{
	size_t i;

	free(lx->slot);
	lx->slot = xcalloc(size, sizeof *lx->slot);
	lx->mask = size - 1;
	for (i = 1; i < lx->n; i++) {
		size_t k = lx->e[i].hash & lx->mask;

		while (lx->slot[k] != 0)
			k = (k + 1) & lx->mask;
		lx->slot[k] = (uint32_t)i;
	}
}

struct lexicon *
lexicon_new(void)
{
	struct lexicon *lx = xcalloc(1, sizeof *lx);

	lx->stemmer = sb_stemmer_new("english", "UTF_8");
	if (lx->stemmer == NULL)
		fatal("cannot start the Snowball English stemmer");
	MEM_GROW(lx->e, lx->cap, 1);
	memset(&lx->e[0], 0, sizeof lx->e[0]);
	lx->n = 1;
	rehash(lx, 1024);
	return lx;
}

void
lexicon_free(struct lexicon *lx)
{
	if (lx == NULL)
		return;
	sb_stemmer_delete(lx->stemmer);
	free(lx->e);
	free(lx->bytes);
	free(lx->slot);
	free(lx);
}

uint32_t
lexicon_intern(struct lexicon *lx, const uint8_t *s, size_t n)
{
	uint32_t h = hash32(s, n);
	size_t k = h & lx->mask;
	struct lex_entry *e;

	while (lx->slot[k] != 0) {
		e = &lx->e[lx->slot[k]];
		if (e->hash == h && e->len == n &&
		    memcmp(lx->bytes + e->off, s, n) == 0)
			return lx->slot[k];
		k = (k + 1) & lx->mask;
	}
	if (lx->n >= UINT32_MAX / 2 || lx->nbytes + n >= UINT32_MAX)
		fatal("too many distinct words");
	MEM_GROW(lx->e, lx->cap, lx->n + 1);
	MEM_GROW(lx->bytes, lx->bcap, lx->nbytes + n + 1);
	e = &lx->e[lx->n];
	e->off = (uint32_t)lx->nbytes;
	e->len = (uint32_t)n;
	e->hash = h;
	e->stem = 0;
	e->flags = 0;
	memcpy(lx->bytes + lx->nbytes, s, n);
	lx->nbytes += n;
	lx->bytes[lx->nbytes++] = '\0';
	lx->slot[k] = (uint32_t)lx->n;
	if (++lx->n * 2 > lx->mask + 1)
		rehash(lx, (lx->mask + 1) * 2);
	return (uint32_t)(lx->n - 1);
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
	if (e->len <= STEM_MAX_BYTES && e->len > 2 && ustr_is_letter(cp)) {
		r = sb_stemmer_stem(lx->stemmer, lx->bytes + e->off, (int)e->len);
		len = sb_stemmer_length(lx->stemmer);
		if (r != NULL && len > 0)
			stem = lexicon_intern(lx, r, (size_t)len);
		e = &lx->e[id];		/* interning may have moved it */
	}
	e->stem = stem;
	e->flags |= LEX_STEMMED;
	return stem;
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
		if (e > i && buf[i] != '#') {
			bool weak = buf[i] == '~';
			size_t flen, b = i + weak;
			uint8_t *f = ustr_fold(buf + b, e - b, &flen);

			if (flen > 0)
				lx->e[lexicon_intern(lx, f, flen)].flags |=
				        weak ? LEX_WEAK : LEX_STOP;
			free(f);
		}
		i = end + 1;
	}
}
