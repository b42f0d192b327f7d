/* export-json.c - the JSON export, version 1 of the contract in the manual:
 * fields are only ever added. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "attrib.h"
#include "compare.h"
#include "export-int.h"
#include "edit.h"
#include "fact.h"
#include "revision.h"
#include "figure.h"
#include "ledger.h"
#include "mem.h"
#include "out.h"
#include "thread.h"
#include "ustr.h"

/* Bytes a JSON string must not carry as they are: controls, DEL, the
 * quote, the backslash; and the lead bytes of the characters escaped for
 * the sake of terminals and JavaScript, looked at more closely. */
static inline bool
json_special(uint8_t c)
{
	return c < 0x20 || c == '"' || c == '\\' || c == 0x7F || c == 0xC2 ||
	       c == 0xE2;
}

#if defined(__GNUC__)
/* Sixteen bytes as one vector (GCC's and Clang's vector extension: SSE2
 * on x86-64, NEON on arm64). */
typedef uint8_t json_bytes16 __attribute__((vector_size(16)));
#endif

/* The first byte from i on that json_special() takes, or n: sixteen
 * bytes at a time where the compiler has vectors (a 5 MB report of
 * prose scanned in 1.2 ms instead of 2.1; the JSON of the 5 MB pair of
 * versions carries 19 MB of strings), then eight
 * (the bit tricks of "Bit Twiddling Hacks": a byte below 0x20, or equal
 * to one of the others, sets its high bit). */
static size_t
plain_run(const uint8_t *s, size_t i, size_t n)
{
	const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;

#if defined(__GNUC__)
	for (; i + 16 <= n; i += 16) {
		json_bytes16 x, hit;
		uint64_t h[2];

		memcpy(&x, s + i, 16);
		hit = (json_bytes16)((x < 0x20) | (x == '"') | (x == '\\') |
		                     (x == 0x7F) | (x == 0xC2) | (x == 0xE2));
		memcpy(h, &hit, 16);
		if ((h[0] | h[1]) != 0)
			break;
	}
#endif
	for (; i + 8 <= n; i += 8) {
		uint64_t x, q, b, d, c2, e2;

		memcpy(&x, s + i, 8);
		q = x ^ (ones * '"');
		b = x ^ (ones * '\\');
		d = x ^ (ones * 0x7F);
		c2 = x ^ (ones * 0xC2);
		e2 = x ^ (ones * 0xE2);
		if ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
		     ((b - ones) & ~b) | ((d - ones) & ~d) |
		     ((c2 - ones) & ~c2) | ((e2 - ones) & ~e2)) & high)
			break;
	}
	while (i < n && !json_special(s[i]))
		i++;
	return i;
}

/* Characters written as \uXXXX although JSON allows them raw: C1
 * controls (U+0080..U+009F; U+009B is a CSI to some terminals),
 * bidirectional embeddings, overrides and isolates (U+202A..U+202E,
 * U+2066..U+2069), and U+2028 and U+2029, which break JavaScript that
 * embeds JSON.  Returns the character's length, or 0 to copy it. */
static size_t
json_escaped(const uint8_t *s, size_t n, uint32_t *cp)
{
	if (s[0] == 0xC2 && n >= 2 && s[1] >= 0x80 && s[1] <= 0x9F) {
		*cp = s[1];
		return 2;
	}
	if (s[0] == 0xE2 && n >= 3) {
		uint32_t c = 0x2000u + ((uint32_t)(s[1] & 0x3F) << 6) +
		             (s[2] & 0x3Fu);

		if ((s[1] == 0x80 && s[2] >= 0xA8 && s[2] <= 0xAE) ||
		    (s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9)) {
			*cp = c;
			return 3;
		}
	}
	return 0;
}

/* A JSON string, escaped as above. */
static void
json_str(struct out *o, const uint8_t *s, size_t n)
{
	size_t i = 0, run;

	out_putc(o, '"');
	while (i < n) {
		uint8_t c;
		uint32_t cp;
		size_t len;
		char hex[8];

		run = plain_run(s, i, n);
		out_write(o, s + i, run - i);
		if ((i = run) >= n)
			break;
		c = s[i];
		if (c >= 0x80) {
			len = json_escaped(s + i, n - i, &cp);
			if (len == 0) {
				out_putc(o, (char)c);
				i++;
			} else {
				snprintf(hex, sizeof hex, "\\u%04x", (unsigned)cp);
				out_puts(o, hex);
				i += len;
			}
			continue;
		}
		if (c == '"')
			out_puts(o, "\\\"");
		else if (c == '\\')
			out_puts(o, "\\\\");
		else if (c == '\n')
			out_puts(o, "\\n");
		else if (c == '\t')
			out_puts(o, "\\t");
		else {
			snprintf(hex, sizeof hex, "\\u%04x", c);
			out_puts(o, hex);
		}
		i++;
	}
	out_putc(o, '"');
}

