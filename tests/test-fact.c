/* test-fact.c - facts inside aligned passages: figures paired by what
 * they count, quotations, names, phrases; the bundled pair; and figures
 * on reports by other outlets. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "export.h"
#include "fact.h"
#include "figure.h"
#include "lexicon.h"
#include "name.h"
#include "quantity.h"
#include "quote.h"
#include "token.h"
#include "testutil.h"

#define LEFT_ASSET "upi-kerry-audio-2016-09-30.txt"
#define RIGHT_ASSET "nbc-kerry-audio-2016-09-30.txt"

static const char *
span_text(const struct article *a, const struct fact_span *sp, char *buf,
          size_t size)
{
	size_t n = sp->end - sp->start;

	if (n >= size)
		n = size - 1;
	memcpy(buf, a->text + a->para[sp->para].start + sp->start, n);
	buf[n] = '\0';
	return buf;
}

/* The fact of type whose left text starts with l and right text with r
 * (either may be NULL: any). */
static const struct fact *
fact_find(const struct t_cmp *c, enum fact_type type, const char *l,
          const char *r)
{
	char bl[512], br[512];

	for (size_t i = 0; i < c->facts->nfact; i++) {
		const struct fact *f = &c->facts->fact[i];

		if (f->type != type)
			continue;
		span_text(c->left, &f->left, bl, sizeof bl);
		span_text(c->right, &f->right, br, sizeof br);
		if ((l == NULL || strncmp(bl, l, strlen(l)) == 0) &&
		    (r == NULL || strncmp(br, r, strlen(r)) == 0))
			return f;
	}
	return NULL;
}

static size_t
count_facts(const struct t_cmp *c, enum fact_type type,
            enum fact_status status)
{
	size_t i, n = 0;

	for (i = 0; i < c->facts->nfact; i++)
		n += c->facts->fact[i].type == type &&
		     c->facts->fact[i].status == status;
	return n;
}

static void
pair(struct t_cmp *c, const char *left, const char *right)
{
	t_compare(c, t_article(left), t_article(right));
	ck_assert_msg(c->al->ngroup >= 1, "the two texts did not pair");
}

/* ---- the bundled pair ---------------------------------------------- */

/* The figures the anchors judged, taken up by the facts: the same facts
 * as when they are judged again. */
START_TEST(fact_figures_kept_from_the_anchors_give_the_same_facts)
{
	struct t_cmp c;
	struct quantity_words *qw;
	struct fact_figure_run *run;
	struct fact_anchor *v;
	struct facts *kept, *again;
	size_t i, figs = 0;

	t_compare(&c, t_asset(LEFT_ASSET), t_asset(RIGHT_ASSET));
	qw = quantity_words_new(c.lx);
	/* The program added its anchors already: none is left to add. */
	ck_assert_uint_eq(fact_figure_anchors(c.al, c.lx, qw, &v, &run), 0);
	free(v);
	ck_assert_ptr_nonnull(run);
	kept = fact_extract(c.al, c.lx, qw, run);
	again = fact_extract(c.al, c.lx, qw, NULL);
	ck_assert_uint_eq(kept->nfact, again->nfact);
	for (i = 0; i < kept->nfact; i++) {
		const struct fact *a = &kept->fact[i], *b = &again->fact[i];

		ck_assert_int_eq(a->type, b->type);
		ck_assert_int_eq(a->status, b->status);
		ck_assert(memcmp(&a->left, &b->left, sizeof a->left) == 0);
		ck_assert(memcmp(&a->right, &b->right, sizeof a->right) == 0);
		ck_assert_uint_eq(a->fig_left, b->fig_left);
		ck_assert_uint_eq(a->fig_right, b->fig_right);
		ck_assert_int_eq(a->compatible, b->compatible);
		ck_assert_int_eq(a->cross, b->cross);
		figs += a->type == FACT_FIGURE;
	}
	ck_assert_uint_gt(figs, 3);
	fact_free(kept);
	fact_free(again);
	quantity_words_free(qw);
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_bundled_350_people_and_400_civilians_differ)
{
	struct t_cmp c;
	const struct fact *f;

	t_compare(&c, t_asset(LEFT_ASSET), t_asset(RIGHT_ASSET));
	f = fact_find(&c, FACT_FIGURE, "nearly 350 people", "Around 400 civilians");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	f = fact_find(&c, FACT_FIGURE, "about 100 children", "100 of them children");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	f = fact_find(&c, FACT_FIGURE, "40-minute", "40-minute");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	/* Nothing else differs: not the five-year war against eight days,
	 * not a date against a count. */
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 1);
	t_compare_free(&c);
	/* A noun of its own is context enough: the same tents, in other
	 * words. */
	pair(&c, "The mayor said the city had opened shelters in schools and "
	         "would distribute 5,000 tents to families.",
	     "The city had opened shelters in schools and was handing out "
	     "2,000 tents to residents, the mayor said.");
	ck_assert_ptr_nonnull(fact_find(&c, FACT_FIGURE, "5,000 tents",
	                                "2,000 tents"));
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 1);
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_bundled_quotes_match_and_vary)
{
	struct t_cmp c;
	const struct fact *f;
	char bl[128], br[128];

	t_compare(&c, t_asset(LEFT_ASSET), t_asset(RIGHT_ASSET));
	/* Straight quotes on one side, curly on the other. */
	f = fact_find(&c, FACT_QUOTE, "The problem is the Russians don't care "
	              "about international law, and we do",
	              "The problem is the Russians don\xE2\x80\x99t care");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	f = fact_find(&c, FACT_QUOTE, "I think you're looking at three, four",
	              "I think you\xE2\x80\x99re looking at three people, four");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_VARY);
	/* The words that differ: "people" added after "three". */
	ck_assert_uint_eq(f->ndiff, 1);
	ck_assert_str_eq(span_text(c.left, &c.facts->diff[f->diff].left, bl,
	                           sizeof bl), "");
	ck_assert_str_eq(span_text(c.right, &c.facts->diff[f->diff].right, br,
	                           sizeof br), "people");
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_bundled_names_short_and_long)
{
	struct t_cmp c;

	t_compare(&c, t_asset(LEFT_ASSET), t_asset(RIGHT_ASSET));
	ck_assert_ptr_nonnull(fact_find(&c, FACT_NAME, "Kerry", "Kerry"));
	ck_assert_ptr_nonnull(fact_find(&c, FACT_NAME, "Aleppo", "Aleppo"));
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_spans_are_within_their_paragraphs)
{
	struct t_cmp c;

	t_compare(&c, t_asset(LEFT_ASSET), t_asset(RIGHT_ASSET));
	ck_assert_uint_gt(c.facts->nfact, 10);
	for (size_t i = 0; i < c.facts->nfact; i++) {
		const struct fact *f = &c.facts->fact[i];

		ck_assert_uint_lt(f->left.para, c.left->npara);
		ck_assert_uint_lt(f->right.para, c.right->npara);
		ck_assert_uint_le(f->left.start, f->left.end);
		ck_assert_uint_le(f->left.end, c.left->para[f->left.para].len);
		ck_assert_uint_le(f->right.end, c.right->para[f->right.para].len);
		ck_assert(f->left.end > f->left.start);
		ck_assert(f->right.end > f->right.start);
		/* Both sides belong to one aligned group: in this pair no
		 * figure is paired with one of another passage. */
		ck_assert(!f->cross);
		ck_assert_uint_eq(c.al->left_group[f->left.para],
		                  c.al->right_group[f->right.para]);
	}
	t_compare_free(&c);
}
END_TEST

/* ---- figures -------------------------------------------------------- */

START_TEST(fact_figure_without_counterpart_is_no_fact)
{
	struct t_cmp c;

	pair(&c, "The convoy of 31 trucks was hit by airstrikes near Aleppo "
	         "on the road into the city.",
	     "Airstrikes hit the aid convoy on the road into Aleppo, the city "
	     "that rebels hold.");
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_MATCH), 0);
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_figures_of_different_things_are_not_compared)
{
	struct t_cmp c;

	pair(&c, "The five-year civil war has killed many in Aleppo, where "
	         "government forces press on.",
	     "In the last eight days government forces have pressed on in "
	     "Aleppo, where the war has killed many.");
	/* Both figures are found, and they are not compared. */
	ck_assert_uint_eq(c.left->nfig, 1);
	ck_assert_uint_eq(c.right->nfig, 1);
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_MATCH), 0);
	t_compare_free(&c);
}
END_TEST

/* The size of one thing is compared with a figure said of that thing
 * by a word next to it: "a 10-year sentence" and "sentenced to eight
 * years"; not with an amount of something else ("a 146,000-ton tanker"
 * and the 10,000 tons it spilled). */
START_TEST(fact_size_of_a_thing_compares_with_the_thing_told_otherwise)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "Lindqvar was convicted of money laundering and given a "
	         "10-year sentence on Tuesday.",
	     "Lindqvar was sentenced to eight years in prison for money "
	     "laundering on Tuesday.");
	f = fact_find(&c, FACT_FIGURE, "10-year sentence", "eight years");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);

	pair(&c, "The 146,000-ton tanker was anchored off the coast when a "
	         "barge struck it.",
	     "The tanker spilled 10,000 tons of crude off the coast when a "
	     "barge struck it.");
	ck_assert_uint_eq(c.left->nfig, 1);
	ck_assert_uint_eq(c.right->nfig, 1);
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_same_sum_written_two_ways_matches)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "Corvana forecast fourth-quarter revenue of $3.4 billion, "
	         "above analysts' expectations.",
	     "Corvana forecast fourth-quarter revenue of 3.4bn dollars, above "
	     "what analysts expected.");
	f = fact_find(&c, FACT_FIGURE, "$3.4 billion", "3.4bn dollars");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_different_counts_of_one_noun_need_a_shared_context)
{
	struct t_cmp c;
	const struct fact *f;

	/* Carried and rescued are two quantities, not a disagreement. */
	pair(&c, "The ferry Santa Rosa was carrying 212 people when it sank "
	         "off Romblon island on Sunday.",
	     "Rescuers pulled 176 people from the sea after the ferry Santa "
	     "Rosa sank off Romblon island.");
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);
	/* Killed and killed: the same quantity, told two ways; "at least
	 * 31" does not contradict 40, it is compatible with it. */
	pair(&c, "At least 31 people were killed when the ferry sank off "
	         "Romblon island, the coast guard said.",
	     "The coast guard said 40 people were killed when the ferry sank "
	     "off Romblon island.");
	f = fact_find(&c, FACT_FIGURE, "At least 31 people", "40 people");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	ck_assert(f->compatible);
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);
	/* Killed and the death toll: one count of the dead, and these two
	 * values do not meet. */
	pair(&c, "The ferry sank off Romblon island on Sunday, killing 31 "
	         "people, the coast guard said.",
	     "The death toll rose to 40 after the ferry sank off Romblon "
	     "island on Sunday, the coast guard said.");
	f = fact_find(&c, FACT_FIGURE, "31 people", "40");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	ck_assert(!f->compatible);
	t_compare_free(&c);
}
END_TEST

/* Two floors of one toll: near ones are compatible, far ones are two
 * reports giving another count. */
START_TEST(fact_two_floors_of_one_toll_differ_when_far_apart)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "Seven bombs tore through markets in the old city on "
	         "Tuesday, killing at least 80 people, police said.",
	     "Seven bombs ripped through the old city on Tuesday, killing at "
	     "least 60 people, police said.");
	f = fact_find(&c, FACT_FIGURE, "at least 80", "at least 60");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
	pair(&c, "Seven bombs tore through markets in the old city on "
	         "Tuesday, killing at least 62 people, police said.",
	     "Seven bombs ripped through the old city on Tuesday, killing at "
	     "least 71 people, police said.");
	f = fact_find(&c, FACT_FIGURE, "at least 62", "at least 71");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	ck_assert(f->compatible);
	t_compare_free(&c);
}
END_TEST

/* A year after another quantity is that one's: the turnout now and the
 * turnout in 2019 are two, and the two reports' turnouts now differ. */
START_TEST(fact_year_of_the_figure_before_is_not_this_ones)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "Turnout was 68 percent, up from 59 percent in 2019, the "
	         "electoral commission said.",
	     "Turnout was 67%, the electoral commission said, compared with "
	     "59% at the previous election.");
	f = fact_find(&c, FACT_FIGURE, "68 percent", "67%");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	f = fact_find(&c, FACT_FIGURE, "59 percent", "59%");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	t_compare_free(&c);
}
END_TEST

