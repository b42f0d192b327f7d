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
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "article.h"
#include "compare.h"
#include "diag.h"
#include "export.h"
#include "keys.h"
#include "mem.h"
#include "tui.h"

#define EXIT_TROUBLE 2

/* The bundled pair, opened when no files are given. */
#define DEFAULT_LEFT "upi-kerry-audio-2016-09-30.txt"
#define DEFAULT_RIGHT "nbc-kerry-audio-2016-09-30.txt"
#define STOPWORDS "stopwords-en.txt"
#define SYNONYMS "synonyms-en.txt"

struct options {
	bool export_given;
	enum export_format format;
	const char *output;		/* -o FILE, or NULL for stdout */
	const char *left, *right;
};

static void
usage(FILE *f)
{
	fputs("usage: newsdiff [OPTIONS] [LEFT RIGHT]\n"
	      "       newsdiff --export=FORMAT [-o FILE] [LEFT RIGHT]\n", f);
}

static void
help(void)
{
	usage(stdout);
	fputs("\n"
	      "Align the paragraphs of two news reports of the same event and show\n"
	      "them side by side, with shared quotes, names and figures marked and\n"
	      "the figures they disagree on flagged.  With no files, open the\n"
	      "bundled pair (a UPI and an NBC report of 30 September 2016).  A\n"
	      "file named - is standard input.\n"
	      "\n"
	      "Options:\n"
	      "  -e, --export=FORMAT  write the comparison as text, markdown, html\n"
	      "                       or json instead of opening the reader\n"
	      "  -o, --output=FILE    write the export to FILE (atomically); the\n"
	      "                       format follows the extension if not given\n"
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
	      "Exit status: 0 on success, 2 on trouble.\n", stdout);
}

static void
fail_file(const char *label, const char *reason)
{
	fprintf(stderr, "newsdiff: %s: %s\n", label, reason);
}

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

static void
print_diags(const struct article *a)
{
	size_t i;

	for (i = 0; i < a->diags.n; i++) {
		const struct diag *d = &a->diags.v[i];

		if (d->line)
			fprintf(stderr, "newsdiff: %s:%zu: %s: %s\n", a->label,
			        d->line, diag_level_str(d->level), d->msg);
		else
			fprintf(stderr, "newsdiff: %s: %s: %s\n", a->label,
			        diag_level_str(d->level), d->msg);
	}
	if (a->diags.dropped)
		fprintf(stderr, "newsdiff: %s: %zu more warnings not shown\n",
		        a->label, a->diags.dropped);
}

/* Read the file name from datadir into *buf (malloc'd) and *len. */
static bool
read_data(const char *datadir, const char *name, uint8_t **buf, size_t *len)
{
	char path[PATH_MAX];
	FILE *f;
	size_t cap = 0, r;

	*buf = NULL;
	*len = 0;
	if (!join_path(path, sizeof path, datadir, name) ||
	    (f = fopen(path, "rb")) == NULL) {
		fail_file(path, strerror(errno));
		return false;
	}
	do {
		MEM_GROW(*buf, cap, *len + 4096);
		r = fread(*buf + *len, 1, cap - *len, f);
		*len += r;
	} while (r > 0);
	if (ferror(f)) {
		fail_file(path, strerror(errno));
		fclose(f);
		return false;
	}
	fclose(f);
	return true;
}

static const char *
shown(const char *path)
{
	return strcmp(path, "-") == 0 ? "standard input" : path;
}

/* Say why a file could not be compared. */
static void
fail_load(const char *path, enum rc rc)
{
	if (rc == RC_IO)
		fail_file(shown(path), strerror(errno));
	else if (rc == RC_TOO_LARGE)
		fprintf(stderr, "newsdiff: %s: file too large (the limit is "
		        "%zu MiB)\n", shown(path), ARTICLE_MAX_SIZE >> 20);
	else
		fail_file(shown(path), rc_str(rc));
}

