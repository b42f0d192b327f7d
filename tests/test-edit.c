/* test-edit.c - the word edits of aligned passages: what changed, as
 * byte spans per paragraph, and what the revisions summary makes of
 * them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "compare.h"
#include "edit.h"
#include "out.h"
#include "revision.h"
#include "testutil.h"
#include "thread.h"

/* The text of a side's span of edit e. */
static char *
span_str(const struct article *a, const struct fact_span *sp)
{
	static char buf[2][256];
	static int which;
	char *b = buf[which ^= 1];
	size_t n = sp->end - sp->start;

	ck_assert_uint_lt(n, sizeof buf[0]);
	memcpy(b, a->text + a->para[sp->para].start + sp->start, n);
	b[n] = '\0';
	return b;
}

/* All edits of a comparison as "op:left|right;" in order. */
static const char *
shown(const struct compare *c, const struct edits *ed)
{
	static char out[2048];
	size_t i;

	out[0] = '\0';
	for (i = 0; i < ed->nedit; i++) {
		const struct edit *e = &ed->edit[i];
		char one[600];

		snprintf(one, sizeof one, "%s%s:%s|%s", i ? ";" : "",
		         edit_op_str(e->op), span_str(c->left, &e->left),
		         span_str(c->right, &e->right));
		strcat(out, one);
	}
	return out;
}

/* Compare two texts, find the edits; the comparison's to free. */
static void
diff(struct compare *c, const char *l, const char *r)
{
	t_compare(c, t_article(l), t_article(r));
	compare_word_diff(c);
	ck_assert_ptr_nonnull(c->edits);
}

START_TEST(edit_insertion_has_an_empty_left_span)
{
	struct compare c;

	diff(&c, "The council met on Monday to vote on the budget.",
	     "The council met briefly on Monday to vote on the budget.");
	ck_assert_str_eq(shown(&c, c.edits), "insert:|briefly");
	/* Where the word would go: right after "met". */
	ck_assert_uint_eq(c.edits->edit[0].left.start, 15);
	ck_assert_uint_eq(c.edits->edit[0].left.end, 15);
	t_compare_free(&c);
}
END_TEST

START_TEST(edit_deletion_has_an_empty_right_span)
{
	struct compare c;

	diff(&c, "The council met briefly on Monday to vote on the budget.",
	     "The council met on Monday to vote on the budget.");
	ck_assert_str_eq(shown(&c, c.edits), "delete:briefly|");
	ck_assert_uint_eq(c.edits->edit[0].right.start, 15);
	t_compare_free(&c);
}
END_TEST

START_TEST(edit_replacement_spans_both_sides)
{
	struct compare c;

	diff(&c, "Floods in the valley leave 12 dead after a night of rain",
	     "Floods in the valley leave 17 dead after a night of rain");
	ck_assert_str_eq(shown(&c, c.edits), "replace:12|17");
	ck_assert_uint_eq(c.edits->group[0].n, 1);
	ck_assert(!c.edits->group[0].skipped);
	t_compare_free(&c);
}
END_TEST

START_TEST(edit_unicode_variants_are_the_same_words)
{
	struct compare c;

	/* NFC and NFD, curly and straight quotes and apostrophes, a dash
	 * and a hyphen, case. */
	diff(&c, "The caf\xc3\xa9 owner said \xe2\x80\x9cwe\xe2\x80\x99re "
	     "open\xe2\x80\x9d \xe2\x80\x94 for now, in Z\xc3\xbcrich.",
	     "THE CAFE\xcc\x81 OWNER said \"we're open\" - for NOW, in "
	     "Zu\xcc\x88rich.");
	ck_assert_str_eq(shown(&c, c.edits), "");
	ck_assert(c.edits->group[0].likeness > 0.99);
	t_compare_free(&c);
}
END_TEST

/* A passage whose two sides are the same bytes is not diffed; what it
 * gets must be what the diff gives a passage of the same words written
 * differently: no edits, likeness 1, a script (not skipped). */
