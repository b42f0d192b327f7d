/* ledger.c - the figures, quotations and names of two reports in one
 * list: the shared ones from the facts, each side's own from its
 * article, every figure and quotation with its source and time. */
#include "ledger.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "compare.h"
#include "figure.h"
#include "lexicon.h"
#include "mem.h"
#include "name.h"
#include "quote.h"
#include "thread.h"
#include "token.h"

/* A quotation of fewer words is a term in quotation marks ("scare
 * quotes"), not something a person said: it is listed only when the
 * other report quotes it too. */
#define LEDGER_QUOTE_MIN_WORDS 3

/* Tiers of importance, first shown first. */
enum tier {
	TIER_DISAGREE,
	TIER_SHARED_LEAD,
	TIER_SHARED,
	TIER_ONLY_LEAD,
	TIER_ONLY,
	TIER_NAME,
};

struct build {
	const struct compare *c;
	struct ledger *l;
	size_t cap;
	size_t lede[2];		/* each report's first body paragraph */
};

static const struct article *
art(const struct build *b, enum side s)
{
	return compare_article(b->c, s);
}

static struct ledger_row *
add_row(struct build *b, enum ledger_kind kind, enum ledger_status status)
{
	struct ledger_row *r;

	MEM_GROW(b->l->row, b->cap, b->l->n + 1);
	r = &b->l->row[b->l->n++];
	memset(r, 0, sizeof *r);
	r->kind = kind;
	r->status = status;
	r->fact = LEDGER_NONE;
	r->group = LEDGER_NONE;
	return r;
}

/* The span of side s of row r; its source and time come later, from
 * find_attribs(). */
static void
set_side(struct build *b, struct ledger_row *r, enum side s,
         const struct fact_span *sp)
{
	struct ledger_side *ls = &r->side[s];

	ls->has = true;
	ls->span = *sp;
	if (r->group == LEDGER_NONE) {
		size_t g = compare_group_of(b->c, s, sp->para);

		r->group = g == ALIGN_NONE ? LEDGER_NONE : g;
	}
}

/* Whether paragraph p of side s is the headline or the lede. */
static bool
is_lead(const struct build *b, enum side s, size_t p)
{
	const struct article *a = art(b, s);

	return p == b->lede[s] || a->para[p].kind == ARTICLE_HEADLINE ||
	       a->para[p].kind == ARTICLE_STANDFIRST;
}

static bool
row_is_lead(const struct build *b, const struct ledger_row *r)
{
	int s;

	for (s = 0; s < 2; s++)
		if (r->side[s].has && is_lead(b, (enum side)s,
		                              r->side[s].span.para))
			return true;
	return false;
}

/* Figures and quotations both reports give: the facts of the passages.
 * Marks the figures in used[side]. */
static void
shared_rows(struct build *b, bool *used[2])
{
	const struct facts *fs = b->c->facts;
	size_t i;

	if (fs == NULL)
		return;
	for (i = 0; i < fs->nfact; i++) {
		const struct fact *f = &fs->fact[i];
		struct ledger_row *r;
		enum ledger_status st;

		if (f->type == FACT_FIGURE) {
			if (f->fig_left != ALIGN_NONE &&
			    f->fig_right != ALIGN_NONE) {
				used[SIDE_LEFT][f->fig_left] = true;
				used[SIDE_RIGHT][f->fig_right] = true;
			}
			/* As the facts judge them: "at least 31" and "40"
			 * compatible, "350" and "350" a match. */
			if (f->status == FACT_DIFFER)
				st = LEDGER_DIFFER;
			else if (f->compatible)
				st = LEDGER_COMPATIBLE;
			else
				st = LEDGER_MATCH;
			r = add_row(b, LEDGER_FIGURE, st);
		} else if (f->type == FACT_QUOTE) {
			r = add_row(b, LEDGER_QUOTE, f->status == FACT_VARY
			                                 ? LEDGER_VARY
			                                 : LEDGER_MATCH);
		} else {
			continue;
		}
		r->fact = i;
		set_side(b, r, SIDE_LEFT, &f->left);
		set_side(b, r, SIDE_RIGHT, &f->right);
	}
}

/* The sources and times of one side of every row: a job of
 * find_attribs(). */
struct attrib_job {
	const struct build *b;
	enum side s;
};

