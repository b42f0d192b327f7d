/* kind.c - where paragraph kinds are decided.
 *
 * Three passes over an article's paragraphs:
 *   1. the text alone: one table of rules (kind_rules[]), first match
 *      wins: boilerplate, bylines, date stamps, captions;
 *   2. position: the headline (and kickers above it), the standfirst
 *      under it, section labels and Title Case lines, quotation
 *      paragraphs;
 *   3. near duplicates of an earlier paragraph. */
#include "kind.h"

#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "hash.h"
#include "mem.h"
#include "quote.h"
#include "ustr.h"

/* Shapes of short paragraphs near the top of a report. */
#define HEADLINE_MIN_WORDS 3
#define HEADLINE_MAX_WORDS 30
#define HEADLINE_MAX_BYTES 300
#define LABEL_MAX_WORDS 6		/* "Syria peace talks", "World News" */
#define LABEL_MAX_BYTES 60
#define KICKER_MAX_WORDS 4		/* a label just above the headline */
#define TITLE_LINE_MAX_WORDS 15		/* Title Case lines after the headline */
#define STANDFIRST_MAX_WORDS 60
#define TITLE_LINE_CAPS 0.75		/* share of words capitalized */

/* Caption credits ("Photo by X/UPI", "X / AFP - Getty Images") stand at
 * the end of a caption; a body paragraph that merely mentions Getty
 * Images has it further from the end. */
#define CAPTION_TAIL 80
#define CAPTION_MAX_BYTES 1500
#define BOILERPLATE_MAX_BYTES 200
#define SHORT_LINE_MAX_BYTES 60	/* "Advertisement · Scroll to continue" */
#define VIDEO_TITLE_MAX_BYTES 150
#define DATELINE_MAX_BYTES 100
#define BYLINE_MAX_BYTES 120

/* Near duplicates: the same text with a little added or cut at either
 * end (UPI repeats a caption with "| License Photo" appended). */
#define DUP_MIN_CHARS 16	/* shorter repeats ("He said.") are not flagged */
#define DUP_EDGE_CHARS 48	/* prefix/suffix length used to find candidates */
#define DUP_MIN_SHARED 0.8	/* common prefix + suffix over the longer text */

/* A growing byte buffer for the duplicate keys. */
struct dup_buf {
	uint8_t *p;
	size_t n, cap;
};

/* ---- the rule table ---------------------------------------------- */

enum rule_match {
	MATCH_EXACT,		/* whole paragraph, case-insensitive */
	MATCH_PREFIX,		/* starts with, case-insensitive */
	MATCH_PREFIX_CASE,	/* starts with, case as written */
	MATCH_TAIL,		/* within the last CAPTION_TAIL bytes */
	MATCH_FN,		/* a predicate */
};

typedef bool (*kind_rule_fn)(const uint8_t *s, size_t n);

struct kind_rule {
	enum article_kind kind;
	enum rule_match match;
	const char *text;	/* ASCII; for MATCH_FN a name for readers */
	size_t len;		/* strlen(text) */
	kind_rule_fn fn;
	size_t max_len;		/* bytes; longer paragraphs never match */
};

/* A rule's text and its length. */
#define T(s) s, sizeof(s) - 1

static bool
ascii_ieq(const uint8_t *s, const char *t, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (ustr_ascii_lower(s[i]) != (uint8_t)t[i])
			return false;
	return true;
}

static bool
contains_ci(const uint8_t *s, size_t n, const char *t)
{
	size_t k = strlen(t), i;

	for (i = 0; i + k <= n; i++)
		if (ascii_ieq(s + i, t, k))
			return true;
	return false;
}

/* The words of s[0..n) (runs of non-spaces), counting no further than
 * max + 1: enough to tell whether there are more than max. */
static size_t
count_words_upto(const uint8_t *s, size_t n, size_t max)
{
	size_t i, w = 0;
	bool in = false;

	for (i = 0; i < n; i++) {
		bool sp = s[i] == ' ';

		if (!sp && !in && ++w > max)
			break;
		in = !sp;
	}
	return w;
}

static size_t
count_words(const uint8_t *s, size_t n)
{
	return count_words_upto(s, n, SIZE_MAX);
}

static bool
is_digit(uint8_t c)
{
	return c >= '0' && c <= '9';
}

bool
kind_ends_sentence(const uint8_t *s, size_t n)
{
	size_t k = n;
	uint32_t cp;

	if (n == 0)
		return false;
	if (strchr(".!?:;)", s[n - 1]) != NULL && s[n - 1] != '\0')
		return true;
	while (k > 0 && (s[k - 1] & 0xC0) == 0x80)
		k--;
	if (k == 0)
		return false;
	ustr_decode(s + k - 1, n - k + 1, &cp);
	return quote_mark_closes2(quote_mark_of(cp));
}

/* A rule drawn between stories or before the notes: "------", "* * *",
 * "___": no letter or digit at all. */
static bool
rule_separator(const uint8_t *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] >= 0x80 || is_digit(s[i]) ||
		    ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
			return false;
	return n > 0;
}

/* A page's breadcrumb trail or menu: "Home | News | Nordic", "World >
 * Europe > Politics".  At least BREADCRUMB_MIN_SEPARATORS separators
 * with a space either side, each item at most BREADCRUMB_MAX_WORDS words
 * and no sentence in any: a headline that names its section once
 * ("Rates rise again | Business") is still a headline. */
#define BREADCRUMB_MIN_SEPARATORS 2
#define BREADCRUMB_MAX_WORDS 3

/* The length of a breadcrumb separator at s[i] (" | ", " > ", " › ",
 * " » "), or 0. */
static size_t
crumb_separator(const uint8_t *s, size_t n, size_t i)
{
	size_t k;

	if (i == 0 || s[i - 1] != ' ')
		return 0;
	if (s[i] == '|' || s[i] == '>')
		k = 1;
	else if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 &&
	         s[i + 2] == 0xBA)	/* › */
		k = 3;
	else if (i + 1 < n && s[i] == 0xC2 && s[i + 1] == 0xBB)	/* » */
		k = 2;
	else
		return 0;
	return i + k < n && s[i + k] == ' ' ? k : 0;
}

