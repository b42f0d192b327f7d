/* export.c - choosing a format, marking paragraphs for the writers, and
 * writing an export to a file atomically. */
#include "export.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "align.h"
#include "article.h"
#include "export-int.h"
#include "mem.h"
#include "out.h"

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
	char ext[16];
	size_t i;

	if (dot == NULL || (slash != NULL && dot < slash) ||
	    strlen(dot + 1) >= sizeof ext)
		return false;
	for (i = 0; dot[1 + i] != '\0'; i++) {
		char c = dot[1 + i];

		ext[i] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
	}
	ext[i] = '\0';
	return export_format_parse(ext, fmt);
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

/* ---- marks --------------------------------------------------------- */

#define QUOTE_ROLES (MARK_ROLE_BIT(MARK_QUOTE) | MARK_ROLE_BIT(MARK_QUOTE_VARY))

/* Spaces at either end of a segment stay outside its markup. */
static void
trim(struct mark_vec *mv, const uint8_t *t)
{
	size_t i, k = 0;

	for (i = 0; i < mv->n; i++) {
		struct mark m = mv->v[i];

		while (m.start < m.end && t[m.start] == ' ')
			m.start++;
		while (m.end > m.start && t[m.end - 1] == ' ')
			m.end--;
		if (m.start < m.end)
			mv->v[k++] = m;
	}
	mv->n = k;
}

void
export_marks_get(struct export_marks *m, const struct export_doc *d,
                 bool left, size_t para)
{
	const struct article *a = left ? d->left : d->right;
	const uint8_t *t = a->text + a->para[para].start;

	m->outer.n = m->inner.n = 0;
	if (d->al == NULL)
		return;
	mark_para(d->al, left, para, QUOTE_ROLES, &m->outer);
	mark_para(d->al, left, para, MARK_ALL_FACTS & ~QUOTE_ROLES, &m->inner);
	trim(&m->outer, t);
	trim(&m->inner, t);
}

void
export_marks_fini(struct export_marks *m)
{
	mark_vec_fini(&m->outer);
	mark_vec_fini(&m->inner);
}

void
export_emit(const uint8_t *text, size_t n, const struct export_marks *m,
            const struct export_markup *mu)
{
	const struct mark *ov = m->outer.v, *iv = m->inner.v;
	size_t no = m->outer.n, ni = m->inner.n, oi = 0, ii = 0, pos = 0;
	const struct mark *open_o = NULL, *open_i = NULL;

	while (pos < n) {
		const struct mark *co = NULL, *ci = NULL;
		size_t next = n;

		while (oi < no && ov[oi].end <= pos)
			oi++;
		while (ii < ni && iv[ii].end <= pos)
			ii++;
		if (oi < no) {
			if (ov[oi].start <= pos)
				co = &ov[oi];
			next = co ? co->end : ov[oi].start;
		}
		if (ii < ni) {
			size_t b;

			if (iv[ii].start <= pos)
				ci = &iv[ii];
			b = ci ? ci->end : iv[ii].start;
			if (b < next)
				next = b;
		}
		if (next > n)
			next = n;
		/* Close what ends, inner first; open what begins, outer
		 * first, so the markup nests. */
		if (open_i != NULL && (open_i != ci || open_o != co)) {
			mu->close(mu->ctx, open_i, false);
			open_i = NULL;
		}
		if (open_o != co) {
			if (open_o != NULL)
				mu->close(mu->ctx, open_o, true);
			if (co != NULL)
				mu->open(mu->ctx, co, true);
			open_o = co;
		}
		if (ci != NULL && open_i != ci) {
			mu->open(mu->ctx, ci, false);
			open_i = ci;
		}
		mu->text(mu->ctx, text + pos, next - pos);
		pos = next;
	}
	if (open_i != NULL)
		mu->close(mu->ctx, open_i, false);
	if (open_o != NULL)
		mu->close(mu->ctx, open_o, true);
}

size_t
export_group_of(const struct export_doc *d, bool left, size_t para)
{
	if (d->al == NULL)
		return ALIGN_NONE;
	return left ? d->al->left_group[para] : d->al->right_group[para];
}