static void
attrib_job(void *arg)
{
	const struct attrib_job *j = arg;
	struct ledger *l = j->b->l;
	const struct article *a = art(j->b, j->s);
	size_t i;

	for (i = 0; i < l->n; i++) {
		struct ledger_row *r = &l->row[i];
		struct ledger_side *ls = &r->side[j->s];

		if (!ls->has)
			continue;
		if (r->kind != LEDGER_NAME)
			attrib_find(a, ls->span.para, ls->span.start,
			            ls->span.end, &ls->at);
		else
			attrib_find(NULL, 0, 0, 0, &ls->at);
	}
}

/* Who said it and when, for the figures and quotations of every row (not
 * names): each report in a thread of its own, as finding them was a
 * tenth of a large comparison's work; then whether two differing
 * figures come from different sources. */
static void
find_attribs(struct build *b)
{
	const struct compare *c = b->c;
	struct attrib_job left = { b, SIDE_LEFT }, right = { b, SIDE_RIGHT };
	size_t i;

	thread_both_for(c->left->text_len + c->right->text_len, attrib_job,
	                &right, &left);
	for (i = 0; i < b->l->n; i++) {
		struct ledger_row *r = &b->l->row[i];

		if (r->fact != LEDGER_NONE && r->status == LEDGER_DIFFER)
			r->different_sources = attrib_differ(
				c->left, &r->side[SIDE_LEFT].at, c->right,
				&r->side[SIDE_RIGHT].at);
	}
}

static void
only_row(struct build *b, enum ledger_kind kind, enum side s, size_t para,
         uint32_t start, uint32_t end)
{
	struct ledger_row *r = add_row(b, kind, LEDGER_ONLY);
	struct fact_span sp = { para, start, end };

	set_side(b, r, s, &sp);
}

/* Whether a figure is a point in time (a date, a year, a time of
 * day): when a report says something happened, not a figure it reports;
 * listed only when both give it. */
static bool
is_when(const struct figure *f)
{
	return f->kind == FIGURE_DATE || f->kind == FIGURE_YEAR ||
	       f->kind == FIGURE_TIME;
}

/* Whether a figure says what it counts or measures: a bare number ("52",
 * a code, a page number) is listed only when both reports give it. */
static bool
is_described(const struct figure *f)
{
	return f->noun != 0 || f->unit != 0 || f->kind != FIGURE_COUNT;
}

/* The figures of a side that no fact pairs. */
static void
only_figures(struct build *b, enum side s, const bool *used)
{
	const struct article *a = art(b, s);
	size_t i;

	for (i = 0; i < a->nfig; i++)
		if (!used[i] && !is_when(&a->fig[i]) &&
		    is_described(&a->fig[i]))
			only_row(b, LEDGER_FIGURE, s, a->fig[i].para,
			         a->fig[i].start, a->fig[i].end);
}

/* Mark in shared[] the quotations of side s that a quotation fact
 * covers. */
static void
mark_shared_quotes(const struct build *b, enum side s, bool *shared)
{
	const struct facts *fs = b->c->facts;
	const struct article *a = art(b, s);
	size_t i, k;

	if (fs == NULL)
		return;
	for (i = 0; i < fs->nfact; i++) {
		const struct fact *f = &fs->fact[i];
		const struct fact_span *sp = s == SIDE_LEFT ? &f->left
		                                            : &f->right;
		const struct article_para *pp;

		if (f->type != FACT_QUOTE)
			continue;
		pp = &a->para[sp->para];
		for (k = pp->quo; k < pp->quo + pp->nquo; k++)
			if (sp->start < a->quo[k].start + a->quo[k].len &&
			    sp->end > a->quo[k].start)
				shared[k] = true;
	}
}

/* The words and numbers of paragraph p that start in [start, end): from
 * the first by binary search, as a paragraph of megabytes may hold
 * thousands of quotations (counting from its first token made the
 * ledger two thirds of the time of a 4 MB one-paragraph pair). */
static size_t
words_in(const struct article *a, size_t p, uint32_t start, uint32_t end)
{
	const struct article_para *pp = &a->para[p];
	const struct token *t = a->tok + pp->tok;
	size_t k, n = 0;

	for (k = token_at(t, pp->ntok, start);
	     k < pp->ntok && t[k].start < end; k++)
		n += t[k].kind != TOKEN_PUNCT;
	return n;
}