static bool
rule_breadcrumb(const uint8_t *s, size_t n)
{
	size_t i, seps = 0, words = 0;
	bool in = false;

	for (i = 0; i < n; i++) {
		size_t k = crumb_separator(s, n, i);

		if (k > 0) {
			if (words == 0)
				return false;
			seps++;
			words = 0;
			in = false;
			i += k - 1;
			continue;
		}
		if (s[i] == '.' || s[i] == ',' || s[i] == '!' || s[i] == '?' ||
		    s[i] == ':' || s[i] == ';')
			return false;
		if (s[i] == ' ') {
			in = false;
		} else if (!in) {
			in = true;
			if (++words > BREADCRUMB_MAX_WORDS)
				return false;
		}
	}
	return words > 0 && seps >= BREADCRUMB_MIN_SEPARATORS;
}

/* A web address ends a short line that only names it: "Consumer
 * Product Safety Commission: http://www.cpsc.gov", "More at
 * www.example.org".  Prose that mentions one ("To see pictures of the
 * recalled toys, visit ...") is longer than LINK_LABEL_MAX_WORDS words
 * before it. */
#define LINK_LABEL_MAX_WORDS 6

static bool
is_url_start(const uint8_t *s, size_t n)
{
	return (n >= 7 && ascii_ieq(s, "http://", 7)) ||
	       (n >= 8 && ascii_ieq(s, "https://", 8)) ||
	       (n >= 4 && ascii_ieq(s, "www.", 4));
}

static bool
rule_link(const uint8_t *s, size_t n)
{
	size_t i = n;

	while (i > 0 && s[i - 1] != ' ')
		i--;
	return is_url_start(s + i, n - i) &&
	       count_words_upto(s, i, LINK_LABEL_MAX_WORDS + 1) <=
	               LINK_LABEL_MAX_WORDS;
}

/* Whether needle[0..k) occurs in hay[0..n). */
static bool
has_bytes(const uint8_t *hay, size_t n, const char *needle, size_t k)
{
	const uint8_t *p = hay, *end = hay + n;

	while (k > 0 && (size_t)(end - p) >= k &&
	       (p = memchr(p, needle[0], (size_t)(end - p) - k + 1)) != NULL) {
		/* The second byte first: most first-byte hits end there. */
		if ((k < 2 || p[1] == (uint8_t)needle[1]) &&
		    memcmp(p, needle, k) == 0)
			return true;
		p++;
	}
	return false;
}

/* A social-media post embedded in a page leaves its signature line, a
 * dash, the author's name with a handle and the date: "— Jane Roe
 * (@janeroe) March 4, 2011"; or a picture link, "pic.twitter.com/...".
 * A sentence that names a handle ("The mayor, Jane Roe (@janeroe),
 * wrote ...") is no signature. */
static bool
rule_social(const uint8_t *s, size_t n)
{
	static const char pic[] = "pic.twitter.com/";
	size_t i, b = ustr_skip_space(s, n, 0);
	bool dash = false, handle = false;
	uint32_t cp;

	if (has_bytes(s, n, pic, sizeof pic - 1))
		return true;
	if (b < n) {
		ustr_decode(s + b, n - b, &cp);
		dash = cp == '-' || cp == 0x2013 || cp == 0x2014;
	}
	for (i = b; i + 2 < n && !handle; i++)
		handle = s[i] == '(' && s[i + 1] == '@' && s[i + 2] != ' ';
	/* ... and the date's year last. */
	return dash && handle && n >= 4 && is_digit(s[n - 1]) &&
	       is_digit(s[n - 2]) && is_digit(s[n - 3]) && is_digit(s[n - 4]);
}

/* A video or audio title: a short line ending in a duration, "... 1:23". */
static bool
rule_video(const uint8_t *s, size_t n)
{
	size_t i = n;

	while (i > 0 && is_digit(s[i - 1]))
		i--;
	if (n - i != 2 || i == 0 || s[i - 1] != ':')
		return false;
	i--;
	if (i >= 3 && is_digit(s[i - 1]) && is_digit(s[i - 2]) &&
	    s[i - 3] == ':')	/* h:mm:ss */
		i -= 3;
	if (i == 0 || !is_digit(s[i - 1]))
		return false;
	while (i > 0 && is_digit(s[i - 1]))
		i--;
	if (i < 2 || s[i - 1] != ' ')
		return false;
	return !kind_ends_sentence(s, i - 1) && count_words_upto(s, i, 1) >= 2;
}

/* Word lists hold lower-case ASCII words of fewer than LIST_WORD_MAX
 * bytes, zero-padded, so that a word's length is read off its place. */
#define LIST_WORD_MAX 12

/* Whether w[0..n) is one of list[0..count), ASCII case aside. */
static bool
word_in(const uint8_t *w, size_t n, const char (*list)[LIST_WORD_MAX],
        size_t count)
{
	uint8_t c0;
	size_t i;

	if (n == 0 || n >= LIST_WORD_MAX)
		return false;
	c0 = ustr_ascii_lower(w[0]);
	for (i = 0; i < count; i++)
		if ((uint8_t)list[i][0] == c0 && list[i][n] == '\0' &&
		    list[i][n - 1] != '\0' && ascii_ieq(w, list[i], n))
			return true;
	return false;
}

static const char byline_connectors[][LIST_WORD_MAX] = {
	"and", "&", "of", "de", "da", "del", "van", "von", "der", "den",
	"al", "el", "bin", "le", "la", "|", "-", "in", "for", "and,",
};

static bool
word_is_connector(const uint8_t *w, size_t n)
{
	return word_in(w, n, byline_connectors,
	               sizeof byline_connectors / sizeof *byline_connectors);
}

/* What a byline may say of its writer after the name and a comma:
 * "By Jane Roe, health correspondent", "By Jane Roe, staff writer for
 * the Courier".  Its words may be in lower case when one of them is one
 * of these. */
static const char *const byline_roles[] = {
	"analyst", "bureau", "chief", "columnist", "contributor",
	"correspondent", "desk", "editor", "journalist", "producer",
	"reporter", "reporters", "staff", "writer", "writers",
};

