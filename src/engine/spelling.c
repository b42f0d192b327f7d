/* spelling.c - British spellings as American ones, for stems.
 *
 * Patterns, each with the inflections it takes, and a few words of
 * their own.  A pattern rewrites only what American spelling writes
 * otherwise: "-ise" words that are "-ise" in America too ("promise",
 * "surprise") and "-our" words spelt so everywhere ("contour") are
 * listed apart; short words ("four", "hour", "rise") are never touched.
 */
#include "spelling.h"

#include <stdbool.h>
#include <string.h>

/* Words spelt their own way, whole: British, then American. */
static const char *const word_pairs[][2] = {
	{ "aluminium", "aluminum" }, { "defence", "defense" },
	{ "defences", "defenses" }, { "enrol", "enroll" },
	{ "enrolment", "enrollment" }, { "enrolments", "enrollments" },
	{ "fulfil", "fulfill" }, { "fulfilment", "fulfillment" },
	{ "grey", "gray" }, { "greys", "grays" }, { "jewellery", "jewelry" },
	{ "kerb", "curb" }, { "kerbs", "curbs" }, { "licence", "license" },
	{ "licences", "licenses" }, { "manoeuvre", "maneuver" },
	{ "manoeuvres", "maneuvers" }, { "manoeuvred", "maneuvered" },
	{ "mould", "mold" }, { "moulds", "molds" }, { "offence", "offense" },
	{ "offences", "offenses" }, { "plough", "plow" },
	{ "ploughs", "plows" }, { "practise", "practice" },
	{ "practised", "practiced" }, { "practises", "practices" },
	{ "practising", "practicing" }, { "pretence", "pretense" },
	{ "programme", "program" }, { "programmes", "programs" },
	{ "sceptic", "skeptic" }, { "sceptical", "skeptical" },
	{ "sceptics", "skeptics" }, { "scepticism", "skepticism" },
	{ "skilful", "skillful" }, { "tyre", "tire" }, { "tyres", "tires" },
	{ "wilful", "willful" },
};

/* "-ise" words that America spells so too. */
static const char *const ise_alike[] = {
	"advertise", "anticlockwise", "apprise", "chastise", "circumcise",
	"clockwise", "comprise", "compromise", "concise", "crosswise",
	"despise", "disguise", "enterprise", "exercise", "expertise",
	"franchise", "improvise", "lengthwise", "likewise", "merchandise",
	"otherwise", "paradise", "porpoise", "precise", "premise", "promise",
	"reprise", "sunrise", "supervise", "surmise", "surprise", "televise",
	"tortoise", "treatise", "turquoise",
};

/* "-our" words that America spells so too. */
static const char *const our_alike[] = {
	"amour", "contour", "detour", "devour", "paramour", "troubadour",
	"velour",
};

/* Stems that double their "l" before a suffix in Britain only:
 * "travelled", "counsellor". */
static const char *const single_l[] = {
	"cancel", "channel", "counsel", "dial", "duel", "equal", "fuel",
	"funnel", "initial", "jewel", "label", "level", "libel", "marvel",
	"model", "panel", "pedal", "pencil", "quarrel", "rival", "shovel",
	"signal", "total", "travel", "tunnel",
};

/* Word beginnings with the "ae" or "oe" of Greek that America drops. */
static const char *const digraph_starts[][2] = {
	{ "anaem", "anem" }, { "diarrhoea", "diarrhea" },
	{ "encyclopaed", "encycloped" }, { "foet", "fet" },
	{ "gynaec", "gynec" }, { "haem", "hem" }, { "leukaem", "leukem" },
	{ "oedem", "edem" }, { "oesophag", "esophag" }, { "oestr", "estr" },
	{ "orthopaed", "orthoped" }, { "paed", "ped" },
	{ "palaeo", "paleo" }, { "septicaem", "septicem" },
};

#define COUNT(a) (sizeof (a) / sizeof *(a))

static bool
in_list(const char *const *list, size_t n, const uint8_t *w, size_t len)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(list[i], w, len) == 0)
			return true;
	return false;
}

static bool
ends_with(const uint8_t *w, size_t n, const char *s, size_t *len)
{
	*len = strlen(s);
	return n > *len && memcmp(w + n - *len, s, *len) == 0;
}

/* w[0..n) with w[at .. at + cut) replaced by put, into out. */
static size_t
splice(const uint8_t *w, size_t n, size_t at, size_t cut, const char *put,
       uint8_t *out)
{
	size_t m = strlen(put);

	if (n - cut + m > SPELLING_MAX)
		return 0;
	memcpy(out, w, at);
	memcpy(out + at, put, m);
	memcpy(out + at + m, w + at + cut, n - at - cut);
	return n - cut + m;
}

/* "organise", "organisation", "analysed": -ise and -yse as -ize, -yze. */
static size_t
ize(const uint8_t *w, size_t n, uint8_t *out)
{
	static const char *const suffixes[] = {
		"isations", "isation", "ising", "ised", "ises", "isers",
		"iser", "ise", "ysing", "ysed", "yses", "yser", "yse",
	};
	uint8_t base[SPELLING_MAX + 4];
	size_t i, len, stem;

	for (i = 0; i < COUNT(suffixes); i++) {
		if (!ends_with(w, n, suffixes[i], &len))
			continue;
		stem = n - len;
		if (stem < (suffixes[i][0] == 'y' ? 3 : 4))
			return 0;
		if (suffixes[i][0] == 'i') {
			memcpy(base, w, stem);
			memcpy(base + stem, "ise", 3);
			if (in_list(ise_alike, COUNT(ise_alike), base, stem + 3))
				return 0;
		}
		return splice(w, n, stem + 1, 1, "z", out);
	}
	return 0;
}

