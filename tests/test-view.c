/* test-view.c - the reader's moves without a terminal: passages side by
 * side, the leading pane, search, clicks, resizes. */
#include <check.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "view.h"
#include "testutil.h"

#define WIDTH 70
#define HEIGHT 40

static struct t_cmp cmp;
static struct view v;

static void
setup(void)
{
	t_compare(&cmp, t_asset("upi-kerry-audio-2016-09-30.txt"),
	          t_asset("nbc-kerry-audio-2016-09-30.txt"));
	view_init(&v, &cmp, WIDTH, WIDTH, HEIGHT);
}

static void
teardown(void)
{
	view_fini(&v);
	t_compare_free(&cmp);
}

/* The row of a pane where paragraph para's first line shows, or -1. */
static long
row_of(enum side side, size_t para)
{
	struct layout_pos rows[HEIGHT * 2];
	size_t i;

	layout_screen(&v.pane[side], v.top[side], v.height, rows);
	for (i = 0; i < v.height; i++)
		if (rows[i].para == para && rows[i].row == 0)
			return (long)i;
	return -1;
}

static bool
at_start(enum side side)
{
	struct layout_pos s = layout_start(&v.pane[side]);

	return v.top[side].para == s.para && v.top[side].row == s.row;
}

/* Whether the first paragraphs of passage g stand on one row: they do,
 * unless one report has too little above its side to scroll down to the
 * other's row. */
static void
assert_side_by_side(size_t g)
{
	long l = row_of(SIDE_LEFT, align_left(cmp.al, g, 0));
	long r = row_of(SIDE_RIGHT, align_right(cmp.al, g, 0));

	ck_assert_msg(l >= 0 && r >= 0, "passage %zu not in view (%ld, %ld)",
	              g + 1, l, r);
	if (l != r)
		ck_assert_msg(at_start(l < r ? SIDE_LEFT : SIDE_RIGHT),
		              "passage %zu at rows %ld and %ld", g + 1, l, r);
}

START_TEST(view_starts_with_both_headlines_in_view)
{
	ck_assert_int_ge(row_of(SIDE_LEFT, t_para(cmp.left, "Audio tape shows")),
	                 0);
	ck_assert_int_ge(row_of(SIDE_RIGHT, t_para(cmp.right,
	                                           "Kerry Audio Shows")), 0);
	ck_assert_uint_eq(v.cur, 0);
}
END_TEST

START_TEST(view_differ_brings_350_and_400_side_by_side)
{
	size_t l = t_para(cmp.left, "The World Health Organization");
	size_t r = t_para(cmp.right, "Around 400 civilians");
	char status[256];

	ck_assert(view_differ(&v, 1));
	ck_assert_uint_eq(v.cur, cmp.al->left_group[l]);
	ck_assert_int_ge(row_of(SIDE_LEFT, l), 0);
	ck_assert_int_eq(row_of(SIDE_LEFT, l), row_of(SIDE_RIGHT, r));
	view_status(&v, status, sizeof status);
	ck_assert_msg(strstr(status, "figures differ: 350 \xe2\x89\xa0 400"),
	              "status: %s", status);
	ck_assert_msg(strncmp(status, "passage ", 8) == 0, "%s", status);
	/* Nothing else differs after it; back goes nowhere new. */
	ck_assert(!view_differ(&v, 1));
}
END_TEST

START_TEST(view_next_walks_every_passage_in_order)
{
	size_t k;

	for (k = 1; k < v.ngroup; k++) {
		ck_assert(view_passage(&v, 1));
		ck_assert_uint_eq(v.cur, k);
		assert_side_by_side(k);
	}
	ck_assert(!view_passage(&v, 1));
	for (k = v.ngroup - 1; k-- > 0;) {
		ck_assert(view_passage(&v, -1));
		ck_assert_uint_eq(v.cur, k);
	}
	ck_assert(!view_passage(&v, -1));
}
END_TEST

