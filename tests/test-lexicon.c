/* test-lexicon.c - interned words, cached stems, the stopword list. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "testutil.h"

#define U(s) ((const uint8_t *)(s))

static struct lexicon *lx;

static void
setup(void)
{
	lx = lexicon_new();
}

static void
teardown(void)
{
	lexicon_free(lx);
	lx = NULL;
}

static uint32_t
in(const char *w)
{
	return lexicon_intern(lx, U(w), strlen(w));
}

/* Whether lexicon id id holds exactly the n bytes w. */
static int
word_is_n(uint32_t id, const char *w, size_t n)
{
	size_t len;
	const uint8_t *b = lexicon_word(lx, id, &len);

	return len == n && memcmp(b, w, n) == 0;
}

static int
word_is(uint32_t id, const char *w)
{
	return word_is_n(id, w, strlen(w));
}

static void
load(const char *list)
{
	lexicon_load_stopwords(lx, U(list), strlen(list));
}

static int
stop(const char *w)
{
	return lexicon_is_stopword(lx, in(w));
}

static int
weak(const char *w)
{
	return lexicon_is_weak(lx, in(w));
}

/* ---- interning ------------------------------------------------------ */

START_TEST(lexicon_intern_returns_stable_ids)
{
	uint32_t kerry = in("kerry"), lavrov = in("lavrov");

	ck_assert_uint_ne(kerry, 0);		/* 0 means "none" */
	ck_assert_uint_ne(lavrov, 0);
	ck_assert_uint_eq(in("kerry"), kerry);
	ck_assert_uint_eq(in("lavrov"), lavrov);
	in("moscow");
	in("geneva");
	ck_assert_uint_eq(in("kerry"), kerry);
	/* The key is the bytes, however they are passed. */
	ck_assert_uint_eq(lexicon_intern(lx, U("kerry's"), 5), kerry);
}
END_TEST

START_TEST(lexicon_distinct_words_get_distinct_ids)
{
	static const char *const w[] = {
		"a", "ab", "abc", "b", "kerry", "kerr", "kerry ", "Kerry",
		"k\xC3\xA9rry", "ke\xCC\x81rry", "1000", "1,000",
	};
	uint32_t id[sizeof w / sizeof *w];
	size_t i, j, n = sizeof w / sizeof *w;

	for (i = 0; i < n; i++)
		id[i] = in(w[i]);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			ck_assert_msg(id[i] != id[j], "\"%s\", \"%s\": id %u",
			              w[i], w[j], id[i]);
	/* A NUL byte is part of the word, not its end. */
	ck_assert_uint_ne(lexicon_intern(lx, U("a\0b"), 3), id[0]);
	ck_assert_uint_ne(lexicon_intern(lx, U("a\0b"), 3),
	                  lexicon_intern(lx, U("a\0c"), 3));
}
END_TEST

START_TEST(lexicon_word_returns_the_bytes)
{
	uint32_t a = in("cease-fire"), b = lexicon_intern(lx, U("a\0b"), 3);

	ck_assert(word_is(a, "cease-fire"));
	ck_assert(word_is_n(b, "a\0b", 3));
	ck_assert(word_is(in("x"), "x"));
	ck_assert(word_is(a, "cease-fire"));	/* still, after more words */
}
END_TEST

START_TEST(lexicon_count_grows_by_one_per_new_word)
{
	uint32_t n0 = lexicon_count(lx), id;

	ck_assert_uint_eq(n0, 1);		/* just "none" */
	id = in("kerry");
	ck_assert_uint_eq(lexicon_count(lx), n0 + 1);
	ck_assert_uint_lt(id, lexicon_count(lx));
	in("kerry");
	ck_assert_uint_eq(lexicon_count(lx), n0 + 1);
	id = in("lavrov");
	ck_assert_uint_eq(lexicon_count(lx), n0 + 2);
	ck_assert_uint_lt(id, lexicon_count(lx));
}
END_TEST

