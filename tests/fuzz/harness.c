/* harness.c - one fuzz input through everything newsdiff does with a
 * pair of reports: load, segment, align, facts, the four exports, the
 * marks, wrapping and the reader's moves.  A broken promise aborts, so
 * the fuzzer reports it; the Check test "fuzz" replays the corpus and
 * every past finding the same way.  Tests only.
 *
 * An input is two reports: its first two bytes say where the first ends
 * (little-endian, modulo the length), the rest is the two texts.  Later
 * bytes also choose pane sizes and a sequence of moves. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "compare.h"
#include "export.h"
#include "fact.h"
#include "layout.h"
#include "mark.h"
#include "oracle.h"
#include "view.h"

static uint8_t *stopwords, *synonyms;
static size_t nstopwords, nsynonyms;

static uint8_t *
slurp(const char *dir, const char *name, size_t *len)
{
	char path[4096];
	FILE *f;
	uint8_t *buf = NULL;
	size_t cap = 0, r;

	*len = 0;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "rb");
	if (f == NULL) {
		fprintf(stderr, "fuzz: cannot read %s\n", path);
		abort();
	}
	do {
		if (*len + 4096 > cap) {
			cap = (cap + 4096) * 2;
			buf = realloc(buf, cap);
			if (buf == NULL)
				abort();
		}
		r = fread(buf + *len, 1, cap - *len, f);
		*len += r;
	} while (r > 0);
	fclose(f);
	return buf;
}

void
fuzz_init(const char *datadir)
{
	if (stopwords != NULL)
		return;
	stopwords = slurp(datadir, "stopwords-en.txt", &nstopwords);
	synonyms = slurp(datadir, "synonyms-en.txt", &nsynonyms);
}

#define CHECK(cond)                                                          \
	do {                                                                 \
		if (!(cond)) {                                               \
			fprintf(stderr, "fuzz: %s:%d: %s\n", __FILE__,       \
			        __LINE__, #cond);                            \
			abort();                                             \
		}                                                            \
	} while (0)

static void
check_export(const struct compare *c, enum export_format fmt)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	CHECK(f != NULL);
	CHECK(export_write(f, fmt, c) == RC_OK);
	CHECK(fclose(f) == 0);
	CHECK(oracle_utf8_valid(buf, n));
	if (fmt == EXPORT_JSON) {
		CHECK(oracle_json_valid(buf, n));
		CHECK(memchr(buf, '\x1b', n) == NULL);
	} else {
		CHECK(oracle_raw_control(buf, n) == NULL);
	}
	if (fmt == EXPORT_HTML) {
		/* Only our own tags: a report's "<" is always escaped, and
		 * the one script is the page's own, after the reports. */
		const char *p, *own = strstr(buf, "</div>\n<script>(function(){");

		for (p = strstr(buf, "<scr"); p != NULL; p = strstr(p + 1, "<scr"))
			CHECK(own != NULL && p == own + strlen("</div>\n"));
	}
	free(buf);
}

/* Every fact's spans inside their paragraphs, on character starts. */
static void
check_facts(const struct compare *c)
{
	const struct facts *fs = c->facts;
	size_t i;

	for (i = 0; i < fs->nfact; i++) {
		const struct fact *f = &fs->fact[i];
		const struct fact_span *sp[2] = { &f->left, &f->right };
		const struct article *a[2] = { c->left, c->right };
		int k;

		for (k = 0; k < 2; k++) {
			size_t len;
			const uint8_t *t;

			CHECK(sp[k]->para < a[k]->npara);
			t = article_para_text(a[k], sp[k]->para, &len);
			CHECK(sp[k]->start <= sp[k]->end && sp[k]->end <= len);
			CHECK(sp[k]->start == len ||
			      (t[sp[k]->start] & 0xC0) != 0x80);
			CHECK(sp[k]->end == len || (t[sp[k]->end] & 0xC0) != 0x80);
		}
	}
}