/* A string from outside the reports (a file name): bytes that are not
 * UTF-8 become U+FFFD, as in the reports, so the JSON stays valid. */
static void
json_cstr(struct out *o, const char *s)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t n = strlen(s), i, k = 0;
	uint8_t *clean;

	if (ustr_is_valid(p, n)) {
		json_str(o, p, n);
		return;
	}
	clean = xmalloc(n * 3 + 1);
	for (i = 0; i < n;) {
		uint32_t cp;

		i += ustr_decode(p + i, n - i, &cp);
		k += ustr_encode(cp, clean + k);
	}
	json_str(o, clean, k);
	free(clean);
}

/* ", \"key\": value" with value a string, or null when unknown. */
static void
json_opt(struct out *o, const char *key, const char *value)
{
	out_puts(o, ", \"");
	out_puts(o, key);
	out_puts(o, "\": ");
	if (value != NULL)
		json_cstr(o, value);
	else
		out_puts(o, "null");
}

static void
json_doc_head(struct out *o, const char *side, const struct article *a)
{
	size_t len;
	const uint8_t *t = article_title(a, &len);

	out_puts(o, "    {\"side\": \"");
	out_puts(o, side);
	out_puts(o, "\", \"path\": ");
	json_cstr(o, a->path);
	out_puts(o, ", \"title\": ");
	json_str(o, t, len);
	out_puts(o, ",\n     ");
	/* What the report says of itself (DESIGN.md 8), null if not. */
	out_puts(o, "\"outlet\": ");
	if (a->meta.outlet != NULL)
		json_cstr(o, a->meta.outlet);
	else
		out_puts(o, "null");
	json_opt(o, "byline", a->meta.byline);
	json_opt(o, "date", a->meta.date);
	json_opt(o, "url", a->meta.url);
	json_opt(o, "label", a->meta.label);
	out_puts(o, ",\n     \"paragraphs\": [");
}

/* Paragraphs [from, to) of a, each after its separator. */
static void
json_paras(struct out *o, const struct article *a, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++) {
		const struct article_para *p = &a->para[i];

		out_puts(o, i ? ",\n      {\"id\": " : "\n      {\"id\": ");
		out_size(o, i);
		out_puts(o, ", \"line\": ");
		out_size(o, p->line);
		out_puts(o, ", \"kind\": \"");
		out_puts(o, article_kind_str(p->kind));
		out_putc(o, '"');
		if (p->dup_of != ARTICLE_NONE) {
			out_puts(o, ", \"duplicate_of\": ");
			out_size(o, p->dup_of);
		}
		out_puts(o, ", \"text\": ");
		json_str(o, a->text + p->start, p->len);
		out_putc(o, '}');
	}
}

static void
json_doc_tail(struct out *o, const struct article *a)
{
	out_puts(o, a->npara ? "\n     ]}" : "]}");
}

static void
json_ids(struct out *o, const struct alignment *al, size_t start, size_t n)
{
	size_t i;

	out_putc(o, '[');
	for (i = 0; i < n; i++) {
		if (i)
			out_puts(o, ", ");
		out_size(o, al->member[start + i]);
	}
	out_putc(o, ']');
}

/* {"paragraph":P,"start":S,"end":E,"text":"..."}, the brace open. */
static void
json_span(struct out *o, const struct article *a, const struct fact_span *sp)
{
	out_puts(o, "{\"paragraph\":");
	out_size(o, sp->para);
	out_puts(o, ",\"start\":");
	out_size(o, sp->start);
	out_puts(o, ",\"end\":");
	out_size(o, sp->end);
	out_puts(o, ",\"text\":");
	json_str(o, a->text + a->para[sp->para].start + sp->start,
	         sp->end - sp->start);
}