START_TEST(edit_same_text_is_as_the_same_words)
{
	struct compare same, folded;
	size_t g;

	diff(&same, "Rescue crews in boats worked through the night.\n\n"
	     "The council met on Monday.",
	     "Rescue crews in boats worked through the night.\n\n"
	     "The council met on Monday.");
	diff(&folded, "Rescue crews in boats worked through the night.\n\n"
	     "The council met on Monday.",
	     "RESCUE CREWS in boats worked through the night.\n\n"
	     "the council met on monday.");
	ck_assert_uint_eq(same.edits->ngroup, 2);
	ck_assert_uint_eq(folded.edits->ngroup, 2);
	ck_assert_uint_eq(same.edits->nedit, 0);
	ck_assert_uint_eq(folded.edits->nedit, 0);
	for (g = 0; g < 2; g++) {
		const struct edit_group *a = &same.edits->group[g];
		const struct edit_group *b = &folded.edits->group[g];

		ck_assert(a->likeness == 1.0);
		ck_assert(a->likeness == b->likeness);
		ck_assert_uint_eq(a->n, b->n);
		ck_assert_uint_eq(a->first, b->first);
		ck_assert(!a->skipped && !b->skipped);
	}
	t_compare_free(&same);
	t_compare_free(&folded);
}
END_TEST

START_TEST(edit_moved_paragraph_has_no_edits_and_is_moved)
{
	struct compare c;
	const char *a = "Rain fell on the northern hills for three days.\n\n"
		"The river Orsa burst its banks shortly after midnight.\n\n"
		"Rescue crews in boats worked through the night.\n\n"
		"Schools in the valley stay closed until further notice.";
	const char *b = "Rain fell on the northern hills for three days.\n\n"
		"Schools in the valley stay closed until further notice.\n\n"
		"The river Orsa burst its banks shortly after midnight.\n\n"
		"Rescue crews in boats worked through the night.";
	size_t i, moved = 0;

	diff(&c, a, b);
	ck_assert_str_eq(shown(&c, c.edits), "");
	ck_assert(t_paired(&c, 3, 1));
	ck_assert(compare_is_revision(&c));
	compare_revisions(&c);
	for (i = 0; i < c.revisions->n; i++) {
		ck_assert_int_eq(c.revisions->v[i].kind, REVISION_MOVED);
		ck_assert_uint_eq(c.revisions->v[i].left, 3);
		ck_assert_uint_eq(c.revisions->v[i].right, 1);
		moved++;
	}
	ck_assert_uint_eq(moved, 1);
	t_compare_free(&c);
}
END_TEST

/* An alignment of one group, members as given, over c's articles. */
struct one_group {
	struct alignment al;
	struct align_group g;
	size_t member[8];
	size_t lg[8], rg[8];
};

static void
one_group(struct one_group *o, const struct compare *c, const size_t *l,
          size_t nl, const size_t *r, size_t nr)
{
	size_t i;

	memset(o, 0, sizeof *o);
	o->al.left = c->left;
	o->al.right = c->right;
	o->al.group = &o->g;
	o->al.ngroup = 1;
	o->al.member = o->member;
	o->al.left_group = o->lg;
	o->al.right_group = o->rg;
	o->g = (struct align_group){ 0, nl, nl, nr, 1.0 };
	for (i = 0; i < nl; i++)
		o->member[i] = l[i];
	for (i = 0; i < nr; i++)
		o->member[nl + i] = r[i];
}

START_TEST(edit_one_to_two_group_keeps_each_word_in_its_paragraph)
{
	struct compare c;
	struct one_group o;
	struct edits *ed;
	const size_t l[] = { 0 }, r[] = { 0, 1 };

	t_compare(&c, t_article("The mayor said the bridge would reopen on "
	                        "Friday. Engineers found no damage to it."),
	          t_article("The mayor said the bridge would reopen on "
	                    "Thursday.\n\nEngineers found no serious damage "
	                    "to it."));
	one_group(&o, &c, l, 1, r, 2);
	ed = edit_find(&o.al);
	ck_assert_str_eq(shown(&c, ed),
	                 "replace:Friday|Thursday;insert:|serious");
	ck_assert_uint_eq(ed->edit[0].right.para, 0);
	ck_assert_uint_eq(ed->edit[1].right.para, 1);
	ck_assert_uint_eq(ed->edit[1].left.para, 0);
	edit_free(ed);
	t_compare_free(&c);
}
END_TEST