START_TEST(lexicon_unicode_words_come_back_unchanged)
{
	static const char *const w[] = {
		"\xC3\xA9t\xC3\xA9",			/* été, NFC */
		"e\xCC\x81t\xC3\xA9",			/* the same, NFD e */
		"\xE4\xB8\xAD\xE6\x96\x87",		/* CJK */
		"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D",	/* Hebrew */
		"\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7",	/* Arabic */
		"\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7",	/* ZWJ */
		("ab\xFF" "cd\xFE"),			/* invalid bytes */
		"\xEF\xBF\xBD",				/* U+FFFD */
	};
	uint32_t id[sizeof w / sizeof *w];
	size_t i, n = sizeof w / sizeof *w;

	for (i = 0; i < n; i++)
		id[i] = in(w[i]);
	for (i = 0; i < n; i++) {
		ck_assert_msg(word_is(id[i], w[i]), "word %zu changed", i);
		ck_assert_uint_eq(in(w[i]), id[i]);
	}
	/* The lexicon compares bytes: normalization is the loader's job. */
	ck_assert_uint_ne(id[0], id[1]);
}
END_TEST

START_TEST(lexicon_many_words_intern_correctly)
{
	enum { N = 100000 };
	uint32_t *id = malloc(N * sizeof *id);
	char w[32];
	size_t i, len;

	for (i = 0; i < N; i++) {
		len = (size_t)snprintf(w, sizeof w, "w%zu", i * 7919);
		id[i] = lexicon_intern(lx, U(w), len);
	}
	ck_assert_uint_eq(lexicon_count(lx), N + 1);
	for (i = 0; i < N; i++) {
		len = (size_t)snprintf(w, sizeof w, "w%zu", i * 7919);
		if (!word_is_n(id[i], w, len) ||
		    lexicon_intern(lx, U(w), len) != id[i])
			ck_abort_msg("word %zu (\"%s\", id %u) is lost", i, w,
			             id[i]);
	}
	ck_assert_uint_eq(lexicon_count(lx), N + 1);
	free(id);
}
END_TEST

START_TEST(lexicon_huge_word_interns_and_stems_as_itself)
{
	size_t n = 10000;
	char *w = malloc(n);
	uint32_t id;

	memset(w, 'a', n - 3);
	memcpy(w + n - 3, "ing", 3);
	id = lexicon_intern(lx, U(w), n);
	ck_assert(word_is_n(id, w, n));
	ck_assert_uint_eq(lexicon_intern(lx, U(w), n), id);
	ck_assert_uint_ne(lexicon_intern(lx, U(w), n - 1), id);
	/* Too long for the stemmer: it is its own stem. */
	ck_assert_uint_eq(lexicon_stem(lx, id), id);
	ck_assert_uint_eq(lexicon_stem(lx, id), id);
	free(w);
}
END_TEST

/* ---- stems ---------------------------------------------------------- */

START_TEST(lexicon_stem_merges_inflections)
{
	uint32_t kill = lexicon_stem(lx, in("killed"));

	ck_assert(word_is(kill, "kill"));
	ck_assert_uint_eq(lexicon_stem(lx, in("kills")), kill);
	ck_assert_uint_eq(lexicon_stem(lx, in("killing")), kill);
	ck_assert_uint_eq(lexicon_stem(lx, in("kill")), kill);
	ck_assert_uint_eq(lexicon_stem(lx, in("russia's")),
	                  lexicon_stem(lx, in("russia")));
	ck_assert_uint_ne(lexicon_stem(lx, in("skill")), kill);
}
END_TEST

/* A word and the same word without its accents share a stem: English
 * copy often drops them.  Letters that do not decompose stay. */
START_TEST(lexicon_stem_ignores_accents)
{
	ck_assert_uint_eq(lexicon_stem(lx, in("ferrán")),
	                  lexicon_stem(lx, in("ferran")));
	ck_assert_uint_eq(lexicon_stem(lx, in("núñez")),
	                  lexicon_stem(lx, in("nunez")));
	ck_assert_uint_eq(lexicon_stem(lx, in("são")),
	                  lexicon_stem(lx, in("sao")));
	ck_assert_uint_eq(lexicon_stem(lx, in("cafés")),
	                  lexicon_stem(lx, in("cafe")));
	ck_assert_uint_ne(lexicon_stem(lx, in("søren")),
	                  lexicon_stem(lx, in("soren")));
	/* The words themselves stay apart (the word diff tells them). */
	ck_assert_uint_ne(in("ferrán"), in("ferran"));
}
END_TEST