/* v as "%.10g" writes it, when it has at most three decimals and ten
 * significant digits (3.5, 0.25, -12.125), without printf's cost; false
 * for any other value. */
static bool
put_decimal(struct out *o, double v)
{
	double a = fabs(v), m = a * 1000;
	long long k;
	size_t ip, frac, digits = 0, fd = 3;
	char buf[8];

	if (!(a < 1e9))
		return false;
	k = llround(m);
	if (fabs(m - (double)k) > 1e-6 * (m > 1 ? m : 1))
		return false;
	ip = (size_t)(k / 1000);
	frac = (size_t)(k % 1000);
	while (fd > 0 && frac % 10 == 0) {
		frac /= 10;
		fd--;
	}
	for (k = (long long)ip; k > 0; k /= 10)
		digits++;
	if (digits + fd > 10)
		return false;
	if (v < 0 && (ip > 0 || frac > 0))
		out_putc(o, '-');
	out_size(o, ip);
	if (fd > 0) {
		buf[0] = '.';
		for (digits = fd; digits > 0; digits--, frac /= 10)
			buf[digits] = (char)('0' + frac % 10);
		out_write(o, buf, fd + 1);
	}
	return true;
}

static void
json_number(struct out *o, const char *name, double v)
{
	if (!isfinite(v))
		return;
	out_puts(o, ",\"");
	out_puts(o, name);
	out_puts(o, "\":");
	if (v >= 0 && v < 1e15 && v == floor(v))
		out_size(o, (size_t)v);		/* most figures */
	else if (!put_decimal(o, v))
		out_printf(o, "%.10g", v);
}

/* A score in [0, 1] to three decimals, as "0.412". */
static void
json_score(struct out *o, double s)
{
	long k = lround(fmin(fmax(s, 0), 1) * 1000);
	char buf[6] = { (char)('0' + k / 1000), '.', (char)('0' + k / 100 % 10),
	                (char)('0' + k / 10 % 10), (char)('0' + k % 10), 0 };

	out_write(o, buf, 5);
}

/* "value" keeps figure.c's one-number dates and scores (figure.h:
 * FIGURE_DATE_YEAR, FIGURE_DATE_MONTH, FIGURE_SCORE_BASE; version 1 froze
 * them); "date" and "score" say the same in their own form. */

/* ,"date":"2016-09-30": ISO 8601 as far as the text says, "2022-05"
 * without a day, "--09-30" without a year, "--09" with a month alone. */
static void
json_date(struct out *o, double v)
{
	long k = lround(v), y = k / FIGURE_DATE_YEAR,
	     m = k / FIGURE_DATE_MONTH % (FIGURE_DATE_YEAR / FIGURE_DATE_MONTH),
	     d = k % FIGURE_DATE_MONTH;
	char buf[24];

	if (!isfinite(v) || v < 0 || v >= 1e8 || m < 1 || m > 12)
		return;
	if (y > 0 && d > 0)
		snprintf(buf, sizeof buf, "%04ld-%02ld-%02ld", y, m, d);
	else if (y > 0)
		snprintf(buf, sizeof buf, "%04ld-%02ld", y, m);
	else if (d > 0)
		snprintf(buf, sizeof buf, "--%02ld-%02ld", m, d);
	else
		snprintf(buf, sizeof buf, "--%02ld", m);
	out_puts(o, ",\"date\":\"");
	out_puts(o, buf);
	out_putc(o, '"');
}

/* ,"score":[3,1]: the two sides of a score as written. */
static void
json_score_pair(struct out *o, double v)
{
	long k = lround(v);

	if (!isfinite(v) || v < 0 || v >= 1e12)
		return;
	out_puts(o, ",\"score\":[");
	out_size(o, (size_t)(k / FIGURE_SCORE_BASE));
	out_putc(o, ',');
	out_size(o, (size_t)(k % FIGURE_SCORE_BASE));
	out_putc(o, ']');
}

/* ,"source":"...","time":"..." of an attribution, as far as stated. */
static void
json_attrib_fields(struct out *o, const struct article *a,
                   const struct attrib *at)
{
	if (attrib_has_source(at)) {
		out_puts(o, ",\"source\":");
		json_str(o, a->text + a->para[at->src_para].start +
		            at->src_start, at->src_end - at->src_start);
	}
	if (attrib_has_time(at)) {
		out_puts(o, ",\"time\":");
		json_str(o, a->text + a->para[at->time_para].start +
		            at->time_start, at->time_end - at->time_start);
	}
}

