/* export-text.c - the text and Markdown exports: a legend, then each aligned
 * passage with both sides and its facts, then the paragraphs of each
 * report that have no counterpart.
 *
 * Text is for reading in a pager: plain characters mark the facts, lines
 * are wrapped to TEXT_WIDTH columns.  Markdown is the same content as a
 * document: headings, block quotes, emphasis, lists. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "compare.h"
#include "edit.h"
#include "emit.h"
#include "export-int.h"
#include "fact.h"
#include "layout.h"
#include "ledger.h"
#include "mem.h"
#include "out.h"
#include "revision.h"
#include "ustr.h"

/* Columns of the text export (and its indents): what any terminal and
 * pager shows without wrapping, as in mail and man pages. */
#define TEXT_WIDTH 78
#define TEXT_INDENT "    "
#define TEXT_LABEL_WIDTH 18	/* "figures differ:" and the like */

/* Words of a quotation quoted in the list of facts, before "...". */
#define QUOTE_EXCERPT_WORDS 8

/* Lines a report's title takes in the text header at most: a headline
 * wraps, a report without one (whose title is its first paragraph, in
 * full below) is cut there with "...".  HEADER_INDENT lines up the
 * continuation with "left:  ". */
#define TITLE_LINES 2
#define HEADER_INDENT "       "
#define ELLIPSIS "..."

struct marker {
	const char *open, *close;
	const char *sample;	/* what the legend shows inside */
};

/* Text: plain characters, every role its own pair. */
static const struct marker text_markers[MARK_ROLE_COUNT] = {
	[MARK_PHRASE] = { "_", "_", "some words" },
	[MARK_NAME] = { "*", "*", "Name" },
	[MARK_QUOTE] = { "{", "}", "quotation" },
	[MARK_QUOTE_VARY] = { "{~", "~}", "quotation" },
	[MARK_QUOTE_WORDS] = { "<", ">", "words" },
	[MARK_FIGURE] = { "[=", "=]", "figure" },
	[MARK_FIGURE_DIFFER] = { "[!", "!]", "figure" },
};

/* Markdown: figures and the differing words of a quotation in bold, the
 * rest in italics.  Marks become a style per byte (quotation and inner
 * mark together: bold italics), written as CommonMark emphasis runs. */
#define MD_EM 1u
#define MD_STRONG 2u

static const uint8_t md_styles[MARK_ROLE_COUNT] = {
	[MARK_PHRASE] = MD_EM,
	[MARK_NAME] = MD_EM,
	[MARK_QUOTE] = MD_EM,
	[MARK_QUOTE_VARY] = MD_EM,
	[MARK_QUOTE_WORDS] = MD_STRONG,
	[MARK_FIGURE] = MD_STRONG,
	[MARK_FIGURE_DIFFER] = MD_STRONG,
};

static const char *const md_delims[] = { "", "*", "**", "***" };

struct text {
	struct out *o;
	struct out *mem;	/* one paragraph, marked, before wrapping */
	const struct compare *c;
	bool md;
	enum side side;		/* the side being written */
	bool line_start;	/* Markdown: nothing written on the line yet */
	bool in_outer;		/* inside a quotation's marks */
	struct emit_marks marks;
	struct layout_line_vec lines;
	/* Markdown: the paragraph being marked, its style per byte, the
	 * style of its inner mark open, and its differing figures. */
	const uint8_t *para;
	uint8_t *style;
	size_t style_cap;
	uint8_t inner;
	size_t *differ;
	size_t ndiffer, differ_cap;
};

/* ---- escaping ------------------------------------------------------ */

/* Markdown: ASCII punctuation that could start markup is escaped with a
 * backslash, as CommonMark allows for any; so are a list or heading
 * marker at the start of a line.  Everything goes through out_visible(). */
static void
md_escape(struct text *t, struct out *o, const uint8_t *s, size_t n)
{
	size_t i = 0, run;

	if (t->line_start && n > 0) {
		size_t k = 0;

		t->line_start = false;
		while (k < n && s[k] >= '0' && s[k] <= '9')
			k++;
		if (k > 0 && k < n && (s[k] == '.' || s[k] == ')')) {
			out_visible(o, s, k);
			out_putc(o, '\\');
			i = k;
		} else if (s[0] == '-' || s[0] == '+' || s[0] == '=') {
			out_putc(o, '\\');
		}
	}
	while (i < n) {
		for (run = i; run < n && !strchr("\\`*_[]<>|#&~", s[run]); run++)
			;
		out_visible(o, s + i, run - i);
		if ((i = run) >= n)
			break;
		out_putc(o, '\\');
		out_putc(o, (char)s[i++]);
	}
}

static void
put_text(struct text *t, struct out *o, const uint8_t *s, size_t n)
{
	if (t->md)
		md_escape(t, o, s, n);
	else
		out_visible(o, s, n);
}

static void
put_cstr(struct text *t, struct out *o, const char *s)
{
	put_text(t, o, (const uint8_t *)s, strlen(s));
}

/* ---- marked paragraphs --------------------------------------------- */

static const struct marker *
marker(const struct mark *m)
{
	return &text_markers[m->role];
}

static void
mk_text(void *ctx, const uint8_t *s, size_t n)
{
	struct text *t = ctx;

	put_text(t, t->mem, s, n);
}

static void
mk_open(void *ctx, const struct mark *m, bool outer)
{
	struct text *t = ctx;

	(void)outer;
	out_puts(t->mem, marker(m)->open);
}