/* "colour", "favourite", "neighbourhood": -our as -or. */
static size_t
our(const uint8_t *w, size_t n, uint8_t *out)
{
	static const char *const suffixes[] = {
		"", "s", "ed", "ing", "er", "ers", "ite", "ites", "able",
		"ably", "al", "ally", "hood", "hoods", "ful", "less", "ist",
		"ists", "ism",
	};
	size_t i, len;

	for (i = 0; i < COUNT(suffixes); i++) {
		size_t at;

		len = strlen(suffixes[i]);
		if (n < len + 6)
			continue;
		at = n - len - 3;	/* where "our" would start */
		if (memcmp(w + at, "our", 3) != 0 ||
		    memcmp(w + at + 3, suffixes[i], len) != 0)
			continue;
		if (in_list(our_alike, COUNT(our_alike), w, at + 3))
			return 0;
		return splice(w, n, at + 1, 1, "", out);
	}
	return 0;
}

/* "centre", "metres", "fibre", "meagre": -tre, -bre, -gre as -ter, -ber,
 * -ger. */
static size_t
re(const uint8_t *w, size_t n, uint8_t *out)
{
	static const char *const suffixes[] = { "re", "res", "red" };
	size_t i, len, at;

	for (i = 0; i < COUNT(suffixes); i++) {
		if (!ends_with(w, n, suffixes[i], &len))
			continue;
		at = n - len;
		if (at < 3 || strchr("tbg", w[at - 1]) == NULL ||
		    (n == 6 && memcmp(w, "timbre", 6) == 0))
			return 0;	/* "genre", "acre", "cadre" alike */
		return splice(w, n, at, 2, i == 2 ? "ere" : "er", out);
	}
	return 0;
}

/* "catalogue", "dialogues": -ogue as -og. */
static size_t
ogue(const uint8_t *w, size_t n, uint8_t *out)
{
	static const char *const suffixes[] = { "ogue", "ogues", "ogued" };
	size_t i, len;

	/* "ue" goes; of "ued", the "u". */
	for (i = 0; i < COUNT(suffixes); i++)
		if (ends_with(w, n, suffixes[i], &len) && n - len >= 4)
			return splice(w, n, n - len + 2, i == 2 ? 1 : 2, "",
			              out);
	return 0;
}

/* "travelled", "counsellor", "modelling": one "l". */
static size_t
double_l(const uint8_t *w, size_t n, uint8_t *out)
{
	static const char *const suffixes[] = {
		"led", "ling", "ler", "lers", "lor", "lors",
	};
	size_t i, len;

	/* The suffix starts with the second "l": "travel" + "led". */
	for (i = 0; i < COUNT(suffixes); i++)
		if (ends_with(w, n, suffixes[i], &len) &&
		    in_list(single_l, COUNT(single_l), w, n - len))
			return splice(w, n, n - len, 1, "", out);
	return 0;
}

/* "haemorrhage", "paediatric", "diarrhoea". */
static size_t
digraph(const uint8_t *w, size_t n, uint8_t *out)
{
	size_t i;

	for (i = 0; i < COUNT(digraph_starts); i++) {
		size_t len = strlen(digraph_starts[i][0]);

		if (n >= len && memcmp(w, digraph_starts[i][0], len) == 0)
			return splice(w, n, 0, len, digraph_starts[i][1], out);
	}
	return 0;
}

/* Whether a rule below may apply to w[0..n): each needs a byte pair at
 * a place of its own, and most words have none there, so they are
 * turned away before the rules' suffix lists (the lists were a third of
 * the stemming of a report's new words).  From the end: -ise and -yse
 * suffixes and -our with its suffixes within 8 bytes, -ogue and the
 * doubled l within 5, -re within 3; from the start, the Greek ae and oe
 * within the first 12. */
static bool
may_respell(const uint8_t *w, size_t n)
{
	size_t p;

	for (p = 0; p + 1 < n; p++) {
		uint8_t a = w[p], b = w[p + 1];
		size_t back = n - p;

		if (back <= 8 && ((b == 's' && (a == 'i' || a == 'y')) ||
		                  (a == 'o' && b == 'u')))
			return true;
		if (back <= 5 && ((a == 'o' && b == 'g') || (a == 'l' && b == 'l')))
			return true;
		if (back <= 3 && a == 'r' && b == 'e')
			return true;
		if (p < 12 && b == 'e' && (a == 'a' || a == 'o'))
			return true;
	}
	return false;
}

size_t
spelling_us(const uint8_t *w, size_t n, uint8_t *out)
{
	size_t (*const rules[])(const uint8_t *, size_t, uint8_t *) = {
		ize, our, re, ogue, double_l, digraph,
	};
	size_t i, m;

	if (n < 4 || n > SPELLING_MAX)
		return 0;
	for (i = 0; i < COUNT(word_pairs); i++)
		if (word_pairs[i][0][0] == w[0] &&
		    strlen(word_pairs[i][0]) == n &&
		    memcmp(word_pairs[i][0], w, n) == 0)
			return splice(w, n, 0, n, word_pairs[i][1], out);
	if (!may_respell(w, n))
		return 0;
	for (i = 0; i < COUNT(rules); i++)
		if ((m = rules[i](w, n, out)) > 0)
			return m;
	return 0;
}
