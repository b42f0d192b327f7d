/* article.h - a news report as text: loading, paragraphs and their kinds.
 * Engine; include from engine, tui, main and tests.
 *
 * An article owns one text buffer that holds its paragraphs back to back
 * (each followed by a NUL); paragraphs and everything derived from them
 * refer to it by byte offsets, never by pointers.  Freeing the article
 * frees everything in it. */
#ifndef NEWSDIFF_ARTICLE_H
#define NEWSDIFF_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "diag.h"
#include "rc.h"

#define ARTICLE_NONE ((size_t)-1)

/* Files larger than this are refused with RC_TOO_LARGE unless the caller
 * sets another cap.  64 MiB is far beyond any news report and keeps the
 * worst case (memory about 10x the input) within a small machine. */
#define ARTICLE_MAX_SIZE ((size_t)64 << 20)

/* Kinds, in the order of article_kind_str().  New kinds go at the end:
 * the names are part of the JSON export. */
#define ARTICLE_KIND_LIST(X)                                              \
	X(ARTICLE_BODY, "body")                                           \
	X(ARTICLE_HEADLINE, "headline")                                   \
	X(ARTICLE_BYLINE, "byline")                                       \
	X(ARTICLE_DATELINE, "dateline")                                   \
	X(ARTICLE_QUOTE, "quote")                                         \
	X(ARTICLE_CAPTION, "caption")                                     \
	X(ARTICLE_BOILERPLATE, "boilerplate")                             \
	X(ARTICLE_DUPLICATE, "duplicate")                                 \
	X(ARTICLE_LABEL, "label")                                         \
	X(ARTICLE_STANDFIRST, "standfirst")

enum article_kind {
#define ARTICLE_KIND_ENUM(name, str) name,
	ARTICLE_KIND_LIST(ARTICLE_KIND_ENUM)
#undef ARTICLE_KIND_ENUM
	ARTICLE_KIND_COUNT
};

/* 64 bytes: offsets and counts in 32 bits, as a report is at most
 * ARTICLE_MAX_SIZE bytes (a 5 MB report has 16,500 paragraphs, and each
 * first touch of a page of them costs; see mem.c). */
struct article_para {
	uint32_t start, len;	/* text: article->text[start .. start + len) */
	uint32_t line;		/* 1-based input line where it starts */
	enum article_kind kind;
	size_t dup_of;		/* ARTICLE_DUPLICATE: the earlier paragraph */
	/* Versions of one report (revision_pair_verbatim()): the other
	 * report has this paragraph word for word, as paragraph twin.  The
	 * two are paired as they are and never analyzed: no tokens,
	 * quotations or figures. */
	size_t twin;
	bool verbatim;
	/* Filled by article_analyze(): ranges of the article's arrays. */
	uint32_t tok, ntok;	/* tokens */
	uint32_t quo, nquo;	/* quotes */
	uint32_t fig, nfig;	/* figures (article_find_figures()) */
};

struct lexicon;
struct token;
struct token_join;
struct quote;
struct figure;
struct figure_words;

/* What a report says of itself, each NULL when it does not: from a
 * page's metadata (JSON-LD, Open Graph, <meta>), or from a text file's
 * first lines where they are plainly a byline or dateline.  label is
 * the user's (-L) and overrides the rest in headers. */
struct article_meta {
	char *title, *outlet, *byline, *date, *url, *label;
};

/* What the bytes were before they became text. */
enum article_source { ARTICLE_FROM_TEXT, ARTICLE_FROM_HTML };

struct article {
	char *path;		/* as given; "-" is standard input */
	char *label;		/* how messages name it: path or "standard input" */
	bool has_file_id;	/* read from a file: dev and ino identify it, */
	uint64_t dev, ino;	/* so that no export overwrites it */
	uint8_t *text;		/* paragraph texts, NUL after each */
	size_t text_len;
	struct article_para *para;
	size_t npara;
	size_t title;		/* headline paragraph, or ARTICLE_NONE */
	struct diag_list diags;

