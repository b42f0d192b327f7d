/* harness.c - one fuzz input through everything newsdiff does with a
 * pair of reports: load, segment, align, facts, the four exports, the
 * marks, wrapping and the reader's moves.  A broken promise aborts, so
 * the fuzzer reports it; the Check test "fuzz" replays the corpus and
 * every past finding the same way.  Tests only.
 *
 * An input is two reports: its first two bytes say where the first ends
 * (little-endian, modulo the length), the rest is the two texts.  Later
 * bytes also choose pane sizes and a sequence of moves.
 *
 * An input that starts with "ND\2" and two more bytes (FUZZ_MAGIC) is a
 * pair read as files are, with more stages: the first byte chooses them
 * (FUZZ_*), the second a charset declared from outside; the pair follows
 * in the same form.  Each side is then also decoded and, as a page,
 * extracted on its own, and the word diff is run on the two whole texts.
 * Inputs without the prefix are read as before, so past findings replay
 * unchanged. */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "compare.h"
#include "decode.h"
#include "edit.h"
#include "export.h"
#include "jsonread.h"
#include "fact.h"
#include "layout.h"
#include "mark.h"
#include "oracle.h"
#include "page.h"
#include "revision.h"
#include "token.h"
#include "view.h"
#include "worddiff.h"

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

/* article_parse_owned() of a copy of bytes[0..n) with room for n + 1
 * or n + 2 bytes (the least it writes its text over). */
static enum rc
parse_owned(const char *path, const uint8_t *bytes, size_t n, int how,
            const struct article_opts *opts, struct article **out)
{
	size_t cap = n + 1 + (size_t)(how & FUZZ_REVISIONS ? 0 : 1);
	uint8_t *buf = malloc(cap);

	struct article *a = NULL;
	enum rc rc;
	size_t i;

	CHECK(buf != NULL);
	memcpy(buf, bytes, n);
	rc = article_parse_owned(path, buf, n, cap, opts, out);
	/* The same article as from bytes left alone. */
	CHECK(article_parse(path, bytes, n, opts, &a) == rc);
	if (rc == RC_OK) {
		CHECK(a->npara == (*out)->npara);
		for (i = 0; i < a->npara; i++) {
			const struct article_para *p = &a->para[i];
			const struct article_para *q = &(*out)->para[i];

			CHECK(p->len == q->len && p->kind == q->kind);
			CHECK(memcmp(a->text + p->start,
			             (*out)->text + q->start, p->len) == 0);
		}
	}
	article_free(a);
	return rc;
}

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


/* A text of our own: valid UTF-8 without NUL. */
static void
check_text(const void *s, size_t n)
{
	CHECK(s != NULL || n == 0);
	if (n == 0)
		return;
	CHECK(oracle_utf8_valid(s, n));
	CHECK(memchr(s, '\0', n) == NULL);
}

static void
check_str(const char *s)
{
	if (s != NULL)
		check_text(s, strlen(s));
}

/* Every paragraph of an article: valid UTF-8, no NUL; its metadata too. */
static void
check_article(const struct article *a)
{
	size_t p;

	for (p = 0; p < a->npara; p++) {
		size_t len;
		const uint8_t *t = article_para_text(a, p, &len);

		check_text(t, len);
	}
	check_str(a->meta.title);
	check_str(a->meta.byline);
	check_str(a->meta.outlet);
	check_str(a->meta.date);
	check_str(a->meta.url);
}

/* A span of an edit or a fact: inside its paragraph, on characters. */
static void
check_span(const struct article *a, const struct fact_span *sp)
{
	size_t len;
	const uint8_t *t;

	CHECK(sp->para < a->npara);
	t = article_para_text(a, sp->para, &len);
	CHECK(sp->start <= sp->end && sp->end <= len);
	CHECK(sp->start == len || (t[sp->start] & 0xC0) != 0x80);
	CHECK(sp->end == len || (t[sp->end] & 0xC0) != 0x80);
}

/* Each group's edits: spans in their paragraphs, in order of each side. */
static void
check_edits(const struct compare *c)
{
	const struct edits *ed = c->edits;
	size_t g, i;

	CHECK(ed != NULL);
	CHECK(ed->ngroup == c->al->ngroup);
	for (g = 0; g < ed->ngroup; g++) {
		const struct edit_group *eg = &ed->group[g];

		CHECK(eg->first + eg->n <= ed->nedit);
		CHECK(eg->likeness >= 0 && eg->likeness <= 1);
		CHECK(!eg->skipped || eg->n == 0);
		for (i = eg->first; i < eg->first + eg->n; i++) {
			const struct edit *e = &ed->edit[i];

			CHECK(e->op <= EDIT_REPLACE);
			check_span(c->left, &e->left);
			check_span(c->right, &e->right);
			CHECK(e->op != EDIT_INSERT ||
			      e->left.start == e->left.end);
			CHECK(e->op != EDIT_DELETE ||
			      e->right.start == e->right.end);
			if (i > eg->first) {
				const struct edit *d = e - 1;

				CHECK(d->left.para < e->left.para ||
				      (d->left.para == e->left.para &&
				       d->left.end <= e->left.start));
				CHECK(d->right.para < e->right.para ||
				      (d->right.para == e->right.para &&
				       d->right.end <= e->right.start));
			}
		}
	}
}

