/* fact.c - the facts of every aligned group, found by the families of
 * fact-int.h, two halves of the groups at once; and what they share:
 * adding a fact, candidate pairs, scratch buffers, the summary. */
#include "fact.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "fact-int.h"
#include "hash.h"
#include "figure.h"
#include "lexicon.h"
#include "mem.h"
#include "name.h"
#include "thread.h"
#include "ustr.h"

void
fact_scratch_fini(struct fact_scratch *s)
{
	int i;

	for (i = 0; i < 2; i++) {
		struct fact_side_buf *b = &s->side[i];

		free(b->name);
		free(b->word);
		free(b->join);
		free(b->covered);
	}
	free(s->head);
	free(s->next);
	free(s->cover);
	free(s->name_key);
	free(s->name_cursor);
}

bool *
fact_flags(bool **p, size_t *cap, size_t n)
{
	MEM_GROW(*p, *cap, n + 1);
	memset(*p, 0, n + 1);
	return *p;
}

struct fact *
fact_add(struct fact_acc *fs, enum fact_type type, enum fact_status status,
         size_t lp, uint32_t ls, uint32_t le, size_t rp, uint32_t rs,
         uint32_t re)
{
	struct fact *f;

	MEM_GROW(fs->v, fs->cap, fs->n + 1);
	f = &fs->v[fs->n++];
	memset(f, 0, sizeof *f);
	f->type = type;
	f->status = status;
	f->left.para = lp;
	f->left.start = ls;
	f->left.end = le;
	f->right.para = rp;
	f->right.start = rs;
	f->right.end = re;
	f->fig_left = f->fig_right = ALIGN_NONE;
	return f;
}

void
fact_pair_add(struct fact_pair **v, size_t *cap, size_t *n, size_t l,
              size_t r, double cost)
{
	MEM_GROW(*v, *cap, *n + 1);
	(*v)[*n].l = l;
	(*v)[*n].r = r;
	(*v)[*n].cost = cost;
	(*n)++;
}

static int
cmp_pair(const void *a, const void *b)
{
	const struct fact_pair *x = a, *y = b;

	if (x->cost != y->cost)
		return x->cost < y->cost ? -1 : 1;
	if (x->l != y->l)
		return x->l < y->l ? -1 : 1;
	return x->r < y->r ? -1 : x->r > y->r;
}

int
fact_cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

	return x < y ? -1 : x > y;
}

void
fact_pair_sort(struct fact_pair *v, size_t n)
{
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_pair);
}

/* ---- the driver ---------------------------------------------------- */

struct fact_job {
	const struct alignment *al;
	const struct fact_figures *figs;
	const struct quote_across *across;	/* quotations in two passages */
	size_t nacross;
	struct fact_range *group;	/* the result's, this job's range */
	size_t from, to;
	const uint8_t *names;
	struct fact_acc fs;
};

static void
fact_job(void *arg)
{
	struct fact_job *j = arg;
	size_t g;

	struct fact_scratch sc = { 0 };

	for (g = j->from; g < j->to; g++) {
		size_t from = j->fs.n;

		fact_group_figures(&j->fs, j->al, j->figs, g);
		fact_group_quotes(&j->fs, j->al, g);
		fact_group_quotes_across(&j->fs, j->across, j->nacross, g);
		fact_group_names(&j->fs, j->al, g, j->names, &sc);
		fact_group_phrases(&j->fs, from, j->al, g, &sc);
		j->group[g].first = from;
		j->group[g].n = j->fs.n - from;
	}
	fact_scratch_fini(&sc);
}

static int
cmp_link(const void *x, const void *y)
{
	const struct fact_link *a = x, *b = y;

	if (a->left != b->left)
		return a->left < b->left ? -1 : 1;
	if (a->right != b->right)
		return a->right < b->right ? -1 : 1;
	return a->fact < b->fact ? -1 : a->fact > b->fact;
}

/* The figure pairs that link their paragraphs, as facts of out: a
 * group's figure facts come first, in the order of figs. */
