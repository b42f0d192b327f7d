/* test-worddiff.c - the word-level edit script: what changed between two
 * wordings, shown as wdiff shows it, and the script's invariants on
 * sequences no one wrote by hand. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "worddiff.h"

#define MAX_WORDS 64

/* Words of a sentence as ids: the same word, the same id. */
struct words {
	const char *dict[2 * MAX_WORDS];
	size_t ndict;
};

static size_t
split(struct words *w, const char *s, uint32_t *ids, const char **text)
{
	static char buf[2][1024];
	static int which;
	char *p = buf[which ^= 1], *tok;
	size_t n = 0;

	strcpy(p, s);
	for (tok = strtok(p, " "); tok; tok = strtok(NULL, " ")) {
		size_t i;

		for (i = 0; i < w->ndict && strcmp(w->dict[i], tok) != 0; i++)
			;
		if (i == w->ndict)
			w->dict[w->ndict++] = tok;
		text[n] = tok;
		ids[n++] = (uint32_t)i + 1;
	}
	return n;
}

static void
words_out(char *out, const char **text, size_t from, size_t n)
{
	for (size_t i = from; i < from + n; i++) {
		if (i > from)
			strcat(out, " ");
		strcat(out, text[i]);
	}
}

/* The script of a -> b as wdiff writes it: "to [-Paris-]{+Rome+}". */
static char *
shown(const char *a, const char *b)
{
	static char out[4096];
	struct words w = { 0 };
	uint32_t ia[MAX_WORDS], ib[MAX_WORDS];
	const char *ta[MAX_WORDS], *tb[MAX_WORDS];
	size_t na = split(&w, a, ia, ta), nb = split(&w, b, ib, tb);
	struct worddiff wd = { 0 };

	worddiff_run(ia, na, ib, nb, &wd);
	out[0] = '\0';
	for (size_t i = 0; i < wd.n; i++) {
		const struct worddiff_edit *e = &wd.v[i];

		if (i > 0)
			strcat(out, " ");
		if (e->op == WORDDIFF_EQUAL) {
			words_out(out, ta, e->left, e->nleft);
			continue;
		}
		if (e->nleft) {
			strcat(out, "[-");
			words_out(out, ta, e->left, e->nleft);
			strcat(out, "-]");
		}
		if (e->nright) {
			strcat(out, "{+");
			words_out(out, tb, e->right, e->nright);
			strcat(out, "+}");
		}
	}
	worddiff_fini(&wd);
	return out;
}

START_TEST(worddiff_same_text_is_one_equal_run)
{
	uint32_t a[] = { 1, 2, 3, 4 };
	struct worddiff wd = { 0 };

	worddiff_run(a, 4, a, 4, &wd);
	ck_assert_uint_eq(wd.n, 1);
	ck_assert_int_eq(wd.v[0].op, WORDDIFF_EQUAL);
	ck_assert_uint_eq(wd.v[0].nleft, 4);
	ck_assert(worddiff_likeness(&wd, 4, 4) == 1.0);
	worddiff_fini(&wd);
}
END_TEST

START_TEST(worddiff_changed_toll_is_one_replacement)
{
	ck_assert_str_eq(shown("Storm kills 12 in northern towns",
	                       "Storm kills 17 in northern towns"),
	                 "Storm kills [-12-]{+17+} in northern towns");
}
END_TEST

START_TEST(worddiff_edits_read_as_phrases)
{
	ck_assert_str_eq(
	    shown("The minister would travel to the border on Wednesday",
	          "The minister had travelled to the border on Tuesday afternoon"),
	    "The minister [-would travel-]{+had travelled+} to the border on "
	    "[-Wednesday-]{+Tuesday afternoon+}");
	/* One shared word between two edits is not worth showing apart. */
	ck_assert_str_eq(shown("said the man who came late .",
	                       "said a woman who left early ."),
	                 "said [-the man who came late-]"
	                 "{+a woman who left early+} .");
}
END_TEST

START_TEST(worddiff_insertion_and_deletion)
{
	ck_assert_str_eq(shown("police said on Monday", "police said late on Monday"),
	                 "police said {+late+} on Monday");
	ck_assert_str_eq(shown("police said late on Monday", "police said on Monday"),
	                 "police said [-late-] on Monday");
}
END_TEST

START_TEST(worddiff_empty_sides)
{
	struct worddiff wd = { 0 };
	uint32_t a[] = { 5, 6 };

	ck_assert_str_eq(shown("", "two words"), "{+two words+}");
	ck_assert_str_eq(shown("two words", ""), "[-two words-]");
	worddiff_run(a, 0, a, 0, &wd);
	ck_assert_uint_eq(wd.n, 0);
	ck_assert(worddiff_likeness(&wd, 0, 0) == 0.0);
	worddiff_fini(&wd);
}
END_TEST