static void
only_quotes(struct build *b, enum side s)
{
	const struct article *a = art(b, s);
	bool *shared = xcalloc(a->nquo + 1, sizeof *shared);
	size_t i;

	mark_shared_quotes(b, s, shared);
	for (i = 0; i < a->nquo; i++) {
		const struct quote *q = &a->quo[i];

		if (!article_kind_is_content(a->para[q->para].kind) ||
		    shared[i] ||
		    words_in(a, q->para, q->start, q->start + q->len) <
		            LEDGER_QUOTE_MIN_WORDS)
			continue;
		only_row(b, LEDGER_QUOTE, s, q->para, q->start,
		         q->start + q->len);
	}
	free(shared);
}

/* stems[stem] |= bit for the stem of every word article a capitalizes
 * in its content paragraphs ("Syria's" and "Syria" are one).  A name is
 * given by one report only when the other never writes it so, not even
 * in its headline or at the start of a sentence ("Tarvan's central bank
 * raised ..."): the claim must hold. */
static void
mark_name_stems(const struct article *a, uint8_t *stems, uint8_t bit)
{
	size_t p, k;

	for (p = 0; p < a->npara; p++) {
		const struct article_para *pp = &a->para[p];

		if (!article_kind_is_content(pp->kind))
			continue;
		for (k = pp->tok; k < pp->tok + pp->ntok; k++) {
			const struct token *t = &a->tok[k];

			if (t->kind == TOKEN_WORD &&
			    (t->flags & (TOKEN_CAP | TOKEN_ACRONYM)))
				stems[t->stem] |= bit;
		}
	}
}

/* A name's span, found by a thread of its own, made a row after. */
struct name_spans {
	struct fact_span *v;
	size_t n, cap;
};

/* What one report's thread finds of names (names_job()): the words and
 * stems it writes as names, then the names the other never writes. */
struct names_job {
	const struct build *b;
	enum side s;
	uint8_t *names, *stems;	/* this side's bit; both sides' in phase 2 */
	uint8_t *seen;
	bool phase2;
	struct name_spans found;
};

/* The names of side s whose last word the other report never writes as
 * a name, each once, where it first appears. */
static void
only_names(const struct build *b, enum side s, const uint8_t *names,
           const uint8_t *stems, uint8_t *seen, struct name_spans *out)
{
	const struct article *a = art(b, s);
	uint8_t mine = s == SIDE_LEFT ? 1 : 2, other = mine ^ 3;
	size_t p;

	for (p = 0; p < a->npara; p++) {
		const struct article_para *pp = &a->para[p];
		const struct token *t = a->tok + pp->tok;
		const uint8_t *text = a->text + pp->start;
		bool head = pp->kind == ARTICLE_HEADLINE;
		/* Where and by whom it was filed is no name of the story:
		 * "GAUHATI, India (AP) --" lists neither Gauhati nor AP. */
		size_t i = token_dateline_len(t, pp->ntok);

		if (!article_kind_is_content(pp->kind))
			continue;
		while (i < pp->ntok) {
			size_t first = i, last = i, k, strong = 0;

			if (!name_word_at(a, p, &t[i], names, head)) {
				i++;
				continue;
			}
			for (k = i; k < pp->ntok; k++) {
				if (name_word_at(a, p, &t[k], names, head)) {
					last = k;
					strong += !(t[k].flags & TOKEN_WEAK);
				} else if (!name_goes_on(t, pp->ntok, k, text,
				                         names, head) &&
				           !(k == last + 1 &&
				             name_hyphen_tail(t, pp->ntok, last,
				                              text) == 1)) {
					break;	/* (Jong-Sik goes on) */
				}
			}
			i = k;
			if (strong == 0 || name_is_shouted(t, first, last) ||
			    (names[t[last].word] & other) ||
			    (stems[t[last].stem] & other) ||
			    (seen[t[last].stem] & mine))
				continue;
			seen[t[last].stem] |= mine;
			MEM_GROW(out->v, out->cap, out->n + 1);
			out->v[out->n++] = (struct fact_span){
				p, t[first].start,
				name_end(t, pp->ntok, last, text)
			};
		}
	}
}

static void
names_job(void *arg)
{
	struct names_job *j = arg;
	const struct article *a = art(j->b, j->s);
	uint8_t bit = j->s == SIDE_LEFT ? 1 : 2;

	if (!j->phase2) {
		name_mark_words(a, j->names, bit);
		mark_name_stems(a, j->stems, bit);
	} else {
		only_names(j->b, j->s, j->names, j->stems, j->seen, &j->found);
	}
}