/* A figure's side: the span, then its value and interval, and a date's
 * or a score's own form; then who gave it and when. */
static void
json_figure_side(struct out *o, const struct article *a,
                 const struct fact_span *sp, const struct figure *fig,
                 const struct attrib *at)
{
	json_span(o, a, sp);
	json_number(o, "value", fig->value);
	json_number(o, "low", fig->lo);
	json_number(o, "high", fig->hi);
	if (fig->kind == FIGURE_DATE)
		json_date(o, fig->value);
	else if (fig->kind == FIGURE_SCORE)
		json_score_pair(o, fig->value);
	json_attrib_fields(o, a, at);
	out_putc(o, '}');
}

/* The sources and times of the facts, as the ledger found them: row[i]
 * is the ledger row of fact i, LEDGER_NONE for facts the ledger does not
 * list (names, phrases), which have none.  (A copy of every fact's two
 * attributions was 10 MB of the generated 5 MB pair's peak.) */
struct fact_attribs {
	const struct ledger *l;
	const size_t *row;
};

/* The source and time of side s of fact i. */
static const struct attrib *
fact_attrib(const struct fact_attribs *fa, size_t i, enum side s)
{
	static const struct attrib none = { .src_para = (size_t)-1,
	                                    .time_para = (size_t)-1 };

	if (fa->row[i] == LEDGER_NONE)
		return &none;
	return &fa->l->row[fa->row[i]].side[s].at;
}

/* The facts of a group, one a line. */
static void
json_facts(struct out *o, const struct facts *fs, size_t g,
           const struct fact_attribs *fa)
{
	const struct alignment *al = fs->al;
	const struct fact_range *gr = &fs->group[g];
	size_t i, k;

	for (i = 0; i < gr->n; i++) {
		const struct fact *ft = &fs->fact[gr->first + i];
		const struct attrib *la = fact_attrib(fa, gr->first + i,
		                                      SIDE_LEFT);
		const struct attrib *ra = fact_attrib(fa, gr->first + i,
		                                      SIDE_RIGHT);

		out_puts(o, i ? ",\n      {\"type\":\"" : "\n      {\"type\":\"");
		out_puts(o, fact_type_str(ft->type));
		out_puts(o, "\",\"status\":\"");
		out_puts(o, fact_status_str(ft->status));
		out_putc(o, '"');
		if (ft->type == FACT_FIGURE) {
			const struct figure *l = &al->left->fig[ft->fig_left];

			out_puts(o, ",\"kind\":\"");
			out_puts(o, figure_kind_str(l->kind));
			out_puts(o, "\",\"left\":");
			json_figure_side(o, al->left, &ft->left, l, la);
			out_puts(o, ",\"right\":");
			json_figure_side(o, al->right, &ft->right,
			                 &al->right->fig[ft->fig_right], ra);
			out_puts(o, ",\"agreement\":\"");
			out_puts(o, ft->status == FACT_DIFFER ? "differ"
			            : ft->compatible ? "compatible" : "match");
			out_putc(o, '"');
			if (ft->cross)
				out_puts(o, ",\"cross\":true");
		} else {
			out_puts(o, ",\"left\":");
			json_span(o, al->left, &ft->left);
			json_attrib_fields(o, al->left, la);
			out_puts(o, "},\"right\":");
			json_span(o, al->right, &ft->right);
			json_attrib_fields(o, al->right, ra);
			out_putc(o, '}');
			if (ft->cross)
				out_puts(o, ",\"cross\":true");
		}
		if (ft->ndiff > 0) {
			out_puts(o, ",\"differences\":[");
			for (k = 0; k < ft->ndiff; k++) {
				const struct fact_diff *d;

				d = &fs->diff[ft->diff + k];

				out_puts(o, k ? ",{\"left\":" : "{\"left\":");
				json_span(o, al->left, &d->left);
				out_puts(o, "},\"right\":");
				json_span(o, al->right, &d->right);
				out_puts(o, "}}");
			}
			out_putc(o, ']');
		}
		out_putc(o, '}');
	}
	if (gr->n)
		out_puts(o, "\n    ");
}

/* The word edits of a group, one a line; null when its wordings are
 * too unlike for them. */
