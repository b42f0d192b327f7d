/* main.c - newsdiff's command line: options, locale, loading the two
 * reports, then the reader or an export.  Exit status as diff(1): 0 on
 * success, 2 on trouble. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>
#include <wctype.h>

#include "config.h"
#include "article.h"
#include "compare.h"
#include "diag.h"
#include "export.h"
#include "fetch.h"
#include "keys.h"
#include "mem.h"
#include "tui.h"

#define EXIT_TROUBLE 2
#define EXIT_DISAGREE 1		/* --check: the reports disagree */

/* The bundled pair, opened when no files are given. */
#define DEFAULT_LEFT "upi-kerry-audio-2016-09-30.txt"
#define DEFAULT_RIGHT "nbc-kerry-audio-2016-09-30.txt"
#define STOPWORDS "stopwords-en.txt"
#define SYNONYMS "synonyms-en.txt"
#define RELATED "related-en.txt"

/* Exports run to megabytes: standard output takes them in blocks of this
 * size. */
#define STDOUT_BLOCK ((size_t)1 << 20)

struct options {
	bool export_given;
	bool check;			/* --check */
	enum export_format format;
	const char *output;		/* -o FILE, or NULL for stdout */
	bool force;			/* -f: replace a write-protected FILE */
	bool word_diff;			/* --word-diff */
	int revisions;			/* --revisions 1, --no-revisions -1,
					 * else 0: as the texts say */
	const char *left, *right;	/* NULL: the bundled pair */
	const char *label[2];		/* -L: how headers name each side */
	int nlabels;
};

/* The word lists of the data folder, mapped (read_data()). */
struct word_lists {
	uint8_t *stopwords, *synonyms, *related;
	size_t nstopwords, nsynonyms, nrelated;
};

/* ---- file names in messages ---------------------------------------- */

/* Characters a shell reads as themselves anywhere in a word ('#' and '~'
 * only after the first). */
static bool
is_shell_plain(unsigned char c, bool first)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || (c != '\0' && strchr("%+,-./:=@_", c)))
		return true;
	return !first && (c == '#' || c == '~');
}

/* Characters that change how the text around them shows without showing
 * themselves: bidirectional controls, zero-width ones, the BOM. */
static bool
is_format_control(wint_t wc)
{
	return wc == 0x061C || (wc >= 0x200B && wc <= 0x200F) ||
	       (wc >= 0x202A && wc <= 0x202E) ||
	       (wc >= 0x2060 && wc <= 0x2069) || wc == 0xFEFF;
}

/* Read the locale's character set, once, when something needs it: the
 * reader, or a message naming a file with bytes beyond ASCII.  Reading it
 * takes a tenth of a millisecond, a thirtieth of a whole export of the
 * bundled pair, which needs no locale: the engine reads and writes UTF-8
 * whatever the locale says. */
static void
use_locale(void)
{
	static bool done;

	if (!done) {
		setlocale(LC_CTYPE, "");
		done = true;
	}
}

/* The length of the character at s (n bytes left); *shows says whether it
 * shows as itself in the locale's character set: false for a control, a
 * format control, or an invalid sequence (one byte long then). */
static size_t
char_at(const char *s, size_t n, bool *shows)
{
	mbstate_t st;
	wchar_t wc;
	size_t k;

	if ((unsigned char)*s < 0x80) {
		*shows = *s >= 0x20 && *s < 0x7f;
		return 1;
	}
	use_locale();
	memset(&st, 0, sizeof st);
	k = mbrtowc(&wc, s, n, &st);
	if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
		*shows = false;
		return 1;
	}
	*shows = iswprint((wint_t)wc) && !is_format_control((wint_t)wc);
	return k;
}

/* One byte that does not show, as bash's $'...' writes it. */
static void
put_escaped(FILE *f, unsigned char c)
{
	static const char named[] = "\aa\bb\tt\nn\vv\ff\rr";
	const char *p;

	for (p = named; *p != '\0'; p += 2)
		if ((unsigned char)*p == c) {
			fprintf(f, "\\%c", p[1]);
			return;
		}
	fprintf(f, "\\%03o", c);
}

/* s as a shell needs it, the way coreutils quotes names in messages: bare
 * when it needs no quoting (and always is false), else in '...', with
 * whatever does not show as itself written $'\ooo' in between, so that no
 * escape sequence in a file name reaches the terminal.  Malloc'd. */