/* Two shares of one whole differ: the vote won, told two ways. */
START_TEST(fact_shares_of_one_whole_differ)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "The opposition alliance won the election with 44.6 percent "
	         "of the vote, the electoral commission said.",
	     "The opposition alliance took 45.1% of the vote in the election, "
	     "the electoral commission said.");
	f = fact_find(&c, FACT_FIGURE, "44.6 percent", "45.1%");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
}
END_TEST

/* Each report's toll, the count of the dead it repeats, is one quantity
 * wherever it sits: the minister's "80 people have died" and another
 * officer's "60 people were killed" differ though their sentences share
 * almost no word; a toll of another incident does not. */
START_TEST(fact_two_reports_tolls_differ_wherever_they_sit)
{
	struct t_cmp c;
	const struct fact *f;

	t_compare(&c, t_article(
	    "Bombs kill 80 in old city markets\n\n"
	    "Seven bombs tore through markets in the old city on Tuesday, "
	    "killing at least 80 people, police said.\n\n"
	    "\"We have information that 80 people have died,\" the state home "
	    "minister told reporters.\n\n"
	    "In October last year, an explosion killed six people in a cinema "
	    "hall in another state.\n"),
	    t_article(
	    "Police say 60 dead as bombs rip through city\n\n"
	    "Seven bombs ripped through the old city on Tuesday, leaving at "
	    "least 60 people dead, police said.\n\n"
	    "Another senior police officer, speaking at the scene, said 60 "
	    "people were killed in the bombings.\n"));
	f = fact_find(&c, FACT_FIGURE, "80 people", "60 people");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(f->left.para, 2);	/* the minister's words */
	ck_assert_uint_eq(f->right.para, 2);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	ck_assert_ptr_null(fact_find(&c, FACT_FIGURE, "six people", NULL));
	t_compare_free(&c);
}
END_TEST

/* Those driven from their homes are counted against each other as the
 * dead are, "others" after the dead included; a number is set against a
 * number before a vague "millions". */
START_TEST(fact_number_of_displaced_differs_before_a_vague_one)
{
	struct t_cmp c;
	const struct fact *f;

	t_compare(&c, t_article(
	    "River floods kill 27 in the delta\n\n"
	    "Floods in the delta have killed at least 27 people and left 2.5 "
	    "million others displaced or marooned in their villages, "
	    "officials said on Monday.\n\n"
	    "Relief workers handed out rice and clean water in the worst-hit "
	    "district.\n"),
	    t_article(
	    "Delta floods kill 30, millions displaced\n\n"
	    "Floods have killed about 30 people in the delta and displaced or "
	    "marooned millions, relief officials said on Monday.\n\n"
	    "At least 3 million people have either been marooned or "
	    "displaced in the worst-hit southern district, the ministry "
	    "said.\n"));
	f = fact_find(&c, FACT_FIGURE, "2.5 million", NULL);
	ck_assert_ptr_nonnull(f);
	ck_assert_msg(strncmp((const char *)c.right->text +
	                      c.right->para[f->right.para].start +
	                      f->right.start, "At least 3 million", 18) == 0,
	              "2.5 million paired with another figure");
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
}
END_TEST

/* Goods called back are counted as people are: "recall the 64
 * products" and "recalling 61 kinds of heaters" are one quantity told
 * two ways, wherever they sit. */
START_TEST(fact_counts_of_goods_recalled_differ)
{
	struct t_cmp c;
	const struct fact *f;

	t_compare(&c, t_article(
	    "Heater maker calls back space heaters over fire risk\n\n"
	    "A heater maker is calling back nearly 2 million space heaters "
	    "sold across the country because their wiring can overheat.\n\n"
	    "The call-back covers 64 different products, made between March "
	    "and June.\n\n"
	    "Executives said test results last week persuaded them to recall "
	    "the 64 products.\n"),
	    t_article(
	    "Space heaters recalled after fires\n\n"
	    "The company is recalling 61 kinds of electric heaters because "
	    "their cords can catch fire, regulators said on Tuesday.\n\n"
	    "Owners should unplug the heaters and contact the company for a "
	    "refund.\n"));
	f = fact_find(&c, FACT_FIGURE, "64 products", "61 kinds");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
}
END_TEST

/* A full date pairs with the same day before it pairs with its year
 * alone. */
START_TEST(fact_date_pairs_with_its_day_before_its_year)
{
	struct t_cmp c;
	const struct fact *f;

	t_compare(&c, t_article(
	    "Flood warning lifted at Vessby\n\n"
	    "In 2011 the river rose over its banks at Vessby, the harbor board "
	    "said.\n\n"
	    "The water reached the old town on March 4, the harbor board "
	    "said, and ferries stopped.\n"),
	    t_article(
	    "Flood warning lifted at Vessby\n\n"
	    "The river rose over its banks at Vessby on March 4, 2011, the "
	    "harbor board said.\n"));
	f = fact_find(&c, FACT_FIGURE, "March 4", "March 4, 2011");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	t_compare_free(&c);
}
END_TEST

/* A clock time with its zone, as wire copy gives it, says when as a
 * full date does: two paragraphs that give the same one, in words that
 * share little, tell one moment. */
START_TEST(fact_wire_time_pairs_two_paragraphs)
{
	struct t_cmp c;
	const struct fact *f;

	t_compare(&c, t_article(
	    "Harbor wall collapses at Vessby\n\n"
	    "Part of the old harbor wall at Vessby collapsed on Sunday, the "
	    "port authority said.\n\n"
	    "The stones fell into the water at around midday (1000 GMT) as a "
	    "ferry was leaving the north pier.\n"),
	    t_article(
	    "Vessby harbor wall gives way\n\n"
	    "A section of the harbor wall in Vessby gave way on Sunday, port "
	    "officials said.\n\n"
	    "Witnesses said a loud crack was heard just before noon (1000GMT) "
	    "and boats moved away from the quay.\n"));
	f = fact_find(&c, FACT_FIGURE, "1000 GMT", "1000GMT");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	ck_assert_uint_eq(c.al->ngroup, 3);
	t_compare_free(&c);
}
END_TEST

/* A value foreseen is no disagreement with one found; a word of
 * foresight in another clause does not make a value foreseen. */
START_TEST(fact_value_foreseen_does_not_differ_from_one_found)
{
	struct t_cmp c;

	pair(&c, "Farther out in the Atlantic, the storm reached hurricane "
	         "strength on Monday with winds of 75 mph.",
	     "The storm reached hurricane strength on Monday and was expected "
	     "to cross the Atlantic with winds of over 100 mph.");
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);
	pair(&c, "The storm, likely the strongest this year, reached the "
	         "coast on Monday with winds of 75 mph.",
	     "The storm reached the coast on Monday with winds of 100 mph, "
	     "forecasters said.");
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 1);
	t_compare_free(&c);
}
END_TEST

/* Two lengths of nothing named are compared only where a word next to
 * both says what they measure: the winds' reach, not the storm's size. */
START_TEST(fact_measures_differ_only_on_a_shared_governing_word)
{
	struct t_cmp c;

	pair(&c, "The last storm's wind extended out about 25 or 30 miles. By "
	         "comparison, this storm's hurricane-force wind extended 105 "
	         "miles north and east of its center, a forecaster said.",
	     "\"It runs 700 miles in all directions,\" he said of the storm's "
	     "size, noting that the hurricane-force winds extend 120 miles "
	     "from its eye.");
	ck_assert_ptr_null(fact_find(&c, FACT_FIGURE, NULL, "700"));
	t_compare_free(&c);
}
END_TEST

/* Two percentages that disagree, with a governing word shared (fell,
 * dropped) and sentences that overlap, pair their paragraphs when no
 * passage holds either. */
START_TEST(fact_differing_shares_of_one_change_pair_their_paragraphs)
{
	struct t_cmp c;
	const struct fact *f;

	t_compare(&c, t_article(
	        "Bank fined over laundering\n\n"
	        "A court in Ardal fined Sarvanta Bank 1.2 billion euros on "
	        "Monday for failing to stop money laundering by its clients "
	        "over a decade.\n\n"
	        "Sarvanta shares fell 6.2% to 14.38 euros in Ardal after the "
	        "ruling, their lowest close in more than three years, wiping "
	        "about 850 million euros off the bank's market value.\n\n"
	        "The bank said it would study the ruling before deciding "
	        "whether to appeal.\n"),
	    t_article(
	        "Bank fined over laundering\n\n"
	        "Sarvanta Bank must pay 1.2 billion euros for failing to stop "
	        "money laundering by clients over a decade, a court in Ardal "
	        "ruled on Monday.\n\n"
	        "The bank said it would study the ruling and decide later "
	        "whether to appeal it.\n\n"
	        "Investors were unimpressed. Shares in Sarvanta dropped more "
	        "than 7 percent on the Ardal stock exchange after the verdict, "
	        "while analysts at two brokers cut their targets and one rival "
	        "lender said it would hire staff from the bank.\n"));
	f = fact_find(&c, FACT_FIGURE, "6.2%", "more than 7 percent");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	ck_assert(!f->cross);	/* one passage now */
	t_compare_free(&c);
}
END_TEST

/* A sentence that goes on about the one before ("It", "That") is of
 * the year that one names. */
START_TEST(fact_year_carries_into_a_sentence_that_goes_on)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "When Hurricane Andrew struck the southern county in 1992, it "
	         "was a Category 4 storm. It killed 26 people and made 160,000 "
	         "homeless.",
	     "Like Andrew in 1992, which killed 40 people and made 160,000 "
	     "homeless, the storm was a Category 4 storm on Monday.");
	f = fact_find(&c, FACT_FIGURE, "26 people", "40 people");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
	pair(&c, "The last time the space center took such precautions was for "
	         "Hurricane Erin in 1995. That came ashore with sustained wind "
	         "of 85 mph.",
	     "The storm, with sustained wind of 155 mph, led the space center "
	     "to take drastic precautions.");
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);
}
END_TEST

/* Two ranges of one sum whose middles are far apart differ; the two
 * ends are not paired crosswise. */
START_TEST(fact_two_ranges_of_one_sum_differ)
{
	struct t_cmp c;
	const struct fact *f;
	char buf[256];

	pair(&c, "The company said the recall would cost it between $30 "
	         "million and $40 million, and its shares fell.",
	     "The company said the recall could cost it $26 million to $34 "
	     "million, and its shares fell.");
	f = fact_find(&c, FACT_FIGURE, "between $30 million and $40 million",
	              "$26 million to $34 million");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 1);
	/* The reader's summary keeps the sums' currency. */
	fact_summary(c.facts, c.al->left_group[f->left.para], buf, sizeof buf);
	ck_assert_msg(strstr(buf, "figures differ: $30 million and $40 million "
	                     "\xe2\x89\xa0 $26 million to $34 million") != NULL,
	              "%s", buf);
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_units_are_converted_before_comparing)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "The tanker was anchored five miles off the port of Tongyeong "
	         "when the barge struck its hull.",
	     "The barge struck the tanker's hull while it was anchored 8 km "
	     "off the port of Tongyeong.");
	f = fact_find(&c, FACT_FIGURE, "five miles", "8 km");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	ck_assert(!f->compatible);
	t_compare_free(&c);
	pair(&c, "The tanker was anchored five miles off the port of Tongyeong "
	         "when the barge struck its hull.",
	     "The barge struck the tanker's hull while it was anchored 15 km "
	     "off the port of Tongyeong.");
	f = fact_find(&c, FACT_FIGURE, "five miles", "15 km");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
}
END_TEST

/* Times on two clocks are not compared: the offset between local time
 * and GMT is not known.  On one clock they are. */
START_TEST(fact_times_on_two_clocks_are_not_compared)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "The quake struck at 04:17 local time on Tuesday, the "
	         "institute in Tarvik said.",
	     "The quake struck at 01:17 GMT on Tuesday, the institute in "
	     "Tarvik said.");
	ck_assert_ptr_null(fact_find(&c, FACT_FIGURE, "04:17", "01:17"));
	t_compare_free(&c);
	pair(&c, "The quake struck at 0117 GMT on Tuesday, the institute in "
	         "Tarvik said.",
	     "The quake struck at 01:17 GMT on Tuesday, the institute in "
	     "Tarvik said.");
	f = fact_find(&c, FACT_FIGURE, "0117 GMT", "01:17");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	t_compare_free(&c);
	pair(&c, "The quake struck at 04:17 on Tuesday, the institute in "
	         "Tarvik said.",
	     "The quake struck at 04:30 local time on Tuesday, the institute "
	     "in Tarvik said.");
	f = fact_find(&c, FACT_FIGURE, "04:17", "04:30");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
}
END_TEST

