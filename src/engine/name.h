/* name.h - which words a report writes as names, and where a run of
 * them ends.  Engine; include from engine modules (the aligner, the fact
 * modules and the ledger).
 *
 * A word is a name in a report when the report writes it capitalized
 * inside a sentence, or as an acronym, in its prose: body paragraphs,
 * quotations and the standfirst.  Headlines, labels and bylines, which
 * capitalize every word, do not count.  A name word stays one where the
 * report writes it at the start of a sentence.  A run of name words goes
 * on through hyphens ("Marie-Louise Newell") and keeps an abbreviation's
 * dot ("U.S."); three words or more all in capitals are no name. */
#ifndef NEWSDIFF_NAME_H
#define NEWSDIFF_NAME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "token.h"

struct article;

/* Whether token t, as written, shows its word to be a name.  Inline: it
 * is asked of every token of both reports, three times over. */
static inline bool
name_is_evidence(const struct token *t)
{
	return t->kind == TOKEN_WORD &&
	       (((t->flags & TOKEN_CAP) && !(t->flags & TOKEN_SENT)) ||
	        (t->flags & TOKEN_ACRONYM));
}

/* Whether token t is a name word of a run.  In a sentence, a word in
 * capitals not at its start is one; at a sentence's start or in a
 * headline, where every word may be capitalized, only a word the
 * report's prose capitalizes too (names[t->word], name_mark_words()).
 * A word in lower case never is. */
static inline bool
name_word(const struct token *t, const uint8_t *names, bool headline)
{
	if (t->kind != TOKEN_WORD || (t->flags & TOKEN_STOP) ||
	    !(t->flags & (TOKEN_CAP | TOKEN_ACRONYM)))
		return false;
	if (headline || (t->flags & TOKEN_SENT))
		return names[t->word] != 0;
	return true;
}

/* Whether token t is the word "of" (text: its paragraph's). */
static inline bool
name_is_of(const struct token *t, const uint8_t *text)
{
	return t->kind == TOKEN_WORD && t->len == 2 &&
	       memcmp(text + t->start, "of", 2) == 0;
}

/* Whether token k of t[0..n), no name word, is inside a name all the
 * same: the dot of an initial ("John F. Kerry"), "of" between name words
 * ("Secretary of State"), unless a title follows it: "the Unity Party of
 * President Tomas Ferran" is two names. */
static inline bool
name_goes_on(const struct token *t, size_t n, size_t k, const uint8_t *text,
             const uint8_t *names, bool headline)
{
	if (token_is_punct(&t[k], '.') && !(t[k].flags & TOKEN_SPACE) &&
	    t[k - 1].len == 1)
		return true;
	return name_is_of(&t[k], text) && k + 1 < n &&
	       name_word(&t[k + 1], names, headline) &&
	       !(t[k + 1].flags & TOKEN_WEAK);
}

/* name_word() for token t of paragraph p of a, unless a figure holds
 * it: the zone of "2210 GMT", the currency of "5 million USD" (needs
 * the article's figures). */
bool name_word_at(const struct article *a, size_t p, const struct token *t,
                  const uint8_t *names, bool headline);

/* A name goes on through a hyphen after its word t[k] ("Kim Jong-Sik",
 * "Jean-Pierre"): 1 when the word after the hyphen is capitalized, and
 * a name word in its own right; 2 when it is a short syllable in lower
 * case ("Chang Geun-ho", "Jung Se-hi"), which ends the name's span but
 * not its last name word; else 0: "Hong Kong-registered", "U.S.-led",
 * "Kerry-led" are a name and a word of the sentence.  text is the
 * paragraph's. */
#define NAME_SYLLABLE_MAX 3

static inline int
name_hyphen_tail(const struct token *t, size_t n, size_t k,
                 const uint8_t *text)
{
	const struct token *w;

	if (!(t[k].flags & TOKEN_HYPHEN) || k + 2 >= n ||
	    !token_is_punct(&t[k + 1], '-'))
		return 0;
	w = &t[k + 2];
	if (w->kind != TOKEN_WORD)
		return 0;
	if (w->flags & (TOKEN_CAP | TOKEN_ACRONYM))
		return 1;
	return w->len <= NAME_SYLLABLE_MAX &&
	               !(w->len >= 2 && text[w->start + w->len - 2] == 'e' &&
	                 text[w->start + w->len - 1] == 'd')
	               ? 2
	               : 0;
}

/* A run of this many words or more, every one in capitals, is text in
 * capitals rather than a name: an editor's note ("STORY CAN END HERE"),
 * a shouted line.  Acronyms come alone or in pairs ("U.S. FBI"). */
#define NAME_SHOUT_WORDS 3

/* Whether the words of tokens t[first..last] that are not punctuation
 * are NAME_SHOUT_WORDS or more, all in capitals. */
static inline bool
name_is_shouted(const struct token *t, size_t first, size_t last)
{
	size_t k, words = 0;

	for (k = first; k <= last; k++) {
		if (t[k].kind != TOKEN_WORD)
			continue;
		if (!(t[k].flags & TOKEN_ACRONYM))
			return false;
		words++;
	}
	return words >= NAME_SHOUT_WORDS;
}

/* The byte where a name whose last word is t[last] ends: after that
 * word, its closing dot if it is an abbreviation ("U.S.", "John F."),
 * or a syllable it takes through a hyphen ("Geun-ho"); before a
 * possessive's "'s" ("Asia's", "Italy\u2019s"), which is the sentence's. */
static inline uint32_t
name_end(const struct token *t, size_t n, size_t last, const uint8_t *text)
{
	const struct token *w = &t[last];
	const uint8_t *e;

	if (last + 1 < n &&
	    (w->len == 1 || memchr(text + w->start, '.', w->len) != NULL) &&
	    token_is_punct(&t[last + 1], '.') &&
	    !(t[last + 1].flags & TOKEN_SPACE))
		return t[last + 1].start + 1;
	if (name_hyphen_tail(t, n, last, text) == 2)
		w = &t[last + 2];
	e = text + w->start + w->len;
	if (w->len > 2 && (e[-1] == 's' || e[-1] == 'S') && e[-2] == '\'')
		return w->start + w->len - 2u;
	if (w->len > 4 && (e[-1] == 's' || e[-1] == 'S') &&
	    memcmp(e - 4, "\xE2\x80\x99", 3) == 0)
		return w->start + w->len - 4u;
	return w->start + w->len;
}

/* names[word] |= bit for every word article a shows to be a name;
 * names has an entry per word id of the article's lexicon. */
void name_mark_words(const struct article *a, uint8_t *names, uint8_t bit);

#endif