size_t
export_count_unpaired(const struct export_doc *d, bool left)
{
	const struct article *a = left ? d->left : d->right;
	size_t i, n = 0;

	for (i = 0; i < a->npara; i++)
		n += export_group_of(d, left, i) == ALIGN_NONE;
	return n;
}

/* ---- writing ------------------------------------------------------- */

enum rc
export_write(FILE *f, enum export_format fmt, const struct article *left,
             const struct article *right, const struct alignment *al)
{
	struct export_doc d = { left, right, al };
	struct out *o = out_new(f);
	enum rc rc = RC_OK;

	errno = 0;
	switch (fmt) {
	case EXPORT_TEXT:
		export_text_write(o, &d, false);
		break;
	case EXPORT_MARKDOWN:
		export_text_write(o, &d, true);
		break;
	case EXPORT_HTML:
		export_html_write(o, &d);
		break;
	case EXPORT_JSON:
		export_json_write(o, &d);
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

static bool
is_input(const struct stat *st, const struct article *a)
{
	return a != NULL && a->has_file_id && (uint64_t)st->st_dev == a->dev &&
	       (uint64_t)st->st_ino == a->ino;
}

/* Write to an open descriptor, which is closed. */
static enum rc
write_fd(int fd, enum export_format fmt, const struct article *left,
         const struct article *right, const struct alignment *al, bool sync)
{
	FILE *f = fdopen(fd, "w");
	enum rc rc;
	int saved;

	if (f == NULL) {
		saved = errno;
		close(fd);
		errno = saved;
		return RC_IO;
	}
	rc = export_write(f, fmt, left, right, al);
	saved = errno;
	if (rc == RC_OK && sync && fsync(fileno(f)) != 0 && errno != EINVAL) {
		rc = RC_IO;
		saved = errno;
	}
	if (fclose(f) != 0 && rc == RC_OK) {
		rc = RC_IO;
		saved = errno;
	}
	errno = saved;
	return rc;
}

enum rc
export_file(const char *path, enum export_format fmt,
            const struct article *left, const struct article *right,
            const struct alignment *al)
{
	char real[PATH_MAX], *tmp = NULL;
	const char *target = path, *slash;
	struct stat st;
	mode_t mode, mask;
	enum rc rc = RC_IO;
	int fd, saved;

	if (stat(path, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			errno = EISDIR;
			return RC_IO;
		}
		if (is_input(&st, left) || is_input(&st, right))
			return RC_SAME_FILE;
		if (!S_ISREG(st.st_mode)) {
			/* A terminal, a pipe, /dev/null: nothing to replace. */
			fd = open(path, O_WRONLY | O_CLOEXEC);
			if (fd < 0)
				return RC_IO;
			return write_fd(fd, fmt, left, right, al, false);
		}
		mode = st.st_mode & 07777;
		/* Through a symbolic link: replace the file, keep the link. */
		if (realpath(path, real) != NULL)
			target = real;
	} else if (errno != ENOENT) {
		return RC_IO;
	} else {
		mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	}

	/* The temporary file goes beside the target, so that rename()
	 * replaces it in one step. */
	slash = strrchr(target, '/');
	if (slash == NULL) {
		tmp = xstrdup(".newsdiff-XXXXXX");
	} else {
		size_t dirlen = (size_t)(slash - target) + 1;

		tmp = xmalloc(dirlen + sizeof ".newsdiff-XXXXXX");
		memcpy(tmp, target, dirlen);
		memcpy(tmp + dirlen, ".newsdiff-XXXXXX",
		       sizeof ".newsdiff-XXXXXX");
	}
	fd = mkstemp(tmp);
	if (fd < 0)
		goto out;
	if (fchmod(fd, mode) != 0) {
		saved = errno;
		close(fd);
		errno = saved;
		goto fail;
	}
	if (write_fd(fd, fmt, left, right, al, true) != RC_OK ||
	    rename(tmp, target) != 0)
		goto fail;
	rc = RC_OK;
	goto out;
fail:
	saved = errno;
	unlink(tmp);
	errno = saved;
out:
	free(tmp);
	return rc;
}