static bool
word_is_role(const uint8_t *w, size_t n)
{
	size_t i;

	if (n > 0 && w[n - 1] == ',')
		n--;
	for (i = 0; i < sizeof byline_roles / sizeof *byline_roles; i++)
		if (strlen(byline_roles[i]) == n &&
		    ascii_ieq(w, byline_roles[i], n))
			return true;
	return false;
}

static bool is_date_word(const uint8_t *w, size_t n);

/* "By Jane Roe", "By Jane Roe and John Doe, Reuters", "By Jane Roe,
 * health correspondent".  The name's words are capitalized (or
 * connectors: "de", "van"), and none is a date's ("By Tuesday, the toll
 * had risen" is a sentence); after a comma, lower-case words are the
 * writer's role if one of them names one. */
static bool
rule_byline(const uint8_t *s, size_t n)
{
	size_t i = 3, words = 0, lower = 0;
	bool role = false, named = false;
	uint32_t cp;

	if (n < 5 || !ascii_ieq(s, "by ", 3))
		return false;
	while (i < n) {
		size_t j = i;

		while (j < n && s[j] != ' ')
			j++;
		ustr_decode(s + i, j - i, &cp);
		if (ustr_is_upper(cp)) {
			if (!role && is_date_word(s + i, j - i - (s[j - 1] == ',')))
				return false;
			words++;
		} else if (!word_is_connector(s + i, j - i)) {
			if (!role)
				return false;
			lower++;
			named |= word_is_role(s + i, j - i);
		}
		if (s[j - 1] == ',' && words > 0)
			role = true;	/* the name ends here */
		i = ustr_skip_space(s, n, j);
	}
	return words >= 1 && words + lower <= 12 &&
	       (lower == 0 || (named && s[n - 1] != '.'));
}

/* Words of a date or time stamp, in strcmp() order for a binary search:
 * months, weekdays, time zones, and the words around them ("updated",
 * "ago"). */
static const char date_words[][LIST_WORD_MAX] = {
	"a.m", "aest", "ago", "am", "apr", "april", "at", "aug", "august",
	"bst", "cdt", "cest", "cet", "cst", "ct", "date", "day", "days", "dec",
	"december", "edt", "est", "et", "feb", "february", "first", "fri",
	"friday", "gmt", "hour", "hours", "ist", "jan", "january", "jst",
	"jul", "july", "jun", "june", "last", "mar", "march", "may", "mdt",
	"min", "mins", "minute", "minutes", "modified", "mon", "monday", "mst",
	"mt", "nov", "november", "oct", "october", "on", "p.m", "pdt", "pm",
	"posted", "pst", "pt", "published", "read", "sat", "saturday", "sep",
	"sept", "september", "sun", "sunday", "thu", "thur", "thurs",
	"thursday", "time", "today", "tue", "tues", "tuesday", "updated",
	"utc", "wed", "wednesday", "yesterday",
};

static bool
is_date_word(const uint8_t *w, size_t n)
{
	char low[LIST_WORD_MAX];
	size_t i, lo = 0, hi = sizeof date_words / sizeof *date_words;

	while (n > 0 && (w[n - 1] == '.' || w[n - 1] == ':'))
		n--;
	if (n == 0 || n >= LIST_WORD_MAX)
		return false;
	memset(low, 0, sizeof low);
	for (i = 0; i < n; i++)
		low[i] = (char)ustr_ascii_lower(w[i]);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = memcmp(date_words[mid], low, LIST_WORD_MAX);

		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* The separators of a date stamp's words: " ,|/()". */
static bool
is_stamp_sep(uint8_t c)
{
	return c == ' ' || c == ',' || c == '|' || c == '/' || c == '(' ||
	       c == ')';
}

/* A paragraph that is only a date or time stamp: "Sept. 30, 2016, 4:12
 * PM ET", "Updated 14:05 GMT". */
static bool
rule_dateline(const uint8_t *s, size_t n)
{
	size_t i = 0, digits = 0, words = 0;

	while (i < n) {
		size_t j = i;
		bool num = true;

		while (j < n && !is_stamp_sep(s[j]))
			j++;
		if (j == i) {
			i++;
			continue;
		}
		for (size_t k = i; k < j; k++)
			if (!is_digit(s[k]) && s[k] != ':' && s[k] != '.' &&
			    s[k] != '-')
				num = false;
		if (num && is_digit(s[i]))
			digits++;
		else if (is_date_word(s + i, j - i))
			words++;
		else if (!(j - i == 1 && strchr("-\xB7", s[i])))
			return false;
		i = j;
	}
	return digits > 0 && words > 0;
}

static bool
is_caps_word(const uint8_t *s, size_t n)
{
	size_t i = 0, letters = 0;
	uint32_t cp;

	while (i < n) {
		i += ustr_decode(s + i, n - i, &cp);
		if (ustr_is_letter(cp)) {
			if (!ustr_is_upper(cp))
				return false;
			letters++;
		} else if (cp != '-' && cp != '\'') {
			return false;
		}
	}
	return letters >= 2;
}

/* A dateline that gives only the place, on a line of its own, names at
 * most this many words: "SAN JOSE, Costa Rica" is four. */
#define PLACE_MAX_WORDS 5

/* Whether s[0..n) is a word of a place: capitalized, of letters and the
 * dots of an abbreviation ("Va.", "D.C."), hyphens, apostrophes. */
static bool
is_place_word(const uint8_t *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	if (n == 0)
		return false;
	ustr_decode(s, n, &cp);
	if (!ustr_is_upper(cp))
		return false;
	while (i < n) {
		i += ustr_decode(s + i, n - i, &cp);
		if (!ustr_is_letter(cp) && cp != '.' && cp != '-' &&
		    cp != '\'')
			return false;
	}
	return true;
}

/* A dateline that gives only the place, on a line of its own above the
 * lede: a first word in capitals, then a comma and the region, perhaps
 * a dash after: "RICHMOND, Va.", "SAN JOSE, Costa Rica --".  (A line of
 * capitals alone, "NEW DELHI", is a label as much as a dateline.) */
static bool
rule_place(const uint8_t *s, size_t n)
{
	size_t i = 0, words = 0;
	bool comma = false;

	while (i < n) {
		size_t j = i, k;

		while (j < n && s[j] != ' ')
			j++;
		k = j;
		if (k > i && s[k - 1] == ',') {
			comma = words > 0 || comma;
			k--;
		}
		if (k > i && words > 0 && j == n &&
		    ((k - i <= 2 && s[i] == '-') ||
		     (k - i == 3 && memcmp(s + i, "\xE2\x80\x94", 3) == 0)))
			break;	/* the dash after it */
		if (words == 0 ? !is_caps_word(s + i, k - i)
		               : !is_place_word(s + i, k - i))
			return false;
		if (++words > PLACE_MAX_WORDS)
			return false;
		/* The comma after the first word: "RICHMOND, Va." */
		if (words == 1 && k < j)
			comma = true;
		i = j + 1;
	}
	return comma && words >= 2;
}

/* Words of a bracketed credit at a caption's end ("[Handout/Philippine
 * Coast Guard]", "(File photo)").  A bracket that holds one word in
 * capitals is a credit too: an agency's initials. */
static const char *const credit_words[] = {
	"/", "photo", "handout", "file", "courtesy", "supplied", "pool",
};

/* A photo credit at the very end: a photographer's name in capitals
 * ("... on Thursday.ANA BELÉN ROJAS") or a bracketed credit ("... in
 * Romblon [Handout/Philippine Coast Guard]"). */
/* Whether s[0..n) has a lowercase letter: a paragraph all in capitals
 * is a headline, not a caption with a credit at its end. */
static bool
has_lower(const uint8_t *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		i += ustr_decode(s + i, n - i, &cp);
		if (ustr_is_lower(cp))
			return true;
	}
	return false;
}

