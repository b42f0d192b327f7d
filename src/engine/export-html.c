/* export-html.c - the HTML export: one self-contained page, the two reports side
 * by side in columns that scroll on their own, marked as in the reader,
 * each paragraph of a passage linked to its partner.  On a narrow screen
 * the columns become one, the passages interleaved by pair.
 *
 * Nothing fetched: the style is inline, and showing the boilerplate is a
 * checkbox that CSS alone answers.  Opening a paragraph (#L20) or
 * following a partner link scrolls one column only, since a page has
 * one target; bringing the partner alongside in the other column takes
 * a tiny inline script (page_js), the one thing CSS cannot do.  Without
 * it the links still work, the partner at the top of its column.  The
 * page is also well-formed XML, so any HTML or XML parser reads it.
 * Every character of the reports is escaped or shown as a visible
 * symbol, and a report is named by its file's base name, never by a
 * path of the machine that wrote the page. */
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
#include "ledger.h"
#include "mem.h"
#include "out.h"
#include "revision.h"
#include "ustr.h"

/* Colours of mark_style() on a white page: text colours dark enough to
 * read, backgrounds light enough to read black on (figures black on
 * yellow or cyan, a quotation's differing words black on magenta). */
static const char *const fg_css[] = {
	"#000", "#b71c1c", "#1b5e20", "#7a5c00",
	"#0d47a1", "#6a1b9a", "#006064", "#fff",
};
static const char *const bg_css[] = {
	"#333", "#c62828", "#b9e4bc", "#fff3b0",
	"#bbdefb", "#e8c6f0", "#b2ebf2", "#fff",
};

static const char page_css[] =
	"body{margin:0;height:100vh;display:flex;flex-direction:column;"
	"font:17px/1.55 Georgia,'DejaVu Serif',serif;color:#1a1a1a;"
	"background:#fff}\n"
	"#top{flex:none;padding:.6em 1.2em;border-bottom:1px solid #ccc;"
	"font:14px/1.5 system-ui,'DejaVu Sans',sans-serif;background:#f6f6f4}\n"
	"h1{font-size:1.15em;margin:0 0 .2em}\n"
	"#top p{margin:.2em 0}\n"
	".legend span.m{margin-right:.9em;white-space:nowrap}\n"
	"#bp{position:absolute;left:-9999px}\n"
	"label{cursor:pointer;text-decoration:underline;color:#0d47a1}\n"
	"#panes{flex:1;display:flex;min-height:0}\n"
	".pane{flex:1 1 50%;min-width:0;overflow-y:auto;padding:0 1.2em 40vh}\n"
	".pane+.pane{border-left:1px solid #ccc}\n"
	".head{position:sticky;top:0;background:#fff;padding:.6em 0 .3em;"
	"border-bottom:1px solid #eee;margin-bottom:.6em}\n"
	"h2{font-size:1.05em;margin:0;white-space:nowrap;overflow:hidden;"
	"text-overflow:ellipsis}\n"
	".src{margin:0;font:12px/1.4 ui-monospace,'DejaVu Sans Mono',monospace;"
	"color:#666;overflow-wrap:anywhere}\n"
	".p{display:flex;gap:.6em;border-radius:3px;scroll-margin-top:5.5em}\n"
	".p>p{margin:.35em 0;flex:1;min-width:0;overflow-wrap:anywhere}\n"
	".g{flex:none;width:2.6em;text-align:right;padding-top:.55em;"
	"font:12px/1.5 system-ui,'DejaVu Sans',sans-serif;color:#888;"
	"text-decoration:none}\n"
	"a.g:hover{color:#0d47a1;text-decoration:underline}\n"
	".p:target,.p.partner{background:#fff6cc}\n"
	".headline>p{font-size:1.3em;font-weight:bold;line-height:1.3}\n"
	".byline>p,.dateline>p,.caption>p,.label>p,.standfirst>p{"
	"font-style:italic}\n"
	".boilerplate{display:none}\n"
	"#bp:checked~#panes .boilerplate{display:flex}\n"
	"@media print{body{height:auto;display:block}"
	".pane{overflow:visible}.head{position:static}}\n"
	/* Narrow: one column, the page scrolls; each paragraph says its
	 * own number and the passages come by pair (order). */
	"@media (max-width:720px){body{height:auto;display:block}"
	"#panes{flex-direction:column;padding:0 .8em 40vh}"
	".pane{display:contents}"
	".head{position:static;order:-2;margin:0;padding:.3em 0 .3em .6em;"
	"border:0;border-left:3px solid #90a4ae}"
	"#right .head{order:-1;margin-bottom:.6em;border-left-color:#d7a86e}"
	"h2{white-space:normal}"
	".p{scroll-margin-top:0;padding-left:.4em;"
	"border-left:3px solid #90a4ae}"
	"#right .p{border-left-color:#d7a86e}"
	".p::before{content:attr(id);flex:none;width:2.2em;padding-top:.55em;"
	"font:bold 12px/1.5 system-ui,'DejaVu Sans',sans-serif;color:#555}"
	".g{width:auto}}\n";

