/* test-align.c - paragraph alignment: the bundled pair, general
 * properties, and precision and recall on a development set of report
 * pairs by different outlets. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "testutil.h"

#define LEFT_ASSET "upi-kerry-audio-2016-09-30.txt"
#define RIGHT_ASSET "nbc-kerry-audio-2016-09-30.txt"

/* ---- the bundled pair ---------------------------------------------- */

static const char *const required[][2] = {
	{ "Audio tape shows Kerry frustrated", "Kerry Audio Shows Frustration" },
	{ "\"I think you're looking at three, four people",
	  "\"I think you\xE2\x80\x99re looking at three people, four people" },
	{ "\"The problem is the Russians don't care",
	  "In the audio, Kerry also says he is frustrated" },
	{ "The World Health Organization said this week that nearly 350",
	  "Around 400 civilians have been killed" },
	{ "He also said the U.S.-led coalition forces",
	  "Kerry at the meeting said the U.S. had no legal justification" },
	{ "During a 40-minute discussion",
	  "The comments were recorded during a 40-minute meeting" },
	{ "A cease-fire organized by Kerry",
	  "The most recent brief ceasefire collapsed" },
	{ "For one thing, he reportedly said",
	  "Secretary of State John Kerry in blunt terms" },
};

START_TEST(align_bundled_pair_required_passages_pair)
{
	struct t_cmp c;
	size_t i;

	t_compare(&c, t_asset(LEFT_ASSET), t_asset(RIGHT_ASSET));
	for (i = 0; i < sizeof required / sizeof *required; i++) {
		size_t l = t_para(c.left, required[i][0]);
		size_t r = t_para(c.right, required[i][1]);

		ck_assert_msg(t_paired(&c, l, r), "not paired: \"%s\" with \"%s\"",
		              required[i][0], required[i][1]);
	}
	t_compare_free(&c);
}
END_TEST

/* Gold files: one line per correspondence, "aligned" or "partial", a tab,
 * the first characters of the left paragraph, a tab, of the right one. */
struct gold {
	size_t (*pair)[2];
	char *strict;		/* per pair: 1 if "aligned" */
	size_t n;
};

static size_t
find_prefix(const struct article *a, const char *prefix)
{
	char buf[256];
	size_t n = strlen(prefix);

	while (n > 0 && prefix[n - 1] == ' ')
		n--;	/* the loader trims the paragraph's end */
	ck_assert_uint_lt(n, sizeof buf);
	memcpy(buf, prefix, n);
	buf[n] = '\0';
	return t_para(a, buf);
}

