/* attrib.c - who gave a figure or a quotation, and the period it covers.
 *
 * Over the tokens of the sentence (outside quotation marks): a reporting
 * verb with its subject before it or, after a comma or a quotation,
 * after it; "according to" with what follows; an apposition; a pronoun
 * resolved to the last named speaker before it.  Time frames are
 * periods ("the last eight days", "this week", "since January", "by late
 * Monday", "two years ago", "in 2013"), preferred to points in time ("on
 * Tuesday", "Thursday", "yesterday"). */
#include "attrib.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "article.h"
#include "figure.h"
#include "hash.h"
#include "quote.h"
#include "token.h"
#include "ustr.h"

#define NONE ((size_t)-1)

/* Tokens a sentence may reach either side of a figure, and the tokens
 * looked back through for a pronoun's speaker: a long wire sentence is
 * 40 to 60 tokens; these keep text without sentence ends (a list, a
 * table) linear. */
#define ATTRIB_WINDOW 120
#define ATTRIB_LOOKBACK_TOKENS 1500

/* Words of a noun phrase naming a source, at most: "Secretary of State
 * John F. Kerry" is six words and two dots. */
#define NP_MAX 12

/* A sentence's words are compared folded, at most this long. */
#define WORD_MAX 16

static const char *const reporting_verbs[] = {
	"acknowledged", "added", "admitted", "announced", "argued", "asserted",
	"claimed", "cited", "confirmed", "declared", "disclosed", "estimated",
	"explained", "indicated", "insisted", "maintained", "noted",
	"predicted", "quoted", "recalled", "replied", "reported",
	"revealed", "said", "say", "says", "stated", "stressed",
	"suggested", "testified", "told", "tells", "tweeted", "warned",
	"wrote", "adds", "confirms", "announces", NULL
};

/* Between a subject and its verb: "Kerry also said", "police had
 * earlier reported". */
static const char *const verb_fillers[] = {
	"also", "had", "has", "have", "was", "were", "is", "are", "later",
	"earlier", "then", "previously", "again", "further", "would",
	"will", "could", "might", "may", "first", "already", "been", "did",
	"does", "had", "initially", "once", "reportedly", "separately",
	"publicly", "privately", "repeatedly", "today", "yesterday", NULL
};

/* Words that may join a name: "Secretary of State", "the WHO". */
static const char *const np_joins[] = {
	"the", "of", "for", "a", "an", "de", "al", NULL
};

static const char *const pronouns[] = { "he", "she", NULL };

static const char *const prepositions[] = {
	"in", "on", "at", "with", "from", "after", "during", "in", "by",
	"before", "without", "under", NULL
};

static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", NULL
};

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec", NULL
};

static const char *const month_abbrevs[] = {
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", NULL
};

static const char *const units[] = {
	"hour", "hours", "day", "days", "week", "weeks", "weekend",
	"weekends", "month", "months", "year", "years", "decade", "decades",
	"night", "morning", "afternoon", "evening", "quarter", "season",
	"summer", "winter", "spring", "autumn", "fall", "century", "minutes",
	"fortnight", NULL
};

static const char *const number_words[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
	"forty", "fifty", "hundred", "few", "several", "a", "many", "24",
	NULL
};

/* Before "last", "this", a weekday: "late last year", "earlier this
 * week", "early Monday". */
static const char *const time_modifiers[] = {
	"late", "early", "earlier", "later", "mid", NULL
};

/* A period opens with one of these: "in the last", "over the past". */
static const char *const period_preps[] = {
	"in", "over", "during", "within", "for", "throughout", NULL
};

/* Words a time frame may open with (besides weekdays, modifiers and
 * numbers): a word not among them starts none. */
static const char *const time_starts[] = {
	"last", "past", "previous", "this", "next", "first", "coming",
	"since", "by", "so", "in", "on", "yesterday", "today", "tonight",
	"overnight", NULL
};

/* Auxiliaries that end a comparison's clause: "as they did", "as it
 * had", "as was the case".  A time right after one is the compared
 * event's: "12 boats had carried families to safety, as they did in
 * 1998" says nothing of when the boats did. */
static const char *const comparison_verbs[] = {
	"did", "do", "does", "had", "has", "have", "was", "were", NULL
};

/* Tokens whose word classes a context remembers, by index modulo this. */
#define CTX_MEMO 64

struct ctx {
	size_t memo_i[CTX_MEMO];	/* token index, or NONE */
	uint16_t memo_b[CTX_MEMO];	/* its classes */
	const struct article *a;
	size_t para;
	const struct token *t;
	size_t n;
	const uint8_t *text;
	const struct quote *q;	/* the paragraph's quotations */
	size_t nq;
};

/* A source found: tokens [first, last] of paragraph para. */
struct found {
	size_t para, first, last;
	size_t name_last;	/* an apposition: the end of its name part,
				 * else NONE */
	bool ok;
};

static void class_build(void);
static pthread_once_t class_once;

static void
ctx_init(struct ctx *c, const struct article *a, size_t p)
{
	const struct article_para *pp = &a->para[p];

	size_t k;

	for (k = 0; k < CTX_MEMO; k++)
		c->memo_i[k] = NONE;
	pthread_once(&class_once, class_build);
	c->a = a;
	c->para = p;
	c->t = a->tok + pp->tok;
	c->n = pp->ntok;
	c->text = a->text + pp->start;
	c->q = a->quo != NULL ? a->quo + pp->quo : NULL;
	c->nq = pp->nquo;
}

/* Token i folded into buf; false if it is no word or too long. */
static bool
fold(const struct ctx *c, size_t i, char *buf)
{
	const struct token *t = &c->t[i];
	size_t k;

	if (i >= c->n || t->kind == TOKEN_PUNCT || t->len >= WORD_MAX)
		return false;
	for (k = 0; k < t->len; k++)
		buf[k] = (char)ustr_ascii_lower(c->text[t->start + k]);
	buf[t->len] = '\0';
	return true;
}

/* Classes of words, one bit a list above; every word of the lists in one
 * hash table, built once (the exports attribute from two threads). */
#define C_REPORTING_VERBS 0x0001
#define C_VERB_FILLERS 0x0002
#define C_NP_JOINS 0x0004
#define C_PRONOUNS 0x0008
#define C_PREPOSITIONS 0x0010
#define C_WEEKDAYS 0x0020
#define C_MONTHS 0x0040
#define C_MONTH_ABBREVS 0x0080
#define C_UNITS 0x0100
#define C_NUMBER_WORDS 0x0200
#define C_TIME_MODIFIERS 0x0400
#define C_PERIOD_PREPS 0x0800
#define C_TIME_STARTS 0x1000
#define C_COMPARISON_VERBS 0x2000