/* The ledger: a table at the top, scrolling on its own beyond a third
 * of the window. */
static const char ledger_css[] =
	"#ledger .lh{font-weight:bold}\n"
	"#ledger .lt{max-height:33vh;overflow-y:auto}\n"
	"#ledger table{border-collapse:collapse;width:100%}\n"
	"#ledger td,#ledger th{text-align:left;vertical-align:top;"
	"padding:.1em .5em;border-bottom:1px solid #e4e4e0}\n"
	"#ledger tr.disagree td:first-child{color:#b71c1c;font-weight:bold}\n"
	"#ledger .who{color:#555}\n";

/* Bring the partner of a paragraph alongside, in the other column: when
 * a partner link is followed (the clicked paragraph stays where it is)
 * and when the page opens at a paragraph or the history moves.  No
 * "<" or "&" in it: the page stays well-formed XML. */
static const char page_js[] =
	"(function(){var from=null;"
	"function mate(p){var a=p?p.querySelector('a.g'):null;"
	"return a?document.getElementById(a.getAttribute('href').slice(1)):null}"
	/* scroll q's column to put q level with p; not in one column */
	"function level(p,q){var c=q.parentNode;"
	"if(getComputedStyle(c).overflowY!=='auto')return;"
	"c.scrollTop+=q.getBoundingClientRect().top-"
	"p.getBoundingClientRect().top}"
	"function show(){var t=document.getElementById(location.hash.slice(1)),"
	"m=from||mate(t),o=document.querySelector('.partner');"
	"if(o)o.classList.remove('partner');"
	"if(t){if(m)m.classList.add('partner');"
	"if(m)if(from)level(m,t);else level(t,m)}from=null}"
	"document.addEventListener('click',function(e){"
	"var a=e.target.closest?e.target.closest('a.g'):null;if(!a)return;"
	"from=a.parentNode;"
	"if(a.getAttribute('href')===location.hash)setTimeout(show,0)});"
	"addEventListener('hashchange',show);addEventListener('load',show)"
	"})();\n";

/* ---- escaping ------------------------------------------------------ */

static void
html_escape(struct out *o, const uint8_t *s, size_t n)
{
	size_t i = 0, run;

	while (i < n) {
		uint8_t c;

		for (run = i; run < n && s[run] >= 0x20 && s[run] < 0x7F &&
		              !strchr("&<>\"'", s[run]); run++)
			;
		out_write(o, s + i, run - i);
		if ((i = run) >= n)
			break;
		c = s[i];
		switch (c) {
		case '&':
			out_puts(o, "&amp;");
			i++;
			continue;
		case '<':
			out_puts(o, "&lt;");
			i++;
			continue;
		case '>':
			out_puts(o, "&gt;");
			i++;
			continue;
		case '"':
			out_puts(o, "&quot;");
			i++;
			continue;
		case '\'':
			out_puts(o, "&#39;");
			i++;
			continue;
		}
		/* Controls and everything beyond ASCII: as they may show. */
		for (run = i + 1; run < n && s[run] >= 0x80; run++)
			;
		out_visible(o, s + i, run - i);
		i = run;
	}
}