/* Two percentages govern by verbs of one sense ("fell", "dropped")
 * are one change, and differ; a rise and a fall are two. */
START_TEST(fact_figures_of_one_change_in_other_verbs_differ)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "Sarvanta shares fell 6.2% in Ardal after the ruling on "
	         "Monday.",
	     "Shares in Sarvanta dropped more than 7 percent in Ardal after "
	     "the ruling on Monday.");
	f = fact_find(&c, FACT_FIGURE, "6.2%", "more than 7 percent");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
	pair(&c, "Sarvanta shares rose 6.2% in Ardal after the ruling on "
	         "Monday.",
	     "Shares in Sarvanta dropped more than 7 percent in Ardal after "
	     "the ruling on Monday.");
	ck_assert_ptr_null(fact_find(&c, FACT_FIGURE, "6.2%",
	                             "more than 7 percent"));
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_figures_alike_in_other_words)
{
	struct t_cmp c;
	const struct fact *f;

	/* The same number of two nouns, in one passage that says the same
	 * of both. */
	pair(&c, "The meeting brings together five tuna conservation bodies "
	         "that cover the Pacific, Atlantic and Indian oceans.",
	     "The talks bring together the five regional fishery management "
	     "organizations that cover the Pacific, Atlantic and Indian "
	     "oceans.");
	f = fact_find(&c, FACT_FIGURE, "five", "five");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	t_compare_free(&c);
	/* A year and a date of that year: compatible. */
	pair(&c, "The worst spill was in March 1989, when the Exxon Valdez "
	         "ran aground in Alaska.",
	     "The Exxon Valdez ran aground in Alaska in 1989, the worst spill "
	     "until now.");
	f = fact_find(&c, FACT_FIGURE, "March 1989", "1989");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	ck_assert(f->compatible);
	t_compare_free(&c);
	/* Two ages that only meet are two people. */
	pair(&c, "Participants in the heart trial were at least 45 years old "
	         "and had a heart attack before.",
	     "Mark Delaney, 61, of Dayton took part in the heart trial after a "
	     "heart attack before.");
	ck_assert_ptr_null(fact_find(&c, FACT_FIGURE, "at least 45", "61"));
	t_compare_free(&c);
}
END_TEST

/* A quotation quoted in part by the other report is known by how it
 * starts: the longer side's span starts with its clause, not with the
 * words the two share; a clause of its own after a comma stays apart. */
START_TEST(fact_quotation_in_part_spans_from_its_clause)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "\"A few hundred hooded individuals came to fight, not to "
	         "protest,\" the police commissioner told reporters on Saturday "
	         "night in the capital.",
	     "The police commissioner said the rioters had joined the march "
	     "and \"came to fight, not to protest\" in the capital on Saturday "
	     "night.");
	f = fact_find(&c, FACT_QUOTE, "A few hundred hooded individuals",
	              "came to fight");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	t_compare_free(&c);
	pair(&c, "\"The water came in the night, we had no time to take "
	         "anything,\" said the farmer, who lost her home in the flood.",
	     "\"We had no time to take anything,\" said the farmer, who lost "
	     "her home in the flood.");
	ck_assert_ptr_nonnull(fact_find(&c, FACT_QUOTE, "we had no time",
	                                "We had no time"));
	t_compare_free(&c);
}
END_TEST

/* Two ages after two names are two people; after one name, one age,
 * whichever side of the age the name stands. */
START_TEST(fact_ages_of_two_people_do_not_differ)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "Relatives waited at the airport for news of the flight. "
	         "\"Nobody tells us anything,\" said Jana Meret, 61, whose "
	         "daughter was on board.",
	     "Relatives waited at the airport for news of the flight. "
	     "\"Nobody is telling us anything,\" said Vera Hollin, 34, whose "
	     "brother was on board.");
	ck_assert_uint_ge(c.left->nfig, 1);
	ck_assert_uint_ge(c.right->nfig, 1);
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);
	pair(&c, "Relatives waited at the airport for news of the flight. "
	         "\"Nobody tells us anything,\" said Jana Meret, 61, whose "
	         "daughter was on board.",
	     "Relatives waited at the airport for news of the flight. "
	     "\"Nobody is telling us anything,\" said Jana Meret, 63, whose "
	     "daughter was on board.");
	f = fact_find(&c, FACT_FIGURE, "61", "63");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
	/* The name after the age, past what the person is, names its
	 * owner too: one person, two ages. */
	pair(&c, "Bridge attack kills five\n\n"
	         "Among the dead was Mirela Host, 64, a retired schoolteacher.",
	     "Five killed in bridge attack\n\n"
	     "Among those killed was 62-year-old retired teacher Mirela Host.");
	f = fact_find(&c, FACT_FIGURE, "64", "62-year-old");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
	/* "The 57-year-old" opening a sentence is the person the sentence
	 * before named first, in its paragraph or the one before; not
	 * someone it named later. */
	pair(&c, "Fund founder jailed\n\n"
	         "Lennart Vossberg, 58, the founder of the failed fund, was "
	         "jailed on Thursday.",
	     "Fund founder jailed\n\n"
	     "Lennart Vossberg, the founder of the failed fund, was jailed on "
	     "Thursday by Judge Agnes Tollfeldt.\n\n"
	     "The 57-year-old showed no emotion.");
	f = fact_find(&c, FACT_FIGURE, "58", "57-year-old");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
	pair(&c, "Fund founder jailed\n\n"
	         "Agnes Tollfeldt, 58, the presiding judge, read the verdict on "
	         "Thursday.",
	     "Fund founder jailed\n\n"
	     "Lennart Vossberg was jailed on Thursday by Judge Agnes "
	     "Tollfeldt. The 57-year-old showed no emotion.");
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);
}
END_TEST

/* A fraction of a unit compares as the measure it is: "a quarter-mile
 * bridge" is the "400-metre bridge", "half an hour" is "30 minutes". */
START_TEST(fact_fraction_of_a_unit_compares)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "Bridge attack\n\n"
	         "The van drove along the 400-metre bridge, police said.",
	     "Bridge attack\n\n"
	     "The van drove along the quarter-mile bridge, police said.");
	f = fact_find(&c, FACT_FIGURE, "400-metre", "quarter-mile");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	t_compare_free(&c);
	pair(&c, "Talks end\n\nThe meeting lasted half an hour, officials said.",
	     "Talks end\n\nThe meeting lasted 30 minutes, officials said.");
	f = fact_find(&c, FACT_FIGURE, "half an hour", "30 minutes");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	t_compare_free(&c);
}
END_TEST

/* A possessive modifies the noun after it: "55 per cent of the river's
 * flow" is a share of the flow, as "60 percent of the flow" is, and the
 * two shares differ. */
START_TEST(fact_share_of_a_possessed_noun_is_of_that_noun)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "Water deal signed\n\n"
	         "Marundia is guaranteed 55 per cent of the river's flow in the "
	         "dry season.",
	     "Water deal signed\n\n"
	     "Marundia will receive 60 percent of the flow in the dry season.");
	f = fact_find(&c, FACT_FIGURE, "55 per cent", "60 percent");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
}
END_TEST

/* A whole given with a part of it ("about 1,800 of the town's 9,000
 * residents") is no disagreement with the other report's count of the
 * part; the part matches it. */
START_TEST(fact_whole_after_its_part_is_not_the_part)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "Rescuers race to reach trapped miners\n\n"
	         "\"Nobody here will sleep tonight,\" said the mayor of the "
	         "town, where about 1,800 people work for the mine.",
	     "Rescuers race to reach trapped miners\n\n"
	     "\"Nobody here will sleep tonight,\" said the mayor. About 1,800 "
	     "of the town's 9,000 residents work for the mine.");
	ck_assert_uint_ge(c.right->nfig, 2);
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	f = fact_find(&c, FACT_FIGURE, "about 1,800", "About 1,800");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	t_compare_free(&c);
}
END_TEST

/* A part named in its total counts what befell it: "trapping 14 of the
 * 62 miners" and "17 miners were trapped" differ.  A part of a count
 * just told ("four of them") and a part of those the event befell ("11
 * of the trapped men" brought out) count something else. */
START_TEST(fact_part_named_in_its_total_counts_its_event)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "The roof gave way on Monday, trapping 14 of the 62 miners "
	         "on the night shift, the company said.",
	     "The company said 17 miners were trapped when the roof gave way "
	     "on Monday.");
	f = fact_find(&c, FACT_FIGURE, "14", "17");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
	pair(&c, "The roof gave way on Monday, trapping 14 of the 62 miners "
	         "on the night shift, the company said.",
	     "The roof gave way on Monday. Eleven of the trapped men have "
	     "been brought out alive, the company said.");
	ck_assert_uint_ge(c.right->nfig, 1);
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);
	pair(&c, "Police said 27 officers were injured, four of them "
	         "seriously, in the clashes.",
	     "Police said 31 officers had been hurt in the clashes.");
	f = fact_find(&c, FACT_FIGURE, "27", "31");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
}
END_TEST

/* The invented pair 21 (tests/fixtures/pairs): both reports give "Water
 * that is shared is water that is not fought over" word for word, but
 * in two passages the aligner keeps apart (the right paragraph pairs with
 * another left one, which shares its other quotation).  It is one
 * quotation across the passages, not one of each report's own. */
START_TEST(fact_same_quotation_in_two_passages_is_one)
{
	struct t_cmp c;
	const struct fact *f;

	t_compare(&c, t_fixture("pairs/21-solveig-summit.left.txt"),
	          t_fixture("pairs/21-solveig-summit.right.txt"));
	f = fact_find(&c, FACT_QUOTE, "Water that is shared",
	              "Water that is shared");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	ck_assert(f->cross);
	ck_assert_uint_ne(c.al->left_group[f->left.para],
	                  c.al->right_group[f->right.para]);
	t_compare_free(&c);
}
END_TEST

/* A forecast is one whether the word comes before the figure or after
 * it: two forecasts of one high differ. */
START_TEST(fact_forecasts_said_either_way_compare)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "The heat is expected to peak on Thursday, with a high of 44C "
	         "forecast for the capital.",
	     "Forecasters expect a high of 42C in the capital on Thursday.");
	f = fact_find(&c, FACT_FIGURE, "44C", "42C");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	t_compare_free(&c);
}
END_TEST

/* Durations and percentages are often two different things said with
 * the same words: they differ only where the words that govern them
 * are shared. */
START_TEST(fact_durations_and_percents_need_governing_words)
{
	struct t_cmp c;

	pair(&c, "Kowalczyk spent five years in Brussels as a European "
	         "commissioner before she returned to lead the opposition.\n\n"
	         "Shares of Corvana closed up 1.4% in Warsaw on Friday, "
	         "before the results of the opposition were known.\n",
	     "The opposition's win ends eight years of nationalist rule that "
	     "set Warsaw against Brussels, and Kowalczyk will lead it.\n\n"
	     "Shares of Corvana have outpaced a 58 per cent gain in the "
	     "index this year, as the opposition rose in Warsaw.\n");
	ck_assert_uint_ge(c.left->nfig, 2);
	ck_assert_uint_ge(c.right->nfig, 2);
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);
}
END_TEST

/* The invented pair of tests/fixtures/facts/cross-spill: the lede of one
 * report and the fourth paragraph of the other give the oil spilled,
 * in tons and in tonnes, in passages the aligner keeps apart. */
START_TEST(fact_figures_of_two_passages_are_compared)
{
	struct t_cmp c;
	const struct fact *f;
	const struct fact_range *gr;
	size_t lp, rp, g, k;
	char buf[512];

	t_compare(&c, t_fixture("facts/cross-spill.left.txt"),
	          t_fixture("facts/cross-spill.right.txt"));
	lp = t_para(c.left, "BUSAN");
	rp = t_para(c.right, "The maritime ministry");
	f = fact_find(&c, FACT_FIGURE, "about 9,000 tons", "14,000 tonnes");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	ck_assert(f->cross);
	ck_assert_uint_eq(f->left.para, lp);
	ck_assert_uint_eq(f->right.para, rp);
	/* Two passages: the fact is shown in the left one's. */
	g = c.al->left_group[lp];
	ck_assert_uint_ne(g, c.al->right_group[rp]);
	gr = &c.facts->group[g];
	k = (size_t)(f - c.facts->fact);
	ck_assert(gr->first <= k && k < gr->first + gr->n);
	fact_summary(c.facts, g, buf, sizeof buf);
	ck_assert_msg(strstr(buf, "figures differ: 9,000 tons \xe2\x89\xa0 "
	                     "14,000 tonnes (right \xc2\xb6") != NULL &&
	              strstr(buf, ", another passage)") != NULL, "%s", buf);
	/* The spill of another year is another quantity. */
	ck_assert_ptr_null(fact_find(&c, FACT_FIGURE, "10,900", NULL));
	/* Within one passage, as before: miles and miles. */
	f = fact_find(&c, FACT_FIGURE, "six miles", "6 miles");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	ck_assert(!f->cross);
	t_compare_free(&c);
}
END_TEST