#define CLASS_SLOTS 1024	/* a power of two, over four times the
				 * words of the lists */

struct class_slot {
	const char *w;
	uint16_t bits;
};

static struct class_slot class_table[CLASS_SLOTS];
static pthread_once_t class_once = PTHREAD_ONCE_INIT;

/* A word's length, first and last byte (ASCII folded) hashed into a set
 * of this many bits, set for the words of the lists: most words of a
 * report are in no list, and are told so without folding and hashing
 * the whole word (the look-ups were half of attributing a ledger). */
#define CLASS_SHAPE_BITS 16384

static uint64_t class_shape[CLASS_SHAPE_BITS / 64];

static unsigned
shape_bit(size_t n, uint8_t first, uint8_t last)
{
	return (unsigned)((n * 131 + first) * 257 + last) &
	       (CLASS_SHAPE_BITS - 1);
}

static bool
may_be_class_word(const uint8_t *s, size_t n)
{
	unsigned bit = shape_bit(n, ustr_ascii_lower(s[0]),
	                         ustr_ascii_lower(s[n - 1]));

	return class_shape[bit / 64] >> (bit % 64) & 1;
}

static uint32_t
class_hash(const char *s, size_t n)
{
	return hash_fold32(hash_bytes((const uint8_t *)s, n, 0));
}

static void
class_build(void)
{
	static const struct {
		const char *const *list;
		uint16_t bit;
	} lists[] = {
		{ reporting_verbs, C_REPORTING_VERBS },
		{ verb_fillers, C_VERB_FILLERS },
		{ np_joins, C_NP_JOINS },
		{ pronouns, C_PRONOUNS },
		{ prepositions, C_PREPOSITIONS },
		{ weekdays, C_WEEKDAYS },
		{ months, C_MONTHS },
		{ month_abbrevs, C_MONTH_ABBREVS },
		{ units, C_UNITS },
		{ number_words, C_NUMBER_WORDS },
		{ time_modifiers, C_TIME_MODIFIERS },
		{ period_preps, C_PERIOD_PREPS },
		{ time_starts, C_TIME_STARTS },
		{ comparison_verbs, C_COMPARISON_VERBS },
	};
	size_t l;
	const char *const *w;

	for (l = 0; l < sizeof lists / sizeof *lists; l++)
		for (w = lists[l].list; *w != NULL; w++) {
			uint32_t h = class_hash(*w, strlen(*w));
			size_t k = h & (CLASS_SLOTS - 1);

			while (class_table[k].w != NULL &&
			       strcmp(class_table[k].w, *w) != 0)
				k = (k + 1) & (CLASS_SLOTS - 1);
			class_table[k].w = *w;
			class_table[k].bits |= lists[l].bit;
			if (**w != '\0') {
				size_t n = strlen(*w);
				unsigned bit = shape_bit(n, (uint8_t)(*w)[0],
				                         (uint8_t)(*w)[n - 1]);

				class_shape[bit / 64] |= (uint64_t)1 << (bit % 64);
			}
		}
}

/* The classes of token i: looked up once per token and context. */
static unsigned
classes(const struct ctx *c, size_t i)
{
	struct ctx *m = (struct ctx *)c;	/* the memo only */
	size_t slot = i & (CTX_MEMO - 1), k;
	char buf[WORD_MAX];
	unsigned bits = 0;

	if (m->memo_i[slot] == i)
		return m->memo_b[slot];
	if (i < c->n && c->t[i].len > 0 &&
	    !may_be_class_word(c->text + c->t[i].start, c->t[i].len))
		return 0;
	if (fold(c, i, buf)) {
		size_t n = c->t[i].len;

		k = class_hash(buf, n) & (CLASS_SLOTS - 1);
		while (class_table[k].w != NULL) {
			if (strcmp(class_table[k].w, buf) == 0) {
				bits = class_table[k].bits;
				break;
			}
			k = (k + 1) & (CLASS_SLOTS - 1);
		}
	}
	m->memo_i[slot] = i;
	m->memo_b[slot] = (uint16_t)bits;
	return bits;
}

static bool
is_cls(const struct ctx *c, size_t i, unsigned bit)
{
	return i < c->n && (classes(c, i) & bit) != 0;
}

/* Whether token i is the word w (lower case), in any case. */
static bool
is_word(const struct ctx *c, size_t i, const char *w)
{
	const struct token *t;
	size_t k;

	if (i >= c->n)
		return false;
	t = &c->t[i];
	if (t->kind == TOKEN_PUNCT)
		return false;
	for (k = 0; k < t->len; k++)	/* w's NUL differs from any byte */
		if (ustr_ascii_lower(c->text[t->start + k]) != (uint8_t)w[k])
			return false;
	return w[k] == '\0';
}

static bool
is_punct(const struct ctx *c, size_t i, uint32_t cp)
{
	return i < c->n && token_is_punct(&c->t[i], cp);
}

/* Whether token i lies inside a quotation (marks included): the
 * quotations of a paragraph come in order, one after another. */
static bool
in_quote(const struct ctx *c, size_t i)
{
	uint32_t s = c->t[i].start;
	size_t lo = 0, hi = c->nq;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->q[mid].ostart + c->q[mid].olen <= s)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < c->nq && s >= c->q[lo].ostart;
}

static bool
is_cap(const struct ctx *c, size_t i)
{
	return c->t[i].kind == TOKEN_WORD &&
	       (c->t[i].flags & (TOKEN_CAP | TOKEN_ACRONYM)) != 0;
}

/* An adverb in -ly between subject and verb: "Kerry reportedly said". */
static bool
is_ly(const struct ctx *c, size_t i)
{
	const struct token *t = &c->t[i];

	return t->kind == TOKEN_WORD && t->len > 4 && !is_cap(c, i) &&
	       memcmp(c->text + t->start + t->len - 2, "ly", 2) == 0;
}

static bool
is_number(const struct ctx *c, size_t i)
{
	return i < c->n && (c->t[i].kind == TOKEN_NUMBER ||
	                    is_cls(c, i, C_NUMBER_WORDS));
}

/* Whether the dot or apostrophe at i belongs to the word before it: an
 * initial ("A.S."), an abbreviation ("U.N."), a possessive ("ministry's"). */