static void
html_cstr(struct out *o, const char *s)
{
	html_escape(o, (const uint8_t *)s, strlen(s));
}

/* ---- marks --------------------------------------------------------- */

struct html {
	struct out *o;
	const struct compare *c;
	enum side side;		/* the side being written */
	struct emit_marks marks;
	char *summary;
	size_t summary_size;
	size_t *order[2];	/* by side: place in the narrow page */
	size_t names;		/* names written in a title so far */
};

static void
span_text(struct out *o, const struct article *a, const struct fact_span *sp)
{
	html_escape(o, a->text + a->para[sp->para].start + sp->start,
	            sp->end - sp->start);
}

static void
mk_text(void *ctx, const uint8_t *s, size_t n)
{
	struct html *h = ctx;

	html_escape(h->o, s, n);
}

/* <span class="m figure-differ" title="...">: the title says what the
 * mark is, and for a figure what the other report says. */
static void
mk_open(void *ctx, const struct mark *m, bool outer)
{
	struct html *h = ctx;
	const struct fact *f = &h->c->facts->fact[m->fact];
	const struct mark_style *st = mark_style(m->role);

	(void)outer;
	out_puts(h->o, "<span class=\"m ");
	out_puts(h->o, st->name);
	out_puts(h->o, "\" title=\"");
	out_puts(h->o, st->legend);
	if (f->type == FACT_FIGURE) {
		out_puts(h->o, h->side == SIDE_LEFT ? "; the right report: "
		                                    : "; the left report: ");
		if (h->side == SIDE_LEFT)
			span_text(h->o, h->c->right, &f->right);
		else
			span_text(h->o, h->c->left, &f->left);
	}
	out_puts(h->o, "\">");
}

static void
mk_close(void *ctx, const struct mark *m, bool outer)
{
	struct html *h = ctx;

	(void)m;
	(void)outer;
	out_puts(h->o, "</span>");
}

/* Names listed in a passage's title before "and N more", as in the
 * reader's status line. */
#define TITLE_NAMES 4

/* One name of a passage's title, after a comma unless it is the first. */
static void
add_name(void *ctx, const uint8_t *s, size_t n)
{
	struct html *h = ctx;

	if (h->names++ > 0)
		out_puts(h->o, ", ");
	html_escape(h->o, s, n);
}

/* The names both sides of group g give, as the side being written
 * writes them, each once: "Kerry, Assad". */
static void
name_list(struct html *h, size_t g)
{
	size_t more;

	h->names = 0;
	more = fact_names(h->c->facts, compare_article(h->c, h->side),
	                  h->side, g, TITLE_NAMES, add_name, h);
	if (more > 0)
		out_printf(h->o, " and %zu more", more);
}

/* h->summary, the summary of group g, with its count of names replaced
 * by the names, as the reader's status line shows them. */
static void
summary_names(struct html *h, size_t g)
{
	const char *sum = h->summary;
	size_t at = 0, len, need = strlen(sum);

	while (at < need) {
		const char *end = strstr(sum + at, "; ");

		len = end ? (size_t)(end - (sum + at)) : need - at;
		if (fact_summary_is_name_count(sum + at, len)) {
			out_puts(h->o, len > 6 ? "names " : "name ");
			name_list(h, g);
		} else {
			html_escape(h->o, (const uint8_t *)sum + at, len);
		}
		at += len;
		if (end != NULL) {
			out_puts(h->o, "; ");
			at += 2;
		}
	}
}

/* ---- the page ------------------------------------------------------ */