START_TEST(view_right_lead_walks_in_the_right_reports_order)
{
	size_t k, last = 0;

	view_switch_lead(&v);
	ck_assert_int_eq(v.lead, SIDE_RIGHT);
	view_home(&v);
	for (k = 0; view_passage(&v, 1); k++) {
		size_t first = align_right(cmp.al, v.cur, 0);

		ck_assert_uint_gt(first, last);
		last = first;
		assert_side_by_side(v.cur);
	}
	ck_assert_uint_ge(k, v.ngroup - 2);
}
END_TEST

/* Scrolling the leader line by line, the partner of the passage in
 * focus follows on the same row, wherever the other report has it. */
START_TEST(view_scroll_keeps_the_partner_beside)
{
	int i;
	size_t seen = 0;

	for (i = 0; i < 120; i++) {
		view_scroll(&v, 1);
		if (v.cur == ALIGN_NONE)
			continue;
		seen++;
		{
			size_t g = v.cur, k;
			long rrow = row_of(SIDE_RIGHT, align_right(cmp.al, g, 0));
			bool beside = false;

			/* A paragraph of g on the left starts on the row of
			 * its partner on the right. */
			for (k = 0; k < cmp.al->group[g].nleft; k++)
				beside = beside ||
				         row_of(SIDE_LEFT, align_left(cmp.al, g, k))
				         == rrow;
			/* (Unless the right report has too little above.) */
			if (rrow >= 0 && !at_start(SIDE_RIGHT))
				ck_assert_msg(beside, "passage %zu: right at row "
				              "%ld, no left beside it", g + 1, rrow);
		}
	}
	ck_assert_uint_gt(seen, 10);
}
END_TEST

/* Line by line from the top, the focus meets the passages in the leading
 * report's order: each new one is the next, none passed over while it
 * is on screen.  (A passage may come back into focus: its paragraphs
 * need not follow each other.) */
static void
assert_scroll_visits_in_order(size_t height)
{
	size_t met, steps;
	int s;

	for (s = 0; s < 2; s++) {
		enum side lead = v.lead;

		view_resize(&v, 58, 58, height);
		view_home(&v);
		ck_assert_uint_eq(v.rank[lead][v.cur], 0);
		met = 1;
		for (steps = 0; steps < 400; steps++) {
			size_t r;

			view_scroll(&v, 1);
			if (v.cur == ALIGN_NONE)
				continue;
			r = v.rank[lead][v.cur];
			ck_assert_msg(r <= met, "height %zu, %s leads: one "
			              "line down: passage %zu before %zu",
			              height,
			              lead == SIDE_LEFT ? "left" : "right",
			              r + 1, met + 1);
			if (r == met)
				met++;
		}
		ck_assert_uint_eq(met, v.ngroup);
		view_switch_lead(&v);
	}
}

START_TEST(view_scroll_by_line_visits_passages_in_order)
{
	assert_scroll_visits_in_order(28);
	assert_scroll_visits_in_order(HEIGHT);
	assert_scroll_visits_in_order(12);
}
END_TEST

/* The status numbers passages in the leading report's order. */
START_TEST(view_status_numbers_in_the_leading_order)
{
	char status[512];
	size_t k = 1, i, names = 0;

	view_switch_lead(&v);
	view_home(&v);
	do {
		char want[32];

		view_status(&v, status, sizeof status);
		snprintf(want, sizeof want, "passage %zu of %zu", k, v.ngroup);
		ck_assert_msg(strncmp(status, want, strlen(want)) == 0 &&
		              !isdigit((unsigned char)status[strlen(want)]),
		              "right leads, step %zu: %s", k, status);
		/* Names named, likeness in words. */
		ck_assert_msg(strstr(status, "similarity") == NULL &&
		              strstr(status, "worded ") != NULL, "%s", status);
		for (i = 0; status[i] != '\0'; i++)
			ck_assert_msg(!(isdigit((unsigned char)status[i]) &&
			                strncmp(status + i + 1, " name", 5)
			                == 0),
			              "names counted, not named: %s", status);
		if (strstr(status, "names ") != NULL)
			names++;
		k++;
	} while (view_passage(&v, 1));
	ck_assert_uint_eq(k - 1, v.ngroup);
	ck_assert_uint_gt(names, 0);
	view_goto(&v, cmp.al->left_group[t_para(cmp.left, "The World Health")]);
	view_status(&v, status, sizeof status);
	ck_assert_msg(strstr(status, "Aleppo") != NULL, "%s", status);
}
END_TEST