/* Two paragraphs the aligner leaves apart that give one distinctive
 * figure of one quantity ("1,420 meters long", "some 1,420 meters")
 * become a passage, with the figure as its fact; two that share only a
 * small count ("three bulldozers", "three excavators") stay apart. */
START_TEST(fact_distinctive_figure_pairs_two_unaligned_paragraphs)
{
	struct t_cmp c;
	const struct fact *f;
	size_t lp, rp, l3, r3, g;

	t_compare(&c, t_fixture("facts/anchor-figure.left.txt"),
	          t_fixture("facts/anchor-figure.right.txt"));
	lp = t_para(c.left, "Drivers trapped");
	rp = t_para(c.right, "Geologists");
	l3 = t_para(c.left, "Soldiers with shovels");
	r3 = t_para(c.right, "Rescue crews");
	g = c.al->left_group[lp];
	ck_assert_uint_ne(g, ALIGN_NONE);
	ck_assert_uint_eq(c.al->right_group[rp], g);
	ck_assert_uint_eq(c.al->group[g].nleft, 1);
	ck_assert_uint_eq(c.al->group[g].nright, 1);
	f = fact_find(&c, FACT_FIGURE, "1,420 meters", "some 1,420 meters");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	ck_assert(!f->cross);
	ck_assert_uint_eq(c.al->left_group[l3], ALIGN_NONE);
	ck_assert_uint_eq(c.al->right_group[r3], ALIGN_NONE);
	/* The groups stay in the order of their first left paragraph. */
	for (g = 1; g < c.al->ngroup; g++)
		ck_assert_uint_lt(align_left(c.al, g - 1, 0),
		                  align_left(c.al, g, 0));
	t_compare_free(&c);
}
END_TEST

/* Across passages, counts of one event (killed, death toll) are one
 * quantity; counts of no event are two sets of things. */
START_TEST(fact_counts_of_two_passages_differ_on_one_event_only)
{
	struct t_cmp c;
	const struct fact *f;

	t_compare(&c, t_article("Ferry sinks off Romblon island\n\n"
	                        "A ferry sank off Romblon island before dawn "
	                        "on Sunday, killing 31 people, the coast "
	                        "guard said.\n\n"
	                        "Rescuers in boats searched the rough sea for "
	                        "survivors through the day, and the navy sent "
	                        "two ships to help.\n"),
	          t_article("Ferry sinks off Romblon island\n\n"
	                    "A ferry went down off Romblon island before dawn "
	                    "on Sunday, the coast guard said.\n\n"
	                    "Rescuers searched the rough sea off Romblon "
	                    "island for survivors through the day as the "
	                    "death toll rose to 40.\n"));
	f = fact_find(&c, FACT_FIGURE, "31 people", "40");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	ck_assert(f->cross);
	t_compare_free(&c);
	t_compare(&c, t_article("Group members jailed\n\n"
	                        "Sixteen of its members were sentenced to long "
	                        "prison terms by the court in Athens.\n\n"
	                        "The group first appeared in Athens in 1975 "
	                        "and was broken up by the police.\n"),
	          t_article("Group members jailed\n\n"
	                    "The court in Athens jailed the members of the "
	                    "group for long prison terms.\n\n"
	                    "The police broke up the group in Athens, and four "
	                    "members of a sister group were sentenced to long "
	                    "prison terms.\n"));
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);
}
END_TEST

/* Each report's one count of a thing (in tens at least) is one quantity
 * wherever it sits, as a toll is: 700 and more than 1,000 firefighters
 * differ across passages.  Not when a report counts the thing twice, nor
 * small counts of two sets ("Three trials", "two major trials"). */
START_TEST(fact_each_reports_one_count_of_a_thing_is_compared)
{
	static const char *left =
	    "Wildfire nears the capital\n\n"
	    "A wildfire burned through pine forest north of the capital on "
	    "Tuesday, forcing villages to empty.  About 700 firefighters, "
	    "backed by water-bombing aircraft, were battling the blaze.\n\n"
	    "The wind was expected to ease by the weekend, forecasters "
	    "said.\n";
	static const char *right =
	    "Wildfire nears the capital\n\n"
	    "More than 1,000 firefighters were trying to keep the flames "
	    "from the northern suburbs.\n\n"
	    "A wildfire tore through pine forest north of the capital on "
	    "Tuesday and villages were emptied.\n";
	struct t_cmp c;
	const struct fact *f;
	char twice[1024];

	t_compare(&c, t_article(left), t_article(right));
	f = fact_find(&c, FACT_FIGURE, "About 700 firefighters",
	              "More than 1,000 firefighters");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	ck_assert(f->cross);
	t_compare_free(&c);

	/* The left report counts firefighters twice: which of its counts
	 * the other's is, nothing says. */
	snprintf(twice, sizeof twice, "%s\nBy evening 300 firefighters from "
	         "the south had joined them.\n", left);
	t_compare(&c, t_article(twice), t_article(right));
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);

	t_compare(&c, t_article("Bombing suspects face court\n\n"
	                        "Three trials of the suspects will open in "
	                        "the spring, the court said.\n\n"
	                        "The attacks on the trains killed many "
	                        "commuters in the capital.\n"),
	          t_article("Bombing suspects face court\n\n"
	                    "The attacks on the trains killed many commuters "
	                    "in the capital.\n\n"
	                    "Prosecutors have prepared two major trials of "
	                    "those accused, officials said.\n"));
	ck_assert_uint_eq(count_facts(&c, FACT_FIGURE, FACT_DIFFER), 0);
	t_compare_free(&c);
}
END_TEST

/* What a script reads: the JSON fact carries both paragraphs, how the
 * values agree and that they sit in two passages; the text export says
 * where the other is. */
START_TEST(fact_figures_of_two_passages_in_the_exports)
{
	struct t_cmp c;
	char *json, *text, want[160], *at;
	size_t n = 0, lp, rp, g, k;
	FILE *f;

	t_compare(&c, t_fixture("facts/cross-spill.left.txt"),
	          t_fixture("facts/cross-spill.right.txt"));
	lp = t_para(c.left, "BUSAN");
	rp = t_para(c.right, "The maritime ministry");
	f = open_memstream(&json, &n);
	ck_assert_int_eq(export_write(f, EXPORT_JSON, &c), RC_OK);
	fclose(f);
	snprintf(want, sizeof want, "\"right\":{\"paragraph\":%zu,\"start\"",
	         rp);
	ck_assert_msg(strstr(json, "\"text\":\"about 9,000 tons of crude\"") &&
	              strstr(json, want), "%s", json);
	/* The side may go on with its source and time (fields are only
	 * added) before the pair's agreement. */
	at = strstr(json, "\"text\":\"14,000 tonnes of crude\""
	             ",\"value\":14000,\"low\":13500,\"high\":14500");
	ck_assert_ptr_nonnull(at);
	at = strchr(at, '}');
	ck_assert_ptr_nonnull(at);
	ck_assert_ptr_eq(strstr(at, "},\"agreement\":\"differ\","
	                             "\"cross\":true}"), at);
	at = strstr(json, "\"text\":\"6 miles\",\"value\":6,"
	            "\"low\":5.7,\"high\":6.3");
	ck_assert_ptr_nonnull(at);
	at = strchr(at, '}');
	ck_assert_ptr_nonnull(at);
	ck_assert_ptr_eq(strstr(at, "},\"agreement\":\"match\"}"), at);
	f = open_memstream(&text, &n);
	ck_assert_int_eq(export_write(f, EXPORT_TEXT, &c), RC_OK);
	fclose(f);
	snprintf(want, sizeof want, "14,000 tonnes of crude\n"
	         "                       (right \xc2\xb6%zu, another passage)",
	         rp + 1);
	ck_assert_msg(strstr(text, want) != NULL, "%s", text);
	/* The two paragraphs are an alignment of their own, after the
	 * passages, that points at the fact instead of repeating it. */
	g = c.al->left_group[lp];
	k = (size_t)(fact_find(&c, FACT_FIGURE, "about 9,000 tons", NULL) -
	             c.facts->fact) - c.facts->group[g].first;
	snprintf(want, sizeof want, "\n    {\"left\": [%zu], \"right\": "
	         "[%zu], \"score\": ", lp, rp);
	at = strstr(json, want);
	ck_assert_msg(at != NULL, "%s", json);
	ck_assert_ptr_null(strstr(at, "\"verbatim\""));
	snprintf(want, sizeof want, ", \"facts\": [], \"link\": \"figure\", "
	         "\"link_facts\": [{\"alignment\": %zu, \"fact\": %zu}]}\n  ]",
	         g, k);
	ck_assert_msg(strstr(at, want) != NULL, "%s", at);
	free(json);
	free(text);
	t_compare_free(&c);
}
END_TEST

/* The links of c between left paragraph lp and right paragraph rp. */
static size_t
count_links(const struct t_cmp *c, size_t lp, size_t rp)
{
	size_t i, n = 0;

	for (i = 0; i < c->facts->nlink; i++)
		n += c->facts->link[i].left == lp &&
		     c->facts->link[i].right == rp;
	return n;
}

/* Two paragraphs in two passages that give one figure are linked: the
 * same count ("12 boats" twice), or two values that disagree (the oil
 * spilled, in tons and tonnes).  Two values that only meet ("at least
 * 15", "18") and the same year link nothing: they are in the passages'
 * facts, and no more. */
START_TEST(fact_figure_of_two_passages_links_their_paragraphs)
{
	struct t_cmp c;
	const struct fact *f;
	const struct fact_link *k;
	size_t i;

	t_compare(&c, t_fixture("facts/links.left.txt"),
	          t_fixture("facts/links.right.txt"));
	f = fact_find(&c, FACT_FIGURE, "12 boats", "12 boats");
	ck_assert_ptr_nonnull(f);
	ck_assert(f->cross);
	ck_assert_uint_eq(count_links(&c, f->left.para, f->right.para), 1);
	f = fact_find(&c, FACT_FIGURE, "at least 15 people", "18 people");
	ck_assert_ptr_nonnull(f);
	ck_assert(f->cross && f->compatible);
	ck_assert_uint_eq(count_links(&c, f->left.para, f->right.para), 0);
	f = fact_find(&c, FACT_FIGURE, "1998", "1998");
	ck_assert_ptr_nonnull(f);
	ck_assert(f->cross);
	ck_assert_uint_eq(count_links(&c, f->left.para, f->right.para), 0);
	ck_assert_uint_eq(c.facts->nlink, 1);
	/* A link names the fact that makes it, in the passage that shows
	 * it, and no passage holds both paragraphs. */
	k = &c.facts->link[0];
	f = &c.facts->fact[k->fact];
	ck_assert_uint_eq(f->left.para, k->left);
	ck_assert_uint_eq(f->right.para, k->right);
	i = k->fact - c.facts->group[k->group].first;
	ck_assert_uint_lt(i, c.facts->group[k->group].n);
	ck_assert_uint_ne(c.al->left_group[k->left],
	                  c.al->right_group[k->right]);
	t_compare_free(&c);

	t_compare(&c, t_fixture("facts/cross-spill.left.txt"),
	          t_fixture("facts/cross-spill.right.txt"));
	f = fact_find(&c, FACT_FIGURE, "about 9,000 tons", "14,000 tonnes");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_DIFFER);
	ck_assert_uint_eq(count_links(&c, f->left.para, f->right.para), 1);
	t_compare_free(&c);
}
END_TEST

/* A day each report names once links the two paragraphs that name it
 * ("set for Nov. 26", "set the trial for November 26"); named twice by
 * one of them, the day may be said of anything, and links nothing. */