static bool
is_inner_punct(const struct ctx *c, size_t i)
{
	const struct token *t = &c->t[i];

	if (t->kind == TOKEN_PUNCT && t->word == '&' && i > 0)
		/* "Pacific Gas & Electric" */
		return is_cap(c, i - 1) && i + 1 < c->n && is_cap(c, i + 1);
	if (t->kind != TOKEN_PUNCT || (t->flags & TOKEN_SPACE) || i == 0)
		return false;
	if (t->word == '.')
		return c->t[i - 1].kind == TOKEN_WORD &&
		       (c->t[i - 1].len == 1 ||
		        memchr(c->text + c->t[i - 1].start, '.',
		               c->t[i - 1].len) != NULL ||
		        /* a title's abbreviation: "Dr. Kevin", "Gen. Ali" */
		        (c->t[i - 1].len <= 3 && is_cap(c, i - 1) &&
		         i + 1 < c->n && is_cap(c, i + 1)));
	return t->word == '-' || t->word == '\'';
}

/* Whether token i is a reporting verb: written in lower case unless it
 * opens a sentence or stands in a headline ("United States" states
 * nothing). */
static bool
is_verb(const struct ctx *c, size_t i)
{
	const struct token *t = &c->t[i];

	if ((t->flags & TOKEN_CAP) && !(t->flags & TOKEN_SENT) &&
	    c->a->para[c->para].kind != ARTICLE_HEADLINE)
		return false;
	return is_cls(c, i, C_REPORTING_VERBS);
}

/* Whether token i may be a word of a source's noun phrase. */
static bool
np_word(const struct ctx *c, size_t i)
{
	const struct token *t = &c->t[i];

	if (in_quote(c, i))
		return false;
	if (t->kind == TOKEN_NUMBER)
		return true;
	if (t->kind == TOKEN_PUNCT)
		return is_inner_punct(c, i);
	if (is_verb(c, i) || is_cls(c, i, C_WEEKDAYS) ||
	    is_word(c, i, "according"))
		return false;
	if (t->flags & TOKEN_STOP)
		return is_cls(c, i, C_NP_JOINS) || is_cls(c, i, C_PRONOUNS) ||
		       is_cls(c, i, C_NUMBER_WORDS) ||
		       (is_cap(c, i) && !(t->flags & TOKEN_SENT));
	return true;
}

/* Drop joining words at the edges of tokens [*first, *last]. */
static bool
trim_np(const struct ctx *c, size_t *first, size_t *last)
{
	while (*first <= *last &&
	       ((is_cls(c, *first, C_NP_JOINS) && !is_word(c, *first, "the") &&
	         !is_word(c, *first, "a") && !is_word(c, *first, "an")) ||
	        c->t[*first].kind == TOKEN_PUNCT))
		++*first;
	while (*last >= *first && *last != NONE &&
	       (is_cls(c, *last, C_NP_JOINS) ||
	        (c->t[*last].kind == TOKEN_PUNCT && c->t[*last].word != '.')))
		--*last;
	if (*last == NONE || *last < *first)
		return false;
	/* A source is a word, not a bare number or article. */
	for (size_t k = *first; k <= *last; k++)
		if (c->t[k].kind == TOKEN_WORD && !is_cls(c, k, C_NP_JOINS))
			return true;
	return false;
}

/* The noun phrase that ends at token end (inclusive), going back no
 * further than lo. */
static bool
np_before(const struct ctx *c, size_t lo, size_t end, size_t *first)
{
	size_t k = end, words = 0;

	if (end == NONE || end < lo || !np_word(c, end))
		return false;
	for (;;) {
		if (c->t[k].kind != TOKEN_PUNCT)
			words++;
		if ((c->t[k].flags & TOKEN_SENT) || k == lo || words >= NP_MAX)
			break;
		if (is_cls(c, k, C_PRONOUNS))
			break;
		if (!np_word(c, k - 1))
			break;
		k--;
	}
	*first = k;
	return true;
}

/* Whether token i is a participle after a noun: "results released
 * Monday", "a study presented Saturday" (lower case, in -ed, after a
 * lower-case word that is no joining word). */
static bool
is_participle(const struct ctx *c, size_t i)
{
	const struct token *t = &c->t[i];

	return i > 0 && t->kind == TOKEN_WORD && t->len > 3 && !is_cap(c, i) &&
	       memcmp(c->text + t->start + t->len - 2, "ed", 2) == 0 &&
	       c->t[i - 1].kind == TOKEN_WORD && !is_cap(c, i - 1) &&
	       !is_cls(c, i - 1, C_NP_JOINS);
}

/* The noun phrase that starts at token start, up to hi (exclusive). */
static bool
np_after(const struct ctx *c, size_t start, size_t hi, size_t *last)
{
	size_t k = start, words = 0;

	if (start >= hi || !np_word(c, start) ||
	    c->t[start].kind == TOKEN_NUMBER)
		return false;
	while (k + 1 < hi && words < NP_MAX && np_word(c, k + 1) &&
	       c->t[k + 1].kind != TOKEN_NUMBER && !is_participle(c, k + 1) &&
	       !is_cls(c, k + 1, C_MONTHS) && !is_word(c, k + 1, "last") &&
	       !is_word(c, k + 1, "this") && !is_cls(c, k + 1, C_PRONOUNS)) {
		if (c->t[k].kind != TOKEN_PUNCT)
			words++;
		k++;
	}
	*last = k;
	return true;
}

/* The sentence-initial noun phrase: "State Department spokesman John
 * Kirby declined to comment ... but confirmed". */
static bool
np_initial(const struct ctx *c, size_t lo, size_t hi, size_t *last)
{
	size_t k = lo;

	if (!np_word(c, lo) || !is_cap(c, lo))
		return false;
	while (k + 1 < hi && (is_cap(c, k + 1) || is_inner_punct(c, k + 1) ||
	                      is_word(c, k + 1, "of") ||
	                      (!(c->t[k + 1].flags & TOKEN_STOP) &&
	                       c->t[k + 1].kind == TOKEN_WORD &&
	                       k + 2 < hi && is_cap(c, k + 2))))
		k++;
	*last = k;
	return true;
}

static bool
set_found(const struct ctx *c, size_t first, size_t last, struct found *f)
{
	if (!trim_np(c, &first, &last))
		return false;
	f->para = c->para;
	f->first = first;
	f->last = last;
	f->name_last = NONE;
	f->ok = true;
	return true;
}

