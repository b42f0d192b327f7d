/* export.c - choosing a format, handing the comparison to its writer,
 * and writing an export to a file (save.c does it safely). */
#include "export.h"

#include <errno.h>
#include <string.h>

#include "article.h"
#include "compare.h"
#include "export-int.h"
#include "mem.h"
#include "out.h"
#include "save.h"

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

/* Whether a and b are equal but for the case of ASCII letters (strcasecmp
 * would follow the locale). */
static bool
ascii_caseeq(const char *a, const char *b)
{
	for (; *a != '\0' && *b != '\0'; a++, b++) {
		char x = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
		char y = *b >= 'A' && *b <= 'Z' ? (char)(*b - 'A' + 'a') : *b;

		if (x != y)
			return false;
	}
	return *a == *b;
}

bool
export_format_parse(const char *name, enum export_format *fmt)
{
	size_t i;

	for (i = 0; i < sizeof fmt_names / sizeof *fmt_names; i++)
		if (ascii_caseeq(name, fmt_names[i].name)) {
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

const char *
export_format_ext(enum export_format fmt)
{
	switch (fmt) {
	case EXPORT_TEXT:
		return "txt";
	case EXPORT_MARKDOWN:
		return "md";
	case EXPORT_HTML:
		return "html";
	case EXPORT_JSON:
		return "json";
	}
	return "txt";
}

/* ---- writing ------------------------------------------------------- */

enum rc
export_check(FILE *f, const struct compare *c, size_t *ndisagree)
{
	struct out *o = out_new(f);
	enum rc rc = RC_OK;

	errno = 0;
	*ndisagree = export_text_check(o, c);
	if (!out_finish(o) || fflush(f) != 0 || ferror(f)) {
		if (errno == 0)
			errno = EIO;
		rc = RC_IO;
	}
	out_free(o);
	return rc;
}

enum rc
export_write(FILE *f, enum export_format fmt, const struct compare *c)
{
	struct out *o = out_new(f);
	enum rc rc = RC_OK;

	errno = 0;
	switch (fmt) {
	case EXPORT_TEXT:
		export_text_write(o, c, false);
		break;
	case EXPORT_MARKDOWN:
		export_text_write(o, c, true);
		break;
	case EXPORT_HTML:
		export_html_write(o, c);
		break;
	case EXPORT_JSON:
		export_json_write(o, c);
		break;
	}
	if (!out_finish(o) || fflush(f) != 0 || ferror(f)) {
		if (errno == 0)
			errno = EIO;
		rc = RC_IO;
	}
	out_free(o);
	return rc;
}

/* Hands export_write() to save_file(). */
struct export_job {
	enum export_format fmt;
	const struct compare *c;
};

static enum rc
fill_export(FILE *f, void *ctx)
{
	const struct export_job *job = ctx;

	return export_write(f, job->fmt, job->c);
}

/* The files of the two reports, which no export may overwrite. */
static size_t
input_ids(const struct compare *c, struct save_id ids[2])
{
	const struct article *a[2] = { c->left, c->right };
	size_t i, n = 0;

	for (i = 0; i < 2; i++)
		if (a[i] != NULL && a[i]->has_file_id) {
			ids[n].dev = a[i]->dev;
			ids[n++].ino = a[i]->ino;
		}
	return n;
}

enum rc
export_file(const char *path, enum export_format fmt,
            const struct compare *c)
{
	return export_file_with(path, fmt, c, false, NULL);
}

enum rc
export_file_with(const char *path, enum export_format fmt,
                 const struct compare *c, bool force, char **folder)
{
	struct export_job job = { fmt, c };
	struct save_id ids[2];
	struct save_opts opts = { .force = force, .keep = ids };

	opts.nkeep = input_ids(c, ids);
	return save_file(path, &opts, fill_export, &job, folder);
}