START_TEST(edit_across_paragraphs_is_cut_at_the_boundary)
{
	struct compare c;
	struct one_group o;
	struct edits *ed;
	const size_t l[] = { 0, 1 }, r[] = { 0 };

	/* The end of one paragraph and the start of the next replaced by
	 * one phrase: a replacement and a deletion, one per paragraph. */
	t_compare(&c, t_article("Officials met at noon to discuss the plan.\n\n"
	                        "Talks went on late and the vote passed."),
	          t_article("Officials met at noon and the vote passed."));
	one_group(&o, &c, l, 2, r, 1);
	ed = edit_find(&o.al);
	ck_assert_uint_eq(ed->nedit, 2);
	ck_assert_uint_eq(ed->edit[0].left.para, 0);
	ck_assert_uint_eq(ed->edit[1].left.para, 1);
	ck_assert_int_eq(ed->edit[1].op, EDIT_DELETE);
	ck_assert_uint_eq(ed->edit[1].right.start, ed->edit[1].right.end);
	edit_free(ed);
	t_compare_free(&c);
}
END_TEST

START_TEST(edit_empty_side_is_one_insertion)
{
	struct compare c;
	struct one_group o;
	struct edits *ed;
	const size_t l[] = { 0 }, r[] = { 0 };
	struct article *left = t_article("Placeholder words here.");

	t_compare(&c, left, t_article("Rescue crews worked all night."));
	c.left->para[0].ntok = 0;	/* a side with no words */
	one_group(&o, &c, l, 1, r, 1);
	ed = edit_find(&o.al);
	ck_assert_str_eq(shown(&c, ed), "insert:|Rescue crews worked all "
	                 "night.");
	ck_assert_uint_eq(ed->edit[0].left.para, 0);
	ck_assert_uint_eq(ed->edit[0].left.start, 0);
	ck_assert(!ed->group[0].skipped);
	edit_free(ed);
	t_compare_free(&c);
}
END_TEST

START_TEST(edit_unlike_passages_get_no_script)
{
	struct compare c;

	diff(&c, "Officials said the storm destroyed dozens of homes along "
	     "the coast on Sunday night.",
	     "Dozens of homes along the coast were wrecked when a storm "
	     "struck late on Sunday, officials said.");
	if (c.al->ngroup == 1 && c.edits->group[0].likeness <
	    EDIT_MIN_LIKENESS) {
		ck_assert(c.edits->group[0].skipped);
		ck_assert_uint_eq(c.edits->group[0].n, 0);
	} else {
		ck_assert(!c.edits->group[0].skipped);
	}
	t_compare_free(&c);
}
END_TEST

/* The summary of the revisions fixture lists exactly its changes. */
START_TEST(revision_fixture_summary_lists_exactly_its_changes)
{
	struct compare c;
	struct out *o = out_new(NULL);
	static const char *const want[] = {
		"figure changed: headline: 12 \xe2\x86\x92 17 dead",
		"figure changed: right 5: Wednesday \xe2\x86\x92 Tuesday",
		"quotation changed: right 7: rise this fast \xe2\x86\x92 climb "
		"so quickly",
		"added: right 8: \xe2\x80\x9c" "A shelter for about 300 "
		"displaced residents has...\xe2\x80\x9d",
		"removed: left 9: \xe2\x80\x9cSchools in the valley will stay "
		"closed until...\xe2\x80\x9d",
	};
	size_t i, n;

	t_compare(&c, t_fixture("revisions/left.txt"),
	          t_fixture("revisions/right.txt"));
	ck_assert(compare_is_revision(&c));
	compare_revisions(&c);
	ck_assert_uint_eq(c.revisions->n, sizeof want / sizeof *want);
	for (i = 0; i < c.revisions->n; i++) {
		char line[512];
		const uint8_t *m;

		revision_item_text(&c, &c.revisions->v[i], o);
		m = out_take(o, &n);
		snprintf(line, sizeof line, "%s: %.*s",
		         revision_kind_str(c.revisions->v[i].kind), (int)n, m);
		ck_assert_str_eq(line, want[i]);
	}
	out_free(o);
	t_compare_free(&c);
}
END_TEST