static char *
quote(const char *s, bool always)
{
	enum { BARE, SINGLE, DOLLAR } in = BARE;	/* quotes open */
	size_t n = strlen(s), i, j, k;
	bool plain = n > 0, shows;
	char *buf = NULL;
	size_t size = 0;
	FILE *f;

	for (i = 0; i < n; i += k) {
		k = char_at(s + i, n - i, &shows);
		plain = plain && (k > 1 ? shows : is_shell_plain(
		                          (unsigned char)s[i], i == 0));
	}
	if (plain && !always)
		return xstrdup(s);
	if ((f = open_memstream(&buf, &size)) == NULL)
		fatal("out of memory");
	for (i = 0; i < n; i += k) {
		k = char_at(s + i, n - i, &shows);
		if (shows && s[i] == '\'') {
			if (in != BARE)
				fputc('\'', f);
			fputs("\\'", f);
			in = BARE;
		} else if (shows) {
			if (in == DOLLAR)
				fputc('\'', f);
			if (in != SINGLE)
				fputc('\'', f);
			fwrite(s + i, 1, k, f);
			in = SINGLE;
		} else {
			if (in == SINGLE)
				fputc('\'', f);
			if (in != DOLLAR)
				fputs("$'", f);
			for (j = 0; j < k; j++)
				put_escaped(f, (unsigned char)s[i + j]);
			in = DOLLAR;
		}
	}
	if (in != BARE)
		fputc('\'', f);
	if (n == 0)
		fputs("''", f);
	if (fclose(f) != 0 || buf == NULL)
		fatal("out of memory");
	return buf;
}

/* "newsdiff: NAME: reason", the name quoted as it needs; "-" is standard
 * input. */
static void
fail_file(const char *path, const char *reason)
{
	char *q;

	if (strcmp(path, "-") == 0) {
		fprintf(stderr, "newsdiff: standard input: %s\n", reason);
		return;
	}
	q = quote(path, false);
	fprintf(stderr, "newsdiff: %s: %s\n", q, reason);
	free(q);
}

/* "newsdiff: BEFORE'WORD'AFTER", the word always quoted. */
static void
fail_quoting(const char *before, const char *word, const char *after)
{
	char *q = quote(word, true);

	fprintf(stderr, "newsdiff: %s%s%s\n", before, q, after);
	free(q);
}

/* ---- standard output ----------------------------------------------- */

/* Whether all that went to standard output got there; if not, say so. */
static bool
stdout_flushed(void)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return true;
	fprintf(stderr, "newsdiff: write error: %s\n",
	        strerror(errno != 0 ? errno : EIO));
	return false;
}

static void
usage(FILE *f)
{
	fputs("usage: newsdiff [OPTIONS] [LEFT RIGHT]\n"
	      "       newsdiff --export=FORMAT [-o FILE [-f]] [LEFT RIGHT]\n"
	      "       newsdiff --check [LEFT RIGHT]\n", f);
}

/* --help; the exit status. */
static int
help(void)
{
	errno = 0;
	usage(stdout);
	fputs("\n"
	      "Align the paragraphs of two news reports of the same event and show\n"
	      "them side by side, with shared quotes, names and figures marked and\n"
	      "the figures they disagree on flagged.  With no files, open the\n"
	      "bundled pair (a UPI and an NBC report of 30 September 2016).  A\n"
	      "report is a text file in any common encoding, a saved web page or\n"
	      "an http(s) URL; a file named - is standard input.\n"
	      "\n"
	      "Options:\n"
	      "  -e, --export=FORMAT  write the comparison as text, markdown, html\n"
	      "                       or json (in any case) instead of opening\n"
	      "                       the reader\n"
	      "  -o, --output=FILE    write the export to FILE; the format follows\n"
	      "                       the extension if not given.  A file is\n"
	      "                       replaced atomically (a link is followed);\n"
	      "                       a pipe, device or /dev/fd/N is written into\n"
	      "  -f, --force          replace FILE even if it is write-protected\n"
	      "  -w, --word-diff      show what changed word by word in each\n"
	      "                       passage: [-old-]{+new+}; edits in JSON\n"
	      "      --revisions      take the two as versions of one report:\n"
	      "                       what changed, then the word diff in the\n"
	      "                       right report's order (taken by itself\n"
	      "                       when most paragraphs pair closely)\n"
	      "      --no-revisions   never take them so: compare the two as\n"
	      "                       independent reports, however alike\n"
	      "  -L, --label=LABEL    name a report so in headers instead of its\n"
	      "                       title (once for LEFT, again for RIGHT)\n"
	      "      --check          print only the figures and quotations the\n"
	      "                       reports disagree on (the ledger's\n"
	      "                       disagreements); exit 1 if there are any\n"
	      "  -h, --help           show this help and exit\n"
	      "  -V, --version        show the version and exit\n"
	      "\n"
	      "When standard output is not a terminal, newsdiff writes the text\n"
	      "export to it instead of opening the reader.\n"
	      "\n"
	      "Keys in the reader:\n", stdout);
	keys_print(stdout);
	fputs("\n"
	      "Environment: NO_COLOR (set and not empty) turns the reader's\n"
	      "colours off; TERM names the terminal; LANG or LC_CTYPE must name\n"
	      "a UTF-8 locale for text beyond ASCII to show.\n"
	      "\n"
	      "Exit status: 0 on success, 2 on trouble; with --check, 0 when the\n"
	      "reports agree on every figure and quotation they share, 1 when\n"
	      "they disagree.\n", stdout);
	return stdout_flushed() ? EXIT_SUCCESS : EXIT_TROUBLE;
}