START_TEST(view_end_then_home)
{
	view_end(&v);
	ck_assert_int_ge(row_of(SIDE_LEFT, cmp.left->npara - 2), 0);
	view_home(&v);
	ck_assert(at_start(SIDE_LEFT));
	ck_assert_uint_eq(v.cur, 0);
}
END_TEST

START_TEST(view_click_selects_the_passage_there)
{
	size_t r = t_para(cmp.right, "The comments were recorded");
	long row;

	view_switch_lead(&v);
	view_home(&v);
	view_switch_lead(&v);
	row = row_of(SIDE_RIGHT, r);
	ck_assert_int_ge(row, 0);
	ck_assert(view_click(&v, SIDE_RIGHT, (size_t)row + 1));
	ck_assert_uint_eq(v.cur, cmp.al->right_group[r]);
	/* The left pane puts the partner beside the clicked paragraph. */
	ck_assert_int_eq(row_of(SIDE_LEFT, align_left(cmp.al, v.cur, 0)), row);
	/* A blank row past the end holds nothing. */
	view_end(&v);
	ck_assert(!view_click(&v, SIDE_LEFT, HEIGHT - 1));
}
END_TEST

START_TEST(view_resize_keeps_the_passage_in_focus)
{
	size_t g;

	view_differ(&v, 1);
	g = v.cur;
	view_resize(&v, 30, 25, 15);
	ck_assert_uint_eq(v.cur, g);
	assert_side_by_side(g);
	view_resize(&v, WIDTH, WIDTH, HEIGHT);
	assert_side_by_side(g);
}
END_TEST

START_TEST(view_search_counts_and_moves_to_matches)
{
	bool wrapped;
	size_t first, k;

	view_search(&v, "aleppo");		/* no capital: any case */
	ck_assert_uint_gt(v.count[SIDE_LEFT], 3);
	ck_assert_uint_gt(v.count[SIDE_RIGHT], 2);
	ck_assert(view_search_next(&v, 1, &wrapped));
	first = v.match.para;
	ck_assert_int_ge(row_of(SIDE_LEFT, first), 0);
	/* All of them, then round to the first again. */
	for (k = 1; k < v.count[SIDE_LEFT]; k++) {
		ck_assert(view_search_next(&v, 1, &wrapped));
		ck_assert(!wrapped);
	}
	ck_assert(view_search_next(&v, 1, &wrapped));
	ck_assert(wrapped);
	ck_assert_uint_eq(v.match.para, first);
	/* Back over the top. */
	ck_assert(view_search_next(&v, -1, &wrapped));
	ck_assert(wrapped);

	view_search(&v, "ALEPPO");		/* a capital: exact case */
	ck_assert_uint_eq(v.count[SIDE_LEFT] + v.count[SIDE_RIGHT], 0);
	ck_assert(!view_search_next(&v, 1, &wrapped));
	view_search(&v, "");
	ck_assert_ptr_null(v.pattern);
}
END_TEST

START_TEST(view_matches_mark_each_occurrence)
{
	struct mark_vec mv = { 0 };
	size_t p = t_para(cmp.right, "Around 400 civilians");

	view_search(&v, "in");
	view_matches(&v, SIDE_RIGHT, p, &mv);
	/* "killed in Aleppo in a the last" */
	ck_assert_uint_eq(mv.n, 2);
	ck_assert_uint_eq(mv.v[0].end - mv.v[0].start, 2);
	mark_vec_fini(&mv);
}
END_TEST

/* Search folds quotation marks, apostrophes and dashes as the comparison
 * does, and says which match is which. */
