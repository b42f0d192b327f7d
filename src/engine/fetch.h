/* fetch.h - web pages by URL, with libcurl, several at once.
 * Engine; include from engine, main and tests.
 *
 * Nothing is written to disk: each page is read into memory, within the
 * same size cap as files.  The engine never prints; progress goes to a
 * callback the caller may give. */
#ifndef NEWSDIFF_FETCH_H
#define NEWSDIFF_FETCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A page gets this long to arrive unless the caller says otherwise. */
#define FETCH_TIMEOUT_MS 30000
/* Redirects followed before giving up (a loop ends here too). */
#define FETCH_MAX_REDIRECTS 5

typedef void (*fetch_progress_fn)(void *ctx, size_t which, size_t got,
                                  size_t total);

struct fetch_opts {
	size_t max_size;	/* bytes; 0 means ARTICLE_MAX_SIZE */
	long timeout_ms;	/* 0 means FETCH_TIMEOUT_MS */
	fetch_progress_fn progress;	/* or NULL; total 0 when unknown */
	void *ctx;
};

struct fetch_result {
	uint8_t *body;		/* owned; NULL on failure */
	size_t len;
	char *charset;		/* from the Content-Type header, or NULL */
	char *url;		/* where it ended, after redirects */
	char *error;		/* why it failed, for "newsdiff: URL: ..." */
};

/* Whether arg is an http:// or https:// URL (any case). */
bool fetch_is_url(const char *arg);

/* Fetch urls[0..n) at once into out[0..n) (release each with
 * fetch_result_fini()).  Each either has a body or an error. */
void fetch_all(const char *const *urls, size_t n,
               const struct fetch_opts *opts, struct fetch_result *out);

void fetch_result_fini(struct fetch_result *r);

#endif