static void
style_rules(struct out *o)
{
	int r;

	out_puts(o, "<style>\n");
	out_puts(o, page_css);
	out_puts(o, ledger_css);
	for (r = MARK_PHRASE; r < MARK_ROLE_COUNT; r++) {
		const struct mark_style *st = mark_style(r);

		if (r == MARK_UNPAIRED || r == MARK_BOILERPLATE) {
			out_printf(o, ".%s>p{color:#8a8a8a}\n", st->name);
			continue;
		}
		out_printf(o, ".m.%s{", st->name);
		if (st->fg != MARK_DEFAULT)
			out_printf(o, "color:%s;", fg_css[st->fg]);
		if (st->bg != MARK_DEFAULT)
			out_printf(o, "background:%s;border-radius:2px;"
			           "padding:0 .1em;", bg_css[st->bg]);
		if (st->attr & MARK_BOLD)
			out_puts(o, "font-weight:bold;");
		if (st->attr & MARK_ITALIC)
			out_puts(o, "font-style:italic;");
		if (st->attr & MARK_UNDERLINE)
			out_puts(o, "text-decoration:underline;");
		out_puts(o, "}\n");
	}
	out_puts(o, "</style>\n");
}

/* One side of a ledger row: a link to the paragraph, the span (a
 * quotation's first words), who gave it and when. */
static void
ledger_cell(struct out *o, const struct compare *c,
            const struct ledger_row *r, enum side s)
{
	const struct article *a = compare_article(c, s);
	const struct ledger_side *ls = &r->side[s];
	const struct attrib *at = &ls->at;
	struct fact_span sp;

	out_puts(o, "<td>");
	if (!ls->has) {
		out_puts(o, "</td>");
		return;
	}
	out_printf(o, "<a href=\"#%c%zu\">%c%zu</a> ",
	           s == SIDE_LEFT ? 'L' : 'R', ls->span.para + 1,
	           s == SIDE_LEFT ? 'L' : 'R', ls->span.para + 1);
	if (r->kind == LEDGER_QUOTE)
		out_puts(o, "&#8220;");
	span_text(o, a, &ls->span);
	if (r->kind == LEDGER_QUOTE)
		out_puts(o, "&#8221;");
	if (attrib_has_source(at) || attrib_has_time(at)) {
		out_puts(o, " <span class=\"who\">(");
		if (attrib_has_source(at)) {
			sp.para = at->src_para;
			sp.start = at->src_start;
			sp.end = at->src_end;
			span_text(o, a, &sp);
		}
		if (attrib_has_source(at) && attrib_has_time(at))
			out_puts(o, ", ");
		if (attrib_has_time(at)) {
			sp.para = at->time_para;
			sp.start = at->time_start;
			sp.end = at->time_end;
			span_text(o, a, &sp);
		}
		out_puts(o, ")</span>");
	}
	out_puts(o, "</td>");
}

/* The ledger as a table whose rows link to both passages: what the
 * reports disagree on first. */
static void
ledger_table(struct out *o, const struct compare *c)
{
	struct ledger *l = ledger_new(c);
	char sum[160];
	size_t i, k;

	ledger_summary(l, sum, sizeof sum);
	out_puts(o, "<div id=\"ledger\"><p class=\"lh\">Ledger: ");
	html_cstr(o, sum);
	out_puts(o, "</p>\n");
	if (l->n > 0)
		out_puts(o, "<div class=\"lt\"><table>\n<tr><th>Status</th>"
		         "<th>Fact</th><th>Left</th><th>Right</th></tr>\n");
	for (i = 0; i < l->n; i++) {
		const struct ledger_row *r = &l->row[i];

		out_printf(o, "<tr%s><td>%s</td><td>%s",
		           ledger_row_disagrees(r) ? " class=\"disagree\"" : "",
		           ledger_row_label(r), ledger_kind_str(r->kind));
		if (r->status == LEDGER_VARY && r->fact != LEDGER_NONE) {
			const struct fact *ft = &c->facts->fact[r->fact];

			out_puts(o, ": ");
			for (k = 0; k < ft->ndiff; k++) {
				const struct fact_diff *d =
					&c->facts->diff[ft->diff + k];

				if (k > 0)
					out_puts(o, "; ");
				if (d->left.start == d->left.end)
					out_puts(o, "only right ");
				else if (d->right.start == d->right.end)
					out_puts(o, "only left ");
				if (d->left.start != d->left.end) {
					out_puts(o, "&#8220;");
					span_text(o, c->left, &d->left);
					out_puts(o, "&#8221;");
				}
				if (d->left.start != d->left.end &&
				    d->right.start != d->right.end)
					out_puts(o, " / ");
				if (d->right.start != d->right.end) {
					out_puts(o, "&#8220;");
					span_text(o, c->right, &d->right);
					out_puts(o, "&#8221;");
				}
			}
		}
		out_puts(o, "</td>");
		ledger_cell(o, c, r, SIDE_LEFT);
		ledger_cell(o, c, r, SIDE_RIGHT);
		out_puts(o, "</tr>\n");
	}
	if (l->n > 0)
		out_puts(o, "</table></div>\n");
	out_puts(o, "</div>\n");
	ledger_free(l);
}

