/* export.c - text, Markdown, HTML and JSON writers. */
#include "export.h"

#include <errno.h>
#include <string.h>

#include "align.h"
#include "article.h"
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

/* ---- JSON ---------------------------------------------------------- */

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
json_str(FILE *f, const uint8_t *s, size_t n)
{
	size_t i = 0, run;

	fputc('"', f);
	while (i < n) {
		uint8_t c;
		char hex[8];

		for (run = i; run < n && !json_special(s[run]); run++)
			;
		fwrite(s + i, 1, run - i, f);
		if ((i = run) >= n)
			break;
		c = s[i];
		if (c == 0xE2) {
			if (i + 2 < n && s[i + 1] == 0x80 &&
			    (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) {
				fprintf(f, "\\u%04x",
				        0x2000u + (unsigned)(s[i + 2] - 0x80));
				i += 3;
			} else {
				fputc(c, f);
				i++;
			}
			continue;
		}
		if (c == '"')
			fputs("\\\"", f);
		else if (c == '\\')
			fputs("\\\\", f);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c == '\t')
			fputs("\\t", f);
		else {
			snprintf(hex, sizeof hex, "\\u%04x", c);
			fputs(hex, f);
		}
		i++;
	}
	fputc('"', f);
}

static void
json_cstr(FILE *f, const char *s)
{
	json_str(f, (const uint8_t *)s, strlen(s));
}

static void
json_document(FILE *f, const char *side, const struct article *a)
{
	size_t i, len;
	const uint8_t *t = article_title(a, &len);

	fprintf(f, "    {\"side\": \"%s\", \"path\": ", side);
	json_cstr(f, a->path);
	fputs(", \"title\": ", f);
	json_str(f, t, len);
	fputs(",\n     \"paragraphs\": [", f);
	for (i = 0; i < a->npara; i++) {
		const struct article_para *p = &a->para[i];

		fprintf(f, "%s\n      {\"id\": %zu, \"line\": %zu, \"kind\": \"%s\"",
		        i ? "," : "", i, p->line, article_kind_str(p->kind));
		if (p->dup_of != ARTICLE_NONE)
			fprintf(f, ", \"duplicate_of\": %zu", p->dup_of);
		fputs(", \"text\": ", f);
		json_str(f, a->text + p->start, p->len);
		fputc('}', f);
	}
	fputs(a->npara ? "\n     ]}" : "]}", f);
}

static void
json_ids(FILE *f, const struct alignment *al, size_t start, size_t n)
{
	size_t i;

	fputc('[', f);
	for (i = 0; i < n; i++)
		fprintf(f, "%s%zu", i ? ", " : "", al->member[start + i]);
	fputc(']', f);
}

static void
write_json(FILE *f, const struct article *left, const struct article *right,
           const struct alignment *al)
{
	size_t g, ng = al ? al->ngroup : 0;

	fputs("{\n  \"format\": \"newsdiff\", \"version\": 1,\n"
	      "  \"documents\": [\n", f);
	json_document(f, "left", left);
	fputs(",\n", f);
	json_document(f, "right", right);
	fputs("\n  ],\n  \"alignments\": [", f);
	for (g = 0; g < ng; g++) {
		const struct align_group *gr = &al->group[g];

		fputs(g ? ",\n    {\"left\": " : "\n    {\"left\": ", f);
		json_ids(f, al, gr->left, gr->nleft);
		fputs(", \"right\": ", f);
		json_ids(f, al, gr->right, gr->nright);
		fprintf(f, ", \"score\": %.3f, \"facts\": []}", gr->score);
	}
	fputs(ng ? "\n  ]\n}\n" : "]\n}\n", f);
}

enum rc
export_write(FILE *f, enum export_format fmt, const struct article *left,
             const struct article *right, const struct alignment *al)
{
	switch (fmt) {
	case EXPORT_JSON:
	default:
		write_json(f, left, right, al);
		break;
	}
	if (fflush(f) != 0 || ferror(f)) {
		if (errno == 0)
			errno = EIO;
		return RC_IO;
	}
	return RC_OK;
}