/* The other report's side of fact f. */
static void
other_side(const struct text *t, size_t f, const struct article **a,
           const struct fact_span **sp)
{
	const struct fact *ft = &t->c->facts->fact[f];

	*a = compare_article(t->c, SIDE_OTHER(t->side));
	*sp = t->side == SIDE_LEFT ? &ft->right : &ft->left;
}

static void
put_span(struct text *t, struct out *o, const struct article *a,
         const struct fact_span *sp)
{
	put_text(t, o, a->text + a->para[sp->para].start + sp->start,
	         sp->end - sp->start);
}

static void
mk_close(void *ctx, const struct mark *m, bool outer)
{
	struct text *t = ctx;

	(void)outer;
	out_puts(t->mem, marker(m)->close);
}

/* ---- Markdown emphasis ----------------------------------------------- */

/* Beside a paragraph's ends, as CommonMark sees a delimiter there. */
#define MD_EDGE 0x20u

/* CommonMark lets an emphasis run begin (end) with punctuation only when
 * white space or punctuation comes before (after) its delimiter, and lets
 * none begin or end with white space.  Punctuation is ASCII punctuation
 * and, beyond ASCII, categories that depend on the renderer's version:
 * beside a run only ASCII counts, inside one all but letters, digits and
 * marks, the safe side both ways. */
static bool
md_space_or_punct(uint32_t cp)
{
	return ustr_is_space(cp) || cp == '\n' ||
	       (cp > ' ' && cp < 0x7F && !ustr_is_letter(cp) &&
	        ustr_digit_value(cp) < 0);
}

static bool
md_wordlike(uint32_t cp)
{
	return ustr_is_letter(cp) || ustr_digit_value(cp) >= 0 ||
	       ustr_is_mark(cp);
}

/* The character that ends at byte i of s, and where it starts. */
static uint32_t
char_before(const uint8_t *s, size_t i, size_t *start)
{
	size_t k = i - 1;
	uint32_t cp;

	while (k > 0 && (s[k] & 0xC0) == 0x80)
		k--;
	ustr_decode(s + k, i - k, &cp);
	*start = k;
	return cp;
}

/* s[0..n) with style st[] per byte, into mem as CommonMark: a run of one
 * style between delimiters ("*", "**", "***"), its ends moved inwards
 * past what would stop the delimiter from counting (white space;
 * punctuation beside a letter), and a character of a run that would
 * touch the run before left plain, so that two delimiters never meet and
 * read as one.  What emphasis loses is only those characters. */
static void
md_marked(struct text *t, const uint8_t *s, size_t n, const uint8_t *st)
{
	size_t i = 0, j, a, b, k, touch = SIZE_MAX;
	uint32_t cp, side;

	while (i < n) {
		for (j = i; j < n && st[j] == st[i]; j++)
			;
		a = i;
		b = j;
		while (st[i] != 0 && a < b) {
			size_t len = ustr_decode(s + a, b - a, &cp);

			side = a > 0 ? char_before(s, a, &k) : MD_EDGE;
			if (a != touch && !ustr_is_space(cp) &&
			    (md_wordlike(cp) || md_space_or_punct(side)))
				break;
			a += len;
		}
		while (st[i] != 0 && b > a) {
			cp = char_before(s, b, &k);
			side = MD_EDGE;
			if (b < n)
				ustr_decode(s + b, n - b, &side);
			if (!ustr_is_space(cp) &&
			    (md_wordlike(cp) || md_space_or_punct(side)))
				break;
			b = k;
		}
		if (st[i] == 0 || a == b) {
			put_text(t, t->mem, s + i, j - i);
		} else {
			put_text(t, t->mem, s + i, a - i);
			out_puts(t->mem, md_delims[st[i] & 3]);
			t->line_start = false;
			put_text(t, t->mem, s + a, b - a);
			out_puts(t->mem, md_delims[st[i] & 3]);
			put_text(t, t->mem, s + b, j - b);
			touch = b;
		}
		i = j;
	}
}

static void
md_text(void *ctx, const uint8_t *s, size_t n)
{
	struct text *t = ctx;

	memset(t->style + (s - t->para), (t->in_outer ? MD_EM : 0) | t->inner,
	       n);
}

static void
md_open(void *ctx, const struct mark *m, bool outer)
{
	struct text *t = ctx;

	if (outer) {
		t->in_outer = true;
		return;
	}
	t->inner = md_styles[m->role];
	if (m->role == MARK_FIGURE_DIFFER &&
	    (t->ndiffer == 0 || t->differ[t->ndiffer - 1] != m->fact)) {
		if (t->ndiffer == t->differ_cap) {
			t->differ_cap = t->differ_cap ? 2 * t->differ_cap : 4;
			t->differ = xreallocarray(t->differ, t->differ_cap,
			                          sizeof *t->differ);
		}
		t->differ[t->ndiffer++] = m->fact;
	}
}

static void
md_close(void *ctx, const struct mark *m, bool outer)
{
	struct text *t = ctx;

	(void)m;
	if (outer)
		t->in_outer = false;
	else
		t->inner = 0;
}

/* Lines of at most TEXT_WIDTH columns, the first after first, the others
 * after rest. */
static void
put_wrapped(struct text *t, const char *first, const char *rest,
            const uint8_t *s, size_t n)
{
	size_t i, w = ustr_width((const uint8_t *)rest, strlen(rest));

	t->lines.n = 0;
	layout_wrap(s, n, (unsigned)(TEXT_WIDTH - w), &t->lines);
	for (i = 0; i < t->lines.n; i++) {
		const struct layout_line *ln = &t->lines.v[i];

		out_puts(t->o, i == 0 ? first : rest);
		out_write(t->o, s + ln->start, ln->end - ln->start);
		out_putc(t->o, '\n');
	}
}