START_TEST(revision_same_text_twice_has_no_changes)
{
	struct compare c;
	const char *a = "Floods in the valley leave 12 dead\n\n"
		"Rescue crews in boats worked through the night.";

	t_compare(&c, t_article(a), t_article(a));
	ck_assert(compare_is_revision(&c));
	compare_revisions(&c);
	ck_assert_uint_eq(c.revisions->n, 0);
	ck_assert_uint_eq(c.revisions->close, c.revisions->content);
	ck_assert_uint_eq(c.edits->nedit, 0);
	t_compare_free(&c);
}
END_TEST

START_TEST(revision_two_outlets_are_not_versions)
{
	struct compare c;

	t_compare(&c, t_asset("upi-kerry-audio-2016-09-30.txt"),
	          t_asset("nbc-kerry-audio-2016-09-30.txt"));
	ck_assert(!compare_is_revision(&c));
	t_compare_free(&c);
}
END_TEST

/* A figure changed at the end of a paragraph of thousands of words is
 * found as one, with the word it counts, as in a short one. */
START_TEST(revision_figure_at_the_end_of_a_long_paragraph)
{
	static const char *const filler[] = { "Crews", "cleared", "the",
		"roads", "of", "mud", "and", "stones", "near", "the", "river",
		"again", "while", "volunteers", "carried", "supplies" };
	struct compare c;
	struct out *o = out_new(NULL);
	size_t cap = 1 << 18, n = 0, i, len, nfig = 0;
	char *l = malloc(cap), *r = malloc(cap), line[512];
	const uint8_t *m;

	ck_assert(l != NULL && r != NULL);
	n += (size_t)snprintf(l + n, cap - n, "Floods in the valley\n\n");
	for (i = 0; i < 6000; i++)
		n += (size_t)snprintf(l + n, cap - n, "%s%s", filler[i % 16],
		                      i % 16 == 15 ? ". " : " ");
	memcpy(r, l, n);
	snprintf(l + n, cap - n, "By evening 12 dead were counted.\n");
	snprintf(r + n, cap - n, "By evening 17 dead were counted.\n");
	t_compare(&c, t_article(l), t_article(r));
	ck_assert(compare_is_revision(&c));
	compare_revisions(&c);
	for (i = 0; i < c.revisions->n; i++) {
		if (c.revisions->v[i].kind != REVISION_FIGURE)
			continue;
		nfig++;
		revision_item_text(&c, &c.revisions->v[i], o);
		m = out_take(o, &len);
		snprintf(line, sizeof line, "%.*s", (int)len, m);
		ck_assert_str_eq(line, "right 2: 12 \xe2\x86\x92 17 dead");
	}
	ck_assert_uint_eq(nfig, 1);
	ck_assert_uint_eq(c.revisions->n, 1);
	out_free(o);
	t_compare_free(&c);
	free(l);
	free(r);
}
END_TEST

/* Two versions of one invented report of twelve paragraphs: the right
 * changes the toll of paragraph 4 and moves paragraph 10 up to 2.  The
 * two as texts, for versions_of(). */
static const char *const version_paras[] = {
	"Storm cuts power to coastal towns",
	"Heavy winds tore through the coast of Arden on Sunday night, "
	"cutting power to thousands of homes.",
	"The regional grid operator said crews were working in three shifts.",
	"Fallen trees blocked the coast road between Lisk and Varne.",
	"The storm left 12 dead across the region, officials said.",
	"Schools in the worst hit districts will stay closed on Monday.",
	"\"We have not seen winds like this in twenty years,\" said Mara "
	"Holt, who runs the harbour office.",
	"Ferries to the islands were cancelled until further notice.",
	"Insurers expect claims to run into the millions.",
	"The weather service warned of a second band of rain on Tuesday.",
	"Volunteers opened the town hall in Lisk as a shelter overnight.",
	"Power is expected back in most homes by Wednesday.",
};