static void
find_links(struct facts *out, const struct fact_figures *figs)
{
	const struct alignment *al = out->al;
	size_t g, i, n = 0;

	for (i = 0; i < figs->n; i++)
		n += figs->v[i].link;
	if (n == 0)
		return;
	out->link = xmalloc(n * sizeof *out->link);
	for (g = 0; g < al->ngroup; g++)
		for (i = figs->first[g]; i < figs->first[g + 1]; i++) {
			const struct fact_figure_pair *p = &figs->v[i];
			struct fact_link *k;

			if (!p->link)
				continue;
			k = &out->link[out->nlink++];
			k->left = al->left->fig[p->left].para;
			k->right = al->right->fig[p->right].para;
			k->group = g;
			k->fact = out->group[g].first + (i - figs->first[g]);
			k->score = p->score;
		}
	if (out->nlink > 1)
		qsort(out->link, out->nlink, sizeof *out->link, cmp_link);
}

static int
cmp_fact_at(const void *x, const void *y)
{
	const struct fact_at *a = x, *b = y;

	if (a->para != b->para)
		return a->para < b->para ? -1 : 1;
	return a->fact < b->fact ? -1 : a->fact > b->fact;
}

/* The facts (figures, quotations) whose two spans sit in two passages,
 * by the paragraph of each side. */
static void
find_crossings(struct facts *out)
{
	size_t i, n = 0, s;

	for (i = 0; i < out->nfact; i++)
		n += out->fact[i].cross;
	if (n == 0)
		return;
	for (s = 0; s < 2; s++)
		out->cross[s] = xmalloc(n * sizeof *out->cross[s]);
	for (i = 0; i < out->nfact; i++) {
		const struct fact *f = &out->fact[i];

		if (!f->cross)
			continue;
		out->cross[SIDE_LEFT][out->ncross] =
		        (struct fact_at){ f->left.para, i };
		out->cross[SIDE_RIGHT][out->ncross++] =
		        (struct fact_at){ f->right.para, i };
	}
	for (s = 0; s < 2; s++)
		qsort(out->cross[s], n, sizeof *out->cross[s], cmp_fact_at);
}

struct facts *
fact_extract(const struct alignment *al, const struct lexicon *lx,
             const struct quantity_words *qw, struct fact_figure_run *run)
{
	struct fact_figures figs;
	uint32_t nids = lexicon_count(lx);
	uint8_t *names = xcalloc((size_t)nids + 1, 1);
	struct facts *out = xcalloc(1, sizeof *out);
	struct fact_job half[2];
	struct fact_acc *a = &half[0].fs, *b = &half[1].fs;
	struct quote_across *across;
	size_t g, i, nacross;

	out->al = al;
	out->ngroup = al->ngroup;
	out->group = xcalloc(al->ngroup + 1, sizeof *out->group);

	/* The two reports tell one event: a word either capitalizes inside
	 * a sentence is a name in both. */
	name_mark_words(al->left, names, 1);
	name_mark_words(al->right, names, 1);

	/* Figures are paired across the whole of both reports first, and
	 * so are quotations given word for word in two passages. */
	fact_figures_pair(&figs, al, lx, qw, run);
	nacross = fact_quotes_across(al, &across);

	/* Half the groups each; groups share nothing but what they read. */
	for (i = 0; i < 2; i++) {
		memset(&half[i], 0, sizeof half[i]);
		half[i].al = al;
		half[i].figs = &figs;
		half[i].across = across;
		half[i].nacross = nacross;
		half[i].group = out->group;
		half[i].names = names;
	}
	half[0].to = half[1].from = al->ngroup / 2;
	half[1].to = al->ngroup;
	thread_both_for(al->left->text_len + al->right->text_len, fact_job,
	                &half[1], &half[0]);

	/* The second half's facts go after the first's. */
	MEM_GROW(a->v, a->cap, a->n + b->n + 1);
	MEM_GROW(a->d, a->dcap, a->nd + b->nd + 1);
	for (i = 0; i < b->n; i++) {
		a->v[a->n + i] = b->v[i];
		if (b->v[i].ndiff)
			a->v[a->n + i].diff += a->nd;
	}
	if (b->nd)
		memcpy(a->d + a->nd, b->d, b->nd * sizeof *b->d);
	for (g = half[1].from; g < half[1].to; g++)
		out->group[g].first += a->n;
	a->n += b->n;
	a->nd += b->nd;
	free(b->v);
	free(b->d);

	out->fact = a->v;
	out->nfact = a->n;
	out->diff = a->d;
	out->ndiff = a->nd;
	find_links(out, &figs);
	find_crossings(out);
	fact_figures_fini(&figs);
	free(across);
	free(names);
	return out;
}