/* Versions of one report: what changed, before the legend. */
static void
revisions_summary(struct out *o, const struct compare *c)
{
	const struct revisions *rv = c->revisions;
	struct out *item = out_new(NULL);
	const uint8_t *m;
	size_t i, n;

	out_printf(o, "<p>These are two versions of one report: %zu of %zu "
	           "paragraphs pair closely.  %zu change%s, in the right "
	           "report's order%s</p>\n", rv->close, rv->content, rv->n,
	           rv->n == 1 ? "" : "s", rv->n ? ":" : ".");
	if (rv->n > 0)
		out_puts(o, "<ul class=\"changes\">\n");
	for (i = 0; i < rv->n; i++) {
		revision_item_text(c, &rv->v[i], item);
		m = out_take(item, &n);
		out_puts(o, "<li><b>");
		html_cstr(o, revision_kind_str(rv->v[i].kind));
		out_puts(o, ":</b> ");
		html_escape(o, m, n);
		out_puts(o, "</li>\n");
	}
	if (rv->n > 0)
		out_puts(o, "</ul>\n");
	out_free(item);
}

/* Word diff: struck through on red for the left's words, on green for
 * the right's, as diff viewers show them; the facts' marks inside. */
static const char wd_css[] =
	"del{background:#ffd7d5;color:#82071e;text-decoration:line-through}\n"
	"ins{background:#ccffd8;color:#055d20;text-decoration:none}\n"
	".changes{margin:.2em 0;padding-left:1.4em}\n";

static void
legend(struct out *o, const struct compare *c)
{
	size_t r;

	out_puts(o, "<p class=\"legend\">");
	for (r = 0; r < MARK_LEGEND_COUNT; r++) {
		const struct mark_style *st = mark_style(mark_legend[r]);

		out_printf(o, "<span class=\"m %s\">%s</span> ", st->name,
		           st->legend);
	}
	if (c->edits != NULL)
		out_puts(o, "<del>the left report's words</del> "
		         "<ins>the right report's words</ins> ");
	out_puts(o, "<label for=\"bp\">show or hide boilerplate</label></p>\n");
}

/* The right report's paragraphs with no partner that follow paragraph r,
 * up to the next one with a partner, from *k on. */
static void
order_unpaired_after(struct html *h, size_t r, size_t *k)
{
	const struct article *a = h->c->right;

	for (; r < a->npara &&
	       compare_group_of(h->c, SIDE_RIGHT, r) == ALIGN_NONE; r++)
		h->order[SIDE_RIGHT][r] = (*k)++;
}

/* The order of the narrow page: the left report's order, each passage's
 * right paragraphs after its left ones, and a right paragraph with no
 * partner after the one before it (or, before any, ahead of the first
 * passage). */