START_TEST(view_search_folds_quotes_and_counts_matches)
{
	struct t_cmp c2;
	struct view w;
	struct mark_vec mv = { 0 };
	bool wrapped;
	size_t k;

	t_compare(&c2, t_article("Talks stall\n\nThey don\xe2\x80\x99t agree "
	                         "\xe2\x80\x94 not at all, said the "
	                         "\xe2\x80\x9c" "envoy\xe2\x80\x9d.\n\n"
	                         "We don't know.\n"),
	          t_article("Talks stall\n\nThey don't agree - not at all, "
	                    "said the \"envoy\".\n"));
	view_init(&w, &c2, 30, 30, 10);
	view_search(&w, "don't");
	ck_assert_uint_eq(w.count[SIDE_LEFT], 2);
	ck_assert_uint_eq(w.count[SIDE_RIGHT], 1);
	view_search(&w, "don\xe2\x80\x99t");
	ck_assert_uint_eq(w.count[SIDE_LEFT], 2);
	view_search(&w, "agree - not");
	ck_assert_uint_eq(w.count[SIDE_LEFT] + w.count[SIDE_RIGHT], 2);
	view_search(&w, "\"envoy\"");
	ck_assert_uint_eq(w.count[SIDE_LEFT] + w.count[SIDE_RIGHT], 2);
	/* The mark covers the curly marks whole. */
	view_matches(&w, SIDE_LEFT, 1, &mv);
	ck_assert_uint_eq(mv.n, 1);
	ck_assert_uint_eq(mv.v[0].end - mv.v[0].start, 7 + 4);
	mark_vec_fini(&mv);
	/* Match 1 of 2, 2 of 2, round to 1. */
	view_search(&w, "don't");
	ck_assert_uint_eq(view_match_rank(&w), 0);
	for (k = 1; k <= 3; k++) {
		ck_assert(view_search_next(&w, 1, &wrapped));
		ck_assert_uint_eq(view_match_rank(&w), (k - 1) % 2 + 1);
	}
	ck_assert(view_search_next(&w, -1, &wrapped));
	ck_assert_uint_eq(view_match_rank(&w), 2);
	/* A byte that is not UTF-8 matches nothing, and ends nothing. */
	view_search(&w, "don\xe9");
	ck_assert_uint_eq(w.count[SIDE_LEFT] + w.count[SIDE_RIGHT], 0);
	ck_assert_str_eq(w.pattern, "don\xe9");
	view_fini(&w);
	t_compare_free(&c2);
}
END_TEST

START_TEST(view_toggle_hidden_shows_boilerplate)
{
	size_t ad = t_para(cmp.left, "Advertisement");

	ck_assert_uint_eq(layout_height(&v.pane[SIDE_LEFT], ad), 0);
	view_toggle_hidden(&v);
	ck_assert_uint_gt(layout_height(&v.pane[SIDE_LEFT], ad), 0);
	view_home(&v);
	ck_assert_int_ge(row_of(SIDE_LEFT, ad), 0);
}
END_TEST

/* Reports with nothing in common: no passage, and no move fails. */
START_TEST(view_without_passages_still_moves)
{
	struct t_cmp c2;
	struct view w;
	char status[64];
	bool wrapped;

	t_compare(&c2, t_article("One thing about apples.\n\nAnd pears.\n"),
	          t_article("Nothing of that kind.\n"));
	view_init(&w, &c2, 20, 20, 5);
	ck_assert(!view_passage(&w, 1));
	ck_assert(!view_differ(&w, -1));
	view_scroll(&w, 3);
	view_end(&w);
	view_home(&w);
	ck_assert(!view_click(&w, SIDE_LEFT, 0));
	view_search(&w, "zzz");
	ck_assert(!view_search_next(&w, 1, &wrapped));
	view_status(&w, status, sizeof status);
	ck_assert_str_eq(status, "no passages aligned");
	view_fini(&w);
	t_compare_free(&c2);
}
END_TEST

/* Versions that share most paragraphs word for word: the status of such
 * a passage says so (it lists no facts, as none were looked for); the
 * changed one's lists its own. */