void
fact_free(struct facts *fs)
{
	if (fs == NULL)
		return;
	free(fs->fact);
	free(fs->diff);
	free(fs->group);
	free(fs->link);
	free(fs->cross[SIDE_LEFT]);
	free(fs->cross[SIDE_RIGHT]);
	free(fs);
}

const char *
fact_type_str(enum fact_type type)
{
	switch (type) {
	case FACT_FIGURE:
		return "figure";
	case FACT_QUOTE:
		return "quote";
	case FACT_NAME:
		return "name";
	case FACT_PHRASE:
		return "phrase";
	}
	return "?";
}

const char *
fact_status_str(enum fact_status status)
{
	switch (status) {
	case FACT_MATCH:
		return "match";
	case FACT_DIFFER:
		return "differ";
	case FACT_VARY:
		return "vary";
	}
	return "?";
}

/* ---- summary ------------------------------------------------------- */

struct summary {
	char *buf;
	size_t size, n;		/* n: bytes needed so far */
	size_t used;		/* bytes in buf: whole pieces only */
	bool full;
};

/* Pieces go in whole or not at all, so a short buffer never ends inside
 * a character. */
static void
sum_put(struct summary *s, const char *p, size_t len)
{
	if (!s->full && s->size > 0 && len < s->size - s->used) {
		memcpy(s->buf + s->used, p, len);
		s->used += len;
	} else {
		s->full = true;
	}
	s->n += len;
}

static void
sum_str(struct summary *s, const char *p)
{
	sum_put(s, p, strlen(p));
}

static void
sum_count(struct summary *s, size_t k, const char *one, const char *many)
{
	char num[24];

	if (k == 0)
		return;
	if (s->n > 0)
		sum_str(s, "; ");
	snprintf(num, sizeof num, "%zu ", k);
	sum_str(s, num);
	sum_str(s, k == 1 ? one : many);
}

/* Where a currency sign glued before byte at begins, not before from
 * ("$" of "$26 million"); else at. */
static uint32_t
sign_before(const uint8_t *t, uint32_t from, uint32_t at)
{
	uint32_t k = at, cp;

	while (k > from && at - k < 4) {
		k--;
		if ((t[k] & 0xC0) != 0x80)
			break;
	}
	if (k == at || ustr_decode(t + k, at - k, &cp) != at - k ||
	    !figure_is_currency_sign(cp))
		return at;
	return k;
}

/* The number of a figure as written: "350" of "nearly 350 people", with
 * the currency sign before a sum: "$26 million" of "an estimated $26
 * million". */
static void
sum_number(struct summary *s, const struct article *a, const struct figure *f)
{
	const uint8_t *t = a->text + a->para[f->para].start;
	uint32_t start = f->nend > f->nstart ? f->nstart : f->start;
	uint32_t end = f->nend > f->nstart ? f->nend : f->end;

	if (f->kind == FIGURE_MONEY)
		start = sign_before(t, f->start, start);

	sum_put(s, (const char *)t + start, end - start);
}

/* Where the other figure of a pair across passages is: " (right ¶11,
 * another passage)", as the text export says it. */
static void
sum_elsewhere(struct summary *s, const struct alignment *al,
              const struct fact *f, size_t g)
{
	bool left_here = al->left_group[f->left.para] == g;
	const struct fact_span *sp = left_here ? &f->right : &f->left;
	const size_t *group_of = left_here ? al->right_group : al->left_group;
	char buf[64];

	snprintf(buf, sizeof buf, " (%s \xc2\xb6%zu, %s)",
	         left_here ? "right" : "left", sp->para + 1,
	         group_of[sp->para] == ALIGN_NONE ? "unpaired paragraph"
	                                          : "another passage");
	sum_str(s, buf);
}

/* Differing figures shown by value before the rest is only counted. */
#define SUMMARY_MAX_DIFFER 3