static bool
rule_credit_tail(const uint8_t *s, size_t n)
{
	size_t i, caps = 0, end = n;

	if (n > 0 && s[n - 1] == ']') {
		const uint8_t *open = NULL;

		for (i = n; i > 0 && open == NULL; i--)
			if (s[i - 1] == '[')
				open = s + i - 1;
		if (open == NULL || (size_t)(s + n - open) > CAPTION_TAIL)
			return false;
		for (i = 0; i < sizeof credit_words / sizeof *credit_words; i++)
			if (contains_ci(open, (size_t)(s + n - open),
			                credit_words[i]))
				return true;
		return is_caps_word(open + 1, (size_t)(s + n - open) - 2);
	}
	/* Count the capitalized words at the end, back to a space or to the
	 * sentence end they are glued to (".ANA"). */
	while (end > 0 && caps < 3) {
		size_t b = end;

		while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '.')
			b--;
		if (!is_caps_word(s + b, end - b) || is_date_word(s + b, end - b))
			break;
		caps++;
		if (b == 0 || s[b - 1] == '.')
			return caps >= 2 && b > 0 && has_lower(s, b);
		end = b - 1;
	}
	return caps >= 2 && count_words_upto(s, n, caps + 3) > caps + 3 &&
	       has_lower(s, end);
}

/* A credit after the caption's last sentence, written with a slash
 * between the photographer and the agency, either way round, capitals on
 * both sides: "(XY Photo/Jane Roe)", "Photo by Jane Roe/XY", "JANE ROE /
 * XY", "XY/Jane Roe", "Jane Roe/Agency Name - Picture Desk".  No agency
 * is named: the shape is the rule.  Nothing after the slash ends a
 * sentence, and a sentence with words in lower case comes before it. */
static bool
rule_slash_credit(const uint8_t *s, size_t n)
{
	size_t from = n > CAPTION_TAIL ? n - CAPTION_TAIL : 0, i, slash = n, b;

	for (i = n; i > from; i--)
		if (s[i - 1] == '/') {
			slash = i - 1;
			break;
		}
	if (slash == n)
		return false;
	/* The words either side, capitalized. */
	for (b = slash; b > 0 && s[b - 1] == ' '; b--)
		;
	i = b;
	while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '(' && s[b - 1] != '[')
		b--;
	if (b == i || !(s[b] >= 'A' && s[b] <= 'Z'))
		return false;
	for (i = slash + 1; i < n && s[i] == ' '; i++)
		;
	if (i == n || !(s[i] >= 'A' && s[i] <= 'Z'))
		return false;
	/* No sentence ends after it ("... Kerry/Lavrov. They met"). */
	for (; i < n; i++)
		if ((s[i] == '.' || s[i] == '!' || s[i] == '?') &&
		    i + 1 < n && s[i + 1] == ' ')
			return false;
	/* A sentence of the caption before it. */
	if (memchr(s, '.', b) == NULL)
		return false;
	return has_lower(s, b);
}

/* One table decides the kinds that show in the text itself; the first
 * matching row wins.  Position rules (headline, label) and duplicates
 * come after, in kind_classify(). */