	struct article_meta meta;
	enum article_source source;
	char *charset;		/* the encoding it was read in ("UTF-8") */

	/* Analysis, owned; see article_analyze(). */
	struct token *tok;
	size_t ntok;
	struct token_join *join;	/* hyphen chains, in token order */
	size_t njoin;
	struct quote *quo;
	size_t nquo;
	struct figure *fig;
	size_t nfig;
};

struct article_opts {
	size_t max_size;	/* bytes; 0 means ARTICLE_MAX_SIZE */
	const char *charset;	/* declared from outside (HTTP), or NULL */
	const char *url;	/* where the bytes came from, or NULL */
};

/* Load the file at path ("-" reads standard input).  On RC_OK *out is
 * the caller's, to release with article_free().  On failure *out is NULL
 * and nothing is leaked; RC_IO leaves errno set.  Damaged text is not a
 * failure: see the article's diags. */
enum rc article_load_file(const char *path, const struct article_opts *opts,
                          struct article **out);

/* The same from bytes already in memory; path names the source. */
enum rc article_parse(const char *path, const uint8_t *buf, size_t len,
                      const struct article_opts *opts, struct article **out);

/* article_parse() of buf, a malloc()ed block of cap bytes that it takes
 * over: kept as the article's text where the text can be written over
 * the bytes (no second copy of a large report), else freed. */
enum rc article_parse_owned(const char *path, uint8_t *buf, size_t len,
                            size_t cap, const struct article_opts *opts,
                            struct article **out);

void article_free(struct article *a);

/* Tokenize every paragraph and find its quotations, with words interned
 * in lx (verbatim paragraphs are left without).  Both articles of a
 * comparison must use the same lexicon. */
void article_analyze(struct article *a, struct lexicon *lx);

/* Bytes of the paragraphs article_analyze() reads (not verbatim), each
 * with its NUL. */
size_t article_analyzed_size(const struct article *a);

/* Find the figures of the article's content paragraphs, with the number
 * words of fw (from lexicon lx, the article's). */
void article_find_figures(struct article *a, const struct figure_words *fw,
                          const struct lexicon *lx);

/* Whether byte off of paragraph p is inside the figure of a time, a sum,
 * a measure, a date, a year or a score, up to its number
 * and the word after: the zone of "2210 GMT", the currency of "5 million
 * USD", the month of "Feb. 4".  A capitalized word there is no name; the
 * noun of a count is ("12 Americans"), as is one further on ("two-thirds
 * of French people").  Needs the figures. */
bool article_in_figure(const struct article *a, size_t p, uint32_t off);

/* Renumber the words of an analyzed article after its lexicon was merged
 * into another (map from lexicon_merge()). */
void article_remap(struct article *a, const uint32_t *map);

/* Text of paragraph i (NUL-terminated) and its length in bytes. */
const uint8_t *article_para_text(const struct article *a, size_t i,
                                 size_t *len);

/* The title to show: the headline, else the first paragraph, else the
 * file name.  Points into the article; *len is its length in bytes. */
const uint8_t *article_title(const struct article *a, size_t *len);

/* How headers name the report: the -L label, else its title (see
 * article_title()).  *len is its length in bytes. */
const uint8_t *article_heading(const struct article *a, size_t *len);

/* The source line of a header: outlet, byline and date, those known,
 * joined by " · ", into a new string; NULL when none is known. */
char *article_source_line(const struct article *a);

/* A path for headers: its last bytes that fit in max_bytes, cut at a
 * '/' where one falls near, with "…" in front; new string. */
char *article_path_tail(const char *path, size_t max_bytes);

/* "body", "headline", ... as in the JSON export. */
const char *article_kind_str(enum article_kind kind);

/* Whether paragraphs of this kind are page furniture (boilerplate, a
 * repeated paragraph), which the reader and the HTML export hide until
 * asked. */
bool article_kind_is_boilerplate(enum article_kind kind);

/* Whether paragraphs of this kind take part in alignment. */
bool article_kind_is_content(enum article_kind kind);

#endif
