/* token.h - words, numbers and punctuation of one paragraph.
 * Engine; include from engine and tests.
 *
 * Word boundaries are Unicode's (UAX #29, through libunistring; pure
 * ASCII text takes an exact fast path).  Each word is case-folded, with
 * curly apostrophes made straight (you’re = you're), interned in the
 * lexicon, and stemmed. */
#ifndef NEWSDIFF_TOKEN_H
#define NEWSDIFF_TOKEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct lexicon;
struct cache_slot;

enum token_kind {
	TOKEN_WORD,		/* has a letter: "Kerry", "U.S", "you're" */
	TOKEN_NUMBER,		/* starts with a digit: "350", "1,000", "3bn" */
	TOKEN_PUNCT,		/* one other character: , " “ - — : */
};

#define TOKEN_CAP 0x01		/* starts with an upper-case letter */
#define TOKEN_ACRONYM 0x02	/* two or more letters, all upper case */
#define TOKEN_STOP 0x04		/* a stopword */
#define TOKEN_SENT 0x08		/* first word of a sentence */
#define TOKEN_HYPHEN 0x10	/* "-" joins it to the next word: cease-fire */
#define TOKEN_SPACE 0x20	/* white space comes before it */
#define TOKEN_WEAK 0x40		/* a weak word (see lexicon.h) */

/* Words longer than this many bytes (no real word is) are cut into
 * tokens of at most this length, so a length fits in 16 bits. */
#define TOKEN_MAX_BYTES 65535

struct token {
	uint32_t start;		/* bytes, relative to the paragraph */
	uint32_t word;		/* lexicon id of the folded form; for
				 * punctuation the (normalized) code point */
	uint32_t stem;		/* lexicon id of the stem; for numbers the
				 * digits without separators (1,000 -> 1000);
				 * 0 for punctuation */
	uint16_t len;		/* bytes */
	uint8_t kind;		/* enum token_kind */
	uint8_t flags;		/* TOKEN_* */
};

/* The first word of a hyphen chain and the chain written closed: few
 * tokens have one, so they are kept apart, in token order. */
struct token_join {
	uint32_t tok;		/* index of the chain's first word */
	uint32_t key;		/* lexicon id of the stem of the closed form
				 * ("ceasefir" for cease-fire) */
};

struct token_vec {
	struct token *v;
	size_t n, cap;
	struct token_join *join;	/* in order of tok */
	size_t njoin, jcap;
	struct cache_slot *cache;	/* token_scan()'s; token_vec_fini() */
	size_t cache_slots, cache_misses;
};

/* Size the word cache of an empty vector for about bytes of text to
 * come (token_scan() otherwise starts it small and grows it). */
void token_vec_expect(struct token_vec *tv, size_t bytes);

/* Release a vector's word cache (the tokens stay in v and join). */
void token_vec_fini(struct token_vec *tv);

/* A looser key of token t, or 0: for words of more than five letters
 * their first five (diplomacy and diplomatic share "diplo"), for numbers
 * the value to two significant digits (14,200 ~ 14,000); none for
 * stopwords and punctuation. */
uint32_t token_alt(const struct lexicon *lx, const struct token *t);

/* The closed key of the hyphen chain that token i starts, or 0. */
uint32_t token_joined(const struct token_join *join, size_t njoin, size_t i);

/* Append the tokens of s[0..n) to out. */
void token_scan(struct lexicon *lx, const uint8_t *s, size_t n,
                struct token_vec *out);

/* Whether token t is the punctuation code point cp (after
 * normalization: all double quotes are '"', single quotes and
 * apostrophes '\'', dashes and hyphens '-'). */
#define token_is_punct(t, cp) ((t)->kind == TOKEN_PUNCT && (t)->word == (cp))

/* Whether word token t, whose paragraph's text is text, ends in a
 * possessive's "'s" or "\u2019s" ("river's", "Italy\u2019s"). */
static inline bool
token_is_possessive(const struct token *t, const uint8_t *text)
{
	const uint8_t *s = text + t->start;
	size_t n = t->len;

	return t->kind == TOKEN_WORD && n >= 3 && s[n - 1] == 's' &&
	       (s[n - 2] == '\'' ||
	        (n >= 5 && memcmp(s + n - 4, "\xE2\x80\x99", 3) == 0));
}

/* Normalize a punctuation code point as token_scan() does. */
uint32_t token_norm_punct(uint32_t cp);

/* Whether token t is a full stop, an exclamation or a question mark. */
#define token_ends_sentence(t)                                            \
	(token_is_punct(t, '.') || token_is_punct(t, '!') ||              \
	 token_is_punct(t, '?'))

/* How many of a paragraph's tokens t[0..n) its dateline takes, the dash
 * after it included: "GAUHATI, India (AP) --", "NEW DELHI (Reuters) -",
 * "WASHINGTON --"; 0 when it opens with none.  The dateline says where
 * and by whom a report was filed, not what it tells. */
size_t token_dateline_len(const struct token *t, size_t n);

/* The index of the first of tokens t[0..n) that starts at or after byte
 * off (n if none): a binary search, as tokens are in text order. */
size_t token_at(const struct token *t, size_t n, uint32_t off);

/* Whether s[0..n) is one of the lower-case ASCII words list[0..count),
 * ASCII case aside. */
bool token_text_in(const uint8_t *s, size_t n, const char *const *list,
                   size_t count);

/* Whether word token t of text (the text its offsets count in) is one of
 * the lower-case ASCII words list[0..count), ASCII case aside. */
bool token_word_in(const uint8_t *text, const struct token *t,
                   const char *const *list, size_t count);

/* Whether one-letter token i of a paragraph's tokens t[0..n) is a
 * letter of a name or a code rather than a unit's abbreviation: in lower
 * case, or joined to a word, a number or a hyphen after it ("12 F-16
 * jets", "two C-130 planes", "Ross 508 c"). */
bool token_letter_of_name(const struct token *t, size_t n, size_t i);

/* Whether tokens i and i + 1 of t[0..n) are "/h" joined to the token
 * before them, as in "km/h"; text is what their offsets count in. */
bool token_per_hour(const uint8_t *text, const struct token *t, size_t n,
                    size_t i);

#endif