START_TEST(fact_day_named_once_by_each_links_its_paragraphs)
{
	static const char left[] =
	        "Smuggling ring trial set\n\n"
	        "The three men face charges of running a smuggling ring "
	        "across the northern border, and their trial is set for Nov. "
	        "26, prosecutors said.\n\n"
	        "The judge denied bail to two of the men on Friday after a "
	        "short hearing.\n";
	static const char again[] =
	        "\nLawyers for the men said they would ask the court for more "
	        "time before Nov. 26 to study the evidence.\n";
	static const char right[] =
	        "Trial date set in smuggling case\n\n"
	        "Three men accused of running a smuggling ring across the "
	        "northern border appeared in court on Friday.\n\n"
	        "A court clerk said the judge denied bail to two of them after "
	        "a short hearing and set the trial for November 26.\n";
	char twice[sizeof left + sizeof again];
	struct t_cmp c;
	const struct fact *f;

	t_compare(&c, t_article(left), t_article(right));
	f = fact_find(&c, FACT_FIGURE, "Nov. 26", "November 26");
	ck_assert_ptr_nonnull(f);
	ck_assert(f->cross);
	ck_assert_uint_eq(count_links(&c, f->left.para, f->right.para), 1);
	t_compare_free(&c);

	snprintf(twice, sizeof twice, "%s%s", left, again);
	t_compare(&c, t_article(twice), t_article(right));
	f = fact_find(&c, FACT_FIGURE, "Nov. 26", "November 26");
	ck_assert_ptr_nonnull(f);
	ck_assert(f->cross);
	ck_assert_uint_eq(count_links(&c, f->left.para, f->right.para), 0);
	t_compare_free(&c);
}
END_TEST

/* A count one report gives once links the two paragraphs that give it
 * ("212 passengers"), even when the other report says it again; a count
 * both reports say again and again names the story's subject, said of
 * anything, and links nothing. */
START_TEST(fact_count_both_reports_repeat_links_nothing)
{
	static const char left[] =
	        "Ferry fire leaves passengers stranded\n\n"
	        "A fire broke out in the engine room of a ferry crossing the "
	        "strait on Sunday, and the crew turned back to port, the coast "
	        "guard said.\n\n"
	        "All 212 passengers were taken off by lifeboats and tugs "
	        "before nightfall, a port official said.\n\n"
	        "The ferry company said it would pay for hotel rooms and put "
	        "on a bus to the capital.\n";
	static const char left_again[] =
	        "\nRelatives of the 212 passengers waited at the terminal for "
	        "news through the afternoon.\n";
	static const char right[] =
	        "Passengers rescued from burning ferry\n\n"
	        "Lifeboats and tugs took passengers off a ferry that caught "
	        "fire in the strait on Sunday, before nightfall. Its crew had "
	        "put out the fire by the evening.\n\n"
	        "The company said the ferry carried 212 passengers, and that "
	        "it would pay for their hotel rooms and a bus to the "
	        "capital.\n";
	static const char right_again[] =
	        "\nFamilies of the 212 passengers gathered at the terminal to "
	        "wait for news.\n";
	char l2[sizeof left + sizeof left_again];
	char r2[sizeof right + sizeof right_again];
	const char *lefts[] = { left, l2, l2 }, *rights[] = { right, right, r2 };
	const size_t want[] = { 1, 1, 0 };
	size_t i, k, n;

	snprintf(l2, sizeof l2, "%s%s", left, left_again);
	snprintf(r2, sizeof r2, "%s%s", right, right_again);
	for (i = 0; i < 3; i++) {
		struct t_cmp c;
		const struct fact *f;

		t_compare(&c, t_article(lefts[i]), t_article(rights[i]));
		/* The count of the lifeboats' paragraph and the company's,
		 * in two passages. */
		for (k = 0, n = 0, f = NULL; k < c.facts->nfact; k++)
			if (c.facts->fact[k].type == FACT_FIGURE &&
			    c.facts->fact[k].left.para == 2 &&
			    c.facts->fact[k].right.para == 2)
				f = &c.facts->fact[k], n++;
		ck_assert_msg(n == 1, "case %zu: %zu figures", i, n);
		ck_assert_int_eq(f->status, FACT_MATCH);
		ck_assert(f->cross);
		ck_assert_uint_eq(count_links(&c, 2, 2), want[i]);
		ck_assert_uint_eq(c.facts->nlink, want[i]);
		t_compare_free(&c);
	}
}
END_TEST

/* ---- quotations ---------------------------------------------------- */

START_TEST(fact_quote_with_mixed_marks_matches)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "\"We will not withdraw it,\" Prime Minister Anne Roux told "
	         "deputies in Paris on Tuesday.",
	     "Anne Roux told deputies: \"We will not withdraw it\xE2\x80\x9D, "
	     "as protests went on in Paris.");
	f = fact_find(&c, FACT_QUOTE, "We will not withdraw it",
	              "We will not withdraw it");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_quote_quoted_in_part_matches_its_words)
{
	struct t_cmp c;
	const struct fact *f;
	char br[128];

	pair(&c, "\"Every life matters,\" the mayor of Izmir said as rescuers "
	         "dug through the rubble.",
	     "\xE2\x80\x9C" "Every life matters. We will dig until the last "
	     "person is found,\xE2\x80\x9D the mayor of Izmir said of the rubble.");
	f = fact_find(&c, FACT_QUOTE, "Every life matters", "Every life matters");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	/* Only the shared words are marked on the longer side. */
	ck_assert_str_eq(span_text(c.right, &f->right, br, sizeof br),
	                 "Every life matters");
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_nested_quote_is_one_quotation)
{
	struct t_cmp c;

	pair(&c, "\"He told me 'no way' and left,\" the witness said of the "
	         "minister in Warsaw.",
	     "The witness said of the minister in Warsaw: \"He told me 'no "
	     "way' and left.\"");
	ck_assert_uint_eq(count_facts(&c, FACT_QUOTE, FACT_MATCH), 1);
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_different_quotations_do_not_pair)
{
	struct t_cmp c;

	pair(&c, "\"The fire jumped the ridge in minutes,\" said Chief Dana "
	         "Cole of the county fire department.",
	     "\"We have never seen anything like it,\" said Chief Dana Cole of "
	     "the county fire department.");
	/* One quotation each side is found, and the passage's other facts
	 * are: only the quotations do not pair. */
	ck_assert_uint_eq(c.left->nquo, 1);
	ck_assert_uint_eq(c.right->nquo, 1);
	ck_assert_ptr_nonnull(fact_find(&c, FACT_NAME, "Chief Dana Cole",
	                                "Chief Dana Cole"));
	ck_assert_uint_eq(count_facts(&c, FACT_QUOTE, FACT_MATCH) +
	                  count_facts(&c, FACT_QUOTE, FACT_VARY), 0);
	t_compare_free(&c);
}
END_TEST

/* A quotation split by its attribution is one quotation. */
START_TEST(fact_quote_split_by_attribution_is_one)
{
	struct t_cmp c;
	const struct fact *f;
	char bl[256];

	pair(&c, "\"Nobody here wanted a strike that long,\" Vogel said at the "
	         "port, \"but nobody wanted to give in first.\"",
	     "\xE2\x80\x9CNobody here wanted a strike that long, but nobody "
	     "wanted to give in first,\xE2\x80\x9D Vogel said at the port.");
	ck_assert_uint_eq(count_facts(&c, FACT_QUOTE, FACT_MATCH), 1);
	ck_assert_uint_eq(count_facts(&c, FACT_QUOTE, FACT_VARY), 0);
	f = fact_find(&c, FACT_QUOTE, "Nobody", "Nobody");
	ck_assert_ptr_nonnull(f);
	/* The left span runs over both parts. */
	ck_assert_str_eq(span_text(c.left, &f->left, bl, sizeof bl),
	                 "Nobody here wanted a strike that long,\" Vogel said "
	                 "at the port, \"but nobody wanted to give in first.");
	t_compare_free(&c);
	/* Two sentences, each quoted, are two quotations. */
	pair(&c, "\"Nobody here wanted a strike.\" Vogel said it at the port. "
	         "\"Nobody wanted to give in first.\"",
	     "\"Nobody here wanted a strike,\" Vogel said it at the port. ");
	ck_assert_uint_eq(c.left->nquo, 2);
	ck_assert_ptr_null(fact_find(&c, FACT_QUOTE, "Nobody here wanted a "
	                             "strike.\" Vogel", NULL));
	t_compare_free(&c);
	/* A time's colon is no colon before a quotation. */
	pair(&c, "\"Nobody here wanted a strike that long,\" Vogel said at "
	         "10:30, \"but nobody wanted to give in first.\"",
	     "\xE2\x80\x9CNobody here wanted a strike that long, but nobody "
	     "wanted to give in first,\xE2\x80\x9D Vogel said at the port.");
	ck_assert_uint_eq(count_facts(&c, FACT_QUOTE, FACT_MATCH), 1);
	t_compare_free(&c);
	/* A colon opens a quotation of its own: the second one pairs. */
	pair(&c, "\"The strike was long, but it was necessary for the port,\" "
	         "Vogel said, adding: \"I am just so glad that the ships are "
	         "sailing again before the winter.\"",
	     "\"I'm so glad that the ships are sailing again before winter,\" "
	     "Vogel said at the port.");
	ck_assert_uint_eq(c.left->nquo, 2);
	f = fact_find(&c, FACT_QUOTE, "I am just so glad", "I'm so glad");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_VARY);
	t_compare_free(&c);
}
END_TEST

/* One speaker given as many quotations by both reports in a passage:
 * the same remarks, worded differently (here translated). */
START_TEST(fact_quote_of_one_speaker_in_other_words_varies)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "\"The port lost more trade this month than in the whole of "
	         "last year,\" Brandt said in Altmark. \"We cannot afford "
	         "another winter like this one.\"",
	     "\xE2\x80\x9CThis month the port has lost more business than in "
	     "all of last year,\xE2\x80\x9D Brandt said in Altmark. "
	     "\xE2\x80\x9C" "Another winter like this is something we simply "
	     "cannot afford.\xE2\x80\x9D");
	f = fact_find(&c, FACT_QUOTE, "The port lost", "This month the port");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_VARY);
	ck_assert_uint_gt(f->ndiff, 0);
	f = fact_find(&c, FACT_QUOTE, "We cannot afford", "Another winter");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_VARY);
	t_compare_free(&c);
	/* The speaker set off by commas before the verb ("its chief
	 * executive, Marit Osvald, said"), the words reordered. */
	pair(&c, "\"We accept the court's judgment and we will not appeal,\" "
	         "Sarvanta CEO Marit Osvald said in a statement.",
	     "\"We accept the judgment of the court and will not be "
	     "appealing,\" its chief executive, Marit Osvald, said in a "
	     "written statement.");
	f = fact_find(&c, FACT_QUOTE, "We accept the court", "We accept the "
	              "judgment");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_VARY);
	t_compare_free(&c);
	/* "He said" after a paragraph that names him first. */
	pair(&c, "Chilean engineer Andres Pena, speaking at the airport, said "
	         "they had been moved. \"We slept under the trees and never "
	         "knew if we would live,\" he said.",
	     "Andres Pena, the engineer, said at the airport they had been "
	     "moved. \"We slept in the open, not knowing whether we would "
	     "live,\" he said.");
	f = fact_find(&c, FACT_QUOTE, "We slept", "We slept");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_VARY);
	t_compare_free(&c);
	/* The speaker set off after a title ("said the state's junior
	 * home minister, Arjun Mehra"); words in another form ("terror",
	 * "terrorist") are words shared. */
	pair(&c, "Junior home minister Arjun Mehra told reporters, \"The men "
	         "behind these attacks have foreign connections.\"\n\n"
	         "\"It's a terror attack,\" police chief Ravi Soni told "
	         "reporters in the city.",
	     "\"One can't rule out the involvement of a foreign power,\" "
	     "said the state's junior home minister, Arjun Mehra.\n\n"
	     "\"Obviously, it's a terrorist plot,\" said police chief Ravi "
	     "Soni in the city.");
	f = fact_find(&c, FACT_QUOTE, "The men behind", "One can't");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_VARY);
	f = fact_find(&c, FACT_QUOTE, "It's a terror", "Obviously");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_VARY);
	t_compare_free(&c);
}
END_TEST

/* One quotation in other forms of its words ("crews searched", "crew
 * searches"): the same quotation, worded differently, whoever said it. */
START_TEST(fact_quote_in_other_forms_of_its_words_varies)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "\"The crews searched the buildings and found the families "
	         "safe,\" an official said.",
	     "\"The crew searches the building and finds the family safe,\" "
	     "an official said.");
	f = fact_find(&c, FACT_QUOTE, "The crews", "The crew");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_VARY);
	ck_assert_uint_gt(f->ndiff, 0);
	t_compare_free(&c);
	/* Other words, not other forms: two quotations. */
	pair(&c, "\"The crews searched the buildings and found the families "
	         "safe,\" a fire official said at the depot in Vessby on "
	         "Sunday.",
	     "\"Nobody was hurt and the blaze is now out,\" a fire official "
	     "said at the depot in Vessby on Sunday.");
	ck_assert_uint_eq(count_facts(&c, FACT_QUOTE, FACT_VARY) +
	                  count_facts(&c, FACT_QUOTE, FACT_MATCH), 0);
	ck_assert_uint_eq(c.left->nquo, 1);
	ck_assert_uint_eq(c.right->nquo, 1);
	t_compare_free(&c);
}
END_TEST