START_TEST(view_status_of_a_passage_the_same_word_for_word)
{
	static const char *const para[] = {
		"Floods cut the valley road", "The river rose two metres "
		"overnight, officials said.", "Schools in Lisk stay closed "
		"on Monday.", "Crews from Varne worked through the night.",
		"The storm left 12 dead, the mayor said.",
	};
	struct t_cmp c;
	struct view w;
	char l[1024], r[1024], status[512];
	size_t i, nl = 0, nr = 0;

	for (i = 0; i < 5; i++) {
		nl += (size_t)snprintf(l + nl, sizeof l - nl, "%s\n\n",
		                       para[i]);
		nr += (size_t)snprintf(r + nr, sizeof r - nr, "%s\n\n",
		                       i == 4 ? "The storm left 17 dead, the "
		                       "mayor said." : para[i]);
	}
	t_compare(&c, t_article(l), t_article(r));
	view_init(&w, &c, WIDTH, WIDTH, HEIGHT);
	view_goto(&w, c.al->left_group[1]);
	view_status(&w, status, sizeof status);
	ck_assert_str_eq(status, "passage 2 of 5, the same word for word");
	view_goto(&w, c.al->left_group[4]);
	view_status(&w, status, sizeof status);
	ck_assert_msg(strstr(status, "passage 5 of 5, worded ") == status &&
	              strstr(status, "figure") != NULL, "%s", status);
	view_fini(&w);
	t_compare_free(&c);
}
END_TEST

/* A passage of many names, each given several times: the status names
 * the first four once each and counts the rest, each once. */
START_TEST(view_status_names_each_name_once_and_counts_the_rest)
{
	static const char *const who[] = { "Kerry", "Lavrov", "Assad",
		"Mistura", "Obama", "Putin", "Erdogan", "Rouhani", "Hollande",
		"Merkel" };
	struct t_cmp c;
	struct view w;
	size_t cap = 1 << 16, n = 0, i;
	char *text = malloc(cap), status[1024], *names;
	/* In the order the facts give them: the text's. */
	const char *want = "names Kerry, Mistura, Lavrov, Obama and 6 more";

	ck_assert_ptr_nonnull(text);
	n += (size_t)snprintf(text + n, cap - n, "Talks resume\n\n");
	for (i = 0; i < 60; i++)
		n += (size_t)snprintf(text + n, cap - n,
		                      "%s met %s in the city on Monday. ",
		                      who[i % 10], who[(i + 3) % 10]);
	/* As two reports: as versions of one, the same text twice pairs
	 * word for word and lists no facts. */
	t_compare_as(&c, t_article(text), t_article(text), COMPARE_REPORTS);
	view_init(&w, &c, WIDTH, WIDTH, HEIGHT);
	view_goto(&w, c.al->left_group[1]);
	view_status(&w, status, sizeof status);
	names = strstr(status, "names ");
	ck_assert_msg(names != NULL, "%s", status);
	ck_assert_msg(strncmp(names, want, strlen(want)) == 0 &&
	              (names[strlen(want)] == ';' ||
	               names[strlen(want)] == '\0'), "%s", status);
	view_fini(&w);
	t_compare_free(&c);
	free(text);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("view");
	TCase *tc = tcase_create("two panes in step");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, view_starts_with_both_headlines_in_view);
	tcase_add_test(tc, view_differ_brings_350_and_400_side_by_side);
	tcase_add_test(tc, view_next_walks_every_passage_in_order);
	tcase_add_test(tc, view_right_lead_walks_in_the_right_reports_order);
	tcase_add_test(tc, view_scroll_keeps_the_partner_beside);
	tcase_add_test(tc, view_scroll_by_line_visits_passages_in_order);
	tcase_add_test(tc, view_status_numbers_in_the_leading_order);
	tcase_add_test(tc, view_status_names_each_name_once_and_counts_the_rest);
	tcase_add_test(tc, view_status_of_a_passage_the_same_word_for_word);
	tcase_add_test(tc, view_end_then_home);
	tcase_add_test(tc, view_click_selects_the_passage_there);
	tcase_add_test(tc, view_resize_keeps_the_passage_in_focus);
	tcase_add_test(tc, view_toggle_hidden_shows_boilerplate);
	suite_add_tcase(s, tc);

	tc = tcase_create("search");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, view_search_counts_and_moves_to_matches);
	tcase_add_test(tc, view_matches_mark_each_occurrence);
	tcase_add_test(tc, view_search_folds_quotes_and_counts_matches);
	suite_add_tcase(s, tc);

	tc = tcase_create("edge cases");
	tcase_add_test(tc, view_without_passages_still_moves);
	suite_add_tcase(s, tc);
	return s;
}