static void
versions_of(char *l, char *r, size_t cap)
{
	static const size_t order[] = { 0, 1, 10, 2, 3, 4, 5, 6, 7, 8, 9, 11 };
	size_t i, nl = 0, nr = 0;

	for (i = 0; i < 12; i++) {
		const char *p = version_paras[order[i]];

		nl += (size_t)snprintf(l + nl, cap - nl, "%s\n\n",
		                       version_paras[i]);
		if (order[i] == 4)
			p = "The storm left 17 dead across the region, "
			    "officials said.";
		nr += (size_t)snprintf(r + nr, cap - nr, "%s\n\n", p);
	}
}

/* Versions that share most paragraphs word for word: those pair with
 * their twins as they are, before and without any analysis, and the
 * summary still lists exactly what changed. */
START_TEST(revision_verbatim_paragraphs_pair_unread)
{
	struct compare c;
	char l[4096], r[4096], line[256];
	struct out *o = out_new(NULL);
	size_t i, len, nfig = 0, nmoved = 0;
	const uint8_t *m;

	versions_of(l, r, sizeof l);
	t_compare(&c, t_article(l), t_article(r));
	for (i = 0; i < 12; i++) {
		const struct article_para *p = &c.left->para[i];
		size_t want = i == 10 ? 2 : i < 10 && i > 1 ? i + 1 : i;

		ck_assert_msg(t_paired(&c, i, want), "left %zu", i);
		ck_assert_msg(p->verbatim == (i != 4), "left %zu", i);
		if (i == 4) {
			ck_assert_uint_gt(p->ntok, 0);	/* the one read */
			ck_assert_uint_gt(c.right->para[5].ntok, 0);
			continue;
		}
		ck_assert_uint_eq(p->twin, want);
		ck_assert_uint_eq(p->ntok, 0);
		ck_assert_uint_eq(p->nfig, 0);
		ck_assert(c.al->group[c.al->left_group[i]].score == 1.0);
	}
	ck_assert(compare_is_revision(&c));
	compare_revisions(&c);
	for (i = 0; i < c.revisions->n; i++) {
		const struct revision_item *it = &c.revisions->v[i];

		revision_item_text(&c, it, o);
		m = out_take(o, &len);
		snprintf(line, sizeof line, "%.*s", (int)len, m);
		if (it->kind == REVISION_FIGURE) {
			nfig++;
			ck_assert_str_eq(line, "right 6: 12 \xe2\x86\x92 17 dead");
		} else {
			ck_assert_int_eq(it->kind, REVISION_MOVED);
			ck_assert_uint_eq(it->left, 10);
			nmoved++;
		}
	}
	ck_assert_uint_eq(nfig, 1);
	ck_assert_uint_eq(nmoved, 1);
	out_free(o);
	t_compare_free(&c);
}
END_TEST

/* Paragraphs removed one after another are listed in their order, each
 * after the passage before them, not in an order of their own. */
START_TEST(revision_removed_paragraphs_in_document_order)
{
	struct compare c;
	char l[4096], r[4096];
	size_t i, nl = 0, nr = 0, k = 0;

	for (i = 0; i < 12; i++) {
		nl += (size_t)snprintf(l + nl, sizeof l - nl, "%s\n\n",
		                       version_paras[i]);
		if (i < 5 || i > 9)	/* the right drops 5 to 9 */
			nr += (size_t)snprintf(r + nr, sizeof r - nr,
			                       "%s\n\n", version_paras[i]);
	}
	t_compare(&c, t_article(l), t_article(r));
	compare_revisions(&c);
	ck_assert_uint_eq(c.revisions->n, 5);
	for (i = 0; i < c.revisions->n; i++) {
		const struct revision_item *it = &c.revisions->v[i];

		ck_assert_int_eq(it->kind, REVISION_REMOVED);
		ck_assert_uint_eq(it->left, 5 + k++);
	}
	t_compare_free(&c);
}
END_TEST

/* In a long report every paragraph the other version has word for word
 * finds its twin, however the hash table's probes run into each other.
 * (Long enough for the two reports' tags to be hashed in two threads,
 * which the ThreadSanitizer run of this suite then watches.) */