/* The marks of every paragraph: in order, apart, inside it. */
static void
check_marks(const struct compare *c)
{
	struct mark_vec mv = { 0 };
	size_t p, i;
	int s;

	for (s = 0; s < 2; s++) {
		const struct article *a = s ? c->right : c->left;

		for (p = 0; p < a->npara; p++) {
			size_t len;

			article_para_text(a, p, &len);
			mark_para(c, s ? SIDE_RIGHT : SIDE_LEFT, p,
			          MARK_ALL_FACTS, &mv);
			for (i = 0; i < mv.n; i++) {
				CHECK(mv.v[i].start < mv.v[i].end);
				CHECK(mv.v[i].end <= len);
				CHECK(i == 0 || mv.v[i - 1].end <= mv.v[i].start);
			}
		}
	}
	mark_vec_fini(&mv);
}

/* A byte of the input for a choice, going round. */
static uint8_t
pick(const uint8_t *data, size_t size, size_t k)
{
	return size ? data[(k * 131 + 7) % size] : 0;
}

static void
check_view(const struct compare *c, const uint8_t *data, size_t size)
{
	struct view v;
	unsigned wl = 1 + pick(data, size, 1) % 50;
	unsigned wr = 1 + pick(data, size, 2) % 50;
	size_t h = 1 + pick(data, size, 3) % 30, k, i;
	char status[64], pat[3];
	struct layout_pos rows[32];
	bool wrapped;

	view_init(&v, c, wl, wr, h);
	for (k = 0; k < 24; k++) {
		uint8_t b = pick(data, size, k + 4);

		switch (b % 12) {
		case 0: view_scroll(&v, (long)(b / 12) - 10); break;
		case 1: view_passage(&v, b & 16 ? 1 : -1); break;
		case 2: view_differ(&v, b & 16 ? 1 : -1); break;
		case 3: view_home(&v); break;
		case 4: view_end(&v); break;
		case 5: view_switch_lead(&v); break;
		case 6: view_toggle_hidden(&v); break;
		case 7: view_click(&v, b & 16 ? SIDE_LEFT : SIDE_RIGHT, b % h); break;
		case 8:
			pat[0] = (char)(pick(data, size, k + 40) | 1);
			pat[1] = (char)(b & 32 ? 0 : pick(data, size, k + 41) | 1);
			pat[2] = 0;
			view_search(&v, pat);
			break;
		case 9: view_search_next(&v, b & 16 ? 1 : -1, &wrapped); break;
		case 10:
			view_resize(&v, 1 + b % 40, 1 + b % 33, 1 + b % 20);
			break;
		default:
			view_status(&v, status, sizeof status);
			CHECK(strlen(status) < sizeof status);
			break;
		}
		/* What a pane shows: real rows, in order. */
		for (i = 0; i < 2; i++) {
			size_t r, n = v.height < 32 ? v.height : 32;

			layout_screen(&v.pane[i], v.top[i], n, rows);
			for (r = 0; r < n; r++) {
				size_t nl;

				if (rows[r].para == LAYOUT_PAST_END)
					break;
				CHECK(rows[r].para < v.pane[i].a->npara);
				CHECK(rows[r].row < layout_height(&v.pane[i],
				                                  rows[r].para));
				layout_lines(&v.pane[i], rows[r].para, &nl);
				CHECK(nl >= 1);
			}
		}
		CHECK(v.cur == ALIGN_NONE || v.cur < v.ngroup);
	}
	view_fini(&v);
}

void
fuzz_one(const uint8_t *data, size_t size)
{
	struct compare_data cd = { stopwords, nstopwords, synonyms, nsynonyms,
	                           NULL, 0 };
	struct article *l = NULL, *r = NULL;
	struct compare c;
	size_t split;
	enum export_format fmt;

	if (size < 2)
		return;
	split = (size_t)(data[0] | data[1] << 8) % (size - 1);
	if (article_parse("left", data + 2, split, NULL, &l) != RC_OK ||
	    article_parse("right", data + 2 + split, size - 2 - split, NULL,
	                  &r) != RC_OK) {
		article_free(l);
		article_free(r);
		return;
	}
	compare_articles(&c, l, r, &cd);
	CHECK(c.al != NULL);
	for (fmt = EXPORT_TEXT; fmt <= EXPORT_JSON; fmt++)
		check_export(&c, fmt);
	check_facts(&c);
	check_marks(&c);
	check_view(&c, data, size);
	compare_fini(&c);
}
