/* export.c - text, Markdown, HTML and JSON writers. */
#include "export.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "fact.h"
#include "figure.h"
#include "mem.h"
#include "ustr.h"

struct fmt_name {
	const char *name;
	enum export_format fmt;
};

static const struct fmt_name fmt_names[] = {
	{ "text", EXPORT_TEXT }, { "txt", EXPORT_TEXT },
	{ "markdown", EXPORT_MARKDOWN }, { "md", EXPORT_MARKDOWN },
	{ "html", EXPORT_HTML }, { "htm", EXPORT_HTML },
	{ "json", EXPORT_JSON },
};

bool
export_format_parse(const char *name, enum export_format *fmt)
{
	size_t i;

	for (i = 0; i < sizeof fmt_names / sizeof *fmt_names; i++)
		if (strcmp(name, fmt_names[i].name) == 0) {
			*fmt = fmt_names[i].fmt;
			return true;
		}
	return false;
}

bool
export_format_from_path(const char *path, enum export_format *fmt)
{
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');

	if (dot == NULL || (slash != NULL && dot < slash))
		return false;
	return export_format_parse(dot + 1, fmt);
}

const char *
export_format_str(enum export_format fmt)
{
	switch (fmt) {
	case EXPORT_TEXT:
		return "text";
	case EXPORT_MARKDOWN:
		return "markdown";
	case EXPORT_HTML:
		return "html";
	case EXPORT_JSON:
		return "json";
	}
	return "?";
}

/* ---- output -------------------------------------------------------- */

/* Exports write millions of small pieces: they go to a buffer of our own
 * and to the FILE in large blocks, without stdio's locking per call. */
#define OUT_BLOCK 65536

struct out {
	FILE *f;
	char buf[OUT_BLOCK];
	size_t n;
	bool failed;
};

static void
out_flush(struct out *o)
{
	if (o->n > 0 && fwrite(o->buf, 1, o->n, o->f) != o->n)
		o->failed = true;
	o->n = 0;
}

static void
out_write(struct out *o, const void *p, size_t n)
{
	if (o->n + n > OUT_BLOCK) {
		out_flush(o);
		if (n > OUT_BLOCK) {
			if (fwrite(p, 1, n, o->f) != n)
				o->failed = true;
			return;
		}
	}
	memcpy(o->buf + o->n, p, n);
	o->n += n;
}

static void
out_puts(struct out *o, const char *s)
{
	out_write(o, s, strlen(s));
}

static void
out_putc(struct out *o, char c)
{
	if (o->n == OUT_BLOCK)
		out_flush(o);
	o->buf[o->n++] = c;
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void
out_printf(struct out *o, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		out_write(o, small, (size_t)n);
	} else {
		char *big = xmalloc((size_t)n + 1);

		va_start(ap, fmt);
		vsnprintf(big, (size_t)n + 1, fmt, ap);
		va_end(ap);
		out_write(o, big, (size_t)n);
		free(big);
	}
}

/* ---- JSON ---------------------------------------------------------- */

/* A number in decimal: exports write hundreds of thousands of them. */
static void
put_size(struct out *o, size_t v)
{
	char buf[24];
	size_t i = sizeof buf;

	do
		buf[--i] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	out_write(o, buf + i, sizeof buf - i);
}

/* Bytes a JSON string must not carry as they are: controls, DEL, the
 * quote, the backslash, and the first byte of U+2028 and U+2029 (0xE2,
 * looked at more closely). */
static inline bool
json_special(uint8_t c)
{
	return c < 0x20 || c == '"' || c == '\\' || c == 0x7F || c == 0xE2;
}

/* A JSON string: controls, quote and backslash escaped, and U+2028 and
 * U+2029, which break JavaScript that embeds JSON. */