/* Whether token i closes a quotation or is a comma: what comes before a
 * verb whose subject follows it ("…," said Kerry). */
static bool
before_inversion(const struct ctx *c, size_t i)
{
	size_t k;

	if (i == NONE)
		return false;
	if (is_punct(c, i, ',') || is_punct(c, i, '"') || is_punct(c, i, '\''))
		return true;
	for (k = 0; k < c->nq; k++)
		if (c->t[i].start + c->t[i].len ==
		    c->q[k].ostart + c->q[k].olen)
			return true;
	return false;
}

/* Whether tokens [first, last] hold a name: a capitalized word that
 * does not merely open the sentence. */
static bool
span_named(const struct ctx *c, size_t first, size_t last)
{
	size_t k;

	for (k = first; k <= last; k++)
		if (is_cap(c, k) && !is_cls(c, k, C_NP_JOINS) &&
		    (!(c->t[k].flags & TOKEN_SENT) ||
		     (c->t[k].flags & TOKEN_ACRONYM) ||
		     !(c->t[k].flags & TOKEN_STOP)))
			return true;
	return false;
}

/* Whether a noun phrase starting at first opens as a common noun does:
 * "a spokesman", "the company's", "chief executive". */
static bool
span_common(const struct ctx *c, size_t first)
{
	return is_cls(c, first, C_NP_JOINS) || !is_cap(c, first);
}

/* Whether what follows a subject after its verb, at token i, ends the
 * clause: "said Kerry.", "said Kerry, adding", "said Kerry on
 * Thursday"; not "said the clean up operation would". */
static bool
inversion_ends(const struct ctx *c, size_t i, size_t hi)
{
	return i >= hi || c->t[i].kind == TOKEN_PUNCT ||
	       is_cls(c, i, C_PREPOSITIONS) || is_cls(c, i, C_WEEKDAYS) ||
	       is_cls(c, i, C_TIME_MODIFIERS) || is_word(c, i, "last") ||
	       is_word(c, i, "this") || is_word(c, i, "yesterday") ||
	       is_word(c, i, "today");
}

/* The source of the reporting verb at v, within tokens [lo, hi). */
static bool
verb_source(const struct ctx *c, size_t lo, size_t hi, size_t v,
            struct found *f)
{
	size_t k = v, first, last;

	/* "an estimated 10,500 tons", "damage estimated at": an adjective,
	 * not a verb. */
	if ((v > lo && (is_word(c, v - 1, "a") || is_word(c, v - 1, "an") ||
	                is_word(c, v - 1, "the"))) ||
	    is_word(c, v + 1, "at"))
		return false;
	/* "the leak reported by the authorities": a passive's by-phrase. */
	if (is_word(c, v + 1, "by"))
		return np_after(c, v + 2, hi, &last) &&
		       set_found(c, v + 2, last, f);
	/* "cited two officials as saying": the object is the source. */
	if ((is_word(c, v, "cited") || is_word(c, v, "quoted")) &&
	    np_after(c, v + 1, hi, &last) && last + 1 < hi &&
	    is_word(c, last + 1, "as"))
		return set_found(c, v + 1, last, f);
	/* Back over fillers: "also", "had", "reportedly", "on Thursday".  A
	 * passive without its by-phrase ("5,500 planets have been confirmed")
	 * names no source. */
	while (k > lo) {
		size_t p = k - 1;

		if ((is_word(c, p, "been") || is_word(c, p, "was") ||
		     is_word(c, p, "were") || is_word(c, p, "is") ||
		     is_word(c, p, "are") || is_word(c, p, "be")) &&
		    !is_word(c, v, "quoted"))
			return false;
		if (is_cls(c, p, C_VERB_FILLERS) || is_ly(c, p) ||
		    is_cls(c, p, C_WEEKDAYS))
			k = p;
		else if (is_word(c, p, "on") && p + 1 < v &&
		         is_cls(c, p + 1, C_WEEKDAYS))
			k = p;
		else
			break;
	}
	if (k > lo && (is_word(c, k - 1, "but") || is_word(c, k - 1, "and")) &&
	    np_initial(c, lo, hi, &last) && last < k - 1)
		return set_found(c, lo, last, f);
	/* An apposition: "John Kirby, a State Department spokesman, said";
	 * "its chief executive, Mara Ellis, said". */
	if (k > lo + 1 && is_punct(c, k - 1, ',') &&
	    np_before(c, lo, k - 2, &first)) {
		size_t f1, f2;

		/* "a spokeswoman at the port authority in the capital" */
		while (first > lo + 1 && is_cls(c, first - 1, C_PREPOSITIONS) &&
		       np_before(c, lo, first - 2, &f2) && first - f2 < NP_MAX)
			first = f2;
		if (first > lo + 1 && is_punct(c, first - 1, ',') &&
		    np_before(c, lo, first - 2, &f1) &&
		    (span_named(c, f1, first - 2) ||
		     span_named(c, first, k - 2)) &&
		    (span_common(c, f1) || span_common(c, first)) &&
		    set_found(c, f1, k - 2, f)) {
			if (span_named(c, f1, first - 2))
				f->name_last = first - 2;
			return true;
		}
	}
	/* The subject before the verb: "the WHO said", "police chief A.S.
	 * Gill said", "he said". */
	if (k > lo && np_before(c, lo, k - 1, &first)) {
		size_t f2;

		/* "Kerry in blunt terms told": the subject is before the
		 * prepositional phrase. */
		if (first > lo + 1 && is_cls(c, first - 1, C_PREPOSITIONS) &&
		    np_before(c, lo, first - 2, &f2) &&
		    span_named(c, f2, first - 2) &&
		    !span_named(c, first, k - 1))
			return set_found(c, f2, first - 2, f);
		/* "The Kandilli Observatory in Istanbul said": the whole,
		 * known by what stands before the place. */
		if (first > lo + 1 && (is_word(c, first - 1, "in") ||
		                       is_word(c, first - 1, "at")) &&
		    np_before(c, lo, first - 2, &f2) &&
		    span_named(c, f2, first - 2) &&
		    set_found(c, f2, k - 1, f)) {
			f->name_last = first - 2;
			return true;
		}
		if (set_found(c, first, k - 1, f))
			return true;
	}
	/* After it, when the verb follows a comma or a quotation: "…," said
	 * police chief A.S. Gill; "according to" is handled apart.  Not
	 * after "told": what follows it is who was told ("Ortiz, 47, a
	 * former judge, told cheering supporters"). */
	if (!is_word(c, v, "told") && !is_word(c, v, "tells") &&
	    before_inversion(c, k > 0 ? k - 1 : NONE) &&
	    np_after(c, v + 1, hi, &last) && !is_word(c, v + 1, "that") &&
	    inversion_ends(c, last + 1, hi))
		return set_found(c, v + 1, last, f);
	/* A name, then a long apposition, then the verb: "…," Dr. Helena
	 * Ruiz, the study's lead author and a cardiologist at a hospital
	 * in Barcelona, Spain, said. */
	if (k > lo && is_punct(c, k - 1, ',') && np_after(c, lo, k, &last) &&
	    is_punct(c, last + 1, ',') && span_named(c, lo, last))
		return set_found(c, lo, last, f);
	return false;
}