static const struct kind_rule kind_rules[] = {
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("advertisement"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("advertising"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("sponsored"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("latest headlines"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("top stories"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("most popular"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("most read"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("trending"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("recommended"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("related"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("related stories"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("related articles"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("related content"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("you may also like"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("story continues below"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT,
	  T("story continues below advertisement"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("continue reading"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("continue reading below"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("read more"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("read full article"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("skip advertisement"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("skip to main content"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("share"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("share this article"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("share this story"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("share this"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("share this page"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("copy link"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("link copied"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("link copied!"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("ad feedback"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("more on this story"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("related topics"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("on the net"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("on the web"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("comments"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("show comments"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("watch"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("listen"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("subscribe"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_EXACT, T("sign up"), NULL, 0 },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX_CASE, T("RELATED "), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX_CASE, T("READ MORE "), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX_CASE, T("WATCH "), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("related:"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("related coverage:"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("read more:"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("read also:"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("also read:"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("see also:"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("more:"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("watch:"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("listen:"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("listen to this article"), NULL,
	  SHORT_LINE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("listen to this story"), NULL,
	  SHORT_LINE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("advertisement "), NULL,
	  SHORT_LINE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("scroll to continue"), NULL,
	  SHORT_LINE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("sign up for "), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("sign up to "), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("subscribe to "), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("follow us "), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("click here"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("click to share"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("share on "), NULL,
	  SHORT_LINE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("share:"), NULL,
	  SHORT_LINE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("tags:"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("copyright "), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("(reporting by"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("reporting by "), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("(additional reporting"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("additional reporting by"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("(editing by"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("editing by "), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("\xC2\xA9"), NULL,	/* © */
	  BOILERPLATE_MAX_BYTES },
	/* The wire's credit line: "Staff writers ... in Vessby
	 * contributed to this report." */
	{ ARTICLE_BOILERPLATE, MATCH_TAIL, T("contributed to this report"),
	  NULL, BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_TAIL, T("contributed to this story"),
	  NULL, BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_TAIL, T("contributed to this article"),
	  NULL, BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_TAIL, T("contributed reporting"), NULL,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_FN, T("separator"), rule_separator,
	  SHORT_LINE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_FN, T("link"), rule_link,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_FN, T("breadcrumb"), rule_breadcrumb,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_FN, T("video title"), rule_video,
	  VIDEO_TITLE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_FN, T("social post"), rule_social,
	  BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("this article originally "),
	  NULL, BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BOILERPLATE, MATCH_PREFIX, T("this story originally "),
	  NULL, BOILERPLATE_MAX_BYTES },
	{ ARTICLE_BYLINE, MATCH_FN, T("byline"), rule_byline, BYLINE_MAX_BYTES },
	{ ARTICLE_DATELINE, MATCH_FN, T("date stamp"), rule_dateline,
	  DATELINE_MAX_BYTES },
	{ ARTICLE_DATELINE, MATCH_FN, T("place"), rule_place,
	  DATELINE_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_TAIL, T("photo by "), NULL, CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_TAIL, T("photos by "), NULL, CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_TAIL, T("photograph by "), NULL,
	  CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_TAIL, T("license photo"), NULL,
	  CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_TAIL, T("photograph:"), NULL,
	  CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_FN, T("credit with a slash"),
	  rule_slash_credit, CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_TAIL, T("photo credit"), NULL,
	  CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_TAIL, T("image credit"), NULL,
	  CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_TAIL, T("photo courtesy"), NULL,
	  CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_TAIL, T("illustration by"), NULL,
	  CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_TAIL, T("(photo:"), NULL, CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_TAIL, T("| photo"), NULL, CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_FN, T("credit at the end"), rule_credit_tail,
	  CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_PREFIX, T("photo: "), NULL, CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_PREFIX, T("image source"), NULL,
	  CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_PREFIX, T("image caption"), NULL,
	  CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_PREFIX, T("image: "), NULL, CAPTION_MAX_BYTES },
	{ ARTICLE_CAPTION, MATCH_PREFIX, T("pictured: "), NULL,
	  CAPTION_MAX_BYTES },
};

/* Trailing characters that do not change what a short line says:
 * "Advertisement:", "Read more »". */
static size_t
trim_decoration(const uint8_t *s, size_t n)
{
	for (;;) {
		if (n > 0 && s[n - 1] != '\0' && strchr(" :.|>", s[n - 1])) {
			n--;
		} else if (n >= 2 && s[n - 2] == 0xC2 &&
		           (s[n - 1] == 0xBB || s[n - 1] == 0xB7)) {
			n -= 2;		/* » · */
		} else if (n >= 3 && s[n - 3] == 0xE2 && s[n - 2] == 0x80 &&
		           (s[n - 1] == 0xBA || s[n - 1] == 0xA6)) {
			n -= 3;		/* › … */
		} else {
			return n;
		}
	}
}

/* The byte pairs of a paragraph's tail are hashed into a set of this
 * many members, so that a tail rule whose first and last pairs are not
 * there fails without a search: most fail so.  A byte per member: the
 * set fills with independent stores, where a bit per member chained each
 * to the last through memory (a fifth of the kinds' work). */
#define TAIL_PAIR_BITS 1024

static unsigned
pair_bit(uint8_t a, uint8_t b)
{
	return ((unsigned)a * 67u + b) & (TAIL_PAIR_BITS - 1);
}

/* A paragraph as the rules see it: the text, and its last CAPTION_TAIL
 * bytes folded to ASCII lower case once for all the rules, with the set
 * of their byte pairs. */
struct rule_text {
	const uint8_t *s;
	size_t n;
	size_t trimmed;		/* n without trailing decoration */
	bool tailed;		/* tail and ntail are filled in */
	uint8_t tail[CAPTION_TAIL];
	size_t ntail;
	bool paired;		/* pairs is filled in */
	uint8_t pairs[TAIL_PAIR_BITS];
};

static bool
has_pair(const struct rule_text *t, uint8_t a, uint8_t b)
{
	return t->pairs[pair_bit(a, b)];
}

/* Whether needle[0..k) may occur in t's tail: both its first and its
 * last byte pair are there (k >= 2). */
static bool
tail_may_have(struct rule_text *t, const char *needle, size_t k)
{
	const uint8_t *nd = (const uint8_t *)needle;
	size_t i;

	if (!t->paired) {
		memset(t->pairs, 0, sizeof t->pairs);
		for (i = 0; i + 1 < t->ntail; i++)
			t->pairs[pair_bit(t->tail[i], t->tail[i + 1])] = 1;
		t->paired = true;
	}
	return has_pair(t, nd[0], nd[1]) && has_pair(t, nd[k - 2], nd[k - 1]);
}

/* Fill in t's tail: its last CAPTION_TAIL bytes, ASCII lower case. */
static void
fold_tail(struct rule_text *t)
{
	size_t i, m = t->n > CAPTION_TAIL ? t->n - CAPTION_TAIL : 0;

	if (t->tailed)
		return;
	t->ntail = t->n - m;
	for (i = 0; i < t->ntail; i++)
		t->tail[i] = ustr_ascii_lower(t->s[m + i]);
	t->tailed = true;
}

static bool
rule_matches(const struct kind_rule *r, struct rule_text *t)
{
	size_t k = r->len;

	if (r->max_len != 0 && t->n > r->max_len)
		return false;
	switch (r->match) {
	case MATCH_EXACT:
		return t->trimmed == k && ascii_ieq(t->s, r->text, k);
	case MATCH_PREFIX:
		return t->n >= k && ascii_ieq(t->s, r->text, k);
	case MATCH_PREFIX_CASE:
		return t->n >= k && memcmp(t->s, r->text, k) == 0;
	case MATCH_TAIL:
		fold_tail(t);
		return (k < 2 || tail_may_have(t, r->text, k)) &&
		       has_bytes(t->tail, t->ntail, r->text, k);
	case MATCH_FN:
		return r->fn(t->s, t->n);
	}
	return false;
}

/* The quotation mark at the start of s[0..n), if any. */
static enum quote_mark
first_mark(const uint8_t *s, size_t n)
{
	uint32_t cp;

	if (n == 0)
		return QUOTE_MARK_NONE;
	ustr_decode(s, n, &cp);
	return quote_mark_of(cp);
}

static bool
is_open_quote(const uint8_t *s, size_t n)
{
	enum quote_mark m = first_mark(s, n);

	return quote_mark_opens2(m) || m == QUOTE_MARK_OPEN1 ||
	       m == QUOTE_MARK_AMBIG1;
}

/* Whether a paragraph is mostly a quotation: it opens with a quotation
 * mark and its last closing double mark lies past half of it. */
static bool
is_quote_para(const uint8_t *s, size_t n)
{
	size_t i;

	if (!is_open_quote(s, n))
		return false;
	/* From the end back to the middle: only a mark there counts. */
	for (i = n; i-- > 1 && i * 2 >= n;) {
		uint32_t cp;

		if (s[i] == '"')
			return true;
		if (s[i] >= 0xC0) {	/* a lead byte */
			ustr_decode(s + i, n - i, &cp);
			if (quote_mark_closes2(quote_mark_of(cp)))
				return true;
		}
	}
	return false;
}

static bool
is_headline_shape(const uint8_t *s, size_t n)
{
	size_t w = count_words(s, n);

	return n <= HEADLINE_MAX_BYTES && w >= HEADLINE_MIN_WORDS &&
	       w <= HEADLINE_MAX_WORDS && s[n - 1] != '.' &&
	       s[n - 1] != ':' && s[n - 1] != ';' && s[n - 1] != ',';
}

static bool
is_label_shape(const uint8_t *s, size_t n)
{
	uint32_t cp;
	size_t k = n;

	if (n == 0 || n > LABEL_MAX_BYTES ||
	    count_words_upto(s, n, LABEL_MAX_WORDS) > LABEL_MAX_WORDS ||
	    is_open_quote(s, n))
		return false;
	while (k > 0 && (s[k - 1] & 0xC0) == 0x80)
		k--;
	if (k == 0)
		return false;
	ustr_decode(s + k - 1, n - k + 1, &cp);
	return ustr_is_letter(cp) || ustr_digit_value(cp) >= 0;
}

/* A line in Title Case with no closing punctuation: a link's or a
 * video's title, a subhead, a score box ("São Paulo 3-1 Racing Club (agg
 * 4-3)").  News prose is written in sentences, in sentence case. */
static bool
is_title_case_line(const uint8_t *s, size_t n)
{
	size_t i = 0, words = 0, caps = 0;
	uint32_t cp;

	if (n == 0 || n > HEADLINE_MAX_BYTES || strchr(".!?", s[n - 1]) ||
	    count_words_upto(s, n, TITLE_LINE_MAX_WORDS) > TITLE_LINE_MAX_WORDS)
		return false;
	while (i < n) {
		size_t j = i;
		bool letter = false;

		while (j < n && s[j] != ' ')
			j++;
		for (size_t k = i; k < j && !letter;) {
			k += ustr_decode(s + k, j - k, &cp);
			letter = ustr_is_letter(cp);
		}
		if (letter) {
			size_t k = i;

			do	/* skip opening punctuation: "(agg" */
				k += ustr_decode(s + k, j - k, &cp);
			while (k < j && !ustr_is_letter(cp) &&
			       ustr_digit_value(cp) < 0);
			words++;
			caps += ustr_is_upper(cp);
		}
		i = j + 1;
	}
	return words > 0 && caps >= TITLE_LINE_CAPS * (double)words;
}

#define NRULES (sizeof kind_rules / sizeof *kind_rules)
#define RULE_WORDS ((NRULES + 63) / 64)

/* The rules that may match a paragraph starting with byte c, as a set of
 * rule indexes: a rule on the start of the text only where its first
 * byte (either case) is c, every other rule everywhere.  Most paragraphs
 * are looked at by a quarter of the rules. */
struct rule_index {
	uint64_t by_first[256][RULE_WORDS];
};

static void
rule_index_init(struct rule_index *ix)
{
	size_t i, c;

	memset(ix, 0, sizeof *ix);
	for (i = 0; i < NRULES; i++) {
		const struct kind_rule *r = &kind_rules[i];
		uint64_t bit = (uint64_t)1 << (i % 64);
		uint8_t c0 = (uint8_t)r->text[0];

		switch (r->match) {
		case MATCH_EXACT:
		case MATCH_PREFIX:
			if (c0 >= 'a' && c0 <= 'z')
				ix->by_first[c0 - 32][i / 64] |= bit;
			/* fall through */
		case MATCH_PREFIX_CASE:
			ix->by_first[c0][i / 64] |= bit;
			break;
		case MATCH_TAIL:
		case MATCH_FN:
			for (c = 0; c < 256; c++)
				ix->by_first[c][i / 64] |= bit;
			break;
		}
	}
}

/* Paragraph kinds from the text alone: the first rule of kind_rules[]
 * that matches, in table order. */
static enum article_kind
kind_of_text(const struct rule_index *ix, const uint8_t *s, size_t n)
{
	const uint64_t *set = ix->by_first[n > 0 ? s[0] : 0];
	struct rule_text t;
	size_t w;

	t.s = s;
	t.n = n;
	t.trimmed = n > SHORT_LINE_MAX_BYTES ? n : trim_decoration(s, n);
	t.ntail = 0;
	t.tailed = t.paired = false;
	for (w = 0; w < RULE_WORDS; w++) {
		uint64_t bits = set[w];

		while (bits != 0) {
			size_t i = w * 64 + (size_t)__builtin_ctzll(bits);

			if (rule_matches(&kind_rules[i], &t))
				return kind_rules[i].kind;
			bits &= bits - 1;
		}
	}
	return ARTICLE_BODY;
}

/* A paragraph's dup-table key: the hash of its folded edge (or whole
 * key), never 0, which marks an empty slot.  Heads, tails and whole short
 * keys hash from different seeds, so a head never meets a tail. */
enum dup_seed { DUP_WHOLE = 1, DUP_HEAD = 2, DUP_TAIL = 3 };

static uint64_t
dup_hash(const uint8_t *s, size_t n, enum dup_seed seed)
{
	uint64_t h = hash_bytes(s, n, (uint64_t)seed * HASH_MUL);

	return h ? h : 1;
}

/* A slot is small, so the table stays in cache on large reports: a
 * 32-bit tag of the hash (never 0) and a paragraph.  Tags may collide;
 * every candidate is checked against its whole key. */
struct dup_slot {
	uint32_t tag;
	uint32_t para;
};

/* Return the paragraph first stored under key, storing p if none. */
static size_t
dup_lookup(struct dup_slot *t, size_t mask, uint64_t key, size_t p)
{
	uint32_t tag = (uint32_t)(key >> 32) | 1;
	size_t i = (size_t)key & mask;

	while (t[i].tag != 0) {
		if (t[i].tag == tag)
			return t[i].para;
		i = (i + 1) & mask;
	}
	t[i].tag = tag;
	t[i].para = (uint32_t)p;
	return ARTICLE_NONE;
}

static bool
near_same(const uint8_t *a, size_t na, const uint8_t *b, size_t nb)
{
	size_t lcp = 0, lcs = 0, m = na < nb ? na : nb, big = na > nb ? na : nb;

	while (lcp < m && a[lcp] == b[lcp])
		lcp++;
	while (lcs < m - lcp && a[na - 1 - lcs] == b[nb - 1 - lcs])
		lcs++;
	return (double)(lcp + lcs) >= DUP_MIN_SHARED * (double)big;
}

/* The folded key of paragraph i (letters and digits, ASCII lower case)
 * into b; returns its length. */
static size_t
dup_key(const struct article *a, size_t i, const uint8_t *key_char,
        struct dup_buf *b)
{
	const uint8_t *s = a->text + a->para[i].start;
	size_t j, n = a->para[i].len;
	uint8_t *k;

	b->n = 0;
	MEM_GROW(b->p, b->cap, n + 1);
	k = b->p;
	for (j = 0; j < n; j++) {
		*k = key_char[s[j]];
		k += *k != 0;
	}
	return b->n = (size_t)(k - b->p);
}

/* Up to DUP_EDGE_CHARS key characters of paragraph i, from its start
 * (or, backwards, from its end) into edge; returns how many. */
static size_t
dup_edge(const struct article *a, size_t i, const uint8_t *key_char,
         bool from_end, uint8_t *edge)
{
	const uint8_t *s = a->text + a->para[i].start;
	size_t n = a->para[i].len, k = 0, j;

	/* Every byte is stored and only key characters advance: a branch on
	 * each was mispredicted at every space, 40% of the search. */
	if (from_end) {
		for (j = n; j > 0 && k < DUP_EDGE_CHARS; j--) {
			edge[k] = key_char[s[j - 1]];
			k += edge[k] != 0;
		}
	} else {
		for (j = 0; j < n && k < DUP_EDGE_CHARS; j++) {
			edge[k] = key_char[s[j]];
			k += edge[k] != 0;
		}
	}
	return k;
}

/* A paragraph's keys in the dup table: none (h[0] == 0) when its key is
 * too short to flag, one (h[1] == 0: its whole key) when short, else its
 * head and its tail; dup_hash() never gives 0. */
struct dup_keys {
	uint64_t h[2];
};

/* Letters and digits, ASCII folded to lower case; every other byte 0. */
static void
key_chars(uint8_t *key_char)
{
	size_t j;

	for (j = 0; j < 256; j++) {
		uint8_t low = ustr_ascii_lower((uint8_t)j);

		key_char[j] = (low >= 'a' && low <= 'z') || is_digit(low) ||
		              low >= 0x80 ? low : 0;
	}
}

static void
dup_keys(const struct article *a, size_t i, const uint8_t *key_char,
         struct dup_keys *k)
{
	uint8_t edge[DUP_EDGE_CHARS];
	size_t n = dup_edge(a, i, key_char, false, edge);

	k->h[0] = k->h[1] = 0;
	if (n < DUP_MIN_CHARS)
		return;
	if (n < DUP_EDGE_CHARS) {
		k->h[0] = dup_hash(edge, n, DUP_WHOLE);
		return;
	}
	k->h[0] = dup_hash(edge, n, DUP_HEAD);
	dup_edge(a, i, key_char, true, edge);
	k->h[1] = dup_hash(edge, DUP_EDGE_CHARS, DUP_TAIL);
}

/* The slots of a paragraph this many ahead are fetched before they are
 * looked up: on long reports the table is past the cache. */
#define DUP_AHEAD 8

static void
prefetch_keys(const struct dup_slot *table, size_t mask,
              const struct dup_keys *k)
{
	hash_prefetch(&table[(size_t)k->h[0] & mask]);
	hash_prefetch(&table[(size_t)k->h[1] & mask]);
}

/* Mark paragraphs that repeat an earlier one with little change.  Keys
 * are the letters and digits of the text, case-folded for ASCII.  A
 * paragraph is looked up by the first and the last DUP_EDGE_CHARS
 * characters of its key (a short one by its whole key), read from its
 * two ends (keys[], made by the caller while the text was at hand), so
 * the work per paragraph is bounded; whole keys are built only for the
 * candidates found. */
static void
mark_duplicates(struct article *a, const struct dup_keys *keys,
                const uint8_t *key_char)
{
	struct dup_slot *table;
	size_t mask = 1, i;
	struct dup_buf kp = { 0 }, ki = { 0 };

	if (a->npara < 2)
		return;
	while (mask < a->npara * 4)
		mask <<= 1;
	table = xcalloc(mask, sizeof *table);
	mask--;
	for (i = 0; i < a->npara; i++) {
		enum article_kind kind = a->para[i].kind;
		bool whole = keys[i].h[1] == 0;
		size_t c;

		if (i + DUP_AHEAD < a->npara)
			prefetch_keys(table, mask, &keys[i + DUP_AHEAD]);
		if (!(article_kind_is_content(kind) || kind == ARTICLE_CAPTION))
			continue;
		for (c = 0; c < 2 && keys[i].h[c] != 0; c++) {
			size_t p = dup_lookup(table, mask, keys[i].h[c], i);
			size_t np, ni;

			if (p == ARTICLE_NONE ||
			    a->para[i].kind == ARTICLE_DUPLICATE)
				continue;
			np = dup_key(a, p, key_char, &kp);
			ni = dup_key(a, i, key_char, &ki);
			if (whole ? np == ni && memcmp(kp.p, ki.p, ni) == 0
			          : near_same(kp.p, np, ki.p, ni)) {
				a->para[i].kind = ARTICLE_DUPLICATE;
				a->para[i].dup_of = p;
			}
		}
	}
	free(kp.p);
	free(ki.p);
	free(table);
}

/* A standfirst (dek) is the summary right under the headline, set apart
 * from the story by the byline, date or photo that follows it. */
static void
mark_standfirst(struct article *a, size_t head)
{
	size_t i, s;

	if (head == ARTICLE_NONE)
		return;
	for (s = head + 1; s < a->npara && (a->para[s].kind == ARTICLE_BOILERPLATE ||
	                                    a->para[s].kind == ARTICLE_LABEL);
	     s++)
		;
	if (s >= a->npara || a->para[s].kind != ARTICLE_BODY ||
	    is_label_shape(a->text + a->para[s].start, a->para[s].len) ||
	    count_words(a->text + a->para[s].start, a->para[s].len) >
	            STANDFIRST_MAX_WORDS)
		return;
	for (i = s + 1; i < a->npara; i++) {
		enum article_kind k = a->para[i].kind;

		if (k == ARTICLE_BYLINE || k == ARTICLE_DATELINE ||
		    k == ARTICLE_CAPTION) {
			a->para[s].kind = ARTICLE_STANDFIRST;
			return;
		}
		if (k == ARTICLE_BODY &&
		    !is_label_shape(a->text + a->para[i].start, a->para[i].len))
			return;
	}
}

static bool
is_short_label(const uint8_t *s, size_t n)
{
	return count_words_upto(s, n, KICKER_MAX_WORDS + 1) <=
	               KICKER_MAX_WORDS &&
	       is_label_shape(s, n);
}

/* Whether s[0..n) has a headline's shape, with or without a comma at its
 * end: a wire headline cut from its dateline keeps one ("6 hurt in
 * harbor ferry fire,"). */
static bool
headline_shaped(const uint8_t *s, size_t n)
{
	return is_headline_shape(s, n) ||
	       (n > 1 && s[n - 1] == ',' && is_headline_shape(s, n - 1));
}

/* Whether, after the short label i and any more short labels or
 * paragraphs that are not body text, the next body paragraph has a
 * headline's shape and more words than i. */
static bool
headline_follows(const struct article *a, size_t i)
{
	const uint8_t *s = a->text + a->para[i].start;
	size_t words = count_words(s, a->para[i].len), j;

	for (j = i + 1; j < a->npara; j++) {
		const uint8_t *t = a->text + a->para[j].start;
		size_t n = a->para[j].len;

		if (a->para[j].kind != ARTICLE_BODY || is_short_label(t, n))
			continue;
		return headline_shaped(t, n) && count_words(t, n) > words;
	}
	return false;
}

/* What a body paragraph is by its shape alone: a section label, a
 * quotation, or body text. */
static enum article_kind
body_shape(const uint8_t *s, size_t n)
{
	if (is_label_shape(s, n) || is_title_case_line(s, n))
		return ARTICLE_LABEL;
	if (is_quote_para(s, n))
		return ARTICLE_QUOTE;
	return ARTICLE_BODY;
}

void
kind_classify(struct article *a)
{
	struct rule_index *ix = xmalloc(sizeof *ix);
	struct dup_keys *keys = xmalloc((a->npara + 1) * sizeof *keys);
	uint8_t *shape = xmalloc(a->npara + 1), key_char[256];
	size_t i, head = ARTICLE_NONE;

	/* Everything read from a paragraph's text is read in one pass, while
	 * the text is in the cache: on long reports a pass for each was
	 * spent waiting on memory. */
	rule_index_init(ix);
	key_chars(key_char);
	for (i = 0; i < a->npara; i++) {
		struct article_para *p = &a->para[i];
		const uint8_t *s = a->text + p->start;

		p->kind = kind_of_text(ix, s, p->len);
		shape[i] = (uint8_t)(p->kind == ARTICLE_BODY ? body_shape(s, p->len)
		                                             : ARTICLE_BODY);
		dup_keys(a, i, key_char, &keys[i]);
	}
	free(ix);

	/* The headline is the first body paragraph with a headline's shape;
	 * short labels above it (kickers: "World News", "Markets"; in text
	 * saved from a web page, the site's menu: "Menu", "Sign In",
	 * "Politics") may come first, as long as a longer headline-shaped
	 * line follows them.  It may end in a comma (headline_shaped()),
	 * below a site's chrome as well. */
	for (i = 0; i < a->npara; i++) {
		struct article_para *p = &a->para[i];
		const uint8_t *s = a->text + p->start;

		if (p->kind != ARTICLE_BODY)
			continue;
		if (is_short_label(s, p->len) && headline_follows(a, i)) {
			p->kind = ARTICLE_LABEL;	/* a kicker */
			continue;
		}
		if (headline_shaped(s, p->len))
			head = i;
		break;
	}
	if (head != ARTICLE_NONE)
		a->para[head].kind = ARTICLE_HEADLINE;
	a->title = head;
	mark_standfirst(a, head);

	for (i = 0; i < a->npara; i++)
		if (a->para[i].kind == ARTICLE_BODY)
			a->para[i].kind = shape[i];	/* a section label or a quote */
	free(shape);
	mark_duplicates(a, keys, key_char);
	free(keys);
}
