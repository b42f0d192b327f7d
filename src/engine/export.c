/* export.c - choosing a format, handing the comparison to its writer,
 * and writing an export to a file atomically. */
#include "export.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "article.h"
#include "compare.h"
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

/* ---- writing ------------------------------------------------------- */

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

static bool
is_input(const struct stat *st, const struct article *a)
{
	return a != NULL && a->has_file_id && (uint64_t)st->st_dev == a->dev &&
	       (uint64_t)st->st_ino == a->ino;
}

/* Write to an open descriptor, which is closed. */
static enum rc
write_fd(int fd, enum export_format fmt, const struct compare *c, bool sync)
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
	rc = export_write(f, fmt, c);
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
            const struct compare *c)
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
		if (is_input(&st, c->left) || is_input(&st, c->right))
			return RC_SAME_FILE;
		if (!S_ISREG(st.st_mode)) {
			/* A terminal, a pipe, /dev/null: nothing to replace. */
			fd = open(path, O_WRONLY | O_CLOEXEC);
			if (fd < 0)
				return RC_IO;
			return write_fd(fd, fmt, c, false);
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
	if (write_fd(fd, fmt, c, true) != RC_OK ||
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