static void
gold_load(struct gold *g, const char *path, const struct t_cmp *c)
{
	char *text = t_slurp(path, NULL), *line, *save = NULL;

	ck_assert_msg(text != NULL, "cannot read %s", path);
	memset(g, 0, sizeof *g);
	for (line = strtok_r(text, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *lp = strchr(line, '\t'), *rp;

		ck_assert_msg(lp != NULL, "%s: bad line %s", path, line);
		*lp++ = '\0';
		rp = strchr(lp, '\t');
		ck_assert_msg(rp != NULL, "%s: bad line", path);
		*rp++ = '\0';
		g->pair = realloc(g->pair, (g->n + 1) * sizeof *g->pair);
		g->strict = realloc(g->strict, g->n + 1);
		g->pair[g->n][0] = find_prefix(c->left, lp);
		g->pair[g->n][1] = find_prefix(c->right, rp);
		g->strict[g->n] = strcmp(line, "aligned") == 0;
		g->n++;
	}
	free(text);
}

static int
gold_has(const struct gold *g, size_t l, size_t r)
{
	for (size_t i = 0; i < g->n; i++)
		if (g->pair[i][0] == l && g->pair[i][1] == r)
			return 1;
	return 0;
}

struct score {
	size_t predicted, correct;	/* pairs the aligner made; in the gold */
	size_t strict, strict_found;	/* gold "aligned" pairs; made */
};

/* Count the aligner's pairs against the gold; on a pair outside the gold
 * append a line to why. */
static void
score_pair(const struct t_cmp *c, const struct gold *g, struct score *s,
           const char *name, char *why, size_t whysz)
{
	size_t gi, i, j;

	for (gi = 0; gi < c->al->ngroup; gi++) {
		const struct align_group *gr = &c->al->group[gi];

		for (i = 0; i < gr->nleft; i++)
			for (j = 0; j < gr->nright; j++) {
				size_t l = align_left(c->al, gi, i);
				size_t r = align_right(c->al, gi, j);

				s->predicted++;
				if (gold_has(g, l, r)) {
					s->correct++;
				} else if (strlen(why) + 200 < whysz) {
					size_t k = strlen(why);

					snprintf(why + k, whysz - k,
					         "\n  %s: wrong pair L%zu \"%.40s\" R%zu \"%.40s\"",
					         name, l,
					         (const char *)c->left->text + c->left->para[l].start,
					         r,
					         (const char *)c->right->text + c->right->para[r].start);
				}
			}
	}
	for (i = 0; i < g->n; i++)
		if (g->strict[i]) {
			s->strict++;
			s->strict_found += t_paired(c, g->pair[i][0], g->pair[i][1]);
		}
}

START_TEST(align_bundled_pair_makes_no_wrong_pair)
{
	struct t_cmp c;
	struct gold g;
	struct score s = { 0 };
	char why[4096] = "";
	char path[4096];

	t_compare(&c, t_asset(LEFT_ASSET), t_asset(RIGHT_ASSET));
	snprintf(path, sizeof path, "%s/kerry-bundled.gold", getenv("FIXTURES"));
	gold_load(&g, path, &c);
	score_pair(&c, &g, &s, "bundled", why, sizeof why);
	ck_assert_msg(s.correct == s.predicted, "%zu of %zu pairs wrong:%s",
	              s.predicted - s.correct, s.predicted, why);
	free(g.pair);
	free(g.strict);
	t_compare_free(&c);
}
END_TEST

/* ---- development set ------------------------------------------------- */

/* Floors under what is measured on the 28 invented pairs (precision
 * 0.96, strict recall 0.895, 325 of 363: the last six pairs, written in
 * the styles of real copy, are harder than the first): a change that
 * loses more is a regression. */
#define DEVSET_MIN_PRECISION 0.93
#define DEVSET_MIN_RECALL 0.89

START_TEST(align_devset_precision_and_recall_hold)
{
	struct score s = { 0 };
	char why[8192] = "";
	size_t i;

	for (i = 0; i < T_NDEVSET; i++) {
		char l[256], r[256], gpath[4096];
		struct t_cmp c;
		struct gold g;

		snprintf(l, sizeof l, "pairs/%s.left.txt", t_devset[i]);
		snprintf(r, sizeof r, "pairs/%s.right.txt", t_devset[i]);
		snprintf(gpath, sizeof gpath, "%s/pairs/%s.gold", getenv("FIXTURES"),
		         t_devset[i]);
		t_compare(&c, t_fixture(l), t_fixture(r));
		gold_load(&g, gpath, &c);
		score_pair(&c, &g, &s, t_devset[i], why, sizeof why);
		free(g.pair);
		free(g.strict);
		t_compare_free(&c);
	}
	printf("align devset: precision %.3f (%zu/%zu), strict recall %.3f "
	       "(%zu/%zu)\n", (double)s.correct / s.predicted, s.correct,
	       s.predicted, (double)s.strict_found / s.strict, s.strict_found,
	       s.strict);
	ck_assert_msg((double)s.correct >= DEVSET_MIN_PRECISION * s.predicted,
	              "precision %zu/%zu below %.2f:%s", s.correct, s.predicted,
	              DEVSET_MIN_PRECISION, why);
	ck_assert_msg((double)s.strict_found >= DEVSET_MIN_RECALL * s.strict,
	              "strict recall %zu/%zu below %.2f", s.strict_found,
	              s.strict, DEVSET_MIN_RECALL);
}
END_TEST

/* ---- general properties -------------------------------------------- */

static int
is_content(const struct article *a, size_t i)
{
	return article_kind_is_content(a->para[i].kind);
}

START_TEST(align_report_against_itself_pairs_each_paragraph_at_one)
{
	const char *names[] = { LEFT_ASSET, RIGHT_ASSET };

	for (size_t k = 0; k < 2; k++) {
		struct t_cmp c;
		size_t i;

		t_compare(&c, t_asset(names[k]), t_asset(names[k]));
		for (i = 0; i < c.left->npara; i++) {
			size_t g = c.al->left_group[i];

			if (!is_content(c.left, i)) {
				ck_assert_uint_eq(g, ALIGN_NONE);
				continue;
			}
			ck_assert_msg(g != ALIGN_NONE, "%s: paragraph %zu unpaired",
			              names[k], i);
			ck_assert_uint_eq(c.al->group[g].nleft, 1);
			ck_assert_uint_eq(c.al->group[g].nright, 1);
			ck_assert_uint_eq(align_right(c.al, g, 0), i);
			ck_assert_msg(c.al->group[g].score >= 0.999,
			              "%s: paragraph %zu scores %f", names[k], i,
			              c.al->group[g].score);
		}
		t_compare_free(&c);
	}
}
END_TEST

/* The invariants of an alignment: groups in the order of their first
 * left paragraph, members in document order and laid out group after
 * group, and each paragraph's group naming it as a member. */
static void
check_alignment(const struct alignment *al)
{
	size_t g, i, k = 0, n = 0, p;

	for (g = 0; g < al->ngroup; g++) {
		const struct align_group *gr = &al->group[g];

		ck_assert_uint_ge(gr->nleft, 1);
		ck_assert_uint_ge(gr->nright, 1);
		ck_assert_uint_eq(gr->left, k);
		ck_assert_uint_eq(gr->right, k + gr->nleft);
		k += gr->nleft + gr->nright;
		if (g > 0)
			ck_assert_uint_lt(align_left(al, g - 1, 0),
			                  align_left(al, g, 0));
		for (i = 0; i < gr->nleft; i++) {
			p = align_left(al, g, i);
			ck_assert_uint_eq(al->left_group[p], g);
			if (i > 0)
				ck_assert_uint_lt(align_left(al, g, i - 1), p);
		}
		for (i = 0; i < gr->nright; i++) {
			p = align_right(al, g, i);
			ck_assert_uint_eq(al->right_group[p], g);
			if (i > 0)
				ck_assert_uint_lt(align_right(al, g, i - 1), p);
		}
	}
	for (p = 0; p < al->left->npara; p++)
		n += al->left_group[p] != ALIGN_NONE;
	for (p = 0; p < al->right->npara; p++)
		n += al->right_group[p] != ALIGN_NONE;
	ck_assert_uint_eq(n, k);
}

/* A group added after the run (evidence found later) takes its place by
 * its left paragraph; the groups after it move up by one; a paragraph
 * already paired is refused. */
START_TEST(align_added_group_keeps_the_order_of_groups)
{
	struct t_cmp c;
	size_t ng, first, last;

	t_compare(&c, t_article("Storm closes the port of Valparaiso\n\n"
	                        "Cranes stood idle as waves broke over the "
	                        "harbour wall.\n\n"
	                        "The storm is expected to weaken by Thursday, "
	                        "forecasters at the naval weather office "
	                        "said.\n\n"
	                        "Fishermen hauled their boats onto the beach at "
	                        "dawn.\n"),
	          t_article("Storm closes the port of Valparaiso\n\n"
	                    "Bus services to the hills were suspended after "
	                    "landslips.\n\n"
	                    "The storm is expected to weaken by Thursday, "
	                    "forecasters at the naval weather office said.\n\n"
	                    "Schools in the lower town stayed shut.\n"));
	check_alignment(c.al);
	ng = c.al->ngroup;
	ck_assert_uint_eq(c.al->left_group[1], ALIGN_NONE);
	ck_assert_uint_eq(c.al->right_group[3], ALIGN_NONE);
	ck_assert_uint_ne(c.al->left_group[2], ALIGN_NONE);
	last = c.al->left_group[2];
	/* Left 1 comes before the passage of left 2. */
	ck_assert(align_add_group(c.al, 1, 3, 0.5));
	check_alignment(c.al);
	ck_assert_uint_eq(c.al->ngroup, ng + 1);
	first = c.al->left_group[1];
	ck_assert_uint_eq(c.al->right_group[3], first);
	ck_assert_uint_eq(c.al->left_group[2], last + 1);
	ck_assert_double_eq(c.al->group[first].score, 0.5);
	/* Either paragraph taken: nothing changes. */
	ck_assert(!align_add_group(c.al, 1, 1, 0.5));
	ck_assert(!align_add_group(c.al, 3, 3, 0.5));
	ck_assert_uint_eq(c.al->ngroup, ng + 1);
	/* At the end. */
	ck_assert(align_add_group(c.al, 3, 1, 0.5));
	check_alignment(c.al);
	ck_assert_uint_eq(c.al->left_group[3], c.al->ngroup - 1);
	t_compare_free(&c);
}
END_TEST

/* The paragraphs of a report, every fourth first, then the rest. */
static char *
shuffled(const struct article *a)
{
	size_t i, k, n = 0;
	char *out = malloc(a->text_len * 2 + 1);

	for (k = 0; k < 4; k++)
		for (i = k; i < a->npara; i += 4) {
			memcpy(out + n, a->text + a->para[i].start, a->para[i].len);
			n += a->para[i].len;
			memcpy(out + n, "\n\n", 2);
			n += 2;
		}
	out[n] = '\0';
	return out;
}

START_TEST(align_shuffled_copy_pairs_every_paragraph)
{
	struct article *orig = t_asset(RIGHT_ASSET);
	char *text = shuffled(orig);
	struct t_cmp c;
	size_t i, paired = 0, content = 0;

	t_compare(&c, orig, t_article(text));
	for (i = 0; i < c.left->npara; i++) {
		size_t j;

		j = t_para(c.right, (const char *)c.left->text + c.left->para[i].start);
		/* Kinds that depend on position (the headline: first) change
		 * with the order; content on both sides must pair. */
		if (!is_content(c.left, i) || !is_content(c.right, j))
			continue;
		content++;
		ck_assert_msg(t_paired(&c, i, j), "paragraph %zu not found: %.50s",
		              i, (const char *)c.left->text + c.left->para[i].start);
		paired++;
	}
	ck_assert_uint_eq(paired, content);
	ck_assert_uint_ge(content, 17);
	free(text);
	t_compare_free(&c);
}
END_TEST

START_TEST(align_unrelated_text_pairs_nothing)
{
	struct t_cmp c;

	t_compare(&c, t_asset(LEFT_ASSET), t_fixture("gpl-3.txt"));
	ck_assert_msg(c.al->ngroup <= 1, "%zu groups with a license text",
	              c.al->ngroup);
	t_compare_free(&c);
}
END_TEST

/* Replace every occurrence of from with to. */
static char *
replace_all(const char *s, const char *from, const char *to)
{
	size_t nf = strlen(from), nt = strlen(to), n = 0;
	char *out = malloc(strlen(s) * (nt > nf ? nt : 1) + 1);

	while (*s) {
		if (strncmp(s, from, nf) == 0) {
			memcpy(out + n, to, nt);
			n += nt;
			s += nf;
		} else {
			out[n++] = *s++;
		}
	}
	out[n] = '\0';
	return out;
}

static void
assert_same_scores(const struct t_cmp *a, const struct t_cmp *b)
{
	size_t g;

	ck_assert_uint_eq(a->al->ngroup, b->al->ngroup);
	for (g = 0; g < a->al->ngroup; g++) {
		ck_assert_uint_eq(align_left(a->al, g, 0), align_left(b->al, g, 0));
		ck_assert_uint_eq(align_right(a->al, g, 0), align_right(b->al, g, 0));
		ck_assert_double_eq_tol(a->al->group[g].score, b->al->group[g].score,
		                        1e-6);
	}
}

START_TEST(align_curly_and_straight_quotes_score_alike)
{
	char *text, *t1, *t2;
	struct t_cmp a, b;
	size_t len;

	text = (char *)t_asset_bytes(LEFT_ASSET, &len);
	t1 = replace_all(text, "'", "\xE2\x80\x99");
	t2 = replace_all(t1, " \"", " \xE2\x80\x9C");
	t_compare(&a, t_asset(LEFT_ASSET), t_asset(RIGHT_ASSET));
	t_compare(&b, t_article(t2), t_asset(RIGHT_ASSET));
	assert_same_scores(&a, &b);
	t_compare_free(&a);
	t_compare_free(&b);
	free(text);
	free(t1);
	free(t2);
}
END_TEST

START_TEST(align_nfd_and_nfc_score_alike)
{
	const char *nfc_l =
	    "Jos\xC3\xA9 N\xC3\xBA\xC3\xB1" "ez was sentenced to seven years in "
	    "prison by the court in Sevilla.\n\n"
	    "The caf\xC3\xA9 owners in M\xC3\xA1laga protested the ruling.\n";
	const char *nfd_l =
	    "Jose\xCC\x81 Nu\xCC\x81n\xCC\x83" "ez was sentenced to seven years in "
	    "prison by the court in Sevilla.\n\n"
	    "The cafe\xCC\x81 owners in Ma\xCC\x81laga protested the ruling.\n";
	const char *right =
	    "A court in Sevilla sentenced Jos\xC3\xA9 N\xC3\xBA\xC3\xB1" "ez to "
	    "seven years in prison.\n\n"
	    "In M\xC3\xA1laga, caf\xC3\xA9 owners protested against the ruling.\n";
	struct t_cmp a, b;

	t_compare(&a, t_article(nfc_l), t_article(right));
	t_compare(&b, t_article(nfd_l), t_article(right));
	ck_assert_uint_eq(a.al->ngroup, 2);
	assert_same_scores(&a, &b);
	t_compare_free(&a);
	t_compare_free(&b);
}
END_TEST

START_TEST(align_split_paragraph_joins_as_one_to_two)
{
	const char *left =
	    "Flood waters rose overnight in the river town of Marlow, forcing "
	    "about 2,000 residents from their homes, and the mayor ordered the "
	    "old bridge closed after engineers found cracks in its pillars.\n\n"
	    "The national weather service expects more rain through Sunday.\n";
	const char *right =
	    "About 2,000 Marlow residents fled their homes overnight as flood "
	    "waters rose in the river town.\n\n"
	    "The mayor closed the old bridge after engineers found cracks in "
	    "the pillars that hold it up.\n\n"
	    "Forecasters at the national weather service said more rain was "
	    "expected through Sunday.\n";
	struct t_cmp c;

	t_compare(&c, t_article(left), t_article(right));
	ck_assert(t_paired(&c, 0, 0));
	ck_assert(t_paired(&c, 0, 1));
	ck_assert(t_paired(&c, 1, 2));
	ck_assert_uint_eq(c.al->ngroup, 2);
	t_compare_free(&c);
}
END_TEST

START_TEST(align_boilerplate_and_duplicates_never_pair)
{
	struct t_cmp c;
	size_t i;

	t_compare(&c, t_asset(LEFT_ASSET), t_asset(LEFT_ASSET));
	for (i = 0; i < c.left->npara; i++) {
		enum article_kind k = c.left->para[i].kind;

		if (k == ARTICLE_BOILERPLATE || k == ARTICLE_DUPLICATE ||
		    k == ARTICLE_CAPTION || k == ARTICLE_LABEL ||
		    k == ARTICLE_BYLINE)
			ck_assert_uint_eq(c.al->left_group[i], ALIGN_NONE);
	}
	t_compare_free(&c);
}
END_TEST

START_TEST(align_empty_report_pairs_nothing)
{
	struct t_cmp c;

	t_compare(&c, t_article(""), t_asset(RIGHT_ASSET));
	ck_assert_uint_eq(c.al->ngroup, 0);
	for (size_t i = 0; i < c.right->npara; i++)
		ck_assert_uint_eq(c.al->right_group[i], ALIGN_NONE);
	t_compare_free(&c);
}
END_TEST

START_TEST(align_scores_stay_between_zero_and_one)
{
	struct t_cmp c;

	t_compare(&c, t_asset(LEFT_ASSET), t_asset(RIGHT_ASSET));
	for (size_t g = 0; g < c.al->ngroup; g++) {
		ck_assert(c.al->group[g].score >= 0.0);
		ck_assert(c.al->group[g].score <= 1.0);
		if (g > 0)	/* groups in the order of their left paragraphs */
			ck_assert_uint_lt(align_left(c.al, g - 1, 0),
			                  align_left(c.al, g, 0));
	}
	t_compare_free(&c);
}
END_TEST

/* ---- paraphrase ---------------------------------------------------- */

/* Invented wire copy (tests/fixtures/paraphrase): headlines that share no
 * word ("FOUR DEPUTIES INDICTED IN JAIL BEATING" / "Sheriff's officers
 * charged over inmate assault"), ledes that share two words and tell the
 * same news otherwise in their own. */
#define HEAD_LEFT "paraphrase/headline.left.txt"
#define HEAD_RIGHT "paraphrase/headline.right.txt"

START_TEST(align_paraphrased_headlines_pair_through_related_words)
{
	struct t_cmp c;

	t_compare(&c, t_fixture(HEAD_LEFT), t_fixture(HEAD_RIGHT));
	ck_assert_int_eq(c.left->para[0].kind, ARTICLE_HEADLINE);
	ck_assert_int_eq(c.right->para[0].kind, ARTICLE_HEADLINE);
	ck_assert_msg(t_paired(&c, 0, 0), "the headlines stay apart");
	ck_assert(t_paired(&c, 1, 1));
	ck_assert(t_paired(&c, 2, 3));
	ck_assert(t_paired(&c, 3, 2));
	ck_assert(t_paired(&c, 4, 4));
	ck_assert_uint_eq(c.al->ngroup, 5);
	t_compare_free(&c);
}
END_TEST

/* The same pair without the related-words table: nothing else links the
 * headlines, so the test above cannot pass for another reason. */
START_TEST(align_paraphrased_headlines_need_the_related_words)
{
	struct t_cmp c;
	struct compare_data d = { 0 };
	uint8_t *stop = t_asset_bytes("stopwords-en.txt", &d.nstopwords);
	uint8_t *syn = t_asset_bytes("synonyms-en.txt", &d.nsynonyms);

	d.stopwords = stop;
	d.synonyms = syn;
	compare_articles(&c, t_fixture(HEAD_LEFT), t_fixture(HEAD_RIGHT), &d);
	free(stop);
	free(syn);
	ck_assert(!t_paired(&c, 0, 0));
	ck_assert(t_paired(&c, 1, 1));
	t_compare_free(&c);
}
END_TEST

START_TEST(align_paraphrased_ledes_pair)
{
	struct t_cmp c;
	size_t i;

	t_compare(&c, t_fixture("paraphrase/lede.left.txt"),
	          t_fixture("paraphrase/lede.right.txt"));
	for (i = 0; i < 5; i++)
		ck_assert_msg(t_paired(&c, i, i), "paragraph %zu unpaired", i);
	ck_assert_uint_eq(c.al->ngroup, 5);
	t_compare_free(&c);
}
END_TEST

/* Invented wire copy (tests/fixtures/mutual): every paragraph pairs on
 * its facts but one, where the two reports tell the farmers' loss in
 * their own words and share only "spring" and "harvest"; nothing else in
 * either report is closer to the other.  Two names alone never do this
 * (the bundled pair's ledes share only "President Barack Obama" and
 * "Assad": align_bundled_pair_makes_no_wrong_pair), nor does a paragraph
 * the other report lacks. */
START_TEST(align_best_partners_in_both_reports_pair_on_two_words)
{
	struct t_cmp c;
	size_t l, r;

	t_compare(&c, t_fixture("mutual/left.txt"),
	          t_fixture("mutual/right.txt"));
	l = t_para(c.left, "Farmers in the valley had spent");
	r = t_para(c.right, "Growers who had waited out");
	ck_assert_msg(t_paired(&c, l, r), "the harvest paragraphs stay apart");
	ck_assert_uint_eq(c.al->left_group[l], c.al->right_group[r]);
	r = t_para(c.right, "The river last burst its banks");
	ck_assert_uint_eq(c.al->right_group[r], ALIGN_NONE);
	l = t_para(c.left, "By ANNA PELLIGRINI");
	ck_assert_uint_eq(c.al->left_group[l], ALIGN_NONE);
	ck_assert_uint_eq(c.al->ngroup, 7);
	t_compare_free(&c);
}
END_TEST

/* Invented wire copy (tests/fixtures/context): the diverted ships stand
 * between the pay deal and the backlog in both reports, which pair; the
 * two paragraphs share only "container" and "stoppage", and the left one
 * says more of the right lede than of its own counterpart, so only the
 * order of the reports pairs them.  The last paragraphs, unrelated and
 * with no pair after them, stay apart. */
START_TEST(align_paragraph_between_two_pairs_pairs_on_two_words)
{
	struct t_cmp c;
	size_t l, r;

	t_compare(&c, t_fixture("context/left.txt"),
	          t_fixture("context/right.txt"));
	l = t_para(c.left, "Freight companies diverted");
	r = t_para(c.right, "Carriers sent container ships");
	ck_assert_msg(t_paired(&c, l, r), "the diverted ships stay apart");
	ck_assert_uint_eq(c.al->ngroup, 5);
	l = t_para(c.left, "The strike was the longest");
	ck_assert_uint_eq(c.al->left_group[l], ALIGN_NONE);
	r = t_para(c.right, "Analysts said the deal");
	ck_assert_uint_eq(c.al->right_group[r], ALIGN_NONE);
	t_compare_free(&c);
}
END_TEST

/* Invented wire copy (tests/fixtures/late): an analyst's comment closes
 * one report and a paragraph on insurance stands before the owner's
 * statement in the other.  They share "fire", "insurers", "premiums",
 * "owners" and "route", no names, and score under the mutual pass's
 * floor; the comment says more of the other report's headline, so it is
 * no best partner over both reports either.  Each is the other's best
 * among what is left, and they pair in the last pass.  Nothing else is
 * left to pair. */
START_TEST(align_leftover_best_partners_pair_on_three_words)
{
	struct t_cmp c;
	size_t l, r;

	t_compare(&c, t_fixture("late/left.txt"), t_fixture("late/right.txt"));
	l = t_para(c.left, "Shipping analyst Marc Delorme");
	r = t_para(c.right, "The fire comes as insurers");
	ck_assert_msg(t_paired(&c, l, r), "the insurance paragraphs stay apart");
	ck_assert_uint_eq(c.al->left_group[l], c.al->right_group[r]);
	ck_assert_msg(c.al->group[c.al->left_group[l]].score < 0.12,
	              "the pair scores %.3f, above the mutual pass's floor",
	              c.al->group[c.al->left_group[l]].score);
	t_compare_free(&c);
}
END_TEST

/* Invented wire copy (tests/fixtures/join): the left lede tells the
 * power cut and the closed port in one sentence, the right report in two
 * paragraphs, the port in the second, which scores under the joining
 * floor with the lede.  It stands next to the lede's partner and makes
 * the group more alike, so it joins (1:2). */
START_TEST(align_weak_neighbour_joins_when_the_group_gains)
{
	struct t_cmp c;
	size_t l, r, r2;

	t_compare(&c, t_fixture("join/left.txt"), t_fixture("join/right.txt"));
	l = t_para(c.left, "SEAHAM (Wire)");
	r = t_para(c.right, "About 40,000 homes");
	r2 = t_para(c.right, "The port was shut");
	ck_assert_msg(t_paired(&c, l, r), "the power cut stays apart");
	ck_assert_msg(t_paired(&c, l, r2), "the closed port stays apart");
	ck_assert_uint_eq(c.al->right_group[r], c.al->right_group[r2]);
	ck_assert_uint_eq(c.al->ngroup, 5);
	t_compare_free(&c);
}
END_TEST

/* Invented wire copy (tests/fixtures/lede): the left lede tells the
 * flight and the damage in one paragraph, the right report in its lede
 * and two paragraphs on.  The left lede pairs with the damage; the right
 * lede, whose best partner it is, joins them (1:2). */
START_TEST(align_free_lede_joins_the_other_ledes_group)
{
	struct t_cmp c;
	size_t l, r, d;

	t_compare(&c, t_fixture("lede/left.txt"), t_fixture("lede/right.txt"));
	l = t_para(c.left, "SANTA ROSITA, Calif. (AP)");
	r = t_para(c.right, "SANTA ROSITA, California (Reuters)");
	d = t_para(c.right, "At least 40 homes were destroyed");
	ck_assert_msg(t_paired(&c, l, d), "the damage stays apart");
	ck_assert_msg(t_paired(&c, l, r), "the ledes stay apart");
	ck_assert_uint_eq(c.al->ngroup, 4);
	t_compare_free(&c);
}
END_TEST

/* Invented copy (tests/fixtures/lede-headline): the left lede sums up
 * the right headline ("millions of space heaters were recalled after
 * fires") more than it does any body paragraph, and the right lede has
 * paired with the left paragraph that tells the recall in full.  The
 * headline pairs only with the headline, so the left lede still joins
 * the right lede's group. */
START_TEST(align_free_lede_joins_though_its_best_match_is_a_headline)
{
	struct t_cmp c;
	size_t l, r;

	t_compare(&c, t_fixture("lede-headline/left.txt"),
	          t_fixture("lede-headline/right.txt"));
	l = t_para(c.left, "Owners were frantic on Sunday");
	r = t_para(c.right, "More than four million electric");
	ck_assert_msg(t_paired(&c, l, r), "the ledes stay apart");
	ck_assert_msg(t_paired(&c, t_para(c.left, "A heater maker in Dunmore"),
	                       r), "the recall in full lost its pair");
	ck_assert_uint_eq(c.al->ngroup, 3);
	t_compare_free(&c);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("align");
	TCase *tc;

	tc = tcase_create("the bundled pair");
	tcase_add_test(tc, align_bundled_pair_required_passages_pair);
	tcase_add_test(tc, align_bundled_pair_makes_no_wrong_pair);
	suite_add_tcase(s, tc);

	tc = tcase_create("reports by other outlets");
	tcase_add_test(tc, align_devset_precision_and_recall_hold);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);

	tc = tcase_create("paraphrase");
	tcase_add_test(tc, align_paraphrased_headlines_pair_through_related_words);
	tcase_add_test(tc, align_paraphrased_headlines_need_the_related_words);
	tcase_add_test(tc, align_paraphrased_ledes_pair);
	tcase_add_test(tc, align_best_partners_in_both_reports_pair_on_two_words);
	tcase_add_test(tc, align_paragraph_between_two_pairs_pairs_on_two_words);
	tcase_add_test(tc, align_leftover_best_partners_pair_on_three_words);
	tcase_add_test(tc, align_weak_neighbour_joins_when_the_group_gains);
	tcase_add_test(tc, align_free_lede_joins_the_other_ledes_group);
	tcase_add_test(tc, align_free_lede_joins_though_its_best_match_is_a_headline);
	suite_add_tcase(s, tc);

	tc = tcase_create("general properties");
	tcase_add_test(tc, align_report_against_itself_pairs_each_paragraph_at_one);
	tcase_add_test(tc, align_shuffled_copy_pairs_every_paragraph);
	tcase_add_test(tc, align_unrelated_text_pairs_nothing);
	tcase_add_test(tc, align_curly_and_straight_quotes_score_alike);
	tcase_add_test(tc, align_nfd_and_nfc_score_alike);
	tcase_add_test(tc, align_split_paragraph_joins_as_one_to_two);
	tcase_add_test(tc, align_boilerplate_and_duplicates_never_pair);
	tcase_add_test(tc, align_empty_report_pairs_nothing);
	tcase_add_test(tc, align_scores_stay_between_zero_and_one);
	tcase_add_test(tc, align_added_group_keeps_the_order_of_groups);
	suite_add_tcase(s, tc);
	return s;
}