/* One report's quotation holds two of the other's, set apart by "she
 * said.": each is paired with its part of the longer. */
START_TEST(fact_quote_holding_two_of_the_other_pairs_with_both)
{
	struct t_cmp c;
	const struct fact *f;
	char br[256];

	pair(&c, "\"It's a stupid red card, I have to say sorry to my "
	         "teammates,\" Pena said afterwards in Lisbon. \"We were in "
	         "control.\"",
	     "\"It was a stupid red card. I have to apologise to my teammates. "
	     "We were in control,\" Pena told reporters in Lisbon.");
	f = fact_find(&c, FACT_QUOTE, "It's a stupid", "It was a stupid");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_VARY);
	/* Its part of the longer, not the whole. */
	ck_assert_str_eq(span_text(c.right, &f->right, br, sizeof br),
	                 "It was a stupid red card. I have to apologise to my "
	                 "teammates");
	f = fact_find(&c, FACT_QUOTE, "We were in control", "We were in "
	              "control");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	t_compare_free(&c);
	/* Three parts, each set apart on one side. */
	pair(&c, "\"We will rebuild every bridge,\" the mayor of Vessby said. "
	         "\"We will rebuild every school.\" She added: \"We will "
	         "rebuild every road in this valley.\"",
	     "\"It was a long night,\" the mayor of Vessby told reporters. "
	     "\"We will rebuild every bridge. We will rebuild every school. We "
	     "will rebuild every road in this valley.\"");
	ck_assert_uint_eq(count_facts(&c, FACT_QUOTE, FACT_MATCH), 3);
	t_compare_free(&c);
	/* A longer quotation too short to hold both holds only one. */
	pair(&c, "\"It's a stupid red card, I have to say sorry to my "
	         "teammates,\" Pena said afterwards in Lisbon. \"We were in "
	         "control.\"",
	     "\"It was a stupid red card, we were in control,\" Pena told "
	     "reporters in Lisbon.");
	ck_assert_uint_le(count_facts(&c, FACT_QUOTE, FACT_VARY) +
	                  count_facts(&c, FACT_QUOTE, FACT_MATCH), 1);
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_quote_of_a_speaker_quoted_more_often_is_not_paired)
{
	struct t_cmp c;

	/* One remark of Shirasu's on the left, two on the right: which one
	 * the left carries is not known, and "tuna" is what the whole
	 * story is about. */
	pair(&c, "\"Our goal is sustainable use of tuna for the future,\" "
	         "Toshiro Shirasu said in opening remarks in Kobe.",
	     "\"We are deeply concerned about the future of tuna,\" Toshiro "
	     "Shirasu said in opening remarks in Kobe. \"We must work "
	     "together.\"");
	ck_assert_uint_eq(count_facts(&c, FACT_QUOTE, FACT_VARY) +
	                  count_facts(&c, FACT_QUOTE, FACT_MATCH), 0);
	t_compare_free(&c);
	/* Different speakers are not paired either. */
	pair(&c, "\"Our goal is sustainable use of tuna,\" Toshiro Shirasu "
	         "said in opening remarks in Kobe.",
	     "\"We are deeply concerned about tuna,\" Maria Damanaki said in "
	     "opening remarks in Kobe.");
	ck_assert_uint_eq(count_facts(&c, FACT_QUOTE, FACT_VARY), 0);
	t_compare_free(&c);
}
END_TEST

/* Words one report quotes and the other gives without marks. */
START_TEST(fact_quote_given_as_plain_words_matches)
{
	struct t_cmp c;
	const struct fact *f;
	char br[128];

	pair(&c, "Under the deal, the union dropped its demand to \"restore "
	         "the night shift at full pay for every crane driver.\"",
	     "The union gave up its call to restore the night shift at full "
	     "pay for every crane driver under the deal.");
	f = fact_find(&c, FACT_QUOTE, "restore the night shift",
	              "restore the night shift");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->status, FACT_MATCH);
	ck_assert_str_eq(span_text(c.right, &f->right, br, sizeof br),
	                 "restore the night shift at full pay for every crane "
	                 "driver");
	t_compare_free(&c);
	/* Four words are a phrase, not a quotation. */
	pair(&c, "Under the deal, the union dropped its demand to \"restore "
	         "the night shift\" at the port.",
	     "The union gave up its call to restore the night shift at the "
	     "port under the deal.");
	ck_assert_uint_eq(count_facts(&c, FACT_QUOTE, FACT_MATCH), 0);
	t_compare_free(&c);
}
END_TEST

/* The invented pair of tests/fixtures/facts/quote-styles: the same
 * quotations in the marks of every common style, one style on each
 * side. */
static const struct {
	const char *left, *right;	/* starts of the two spans */
	enum fact_status status;
} style_rows[] = {
	/* `` wire style '' / straight */
	{ "We have won what we came for", "We have won what we came for",
	  FACT_MATCH },
	/* guillemets / straight */
	{ "a fair price for peace", "a fair price for peace", FACT_MATCH },
	/* `single' / curly single */
	{ "the old shifts are gone", "the old shifts are gone", FACT_MATCH },
	/* split by its attribution / whole */
	{ "Nobody here wanted a strike that long,\" Vogel said, \"but",
	  "Nobody here wanted a strike that long, but", FACT_MATCH },
	/* single inside double, straight / curly */
	{ "the worst 'cold week'", "the worst \xE2\x80\x98" "cold week",
	  FACT_MATCH },
	/* German low-high marks on both */
	{ "Die H\xC3\xA4" "fen", "Die H\xC3\xA4" "fen", FACT_MATCH },
	/* quoted / plain words */
	{ "restore the night shift", "restore the night shift", FACT_MATCH },
	/* one speaker's remarks, worded differently */
	{ "The port lost more trade", "This month the port", FACT_VARY },
	{ "We cannot afford", "Another winter", FACT_VARY },
};

START_TEST(fact_quotation_styles_of_the_invented_pair)
{
	struct t_cmp c;
	const struct fact *f;
	size_t i, found = 0;

	t_compare(&c, t_fixture("facts/quote-styles.left.txt"),
	          t_fixture("facts/quote-styles.right.txt"));
	for (i = 0; i < sizeof style_rows / sizeof *style_rows; i++) {
		f = fact_find(&c, FACT_QUOTE, style_rows[i].left,
		              style_rows[i].right);
		ck_assert_msg(f != NULL, "no quotation \"%s\"",
		              style_rows[i].left);
		ck_assert_msg(f->status == style_rows[i].status,
		              "\"%s\": status %s", style_rows[i].left,
		              fact_status_str(f->status));
		/* The left one is found as a quotation of its own. */
		for (size_t k = 0; k < c.left->nquo; k++)
			if (c.left->quo[k].para == f->left.para &&
			    c.left->quo[k].start == f->left.start)
				found++;
	}
	ck_assert_uint_eq(found, sizeof style_rows / sizeof *style_rows);
	t_compare_free(&c);
}
END_TEST

/* ---- names and phrases --------------------------------------------- */

START_TEST(fact_short_name_matches_long_form)
{
	struct t_cmp c;
	const struct fact *f;

	pair(&c, "Secretary of State John F. Kerry told Syrian civilians in New "
	         "York that diplomacy had failed.",
	     "Kerry told Syrian civilians in New York that diplomacy had "
	     "failed, the Times reported.");
	f = fact_find(&c, FACT_NAME, "Secretary of State John F. Kerry", "Kerry");
	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(fact_find(&c, FACT_NAME, "New York", "New York"));
	t_compare_free(&c);
}
END_TEST

/* A name goes on through a hyphen to a capitalized word or a short
 * syllable, and stops before a word of the sentence. */
START_TEST(fact_hyphenated_name_is_one_name)
{
	struct t_cmp c;

	pair(&c, "Officials said Kim Jong-Sik and Chang Geun-ho boarded the "
	         "Hong Kong-registered tanker off Marie-Louise Island.",
	     "Kim Jong-Sik and Chang Geun-ho boarded the Hong "
	     "Kong-registered tanker near Marie-Louise Island, officials "
	     "said.");
	ck_assert_ptr_nonnull(fact_find(&c, FACT_NAME, "Kim Jong-Sik",
	                                "Kim Jong-Sik"));
	ck_assert_ptr_nonnull(fact_find(&c, FACT_NAME, "Chang Geun-ho",
	                                "Chang Geun-ho"));
	ck_assert_ptr_nonnull(fact_find(&c, FACT_NAME, "Marie-Louise Island",
	                                "Marie-Louise Island"));
	/* "Kong-registered" is no name's. */
	ck_assert_ptr_nonnull(fact_find(&c, FACT_NAME, "Hong Kong", NULL));
	ck_assert_ptr_null(fact_find(&c, FACT_NAME, "Hong Kong-registered",
	                             NULL));
	t_compare_free(&c);
}
END_TEST

/* A figure's zone, currency or month is no name; the people a count
 * counts are. */
START_TEST(fact_words_of_a_figure_are_no_names)
{
	struct t_cmp c;

	pair(&c, "The barge hit the tanker at 0710 (2210 GMT Thursday), on "
	         "Dec. 7, and the damage cost 5 million USD, killing 12 "
	         "Americans.",
	     "The tanker was hit at 0710 (2210 GMT Thursday) on Dec. 7; "
	     "the damage cost 5 million USD and 12 Americans were killed.");
	ck_assert_ptr_nonnull(fact_find(&c, FACT_NAME, "Americans",
	                                "Americans"));
	ck_assert_ptr_null(fact_find(&c, FACT_NAME, "GMT", NULL));
	ck_assert_ptr_null(fact_find(&c, FACT_NAME, "USD", NULL));
	ck_assert_ptr_null(fact_find(&c, FACT_NAME, "Dec", NULL));
	t_compare_free(&c);
}
END_TEST

/* Words in capitals three or more in a row are text in capitals, no
 * name: a wire editor's note in both. */
START_TEST(fact_words_in_capitals_are_no_name)
{
	struct t_cmp c;

	pair(&c, "The judge set bail at Richmond on Monday. (STORY CAN END "
	         "HERE. OPTIONAL MATERIAL FOLLOWS.) The FBI agreed.",
	     "The judge in Richmond set bail on Monday. (STORY CAN END "
	     "HERE. OPTIONAL MATERIAL FOLLOWS.) The FBI agreed.");
	ck_assert_ptr_nonnull(fact_find(&c, FACT_NAME, "Richmond", "Richmond"));
	ck_assert_ptr_nonnull(fact_find(&c, FACT_NAME, "FBI", "FBI"));
	ck_assert_ptr_null(fact_find(&c, FACT_NAME, "STORY", NULL));
	ck_assert_ptr_null(fact_find(&c, FACT_NAME, "OPTIONAL", NULL));
	t_compare_free(&c);
}
END_TEST

/* A name ends before a possessive's 's, and a verb in -ing that opens
 * the sentence is not part of it. */
START_TEST(fact_name_without_possessive_or_opening_verb)
{
	struct t_cmp c;
	const struct fact *f;
	char buf[64];

	pair(&c, "Using Webb's instruments, astronomers studied Michael "
	         "Vick's case.",
	     "Astronomers studied Michael Vick's case with Webb\xE2\x80\x99s "
	     "instruments.");
	f = fact_find(&c, FACT_NAME, "Michael Vick", "Michael Vick");
	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(span_text(c.left, &f->left, buf, sizeof buf),
	                 "Michael Vick");
	f = fact_find(&c, FACT_NAME, "Webb", "Webb");
	ck_assert_ptr_nonnull(f);
	ck_assert_str_eq(span_text(c.right, &f->right, buf, sizeof buf),
	                 "Webb");
	ck_assert_ptr_null(fact_find(&c, FACT_NAME, "Using", NULL));
	t_compare_free(&c);
}
END_TEST

START_TEST(fact_shared_run_of_words_is_a_phrase)
{
	struct t_cmp c;

	pair(&c, "He said the coalition had no legal justification to attack "
	         "the regime in Damascus.",
	     "The coalition, he said, lacked a legal justification to attack "
	     "the government in Damascus.");
	ck_assert_ptr_nonnull(fact_find(&c, FACT_PHRASE,
	                                "legal justification to attack",
	                                "legal justification to attack"));
	/* "he said" is two words, and stopwords: no phrase. */
	ck_assert_ptr_null(fact_find(&c, FACT_PHRASE, "said", NULL));
	t_compare_free(&c);
}
END_TEST