static void
json_str(struct out *o, const uint8_t *s, size_t n)
{
	size_t i = 0, run;

	out_putc(o, '"');
	while (i < n) {
		uint8_t c;
		char hex[8];

		for (run = i; run < n && !json_special(s[run]); run++)
			;
		out_write(o, s + i, run - i);
		if ((i = run) >= n)
			break;
		c = s[i];
		if (c == 0xE2) {
			if (i + 2 < n && s[i + 1] == 0x80 &&
			    (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) {
				out_printf(o, "\\u%04x",
				        0x2000u + (unsigned)(s[i + 2] - 0x80));
				i += 3;
			} else {
				out_putc(o, c);
				i++;
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

static void
json_cstr(struct out *o, const char *s)
{
	json_str(o, (const uint8_t *)s, strlen(s));
}

static void
json_document(struct out *o, const char *side, const struct article *a)
{
	size_t i, len;
	const uint8_t *t = article_title(a, &len);

	out_printf(o, "    {\"side\": \"%s\", \"path\": ", side);
	json_cstr(o, a->path);
	out_puts(o, ", \"title\": ");
	json_str(o, t, len);
	out_puts(o, ",\n     \"paragraphs\": [");
	for (i = 0; i < a->npara; i++) {
		const struct article_para *p = &a->para[i];

		out_puts(o, i ? ",\n      {\"id\": " : "\n      {\"id\": ");
		put_size(o, i);
		out_puts(o, ", \"line\": ");
		put_size(o, p->line);
		out_puts(o, ", \"kind\": \"");
		out_puts(o, article_kind_str(p->kind));
		out_putc(o, '"');
		if (p->dup_of != ARTICLE_NONE)
			out_printf(o, ", \"duplicate_of\": %zu", p->dup_of);
		out_puts(o, ", \"text\": ");
		json_str(o, a->text + p->start, p->len);
		out_putc(o, '}');
	}
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
		put_size(o, al->member[start + i]);
	}
	out_putc(o, ']');
}

/* {"paragraph": P, "start": S, "end": E, "text": "..."} */
/* {"paragraph":P,"start":S,"end":E,"text":"..."}, the brace open. */
static void
json_span(struct out *o, const struct article *a, const struct fact_span *sp)
{
	out_puts(o, "{\"paragraph\":");
	put_size(o, sp->para);
	out_puts(o, ",\"start\":");
	put_size(o, sp->start);
	out_puts(o, ",\"end\":");
	put_size(o, sp->end);
	out_puts(o, ",\"text\":");
	json_str(o, a->text + a->para[sp->para].start + sp->start,
	         sp->end - sp->start);
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
		put_size(o, (size_t)v);		/* most figures */
	else
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

/* A figure's side: the span, then its value and interval. */
static void
json_figure_side(struct out *o, const struct article *a,
                 const struct fact_span *sp, const struct figure *fig)
{
	json_span(o, a, sp);
	json_number(o, "value", fig->value);
	json_number(o, "low", fig->lo);
	json_number(o, "high", fig->hi);
	out_putc(o, '}');
}

/* The facts of a group, one a line. */
static void
json_facts(struct out *o, const struct alignment *al,
           const struct align_group *gr)
{
	size_t i, k;

	for (i = 0; i < gr->nfact; i++) {
		const struct fact *ft = &al->fact[gr->fact + i];

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
			json_figure_side(o, al->left, &ft->left, l);
			out_puts(o, ",\"right\":");
			json_figure_side(o, al->right, &ft->right,
			                 &al->right->fig[ft->fig_right]);
		} else {
			out_puts(o, ",\"left\":");
			json_span(o, al->left, &ft->left);
			out_puts(o, "},\"right\":");
			json_span(o, al->right, &ft->right);
			out_putc(o, '}');
		}
		if (ft->ndiff > 0) {
			out_puts(o, ",\"differences\":[");
			for (k = 0; k < ft->ndiff; k++) {
				const struct fact_diff *d = &al->diff[ft->diff + k];

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
	if (gr->nfact)
		out_puts(o, "\n    ");
}

static void
write_json(struct out *o, const struct article *left, const struct article *right,
           const struct alignment *al)
{
	size_t g, ng = al ? al->ngroup : 0;

	out_puts(o, "{\n  \"format\": \"newsdiff\", \"version\": 1,\n"
	      "  \"documents\": [\n");
	json_document(o, "left", left);
	out_puts(o, ",\n");
	json_document(o, "right", right);
	out_puts(o, "\n  ],\n  \"alignments\": [");
	for (g = 0; g < ng; g++) {
		const struct align_group *gr = &al->group[g];

		out_puts(o, g ? ",\n    {\"left\": " : "\n    {\"left\": ");
		json_ids(o, al, gr->left, gr->nleft);
		out_puts(o, ", \"right\": ");
		json_ids(o, al, gr->right, gr->nright);
		out_puts(o, ", \"score\": ");
		json_score(o, gr->score);
		out_puts(o, ", \"facts\": [");
		json_facts(o, al, gr);
		out_puts(o, "]}");
	}
	out_puts(o, ng ? "\n  ]\n}\n" : "]\n}\n");
}

enum rc
export_write(FILE *f, enum export_format fmt, const struct article *left,
             const struct article *right, const struct alignment *al)
{
	struct out *o = xcalloc(1, sizeof *o);
	enum rc rc = RC_OK;

	o->f = f;
	errno = 0;
	switch (fmt) {
	case EXPORT_JSON:
	default:
		write_json(o, left, right, al);
		break;
	}
	out_flush(o);
	if (o->failed || fflush(f) != 0 || ferror(f)) {
		if (errno == 0)
			errno = EIO;
		rc = RC_IO;
	}
	free(o);
	return rc;
}