/* What the mem buffer holds, out as wrapped lines (text) or one line. */
static void
flush_mem(struct text *t, const char *first, const char *rest)
{
	size_t n;
	const uint8_t *s = out_take(t->mem, &n);

	if (t->md) {
		out_puts(t->o, first);
		out_write(t->o, s, n);
		out_putc(t->o, '\n');
	} else {
		put_wrapped(t, first, rest, s, n);
	}
}

static void
para_heading(struct text *t, enum side s, size_t p)
{
	const struct article *a = compare_article(t->c, s);
	const struct article_para *ap = &a->para[p];
	const char *side = t->md ? (s == SIDE_LEFT ? "Left" : "Right")
	                         : (s == SIDE_LEFT ? "left" : "right");
	const char *bold = t->md ? "**" : "";

	out_printf(t->o, "%s%s %zu%s (line %zu", bold, side, p + 1, bold,
	           (size_t)ap->line);
	if (ap->kind != ARTICLE_BODY) {
		out_puts(t->o, ", ");
		out_puts(t->o, article_kind_str(ap->kind));
	}
	out_puts(t->o, t->md ? ")\n\n" : ")\n");
}

/* Markdown: the paragraph's words stay the report's own; what the other
 * report says for each figure they disagree on comes after the quoted
 * paragraph, one a line: "≠ **nearly 350 people**; the right report:
 * Around 400 civilians". */
static void
md_differ_notes(struct text *t)
{
	size_t k, i;

	for (k = 0; k < t->ndiffer; k++) {
		const struct fact *f = &t->c->facts->fact[t->differ[k]];
		const struct article *own = compare_article(t->c, t->side);
		const struct fact_span *sp = t->side == SIDE_LEFT ? &f->left
		                                                  : &f->right;
		const struct article *a;
		const struct fact_span *other;
		size_t n = sp->end - sp->start;

		other_side(t, t->differ[k], &a, &other);
		for (i = 0; i < n; i++)
			t->style[i] = MD_STRONG;
		out_puts(t->mem, "\xe2\x89\xa0 ");		/* ≠ */
		t->line_start = false;
		md_marked(t, own->text + own->para[sp->para].start + sp->start,
		          n, t->style);
		out_puts(t->mem, t->side == SIDE_LEFT ? "; the right report: "
		                                      : "; the left report: ");
		put_span(t, t->mem, a, other);
		/* A hard line break between two: a backslash ends the line. */
		if (k + 1 < t->ndiffer)
			out_putc(t->mem, '\\');
		flush_mem(t, "", "");
	}
}

/* Markdown: the paragraph's marked text into mem. */
static void
md_para(struct text *t, const uint8_t *s, size_t len)
{
	struct emit_markup mu = { md_text, md_open, md_close, t };

	if (len > t->style_cap) {
		t->style_cap = len;
		t->style = xreallocarray(t->style, len, 1);
	}
	t->para = s;
	t->in_outer = false;
	t->inner = 0;
	t->ndiffer = 0;
	emit_text(s, len, &t->marks, &mu);
	md_marked(t, s, len, t->style);
}

static void
put_para(struct text *t, enum side side, size_t p)
{
	const struct article *a = compare_article(t->c, side);
	size_t len;
	const uint8_t *s = article_para_text(a, p, &len);
	struct emit_markup mu = { mk_text, mk_open, mk_close, t };

	para_heading(t, side, p);
	t->side = side;
	t->line_start = true;
	emit_marks_get(&t->marks, t->c, side, p);
	if (t->md)
		md_para(t, s, len);
	else
		emit_text(s, len, &t->marks, &mu);
	flush_mem(t, t->md ? "> " : TEXT_INDENT, TEXT_INDENT);
	out_putc(t->o, '\n');
	if (t->md && t->ndiffer > 0) {
		md_differ_notes(t);
		out_putc(t->o, '\n');
	}
}

/* ---- facts --------------------------------------------------------- */

static void
put_excerpt(struct text *t, const struct article *a,
            const struct fact_span *sp)
{
	const uint8_t *s = a->text + a->para[sp->para].start + sp->start;
	size_t n = sp->end - sp->start, i, words = 0;

	for (i = 0; i < n; i++)
		if (s[i] == ' ' && i > 0 && s[i - 1] != ' ' &&
		    ++words == QUOTE_EXCERPT_WORDS)
			break;
	out_puts(t->mem, "\xe2\x80\x9c");		/* “ */
	put_text(t, t->mem, s, i);
	out_puts(t->mem, i < n ? "...\xe2\x80\x9d" : "\xe2\x80\x9d");
}

static void
put_quoted(struct text *t, const struct article *a, const struct fact_span *sp)
{
	out_puts(t->mem, "\xe2\x80\x9c");
	put_span(t, t->mem, a, sp);
	out_puts(t->mem, "\xe2\x80\x9d");
}

/* A line of the list of facts: label, then whatever mem holds. */
static void
fact_line(struct text *t, const char *label)
{
	char first[64], rest[64];

	if (t->md) {
		snprintf(first, sizeof first, "- **%s:** ", label);
		flush_mem(t, first, "");
		return;
	}
	snprintf(first, sizeof first, "%s%-*s", TEXT_INDENT,
	         TEXT_LABEL_WIDTH + 1, label);
	first[strlen(TEXT_INDENT) + strlen(label)] = ':';
	snprintf(rest, sizeof rest, "%*s", (int)strlen(first), "");
	flush_mem(t, first, rest);
}