/* --version; the exit status. */
static int
version(void)
{
	errno = 0;
	printf("newsdiff %s\n", NEWSDIFF_VERSION);
	return stdout_flushed() ? EXIT_SUCCESS : EXIT_TROUBLE;
}

/* ---- options ------------------------------------------------------- */

static const struct option long_options[] = {
	{ "export", required_argument, NULL, 'e' },
	{ "output", required_argument, NULL, 'o' },
	{ "force", no_argument, NULL, 'f' },
	{ "word-diff", no_argument, NULL, 'w' },
	{ "revisions", no_argument, NULL, 'R' },
	{ "no-revisions", no_argument, NULL, 'N' },
	{ "label", required_argument, NULL, 'L' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ "check", no_argument, NULL, 'C' },
	{ NULL, 0, NULL, 0 },
};

/* Say what is wrong with the option arg that getopt refused. */
static void
fail_option(const char *arg, int opt)
{
	const struct option *lo;

	if (strncmp(arg, "--", 2) == 0 && opt != 0 && strchr(arg, '=')) {
		for (lo = long_options; lo->name != NULL; lo++) {
			if (lo->val != opt || lo->has_arg != no_argument)
				continue;
			fprintf(stderr, "newsdiff: option '--%s' doesn't "
			        "allow an argument\n", lo->name);
			return;
		}
	}
	if (opt != 0 && strncmp(arg, "--", 2) != 0) {
		char dash_opt[3] = { '-', (char)opt, '\0' };

		fail_quoting("unknown option ", dash_opt, "");
	} else {
		fail_quoting("unknown option ", arg, "");
	}
}

/* Read standard input for path "-" or stat path. */
static bool
stat_input(const char *path, struct stat *st)
{
	return strcmp(path, "-") == 0 ? fstat(STDIN_FILENO, st) == 0
	                              : stat(path, st) == 0;
}

/* Whether left and right name one input that can be read only once:
 * standard input under two names, one pipe, FIFO or terminal. */
static bool
are_one_stream(const char *left, const char *right)
{
	struct stat a, b;

	return stat_input(left, &a) && stat_input(right, &b) &&
	       a.st_dev == b.st_dev && a.st_ino == b.st_ino &&
	       !S_ISREG(a.st_mode);
}

/* The two files to compare, checked; false (said) when they cannot be. */
static bool
check_inputs(const struct options *o)
{
	char *l, *r;

	if (o->left == NULL)
		return true;
	if (strcmp(o->left, "-") == 0 && strcmp(o->right, "-") == 0) {
		fputs("newsdiff: standard input can be only one of the two "
		      "reports\n", stderr);
		return false;
	}
	if (!are_one_stream(o->left, o->right))
		return true;
	l = strcmp(o->left, "-") == 0 ? xstrdup("standard input")
	                              : quote(o->left, true);
	r = strcmp(o->right, "-") == 0 ? xstrdup("standard input")
	                               : quote(o->right, true);
	fprintf(stderr, "newsdiff: %s and %s are one input, which can be "
	        "read only once\n", l, r);
	free(l);
	free(r);
	return false;
}

