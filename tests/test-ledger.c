/* test-ledger.c - the ledger: statuses, sources and periods on each side,
 * what only one report has, the order of importance, the summary; on the
 * bundled pair and on invented reports. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "compare.h"
#include "ledger.h"
#include "testutil.h"

/* The text of a row's side. */
static bool
side_is(const struct t_cmp *c, const struct ledger_row *r, enum side s,
        const char *text)
{
	const struct article *a = compare_article(c, s);
	const struct fact_span *sp = &r->side[s].span;
	size_t n = strlen(text);

	return r->side[s].has && sp->end - sp->start == n &&
	       memcmp(a->text + a->para[sp->para].start + sp->start, text,
	              n) == 0;
}

/* The first row whose left (else right) side reads text. */
static const struct ledger_row *
find_row(const struct t_cmp *c, const struct ledger *l, const char *text,
         size_t *at)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (side_is(c, &l->row[i], SIDE_LEFT, text) ||
		    side_is(c, &l->row[i], SIDE_RIGHT, text)) {
			if (at)
				*at = i;
			return &l->row[i];
		}
	ck_abort_msg("no ledger row reads \"%s\"", text);
	return NULL;
}

static void
compare_texts(struct t_cmp *c, const char *l, const char *r)
{
	t_compare(c, t_article(l), t_article(r));
}

START_TEST(ledger_bundled_pair_puts_the_disagreements_first)
{
	struct t_cmp c;
	struct ledger *l;
	const struct ledger_row *r;
	char sum[128];
	size_t i, at;

	t_compare(&c, t_asset("upi-kerry-audio-2016-09-30.txt"),
	          t_asset("nbc-kerry-audio-2016-09-30.txt"));
	l = ledger_new(&c);
	ck_assert_uint_eq(l->figures_differ, 1);
	ck_assert_uint_eq(l->sources_differ, 1);
	ck_assert_uint_eq(l->quotes_vary, 1);
	ck_assert_uint_eq(ledger_count_disagreements(l), 2);
	r = find_row(&c, l, "nearly 350 people", &at);
	ck_assert_uint_lt(at, 2);
	ck_assert_int_eq(r->status, LEDGER_DIFFER);
	ck_assert(r->different_sources);
	ck_assert(side_is(&c, r, SIDE_RIGHT, "Around 400 civilians"));
	ck_assert_str_eq(ledger_row_label(r), "different sources");
	ck_assert(attrib_has_source(&r->side[SIDE_LEFT].at));
	ck_assert(attrib_has_time(&r->side[SIDE_RIGHT].at));
	ck_assert_uint_ne(r->group, LEDGER_NONE);
	for (i = 0; i < 2; i++)
		ck_assert(ledger_row_disagrees(&l->row[i]));
	for (; i < l->n; i++)
		ck_assert(!ledger_row_disagrees(&l->row[i]));
	ledger_summary(l, sum, sizeof sum);
	ck_assert_str_eq(sum, "1 figure differs (1 from different sources), "
	                      "1 quotation varies");
	ledger_free(l);
	t_compare_free(&c);
}
END_TEST

START_TEST(ledger_report_against_itself_has_no_disagreement)
{
	struct t_cmp c;
	struct ledger *l;
	char sum[64];
	size_t i;

	t_compare(&c, t_asset("upi-kerry-audio-2016-09-30.txt"),
	          t_asset("upi-kerry-audio-2016-09-30.txt"));
	l = ledger_new(&c);
	ck_assert_uint_eq(ledger_count_disagreements(l), 0);
	for (i = 0; i < l->n; i++) {
		ck_assert(!ledger_row_disagrees(&l->row[i]));
		ck_assert(!l->row[i].different_sources);
	}
	ledger_summary(l, sum, sizeof sum);
	ck_assert_str_eq(sum, "no disagreements");
	ledger_free(l);
	t_compare_free(&c);
}
END_TEST

static const char flood_left[] =
	"Floods kill dozens in the north\n\n"
	"Forty people were killed when floods swept through villages in the "
	"north of the country, police said on Monday.\n\n"
	"The army sent 300 soldiers to help with the rescue, the defence "
	"ministry said.\n\n"
	"Governor Ana Ruiz said the river had burst its banks after a week of "
	"heavy rain across the northern hills.\n";

static const char flood_right[] =
	"Dozens dead as floods hit northern villages\n\n"
	"Police said on Monday that 52 people were killed when floods swept "
	"through villages in the north of the country.\n\n"
	"Rescue workers pulled 12 fishermen from the water near the coast, "
	"the Red Cross said.\n\n"
	"The river burst its banks after a week of heavy rain across the "
	"northern hills, Governor Ruiz said.\n";