static void
put_diffs(struct text *t, const struct fact *f)
{
	const struct alignment *al = t->c->al;
	size_t k;

	out_puts(t->mem, ": ");
	for (k = 0; k < f->ndiff; k++) {
		const struct fact_diff *df = &t->c->facts->diff[f->diff + k];

		if (k > 0)
			out_puts(t->mem, "; ");
		if (df->left.start == df->left.end) {
			out_puts(t->mem, "only right ");
			put_quoted(t, al->right, &df->right);
		} else if (df->right.start == df->right.end) {
			out_puts(t->mem, "only left ");
			put_quoted(t, al->left, &df->left);
		} else {
			put_quoted(t, al->left, &df->left);
			out_puts(t->mem, " / ");
			put_quoted(t, al->right, &df->right);
		}
	}
}

/* Names and phrases of a group, on one line each. */
static void
put_list(struct text *t, const struct fact_range *gr, enum fact_type type,
         const char *label)
{
	const struct alignment *al = t->c->al;
	size_t i, n = 0;

	for (i = gr->first; i < gr->first + gr->n; i++) {
		const struct fact *f = &t->c->facts->fact[i];
		const struct fact_span *l = &f->left, *r = &f->right;

		if (f->type != type)
			continue;
		if (n++ > 0)
			out_puts(t->mem, ", ");
		put_span(t, t->mem, al->left, l);
		if (l->end - l->start != r->end - r->start ||
		    memcmp(al->left->text + al->left->para[l->para].start + l->start,
		           al->right->text + al->right->para[r->para].start + r->start,
		           l->end - l->start) != 0) {
			out_puts(t->mem, " / ");
			put_span(t, t->mem, al->right, r);
		}
	}
	if (n > 0)
		fact_line(t, label);
}

/* Where the other figure of a pair across passages sits: " (right ¶11,
 * another passage)". */
static void
put_elsewhere(struct text *t, const struct fact *f, size_t g)
{
	const struct alignment *al = t->c->al;
	bool left_here = al->left_group[f->left.para] == g;
	const struct fact_span *sp = left_here ? &f->right : &f->left;
	enum side s = left_here ? SIDE_RIGHT : SIDE_LEFT;

	out_printf(t->mem, " (%s \xc2\xb6%zu, %s)",
	           s == SIDE_LEFT ? "left" : "right", sp->para + 1,
	           compare_group_of(t->c, s, sp->para) == ALIGN_NONE
	           ? "unpaired paragraph" : "another passage");
}

static void
put_facts(struct text *t, size_t g)
{
	const struct alignment *al = t->c->al;
	const struct fact_range *gr = &t->c->facts->group[g];
	size_t i;

	for (i = gr->first; i < gr->first + gr->n; i++) {
		const struct fact *f = &t->c->facts->fact[i];

		t->line_start = false;
		if (f->type == FACT_FIGURE) {
			bool differ = f->status == FACT_DIFFER;

			put_span(t, t->mem, al->left, &f->left);
			out_puts(t->mem, differ ? " \xe2\x89\xa0 " : " = ");
			put_span(t, t->mem, al->right, &f->right);
			if (f->cross)
				put_elsewhere(t, f, g);
			fact_line(t, differ ? "figures differ" : "figure agrees");
		} else if (f->type == FACT_QUOTE) {
			put_excerpt(t, al->left, &f->left);
			if (f->cross)
				put_elsewhere(t, f, g);
			if (f->status == FACT_VARY) {
				put_diffs(t, f);
				fact_line(t, "quotation varies");
			} else {
				fact_line(t, "same quotation");
			}
		}
	}
	put_list(t, gr, FACT_NAME, "names");
	/* Versions of one report share nearly all their words. */
	if (t->c->revisions == NULL)
		put_list(t, gr, FACT_PHRASE, "phrases");
	if (gr->n > 0)
		out_putc(t->o, '\n');
}

/* ---- the word diff ------------------------------------------------- */

/* Deleted and inserted words: as wdiff and git diff --word-diff write
 * them in text, as HTML elements in Markdown (CommonMark passes them
 * through; the report's own text has its < escaped). */
static const char *const wd_text[4] = { "[-", "-]", "{+", "+}" };
static const char *const wd_md[4] = { "<del>", "</del>", "<ins>", "</ins>" };

static void
wd_mark(struct text *t, const struct article *a, const struct fact_span *sp,
        bool ins)
{
	const char *const *m = t->md ? wd_md : wd_text;

	out_puts(t->mem, m[ins ? 2 : 0]);
	t->line_start = false;
	put_span(t, t->mem, a, sp);
	out_puts(t->mem, m[ins ? 3 : 1]);
}

/* Whether s[0..n) is blank. */
static bool
is_blank(const uint8_t *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ')
			return false;
	return true;
}

/* Right paragraph rp of group g with the words the left has instead
 * marked in it, into mem: "the toll rose to [-12-]{+17+} on". */
static void
wd_para(struct text *t, size_t g, size_t rp)
{
	const struct edits *ed = t->c->edits;
	const struct edit_group *eg = &ed->group[g];
	const struct article *l = t->c->left, *r = t->c->right;
	size_t len, cursor = 0, i;
	const uint8_t *s = article_para_text(r, rp, &len);

	for (i = eg->first; i < eg->first + eg->n; i++) {
		const struct edit *e = &ed->edit[i];
		size_t at = e->right.start;

		if (e->right.para != rp)
			continue;
		if (at < cursor)	/* never: the script is in order */
			at = cursor;
		put_text(t, t->mem, s + cursor, at - cursor);
		cursor = at;
		if (e->op == EDIT_DELETE) {
			const uint8_t *ls = l->text +
			                    l->para[e->left.para].start;
			bool lead = is_blank(s, at);

			/* The words went with the space before them (after
			 * them, at the start of a paragraph). */
			if (!lead && e->left.start > 0 &&
			    ls[e->left.start - 1] == ' ')
				out_putc(t->mem, ' ');
			wd_mark(t, l, &e->left, false);
			if (lead && at == len)
				;
			else if (lead)
				out_putc(t->mem, ' ');
			continue;
		}
		if (e->op == EDIT_REPLACE)
			wd_mark(t, l, &e->left, false);
		wd_mark(t, r, &e->right, true);
		cursor = e->right.end;
	}
	put_text(t, t->mem, s + cursor, len - cursor);
}