/* The -o file, checked before any work; false (said) when it is wrong. */
static bool
check_output(struct options *o)
{
	struct stat st;

	if (o->check && (o->export_given || o->output != NULL)) {
		fputs("newsdiff: --check prints the disagreements itself; it "
		      "takes no --export or -o\n", stderr);
		return false;
	}
	if (o->output == NULL || strcmp(o->output, "-") == 0)
		return true;
	if (stat(o->output, &st) == 0 && S_ISDIR(st.st_mode)) {
		fail_file(o->output, strerror(EISDIR));
		return false;
	}
	if (!o->export_given &&
	    !export_format_from_path(o->output, &o->format)) {
		fail_file(o->output, "cannot tell the export format from the "
		          "name; give --export=FORMAT");
		return false;
	}
	return true;
}

/* Read the command line into *o.  True to go on; false to exit with
 * *status (--help, --version, or trouble, said on standard error). */
static bool
parse_args(int argc, char **argv, struct options *o, int *status)
{
	int c;

	memset(o, 0, sizeof *o);
	o->format = EXPORT_TEXT;
	*status = EXIT_TROUBLE;
	opterr = 0;	/* our messages say "newsdiff:", not argv[0] */
	while ((c = getopt_long(argc, argv, ":e:o:fwL:hV", long_options,
	                        NULL)) != -1) {
		switch (c) {
		case 'e':
			if (!export_format_parse(optarg, &o->format)) {
				fail_quoting("unknown export format ", optarg,
				             " (use text, markdown, html or "
				             "json)");
				return false;
			}
			o->export_given = true;
			break;
		case 'o':
			o->output = optarg;
			break;
		case 'f':
			o->force = true;
			break;
		case 'w':
			o->word_diff = true;
			break;
		case 'R':
			o->revisions = 1;	/* the last of the two wins */
			break;
		case 'N':
			o->revisions = -1;
			break;
		case 'L':
			if (o->nlabels == 2) {
				fputs("newsdiff: -L/--label given more than "
				      "twice (once for each report)\n", stderr);
				return false;
			}
			o->label[o->nlabels++] = optarg;
			break;
		case 'h':
			*status = help();
			return false;
		case 'V':
			*status = version();
			return false;
		case 'C':
			o->check = true;
			break;
		case ':':
			fail_quoting("option ", argv[optind - 1],
			             " needs a value");
			usage(stderr);
			return false;
		default:
			fail_option(argv[optind - 1], optopt);
			usage(stderr);
			fputs("Try 'newsdiff --help' for more information.\n",
			      stderr);
			return false;
		}
	}
	if (argc - optind == 2) {
		o->left = argv[optind];
		o->right = argv[optind + 1];
	} else if (argc - optind != 0) {
		fprintf(stderr, "newsdiff: expected two files (LEFT RIGHT) or "
		        "none, got %d\n", argc - optind);
		usage(stderr);
		return false;
	}
	return check_inputs(o) && check_output(o);
}

/* ---- loading ------------------------------------------------------- */

/* buf = dir/name; false if it does not fit. */
static bool
join_path(char *buf, size_t size, const char *dir, const char *name)
{
	int n = snprintf(buf, size, "%s/%s", dir, name);

	return n >= 0 && (size_t)n < size;
}

/* Whether dir holds newsdiff's data files. */
static bool
is_datadir(const char *dir)
{
	char path[PATH_MAX];

	return join_path(path, sizeof path, dir, DEFAULT_LEFT) &&
	       access(path, R_OK) == 0;
}

/* Find the data files: $NEWSDIFF_DATADIR; next to the binary in a build
 * tree (assets/); relative to an installed binary (../share/newsdiff);
 * the configured install location. */
static const char *
find_datadir(char *buf, size_t size)
{
	const char *env = getenv("NEWSDIFF_DATADIR");
	char exe[PATH_MAX];
	ssize_t n;

	if (env != NULL && *env != '\0')
		return is_datadir(env) ? env : NULL;
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		char *slash;

		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash != NULL) {
			*slash = '\0';
			if (join_path(buf, size, exe, "assets") &&
			    is_datadir(buf))
				return buf;
			if (join_path(buf, size, exe, "../share/newsdiff") &&
			    is_datadir(buf)) {
				char real[PATH_MAX];

				/* Said as /usr/share/newsdiff, not bin/../ */
				if (realpath(buf, real) != NULL &&
				    strlen(real) < size)
					memcpy(buf, real, strlen(real) + 1);
				return buf;
			}
		}
	}
	return is_datadir(NEWSDIFF_DATADIR) ? NEWSDIFF_DATADIR : NULL;
}