size_t
fact_summary(const struct facts *fs, size_t g, char *buf, size_t size)
{
	const struct alignment *al = fs->al;
	const struct fact_range *gr = &fs->group[g];
	struct summary s = { buf, size, 0, 0, false };
	size_t i, count[4][3] = { { 0 } }, shown = 0, cross = 0, qcross = 0;
	char num[48];

	for (i = gr->first; i < gr->first + gr->n; i++) {
		const struct fact *f = &fs->fact[i];

		count[f->type][f->status]++;
		if (f->type == FACT_FIGURE && f->status == FACT_MATCH)
			cross += f->cross;
		if (f->type == FACT_QUOTE)
			qcross += f->cross;
		if (f->type != FACT_FIGURE || f->status != FACT_DIFFER)
			continue;
		if (shown == SUMMARY_MAX_DIFFER) {
			sum_str(&s, ", ...");
			shown++;
		}
		if (shown > SUMMARY_MAX_DIFFER)
			continue;
		sum_str(&s, shown++ ? ", " : "figures differ: ");
		sum_number(&s, al->left, &al->left->fig[f->fig_left]);
		sum_str(&s, " \xe2\x89\xa0 ");	/* ≠ */
		sum_number(&s, al->right, &al->right->fig[f->fig_right]);
		if (f->cross)
			sum_elsewhere(&s, al, f, g);
	}
	sum_count(&s, count[FACT_FIGURE][FACT_MATCH], "figure agrees",
	          "figures agree");
	if (cross > 0) {
		snprintf(num, sizeof num, " (%zu with another passage)", cross);
		sum_str(&s, num);
	}
	sum_count(&s, count[FACT_QUOTE][FACT_MATCH], "quotation matches",
	          "quotations match");
	if (qcross > 0) {
		snprintf(num, sizeof num, " (%zu with another passage)", qcross);
		sum_str(&s, num);
	}
	sum_count(&s, count[FACT_QUOTE][FACT_VARY], "quotation varies",
	          "quotations vary");
	sum_count(&s, count[FACT_NAME][FACT_MATCH], "name", "names");
	sum_count(&s, count[FACT_PHRASE][FACT_MATCH], "phrase", "phrases");
	if (s.n == 0)
		sum_str(&s, "no shared facts");
	if (size > 0)
		buf[s.used] = '\0';
	return s.n;
}

/* The bytes of name fact f on side s. */
static const uint8_t *
name_bytes(const struct article *a, enum side s, const struct fact *f,
           size_t *len)
{
	const struct fact_span *sp = s == SIDE_LEFT ? &f->left : &f->right;
	size_t plen;

	*len = sp->end - sp->start;
	return article_para_text(a, sp->para, &plen) + sp->start;
}

size_t
fact_names(const struct facts *fs, const struct article *a, enum side s,
           size_t g, size_t max, fact_name_fn fn, void *ctx)
{
	const struct fact_range *gr = &fs->group[g];
	size_t i, n = 0, more = 0, mask = 7, *slot;

	while (mask < 2 * gr->n)
		mask = mask << 1 | 1;
	slot = xcalloc(mask + 1, sizeof *slot);	/* a fact's index + 1 */
	for (i = gr->first; i < gr->first + gr->n; i++) {
		const struct fact *f = &fs->fact[i];
		const uint8_t *t;
		size_t len, h;
		bool seen = false;

		if (f->type != FACT_NAME)
			continue;
		t = name_bytes(a, s, f, &len);
		for (h = hash_bytes(t, len, 0) & mask; slot[h] != 0 && !seen;
		     h = (h + 1) & mask) {
			size_t elen;
			const uint8_t *e = name_bytes(a, s, &fs->fact[slot[h] - 1],
			                              &elen);

			seen = elen == len && memcmp(e, t, len) == 0;
		}
		if (seen)
			continue;
		slot[h] = i + 1;
		if (n == max) {
			more++;
			continue;
		}
		n++;
		fn(ctx, t, len);
	}
	free(slot);
	return more;
}

bool
fact_summary_is_name_count(const char *part, size_t n)
{
	size_t d = 0;

	while (d < n && part[d] >= '0' && part[d] <= '9')
		d++;
	return d > 0 && ((n - d == 5 && memcmp(part + d, " name", 5) == 0) ||
	                 (n - d == 6 && memcmp(part + d, " names", 6) == 0));
}