START_TEST(worddiff_moved_sentence_is_a_deletion_and_an_insertion)
{
	ck_assert_str_eq(
	    shown("Rain fell . Roads closed . Schools shut .",
	          "Roads closed . Schools shut . Rain fell ."),
	    "[-Rain fell .-] Roads closed . Schools shut . {+Rain fell .+}");
}
END_TEST

/* Every word of each side is in one run, in order, and equal runs hold
 * equal words: on pseudo-random sequences over a small vocabulary, where
 * words repeat and anchors are rare. */
static void
check_script(const uint32_t *a, size_t na, const uint32_t *b, size_t nb,
             const struct worddiff *wd)
{
	size_t l = 0, r = 0;

	for (size_t i = 0; i < wd->n; i++) {
		const struct worddiff_edit *e = &wd->v[i];

		ck_assert_uint_eq(e->left, l);
		ck_assert_uint_eq(e->right, r);
		ck_assert(e->nleft + e->nright > 0);
		switch (e->op) {
		case WORDDIFF_EQUAL:
			ck_assert_uint_eq(e->nleft, e->nright);
			for (size_t k = 0; k < e->nleft; k++)
				ck_assert_uint_eq(a[l + k], b[r + k]);
			break;
		case WORDDIFF_DELETE:
			ck_assert_uint_eq(e->nright, 0);
			break;
		case WORDDIFF_INSERT:
			ck_assert_uint_eq(e->nleft, 0);
			break;
		case WORDDIFF_REPLACE:
			ck_assert(e->nleft > 0 && e->nright > 0);
			break;
		}
		if (i > 0)
			ck_assert(e->op == WORDDIFF_EQUAL ||
			          wd->v[i - 1].op == WORDDIFF_EQUAL);
		l += e->nleft;
		r += e->nright;
	}
	ck_assert_uint_eq(l, na);
	ck_assert_uint_eq(r, nb);
}

START_TEST(worddiff_script_covers_both_sides_in_order)
{
	uint32_t a[300], b[300];
	unsigned seed = 12345;
	struct worddiff wd = { 0 };

	for (int round = 0; round < 200; round++) {
		size_t na = (size_t)(round * 7 % 300), nb;
		unsigned vocab = 2 + (unsigned)round % 40;

		for (size_t i = 0; i < na; i++) {
			seed = seed * 1103515245u + 12345u;
			a[i] = 1 + (seed >> 16) % vocab;
		}
		/* b: a with some words changed, dropped and added. */
		nb = 0;
		for (size_t i = 0; i < na && nb < 300; i++) {
			seed = seed * 1103515245u + 12345u;
			switch ((seed >> 16) % 8) {
			case 0:
				break;
			case 1:
				b[nb++] = 1 + (seed >> 8) % vocab;
				break;
			case 2:
				b[nb++] = a[i];
				if (nb < 300)
					b[nb++] = 1 + (seed >> 4) % vocab;
				break;
			default:
				b[nb++] = a[i];
			}
		}
		worddiff_run(a, na, b, nb, &wd);
		check_script(a, na, b, nb, &wd);
	}
	worddiff_fini(&wd);
}
END_TEST

/* Long similar passages: a few edits among many words come out as those
 * few edits; two passages with nothing in common as one replacement. */
START_TEST(worddiff_long_passages_stay_exact_or_coarsen)
{
	size_t n = 200000, changed = 0;
	uint32_t *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
	struct worddiff wd = { 0 };

	for (size_t i = 0; i < n; i++)
		a[i] = b[i] = (uint32_t)(i % 5000) + 1;	/* repeats */
	b[1000] = 999999;
	b[150000] = 999998;
	worddiff_run(a, n, b, n, &wd);
	check_script(a, n, b, n, &wd);
	for (size_t i = 0; i < wd.n; i++)
		if (wd.v[i].op != WORDDIFF_EQUAL)
			changed += wd.v[i].nleft;
	ck_assert_uint_eq(changed, 2);

	for (size_t i = 0; i < n; i++)
		b[i] = (uint32_t)i + 10000000;
	worddiff_run(a, n, b, n, &wd);
	check_script(a, n, b, n, &wd);
	ck_assert_uint_eq(wd.n, 1);
	ck_assert_int_eq(wd.v[0].op, WORDDIFF_REPLACE);
	worddiff_fini(&wd);
	free(a);
	free(b);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("worddiff");
	TCase *tc;

	tc = tcase_create("what changed");
	tcase_add_test(tc, worddiff_same_text_is_one_equal_run);
	tcase_add_test(tc, worddiff_changed_toll_is_one_replacement);
	tcase_add_test(tc, worddiff_edits_read_as_phrases);
	tcase_add_test(tc, worddiff_insertion_and_deletion);
	tcase_add_test(tc, worddiff_empty_sides);
	tcase_add_test(tc, worddiff_moved_sentence_is_a_deletion_and_an_insertion);
	suite_add_tcase(s, tc);

	tc = tcase_create("invariants");
	tcase_add_test(tc, worddiff_script_covers_both_sides_in_order);
	tcase_add_test(tc, worddiff_long_passages_stay_exact_or_coarsen);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return s;
}
