/* fetch.c - web pages by URL with libcurl's multi interface. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Plain function declarations: the calls go through pointers below. */
#define CURL_DISABLE_TYPECHECK
#include <curl/curl.h>

#include "article.h"
#include "decode.h"
#include "fetch.h"
#include "mem.h"

#define FETCH_USER_AGENT "newsdiff/0.1 (+comparing two news reports)"
/* How long one wait for the network lasts before progress is told. */
#define FETCH_POLL_MS 100

/* libcurl is opened when a URL is to be fetched, not when newsdiff
 * starts: it brings some thirty libraries (TLS, HTTP/2, LDAP, Kerberos)
 * whose loading would triple the time of comparing two files. */
#define FETCH_LIBCURL "libcurl.so.4"

static struct {
	void *lib;
	CURLcode (*global_init)(long);
	void (*global_cleanup)(void);
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
	CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
	void (*easy_cleanup)(CURL *);
	const char *(*easy_strerror)(CURLcode);
	CURLM *(*multi_init)(void);
	CURLMcode (*multi_add_handle)(CURLM *, CURL *);
	CURLMcode (*multi_remove_handle)(CURLM *, CURL *);
	CURLMcode (*multi_perform)(CURLM *, int *);
	CURLMcode (*multi_poll)(CURLM *, struct curl_waitfd *, unsigned int,
	                        int, int *);
	CURLMsg *(*multi_info_read)(CURLM *, int *);
	CURLMcode (*multi_cleanup)(CURLM *);
	CURLU *(*url)(void);
	CURLUcode (*url_set)(CURLU *, CURLUPart, const char *, unsigned int);
	CURLUcode (*url_get)(const CURLU *, CURLUPart, char **, unsigned int);
	void (*url_cleanup)(CURLU *);
	void (*free)(void *);
} cu;