/* A passage as one text, the right report's, with the left's words
 * where they differ. */
static void
wd_passage(struct text *t, size_t g)
{
	const struct alignment *al = t->c->al;
	const struct align_group *gr = &al->group[g];
	size_t i;

	for (i = 0; i < gr->nleft; i++)
		para_heading(t, SIDE_LEFT, align_left(al, g, i));
	for (i = 0; i < gr->nright; i++) {
		size_t rp = align_right(al, g, i);

		para_heading(t, SIDE_RIGHT, rp);
		t->side = SIDE_RIGHT;
		t->line_start = true;
		wd_para(t, g, rp);
		flush_mem(t, t->md ? "> " : TEXT_INDENT, TEXT_INDENT);
		out_putc(t->o, '\n');
	}
}

/* What changed between two versions, one change a line. */
static void
revisions_summary(struct text *t)
{
	const struct revisions *rv = t->c->revisions;
	size_t i, n;
	const uint8_t *m;

	out_printf(t->mem, "These are two versions of one report: %zu of "
	           "%zu paragraphs pair closely.  %zu change%s, in the right "
	           "report's order%s", rv->close, rv->content, rv->n,
	           rv->n == 1 ? "" : "s", rv->n ? ":" : ".");
	flush_mem(t, "", "");
	out_putc(t->o, '\n');
	for (i = 0; i < rv->n; i++) {
		struct out *item = out_new(NULL);

		revision_item_text(t->c, &rv->v[i], item);
		m = out_take(item, &n);
		t->line_start = false;
		put_text(t, t->mem, m, n);
		out_free(item);
		fact_line(t, revision_kind_str(rv->v[i].kind));
	}
	if (rv->n)
		out_putc(t->o, '\n');
}

/* ---- the ledger ---------------------------------------------------- */

static void rule(struct text *t, char c);

/* A span of a report, quoted for the ledger: a quotation as an excerpt,
 * anything else whole. */
static void
ledger_span(struct text *t, const struct ledger_row *r, enum side s)
{
	const struct article *a = compare_article(t->c, s);
	const struct ledger_side *ls = &r->side[s];

	if (r->kind == LEDGER_QUOTE)
		put_excerpt(t, a, &ls->span);
	else
		put_span(t, t->mem, a, &ls->span);
}

/* " (source; time)" of a figure or quotation, as far as stated. */
static void
ledger_attrib(struct text *t, const struct ledger_side *ls, enum side s)
{
	const struct article *a = compare_article(t->c, s);
	const struct attrib *at = &ls->at;
	bool src = attrib_has_source(at), time = attrib_has_time(at);
	struct fact_span sp;

	if (!src && !time)
		return;
	out_puts(t->mem, t->md ? " (" : " -- ");
	if (src) {
		sp.para = at->src_para;
		sp.start = at->src_start;
		sp.end = at->src_end;
		put_span(t, t->mem, a, &sp);
	}
	if (src && time)
		out_puts(t->mem, ", ");
	if (time) {
		sp.para = at->time_para;
		sp.start = at->time_start;
		sp.end = at->time_end;
		put_span(t, t->mem, a, &sp);
	}
	if (t->md)
		out_putc(t->mem, ')');
}

/* One side of a row: text, a line "left 17: ..." wrapped; Markdown, a
 * table cell. */
static void
ledger_side_out(struct text *t, const struct ledger_row *r, enum side s)
{
	const struct ledger_side *ls = &r->side[s];
	char first[64], rest[64];

	if (!ls->has) {
		if (t->md)
			out_puts(t->o, " |");
		return;
	}
	t->line_start = false;
	ledger_span(t, r, s);
	ledger_attrib(t, ls, s);
	if (t->md) {
		size_t n;
		const uint8_t *m = out_take(t->mem, &n);

		out_printf(t->o, " %s %zu: ", s == SIDE_LEFT ? "left" : "right",
		           ls->span.para + 1);
		out_write(t->o, m, n);
		out_puts(t->o, " |");
		return;
	}
	if (r->status == LEDGER_ONLY)
		snprintf(first, sizeof first, "  %s, %s only (%s %zu): ",
		         ledger_kind_str(r->kind), s == SIDE_LEFT ? "left"
		                                                  : "right",
		         s == SIDE_LEFT ? "left" : "right", ls->span.para + 1);
	else
		snprintf(first, sizeof first, "%s%s %zu: ", TEXT_INDENT,
		         s == SIDE_LEFT ? "left" : "right", ls->span.para + 1);
	snprintf(rest, sizeof rest, "%*s", (int)strlen(first), "");
	flush_mem(t, first, rest);
}