/* The word id of the first token written as w in a, or 0. */
static uint32_t
word_of(const struct article *a, const char *w)
{
	for (size_t p = 0; p < a->npara; p++) {
		const struct article_para *pp = &a->para[p];

		for (size_t i = pp->tok; i < pp->tok + pp->ntok; i++) {
			const struct token *t = &a->tok[i];

			const uint8_t *s = a->text + pp->start + t->start;

			if (t->len == strlen(w) && memcmp(s, w, t->len) == 0)
				return t->word;
		}
	}
	return 0;
}

/* One rule for names, for the aligner and the facts: a capital inside a
 * sentence of prose or an acronym anywhere in it; a headline, where
 * every word is capitalized, is no evidence. */
START_TEST(fact_names_come_from_prose_not_headlines)
{
	struct t_cmp c;
	uint8_t *names;
	uint32_t n;

	t_compare(&c, t_article("Talks Collapse In Geneva\n\n"
	                        "UN officials said talks in Geneva broke "
	                        "down on Monday after envoys left.\n\n"
	                        "Envoys from Norway had flown in to "
	                        "mediate.\n"),
	          t_article("Geneva talks end\n\nTalks in Geneva ended.\n"));
	ck_assert_int_eq(c.left->para[0].kind, ARTICLE_HEADLINE);
	n = lexicon_count(c.lx);
	names = calloc((size_t)n + 1, 1);
	name_mark_words(c.left, names, 2);
	ck_assert_uint_eq(names[word_of(c.left, "Geneva")], 2);
	ck_assert_uint_eq(names[word_of(c.left, "Norway")], 2);
	/* An acronym is a name even where it starts a sentence. */
	ck_assert_uint_eq(names[word_of(c.left, "UN")], 2);
	/* Capitalized only in the headline or at a sentence's start. */
	ck_assert_uint_ne(word_of(c.left, "Collapse"), 0);
	ck_assert_uint_ne(word_of(c.left, "Envoys"), 0);
	ck_assert_uint_eq(names[word_of(c.left, "Collapse")], 0);
	ck_assert_uint_eq(names[word_of(c.left, "Talks")], 0);
	ck_assert_uint_eq(names[word_of(c.left, "Envoys")], 0);
	free(names);
	t_compare_free(&c);
}
END_TEST

/* ---- one long paragraph -------------------------------------------- */

#define LONG_SENTENCES 800

/* A made-up word for number i: syllables, capitalized or not. */
static void
made_up(char *buf, size_t size, const char *const *syl, unsigned i, bool cap)
{
	size_t n = 0;
	int k;

	for (k = 0; k < 4; k++, i /= 8)
		n += (size_t)snprintf(buf + n, size - n, "%s", syl[i % 8]);
	if (cap)
		buf[0] = (char)(buf[0] - 'a' + 'A');
}

static const char *const person_syl[] = {
	"ka", "lo", "mi", "ren", "tu", "sa", "vo", "di"
};
static const char *const place_syl[] = {
	"bar", "ne", "ol", "pi", "quen", "ra", "sel", "ti"
};

/* Sentence i of the long paragraph: a minister, a city, a quotation
 * with a word of its own; varied, one word of the quotation differs. */
static size_t
long_sentence(char *buf, size_t size, unsigned i, bool varied)
{
	char name[64], place[64], word[64];

	made_up(name, sizeof name, person_syl, i, true);
	made_up(place, sizeof place, place_syl, i, true);
	made_up(word, sizeof word, place_syl, i, false);
	return (size_t)snprintf(buf, size, "Minister %s told reporters in %s "
	                        "that the ceasefire along the Olt would hold. "
	                        "\"We will never abandon the peace process "
	                        "in the %s talks %s,\" "
	                        "%s said. ", name, place, word,
	                        varied ? "yet" : "now", name);
}

/* The sentences in order on the left, in reverse order on the right,
 * every fifth quotation worded a little differently. */
static char *
long_paragraph(bool right)
{
	size_t cap = LONG_SENTENCES * 256, n = 0;
	char *buf = malloc(cap);
	unsigned k;

	ck_assert_ptr_nonnull(buf);
	for (k = 0; k < LONG_SENTENCES; k++) {
		unsigned i = right ? LONG_SENTENCES - 1 - k : k;

		n += long_sentence(buf + n, cap - n, i, right && i % 5 == 0);
	}
	buf[n - 1] = '\n';
	return buf;
}

static int
cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

static bool
same_span_text(const struct t_cmp *c, const struct fact *f)
{
	char bl[512], br[512];

	span_text(c->left, &f->left, bl, sizeof bl);
	span_text(c->right, &f->right, br, sizeof br);
	return strcmp(bl, br) == 0;
}

/* One paragraph of thousands of names, quotations and phrases, told in
 * the opposite order by the other report: every name and quotation
 * finds its own counterpart, and no phrase lies inside a quotation. */
START_TEST(fact_long_paragraph_pairs_each_fact_with_its_own)
{
	struct t_cmp c;
	char *l = long_paragraph(false), *r = long_paragraph(true);
	size_t names = 0, match = 0, vary = 0, phrases = 0, i, k;
	uint32_t *taken;

	t_compare(&c, t_article(l), t_article(r));
	ck_assert_uint_eq(c.left->npara, 1);
	ck_assert_uint_eq(c.right->npara, 1);
	ck_assert_uint_eq(c.al->ngroup, 1);
	ck_assert_uint_eq(c.left->nquo, LONG_SENTENCES);
	taken = calloc(c.facts->nfact + 1, sizeof *taken);
	for (i = 0; i < c.facts->nfact; i++) {
		const struct fact *f = &c.facts->fact[i];

		switch (f->type) {
		case FACT_NAME:
			ck_assert_msg(same_span_text(&c, f), "a name paired "
			              "with another");
			taken[names++] = f->right.start;
			break;
		case FACT_QUOTE:
			if (f->status == FACT_MATCH) {
				ck_assert(same_span_text(&c, f));
				match++;
			} else {
				/* Only the differing word differs. */
				char bl[512], br[512], *now;

				span_text(c.left, &f->left, bl, sizeof bl);
				span_text(c.right, &f->right, br, sizeof br);
				now = strstr(bl, " now");
				ck_assert_ptr_nonnull(now);
				memcpy(now, " yet", 4);
				ck_assert_str_eq(bl, br);
				ck_assert_uint_eq(f->ndiff, 1);
				vary++;
			}
			break;
		case FACT_PHRASE:
			/* (One assertion a phrase: Check writes one record
			 * an assertion.) */
			for (k = 0; k < c.facts->nfact; k++) {
				const struct fact *q = &c.facts->fact[k];

				if (q->type == FACT_QUOTE &&
				    q->left.start <= f->left.start &&
				    f->left.end <= q->left.end)
					break;
			}
			ck_assert_msg(k == c.facts->nfact, "a phrase inside a "
			              "quotation");
			phrases++;
			break;
		default:
			break;
		}
	}
	/* A minister, a city, the river and the speaker a sentence, each
	 * name of the right report taken once. */
	ck_assert_uint_eq(names, 4 * LONG_SENTENCES);
	qsort(taken, names, sizeof *taken, cmp_u32);
	for (i = 1; i < names; i++)
		if (taken[i] == taken[i - 1])
			break;
	ck_assert_msg(i >= names, "a name of the right report taken twice");
	free(taken);
	ck_assert_uint_eq(vary, LONG_SENTENCES / 5);
	ck_assert_uint_eq(match + vary, LONG_SENTENCES);
	ck_assert_uint_gt(phrases, 0);
	t_compare_free(&c);
	free(l);
	free(r);
}
END_TEST

/* ---- many quotations in one paragraph ------------------------------- */

#define MANY_QUOTES 30
#define MANY_QUOTE_WORDS 10

/* Quotation i as told by one side: ten made-up words of its own.  By
 * i % 5 the right report gives it word for word (0), with four words
 * of ten changed, as many as still make one quotation (1), with five
 * changed (2), its words in reverse order (3), or twice, as the left
 * one does (4). */
static size_t
many_quote(char *buf, size_t size, unsigned i, bool right)
{
	size_t n = 0;
	unsigned k, kind = i % 5;

	n += (size_t)snprintf(buf + n, size - n, "Then came \"");
	for (k = 0; k < MANY_QUOTE_WORDS; k++) {
		char word[64];
		unsigned w = k;

		if (right && kind == 3)
			w = MANY_QUOTE_WORDS - 1 - k;
		if (right && ((kind == 1 && k >= 6) || (kind == 2 && k >= 5)))
			made_up(word, sizeof word, place_syl,
			        4000 - i * MANY_QUOTE_WORDS - w, false);
		else
			made_up(word, sizeof word, place_syl,
			        i * MANY_QUOTE_WORDS + w, false);
		n += (size_t)snprintf(buf + n, size - n, "%s%s", k ? " " : "",
		                      word);
	}
	n += (size_t)snprintf(buf + n, size - n, "\" and more. ");
	return n;
}

/* The quotations in order on the left, in reverse order on the right. */
static char *
many_quotes(bool right)
{
	size_t cap = 2 * MANY_QUOTES * 256, n = 0;
	char *buf = malloc(cap);
	unsigned k;

	ck_assert_ptr_nonnull(buf);
	for (k = 0; k < MANY_QUOTES; k++) {
		unsigned i = right ? MANY_QUOTES - 1 - k : k;

		n += many_quote(buf + n, cap - n, i, right);
		if (i % 5 == 4)
			n += many_quote(buf + n, cap - n, i, right);
	}
	buf[n - 1] = '\n';
	return buf;
}

/* The first word of a quotation's text, after its mark. */
static void
first_word(const char *text, char *out, size_t size)
{
	size_t n;

	while (*text == '"')
		text++;
	n = strcspn(text, " \"");
	ck_assert_uint_lt(n, size);
	memcpy(out, text, n);
	out[n] = '\0';
}

/* One paragraph of many quotations, some repeated, some reworded: each
 * pairs with its own counterpart when it is one, and with nothing when
 * too many of its words differ or they come in another order. */
START_TEST(fact_many_quotations_pair_with_their_own)
{
	struct t_cmp c;
	char *l = many_quotes(false), *r = many_quotes(true);
	size_t match = 0, vary = 0, i;

	t_compare(&c, t_article(l), t_article(r));
	ck_assert_uint_eq(c.left->npara, 1);
	ck_assert_uint_eq(c.al->ngroup, 1);
	ck_assert_uint_eq(c.left->nquo, MANY_QUOTES + MANY_QUOTES / 5);
	ck_assert_uint_eq(c.right->nquo, MANY_QUOTES + MANY_QUOTES / 5);
	for (i = 0; i < c.facts->nfact; i++) {
		const struct fact *f = &c.facts->fact[i];
		char bl[512], br[512], wl[64], wr[64];

		if (f->type != FACT_QUOTE)
			continue;
		span_text(c.left, &f->left, bl, sizeof bl);
		span_text(c.right, &f->right, br, sizeof br);
		first_word(bl, wl, sizeof wl);
		first_word(br, wr, sizeof wr);
		ck_assert_str_eq(wl, wr);
		if (f->status == FACT_MATCH) {
			ck_assert_str_eq(bl, br);
			match++;
		} else {
			ck_assert_int_eq(f->status, FACT_VARY);
			ck_assert_uint_eq(f->ndiff, 1);
			vary++;
		}
	}
	ck_assert_uint_eq(match, MANY_QUOTES / 5 * 3);
	ck_assert_uint_eq(vary, MANY_QUOTES / 5);
	t_compare_free(&c);
	free(l);
	free(r);
}
END_TEST

/* ---- reports by other outlets --------------------------------------- */

/* Floors at what is measured: 321 of the 380 figure pairs annotated in
 * the development set found (0.845), none marked as differing where the
 * annotation has no pair, and every pair found given the annotated
 * status.  Raise the floor when recall improves. */
#define DEVSET_MIN_FIGURE_RECALL 0.844

static bool
texts_overlap(const char *a, const char *b)
{
	return strstr(a, b) != NULL || strstr(b, a) != NULL;
}

/* The status column of a .figures line, in tests/quality/GOLD.md's
 * words: "match" (the same value), "compatible" (intervals that meet,
 * "at least 12" and "14": no disagreement) or "differ".  Only "differ"
 * is a disagreement; the engine shows the other two as FACT_MATCH. */
static enum fact_status
gold_figure_status(const char *word)
{
	if (strcmp(word, "differ") == 0)
		return FACT_DIFFER;
	ck_assert_msg(strcmp(word, "match") == 0 ||
	              strcmp(word, "compatible") == 0,
	              "figure status \"%s\" is not match, compatible or "
	              "differ", word);
	return FACT_MATCH;
}