static void
narrow_order(struct html *h)
{
	const struct compare *c = h->c;
	const struct alignment *al = c->al;
	size_t i, j, k = 0, first_paired = c->right->npara;
	size_t *left, *right;
	bool lead_done = false;

	left = h->order[SIDE_LEFT] = xcalloc(c->left->npara + 1, sizeof *left);
	right = h->order[SIDE_RIGHT] = xcalloc(c->right->npara + 1,
	                                       sizeof *right);
	for (i = 0; i < c->right->npara; i++)
		if (compare_group_of(c, SIDE_RIGHT, i) != ALIGN_NONE) {
			first_paired = i;
			break;
		}
	for (i = 0; i < c->left->npara; i++) {
		size_t g = compare_group_of(c, SIDE_LEFT, i);
		const struct align_group *gr;

		if (g == ALIGN_NONE) {
			left[i] = k++;
			continue;
		}
		if (align_left(al, g, 0) != i)
			continue;	/* placed with the first of its group */
		if (!lead_done) {
			for (j = 0; j < first_paired; j++)
				right[j] = k++;
			lead_done = true;
		}
		gr = &al->group[g];
		for (j = 0; j < gr->nleft; j++)
			left[align_left(al, g, j)] = k++;
		for (j = 0; j < gr->nright; j++)
			right[align_right(al, g, j)] = k++;
		for (j = 0; j < gr->nright; j++)
			order_unpaired_after(h, align_right(al, g, j) + 1, &k);
	}
	if (!lead_done)
		for (j = 0; j < first_paired; j++)
			right[j] = k++;
}

/* A file's base name: the page never shows where it was made. */
static const char *
base_name(const char *label)
{
	const char *slash = strrchr(label, '/');

	return slash != NULL && slash[1] != '\0' ? slash + 1 : label;
}

/* Word diff: the words of paragraph p that group g's edits change, in
 * <del> on the left and <ins> on the right, the facts' marks inside. */
static void
wd_text(struct html *h, size_t g, size_t p, const uint8_t *s, size_t len,
        const struct emit_markup *mu)
{
	const struct edit_group *eg = &h->c->edits->group[g];
	const char *open = h->side == SIDE_LEFT ? "<del>" : "<ins>";
	const char *close = h->side == SIDE_LEFT ? "</del>" : "</ins>";
	size_t i, cursor = 0;

	for (i = eg->first; i < eg->first + eg->n; i++) {
		const struct edit *e = &h->c->edits->edit[i];
		const struct fact_span *sp = h->side == SIDE_LEFT ? &e->left
		                                                  : &e->right;

		if (sp->para != p || sp->start == sp->end)
			continue;
		emit_text_range(s, cursor, sp->start, &h->marks, mu);
		out_puts(h->o, open);
		emit_text_range(s, sp->start, sp->end, &h->marks, mu);
		out_puts(h->o, close);
		cursor = sp->end;
	}
	emit_text_range(s, cursor, len, &h->marks, mu);
}

static void
paragraph(struct html *h, size_t p, size_t ngroup)
{
	const struct article *a = compare_article(h->c, h->side);
	const struct article_para *ap = &a->para[p];
	size_t g = compare_group_of(h->c, h->side, p), len;
	const uint8_t *s = article_para_text(a, p, &len);
	struct emit_markup mu = { mk_text, mk_open, mk_close, h };
	const char *kind = article_kind_str(ap->kind);
	bool hidden = article_kind_is_boilerplate(ap->kind);

	out_printf(h->o, "<div class=\"p %s%s\" id=\"%c%zu\" style=\"order:"
	           "%zu\">", kind,
	           hidden ? " boilerplate"
	                  : g == ALIGN_NONE ? " unpaired" : "",
	           h->side == SIDE_LEFT ? 'L' : 'R', p + 1, h->order[h->side][p]);
	if (g == ALIGN_NONE) {
		out_puts(h->o, "<span class=\"g\"></span>");
	} else {
		const struct alignment *al = h->c->al;
		const struct facts *fs = h->c->facts;
		char other = h->side == SIDE_LEFT ? 'R' : 'L';
		size_t partner = h->side == SIDE_LEFT ? align_right(al, g, 0)
		                                      : align_left(al, g, 0);
		char score[COMPARE_SCORE_SIZE];
		size_t need;

		need = fact_summary(fs, g, h->summary, h->summary_size);
		if (need >= h->summary_size) {
			h->summary_size = need + 1;
			h->summary = xreallocarray(h->summary, 1, h->summary_size);
			fact_summary(fs, g, h->summary, h->summary_size);
		}
		out_printf(h->o, "<a class=\"g\" href=\"#%c%zu\" title=\"passage "
		           "%zu of %zu, similarity %s: ", other, partner + 1,
		           g + 1, ngroup, compare_score_str(al->group[g].score, score));
		summary_names(h, g);
		out_printf(h->o, "\">%c%zu</a>", other, partner + 1);
	}
	out_puts(h->o, "<p>");
	emit_marks_get(&h->marks, h->c, h->side, p);
	if (h->c->edits != NULL && g != ALIGN_NONE &&
	    !h->c->edits->group[g].skipped)
		wd_text(h, g, p, s, len, &mu);
	else
		emit_text(s, len, &h->marks, &mu);
	out_puts(h->o, "</p></div>\n");
}