/* British and American spellings share a stem: two outlets of one
 * story spell it their own way.  Words that only look like a British
 * spelling keep theirs. */
START_TEST(lexicon_stem_ignores_british_spelling)
{
	static const char *const alike[][2] = {
		{ "centres", "centers" }, { "metre", "meter" },
		{ "kilometres", "kilometers" }, { "centred", "centered" },
		{ "colour", "color" }, { "neighbourhood", "neighborhood" },
		{ "favourite", "favorite" }, { "labourers", "laborers" },
		{ "organisation", "organization" }, { "recognised", "recognized" },
		{ "analysed", "analyzed" }, { "travelled", "traveled" },
		{ "counsellor", "counselor" }, { "modelling", "modeling" },
		{ "catalogue", "catalog" }, { "dialogues", "dialogs" },
		{ "defence", "defense" }, { "programmes", "programs" },
		{ "diarrhoea", "diarrhea" }, { "haemorrhage", "hemorrhage" },
		{ "paediatric", "pediatric" }, { "tyres", "tires" },
	};
	static const char *const apart[][2] = {
		{ "four", "for" }, { "hour", "hor" }, { "filled", "filed" },
		{ "promise", "promize" }, { "surprised", "surprized" },
		{ "contour", "contor" }, { "timbre", "timber" },
		{ "genre", "gener" }, { "rising", "rizing" },
	};
	size_t i;

	for (i = 0; i < sizeof alike / sizeof *alike; i++)
		ck_assert_msg(lexicon_stem(lx, in(alike[i][0])) ==
		              lexicon_stem(lx, in(alike[i][1])),
		              "%s and %s stem apart", alike[i][0], alike[i][1]);
	for (i = 0; i < sizeof apart / sizeof *apart; i++)
		ck_assert_msg(lexicon_stem(lx, in(apart[i][0])) !=
		              lexicon_stem(lx, in(apart[i][1])),
		              "%s and %s share a stem", apart[i][0], apart[i][1]);
	/* The words themselves stay apart (the word diff tells them). */
	ck_assert_uint_ne(in("centre"), in("center"));
}
END_TEST

START_TEST(lexicon_stem_is_cached)
{
	uint32_t id = in("negotiations"), s, n;

	s = lexicon_stem(lx, id);
	ck_assert_uint_ne(s, id);
	n = lexicon_count(lx);
	ck_assert_uint_eq(lexicon_stem(lx, id), s);
	ck_assert_uint_eq(lexicon_count(lx), n);	/* nothing new */
	/* A stem is a word like any other and has a stem of its own; for
	 * these words it is itself, and asking again gives the same. */
	ck_assert_uint_eq(lexicon_stem(lx, s), s);
	ck_assert_uint_eq(lexicon_stem(lx, s), s);
	s = lexicon_stem(lx, in("running"));
	ck_assert(word_is(s, "run"));
	ck_assert_uint_eq(lexicon_stem(lx, s), s);
	s = lexicon_stem(lx, in("ceasefire"));
	ck_assert_uint_eq(lexicon_stem(lx, s), s);
}
END_TEST

START_TEST(lexicon_stem_survives_table_growth)
{
	uint32_t id = in("elections"), s = lexicon_stem(lx, id), i;
	char w[32];

	/* Enough new words to grow every array at least once. */
	for (i = 0; i < 5000; i++) {
		int len = snprintf(w, sizeof w, "growing%u", i);

		lexicon_stem(lx, lexicon_intern(lx, U(w), (size_t)len));
	}
	ck_assert_uint_eq(in("elections"), id);
	ck_assert_uint_eq(lexicon_stem(lx, id), s);
	ck_assert(word_is(s, "elect"));
	ck_assert(word_is(id, "elections"));
}
END_TEST