START_TEST(fact_devset_figures_found_without_false_differences)
{
	size_t gold = 0, found = 0, false_differ = 0, wrong = 0, i;
	char why[4096] = "", why_wrong[4096] = "";

	for (i = 0; i < T_NDEVSET; i++) {
		char l[256], r[256], gpath[4096], *text, *line, *save = NULL;
		struct t_cmp c;
		bool *claimed;

		snprintf(l, sizeof l, "pairs/%s.left.txt", t_devset[i]);
		snprintf(r, sizeof r, "pairs/%s.right.txt", t_devset[i]);
		snprintf(gpath, sizeof gpath, "%s/pairs/%s.figures",
		         getenv("FIXTURES"), t_devset[i]);
		t_compare(&c, t_fixture(l), t_fixture(r));
		claimed = calloc(c.facts->nfact + 1, 1);
		text = t_slurp(gpath, NULL);
		ck_assert_ptr_nonnull(text);
		for (line = strtok_r(text, "\n", &save); line;
		     line = strtok_r(NULL, "\n", &save)) {
			char *lt = strchr(line, '\t'), *rt, bl[512], br[512];
			enum fact_status want;
			size_t k;

			ck_assert_ptr_nonnull(lt);
			*lt++ = '\0';
			rt = strchr(lt, '\t');
			ck_assert_ptr_nonnull(rt);
			*rt++ = '\0';
			want = gold_figure_status(line);
			gold++;
			for (k = 0; k < c.facts->nfact; k++) {
				const struct fact *f = &c.facts->fact[k];

				if (f->type != FACT_FIGURE)
					continue;
				span_text(c.left, &f->left, bl, sizeof bl);
				span_text(c.right, &f->right, br, sizeof br);
				if (!texts_overlap(bl, lt) ||
				    !texts_overlap(br, rt))
					continue;
				found++;
				claimed[k] = true;
				if ((f->status == FACT_DIFFER) !=
				    (want == FACT_DIFFER)) {
					size_t at = strlen(why_wrong);

					wrong++;
					if (at < sizeof why_wrong - 300)
						snprintf(why_wrong + at,
						         sizeof why_wrong - at,
						         "\n  %s: \"%s\" / "
						         "\"%s\" annotated %s",
						         t_devset[i], lt, rt,
						         line);
				}
				break;
			}
		}
		for (size_t k = 0; k < c.facts->nfact; k++) {
			const struct fact *f = &c.facts->fact[k];
			char bl[512], br[512];

			if (f->type == FACT_FIGURE && f->status == FACT_DIFFER &&
			    !claimed[k]) {
				false_differ++;
				if (strlen(why) < sizeof why - 300)
					snprintf(why + strlen(why),
					         sizeof why - strlen(why),
					         "\n  %s: \"%s\" / \"%s\"", t_devset[i],
					         span_text(c.left, &f->left, bl,
					                   sizeof bl),
					         span_text(c.right, &f->right, br,
					                   sizeof br));
			}
		}
		free(text);
		free(claimed);
		t_compare_free(&c);
	}
	printf("fact devset: %zu of %zu figure pairs found, %zu false "
	       "differences, %zu with another status\n", found, gold,
	       false_differ, wrong);
	ck_assert_msg((double)found >= DEVSET_MIN_FIGURE_RECALL * gold,
	              "%zu of %zu figure pairs found", found, gold);
	ck_assert_msg(false_differ == 0, "figures marked as differing that "
	              "the annotators did not pair:%s", why);
	ck_assert_msg(wrong == 0, "figure pairs found with another status "
	              "than annotated:%s", why_wrong);
}
END_TEST

/* Floors at what is measured: 85 of the 91 quotations annotated in the
 * development set found (84 with the right status, match or vary).
 * Raise them when recall improves. */
#define DEVSET_MIN_QUOTES_FOUND 85
#define DEVSET_MIN_QUOTES_RIGHT 84

/* Whether the start of a fact's text and of an annotation's overlap, as
 * the scorer compares them (the first 60 bytes). */
static bool
starts_overlap(const char *fact, const char *gold)
{
	char a[64], b[64];

	snprintf(a, sizeof a, "%.60s", fact);
	snprintf(b, sizeof b, "%.60s", gold);
	return texts_overlap(a, b);
}

START_TEST(fact_devset_quotations_found)
{
	size_t gold = 0, found = 0, right = 0, i;

	for (i = 0; i < T_NDEVSET; i++) {
		char l[256], r[256], gpath[4096], *text, *line, *save = NULL;
		struct t_cmp c;

		snprintf(l, sizeof l, "pairs/%s.left.txt", t_devset[i]);
		snprintf(r, sizeof r, "pairs/%s.right.txt", t_devset[i]);
		snprintf(gpath, sizeof gpath, "%s/pairs/%s.quotes",
		         getenv("FIXTURES"), t_devset[i]);
		text = t_slurp(gpath, NULL);
		if (text == NULL)
			continue;
		t_compare(&c, t_fixture(l), t_fixture(r));
		for (line = strtok_r(text, "\n", &save); line;
		     line = strtok_r(NULL, "\n", &save)) {
			char *lt = strchr(line, '\t'), *rt, bl[512], br[512];
			enum fact_status want;
			size_t k;

			ck_assert_ptr_nonnull(lt);
			*lt++ = '\0';
			rt = strchr(lt, '\t');
			ck_assert_ptr_nonnull(rt);
			*rt++ = '\0';
			want = strcmp(line, "vary") == 0 ? FACT_VARY
			                                 : FACT_MATCH;
			gold++;
			for (k = 0; k < c.facts->nfact; k++) {
				const struct fact *f = &c.facts->fact[k];

				if (f->type != FACT_QUOTE)
					continue;
				span_text(c.left, &f->left, bl, sizeof bl);
				span_text(c.right, &f->right, br, sizeof br);
				if (starts_overlap(bl, lt) &&
				    starts_overlap(br, rt)) {
					found++;
					right += f->status == want;
					break;
				}
			}
		}
		free(text);
		t_compare_free(&c);
	}
	printf("fact devset: %zu of %zu quotations found, %zu with the "
	       "right status\n", found, gold, right);
	ck_assert_uint_gt(gold, 0);
	ck_assert_msg(found >= DEVSET_MIN_QUOTES_FOUND, "%zu of %zu "
	              "quotations found", found, gold);
	ck_assert_msg(right >= DEVSET_MIN_QUOTES_RIGHT, "%zu of %zu "
	              "quotations with the right status", right, gold);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("fact");
	TCase *tc;

	tc = tcase_create("the bundled pair");
	tcase_add_test(tc, fact_figures_kept_from_the_anchors_give_the_same_facts);
	tcase_add_test(tc, fact_bundled_350_people_and_400_civilians_differ);
	tcase_add_test(tc, fact_bundled_quotes_match_and_vary);
	tcase_add_test(tc, fact_bundled_names_short_and_long);
	tcase_add_test(tc, fact_spans_are_within_their_paragraphs);
	suite_add_tcase(s, tc);

	tc = tcase_create("figures");
	tcase_add_test(tc, fact_figure_without_counterpart_is_no_fact);
	tcase_add_test(tc, fact_figures_of_different_things_are_not_compared);
	tcase_add_test(tc,
	               fact_size_of_a_thing_compares_with_the_thing_told_otherwise);
	tcase_add_test(tc, fact_same_sum_written_two_ways_matches);
	tcase_add_test(tc, fact_different_counts_of_one_noun_need_a_shared_context);
	tcase_add_test(tc, fact_two_floors_of_one_toll_differ_when_far_apart);
	tcase_add_test(tc, fact_year_of_the_figure_before_is_not_this_ones);
	tcase_add_test(tc, fact_shares_of_one_whole_differ);
	tcase_add_test(tc, fact_two_reports_tolls_differ_wherever_they_sit);
	tcase_add_test(tc, fact_number_of_displaced_differs_before_a_vague_one);
	tcase_add_test(tc, fact_counts_of_goods_recalled_differ);
	tcase_add_test(tc, fact_date_pairs_with_its_day_before_its_year);
	tcase_add_test(tc, fact_wire_time_pairs_two_paragraphs);
	tcase_add_test(tc, fact_value_foreseen_does_not_differ_from_one_found);
	tcase_add_test(tc, fact_measures_differ_only_on_a_shared_governing_word);
	tcase_add_test(tc,
	               fact_differing_shares_of_one_change_pair_their_paragraphs);
	tcase_add_test(tc, fact_year_carries_into_a_sentence_that_goes_on);
	tcase_add_test(tc, fact_two_ranges_of_one_sum_differ);
	tcase_add_test(tc, fact_units_are_converted_before_comparing);
	tcase_add_test(tc, fact_times_on_two_clocks_are_not_compared);
	tcase_add_test(tc, fact_figures_of_one_change_in_other_verbs_differ);
	tcase_add_test(tc, fact_figures_alike_in_other_words);
	tcase_add_test(tc, fact_durations_and_percents_need_governing_words);
	tcase_add_test(tc, fact_forecasts_said_either_way_compare);
	tcase_add_test(tc, fact_ages_of_two_people_do_not_differ);
	tcase_add_test(tc, fact_whole_after_its_part_is_not_the_part);
	tcase_add_test(tc, fact_same_quotation_in_two_passages_is_one);
	tcase_add_test(tc, fact_share_of_a_possessed_noun_is_of_that_noun);
	tcase_add_test(tc, fact_fraction_of_a_unit_compares);
	tcase_add_test(tc, fact_part_named_in_its_total_counts_its_event);
	tcase_add_test(tc, fact_quotation_in_part_spans_from_its_clause);
	tcase_add_test(tc, fact_figures_of_two_passages_are_compared);
	tcase_add_test(tc, fact_figures_of_two_passages_in_the_exports);
	tcase_add_test(tc, fact_figure_of_two_passages_links_their_paragraphs);
	tcase_add_test(tc, fact_day_named_once_by_each_links_its_paragraphs);
	tcase_add_test(tc, fact_count_both_reports_repeat_links_nothing);
	tcase_add_test(tc, fact_counts_of_two_passages_differ_on_one_event_only);
	tcase_add_test(tc, fact_each_reports_one_count_of_a_thing_is_compared);
	tcase_add_test(tc,
	               fact_distinctive_figure_pairs_two_unaligned_paragraphs);
	suite_add_tcase(s, tc);

	tc = tcase_create("quotations");
	tcase_add_test(tc, fact_quote_with_mixed_marks_matches);
	tcase_add_test(tc, fact_quote_quoted_in_part_matches_its_words);
	tcase_add_test(tc, fact_nested_quote_is_one_quotation);
	tcase_add_test(tc, fact_different_quotations_do_not_pair);
	tcase_add_test(tc, fact_quote_split_by_attribution_is_one);
	tcase_add_test(tc, fact_quote_of_one_speaker_in_other_words_varies);
	tcase_add_test(tc, fact_quote_in_other_forms_of_its_words_varies);
	tcase_add_test(tc, fact_quote_holding_two_of_the_other_pairs_with_both);
	tcase_add_test(tc,
	               fact_quote_of_a_speaker_quoted_more_often_is_not_paired);
	tcase_add_test(tc, fact_quote_given_as_plain_words_matches);
	tcase_add_test(tc, fact_quotation_styles_of_the_invented_pair);
	suite_add_tcase(s, tc);

	tc = tcase_create("names and phrases");
	tcase_add_test(tc, fact_short_name_matches_long_form);
	tcase_add_test(tc, fact_hyphenated_name_is_one_name);
	tcase_add_test(tc, fact_words_of_a_figure_are_no_names);
	tcase_add_test(tc, fact_words_in_capitals_are_no_name);
	tcase_add_test(tc, fact_name_without_possessive_or_opening_verb);
	tcase_add_test(tc, fact_shared_run_of_words_is_a_phrase);
	tcase_add_test(tc, fact_names_come_from_prose_not_headlines);
	suite_add_tcase(s, tc);

	tc = tcase_create("one long paragraph");
	tcase_add_test(tc, fact_long_paragraph_pairs_each_fact_with_its_own);
	tcase_add_test(tc, fact_many_quotations_pair_with_their_own);
	tcase_set_timeout(tc, 120);
	suite_add_tcase(s, tc);

	tc = tcase_create("reports by other outlets");
	tcase_add_test(tc, fact_devset_figures_found_without_false_differences);
	tcase_add_test(tc, fact_devset_quotations_found);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return s;
}