/* Map the file name from datadir read-only into *buf and *len (NULL and
 * 0 when it is empty): a comparison reads a few pages of the 300 KB
 * related-words table, which read() copied whole at every start, a
 * sixth of the bundled pair's page faults. */
static bool
read_data(const char *datadir, const char *name, uint8_t **buf, size_t *len)
{
	char path[PATH_MAX];
	struct stat st;
	void *map;
	int fd;

	*buf = NULL;
	*len = 0;
	if (!join_path(path, sizeof path, datadir, name) ||
	    (fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		fail_file(path, strerror(errno));
		return false;
	}
	if (fstat(fd, &st) != 0) {
		fail_file(path, strerror(errno));
		close(fd);
		return false;
	}
	if (st.st_size > 0) {
		map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE,
		           fd, 0);
		if (map == MAP_FAILED) {
			fail_file(path, strerror(errno));
			close(fd);
			return false;
		}
		*buf = map;
		*len = (size_t)st.st_size;
	}
	close(fd);
	return true;
}

static bool
read_word_lists(const char *datadir, struct word_lists *w)
{
	return read_data(datadir, STOPWORDS, &w->stopwords, &w->nstopwords) &&
	       read_data(datadir, SYNONYMS, &w->synonyms, &w->nsynonyms) &&
	       read_data(datadir, RELATED, &w->related, &w->nrelated);
}

static void
word_lists_fini(struct word_lists *w)
{
	if (w->stopwords != NULL)
		munmap(w->stopwords, w->nstopwords);
	if (w->synonyms != NULL)
		munmap(w->synonyms, w->nsynonyms);
	if (w->related != NULL)
		munmap(w->related, w->nrelated);
	memset(w, 0, sizeof *w);
}

/* Say why a file could not be compared. */
static void
fail_load(const char *path, enum rc rc)
{
	char reason[128];

	if (rc == RC_IO) {
		fail_file(path, strerror(errno));
	} else if (rc == RC_TOO_LARGE) {
		snprintf(reason, sizeof reason, "file too large (the limit is "
		         "%zu MiB)", (size_t)ARTICLE_MAX_SIZE >> 20);
		fail_file(path, reason);
	} else {
		fail_file(path, rc_str(rc));
	}
}

/* The warnings of loading a report, each under its file name. */
static void
print_diags(const struct article *a)
{
	char *name = strcmp(a->path, "-") == 0 ? xstrdup(a->label)
	                                       : quote(a->path, false);
	size_t i;

	for (i = 0; i < a->diags.n; i++) {
		const struct diag *d = &a->diags.v[i];

		if (d->line)
			fprintf(stderr, "newsdiff: %s:%zu: %s: %s\n", name,
			        d->line, diag_level_str(d->level), d->msg);
		else
			fprintf(stderr, "newsdiff: %s: %s: %s\n", name,
			        diag_level_str(d->level), d->msg);
	}
	if (a->diags.dropped)
		fprintf(stderr, "newsdiff: %s: %zu more warnings not shown\n",
		        name, a->diags.dropped);
	free(name);
}

/* ---- reports by URL ------------------------------------------------ */

/* NEWSDIFF_TIMEOUT: the seconds a page may take to arrive (0: the
 * default). */
static long
fetch_timeout_ms(void)
{
	const char *e = getenv("NEWSDIFF_TIMEOUT");
	char *end;
	double s;

	if (e == NULL || *e == '\0')
		return 0;
	s = strtod(e, &end);
	return *end == '\0' && s > 0 && s < 86400 ? (long)(s * 1000) : 0;
}

/* Bytes fetched so far, on standard error when it is a terminal. */
static void
fetch_progress(void *ctx, size_t which, size_t got, size_t total)
{
	size_t *seen = ctx;

	if (seen[which] == got + 1)
		return;
	seen[which] = got + 1;
	if (total > 0)
		fprintf(stderr, "\rnewsdiff: fetching %s: %zu of %zu kB   ",
		        which == 0 ? "left" : "right", got >> 10, total >> 10);
	else
		fprintf(stderr, "\rnewsdiff: fetching %s: %zu kB   ",
		        which == 0 ? "left" : "right", got >> 10);
}