START_TEST(lexicon_stem_of_symbols_and_plain_numbers_is_itself)
{
	static const char *const w[] = {
		"1000", "9.4", "3bn", "-", "us", "is", "a",
		"\xE4\xB8\xAD\xE6\x96\x87",		/* CJK */
		"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D",	/* Hebrew */
		"\xF0\x9F\x98\x80",			/* emoji */
		"\xEF\xBF\xBD",				/* U+FFFD */
	};
	size_t i;

	for (i = 0; i < sizeof w / sizeof *w; i++) {
		uint32_t id = in(w[i]);

		ck_assert_msg(lexicon_stem(lx, id) == id, "\"%s\" was stemmed",
		              w[i]);
	}
}
END_TEST

START_TEST(lexicon_number_stem_drops_group_separators)
{
	uint32_t plain = in("14000");

	ck_assert_uint_eq(lexicon_stem(lx, in("14,000")), plain);
	ck_assert_uint_eq(lexicon_stem(lx, in("14'000")), plain);
	ck_assert_uint_eq(lexicon_stem(lx, plain), plain);
	ck_assert_uint_ne(lexicon_stem(lx, in("14,001")), plain);
	ck_assert(word_is(lexicon_stem(lx, in("2,500,000.5")), "2500000.5"));
}
END_TEST

START_TEST(lexicon_stem_of_invalid_bytes_does_not_crash)
{
	uint32_t id = lexicon_intern(lx, U("ab\xFF" "cd\xFEing"), 8), s;
	size_t len;

	s = lexicon_stem(lx, id);
	ck_assert_uint_ne(s, 0);
	ck_assert_uint_lt(s, lexicon_count(lx));
	lexicon_word(lx, s, &len);
	ck_assert_uint_le(len, 8);
	ck_assert_uint_eq(lexicon_stem(lx, id), s);
}
END_TEST

/* ---- stopwords ------------------------------------------------------ */

START_TEST(lexicon_stopword_comments_and_blank_lines_ignored)
{
	uint32_t n;

	load("# the comment names: and\n\nof\n   \n\t\n#to\n");
	ck_assert(stop("of"));
	ck_assert(!stop("the"));
	ck_assert(!stop("and"));
	ck_assert(!stop("to"));
	ck_assert(!stop("#to"));
	ck_assert(!stop("# the comment names: and"));
	/* Blank lines and comments add no words. */
	n = lexicon_count(lx);
	load("\n\n# nothing here\n   \n~\n");
	ck_assert_uint_eq(lexicon_count(lx), n);
}
END_TEST

START_TEST(lexicon_stopword_list_is_case_folded)
{
	load("THE\nOf\n\xC3\x89T\xC3\x89\nSTRA\xC3\x9F" "E\n");
	ck_assert(stop("the"));
	ck_assert(stop("of"));
	ck_assert(stop("\xC3\xA9t\xC3\xA9"));	/* été */
	ck_assert(stop("strasse"));
	ck_assert(!stop("in"));
}
END_TEST

/* ASCII words fold by lowering A-Z only, however long (a short one on
 * the stack, a long one as any other), punctuation and digits kept. */
START_TEST(lexicon_stopword_folding_of_ascii_keeps_other_bytes)
{
	char list[256], longw[101];

	memset(longw, 'Q', 100);
	longw[100] = '\0';
	snprintf(list, sizeof list, "@HOME-2_Z[\n%s\nab\xC3\x89\n", longw);
	load(list);
	ck_assert(stop("@home-2_z["));
	ck_assert(!stop("@HOME-2_Z["));
	memset(longw, 'q', 100);
	ck_assert(stop(longw));
	ck_assert(stop("ab\xC3\xA9"));
	ck_assert(!stop("ab"));
}
END_TEST

START_TEST(lexicon_stopwords_tolerate_crlf_and_trailing_blanks)
{
	load("the\r\nof  \nto\t\r\n~Friday \r\nand");	/* no final newline */
	ck_assert(stop("the"));
	ck_assert(stop("of"));
	ck_assert(stop("to"));
	ck_assert(stop("and"));
	ck_assert(weak("friday"));
	ck_assert(!stop("the\r"));
	ck_assert(!stop("of  "));
}
END_TEST