/* A row both reports have: what it is, then each side. */
static void
ledger_row_out(struct text *t, const struct ledger_row *r)
{
	const char *kind = ledger_kind_str(r->kind);
	const char *label = ledger_row_label(r);
	size_t n;
	const uint8_t *m;

	t->line_start = false;
	if (r->status == LEDGER_VARY && r->fact != LEDGER_NONE)
		put_diffs(t, &t->c->facts->fact[r->fact]);
	m = out_take(t->mem, &n);
	if (t->md) {
		out_printf(t->o, "| %s | %s", label, kind);
		out_write(t->o, m, n);	/* ": " and the differing words */
		out_puts(t->o, " |");
		ledger_side_out(t, r, SIDE_LEFT);
		ledger_side_out(t, r, SIDE_RIGHT);
		out_putc(t->o, '\n');
		return;
	}
	if (r->status == LEDGER_ONLY) {
		ledger_side_out(t, r, r->side[SIDE_LEFT].has ? SIDE_LEFT
		                                             : SIDE_RIGHT);
		return;
	}
	if (r->status == LEDGER_VARY) {
		/* mem was emptied by out_take(); m stays valid until the
		 * next write, so copy it through a second pass. */
		uint8_t *diffs = xmemdup(m, n);

		out_puts(t->mem, "quotation varies");
		out_write(t->mem, diffs, n);
		free(diffs);
		flush_mem(t, "  ", "    ");
	} else {
		out_printf(t->o, "  %s, %s\n", kind, label);
	}
	ledger_side_out(t, r, SIDE_LEFT);
	ledger_side_out(t, r, SIDE_RIGHT);
	out_putc(t->o, '\n');
}

/* The names only one report gives, in one list a side. */
static void
ledger_names(struct text *t, const struct ledger *l, enum side s)
{
	const struct article *a = compare_article(t->c, s);
	const char *name = s == SIDE_LEFT ? "left" : "right";
	size_t i, n = 0;
	char first[64], rest[64];

	for (i = 0; i < l->n; i++) {
		const struct ledger_row *r = &l->row[i];

		if (r->kind != LEDGER_NAME || !r->side[s].has)
			continue;
		if (n++ > 0)
			out_puts(t->mem, ", ");
		put_span(t, t->mem, a, &r->side[s].span);
	}
	if (n == 0)
		return;
	if (t->md) {
		size_t len;
		const uint8_t *m = out_take(t->mem, &len);

		out_printf(t->o, "| %s only | names |", name);
		if (s == SIDE_RIGHT)
			out_puts(t->o, " |");
		out_putc(t->o, ' ');
		out_write(t->o, m, len);
		out_puts(t->o, s == SIDE_LEFT ? " | |\n" : " |\n");
		return;
	}
	snprintf(first, sizeof first, "  names, %s only: ", name);
	snprintf(rest, sizeof rest, "%*s", (int)strlen(first), "");
	flush_mem(t, first, rest);
}

/* The ledger, before the passages: what the reports disagree on first. */
static void
ledger_section(struct text *t)
{
	struct ledger *l = ledger_new(t->c);
	char sum[160];
	size_t i;
	bool only = false;

	ledger_summary(l, sum, sizeof sum);
	if (t->md) {
		out_printf(t->o, "## Ledger: %s\n\n", sum);
		if (l->n > 0)
			out_puts(t->o, "| Status | Fact | Left | Right |\n"
			         "|---|---|---|---|\n");
	} else {
		rule(t, '=');
		out_printf(t->o, "Ledger: %s\n\n", sum);
	}
	for (i = 0; i < l->n; i++) {
		const struct ledger_row *r = &l->row[i];

		if (r->kind == LEDGER_NAME)
			continue;
		only = r->status == LEDGER_ONLY;
		ledger_row_out(t, r);
	}
	if (only && !t->md)
		out_putc(t->o, '\n');
	ledger_names(t, l, SIDE_LEFT);
	ledger_names(t, l, SIDE_RIGHT);
	if (l->n > 0 && (t->md || l->row[l->n - 1].kind == LEDGER_NAME))
		out_putc(t->o, '\n');
	ledger_free(l);
}

size_t
export_text_check(struct out *o, const struct compare *c)
{
	struct text t = { 0 };
	struct ledger *l = ledger_new(c);
	size_t i, n = 0;

	t.o = o;
	t.mem = out_new(NULL);
	t.c = c;
	for (i = 0; i < l->n; i++)
		if (ledger_row_disagrees(&l->row[i])) {
			ledger_row_out(&t, &l->row[i]);
			n++;
		}
	ledger_free(l);
	layout_line_vec_fini(&t.lines);
	out_free(t.mem);
	return n;
}

/* ---- the document -------------------------------------------------- */

static void
put_title(struct text *t, const struct article *a)
{
	size_t len;
	const uint8_t *s = article_heading(a, &len);

	put_text(t, t->o, s, len);
}

/* The title of a, wrapped after HEADER_INDENT to TEXT_WIDTH columns, in
 * at most TITLE_LINES lines, the last ending in ELLIPSIS if cut. */
static void
header_title(struct text *t, const struct article *a)
{
	/* Bytes enough for TITLE_LINES lines and one more, to know there
	 * is more: a long paragraph is never wrapped whole. */
	const size_t enough = (TITLE_LINES + 1) * TEXT_WIDTH * 4;
	const unsigned width = TEXT_WIDTH - (sizeof HEADER_INDENT - 1);
	size_t len, n, i;
	const uint8_t *s = article_heading(a, &len), *m;
	bool cut = false;

	if (len > enough) {
		len = enough;
		while (len > 0 && (s[len] & 0xC0) == 0x80)
			len--;		/* a character's first byte */
		cut = true;
	}
	put_text(t, t->mem, s, len);
	m = out_take(t->mem, &n);
	t->lines.n = 0;
	layout_wrap(m, n, width, &t->lines);
	if (t->lines.n > TITLE_LINES || cut) {
		/* The last line again, with room for the ellipsis. */
		size_t last = t->lines.n > TITLE_LINES ? TITLE_LINES - 1
		                                       : t->lines.n - 1;
		size_t start = t->lines.v[last].start;

		t->lines.n = last;
		layout_wrap(m + start, n - start,
		            width - (unsigned)(sizeof ELLIPSIS - 1), &t->lines);
		t->lines.v[last].start += (uint32_t)start;
		t->lines.v[last].end += (uint32_t)start;
		t->lines.n = last + 1;
		cut = true;
	}
	for (i = 0; i < t->lines.n; i++) {
		const struct layout_line *ln = &t->lines.v[i];
		size_t end = ln->end;

		while (end > ln->start && m[end - 1] == ' ')
			end--;
		out_puts(t->o, HEADER_INDENT);
		out_write(t->o, m + ln->start, end - ln->start);
		if (cut && i + 1 == t->lines.n)
			out_puts(t->o, ELLIPSIS);
		out_putc(t->o, '\n');
	}
}