/* One report: from its fetched page when it is a URL, else its file. */
static struct article *
load_one(const char *arg, const struct fetch_result *fr)
{
	struct article_opts opts = { 0 };
	struct article *a = NULL;
	enum rc rc;

	if (fr == NULL) {
		rc = article_load_file(arg, NULL, &a);
	} else if (fr->error != NULL) {
		fail_file(arg, fr->error);
		return NULL;
	} else {
		opts.charset = fr->charset;
		opts.url = fr->url;
		rc = article_parse(arg, fr->body, fr->len, &opts, &a);
	}
	if (rc != RC_OK)
		fail_load(arg, rc);
	return a;
}

/* Compare left and right, one of them or both a URL: the pages are
 * fetched at once, then read as files are.  False (said) on failure. */
static bool
load_web(const char *left, const char *right,
         const struct compare_data *data, struct compare *cmp)
{
	const char *urls[2];
	size_t n = 0, seen[2] = { 0, 0 }, k;
	struct fetch_result fr[2];
	struct fetch_opts fo = { .timeout_ms = fetch_timeout_ms() };
	int which[2] = { -1, -1 };	/* side -> index in urls */
	struct article *a[2] = { NULL, NULL };
	const char *arg[2] = { left, right };
	bool ok;

	for (k = 0; k < 2; k++)
		if (fetch_is_url(arg[k])) {
			which[k] = (int)n;
			urls[n++] = arg[k];
		}
	if (isatty(STDERR_FILENO)) {
		fo.progress = fetch_progress;
		fo.ctx = seen;
	}
	fetch_all(urls, n, &fo, fr);
	if (fo.progress != NULL)
		fputs("\r\033[K", stderr);
	for (k = 0; k < 2; k++)
		a[k] = load_one(arg[k], which[k] < 0 ? NULL : &fr[which[k]]);
	for (k = 0; k < n; k++)
		fetch_result_fini(&fr[k]);
	ok = a[0] != NULL && a[1] != NULL;
	if (ok) {
		compare_articles(cmp, a[0], a[1], data);
	} else {
		article_free(a[0]);
		article_free(a[1]);
	}
	return ok;
}

/* Load the two reports of o (the bundled pair when none are given) with
 * the word lists of the data folder, and compare them into *cmp.  False,
 * said on standard error, on failure. */
static bool
load(const struct options *o, struct word_lists *w, struct compare *cmp)
{
	char dirbuf[PATH_MAX], bundled_left[PATH_MAX], bundled_right[PATH_MAX];
	const char *datadir, *left = o->left, *right = o->right;
	struct compare_data data = { 0 };
	enum side failed;
	enum rc rc;

	datadir = find_datadir(dirbuf, sizeof dirbuf);
	if (datadir == NULL) {
		fputs("newsdiff: cannot find newsdiff's data files; set "
		      "NEWSDIFF_DATADIR to its assets folder\n", stderr);
		return false;
	}
	if (left == NULL) {
		if (!join_path(bundled_left, sizeof bundled_left, datadir,
		               DEFAULT_LEFT) ||
		    !join_path(bundled_right, sizeof bundled_right, datadir,
		               DEFAULT_RIGHT)) {
			fail_file(datadir, strerror(ENAMETOOLONG));
			return false;
		}
		left = bundled_left;
		right = bundled_right;
	}
	if (!read_word_lists(datadir, w))
		return false;
	data.stopwords = w->stopwords;
	data.nstopwords = w->nstopwords;
	data.synonyms = w->synonyms;
	data.nsynonyms = w->nsynonyms;
	data.related = w->related;
	data.nrelated = w->nrelated;
	data.mode = o->revisions > 0 ? COMPARE_VERSIONS
	          : o->revisions < 0 ? COMPARE_REPORTS : COMPARE_AUTO;
	if (fetch_is_url(left) || fetch_is_url(right)) {
		if (!load_web(left, right, &data, cmp))
			return false;
	} else {
		if (!o->export_given && o->output == NULL && !o->check &&
		    isatty(STDOUT_FILENO)) {
			use_locale();
			tui_progress_begin();	/* the reader: say if slow */
		}
		rc = compare_load(cmp, left, right, NULL, &data, &failed);
		tui_progress_end();
		if (rc != RC_OK) {
			fail_load(failed == SIDE_LEFT ? left : right, rc);
			return false;
		}
	}
	print_diags(cmp->left);
	print_diags(cmp->right);
	if (o->revisions > 0 ||
	    (o->revisions == 0 && compare_is_revision(cmp)))
		compare_revisions(cmp);
	else if (o->word_diff)
		compare_word_diff(cmp);
	if (o->label[0] != NULL)
		cmp->left->meta.label = xstrdup(o->label[0]);
	if (o->label[1] != NULL)
		cmp->right->meta.label = xstrdup(o->label[1]);
	return true;
}