START_TEST(ledger_same_source_different_figure_is_a_plain_difference)
{
	struct t_cmp c;
	struct ledger *l;
	const struct ledger_row *r;
	size_t at;

	compare_texts(&c, flood_left, flood_right);
	l = ledger_new(&c);
	r = find_row(&c, l, "Forty people", &at);
	ck_assert_uint_eq(at, 0);
	ck_assert_int_eq(r->status, LEDGER_DIFFER);
	ck_assert(side_is(&c, r, SIDE_RIGHT, "52 people"));
	ck_assert(!r->different_sources);
	ck_assert_str_eq(ledger_row_label(r), "figures differ");
	ck_assert_uint_eq(r->side[SIDE_LEFT].at.key,
	                  r->side[SIDE_RIGHT].at.key);
	ledger_free(l);
	t_compare_free(&c);
}
END_TEST

START_TEST(ledger_lists_what_one_report_has_after_the_shared)
{
	struct t_cmp c;
	struct ledger *l;
	const struct ledger_row *soldiers, *fishermen;
	size_t a, b, i;
	bool cross = false;

	compare_texts(&c, flood_left, flood_right);
	l = ledger_new(&c);
	soldiers = find_row(&c, l, "300 soldiers", &a);
	fishermen = find_row(&c, l, "12 fishermen", &b);
	ck_assert_int_eq(soldiers->status, LEDGER_ONLY);
	ck_assert(soldiers->side[SIDE_LEFT].has &&
	          !soldiers->side[SIDE_RIGHT].has);
	ck_assert_str_eq(ledger_row_label(soldiers), "left only");
	ck_assert_int_eq(fishermen->status, LEDGER_ONLY);
	ck_assert_str_eq(ledger_row_label(fishermen), "right only");
	ck_assert_uint_lt(a, b);	/* the left report's first */
	/* "the Red Cross said": the source of a figure only one gives. */
	ck_assert(attrib_has_source(&fishermen->side[SIDE_RIGHT].at));
	/* Names: the Red Cross is the right report's alone, Ruiz both's. */
	for (i = 0; i < l->n; i++) {
		const struct ledger_row *r = &l->row[i];

		if (r->kind != LEDGER_NAME)
			continue;
		ck_assert_int_eq(r->status, LEDGER_ONLY);
		ck_assert(!side_is(&c, r, SIDE_LEFT, "Ana Ruiz"));
		ck_assert(!side_is(&c, r, SIDE_RIGHT, "Governor Ruiz"));
		cross |= side_is(&c, r, SIDE_RIGHT, "Red Cross");
		ck_assert_uint_gt(i, b);	/* names come last */
	}
	ck_assert(cross);
	ledger_free(l);
	t_compare_free(&c);
}
END_TEST

/* Whether a row of the ledger lists a name only one report gives on
 * side s reading text. */
static bool
lists_name(const struct t_cmp *c, const struct ledger *l, enum side s,
           const char *text)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->row[i].kind == LEDGER_NAME &&
		    side_is(c, &l->row[i], s, text))
			return true;
	return false;
}

/* Where and by whom a report was filed is no name of its story: the
 * place and the credit of a dateline are not listed, the same words
 * later in the story are; nor is the zone of a time. */
START_TEST(ledger_dateline_names_are_not_the_storys)
{
	struct t_cmp c;
	struct ledger *l;

	compare_texts(&c,
	    "Floods kill 20 in northeast India\n\n"
	    "GAUHATI, India (AP) -- Floodwaters swept through villages on "
	    "Monday (0300 GMT), killing 20 people, officials said.\n\n"
	    "The river rose fast, said Ramesh Baruah, a disaster official.\n",
	    "Assam floods leave 23 dead\n\n"
	    "NEW DELHI (Reuters) - Floods in Assam killed 23 people on "
	    "Monday, officials said, as the river rose fast.\n\n"
	    "Villages near Dibrugarh were under water, Reuters reporters "
	    "saw.\n");
	l = ledger_new(&c);
	ck_assert(lists_name(&c, l, SIDE_LEFT, "Ramesh Baruah"));
	ck_assert(lists_name(&c, l, SIDE_RIGHT, "Dibrugarh"));
	ck_assert(!lists_name(&c, l, SIDE_LEFT, "GAUHATI"));
	ck_assert(!lists_name(&c, l, SIDE_LEFT, "AP"));
	ck_assert(!lists_name(&c, l, SIDE_RIGHT, "NEW DELHI"));
	/* Nor is a time's zone. */
	ck_assert(!lists_name(&c, l, SIDE_LEFT, "GMT"));
	/* Reuters in the story is a name of it. */
	ck_assert(lists_name(&c, l, SIDE_RIGHT, "Reuters"));
	ledger_free(l);
	t_compare_free(&c);
}
END_TEST

/* A name is one report's only when the other never capitalizes it: not
 * in its headline, nor where it opens a sentence. */
START_TEST(ledger_names_the_other_opens_a_sentence_with_are_shared)
{
	struct t_cmp c;
	struct ledger *l;

	compare_texts(&c,
	    "Central bank raises rates to 9.5%\n\n"
	    "The central bank of Tarvan raised its main rate to 9.5 per cent "
	    "on Thursday, Governor Elsa Marund said in Kesh.\n",
	    "Tarvan hikes key rate again\n\n"
	    "KESH, March 3 (Newswire) -- Tarvan's central bank raised its "
	    "benchmark rate to 9.25% on Thursday, said Pilar Ostrem, an "
	    "economist.\n");
	l = ledger_new(&c);
	ck_assert(!lists_name(&c, l, SIDE_LEFT, "Tarvan"));
	ck_assert(lists_name(&c, l, SIDE_LEFT, "Governor Elsa Marund"));
	ck_assert(lists_name(&c, l, SIDE_RIGHT, "Pilar Ostrem"));
	ledger_free(l);
	t_compare_free(&c);
}
END_TEST