/* Whether token i is outside every quotation and within [lo, hi). */
static bool
usable(const struct ctx *c, size_t i)
{
	return !in_quote(c, i);
}

/* The source stated in tokens [lo, hi): the reporting verb or
 * "according to" nearest to token anchor. */
static bool
find_source(const struct ctx *c, size_t lo, size_t hi, size_t anchor,
            struct found *f)
{
	size_t i, best_d = NONE;
	struct found best = { 0 };

	for (i = lo; i < hi; i++) {
		struct found cand = { 0 };
		size_t d, last;

		if (c->t[i].kind != TOKEN_WORD || !usable(c, i))
			continue;
		if (is_word(c, i, "according") && is_word(c, i + 1, "to")) {
			if (!np_after(c, i + 2, hi, &last) ||
			    !set_found(c, i + 2, last, &cand))
				continue;
		} else if (!is_verb(c, i) ||
		           !verb_source(c, lo, hi, i, &cand)) {
			continue;
		}
		d = i > anchor ? i - anchor : anchor - i;
		if (best_d == NONE || d < best_d) {
			best_d = d;
			best = cand;
		}
	}
	if (best_d == NONE)
		return false;
	*f = best;
	return true;
}

/* The token that holds byte b, or the first after it. */
static size_t
token_holding(const struct ctx *c, uint32_t b)
{
	size_t lo = 0, hi = c->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->t[mid].start + c->t[mid].len <= b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Whether token i starts a sentence outside any quotation. */
static bool
starts_sentence(const struct ctx *c, size_t i)
{
	return (c->t[i].flags & TOKEN_SENT) && !in_quote(c, i);
}

/* The start of the sentence of token i, at most ATTRIB_WINDOW tokens
 * back, so that text without sentence ends costs no more. */
static size_t
sentence_start(const struct ctx *c, size_t i)
{
	size_t stop = i > ATTRIB_WINDOW ? i - ATTRIB_WINDOW : 0;

	while (i > stop && i < c->n && !starts_sentence(c, i))
		i--;
	return i;
}

static size_t
sentence_end(const struct ctx *c, size_t i)
{
	size_t stop = i + ATTRIB_WINDOW;

	for (i++; i < c->n && i < stop; i++)
		if (starts_sentence(c, i))
			break;
	return i < c->n ? i : c->n;
}

/* Whether the found source is a pronoun. */
static bool
is_pronoun_src(const struct ctx *c, const struct found *f)
{
	return f->first == f->last && is_cls(c, f->first, C_PRONOUNS);
}

/* Whether the found source names someone: a capitalized word that does
 * not merely open the sentence. */
static bool
is_named(const struct ctx *c, const struct found *f)
{
	return span_named(c, f->first, f->last);
}

/* Whether word i is written as a possessive: "Atlético's", "Paulo’s". */
static bool
ends_possessive(const struct ctx *c, size_t i)
{
	return token_is_possessive(&c->t[i], c->text);
}

/* Capitalized words of [first, last], and how many of them do not open
 * the sentence. */
static size_t
cap_words(const struct ctx *c, size_t first, size_t last, size_t *inner)
{
	size_t k, caps = 0;

	*inner = 0;
	for (k = first; k <= last; k++)
		if (is_cap(c, k) && !is_cls(c, k, C_NP_JOINS)) {
			caps++;
			*inner += !(c->t[k].flags & TOKEN_SENT);
		}
	return caps;
}

/* Whether word i, opening a sentence, is written capitalized inside a
 * sentence too in its paragraph or the ATTRIB_LOOKBACK before it: a
 * name ("President Tomas Ferrán ... Ferrán conceded defeat"), not a
 * common word that opens the sentence ("Rescue teams searched"). */
static bool
written_as_name(const struct ctx *c, size_t i)
{
	const struct article *a = c->a;
	uint32_t w = c->t[i].word;
	size_t p = c->para, back, k, budget = ATTRIB_LOOKBACK_TOKENS;

	for (back = 0; back <= ATTRIB_LOOKBACK && budget > 0; back++, p--) {
		const struct article_para *pp = &a->para[p];

		for (k = pp->tok; k < pp->tok + pp->ntok && budget > 0;
		     k++, budget--)
			if (a->tok[k].word == w &&
			    (a->tok[k].flags & TOKEN_CAP) &&
			    !(a->tok[k].flags & TOKEN_SENT))
				return true;
		if (p == 0)
			break;
	}
	return false;
}

/* Whether the sentence [lo, hi) opens with a person's or a body's name
 * as its subject: two capitalized words or more, one of them past the
 * sentence's first ("Prime Minister Jonas Aldret, who ..., promised";
 * not "Rescue teams searched"), or one the report writes as a name
 * elsewhere ("Ferrán conceded defeat"); after a possessive, the name
 * in its apposition.  Sets *f to it. */
static bool
named_subject(const struct ctx *c, size_t lo, size_t hi, struct found *f)
{
	size_t last, k, name, inner, caps;

	if (lo >= hi || !np_initial(c, lo, hi, &last))
		return false;
	if (!ends_possessive(c, last)) {
		caps = cap_words(c, lo, last, &inner);
		return ((caps >= 2 && inner >= 1) ||
		        (last == lo && written_as_name(c, lo))) &&
		       set_found(c, lo, last, f);
	}
	/* A possessive is not the subject: "Atlético's coach, Hernán
	 * Castel, was generous" names him in the apposition, if at all. */
	k = last + 1;
	while (k < hi && np_word(c, k) && !is_cap(c, k) && k - last < NP_MAX)
		k++;
	if (!is_punct(c, k, ',') || !np_initial(c, k + 1, hi, &name) ||
	    !is_punct(c, name + 1, ',') ||
	    cap_words(c, k + 1, name, &inner) < 2 ||
	    !set_found(c, lo, name, f))
		return false;
	f->name_last = name;
	return true;
}

/* The last named speaker before token end of paragraph para, looking
 * back ATTRIB_LOOKBACK paragraphs.  In para itself, a sentence that
 * names no speaker may name its subject: "Prime Minister Jonas Aldret,
 * who flew over the valley, promised aid.  \"No family will be left
 * alone,\" he told reporters." */
static bool
last_speaker(const struct article *a, size_t para, size_t end,
             struct found *f)
{
	size_t p = para, back, budget = ATTRIB_LOOKBACK_TOKENS;

	for (back = 0; back <= ATTRIB_LOOKBACK; back++, p--) {
		struct ctx c;
		size_t hi, lo;

		ctx_init(&c, a, p);
		hi = p == para ? end : c.n;
		/* Captions, page furniture: not the report's own voice. */
		if (!article_kind_is_content(a->para[p].kind))
			hi = 0;
		while (hi > 0 && budget > 0) {
			struct found cand;

			lo = sentence_start(&c, hi - 1);
			budget -= hi - lo < budget ? hi - lo : budget;
			if (find_source(&c, lo, hi, hi, &cand) &&
			    !is_pronoun_src(&c, &cand) && is_named(&c, &cand)) {
				*f = cand;
				return true;
			}
			if (p == para && named_subject(&c, lo, hi, &cand)) {
				*f = cand;
				return true;
			}
			hi = lo;
		}
		if (p == 0)
			break;
	}
	return false;
}

/* ---- time frames ------------------------------------------------------ */

enum { TIME_NONE, TIME_POINT, TIME_PERIOD };

struct timespan {
	size_t first, last;
	int rank;
};

static bool
is_unit(const struct ctx *c, size_t i)
{
	return i < c->n && is_cls(c, i, C_UNITS);
}

static bool
is_year(const struct ctx *c, size_t i)
{
	const struct token *t = &c->t[i];
	const uint8_t *s;
	long y = 0;
	size_t k;

	if (i >= c->n || t->kind != TOKEN_NUMBER || t->len != 4)
		return false;
	s = c->text + t->start;
	for (k = 0; k < 4; k++) {
		if (s[k] < '0' || s[k] > '9')
			return false;
		y = y * 10 + (s[k] - '0');
	}
	return y >= 1900 && y <= 2100;
}

/* A month, with its abbreviation's dot and a day or year after it:
 * "Sept. 22", "January", "March 2011"; the last token in *last. */
static bool
month_phrase(const struct ctx *c, size_t i, size_t *last)
{
	size_t k = i;

	if (i >= c->n || !is_cls(c, i, C_MONTHS) || !is_cap(c, i))
		return false;
	if (is_punct(c, k + 1, '.') && is_cls(c, k, C_MONTH_ABBREVS))
		k++;
	if (k + 1 < c->n && c->t[k + 1].kind == TOKEN_NUMBER)
		k++;
	if (is_punct(c, k + 1, ',') && is_year(c, k + 2))
		k += 2;
	else if (is_word(c, k + 1, "of") && is_year(c, k + 2))
		k += 2;
	*last = k;
	return true;
}

/* A weekday and its part: "Monday", "Monday night". */
static bool
weekday_phrase(const struct ctx *c, size_t i, size_t *last)
{
	if (i >= c->n || !is_cls(c, i, C_WEEKDAYS))
		return false;
	*last = i;
	if (is_unit(c, i + 1) && !is_word(c, i + 1, "week"))
		*last = i + 1;
	return true;
}

/* The time frame that starts at token i, if any. */
static bool
time_at(const struct ctx *c, size_t i, struct timespan *ts)
{
	size_t k, last;

	if (c->t[i].kind != TOKEN_NUMBER &&
	    !is_cls(c, i, C_TIME_STARTS | C_WEEKDAYS | C_TIME_MODIFIERS |
	                  C_NUMBER_WORDS))
		return false;
	ts->first = i;
	/* the last eight days; the past year; the previous week */
	if (is_word(c, i, "last") || is_word(c, i, "past") ||
	    is_word(c, i, "previous") || is_word(c, i, "this") ||
	    is_word(c, i, "next") || is_word(c, i, "first") ||
	    is_word(c, i, "coming")) {
		k = i + 1;
		while (k < c->n && is_number(c, k))
			k++;
		if (is_unit(c, k) || ((is_word(c, i, "last") ||
		                       is_word(c, i, "this") ||
		                       is_word(c, i, "next")) &&
		                      (is_cls(c, k, C_WEEKDAYS) ||
		                       is_cls(c, k, C_MONTHS)))) {
			ts->last = k;
			ts->rank = TIME_PERIOD;
			if (i > 0 && is_word(c, i - 1, "the")) {
				ts->first = i - 1;
				if (i > 1 && is_cls(c, i - 2, C_PERIOD_PREPS))
					ts->first = i - 2;
			} else if (i > 0 &&
			           (is_cls(c, i - 1, C_TIME_MODIFIERS) ||
			            is_word(c, i - 1, "over"))) {
				ts->first = i - 1;
			}
			if (is_word(c, ts->last + 1, "alone"))
				ts->last++;
			return true;
		}
		return false;
	}
	/* since January; since 2011; since the start of the war */
	if (is_word(c, i, "since")) {
		if (month_phrase(c, i + 1, &last) ||
		    weekday_phrase(c, i + 1, &last)) {
		} else if (is_year(c, i + 1)) {
			last = i + 1;
		} else if (is_word(c, i + 1, "the") && i + 2 < c->n &&
		           c->t[i + 2].kind == TOKEN_WORD &&
		           !(c->t[i + 2].flags & TOKEN_STOP)) {
			last = i + 2;
			/* "since the December 2004 tsunami", "since the
			 * early 1990s" */
			while (last + 1 < c->n && last < i + 5 &&
			       !(c->t[last + 1].flags & TOKEN_STOP) &&
			       c->t[last + 1].kind != TOKEN_PUNCT &&
			       !is_verb(c, last + 1))
				last++;
			k = last + 2;
			if (is_word(c, last + 1, "of") &&
			    (is_word(c, k, "the") || is_word(c, k, "this") ||
			     is_word(c, k, "last")))
				k++;
			if (is_word(c, last + 1, "of") && k < c->n &&
			    c->t[k].kind == TOKEN_WORD &&
			    !(c->t[k].flags & TOKEN_STOP))
				last = k;
		} else {
			return false;
		}
		ts->last = last;
		ts->rank = TIME_PERIOD;
		return true;
	}
	/* by late Monday; by Friday night; by the end of the day */
	if (is_word(c, i, "by")) {
		k = i + 1;
		if (is_cls(c, k, C_TIME_MODIFIERS))
			k++;
		if (weekday_phrase(c, k, &last) || month_phrase(c, k, &last)) {
			;
		} else if (is_word(c, k, "the") && is_word(c, k + 1, "end") &&
		           is_word(c, k + 2, "of") && k + 3 < c->n) {
			last = k + 3;
			if (is_word(c, last, "the") ||
			    is_word(c, last, "this") ||
			    is_word(c, last, "last") ||
			    is_word(c, last, "next"))
				last++;
			if (last >= c->n)
				return false;
		} else if (is_unit(c, k) && (is_word(c, k, "midday") ||
		                             is_word(c, k, "night"))) {
			last = k;
		} else {
			return false;
		}
		ts->last = last;
		ts->rank = TIME_PERIOD;
		return true;
	}
	/* so far; so far this year */
	if (is_word(c, i, "so") && is_word(c, i + 1, "far")) {
		ts->last = i + 1;
		if ((is_word(c, i + 2, "this") || is_word(c, i + 2, "in")) &&
		    is_unit(c, i + 3)) {
			ts->last = i + 3;
		}
		ts->rank = TIME_PERIOD;
		return true;
	}
	/* two years ago; a week ago */
	if (is_number(c, i) && is_unit(c, i + 1) && is_word(c, i + 2, "ago")) {
		ts->last = i + 2;
		ts->rank = TIME_PERIOD;
		return true;
	}
	/* in 2013; in September; in September of 2013 */
	if (is_word(c, i, "in") &&
	    (is_year(c, i + 1) || month_phrase(c, i + 1, &last))) {
		ts->last = is_year(c, i + 1) ? i + 1 : last;
		ts->rank = TIME_PERIOD;
		return true;
	}
	/* on Tuesday; on Sept. 22; Thursday; early Monday */
	k = i;
	if (is_word(c, k, "on") || is_cls(c, k, C_TIME_MODIFIERS))
		k++;
	if (is_cls(c, k, C_TIME_MODIFIERS))
		k++;
	if (weekday_phrase(c, k, &last) ||
	    (k > i && month_phrase(c, k, &last) && last > k)) {
		ts->last = last;
		ts->rank = TIME_POINT;
		return true;
	}
	if (is_word(c, i, "yesterday") || is_word(c, i, "today") ||
	    is_word(c, i, "tonight") || is_word(c, i, "overnight")) {
		ts->last = i;
		ts->rank = TIME_POINT;
		return true;
	}
	return false;
}

/* Whether a time frame starting at token i follows "as", a subject of at
 * most COMPARISON_SUBJECT words and an auxiliary. */
#define COMPARISON_SUBJECT 2

static bool
after_comparison(const struct ctx *c, size_t i, size_t lo)
{
	size_t k;

	if (i < lo + 2 || !is_cls(c, i - 1, C_COMPARISON_VERBS))
		return false;
	for (k = 2; k <= COMPARISON_SUBJECT + 2 && i >= lo + k; k++) {
		if (c->t[i - k].kind == TOKEN_PUNCT)
			return false;
		if (is_word(c, i - k, "as"))
			return true;
	}
	return false;
}

/* Whether the time frame ts, starting at byte s, names a year after the
 * figure ending at byte fe and another number stands between: "turnout
 * was 68 percent, up from 59 percent in 2019" dates the 59, not the 68.
 * A year before the figure is the sentence's ("in 1995 a tanker spilt
 * 5,000 tons, causing damage of 44.3 billion won"), and a day or a week
 * the whole clause's ("killed 12 people and injured 40 on Monday"). */
static bool
year_for_another(const struct ctx *c, const struct timespan *ts, uint32_t s,
                 uint32_t fe)
{
	size_t k;
	bool year = false;

	for (k = ts->first; k <= ts->last && !year; k++)
		year = is_year(c, k);
	if (!year)
		return false;
	for (k = token_holding(c, fe); k < c->n && c->t[k].start < s; k++)
		/* Not the figure restated: "260,000 barrels, or 11 million
		 * gallons, ... in 1989". */
		if (c->t[k].kind == TOKEN_NUMBER && c->t[k].start >= fe &&
		    !figure_restates(c->text, fe, c->t[k].start))
			return true;
	return false;
}

/* The best time frame in tokens [lo, hi) outside quotations and outside
 * bytes [skip_s, skip_e): a period before a point, then the nearest to
 * token anchor. */
static bool
find_time(const struct ctx *c, size_t lo, size_t hi, size_t anchor,
          uint32_t skip_s, uint32_t skip_e, struct timespan *out)
{
	size_t i, best_d = NONE;
	int best_rank = TIME_NONE;

	for (i = lo; i < hi; i++) {
		struct timespan ts;
		size_t d;
		uint32_t s, e;

		if (c->t[i].kind == TOKEN_PUNCT || in_quote(c, i) ||
		    !time_at(c, i, &ts) || ts.last >= hi ||
		    after_comparison(c, i, lo))
			continue;
		s = c->t[ts.first].start;
		e = c->t[ts.last].start + c->t[ts.last].len;
		if (s < skip_e && e > skip_s)
			continue;
		if (year_for_another(c, &ts, s, skip_e))
			continue;
		d = i > anchor ? i - anchor : anchor - i;
		if (ts.rank > best_rank ||
		    (ts.rank == best_rank && d < best_d)) {
			best_rank = ts.rank;
			best_d = d;
			*out = ts;
		}
		i = ts.last;
	}
	return best_rank != TIME_NONE;
}

/* ---- the public side ---------------------------------------------------- */

/* The key word of a found source: its last name word, else its last
 * word. */
static uint32_t
source_key(const struct ctx *c, const struct found *f)
{
	size_t k, last = f->name_last != NONE ? f->name_last : f->last;

	for (k = last + 1; k-- > f->first;)
		if (is_cap(c, k) && !is_cls(c, k, C_NP_JOINS) &&
		    (!(c->t[k].flags & TOKEN_SENT) || k == f->last ||
		     !(c->t[k].flags & TOKEN_STOP)))
			return c->t[k].word;
	for (k = f->last + 1; k-- > f->first;)
		if (c->t[k].kind == TOKEN_WORD)
			return c->t[k].word;
	return 0;
}

static void
put_source(const struct article *a, const struct found *f, struct attrib *out)
{
	struct ctx c;
	const struct token *last;

	ctx_init(&c, a, f->para);
	last = &c.t[f->last];
	out->src_para = f->para;
	out->src_start = c.t[f->first].start;
	out->src_end = last->start + last->len;
	/* The closing dot of an initial or abbreviation: "A.S.", "U.N." */
	if (f->last + 1 < c.n && is_inner_punct(&c, f->last + 1) &&
	    c.t[f->last + 1].word == '.' && last->kind == TOKEN_WORD &&
	    (last->len == 1 || memchr(c.text + last->start, '.', last->len)))
		out->src_end = c.t[f->last + 1].start + 1;
	out->key = source_key(&c, f);
}

/* Tokens [*lo, *hi) of the sentence around quotation q, outside it:
 * after it to the sentence's end first, then before it. */
static void
quote_regions(const struct ctx *c, const struct quote *q, size_t r[2][2])
{
	size_t open = token_holding(c, q->ostart);
	size_t close = token_holding(c, q->ostart + q->olen);
	size_t k;

	r[0][0] = close;
	for (k = close; k < c->n; k++) {
		if (starts_sentence(c, k) && k > close)
			break;
		if (in_quote(c, k))
			break;
	}
	r[0][1] = k;
	k = open;
	while (k > 0 && !starts_sentence(c, k) && !in_quote(c, k - 1))
		k--;
	if (k < open && in_quote(c, k))
		k++;
	r[1][0] = k;
	r[1][1] = open;
}

void
attrib_find(const struct article *a, size_t para, uint32_t start,
            uint32_t end, struct attrib *out)
{
	struct ctx c;
	const struct quote *q = NULL;
	struct found f = { 0 };
	struct timespan ts;
	size_t anchor, k, tlo = 0, thi = 0;
	bool have = false;

	memset(out, 0, sizeof *out);
	out->src_para = NONE;
	out->time_para = NONE;
	if (a == NULL || para >= a->npara || a->tok == NULL)
		return;
	ctx_init(&c, a, para);
	if (c.n == 0)
		return;
	for (k = 0; k < c.nq; k++)
		if (start >= c.q[k].ostart &&
		    start < c.q[k].ostart + c.q[k].olen) {
			q = &c.q[k];
			break;
		}
	if (q != NULL) {
		size_t r[2][2];
		int i;

		quote_regions(&c, q, r);
		for (i = 0; i < 2 && !have; i++) {
			anchor = i == 0 ? r[i][0] : r[i][1];
			if (r[i][0] < r[i][1] &&
			    find_source(&c, r[i][0], r[i][1], anchor, &f)) {
				have = true;
				tlo = r[i][0];
				thi = r[i][1];
			}
		}
		/* Elsewhere in the paragraph, outside the quotations. */
		k = token_holding(&c, q->ostart);
		if (!have && find_source(&c, k > ATTRIB_WINDOW ?
		                                 k - ATTRIB_WINDOW : 0,
		                         k + ATTRIB_WINDOW < c.n ?
		                                 k + ATTRIB_WINDOW : c.n,
		                         k, &f)) {
			have = true;
			tlo = sentence_start(&c, f.first);
			thi = sentence_end(&c, f.last);
		}
		anchor = token_holding(&c, q->ostart);
	} else {
		anchor = token_holding(&c, start);
		if (anchor >= c.n)
			anchor = c.n - 1;
		tlo = sentence_start(&c, anchor);
		thi = sentence_end(&c, anchor);
		have = find_source(&c, tlo, thi, anchor, &f);
	}
	if (have && is_pronoun_src(&c, &f)) {
		struct found named;

		out->pronoun = true;
		if (last_speaker(a, para, f.first, &named))
			f = named;
	}
	if (have)
		put_source(a, &f, out);
	/* What is sourced is no source of itself: the count in "Two senior
	 * U.S. officials told NBC News" is of the speakers. */
	if (have && out->src_para == para && out->src_start < end &&
	    out->src_end > start) {
		out->src_para = NONE;
		out->key = 0;
		out->pronoun = false;
	}
	if (q == NULL || have) {
		if (q != NULL && !have)
			return;
		if (find_time(&c, tlo, thi, anchor, start, end, &ts)) {
			out->time_para = para;
			out->time_start = c.t[ts.first].start;
			out->time_end = c.t[ts.last].start + c.t[ts.last].len;
			if (is_punct(&c, ts.last + 1, '.') &&
			    is_cls(&c, ts.last, C_MONTH_ABBREVS))
				out->time_end = c.t[ts.last + 1].start + 1;
		}
	}
}

bool
attrib_has_source(const struct attrib *at)
{
	return at->src_para != NONE;
}

bool
attrib_has_time(const struct attrib *at)
{
	return at->time_para != NONE;
}

/* The time frame's words without a leading "in", "on", "over" or
 * "during", folded, compared word by word. */
static bool
same_time(const struct article *la, const struct attrib *l,
          const struct article *ra, const struct attrib *r)
{
	struct ctx lc, rc;
	size_t i, j, li, ri;

	ctx_init(&lc, la, l->time_para);
	ctx_init(&rc, ra, r->time_para);
	li = token_holding(&lc, l->time_start);
	ri = token_holding(&rc, r->time_start);
	if (is_word(&lc, li, "in") || is_word(&lc, li, "on") ||
	    is_word(&lc, li, "over") || is_word(&lc, li, "during"))
		li++;
	if (is_word(&rc, ri, "in") || is_word(&rc, ri, "on") ||
	    is_word(&rc, ri, "over") || is_word(&rc, ri, "during"))
		ri++;
	for (i = li, j = ri;; i++, j++) {
		bool lend = i >= lc.n || lc.t[i].start >= l->time_end;
		bool rend = j >= rc.n || rc.t[j].start >= r->time_end;

		if (lend || rend)
			return lend && rend;
		if (lc.t[i].kind != rc.t[j].kind ||
		    lc.t[i].word != rc.t[j].word)
			return false;
	}
}

bool
attrib_differ(const struct article *la, const struct attrib *l,
              const struct article *ra, const struct attrib *r)
{
	if (attrib_has_source(l) && attrib_has_source(r) && l->key != r->key)
		return true;
	return attrib_has_time(l) && attrib_has_time(r) &&
	       !same_time(la, l, ra, r);
}