/* ---- where the comparison goes ------------------------------------- */

/* The export into the -o file; the exit status. */
static int
save_export(const struct options *o, const struct compare *cmp)
{
	char *folder = NULL, *q;
	enum rc rc;

	rc = export_file_with(o->output, o->format, cmp, o->force, &folder);
	if (rc == RC_OK)
		return EXIT_SUCCESS;
	if (folder != NULL) {
		q = quote(folder, true);
		fprintf(stderr, "newsdiff: cannot write into folder %s: %s\n",
		        q, strerror(errno));
		free(q);
		free(folder);
	} else if (rc == RC_IO) {
		fail_file(o->output, strerror(errno));
	} else if (rc == RC_WRITE_PROTECTED) {
		fail_file(o->output, "file is write-protected; --force "
		          "replaces it");
	} else {
		fail_file(o->output, rc_str(rc));
	}
	return EXIT_TROUBLE;
}

/* The export on standard output; the exit status. */
static int
print_export(const struct options *o, const struct compare *cmp)
{
	setvbuf(stdout, NULL, _IOFBF, STDOUT_BLOCK);
	if (export_write(stdout, o->format, cmp) != RC_OK) {
		fprintf(stderr, "newsdiff: standard output: %s\n",
		        strerror(errno));
		return EXIT_TROUBLE;
	}
	return EXIT_SUCCESS;
}

/* --check: the ledger's disagreements on standard output; the exit
 * status, as diff(1)'s: 1 when the reports disagree, 0 when not. */
static int
check_report(const struct compare *cmp)
{
	size_t n = 0;

	if (export_check(stdout, cmp, &n) != RC_OK) {
		fprintf(stderr, "newsdiff: standard output: %s\n",
		        strerror(errno));
		return EXIT_TROUBLE;
	}
	return n > 0 ? EXIT_DISAGREE : EXIT_SUCCESS;
}

/* The reader; its exit status, or TUI_NO_TERMINAL (said) when the
 * terminal cannot show it. */
static int
show_reader(struct compare *cmp, double start)
{
	struct tui_opts topts = {
		.once = getenv("NEWSDIFF_FIRST_SCREEN") != NULL,
		.timing = getenv("NEWSDIFF_TIMING"),
		.start = start,
	};
	int r;

	use_locale();
	r = tui_run(cmp, &topts);
	if (r != TUI_NO_TERMINAL)
		return r == 0 ? EXIT_SUCCESS : EXIT_TROUBLE;
	fprintf(stderr, "newsdiff: %s; writing the text export\n", tui_why());
	return TUI_NO_TERMINAL;
}

/* Hand the comparison on: to the -o file, to the reader when standard
 * output is a terminal and no export was asked for, or else to standard
 * output.  The exit status. */
static int
deliver(const struct options *o, struct compare *cmp, double start)
{
	if (o->check)
		return check_report(cmp);
	if (o->output != NULL && strcmp(o->output, "-") != 0)
		return save_export(o, cmp);
	if (!o->export_given && o->output == NULL && isatty(STDOUT_FILENO)) {
		int r = show_reader(cmp, start);

		if (r != TUI_NO_TERMINAL)
			return r;
	}
	return print_export(o, cmp);
}

/* Large arrays come and go (a file's bytes, then its tokens): keep freed
 * memory for the next one instead of returning it to the kernel and
 * faulting it in afresh.  A quarter fewer page faults on large reports. */
static void
keep_freed_memory(void)
{
#ifdef M_MMAP_THRESHOLD
	mallopt(M_MMAP_THRESHOLD, 32 << 20);
	mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
}

int
main(int argc, char **argv)
{
	double start = tui_clock();
	struct options o;
	struct word_lists words = { 0 };
	struct compare cmp = { 0 };
	int status;

	keep_freed_memory();
	if (!parse_args(argc, argv, &o, &status))
		return status;
	status = EXIT_TROUBLE;
	if (load(&o, &words, &cmp))
		status = deliver(&o, &cmp, start);
	compare_fini(&cmp);
	word_lists_fini(&words);
	return status;
}