/* Open libcurl once; NULL, or why it cannot be. */
static const char *
open_curl(void)
{
	static char why[256];
	void *l;

	if (cu.lib != NULL)
		return NULL;
	if ((l = dlopen(FETCH_LIBCURL, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		snprintf(why, sizeof why, "cannot fetch: %s", dlerror());
		return why;
	}
#define SYM(field, name)                                                \
	if ((*(void **)&cu.field = dlsym(l, name)) == NULL)              \
		goto missing
	SYM(global_init, "curl_global_init");
	SYM(global_cleanup, "curl_global_cleanup");
	SYM(easy_init, "curl_easy_init");
	SYM(easy_setopt, "curl_easy_setopt");
	SYM(easy_getinfo, "curl_easy_getinfo");
	SYM(easy_cleanup, "curl_easy_cleanup");
	SYM(easy_strerror, "curl_easy_strerror");
	SYM(multi_init, "curl_multi_init");
	SYM(multi_add_handle, "curl_multi_add_handle");
	SYM(multi_remove_handle, "curl_multi_remove_handle");
	SYM(multi_perform, "curl_multi_perform");
	SYM(multi_poll, "curl_multi_poll");
	SYM(multi_info_read, "curl_multi_info_read");
	SYM(multi_cleanup, "curl_multi_cleanup");
	SYM(url, "curl_url");
	SYM(url_set, "curl_url_set");
	SYM(url_get, "curl_url_get");
	SYM(url_cleanup, "curl_url_cleanup");
	SYM(free, "curl_free");
#undef SYM
	cu.lib = l;
	return NULL;
missing:
	snprintf(why, sizeof why, "cannot fetch: %s is older than 7.66",
	         FETCH_LIBCURL);
	dlclose(l);
	memset(&cu, 0, sizeof cu);
	return why;
}

struct job {
	CURL *easy;
	struct fetch_result *r;
	size_t cap, max;
	bool too_large;
	char errbuf[CURL_ERROR_SIZE];
};

static size_t
on_data(char *data, size_t size, size_t nmemb, void *arg)
{
	struct job *j = arg;
	size_t n = size * nmemb;

	if (j->r->len + n > j->max) {
		j->too_large = true;
		return 0;	/* stops the transfer */
	}
	MEM_GROW(j->r->body, j->cap, j->r->len + n + 1);
	memcpy(j->r->body + j->r->len, data, n);
	j->r->len += n;
	return n;
}

static void
fail(struct fetch_result *r, const char *fmt, const char *arg, long num)
{
	char msg[512];

	snprintf(msg, sizeof msg, fmt, arg ? arg : "", num);
	free(r->error);
	r->error = xstrdup(msg);
	free(r->body);
	r->body = NULL;
	r->len = 0;
}

static const char *
status_word(long code)
{
	switch (code) {
	case 400: return "bad request";
	case 401: return "login required";
	case 403: return "forbidden";
	case 404: return "not found";
	case 410: return "gone";
	case 429: return "too many requests";
	case 500: return "server error";
	case 502: return "bad gateway";
	case 503: return "service unavailable";
	case 504: return "gateway timeout";
	default: return code >= 500 ? "server error" : "refused";
	}
}

/* Whether a Content-Type names HTML or text. */
static bool
is_readable_type(const char *ct)
{
	static const char *const ok[] = {
		"text/", "application/xhtml+xml", "application/xml",
	};
	size_t i;

	if (ct == NULL)
		return true;	/* unsaid: the bytes will tell */
	for (i = 0; i < sizeof ok / sizeof ok[0]; i++)
		if (strncasecmp(ct, ok[i], strlen(ok[i])) == 0)
			return true;
	return false;
}

/* Turn a finished transfer into a body or a message. */
static void
finish(struct job *j, CURLcode rc, const struct fetch_opts *o, long timeout)
{
	struct fetch_result *r = j->r;
	char *ct = NULL, *where = NULL, cs[DECODE_NAME_MAX], host[256] = "";
	long code = 0;
	CURLU *u;

	cu.easy_getinfo(j->easy, CURLINFO_RESPONSE_CODE, &code);
	cu.easy_getinfo(j->easy, CURLINFO_CONTENT_TYPE, &ct);
	cu.easy_getinfo(j->easy, CURLINFO_EFFECTIVE_URL, &where);
	if (where != NULL)
		r->url = xstrdup(where);
	if (where != NULL && (u = cu.url()) != NULL) {
		char *h = NULL;

		if (cu.url_set(u, CURLUPART_URL, where, 0) == CURLUE_OK &&
		    cu.url_get(u, CURLUPART_HOST, &h, 0) == CURLUE_OK)
			snprintf(host, sizeof host, "%s", h);
		cu.free(h);
		cu.url_cleanup(u);
	}
	if (j->too_large || rc == CURLE_FILESIZE_EXCEEDED) {
		fail(r, "page too large (the limit is %s%ld MiB)", "",
		     (long)((o && o->max_size ? o->max_size : ARTICLE_MAX_SIZE)
		            >> 20));
		return;
	}
	switch (rc) {
	case CURLE_OK:
		break;
	case CURLE_COULDNT_RESOLVE_HOST:
		fail(r, "cannot find the host %s (DNS lookup failed)", host, 0);
		return;
	case CURLE_COULDNT_CONNECT:
		fail(r, "cannot connect to %s (connection refused or "
		     "unreachable)", host, 0);
		return;
	case CURLE_OPERATION_TIMEDOUT:
		fail(r, "no answer in time%s (timeout after %ld ms; "
		     "NEWSDIFF_TIMEOUT sets it)", "", timeout);
		return;
	case CURLE_TOO_MANY_REDIRECTS:
		fail(r, "too many redirects%s (more than %ld; a loop?)", "",
		     FETCH_MAX_REDIRECTS);
		return;
	case CURLE_UNSUPPORTED_PROTOCOL:
		fail(r, "redirected to an address that is not http or "
		     "https%s", "", 0);
		return;
	default:
		fail(r, "%s", j->errbuf[0] ? j->errbuf
		                           : cu.easy_strerror(rc), 0);
		return;
	}
	if (code >= 400) {
		char msg[64];

		snprintf(msg, sizeof msg, "%s", status_word(code));
		fail(r, "the server answered %2$ld (%1$s)", msg, code);
		return;
	}
	if (!is_readable_type(ct)) {
		fail(r, "not HTML or text (the server says %s)", ct, 0);
		return;
	}
	if (decode_content_type_charset(ct, cs, sizeof cs))
		r->charset = xstrdup(cs);
	if (r->body == NULL)
		r->body = xmalloc(1);
}

/* How far each transfer has come, to the caller's callback. */
static void
tell_progress(const struct job *jobs, size_t n, const struct fetch_opts *o,
              const struct fetch_result *out)
{
	const CURLINFO length = CURLINFO_CONTENT_LENGTH_DOWNLOAD_T;
	size_t i;

	for (i = 0; i < n; i++) {
		curl_off_t total = -1;

		if (jobs[i].easy != NULL)
			cu.easy_getinfo(jobs[i].easy, length, &total);
		o->progress(o->ctx, i, out[i].len,
		            total > 0 ? (size_t)total : 0);
	}
}

static long
timeout_of(const struct fetch_opts *o)
{
	return o && o->timeout_ms > 0 ? o->timeout_ms : FETCH_TIMEOUT_MS;
}

bool
fetch_is_url(const char *arg)
{
	return strncasecmp(arg, "http://", 7) == 0 ||
	       strncasecmp(arg, "https://", 8) == 0;
}

void
fetch_all(const char *const *urls, size_t n, const struct fetch_opts *opts,
          struct fetch_result *out)
{
	size_t max = opts && opts->max_size ? opts->max_size : ARTICLE_MAX_SIZE;
	long timeout = timeout_of(opts);
	struct job *jobs = xcalloc(n ? n : 1, sizeof *jobs);
	CURLM *multi;
	int running = 1;
	const char *why;
	size_t i;

	memset(out, 0, n * sizeof *out);
	if ((why = open_curl()) != NULL) {
		for (i = 0; i < n; i++)
			fail(&out[i], "%s", why, 0);
		free(jobs);
		return;
	}
	cu.global_init(CURL_GLOBAL_DEFAULT);
	multi = cu.multi_init();
	for (i = 0; i < n; i++) {
		struct job *j = &jobs[i];

		j->r = &out[i];
		j->max = max;
		j->easy = cu.easy_init();
		if (j->easy == NULL || multi == NULL) {
			fail(j->r, "cannot start a transfer%s", "", 0);
			continue;
		}
		cu.easy_setopt(j->easy, CURLOPT_URL, urls[i]);
		cu.easy_setopt(j->easy, CURLOPT_PROTOCOLS_STR, "http,https");
		cu.easy_setopt(j->easy, CURLOPT_REDIR_PROTOCOLS_STR,
		                 "http,https");
		cu.easy_setopt(j->easy, CURLOPT_FOLLOWLOCATION, 1L);
		cu.easy_setopt(j->easy, CURLOPT_MAXREDIRS,
		                 (long)FETCH_MAX_REDIRECTS);
		cu.easy_setopt(j->easy, CURLOPT_ACCEPT_ENCODING, "");
		cu.easy_setopt(j->easy, CURLOPT_TIMEOUT_MS, timeout);
		cu.easy_setopt(j->easy, CURLOPT_NOSIGNAL, 1L);
		cu.easy_setopt(j->easy, CURLOPT_USERAGENT, FETCH_USER_AGENT);
		cu.easy_setopt(j->easy, CURLOPT_MAXFILESIZE_LARGE,
		                 (curl_off_t)max);
		cu.easy_setopt(j->easy, CURLOPT_WRITEFUNCTION, on_data);
		cu.easy_setopt(j->easy, CURLOPT_WRITEDATA, j);
		cu.easy_setopt(j->easy, CURLOPT_ERRORBUFFER, j->errbuf);
		cu.easy_setopt(j->easy, CURLOPT_PRIVATE, j);
		cu.multi_add_handle(multi, j->easy);
	}
	while (multi != NULL && running > 0) {
		CURLMsg *m;
		int left;

		if (cu.multi_perform(multi, &running) != CURLM_OK)
			break;
		while ((m = cu.multi_info_read(multi, &left)) != NULL) {
			struct job *j = NULL;

			if (m->msg != CURLMSG_DONE)
				continue;
			cu.easy_getinfo(m->easy_handle, CURLINFO_PRIVATE,
			                  (char **)&j);
			finish(j, m->data.result, opts, timeout);
		}
		if (opts != NULL && opts->progress != NULL)
			tell_progress(jobs, n, opts, out);
		if (running > 0)
			cu.multi_poll(multi, NULL, 0, FETCH_POLL_MS, NULL);
	}
	for (i = 0; i < n; i++) {
		if (jobs[i].easy == NULL)
			continue;
		cu.multi_remove_handle(multi, jobs[i].easy);
		cu.easy_cleanup(jobs[i].easy);
		if (out[i].body == NULL && out[i].error == NULL)
			fail(&out[i], "the transfer did not finish%s", "", 0);
	}
	cu.multi_cleanup(multi);
	cu.global_cleanup();
	free(jobs);
}

void
fetch_result_fini(struct fetch_result *r)
{
	free(r->body);
	free(r->charset);
	free(r->url);
	free(r->error);
	memset(r, 0, sizeof *r);
}