START_TEST(lexicon_tilde_marks_weak_words_not_stopwords)
{
	load("~Friday\n~minister\nthe\n");
	ck_assert(weak("friday"));
	ck_assert(!stop("friday"));
	ck_assert(weak("minister"));
	ck_assert(!stop("minister"));
	ck_assert(stop("the"));
	ck_assert(!weak("the"));
	ck_assert(!weak("~friday"));
	ck_assert(!stop("~friday"));
	ck_assert(!weak("kerry"));
}
END_TEST

START_TEST(lexicon_stopword_list_with_bad_bytes_still_loads)
{
	/* A Latin-1 line (café) and a stray U+FFFD among UTF-8 ones. */
	load("caf\xE9\nof\n\xEF\xBF\xBD\nna\xC3\xAFve\nthe");
	ck_assert(stop("of"));
	ck_assert(stop("the"));
	ck_assert(stop("na\xC3\xAFve"));
	ck_assert(!stop("caf"));
}
END_TEST

START_TEST(lexicon_marks_apply_to_earlier_and_later_words)
{
	uint32_t before = in("the"), after;

	load("the\nof\n~week\n");
	after = in("of");
	ck_assert(lexicon_is_stopword(lx, before));
	ck_assert(lexicon_is_stopword(lx, after));
	ck_assert_uint_eq(in("the"), before);
	ck_assert(weak("week"));
}
END_TEST

START_TEST(lexicon_real_stopword_list_loads)
{
	size_t len = 0;
	uint8_t *buf = t_asset_bytes("stopwords-en.txt", &len);

	lexicon_load_stopwords(lx, buf, len);
	free(buf);
	ck_assert(stop("the"));
	ck_assert(stop("us"));
	ck_assert(stop("said"));
	ck_assert(stop("you're"));
	ck_assert(weak("friday"));
	ck_assert(weak("president"));
	ck_assert(!stop("friday"));
	ck_assert(!stop("kerry"));
	ck_assert(!weak("kerry"));
	ck_assert(!stop("earthquake"));
	ck_assert(!stop("#"));
	ck_assert(!stop("~monday"));
	ck_assert(!weak("~monday"));
}
END_TEST

/* ---- related words ------------------------------------------------- */

static const char related_table[] =
	"# a comment\n"
	"=5\n"
	"alpha 1 2\n"
	"beta 2\n"
	"betas 5\n"
	"delta 3 4\n"
	"omega 4";			/* no newline at the end */

/* Whether concepts_of() reads the table through an index of it. */
static bool via_index;

/* The concepts of the stem of w, as a string "1 2". */
static const char *
concepts_of(const char *w, char *buf, size_t size)
{
	uint32_t c[8], stem = lexicon_stem(lx, in(w));
	size_t n, i;
	int k = 0;

	if (via_index) {
		uint32_t *index = lexicon_concept_index(lx);

		n = lexicon_concepts_at(lx, index, stem, c, 8);
		free(index);
	} else {
		n = lexicon_concepts(lx, stem, c, 8);
	}

	buf[0] = '\0';
	for (i = 0; i < n; i++)
		k += snprintf(buf + k, size - (size_t)k, i ? " %u" : "%u",
		              (unsigned)c[i]);
	return buf;
}

START_TEST(lexicon_related_stems_are_found_first_middle_and_last)
{
	char b[64];

	lexicon_load_related(lx, U(related_table), strlen(related_table));
	ck_assert_uint_eq(lexicon_concept_count(lx), 5);
	ck_assert_str_eq(concepts_of("alpha", b, sizeof b), "1 2");
	ck_assert_str_eq(concepts_of("beta", b, sizeof b), "2");
	ck_assert_str_eq(concepts_of("delta", b, sizeof b), "3 4");
	ck_assert_str_eq(concepts_of("omega", b, sizeof b), "4");
}
END_TEST

START_TEST(lexicon_related_absent_stems_and_prefixes_have_none)
{
	char b[64];

	lexicon_load_related(lx, U(related_table), strlen(related_table));
	ck_assert_str_eq(concepts_of("aardvark", b, sizeof b), "");
	ck_assert_str_eq(concepts_of("alph", b, sizeof b), "");
	ck_assert_str_eq(concepts_of("bet", b, sizeof b), "");
	ck_assert_str_eq(concepts_of("gamma", b, sizeof b), "");
	ck_assert_str_eq(concepts_of("zulu", b, sizeof b), "");
}
END_TEST