static void
json_edits(struct out *o, const struct edits *ed, size_t g)
{
	const struct alignment *al = ed->al;
	const struct edit_group *eg = &ed->group[g];
	size_t i;

	if (eg->skipped) {
		out_puts(o, "null");
		return;
	}
	out_putc(o, '[');
	for (i = 0; i < eg->n; i++) {
		const struct edit *e = &ed->edit[eg->first + i];

		out_puts(o, i ? ",\n      {\"op\":\"" : "\n      {\"op\":\"");
		out_puts(o, edit_op_str(e->op));
		out_puts(o, "\",\"left\":");
		json_span(o, al->left, &e->left);
		out_puts(o, "},\"right\":");
		json_span(o, al->right, &e->right);
		out_puts(o, "}}");
	}
	out_puts(o, eg->n ? "\n    ]" : "]");
}

/* The JSON of groups [from, to), each after its separator. */
static void
json_groups(struct out *o, const struct facts *fs, const struct edits *ed,
            size_t from, size_t to, const struct fact_attribs *fa)
{
	const struct alignment *al = fs->al;
	size_t g;

	for (g = from; g < to; g++) {
		const struct align_group *gr = &al->group[g];

		out_puts(o, g ? ",\n    {\"left\": " : "\n    {\"left\": ");
		json_ids(o, al, gr->left, gr->nleft);
		out_puts(o, ", \"right\": ");
		json_ids(o, al, gr->right, gr->nright);
		out_puts(o, ", \"score\": ");
		json_score(o, gr->score);
		if (align_is_verbatim(al, g))
			out_puts(o, ", \"verbatim\": true");
		out_puts(o, ", \"facts\": [");
		json_facts(o, fs, g, fa);
		out_putc(o, ']');
		if (ed != NULL) {
			out_puts(o, ", \"edits\": ");
			json_edits(o, ed, g);
		}
		out_putc(o, '}');
	}
}

static void
json_para_or_null(struct out *o, size_t p)
{
	if (p == ARTICLE_NONE)
		out_puts(o, "null");
	else
		out_size(o, p);
}

/* Revision changes [from, to), each after its separator. */
static void
json_changes(struct out *o, const struct compare *c, size_t from, size_t to)
{
	const struct revisions *rv = c->revisions;
	struct out *item = out_new(NULL);
	const uint8_t *m;
	size_t i, n;

	for (i = from; i < to; i++) {
		const struct revision_item *it = &rv->v[i];

		out_puts(o, i ? ",\n    {\"kind\":\"" : "\n    {\"kind\":\"");
		out_puts(o, revision_kind_id(it->kind));
		out_puts(o, "\",\"left\":");
		json_para_or_null(o, it->left);
		out_puts(o, ",\"right\":");
		json_para_or_null(o, it->right);
		out_puts(o, ",\"text\":");
		revision_item_text(c, it, item);
		m = out_take(item, &n);
		json_str(o, m, n);
		out_putc(o, '}');
	}
	out_free(item);
}

/* ---- the ledger ------------------------------------------------------ */

/* The ledger's rows, one a line: type and status as the facts have
 * them, "only" for what one report alone gives, and each side present
 * with its span, source and time. */
static void
json_ledger(struct out *o, const struct compare *c, const struct ledger *l)
{
	static const char *const type[] = {
		[LEDGER_FIGURE] = "figure", [LEDGER_QUOTE] = "quote",
		[LEDGER_NAME] = "name",
	};
	size_t i, k;
	int s;

	for (i = 0; i < l->n; i++) {
		const struct ledger_row *r = &l->row[i];

		out_puts(o, i ? ",\n    {\"type\":\"" : "\n    {\"type\":\"");
		out_puts(o, type[r->kind]);
		out_puts(o, "\",\"status\":\"");
		out_puts(o, ledger_status_str(r->status));
		out_putc(o, '"');
		if (r->different_sources)
			out_puts(o, ",\"different_sources\":true");
		if (r->group != LEDGER_NONE) {
			out_puts(o, ",\"alignment\":");
			out_size(o, r->group);
		}
		for (s = 0; s < 2; s++) {
			const struct ledger_side *ls = &r->side[s];
			const struct article *a = compare_article(c,
			                                          (enum side)s);

			if (!ls->has)
				continue;
			out_puts(o, s == SIDE_LEFT ? ",\"left\":"
			                           : ",\"right\":");
			json_span(o, a, &ls->span);
			json_attrib_fields(o, a, &ls->at);
			out_putc(o, '}');
		}
		if (r->status == LEDGER_VARY && r->fact != LEDGER_NONE) {
			const struct fact *ft = &c->facts->fact[r->fact];

			out_puts(o, ",\"differences\":[");
			for (k = 0; k < ft->ndiff; k++) {
				const struct fact_diff *d;

				d = &c->facts->diff[ft->diff + k];
				out_puts(o, k ? ",{\"left\":" : "{\"left\":");
				json_span(o, c->left, &d->left);
				out_puts(o, "},\"right\":");
				json_span(o, c->right, &d->right);
				out_puts(o, "}}");
			}
			out_putc(o, ']');
		}
		out_putc(o, '}');
	}
	out_puts(o, l->n ? "\n  ]" : "]");
}