/* The names each report alone gives, as rows: the left's, then the
 * right's.  Each report is read in a thread of its own (into arrays of
 * its own, joined between the two phases): reading every token twice
 * was a tenth of a large comparison's serial work. */
static void
name_rows(struct build *b, size_t nids)
{
	const struct compare *c = b->c;
	struct names_job j[2];
	size_t i, k, work = c->left->text_len + c->right->text_len;
	int s;

	for (s = 0; s < 2; s++) {
		j[s] = (struct names_job){ b, (enum side)s,
		                           xcalloc(nids + 1, 1),
		                           xcalloc(nids + 1, 1),
		                           xcalloc(nids + 1, 1), false,
		                           { NULL, 0, 0 } };
	}
	thread_both_for(work, names_job, &j[SIDE_RIGHT], &j[SIDE_LEFT]);
	for (i = 0; i <= nids; i++) {
		j[SIDE_LEFT].names[i] |= j[SIDE_RIGHT].names[i];
		j[SIDE_LEFT].stems[i] |= j[SIDE_RIGHT].stems[i];
	}
	free(j[SIDE_RIGHT].names);
	free(j[SIDE_RIGHT].stems);
	j[SIDE_RIGHT].names = j[SIDE_LEFT].names;
	j[SIDE_RIGHT].stems = j[SIDE_LEFT].stems;
	j[SIDE_LEFT].phase2 = j[SIDE_RIGHT].phase2 = true;
	thread_both_for(work, names_job, &j[SIDE_RIGHT], &j[SIDE_LEFT]);
	for (s = 0; s < 2; s++) {
		for (k = 0; k < j[s].found.n; k++) {
			struct ledger_row *r = add_row(b, LEDGER_NAME, LEDGER_ONLY);

			set_side(b, r, (enum side)s, &j[s].found.v[k]);
		}
		free(j[s].found.v);
		free(j[s].seen);
	}
	free(j[SIDE_LEFT].names);
	free(j[SIDE_LEFT].stems);
}

static enum tier
tier_of(const struct build *b, const struct ledger_row *r)
{
	if (ledger_row_disagrees(r))
		return TIER_DISAGREE;
	if (r->kind == LEDGER_NAME)
		return TIER_NAME;
	if (r->status == LEDGER_ONLY)
		return row_is_lead(b, r) ? TIER_ONLY_LEAD : TIER_ONLY;
	return row_is_lead(b, r) ? TIER_SHARED_LEAD : TIER_SHARED;
}

/* Sorting: by tier, then rows with a left side before right-only ones,
 * then by place in the report. */
struct sort_key {
	unsigned char tier, right_only;
	size_t para;
	uint32_t start;
	size_t index;
};