/* Read once for many words, the table says what a search says. */
START_TEST(lexicon_related_index_finds_what_the_search_finds)
{
	static const char *const words[] = {
		"alpha", "beta", "betas", "delta", "omega",	/* in it */
		"aardvark", "alph", "bet", "gamma", "zulu",	/* not */
	};
	char searched[64], indexed[64];
	size_t i;

	lexicon_load_related(lx, U(related_table), strlen(related_table));
	for (i = 0; i < sizeof words / sizeof *words; i++) {
		via_index = false;
		concepts_of(words[i], searched, sizeof searched);
		via_index = true;
		concepts_of(words[i], indexed, sizeof indexed);
		via_index = false;
		ck_assert_msg(strcmp(searched, indexed) == 0,
		              "%s: searched \"%s\", indexed \"%s\"", words[i],
		              searched, indexed);
	}
	via_index = true;
	ck_assert_str_eq(concepts_of("delta", searched, sizeof searched),
	                 "3 4");
	ck_assert_str_eq(concepts_of("omega", searched, sizeof searched), "4");
	ck_assert_str_eq(concepts_of("bet", searched, sizeof searched), "");
	via_index = false;
}
END_TEST

START_TEST(lexicon_related_without_table_has_nothing)
{
	char b[64];

	ck_assert_uint_eq(lexicon_concept_count(lx), 0);
	ck_assert_str_eq(concepts_of("alpha", b, sizeof b), "");
	lexicon_load_related(lx, U("# only a comment\n"), 17);
	ck_assert_uint_eq(lexicon_concept_count(lx), 0);
	ck_assert_str_eq(concepts_of("alpha", b, sizeof b), "");
}
END_TEST

/* The shipped table links the words two reports use for one thing. */
static int
share_concept(const char *a, const char *b)
{
	uint32_t ca[64], cb[64];
	size_t na = lexicon_concepts(lx, lexicon_stem(lx, in(a)), ca, 64);
	size_t nb = lexicon_concepts(lx, lexicon_stem(lx, in(b)), cb, 64);
	size_t i, j;

	for (i = 0; i < na; i++)
		for (j = 0; j < nb; j++)
			if (ca[i] == cb[j])
				return 1;
	return 0;
}

START_TEST(lexicon_real_related_table_links_paraphrases)
{
	size_t len;
	uint8_t *buf = t_asset_bytes("related-en.txt", &len);

	lexicon_load_related(lx, buf, len);
	ck_assert_uint_gt(lexicon_concept_count(lx), 1000);
	ck_assert(share_concept("indicted", "charged"));
	ck_assert(share_concept("cops", "officers"));
	ck_assert(share_concept("died", "death"));
	ck_assert(share_concept("blaze", "flames"));
	ck_assert(!share_concept("indicted", "flames"));
	ck_assert(!share_concept("cops", "tuna"));
	lexicon_free(lx);	/* before buf: the lexicon refers to it */
	lx = NULL;
	free(buf);
}
END_TEST

/* ---- copies --------------------------------------------------------- */

START_TEST(lexicon_copy_keeps_ids_stems_flags_and_groups)
{
	static const char syn[] = "backed supported\n";
	struct lexicon *cp;
	uint32_t the, said, backs, grp, n;

	load("the\n~said\n");
	lexicon_load_synonyms(lx, U(syn), strlen(syn));
	the = in("the");
	said = in("said");
	backs = lexicon_stem(lx, in("backs"));
	grp = lexicon_group(lx, backs);
	ck_assert_uint_ne(grp, 0);
	n = lexicon_count(lx);

	cp = lexicon_copy(lx);
	ck_assert_uint_eq(lexicon_count(cp), n);
	ck_assert_uint_eq(lexicon_intern(cp, U("the"), 3), the);
	ck_assert_uint_eq(lexicon_intern(cp, U("said"), 4), said);
	ck_assert(lexicon_is_stopword(cp, the));
	ck_assert(lexicon_is_weak(cp, said));
	ck_assert_uint_eq(lexicon_stem(cp, lexicon_intern(cp, U("backs"), 5)),
	                  backs);
	ck_assert_uint_eq(lexicon_group(cp, backs), grp);
	lexicon_free(cp);
}
END_TEST