/* "Of" joins name words, but not a title after it: a party and its
 * president are two names. */
START_TEST(ledger_of_before_a_title_ends_a_name)
{
	struct t_cmp c;
	struct ledger *l;

	compare_texts(&c,
	    "Vote count\n\n"
	    "The Unity Party of President Tomas Ferran came second, said Ana "
	    "Ruiz.\n",
	    "Vote\n\n"
	    "Ana Ruiz said the Secretary of State would visit.\n");
	l = ledger_new(&c);
	ck_assert(lists_name(&c, l, SIDE_LEFT, "Unity Party"));
	ck_assert(lists_name(&c, l, SIDE_LEFT, "President Tomas Ferran"));
	ck_assert(lists_name(&c, l, SIDE_RIGHT, "Secretary of State"));
	ledger_free(l);
	t_compare_free(&c);
}
END_TEST

START_TEST(ledger_different_periods_are_different_sources)
{
	struct t_cmp c;
	struct ledger *l;
	const struct ledger_row *r;

	compare_texts(&c,
	              "Storm toll\n\nThe storm has killed 40 people this week, "
	              "police said on the coast.\n",
	              "Storm deaths\n\nThe storm has killed 65 people since "
	              "January, police said on the coast.\n");
	l = ledger_new(&c);
	r = find_row(&c, l, "40 people", NULL);
	ck_assert_int_eq(r->status, LEDGER_DIFFER);
	ck_assert(r->different_sources);
	ck_assert_uint_eq(l->sources_differ, 1);
	ledger_free(l);
	t_compare_free(&c);
}
END_TEST

START_TEST(ledger_intervals_that_meet_are_compatible)
{
	struct t_cmp c;
	struct ledger *l;
	const struct ledger_row *r;
	char sum[8];

	compare_texts(&c,
	              "Mine blast\n\nAt least 12 miners died in the blast at "
	              "the coal mine, officials said.\n",
	              "Mine blast kills miners\n\nFourteen miners died in the "
	              "blast at the coal mine, officials said.\n");
	l = ledger_new(&c);
	r = find_row(&c, l, "At least 12 miners", NULL);
	ck_assert_int_eq(r->status, LEDGER_COMPATIBLE);
	ck_assert(!ledger_row_disagrees(r));
	ck_assert_uint_eq(ledger_count_disagreements(l), 0);
	/* A short buffer: cut, and the length the whole needs. */
	ck_assert_uint_eq(ledger_summary(l, sum, sizeof sum),
	                  strlen("no disagreements"));
	ck_assert_uint_lt(strlen(sum), sizeof sum);
	ledger_free(l);
	t_compare_free(&c);
}
END_TEST

START_TEST(ledger_nothing_aligned_still_lists_each_side)
{
	struct t_cmp c;
	struct ledger *l;
	size_t i, left = 0, right = 0;

	compare_texts(&c, "Alpha\n\nThe port handled 300 ships in Lagos.\n",
	              "Omega\n\nA choir of 40 singers toured Oslo.\n");
	l = ledger_new(&c);
	for (i = 0; i < l->n; i++) {
		left += l->row[i].side[SIDE_LEFT].has;
		right += l->row[i].side[SIDE_RIGHT].has;
		ck_assert_int_eq(l->row[i].status, LEDGER_ONLY);
	}
	ck_assert_uint_ge(left, 1);
	ck_assert_uint_ge(right, 1);
	ledger_free(l);
	t_compare_free(&c);
	ledger_free(NULL);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("ledger");
	TCase *tc = tcase_create("bundled pair");

	tcase_add_test(tc, ledger_bundled_pair_puts_the_disagreements_first);
	tcase_add_test(tc, ledger_report_against_itself_has_no_disagreement);
	suite_add_tcase(s, tc);
	tc = tcase_create("invented reports");
	tcase_add_test(
		tc, ledger_same_source_different_figure_is_a_plain_difference);
	tcase_add_test(tc, ledger_lists_what_one_report_has_after_the_shared);
	tcase_add_test(tc, ledger_dateline_names_are_not_the_storys);
	tcase_add_test(tc, ledger_names_the_other_opens_a_sentence_with_are_shared);
	tcase_add_test(tc, ledger_of_before_a_title_ends_a_name);
	tcase_add_test(tc, ledger_different_periods_are_different_sources);
	tcase_add_test(tc, ledger_intervals_that_meet_are_compatible);
	tcase_add_test(tc, ledger_nothing_aligned_still_lists_each_side);
	suite_add_tcase(s, tc);
	return s;
}