/* The outlet, byline and date of a, when known, wrapped under its
 * title. */
static void
header_source(struct text *t, const struct article *a)
{
	char *src = article_source_line(a);
	const uint8_t *m;
	size_t n;

	if (src == NULL)
		return;
	put_cstr(t, t->mem, src);
	free(src);
	m = out_take(t->mem, &n);
	t->lines.n = 0;
	put_wrapped(t, HEADER_INDENT, HEADER_INDENT, m, n);
}

/* "left:  " and a report's label, wrapped (a file's name is kept
 * whole), then its title. */
static void
header_report(struct text *t, const char *side, const struct article *a)
{
	size_t n;
	const uint8_t *m;

	put_cstr(t, t->mem, a->label);
	m = out_take(t->mem, &n);
	t->lines.n = 0;
	out_puts(t->o, side);
	put_wrapped(t, "", HEADER_INDENT, m, n);
	header_title(t, a);
	header_source(t, a);
}

static void
text_header(struct text *t, size_t ngroup)
{
	const struct compare *c = t->c;
	size_t r;

	out_puts(t->o, c->revisions ? "newsdiff: two versions compared\n\n"
	                            : "newsdiff: two reports compared\n\n");
	header_report(t, "left:  ", c->left);
	header_report(t, "right: ", c->right);
	out_putc(t->o, '\n');
	out_printf(t->mem, "%zu passage%s aligned.  Unpaired: %zu of %zu "
	           "paragraphs on the left, %zu of %zu on the right.",
	           ngroup, ngroup == 1 ? "" : "s",
	           compare_count_unpaired(c, SIDE_LEFT), c->left->npara,
	           compare_count_unpaired(c, SIDE_RIGHT), c->right->npara);
	flush_mem(t, "", "");
	out_puts(t->o, "\nMarks (the facts are listed under each passage):\n");
	for (r = 0; r < MARK_LEGEND_COUNT; r++) {
		const struct marker *mk = &text_markers[mark_legend[r]];
		char sample[64];

		snprintf(sample, sizeof sample, "%s%s%s", mk->open, mk->sample,
		         mk->close);
		out_printf(t->o, "  %-16s%s\n", sample,
		           mark_style(mark_legend[r])->legend);
	}
	if (c->edits != NULL)
		out_puts(t->o, "  [-old-]{+new+}  word diff: the left report's "
		         "words, then the right's\n");
	out_putc(t->o, '\n');
}

/* " |\n| Source | L | R" when either report names its outlet, byline
 * or date. */
static void
md_source_row(struct text *t, const struct article *l,
              const struct article *r)
{
	char *ls = article_source_line(l), *rs = article_source_line(r);

	if (ls != NULL || rs != NULL) {
		out_puts(t->o, " |\n| Source | ");
		if (ls != NULL)
			put_cstr(t, t->o, ls);
		out_puts(t->o, " | ");
		if (rs != NULL)
			put_cstr(t, t->o, rs);
	}
	free(ls);
	free(rs);
}

static void
md_header(struct text *t, size_t ngroup)
{
	const struct compare *c = t->c;

	out_puts(t->o, c->revisions ? "# Two versions compared\n\n"
	                            : "# Two reports compared\n\n");
	out_puts(t->o, "| | Left | Right |\n|---|---|---|\n| Report | ");
	put_title(t, c->left);
	out_puts(t->o, " | ");
	put_title(t, c->right);
	md_source_row(t, c->left, c->right);
	out_puts(t->o, " |\n| File | ");
	put_cstr(t, t->o, c->left->label);
	out_puts(t->o, " | ");
	put_cstr(t, t->o, c->right->label);
	out_printf(t->o, " |\n| Paragraphs | %zu, %zu unpaired | %zu, %zu "
	           "unpaired |\n\n%zu passage%s aligned.\n\n",
	           c->left->npara, compare_count_unpaired(c, SIDE_LEFT),
	           c->right->npara, compare_count_unpaired(c, SIDE_RIGHT),
	           ngroup, ngroup == 1 ? "" : "s");
	out_puts(t->o, "Marks: **bold** for a figure both reports give; "
	         "*italics* for a quotation, a name or words both use; in a "
	         "quotation worded differently, **bold** for the words where "
	         "it differs.  Under a paragraph, \xe2\x89\xa0 and what the "
	         "other report says for each figure the two disagree on.  The "
	         "facts are listed under each passage.\n\n");
	if (c->edits != NULL)
		out_puts(t->o, "Word diff: each passage is the right report's "
		         "text, with <del>the left report's words</del> and "
		         "<ins>the right report's</ins> where they "
		         "differ.\n\n");
}

static void
rule(struct text *t, char c)
{
	int i;

	for (i = 0; i < TEXT_WIDTH; i++)
		out_putc(t->o, c);
	out_putc(t->o, '\n');
}