static int
cmp_key(const void *x, const void *y)
{
	const struct sort_key *a = x, *b = y;

	if (a->tier != b->tier)
		return a->tier < b->tier ? -1 : 1;
	if (a->right_only != b->right_only)
		return a->right_only < b->right_only ? -1 : 1;
	if (a->para != b->para)
		return a->para < b->para ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static void
order_rows(struct build *b)
{
	struct ledger *l = b->l;
	struct sort_key *k = xcalloc(l->n + 1, sizeof *k);
	struct ledger_row *sorted = xcalloc(l->n + 1, sizeof *sorted);
	size_t i;

	for (i = 0; i < l->n; i++) {
		const struct ledger_row *r = &l->row[i];
		enum side s = r->side[SIDE_LEFT].has ? SIDE_LEFT : SIDE_RIGHT;

		k[i].tier = (unsigned char)tier_of(b, r);
		k[i].right_only = s == SIDE_RIGHT;
		k[i].para = r->side[s].span.para;
		k[i].start = r->side[s].span.start;
		k[i].index = i;
	}
	if (l->n > 1)
		qsort(k, l->n, sizeof *k, cmp_key);
	for (i = 0; i < l->n; i++)
		sorted[i] = l->row[k[i].index];
	free(l->row);
	l->row = sorted;
	free(k);
}

static size_t
first_body(const struct article *a)
{
	size_t p;

	for (p = 0; p < a->npara; p++)
		if (a->para[p].kind == ARTICLE_BODY)
			return p;
	return LEDGER_NONE;
}

struct ledger *
ledger_new(const struct compare *c)
{
	struct build b = { 0 };
	bool *used[2];
	size_t nids = c->lx ? lexicon_count(c->lx) : 0, i;

	b.c = c;
	b.l = xcalloc(1, sizeof *b.l);
	if (c->left == NULL || c->right == NULL || c->left->tok == NULL)
		return b.l;
	b.lede[SIDE_LEFT] = first_body(c->left);
	b.lede[SIDE_RIGHT] = first_body(c->right);
	used[SIDE_LEFT] = xcalloc(c->left->nfig + 1, sizeof (bool));
	used[SIDE_RIGHT] = xcalloc(c->right->nfig + 1, sizeof (bool));
	shared_rows(&b, used);
	only_figures(&b, SIDE_LEFT, used[SIDE_LEFT]);
	only_figures(&b, SIDE_RIGHT, used[SIDE_RIGHT]);
	only_quotes(&b, SIDE_LEFT);
	only_quotes(&b, SIDE_RIGHT);
	name_rows(&b, nids);
	free(used[SIDE_LEFT]);
	free(used[SIDE_RIGHT]);
	find_attribs(&b);
	order_rows(&b);
	for (i = 0; i < b.l->n; i++) {
		const struct ledger_row *r = &b.l->row[i];

		b.l->figures_differ += r->status == LEDGER_DIFFER;
		b.l->sources_differ += r->different_sources;
		b.l->quotes_vary += r->status == LEDGER_VARY;
	}
	return b.l;
}

void
ledger_free(struct ledger *l)
{
	if (l == NULL)
		return;
	free(l->row);
	free(l);
}

bool
ledger_row_disagrees(const struct ledger_row *r)
{
	return r->status == LEDGER_DIFFER || r->status == LEDGER_VARY;
}

size_t
ledger_count_disagreements(const struct ledger *l)
{
	return l->figures_differ + l->quotes_vary;
}

const char *
ledger_kind_str(enum ledger_kind kind)
{
	switch (kind) {
	case LEDGER_FIGURE:
		return "figure";
	case LEDGER_QUOTE:
		return "quotation";
	case LEDGER_NAME:
		return "name";
	}
	return "?";
}

const char *
ledger_status_str(enum ledger_status status)
{
	switch (status) {
	case LEDGER_MATCH:
		return "match";
	case LEDGER_COMPATIBLE:
		return "compatible";
	case LEDGER_DIFFER:
		return "differ";
	case LEDGER_VARY:
		return "vary";
	case LEDGER_ONLY:
		return "only";
	}
	return "?";
}

const char *
ledger_row_label(const struct ledger_row *r)
{
	bool left = r->side[SIDE_LEFT].has;

	switch (r->status) {
	case LEDGER_MATCH:
		return r->kind == LEDGER_FIGURE ? "same figure"
		                                : "same quotation";
	case LEDGER_COMPATIBLE:
		return "compatible";
	case LEDGER_DIFFER:
		return r->different_sources ? "different sources"
		                            : "figures differ";
	case LEDGER_VARY:
		return "quotation varies";
	case LEDGER_ONLY:
		return left ? "left only" : "right only";
	}
	return "?";
}

size_t
ledger_summary(const struct ledger *l, char *buf, size_t size)
{
	char tmp[160];
	int n = 0;

	if (l->figures_differ)
		n += snprintf(tmp + n, sizeof tmp - (size_t)n, "%zu figure%s "
		              "differ%s", l->figures_differ,
		              l->figures_differ == 1 ? "" : "s",
		              l->figures_differ == 1 ? "s" : "");
	if (l->sources_differ)
		n += snprintf(tmp + n, sizeof tmp - (size_t)n, " (%zu from "
		              "different sources)", l->sources_differ);
	if (l->quotes_vary)
		n += snprintf(tmp + n, sizeof tmp - (size_t)n, "%s%zu "
		              "quotation%s var%s", n ? ", " : "",
		              l->quotes_vary, l->quotes_vary == 1 ? "" : "s",
		              l->quotes_vary == 1 ? "ies" : "y");
	if (n == 0)
		n = snprintf(tmp, sizeof tmp, "no disagreements");
	if (size > 0)
		snprintf(buf, size, "%s", tmp);
	return (size_t)n;
}