static void
check_revisions(const struct compare *c)
{
	const struct revisions *rv = c->revisions;
	size_t i;

	CHECK(rv != NULL);
	CHECK(rv->close <= rv->content);
	for (i = 0; i < rv->n; i++) {
		const struct revision_item *it = &rv->v[i];

		CHECK(it->kind < REVISION_KIND_COUNT);
		CHECK(it->group == ALIGN_NONE || it->group < c->al->ngroup);
		CHECK(it->left == ARTICLE_NONE || it->left < c->left->npara);
		CHECK(it->right == ARTICLE_NONE ||
		      it->right < c->right->npara);
		CHECK(it->edit + it->nedit <= c->edits->nedit);
	}
}

/* The word diff of two whole texts: every word of each side in exactly
 * one run, in order; equal runs equal. */
static void
check_worddiff(const struct article *l, const struct article *r)
{
	struct worddiff wd = { 0 };
	uint32_t *a = malloc((l->ntok + 1) * sizeof *a);
	uint32_t *b = malloc((r->ntok + 1) * sizeof *b);
	size_t i, j, na = l->ntok, nb = r->ntok, x = 0, y = 0;
	double like;

	CHECK(a != NULL && b != NULL);
	for (i = 0; i < na; i++)
		a[i] = l->tok[i].word;
	for (i = 0; i < nb; i++)
		b[i] = r->tok[i].word;
	worddiff_run(a, na, b, nb, &wd);
	for (i = 0; i < wd.n; i++) {
		const struct worddiff_edit *e = &wd.v[i];

		CHECK(e->left == x && e->right == y);
		CHECK(e->nleft > 0 || e->nright > 0);
		switch (e->op) {
		case WORDDIFF_EQUAL:
			CHECK(e->nleft == e->nright);
			for (j = 0; j < e->nleft; j++)
				CHECK(a[x + j] == b[y + j]);
			break;
		case WORDDIFF_DELETE: CHECK(e->nright == 0); break;
		case WORDDIFF_INSERT: CHECK(e->nleft == 0); break;
		case WORDDIFF_REPLACE:
			CHECK(e->nleft > 0 && e->nright > 0);
			break;
		default: CHECK(!"an op"); break;
		}
		x += e->nleft;
		y += e->nright;
	}
	CHECK(x == na && y == nb);
	like = worddiff_likeness(&wd, na, nb);
	CHECK(like >= 0 && like <= 1);
	worddiff_fini(&wd);
	free(a);
	free(b);
}

/* A value the JSON reader made: strings NUL-terminated at their length,
 * no deeper than it promises. */
static void
check_json_value(const struct jsonread_value *v, unsigned depth, bool utf8)
{
	size_t i;

	CHECK(depth <= JSONREAD_MAX_DEPTH);
	switch (v->type) {
	case JSONREAD_STRING:
	case JSONREAD_NUMBER:
		CHECK(v->str != NULL && v->str[v->len] == '\0');
		/* Raw bytes are copied as they are; an escape makes
		 * valid UTF-8. */
		CHECK(!utf8 || oracle_utf8_valid(v->str, v->len));
		break;
	case JSONREAD_OBJECT:
		for (i = 0; i < v->n; i++) {
			CHECK(v->keys[i] != NULL);
			CHECK(jsonread_get(v, v->keys[i]) != NULL);
		}
		/* fall through */
	case JSONREAD_ARRAY:
		for (i = 0; i < v->n; i++)
			check_json_value(&v->items[i], depth + 1, utf8);
		break;
	case JSONREAD_NULL:
	case JSONREAD_BOOL:
		break;
	default:
		CHECK(!"a type");
	}
}