static void
pane(struct html *h, enum side side, size_t ngroup)
{
	const struct article *a = compare_article(h->c, side);
	size_t p, len;
	const uint8_t *t = article_heading(a, &len);
	char *src = article_source_line(a);

	h->side = side;
	out_printf(h->o, "<div class=\"pane\" id=\"%s\">\n<div class=\"head"
	           "\"><h2>", side == SIDE_LEFT ? "left" : "right");
	html_escape(h->o, t, len);
	out_puts(h->o, "</h2><p class=\"src\">");
	if (src != NULL) {
		/* Outlet, byline, date: what the report says of itself. */
		html_cstr(h->o, src);
		out_puts(h->o, " &#183; ");
		free(src);
	}
	html_cstr(h->o, base_name(a->label));
	out_printf(h->o, " &#183; %zu paragraphs, %zu unpaired</p></div>\n",
	           a->npara, compare_count_unpaired(h->c, side));
	for (p = 0; p < a->npara; p++)
		paragraph(h, p, ngroup);
	out_puts(h->o, "</div>\n");
}

void
export_html_write(struct out *o, const struct compare *c)
{
	struct html h = { 0 };
	size_t ng = c->al ? c->al->ngroup : 0, len;
	const uint8_t *t;

	h.o = o;
	h.c = c;
	h.summary_size = 256;
	h.summary = xmalloc(h.summary_size);

	out_puts(o, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/"
	         "xhtml\" lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
	         "<meta name=\"viewport\" content=\"width=device-width, "
	         "initial-scale=1\"/>\n<meta name=\"generator\" "
	         "content=\"newsdiff\"/>\n<title>");
	t = article_title(c->left, &len);
	html_escape(o, t, len);
	out_puts(o, " | ");
	t = article_title(c->right, &len);
	html_escape(o, t, len);
	out_puts(o, "</title>\n");
	style_rules(o);
	if (c->edits != NULL) {
		/* Appended to the style sheet, which style_rules() closed. */
		out_puts(o, "<style>\n");
		out_puts(o, wd_css);
		out_puts(o, "</style>\n");
	}
	out_puts(o, "</head>\n<body>\n<input type=\"checkbox\" id=\"bp\"/>\n"
	         "<div id=\"top\">\n");
	out_puts(o, c->revisions ? "<h1>Two versions compared</h1>\n"
	                         : "<h1>Two reports compared</h1>\n");
	out_printf(o, "<p>%zu passage%s aligned; the number beside a paragraph "
	           "is its partner's, a link to it.</p>\n", ng,
	           ng == 1 ? "" : "s");
	if (c->revisions != NULL)
		revisions_summary(o, c);
	legend(o, c);
	ledger_table(o, c);
	out_puts(o, "</div>\n<div id=\"panes\">\n");
	narrow_order(&h);
	pane(&h, SIDE_LEFT, ng);
	pane(&h, SIDE_RIGHT, ng);
	out_puts(o, "</div>\n<script>");
	out_puts(o, page_js);
	out_puts(o, "</script>\n</body>\n</html>\n");
	emit_marks_fini(&h.marks);
	free(h.summary);
	free(h.order[0]);
	free(h.order[1]);
}