/* The ledger row of each fact (see struct fact_attribs). */
static size_t *
fact_rows(const struct compare *c, const struct ledger *l)
{
	size_t n = c->facts ? c->facts->nfact : 0, i;
	size_t *row = xmalloc((n + 1) * sizeof *row);

	for (i = 0; i < n; i++)
		row[i] = LEDGER_NONE;
	for (i = 0; i < l->n; i++)
		if (l->row[i].fact != LEDGER_NONE)
			row[l->row[i].fact] = i;
	return row;
}

/* ---- writing in pieces, two at a time -------------------------------- */

/* Large exports are cut into pieces of about PIECE_BYTES, rendered two at
 * a time, one in each thread, into memory, and written in order: twice
 * the speed on two cores, for two pieces' worth of memory. */
#define PIECE_BYTES (1u << 20)

/* Rough bytes of output, to cut pieces of a size: a paragraph is its
 * text and a frame; a fact its two spans' texts and their frames. */
#define JSON_PARA_FRAME 64
#define JSON_FACT_FRAME 160
#define JSON_GROUP_FRAME 64
#define JSON_CHANGE_FRAME 160	/* a revision change, its excerpt too */

enum piece_kind { PIECE_PARAS, PIECE_GROUPS, PIECE_CHANGES };

struct piece {
	enum piece_kind kind;
	const struct article *a;	/* PIECE_PARAS */
	const struct facts *fs;		/* PIECE_GROUPS */
	const struct edits *ed;		/* PIECE_GROUPS; NULL: none */
	size_t from, to;
	struct out *o;			/* memory */
	const struct fact_attribs *fa;	/* PIECE_GROUPS */
	const struct compare *c;	/* PIECE_CHANGES */
};

static void
render(void *arg)
{
	struct piece *p = arg;

	if (p->kind == PIECE_PARAS)
		json_paras(p->o, p->a, p->from, p->to);
	else if (p->kind == PIECE_GROUPS)
		json_groups(p->o, p->fs, p->ed, p->from, p->to, p->fa);
	else
		json_changes(p->o, p->c, p->from, p->to);
}

static size_t
estimate(const struct piece *p, size_t i)
{
	const struct fact_range *gr;
	size_t k, n;

	if (p->kind == PIECE_PARAS)
		return p->a->para[i].len + JSON_PARA_FRAME;
	if (p->kind == PIECE_CHANGES)
		return JSON_CHANGE_FRAME;
	gr = &p->fs->group[i];
	n = JSON_GROUP_FRAME;
	for (k = gr->first; k < gr->first + gr->n; k++)
		n += JSON_FACT_FRAME + 2 * (p->fs->fact[k].left.end -
		                            p->fs->fact[k].left.start);
	return n;
}

/* The next piece of about PIECE_BYTES from p->to on, up to n; false at
 * the end. */
static bool
next_piece(struct piece *p, size_t n)
{
	size_t bytes = 0;

	p->from = p->to;
	if (p->from >= n)
		return false;
	while (p->to < n && bytes < PIECE_BYTES)
		bytes += estimate(p, p->to++);
	return true;
}

static void
write_piece(struct out *o, struct piece *p)
{
	size_t len;
	const uint8_t *mem = out_take(p->o, &len);

	out_write(o, mem, len);
}