void
fuzz_page(const uint8_t *data, size_t size, const char *charset)
{
	struct decode_result dec;
	const uint8_t *s = data;
	size_t n = size;
	struct page pg;

	if (decode_sniff_document(data, size) != RC_OK)
		return;
	decode_text(data, size, charset, &dec);
	CHECK(dec.how <= DECODE_GUESSED);
	CHECK(memchr(dec.charset, '\0', sizeof dec.charset) != NULL);
	if (dec.text != NULL) {
		/* A NUL of the text stays (the article refuses it). */
		CHECK(oracle_utf8_valid((const char *)dec.text, dec.len));
		s = dec.text;
		n = dec.len;
	} else {
		CHECK(dec.how == DECODE_AS_IS);
	}
	if (oracle_utf8_valid((const char *)s, n) &&
	    memchr(s, '\0', n) == NULL) {
		page_extract(s, n, &pg);
		check_text(pg.text, pg.len);
		CHECK(pg.len == 0 || pg.text[pg.len] == '\0');
		check_str(pg.title);
		check_str(pg.byline);
		check_str(pg.outlet);
		check_str(pg.date);
		check_str(pg.url);
		page_fini(&pg);
	}
	decode_result_fini(&dec);
}

void
fuzz_json(const uint8_t *data, size_t size)
{
	uint8_t *s = malloc(size ? size : 1);
	struct jsonread_value *v;

	CHECK(s != NULL);
	if (size > 0)
		memcpy(s, data, size);
	v = jsonread_parse(s, size);
	if (v != NULL)
		check_json_value(v, 0, oracle_utf8_valid((const char *)s,
		                                         size));
	jsonread_free(v);
	free(s);
}

/* Charsets a server may declare, a few of them wrong or unknown. */
static const char *const declared[] = {
	NULL, "utf-8", "iso-8859-1", "windows-1252", "utf-16le", "utf-16",
	"shift_jis", "koi8-r", "gb18030", "x-no-such-charset",
};

void
fuzz_one(const uint8_t *data, size_t size)
{
	struct compare_data cd = { stopwords, nstopwords, synonyms, nsynonyms,
	                           NULL, 0, COMPARE_AUTO };
	struct article_opts opts = { 0 };
	struct article *l = NULL, *r = NULL;
	struct compare c;
	size_t split;
	enum export_format fmt;
	unsigned how = 0;
	static const char doctype[] = "<!DOCTYPE html>\n";
	const uint8_t *side[2];
	uint8_t *page[2] = { NULL, NULL };
	size_t len[2];
	enum rc rl, rr;
	int k;

	if (size >= FUZZ_MAGIC_LEN && memcmp(data, "ND\2", 3) == 0) {
		how = data[3] | FUZZ_V2;
		opts.charset = declared[data[4] % (sizeof declared /
		                                   sizeof *declared)];
		data += FUZZ_MAGIC_LEN;
		size -= FUZZ_MAGIC_LEN;
	}
	if (size < 2)
		return;
	split = (size_t)(data[0] | data[1] << 8) % (size - 1);
	side[0] = data + 2;
	len[0] = split;
	side[1] = data + 2 + split;
	len[1] = size - 2 - split;
	for (k = 0; k < 2 && (how & FUZZ_HTML); k++) {
		/* A page, whatever the bytes look like. */
		page[k] = malloc(sizeof doctype - 1 + len[k]);
		CHECK(page[k] != NULL);
		memcpy(page[k], doctype, sizeof doctype - 1);
		memcpy(page[k] + sizeof doctype - 1, side[k], len[k]);
		side[k] = page[k];
		len[k] += sizeof doctype - 1;
	}
	for (k = 0; k < 2 && (how & FUZZ_V2); k++)
		fuzz_page(side[k], len[k], opts.charset);
	if (how & FUZZ_V2) {
		/* As files are read: each side in a block of its own, its
		 * text written over it where it can be (one byte of room
		 * too few for that, now and then). */
		rl = parse_owned("left", side[0], len[0], how, &opts, &l);
		rr = parse_owned("right", side[1], len[1], how, &opts, &r);
	} else {
		rl = article_parse("left", side[0], len[0], NULL, &l);
		rr = article_parse("right", side[1], len[1], NULL, &r);
	}
	free(page[0]);
	free(page[1]);
	if (rl != RC_OK || rr != RC_OK) {
		article_free(l);
		article_free(r);
		return;
	}
	check_article(l);
	check_article(r);
	compare_articles(&c, l, r, &cd);
	CHECK(c.al != NULL);
	if (how & FUZZ_V2)
		check_worddiff(c.left, c.right);
	if (how & FUZZ_WORD_DIFF) {
		compare_word_diff(&c);
		check_edits(&c);
	}
	if (how & FUZZ_REVISIONS) {
		compare_revisions(&c);
		check_edits(&c);
		check_revisions(&c);
	}
	for (fmt = EXPORT_TEXT; fmt <= EXPORT_JSON; fmt++)
		check_export(&c, fmt);
	check_facts(&c);
	check_marks(&c);
	check_view(&c, data, size);
	compare_fini(&c);
}