START_TEST(lexicon_copy_grows_apart_from_its_source)
{
	struct lexicon *cp;
	uint32_t n, a, b;
	char w[16];
	int i;

	in("kerry");
	n = lexicon_count(lx);
	cp = lexicon_copy(lx);
	/* Enough new words to make the copy's tables grow. */
	for (i = 0; i < 5000; i++) {
		snprintf(w, sizeof w, "w%d", i);
		lexicon_intern(cp, U(w), strlen(w));
	}
	ck_assert_uint_eq(lexicon_count(lx), n);
	ck_assert_uint_eq(lexicon_count(cp), n + 5000);
	a = in("lavrov");
	b = lexicon_intern(cp, U("lavrov"), 6);
	ck_assert_uint_eq(a, n);
	ck_assert_uint_eq(b, n + 5000);
	ck_assert(word_is(a, "lavrov"));
	ck_assert_uint_eq(lexicon_intern(cp, U("w4999"), 5), n + 4999);
	lexicon_free(cp);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("lexicon");
	TCase *tc;

	tc = tcase_create("interning");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, lexicon_intern_returns_stable_ids);
	tcase_add_test(tc, lexicon_distinct_words_get_distinct_ids);
	tcase_add_test(tc, lexicon_word_returns_the_bytes);
	tcase_add_test(tc, lexicon_count_grows_by_one_per_new_word);
	tcase_add_test(tc, lexicon_unicode_words_come_back_unchanged);
	tcase_add_test(tc, lexicon_many_words_intern_correctly);
	tcase_add_test(tc, lexicon_huge_word_interns_and_stems_as_itself);
	suite_add_tcase(s, tc);

	tc = tcase_create("stems");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, lexicon_stem_merges_inflections);
	tcase_add_test(tc, lexicon_stem_is_cached);
	tcase_add_test(tc, lexicon_stem_survives_table_growth);
	tcase_add_test(tc, lexicon_stem_of_symbols_and_plain_numbers_is_itself);
	tcase_add_test(tc, lexicon_number_stem_drops_group_separators);
	tcase_add_test(tc, lexicon_stem_of_invalid_bytes_does_not_crash);
	tcase_add_test(tc, lexicon_stem_ignores_accents);
	tcase_add_test(tc, lexicon_stem_ignores_british_spelling);
	suite_add_tcase(s, tc);

	tc = tcase_create("stopwords");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, lexicon_stopword_comments_and_blank_lines_ignored);
	tcase_add_test(tc, lexicon_stopword_list_is_case_folded);
	tcase_add_test(tc, lexicon_stopword_folding_of_ascii_keeps_other_bytes);
	tcase_add_test(tc, lexicon_stopwords_tolerate_crlf_and_trailing_blanks);
	tcase_add_test(tc, lexicon_tilde_marks_weak_words_not_stopwords);
	tcase_add_test(tc, lexicon_stopword_list_with_bad_bytes_still_loads);
	tcase_add_test(tc, lexicon_marks_apply_to_earlier_and_later_words);
	tcase_add_test(tc, lexicon_real_stopword_list_loads);
	suite_add_tcase(s, tc);

	tc = tcase_create("copies");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, lexicon_copy_keeps_ids_stems_flags_and_groups);
	tcase_add_test(tc, lexicon_copy_grows_apart_from_its_source);
	suite_add_tcase(s, tc);

	tc = tcase_create("related words");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, lexicon_related_stems_are_found_first_middle_and_last);
	tcase_add_test(tc, lexicon_related_absent_stems_and_prefixes_have_none);
	tcase_add_test(tc, lexicon_related_index_finds_what_the_search_finds);
	tcase_add_test(tc, lexicon_related_without_table_has_nothing);
	tcase_add_test(tc, lexicon_real_related_table_links_paraphrases);
	suite_add_tcase(s, tc);
	return s;
}