/* Items [0, n) of a kind, into o, in order. */
static void
render_all(struct out *o, struct piece tmpl, size_t n, struct out *mem[2])
{
	struct piece a = tmpl, b = tmpl;

	a.to = 0;
	a.o = mem[0];
	b.o = mem[1];
	while (next_piece(&a, n)) {
		b.to = a.to;
		if (!next_piece(&b, n)) {
			/* One piece left: straight out. */
			a.o = o;
			render(&a);
			return;
		}
		thread_both(render, &b, &a);
		write_piece(o, &a);
		write_piece(o, &b);
		a.to = b.to;
	}
}

/* Versions of one report: how many paragraphs pair closely, and what
 * changed, one change a line, with the words the text export shows. */
static void
json_revisions(struct out *o, const struct compare *c, struct out *mem[2])
{
	const struct revisions *rv = c->revisions;
	struct piece changes = { .kind = PIECE_CHANGES, .c = c };

	out_puts(o, ",\n  \"revisions\": {\"close\": ");
	out_size(o, rv->close);
	out_puts(o, ", \"content\": ");
	out_size(o, rv->content);
	out_puts(o, ", \"changes\": [");
	if (rv->n > 0)
		render_all(o, changes, rv->n, mem);
	out_puts(o, rv->n ? "\n  ]}" : "]}");
}

/* The links of fs (struct fact_link) after the ng passages: each two
 * paragraphs an alignment of their own, "link": "figure", with no facts
 * of its own (a consumer that counts the facts of every alignment counts
 * each once) and "link_facts", where the figure pairs that link them are
 * among the facts of their passages. */
static void
json_links(struct out *o, const struct facts *fs, size_t ng)
{
	size_t i = 0, j;

	while (i < fs->nlink) {
		const struct fact_link *k = &fs->link[i];
		double score = k->score;

		for (j = i + 1; j < fs->nlink && fs->link[j].left == k->left &&
		                fs->link[j].right == k->right; j++)
			score = fmax(score, fs->link[j].score);
		out_puts(o, ng + i ? ",\n    {\"left\": [" : "\n    {\"left\": [");
		out_size(o, k->left);
		out_puts(o, "], \"right\": [");
		out_size(o, k->right);
		out_puts(o, "], \"score\": ");
		json_score(o, score);
		out_puts(o, ", \"facts\": [], \"link\": \"figure\", "
		         "\"link_facts\": [");
		for (; i < j; i++) {
			const struct fact_link *x = &fs->link[i];

			out_puts(o, x == k ? "{\"alignment\": " : ", {\"alignment\": ");
			out_size(o, x->group);
			out_puts(o, ", \"fact\": ");
			out_size(o, x->fact - fs->group[x->group].first);
			out_putc(o, '}');
		}
		out_puts(o, "]}");
	}
}

void
export_json_write(struct out *o, const struct compare *c)
{
	size_t ng = c->al ? c->al->ngroup : 0;
	struct out *mem[2] = { out_new(NULL), out_new(NULL) };
	struct piece left = { .kind = PIECE_PARAS, .a = c->left };
	struct piece right = { .kind = PIECE_PARAS, .a = c->right };
	struct piece groups = { .kind = PIECE_GROUPS, .fs = c->facts,
		                .ed = c->edits };
	struct ledger *l = ledger_new(c);
	size_t *rows = fact_rows(c, l);
	struct fact_attribs fa = { l, rows };

	groups.fa = &fa;

	out_puts(o, "{\n  \"format\": \"newsdiff\", \"version\": 1,\n"
	         "  \"documents\": [\n");
	json_doc_head(o, "left", c->left);
	render_all(o, left, c->left->npara, mem);
	json_doc_tail(o, c->left);
	out_puts(o, ",\n");
	json_doc_head(o, "right", c->right);
	render_all(o, right, c->right->npara, mem);
	json_doc_tail(o, c->right);
	out_puts(o, "\n  ],\n  \"alignments\": [");
	if (ng > 0)
		render_all(o, groups, ng, mem);
	if (c->facts != NULL)
		json_links(o, c->facts, ng);
	out_puts(o, ng || (c->facts && c->facts->nlink) ? "\n  ]" : "]");
	if (c->revisions != NULL)
		json_revisions(o, c, mem);
	out_puts(o, ",\n  \"ledger\": [");
	json_ledger(o, c, l);
	out_puts(o, "\n}\n");
	out_free(mem[0]);
	out_free(mem[1]);
	free(rows);
	ledger_free(l);
}