static void
passage(struct text *t, size_t g, size_t ngroup)
{
	const struct alignment *al = t->c->al;
	const struct align_group *gr = &al->group[g];
	char score[COMPARE_SCORE_SIZE];
	size_t i;

	if (t->md)
		out_puts(t->o, "## ");
	else
		rule(t, '-');
	out_printf(t->o, "Passage %zu of %zu, similarity %s\n\n", g + 1,
	           ngroup, compare_score_str(gr->score, score));
	if (t->c->edits != NULL && !t->c->edits->group[g].skipped) {
		wd_passage(t, g);
		put_facts(t, g);
		return;
	}
	for (i = 0; i < gr->nleft; i++)
		put_para(t, SIDE_LEFT, align_left(al, g, i));
	for (i = 0; i < gr->nright; i++)
		put_para(t, SIDE_RIGHT, align_right(al, g, i));
	put_facts(t, g);
}

static void
unpaired(struct text *t, enum side side)
{
	const struct article *a = compare_article(t->c, side);
	const char *name = side == SIDE_LEFT ? "left" : "right";
	size_t i, n = compare_count_unpaired(t->c, side);

	if (n == 0)
		return;
	if (t->md) {
		out_printf(t->o, "## Unpaired paragraphs of the %s report\n\n",
		           name);
	} else {
		rule(t, '=');
		out_printf(t->o, "Unpaired paragraphs of the %s report (%zu)\n\n",
		           name, n);
	}
	for (i = 0; i < a->npara; i++)
		if (compare_group_of(t->c, side, i) == ALIGN_NONE)
			put_para(t, side, i);
}

/* One unpaired paragraph in the right report's order. */
static void
loose_para(struct text *t, enum side side, size_t p)
{
	if (t->c->revisions->same[side][p]) {
		/* Shown once, on the right. */
		if (side == SIDE_LEFT)
			return;
		if (t->md) {
			out_puts(t->o, "## Unchanged\n\n");
		} else {
			rule(t, '-');
			out_puts(t->o, "Unchanged: both reports have it "
			         "word for word\n\n");
		}
		put_para(t, side, p);
		return;
	}
	if (t->md)
		out_puts(t->o, side == SIDE_LEFT ? "## Removed\n\n"
		                                 : "## Added\n\n");
	else {
		rule(t, '-');
		out_puts(t->o, side == SIDE_LEFT ? "Removed: only the left "
		         "report has it\n\n" : "Added: only the right report "
		         "has it\n\n");
	}
	put_para(t, side, p);
}

/* An unpaired left paragraph and the right paragraph it comes after
 * in the right report's order (ALIGN_NONE: before the first), as
 * revision.c orders them: after the passage of the paragraph before. */
struct loose_left {
	size_t after, para;
};

static int
cmp_loose_left(const void *pa, const void *pb)
{
	const struct loose_left *a = pa, *b = pb;

	if (a->after != b->after)	/* ALIGN_NONE (SIZE_MAX) first */
		return a->after + 1 < b->after + 1 ? -1 : 1;
	return a->para < b->para ? -1 : a->para > b->para;
}

static struct loose_left *
loose_left(const struct alignment *al, size_t *n)
{
	struct loose_left *v = xmalloc((al->left->npara + 1) * sizeof *v);
	size_t i, after = ALIGN_NONE;

	*n = 0;
	for (i = 0; i < al->left->npara; i++) {
		size_t g = al->left_group[i];

		if (g != ALIGN_NONE)
			after = align_right(al, g, al->group[g].nright - 1);
		else
			v[(*n)++] = (struct loose_left){ after, i };
	}
	if (*n > 1)
		qsort(v, *n, sizeof *v, cmp_loose_left);
	return v;
}

/* Versions of one report: passages and added paragraphs in the right
 * report's order, removed ones after what came before them. */
static void
revisions_body(struct text *t, size_t ng)
{
	const struct alignment *al = t->c->al;
	size_t p, k = 0, nl;
	struct loose_left *ll = loose_left(al, &nl);

	for (; k < nl && ll[k].after == ALIGN_NONE; k++)
		loose_para(t, SIDE_LEFT, ll[k].para);
	for (p = 0; p < t->c->right->npara; p++) {
		size_t g = al->right_group[p];

		if (g == ALIGN_NONE)
			loose_para(t, SIDE_RIGHT, p);
		else if (align_right(al, g, 0) == p)
			passage(t, g, ng);
		for (; k < nl && ll[k].after == p; k++)
			loose_para(t, SIDE_LEFT, ll[k].para);
	}
	free(ll);
}

void
export_text_write(struct out *o, const struct compare *c, bool markdown)
{
	struct text t = { 0 };
	size_t g, ng = c->al ? c->al->ngroup : 0;

	t.o = o;
	t.mem = out_new(NULL);
	t.c = c;
	t.md = markdown;
	if (markdown)
		md_header(&t, ng);
	else
		text_header(&t, ng);
	/* Two versions of one report open with what changed; the ledger
	 * follows it, as it opens every other comparison. */
	if (c->revisions != NULL && c->al != NULL)
		revisions_summary(&t);
	ledger_section(&t);
	if (c->revisions != NULL && c->al != NULL) {
		revisions_body(&t, ng);
	} else {
		for (g = 0; g < ng; g++)
			passage(&t, g, ng);
		unpaired(&t, SIDE_LEFT);
		unpaired(&t, SIDE_RIGHT);
	}
	emit_marks_fini(&t.marks);
	layout_line_vec_fini(&t.lines);
	out_free(t.mem);
	free(t.style);
	free(t.differ);
}