static int
parse_args(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{ "export", required_argument, NULL, 'e' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 },
	};
	struct stat st;
	int c;

	memset(o, 0, sizeof *o);
	o->format = EXPORT_TEXT;
	opterr = 0;	/* our messages say "newsdiff:", not argv[0] */
	while ((c = getopt_long(argc, argv, ":e:o:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'e':
			if (!export_format_parse(optarg, &o->format)) {
				fprintf(stderr, "newsdiff: unknown export format "
				        "'%s' (use text, markdown, html or json)\n",
				        optarg);
				return EXIT_TROUBLE;
			}
			o->export_given = true;
			break;
		case 'o':
			o->output = optarg;
			break;
		case 'h':
			help();
			exit(EXIT_SUCCESS);
		case 'V':
			printf("newsdiff %s\n", NEWSDIFF_VERSION);
			exit(EXIT_SUCCESS);
		case ':':
			fprintf(stderr, "newsdiff: option '%s' needs a value\n",
			        argv[optind - 1]);
			usage(stderr);
			return EXIT_TROUBLE;
		default:
			if (optopt != 0)
				fprintf(stderr, "newsdiff: unknown option '-%c'\n",
				        optopt);
			else
				fprintf(stderr, "newsdiff: unknown option '%s'\n",
				        argv[optind - 1]);
			usage(stderr);
			fputs("Try 'newsdiff --help' for more information.\n",
			      stderr);
			return EXIT_TROUBLE;
		}
	}
	if (argc - optind == 2) {
		o->left = argv[optind];
		o->right = argv[optind + 1];
	} else if (argc - optind != 0) {
		fprintf(stderr, "newsdiff: expected two files (LEFT RIGHT) or "
		        "none, got %d\n", argc - optind);
		usage(stderr);
		return EXIT_TROUBLE;
	}
	if (o->left && strcmp(o->left, "-") == 0 && strcmp(o->right, "-") == 0) {
		fputs("newsdiff: standard input can be only one of the two "
		      "reports\n", stderr);
		return EXIT_TROUBLE;
	}
	if (o->output && strcmp(o->output, "-") != 0 &&
	    stat(o->output, &st) == 0 && S_ISDIR(st.st_mode)) {
		fail_file(o->output, strerror(EISDIR));
		return EXIT_TROUBLE;
	}
	if (o->output && strcmp(o->output, "-") != 0 && !o->export_given &&
	    !export_format_from_path(o->output, &o->format)) {
		fprintf(stderr, "newsdiff: %s: cannot tell the export format "
		        "from the name; give --export=FORMAT\n", o->output);
		return EXIT_TROUBLE;
	}
	return 0;
}

int
main(int argc, char **argv)
{
	struct options o;
	struct compare cmp = { 0 };
	struct compare_data data = { 0 };
	enum side failed;
	uint8_t *stop = NULL, *syn = NULL;
	enum rc rc;
	char dirbuf[PATH_MAX], lpath[PATH_MAX], rpath[PATH_MAX];
	const char *datadir;
	int status = EXIT_TROUBLE;
	double start = tui_clock();

	setlocale(LC_CTYPE, "");
#ifdef M_MMAP_THRESHOLD
	/* Large arrays come and go (a file's bytes, then its tokens): keep
	 * freed memory for the next one instead of returning it to the kernel
	 * and faulting it in afresh.  A quarter fewer page faults on large
	 * reports. */
	mallopt(M_MMAP_THRESHOLD, 32 << 20);
	mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
	if ((status = parse_args(argc, argv, &o)) != 0)
		return status;
	status = EXIT_TROUBLE;

	datadir = find_datadir(dirbuf, sizeof dirbuf);
	if (datadir == NULL) {
		fputs("newsdiff: cannot find newsdiff's data files; set "
		      "NEWSDIFF_DATADIR to its assets folder\n", stderr);
		return EXIT_TROUBLE;
	}
	if (o.left == NULL) {
		if (!join_path(lpath, sizeof lpath, datadir, DEFAULT_LEFT) ||
		    !join_path(rpath, sizeof rpath, datadir, DEFAULT_RIGHT)) {
			fail_file(datadir, strerror(ENAMETOOLONG));
			return EXIT_TROUBLE;
		}
		o.left = lpath;
		o.right = rpath;
	}

	if (!read_data(datadir, STOPWORDS, &stop, &data.nstopwords) ||
	    !read_data(datadir, SYNONYMS, &syn, &data.nsynonyms))
		goto out;
	data.stopwords = stop;
	data.synonyms = syn;
	if (!o.export_given && o.output == NULL && isatty(STDOUT_FILENO))
		tui_progress_begin();	/* the reader: say if this takes long */
	rc = compare_load(&cmp, o.left, o.right, NULL, &data, &failed);
	tui_progress_end();
	if (rc != RC_OK) {
		fail_load(failed == SIDE_LEFT ? o.left : o.right, rc);
		goto out;
	}
	print_diags(cmp.left);
	print_diags(cmp.right);

	if (o.output != NULL && strcmp(o.output, "-") != 0) {
		rc = export_file(o.output, o.format, &cmp);
		if (rc == RC_IO)
			fail_file(o.output, strerror(errno));
		else if (rc != RC_OK)
			fail_file(o.output, rc_str(rc));
		if (rc != RC_OK)
			goto out;
		status = EXIT_SUCCESS;
		goto out;
	}
	if (!o.export_given && o.output == NULL && isatty(STDOUT_FILENO)) {
		struct tui_opts topts = {
			.once = getenv("NEWSDIFF_FIRST_SCREEN") != NULL,
			.timing = getenv("NEWSDIFF_TIMING"),
			.start = start,
		};
		int r = tui_run(&cmp, &topts);

		if (r != TUI_NO_TERMINAL) {
			status = r == 0 ? EXIT_SUCCESS : EXIT_TROUBLE;
			goto out;
		}
		fprintf(stderr, "newsdiff: %s; writing the text export\n",
		        tui_why());
	}
	/* Exports run to megabytes: write them in large blocks. */
	setvbuf(stdout, NULL, _IOFBF, (size_t)1 << 20);
	if (export_write(stdout, o.format, &cmp) != RC_OK) {
		fail_file("standard output", strerror(errno));
		goto out;
	}
	status = EXIT_SUCCESS;
out:
	compare_fini(&cmp);
	free(stop);
	free(syn);
	return status;
}