START_TEST(revision_verbatim_finds_every_twin_of_a_long_report)
{
	struct compare c;
	size_t cap = 1 << 17, nl = 0, nr = 0, i, n = 0;
	char *l = malloc(cap), *r = malloc(cap);

	ck_assert(l != NULL && r != NULL);
	for (i = 0; i < 2000; i++) {
		nl += (size_t)snprintf(l + nl, cap - nl, "District %zu reported "
		                       "%zu homes without power.\n\n", i,
		                       i * 7 % 31);
		nr += (size_t)snprintf(r + nr, cap - nr, "District %zu reported "
		                       "%zu homes without power.\n\n", i,
		                       i == 200 ? 99 : i * 7 % 31);
	}
	ck_assert_uint_gt(nl + nr, THREAD_MIN_WORK);
	t_compare(&c, t_article(l), t_article(r));
	for (i = 0; i < c.left->npara; i++) {
		if (!article_kind_is_content(c.left->para[i].kind))
			continue;
		ck_assert_msg(c.left->para[i].verbatim == (i != 200),
		              "left %zu", i);
		n += c.left->para[i].verbatim;
	}
	ck_assert_uint_eq(n, 1999);
	t_compare_free(&c);
	free(l);
	free(r);
}
END_TEST

/* Taken as two reports (--no-revisions), or sharing fewer than three
 * quarters of their paragraphs word for word, every paragraph is read. */
START_TEST(revision_verbatim_only_for_versions)
{
	struct compare c;
	char l[4096], r[4096];
	size_t i, k;

	versions_of(l, r, sizeof l);
	t_compare_as(&c, t_article(l), t_article(r), COMPARE_REPORTS);
	for (i = 0; i < c.left->npara; i++) {
		ck_assert(!c.left->para[i].verbatim);
		ck_assert_uint_gt(c.left->para[i].ntok, 0);
	}
	t_compare_free(&c);
	/* Four more changed, five of twelve: 14 of 24 paragraphs the same. */
	for (k = 0; k < 4; k++) {
		char *at = strstr(r, version_paras[1 + 2 * k]);

		ck_assert_ptr_nonnull(at);
		*at = 'X';
	}
	t_compare(&c, t_article(l), t_article(r));
	for (i = 0; i < c.left->npara; i++) {
		ck_assert(!c.left->para[i].verbatim);
		ck_assert_uint_gt(c.left->para[i].ntok, 0);
	}
	t_compare_free(&c);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("edit");
	TCase *tc = tcase_create("word edits");

	tcase_add_test(tc, edit_insertion_has_an_empty_left_span);
	tcase_add_test(tc, edit_deletion_has_an_empty_right_span);
	tcase_add_test(tc, edit_replacement_spans_both_sides);
	tcase_add_test(tc, edit_unicode_variants_are_the_same_words);
	tcase_add_test(tc, edit_same_text_is_as_the_same_words);
	tcase_add_test(tc, edit_moved_paragraph_has_no_edits_and_is_moved);
	tcase_add_test(tc, edit_one_to_two_group_keeps_each_word_in_its_paragraph);
	tcase_add_test(tc, edit_across_paragraphs_is_cut_at_the_boundary);
	tcase_add_test(tc, edit_empty_side_is_one_insertion);
	tcase_add_test(tc, edit_unlike_passages_get_no_script);
	suite_add_tcase(s, tc);
	tc = tcase_create("revisions");
	tcase_add_test(tc, revision_fixture_summary_lists_exactly_its_changes);
	tcase_add_test(tc, revision_same_text_twice_has_no_changes);
	tcase_add_test(tc, revision_figure_at_the_end_of_a_long_paragraph);
	tcase_add_test(tc, revision_two_outlets_are_not_versions);
	tcase_add_test(tc, revision_verbatim_paragraphs_pair_unread);
	tcase_add_test(tc, revision_removed_paragraphs_in_document_order);
	tcase_add_test(tc, revision_verbatim_finds_every_twin_of_a_long_report);
	tcase_add_test(tc, revision_verbatim_only_for_versions);
	suite_add_tcase(s, tc);
	return s;
}
