/* test-export.c - the four exports: golden files, escaping, the JSON
 * contract, atomic writes and refusals. */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "align.h"
#include "article.h"
#include "export.h"
#include "fact.h"
#include "oracle.h"
#include "testutil.h"
#include "ustr.h"

/* ---- helpers ------------------------------------------------------- */

/* Parse a fixture under a short name, so exports do not depend on where
 * the tree is. */
static struct article *
fixture_as(const char *file, const char *name)
{
	char path[4096];
	size_t len;
	char *buf;
	struct article *a = NULL;
	enum rc rc;

	snprintf(path, sizeof path, "%s/%s", getenv("FIXTURES"), file);
	buf = t_slurp(path, &len);
	ck_assert_msg(buf != NULL, "cannot read %s", path);
	rc = article_parse(name, (const uint8_t *)buf, len, NULL, &a);
	ck_assert_msg(rc == RC_OK, "%s: %s", path, rc_str(rc));
	free(buf);
	return a;
}

static void
export_pair(struct t_cmp *c)
{
	t_compare(c, fixture_as("export/left.txt", "left.txt"),
	          fixture_as("export/right.txt", "right.txt"));
}

/* The export of c in fmt, NUL-terminated. */
static char *
export_str(const struct t_cmp *c, enum export_format fmt, size_t *len)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(export_write(f, fmt, c), RC_OK);
	fclose(f);
	if (len)
		*len = n;
	return buf;
}

/* First line where a and b differ, for the failure message. */
static size_t
first_diff_line(const char *a, const char *b)
{
	size_t line = 1;

	for (; *a && *a == *b; a++, b++)
		line += *a == '\n';
	return line;
}

static size_t count(const char *s, const char *what);

/* ---- golden files -------------------------------------------------- */

static const struct {
	enum export_format fmt;
	const char *file;
} goldens[] = {
	{ EXPORT_TEXT, "export/expect.txt" },
	{ EXPORT_MARKDOWN, "export/expect.md" },
	{ EXPORT_HTML, "export/expect.html" },
	{ EXPORT_JSON, "export/expect.json" },
};

/* NEWSDIFF_REGEN=1 writes the golden files afresh: review the diff. */
START_TEST(export_fixture_pair_matches_golden_file)
{
	struct t_cmp c;
	char path[4096], *got, *want;
	size_t len, wlen;

	snprintf(path, sizeof path, "%s/%s", getenv("FIXTURES"),
	         goldens[_i].file);
	export_pair(&c);
	got = export_str(&c, goldens[_i].fmt, &len);
	if (getenv("NEWSDIFF_REGEN") != NULL) {
		FILE *f = fopen(path, "wb");

		ck_assert_ptr_nonnull(f);
		fwrite(got, 1, len, f);
		fclose(f);
	}
	want = t_slurp(path, &wlen);
	ck_assert_msg(want != NULL, "no golden file %s", path);
	ck_assert_msg(len == wlen && memcmp(got, want, len) == 0,
	              "%s: export differs from line %zu (NEWSDIFF_REGEN=1 "
	              "rewrites it)", goldens[_i].file,
	              first_diff_line(got, want));
	free(got);
	free(want);
	t_compare_free(&c);
}
END_TEST

/* ---- safety -------------------------------------------------------- */

START_TEST(export_control_characters_never_pass_raw)
{
	struct t_cmp c;
	size_t len;
	char *s;

	export_pair(&c);
	s = export_str(&c, goldens[_i].fmt, &len);
	ck_assert_msg(oracle_raw_control(s, len) == NULL,
	              "%s export carries a raw control at byte %td",
	              export_format_str(goldens[_i].fmt),
	              oracle_raw_control(s, len) - s);
	/* The escape shows as its picture (or, in JSON, as \u001b). */
	if (goldens[_i].fmt == EXPORT_JSON)
		ck_assert_ptr_nonnull(strstr(s, "\\u001b[31mNOW"));
	else if (goldens[_i].fmt == EXPORT_MARKDOWN)
		ck_assert_ptr_nonnull(strstr(s, "\xe2\x90\x9b\\[31mNOW"));
	else
		ck_assert_ptr_nonnull(strstr(s, "\xe2\x90\x9b[31mNOW"));
	free(s);
	t_compare_free(&c);
}
END_TEST

START_TEST(export_html_escapes_markup_and_quotes)
{
	struct t_cmp c;
	char *s;

	export_pair(&c);
	s = export_str(&c, EXPORT_HTML, NULL);
	/* The one script is the page's own, after the reports. */
	ck_assert_uint_eq(count(s, "<script"), 1);
	ck_assert_ptr_nonnull(strstr(s, "</div>\n<script>(function(){"));
	ck_assert_ptr_nonnull(strstr(s, "&lt;script&gt;alert(&quot;x&quot;)"
	                                "&lt;/script&gt; &amp; &#39;caf\xc3\xa9s"
	                                "&#39;"));
	/* Self-contained: nothing loaded from anywhere. */
	ck_assert_ptr_null(strstr(s, "src=\""));
	ck_assert_ptr_null(strstr(s, "<link"));
	ck_assert_ptr_null(strstr(s, "url("));
	free(s);
	t_compare_free(&c);
}
END_TEST

START_TEST(export_html_links_each_passage_to_its_partner)
{
	struct t_cmp c;
	char *s, *p, want[64];
	size_t l, r;

	export_pair(&c);
	s = export_str(&c, EXPORT_HTML, NULL);
	l = t_para(c.left, "COLOGNE");
	r = t_para(c.right, "Nearly 1,500");
	ck_assert(t_paired(&c, l, r));
	snprintf(want, sizeof want, "id=\"L%zu\"", l + 1);
	p = strstr(s, want);
	ck_assert_msg(p != NULL, "no %s", want);
	snprintf(want, sizeof want, "><a class=\"g\" href=\"#R%zu\"", r + 1);
	ck_assert_msg(strncmp(strchr(p, '>'), want, strlen(want)) == 0,
	              "L%zu lacks %s", l + 1, want);
	snprintf(want, sizeof want, "id=\"R%zu\"", r + 1);
	p = strstr(s, want);
	ck_assert_msg(p != NULL, "no %s", want);
	snprintf(want, sizeof want, "><a class=\"g\" href=\"#L%zu\"", l + 1);
	ck_assert_msg(strncmp(strchr(p, '>'), want, strlen(want)) == 0,
	              "R%zu lacks %s", r + 1, want);
	/* The differing figure is marked and names the other value. */
	ck_assert_ptr_nonnull(strstr(s, "<span class=\"m figure-differ\" title"
	                                "=\"a figure the reports disagree on; "
	                                "the right report: Nearly 1,500 "
	                                "residents\">About 1,200 people</span>"));
	free(s);
	t_compare_free(&c);
}
END_TEST

/* The page names a report by its file's base name, never by a path of
 * the machine that made it. */
START_TEST(export_html_shows_no_path_only_a_base_name)
{
	struct t_cmp c;
	char *s;

	t_compare(&c, fixture_as("export/left.txt", "/srv/very/private/l.txt"),
	          fixture_as("export/right.txt", "/srv/very/private/r.txt"));
	s = export_str(&c, EXPORT_HTML, NULL);
	ck_assert_msg(strstr(s, "/srv") == NULL && strstr(s, "private") == NULL,
	              "a path in the page");
	/* After the byline the left report gives. */
	ck_assert_ptr_nonnull(strstr(s, "<p class=\"src\">By Anna Keller "
	                                "&#183; l.txt &#183; "));
	ck_assert_ptr_nonnull(strstr(s, "<p class=\"src\">r.txt &#183; "));
	free(s);
	t_compare_free(&c);
}
END_TEST

/* Opening #L20 keeps the paragraph clear of its column's sticky head,
 * the partner is lit, and a partner link brings it alongside. */
START_TEST(export_html_target_clears_the_header_and_lights_the_partner)
{
	struct t_cmp c;
	char *s;

	export_pair(&c);
	s = export_str(&c, EXPORT_HTML, NULL);
	ck_assert_ptr_nonnull(strstr(s, ".p{display:flex;gap:.6em;"
	                                "border-radius:3px;scroll-margin-top:"));
	ck_assert_ptr_nonnull(strstr(s, ".p:target,.p.partner{background:"));
	ck_assert_ptr_nonnull(strstr(s, "addEventListener('hashchange',show)"));
	free(s);
	t_compare_free(&c);
}
END_TEST

/* The place of paragraph id ("L3") in the narrow page. */
static long
narrow_place(const char *s, const char *id)
{
	char want[64];
	const char *p;

	snprintf(want, sizeof want, "id=\"%s\" style=\"order:", id);
	p = strstr(s, want);
	ck_assert_msg(p != NULL, "no %s", want);
	return strtol(p + strlen(want), NULL, 10);
}

/* On a narrow screen one column holds both reports, passage by passage:
 * each group's left paragraphs, then its right ones, then the next. */
START_TEST(export_html_narrow_page_interleaves_passages_by_pair)
{
	struct t_cmp c;
	char *s, id[32];
	size_t g, i;
	long last = -1, place;

	export_pair(&c);
	s = export_str(&c, EXPORT_HTML, NULL);
	ck_assert_ptr_nonnull(strstr(s, "@media (max-width:720px){body{height:"
	                                "auto;display:block}"));
	ck_assert_ptr_nonnull(strstr(s, ".pane{display:contents}"));
	ck_assert_uint_gt(c.al->ngroup, 2);
	for (g = 0; g < c.al->ngroup; g++) {
		const struct align_group *gr = &c.al->group[g];

		for (i = 0; i < gr->nleft + gr->nright; i++) {
			if (i < gr->nleft)
				snprintf(id, sizeof id, "L%zu",
				         align_left(c.al, g, i) + 1);
			else
				snprintf(id, sizeof id, "R%zu",
				         align_right(c.al, g, i - gr->nleft) + 1);
			place = narrow_place(s, id);
			ck_assert_msg(place > last, "%s at %ld, after %ld", id,
			              place, last);
			last = place;
		}
	}
	/* A right paragraph with no partner follows the one before it:
	 * "Related: ..." (right 6) comes right after right 5's passage. */
	ck_assert_int_eq(narrow_place(s, "R6"), narrow_place(s, "R5") + 1);
	free(s);
	t_compare_free(&c);
}
END_TEST

START_TEST(export_text_marks_facts_and_lists_them)
{
	struct t_cmp c;
	char *s;

	export_pair(&c);
	s = export_str(&c, EXPORT_TEXT, NULL);
	ck_assert_ptr_nonnull(strstr(s, "[!About 1,200 people!]"));
	ck_assert_ptr_nonnull(strstr(s, "[!Nearly 1,500 residents!]"));
	ck_assert_ptr_nonnull(strstr(s, "figures differ:    About 1,200 people "
	                                "\xe2\x89\xa0 Nearly 1,500 residents"));
	ck_assert_ptr_nonnull(strstr(s, "[=40 boats=]"));
	ck_assert_ptr_nonnull(strstr(s, "rise <this> fast"));
	ck_assert_ptr_nonnull(strstr(s, "rise <so> fast"));
	/* Unpaired paragraphs come last, each side's under its heading. */
	ck_assert_ptr_nonnull(strstr(s, "Unpaired paragraphs of the left "
	                                "report (3)\n\nleft 2 (line 3, byline)\n"
	                                "    By Anna Keller\n"));
	free(s);
	t_compare_free(&c);
}
END_TEST

START_TEST(export_text_lines_fit_78_columns)
{
	struct t_cmp c;
	char *s, *line, *save = NULL;

	export_pair(&c);
	s = export_str(&c, EXPORT_TEXT, NULL);
	for (line = strtok_r(s, "\n", &save); line != NULL;
	     line = strtok_r(NULL, "\n", &save)) {
		size_t cols = ustr_width((const uint8_t *)line, strlen(line));

		ck_assert_msg(cols <= 78, "line of %zu columns: %s", cols, line);
	}
	free(s);
	t_compare_free(&c);
}
END_TEST

/* Every line of a text export fits 78 columns. */
static void
assert_lines_fit(char *s)
{
	char *line, *save = NULL;

	for (line = strtok_r(s, "\n", &save); line != NULL;
	     line = strtok_r(NULL, "\n", &save)) {
		size_t cols = ustr_width((const uint8_t *)line, strlen(line));

		ck_assert_msg(cols <= 78, "line of %zu columns: %.100s", cols,
		              line);
	}
}

/* A report with no headline is titled by its first paragraph: the
 * header shows it in two lines at most, cut with "...", while a long
 * headline wraps whole; both by display columns (CJK counts two). */
START_TEST(export_text_header_wraps_a_long_title_and_cuts_a_paragraph)
{
	struct t_cmp c;
	char text[8192], *s, *head, *p;
	size_t n = 0, k;

	for (k = 0; k < 120; k++)
		n += (size_t)snprintf(text + n, sizeof text - n, "%s word%zu",
		                      k ? "" : "The council said", k);
	snprintf(text + n, sizeof text - n, ".\n");
	t_compare(&c, t_article(text),
	          t_article("\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a "
	                    "\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a "
	                    "\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a "
	                    "\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a "
	                    "\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a "
	                    "\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a "
	                    "\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a "
	                    "\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a "
	                    "\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a "
	                    "\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a "
	                    "\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a "
	                    "\xe5\xb8\x82\xe8\xae\xae\xe4\xbc\x9a end\n\n"
	                    "The council said word1 word2 word3.\n"));
	s = export_str(&c, EXPORT_TEXT, NULL);
	head = strstr(s, "\nright: ");
	ck_assert_ptr_nonnull(head);
	/* Left: the paragraph, cut after two lines. */
	ck_assert_ptr_nonnull(strstr(s, "left:  "));
	ck_assert_msg(strncmp(head - 3, "...", 3) == 0, "not cut: %.400s", s);
	ck_assert_ptr_nonnull(strstr(s, "\n       The council said word0 "));
	k = 0;
	for (p = strstr(s, "\n       "); p != NULL && p < head;
	     p = strstr(p + 1, "\n       "))
		k++;
	ck_assert_uint_eq(k, 2);
	/* Right: the headline (36 columns of CJK) wraps, nothing cut. */
	ck_assert_ptr_nonnull(strstr(head, "\xe4\xbc\x9a end\n\n"));
	assert_lines_fit(s);
	free(s);
	t_compare_free(&c);
}
END_TEST

/* Dates and scores keep "value" as version 1 froze it, and say
 * themselves in fields of their own. */
START_TEST(export_json_gives_dates_and_scores_their_own_fields)
{
	struct t_cmp c;
	char *s;

	export_pair(&c);
	s = export_str(&c, EXPORT_JSON, NULL);
	/* Fields only ever follow (the figure's source and time). */
	ck_assert_ptr_nonnull(strstr(s, "\"text\":\"March 14, 2002\","
	                                "\"value\":20020314,\"low\":20020314,"
	                                "\"high\":20020314,"
	                                "\"date\":\"2002-03-14\""));
	ck_assert_ptr_nonnull(strstr(s, "\"text\":\"May 1999\",\"value\":"
	                                "19990500,\"low\":19990500,\"high\":"
	                                "19990500,\"date\":\"1999-05\""));
	ck_assert_ptr_nonnull(strstr(s, "\"text\":\"March 20\",\"value\":"
	                                "320,\"low\":320,\"high\":320,"
	                                "\"date\":\"--03-20\""));
	ck_assert_ptr_nonnull(strstr(s, "\"text\":\"2-1\",\"value\":2001,"
	                                "\"low\":2001,\"high\":2001,"
	                                "\"score\":[2,1]"));
	/* Other figures have neither. */
	ck_assert_uint_eq(count(s, "\"date\":\""), 6);	/* not the documents' */
	ck_assert_uint_eq(count(s, "\"score\":["), 2);
	free(s);
	t_compare_free(&c);
}
END_TEST

START_TEST(export_markdown_escapes_markup_characters)
{
	struct t_cmp c;
	char *s;

	export_pair(&c);
	s = export_str(&c, EXPORT_MARKDOWN, NULL);
	ck_assert_ptr_nonnull(strstr(s, "\\<script\\>alert(\"x\")\\</script\\> "
	                                "\\& 'caf\xc3\xa9s'"));
	ck_assert_ptr_nonnull(strstr(s, "**About 1,200 people** were"));
	ck_assert_ptr_nonnull(strstr(s, "## Passage 1 of 6"));
	free(s);
	t_compare_free(&c);
}
END_TEST

/* ---- Markdown as a CommonMark renderer reads it --------------------- */

/* A character of rendered text and the emphasis it is shown with. */
struct styled {
	uint32_t cp;
	unsigned style;		/* 1 italic, 2 bold */
};

struct styled_vec {
	struct styled *v;
	size_t n, cap;
};

static void
styled_push(struct styled_vec *sv, uint32_t cp, unsigned style)
{
	if (sv->n == sv->cap) {
		sv->cap = sv->cap ? 2 * sv->cap : 256;
		sv->v = realloc(sv->v, sv->cap * sizeof *sv->v);
		ck_assert_ptr_nonnull(sv->v);
	}
	sv->v[sv->n].cp = cp;
	sv->v[sv->n++].style = style;
}

/* What the HTML export's mark classes mean in Markdown: figures and a
 * quotation's differing words bold, the rest italic. */
static unsigned
class_style(const char *cls)
{
	if (strncmp(cls, "m figure", 8) == 0 ||
	    strncmp(cls, "m quote-words\"", 14) == 0)
		return 2;
	return 1;
}

/* The text of HTML from p to end, each character with its emphasis:
 * <em> and <strong> as cmark writes them, or the HTML export's mark
 * spans.  Entities decoded. */
static void
styled_text(const char *p, const char *end, struct styled_vec *sv)
{
	unsigned em = 0, strong = 0, stack[16], depth = 0, style;

	sv->n = 0;
	while (p < end) {
		uint32_t cp;

		if (*p == '<') {
			const char *q = strchr(p, '>');

			ck_assert_ptr_nonnull(q);
			if (strncmp(p, "<em>", 4) == 0)
				em++;
			else if (strncmp(p, "</em>", 5) == 0)
				em--;
			else if (strncmp(p, "<strong>", 8) == 0)
				strong++;
			else if (strncmp(p, "</strong>", 9) == 0)
				strong--;
			else if (strncmp(p, "<span class=\"", 13) == 0) {
				ck_assert_uint_lt(depth, 16);
				stack[depth++] = class_style(p + 13);
			} else if (strncmp(p, "</span>", 7) == 0) {
				ck_assert_uint_gt(depth, 0);
				depth--;
			}
			p = q + 1;
			continue;
		}
		if (*p == '&') {
			const char *q = strchr(p, ';');

			ck_assert_ptr_nonnull(q);
			if (strncmp(p, "&amp;", 5) == 0)
				cp = '&';
			else if (strncmp(p, "&lt;", 4) == 0)
				cp = '<';
			else if (strncmp(p, "&gt;", 4) == 0)
				cp = '>';
			else if (strncmp(p, "&quot;", 6) == 0)
				cp = '"';
			else if (p[1] == '#' && (p[2] == 'x' || p[2] == 'X'))
				cp = (uint32_t)strtoul(p + 3, NULL, 16);
			else if (p[1] == '#')
				cp = (uint32_t)strtoul(p + 2, NULL, 10);
			else
				ck_abort_msg("unknown entity %.10s", p);
			p = q + 1;
		} else {
			p += ustr_decode((const uint8_t *)p, (size_t)(end - p),
			                 &cp);
		}
		style = (em ? 1u : 0u) | (strong ? 2u : 0u);
		for (unsigned k = 0; k < depth; k++)
			style |= stack[k];
		styled_push(sv, cp, style);
	}
}

/* cmark's HTML of md, or NULL when cmark is not installed. */
static char *
cmark_html(const char *md, size_t len)
{
	char path[] = "/tmp/newsdiff-md-XXXXXX", cmd[64], *html;
	int fd = mkstemp(path);
	FILE *f;
	size_t cap = 1 << 16, n = 0, k;

	ck_assert_int_ge(fd, 0);
	ck_assert(write(fd, md, len) == (ssize_t)len);
	close(fd);
	snprintf(cmd, sizeof cmd, "cmark %s 2>/dev/null", path);
	f = popen(cmd, "r");
	ck_assert_ptr_nonnull(f);
	html = malloc(cap);
	while ((k = fread(html + n, 1, cap - n - 1, f)) > 0) {
		n += k;
		if (n + 1 == cap)
			html = realloc(html, cap *= 2);
	}
	html[n] = '\0';
	unlink(path);
	if (pclose(f) != 0) {
		free(html);
		return NULL;
	}
	return html;
}

/* Every paragraph that the Markdown export quotes renders, in cmark,
 * with the same words as the HTML export shows and every letter and
 * digit under the emphasis its marks mean; no delimiter shows as a
 * star.  Returns false when cmark is not installed. */
static bool
check_markdown_renders(const struct t_cmp *c, const char *name)
{
	char *md = export_str(c, EXPORT_MARKDOWN, NULL);
	char *page = export_str(c, EXPORT_HTML, NULL);
	char *html = cmark_html(md, strlen(md)), *p, *q, id[32];
	struct styled_vec got = { 0 }, want = { 0 };
	size_t i, nquote = 0;

	if (html == NULL) {
		free(md);
		free(page);
		return false;
	}
	for (p = strstr(html, "<blockquote>\n<p>"); p != NULL;
	     p = strstr(q, "<blockquote>\n<p>")) {
		const char *head = NULL, *h, *side, *w, *wend;

		/* The heading before it: <p><strong>Left 3</strong>. */
		for (h = strstr(html, "<p><strong>"); h != NULL && h < p;
		     h = strstr(h + 1, "<p><strong>"))
			head = h;
		ck_assert_msg(head != NULL, "%s: no heading", name);
		side = head + 11;
		snprintf(id, sizeof id, "id=\"%c%ld\"", *side,
		         strtol(strchr(side, ' ') + 1, NULL, 10));
		p += strlen("<blockquote>\n<p>");
		q = strstr(p, "</p>\n</blockquote>");
		ck_assert_ptr_nonnull(q);
		w = strstr(page, id);
		ck_assert_msg(w != NULL, "%s: no %s in the page", name, id);
		w = strstr(w, "<p>") + 3;
		wend = strstr(w, "</p></div>");
		styled_text(p, q, &got);
		styled_text(w, wend, &want);
		ck_assert_msg(got.n == want.n, "%s %s: %zu characters, not %zu:"
		              " %.*s", name, id, got.n, want.n, (int)(q - p), p);
		for (i = 0; i < got.n; i++) {
			ck_assert_msg(got.v[i].cp == want.v[i].cp,
			              "%s %s: character %zu differs: %.*s", name,
			              id, i, (int)(q - p), p);
			if ((ustr_is_letter(got.v[i].cp) ||
			     ustr_digit_value(got.v[i].cp) >= 0))
				ck_assert_msg(got.v[i].style == want.v[i].style,
				              "%s %s: character %zu (U+%04X) is "
				              "shown %u, meant %u: %.*s", name, id,
				              i, (unsigned)got.v[i].cp,
				              got.v[i].style, want.v[i].style,
				              (int)(q - p), p);
		}
		nquote++;
	}
	ck_assert_uint_gt(nquote, 0);
	free(got.v);
	free(want.v);
	free(md);
	free(page);
	free(html);
	return true;
}

START_TEST(export_markdown_emphasis_renders_as_meant_in_cmark)
{
	struct t_cmp c;
	char l[128], r[128];

	if (_i == 0) {
		export_pair(&c);
	} else if (_i == 1) {
		t_compare(&c, t_asset("upi-kerry-audio-2016-09-30.txt"),
		          t_asset("nbc-kerry-audio-2016-09-30.txt"));
	} else {
		snprintf(l, sizeof l, "pairs/%s.left.txt", t_devset[_i - 2]);
		snprintf(r, sizeof r, "pairs/%s.right.txt", t_devset[_i - 2]);
		t_compare(&c, fixture_as(l, "left.txt"),
		          fixture_as(r, "right.txt"));
	}
	if (!check_markdown_renders(&c, _i < 2 ? "pair" : t_devset[_i - 2]))
		fprintf(stderr, "cmark is not installed: Markdown not "
		                "rendered\n");
	t_compare_free(&c);
}
END_TEST

/* What the other report says for a differing figure follows the quoted
 * paragraph, never inside it. */
START_TEST(export_markdown_keeps_the_other_value_out_of_the_quotation)
{
	struct t_cmp c;
	char *s;

	export_pair(&c);
	s = export_str(&c, EXPORT_MARKDOWN, NULL);
	ck_assert_ptr_null(strstr(s, "\xe2\x9f\xa8\xe2\x89\xa0"));
	ck_assert_ptr_nonnull(strstr(s, "the regional government said.\n\n"
	                                "\xe2\x89\xa0 **About 1,200 people**; "
	                                "the right report: Nearly 1,500 "
	                                "residents\n\n**Right 2**"));
	ck_assert_ptr_nonnull(strstr(s, "\n\n\xe2\x89\xa0 **Nearly 1,500 "
	                                "residents**; the left report: About "
	                                "1,200 people\n\n"));
	free(s);
	t_compare_free(&c);
}
END_TEST

/* ---- JSON ---------------------------------------------------------- */

static bool
json_valid(const char *s)
{
	return oracle_json_valid(s, strlen(s));
}

START_TEST(export_json_reader_rejects_broken_json)
{
	ck_assert(json_valid("{\"a\": [1, 2.5e3, \"x\\u0041\", true]}"));
	ck_assert(!json_valid("{\"a\": [1, 2,]}"));
	ck_assert(!json_valid("{\"a\": \"\x1b\"}"));
	ck_assert(!json_valid("{\"a\": 01}"));
	ck_assert(!json_valid("{\"a\": 1} x"));
	ck_assert(!json_valid("{\"a\" 1}"));
}
END_TEST

START_TEST(export_json_is_valid_and_follows_the_contract)
{
	struct t_cmp c;
	size_t len;
	char *s;

	export_pair(&c);
	s = export_str(&c, EXPORT_JSON, &len);
	ck_assert(oracle_json_valid(s, len));
	ck_assert_ptr_nonnull(strstr(s, "\"format\": \"newsdiff\", \"version\": 1"));
	ck_assert_ptr_nonnull(strstr(s, "{\"side\": \"left\", \"path\": "
	                                "\"left.txt\", \"title\": \"Flood"));
	ck_assert_ptr_nonnull(strstr(s, "{\"id\": 0, \"line\": 1, \"kind\": "
	                                "\"headline\", \"text\": \"Flood"));
	ck_assert_ptr_nonnull(strstr(s, "{\"type\":\"figure\",\"status\":"
	                                "\"differ\""));
	ck_assert_ptr_nonnull(strstr(s, "\"text\":\"About 1,200 people\""));
	/* The C1 CSI and the bidi override are escaped, not raw. */
	ck_assert_ptr_nonnull(strstr(s, "\\u009b2J"));
	ck_assert_ptr_nonnull(strstr(s, "\\u202egnp.exe\\u202c"));
	free(s);
	t_compare_free(&c);
}
END_TEST

START_TEST(export_json_spans_index_paragraph_text)
{
	struct t_cmp c;
	size_t i;

	export_pair(&c);
	/* Every fact's span lies inside its paragraph, on character
	 * boundaries: a consumer can cut the text at them. */
	for (i = 0; i < c.facts->nfact; i++) {
		const struct fact *f = &c.facts->fact[i];
		const struct fact_span *sp[2] = { &f->left, &f->right };
		const struct article *a[2] = { c.left, c.right };
		int k;

		for (k = 0; k < 2; k++) {
			size_t len;
			const uint8_t *t = article_para_text(a[k], sp[k]->para,
			                                     &len);

			ck_assert_uint_lt(sp[k]->start, sp[k]->end);
			ck_assert_uint_le(sp[k]->end, len);
			ck_assert((t[sp[k]->start] & 0xC0) != 0x80);
			ck_assert(sp[k]->end == len ||
			          (t[sp[k]->end] & 0xC0) != 0x80);
		}
	}
	t_compare_free(&c);
}
END_TEST

START_TEST(export_every_format_valid_for_empty_alignment)
{
	struct article *l = t_article("One line of text.\n");
	struct article *r = t_article("Something else entirely here.\n");
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	struct compare c = { .left = l, .right = r };

	ck_assert_int_eq(export_write(f, goldens[_i].fmt, &c), RC_OK);
	fclose(f);
	if (goldens[_i].fmt == EXPORT_JSON)
		ck_assert(oracle_json_valid(buf, n));
	ck_assert_ptr_nonnull(strstr(buf, "Something else entirely here."));
	free(buf);
	article_free(l);
	article_free(r);
}
END_TEST

/* A large pair, made up: exports of it are written in pieces, two at a
 * time (json.c), which must come out whole and in order. */
static char *
big_text(unsigned seed, size_t npara)
{
	static const char *const words[] = {
		"council", "river", "bridge", "officials", "said", "budget",
		"spring", "flood", "repair", "station", "minister", "vote",
		"workers", "school", "market", "harbour", "rail", "storm",
	};
	size_t cap = npara * 700 + 1, n = 0, i, k;
	char *s = malloc(cap);

	ck_assert_ptr_nonnull(s);
	for (i = 0; i < npara; i++) {
		size_t p = seed ? npara - 1 - i : i;	/* the right reversed */

		n += (size_t)snprintf(s + n, cap - n, "Mayor Name%zu of Town%zu "
		                      "said %zu people met about", p % 97, p % 89,
		                      p * 7 + 3);
		for (k = 0; k < 60; k++)
			n += (size_t)snprintf(s + n, cap - n, " %s",
			                      words[(p * 31 + k * 7 + k * k) % 18]);
		n += (size_t)snprintf(s + n, cap - n, " item%zu.\n\n", p);
	}
	return s;
}

/* The first what in s, or NULL: strstr() by hand (see count()). */
static char *
find(char *s, const char *what)
{
	size_t k = strlen(what);

	for (; *s != '\0'; s++)
		if (*s == *what && strncmp(s, what, k) == 0)
			return s;
	return NULL;
}

/* How many times what occurs in s.  By hand, not with strstr(): under
 * the address sanitizer each strstr() call measures all that is left of
 * a multi-megabyte export, and the whole test took half a minute. */
static size_t
count(const char *s, const char *what)
{
	size_t n = 0, k = strlen(what);

	for (; *s != '\0'; s++)
		if (*s == *what && strncmp(s, what, k) == 0)
			n++;
	return n;
}

START_TEST(export_json_in_pieces_is_whole_and_in_order)
{
	struct t_cmp c;
	char *l = big_text(0, 2000), *r = big_text(1, 2000), *s, *at;
	size_t len, i, last = 0;

	/* As two reports: as versions (the right is the left reversed)
	 * their passages would list no facts and the export be small. */
	t_compare_as(&c, t_article(l), t_article(r), COMPARE_REPORTS);
	s = export_str(&c, EXPORT_JSON, &len);
	ck_assert_uint_gt(len, 3u << 20);		/* several pieces */
	ck_assert(oracle_json_valid(s, len));
	ck_assert_uint_eq(count(s, "{\"id\": "), 4000);
	ck_assert_uint_eq(count(s, "\"score\": "), c.al->ngroup);
	/* The facts of the alignments, before the ledger's rows; the rest
	 * of the test reads only what comes before the ledger. */
	at = strstr(s, "\n  \"ledger\": [");
	ck_assert_ptr_nonnull(at);
	*at = '\0';
	ck_assert_uint_eq(count(s, "{\"type\":"), c.facts->nfact);
	ck_assert_uint_gt(c.al->ngroup, 1900);
	/* The left paragraphs' ids in order, then the right's. */
	at = s;
	for (i = 0; i < 4000; i++) {
		size_t id;

		at = find(at, "{\"id\": ");
		ck_assert_ptr_nonnull(at);
		id = strtoul(at + 7, NULL, 10);
		ck_assert_uint_eq(id, i < 2000 ? i : i - 2000);
		at++;
	}
	/* Groups in order of their first left paragraph. */
	for (at = find(s, "{\"left\": ["); at != NULL;
	     at = find(at + 1, "{\"left\": [")) {
		size_t first = strtoul(at + 10, NULL, 10);

		ck_assert_uint_ge(first, last);
		last = first;
	}
	free(s);
	free(l);
	free(r);
	t_compare_free(&c);
}
END_TEST

/* ---- formats ------------------------------------------------------- */

START_TEST(export_format_follows_name_and_extension)
{
	enum export_format f;

	ck_assert(export_format_parse("markdown", &f) && f == EXPORT_MARKDOWN);
	ck_assert(export_format_parse("md", &f) && f == EXPORT_MARKDOWN);
	ck_assert(!export_format_parse("pdf", &f));
	ck_assert(export_format_from_path("out/compare.HTML", &f) &&
	          f == EXPORT_HTML);
	ck_assert(export_format_from_path("a.json", &f) && f == EXPORT_JSON);
	ck_assert(export_format_from_path("notes.txt", &f) && f == EXPORT_TEXT);
	ck_assert(!export_format_from_path("dir.d/file", &f));
	ck_assert(!export_format_from_path("README", &f));
	ck_assert(!export_format_from_path("x.", &f));
}
END_TEST

/* ---- files --------------------------------------------------------- */

static char tmpdir[1024];

static void
make_tmpdir(void)
{
	snprintf(tmpdir, sizeof tmpdir, "%s/newsdiff-test-XXXXXX",
	         getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

/* Files in tmpdir, the dot files (temporaries) included. */
static int
count_files(void)
{
	DIR *d = opendir(tmpdir);
	struct dirent *e;
	int n = 0;

	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d)) != NULL)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n;
}

static void
remove_tmpdir(void)
{
	DIR *d = opendir(tmpdir);
	struct dirent *e;
	char path[8192];

	while (d && (e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(path, sizeof path, "%s/%s", tmpdir, e->d_name);
		unlink(path);
	}
	if (d)
		closedir(d);
	rmdir(tmpdir);
}

static void
write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

/* Load both fixtures from copies in tmpdir, as the program loads them. */
static void
file_pair(struct t_cmp *c, char *lpath, char *rpath, size_t size)
{
	struct article *l, *r;
	char *text;
	size_t len;
	char src[4096];

	snprintf(src, sizeof src, "%s/export/left.txt", getenv("FIXTURES"));
	text = t_slurp(src, &len);
	snprintf(lpath, size, "%s/left.txt", tmpdir);
	write_file(lpath, text);
	free(text);
	snprintf(src, sizeof src, "%s/export/right.txt", getenv("FIXTURES"));
	text = t_slurp(src, &len);
	snprintf(rpath, size, "%s/right.txt", tmpdir);
	write_file(rpath, text);
	free(text);
	ck_assert_int_eq(article_load_file(lpath, NULL, &l), RC_OK);
	ck_assert_int_eq(article_load_file(rpath, NULL, &r), RC_OK);
	t_compare(c, l, r);
}

START_TEST(export_file_replaces_target_and_keeps_its_mode)
{
	struct t_cmp c;
	char l[4096], r[4096], out[4096], *got;
	struct stat st;
	size_t len;

	make_tmpdir();
	file_pair(&c, l, r, sizeof l);
	snprintf(out, sizeof out, "%s/out.json", tmpdir);
	write_file(out, "old contents\n");
	ck_assert_int_eq(chmod(out, 0640), 0);
	ck_assert_int_eq(export_file(out, EXPORT_JSON, &c),
	                 RC_OK);
	got = t_slurp(out, &len);
	ck_assert(oracle_json_valid(got, len));
	ck_assert_int_eq(stat(out, &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0640);
	ck_assert_int_eq(count_files(), 3);	/* no temporary left */
	free(got);
	t_compare_free(&c);
	remove_tmpdir();
}
END_TEST

START_TEST(export_file_refuses_to_overwrite_an_input)
{
	struct t_cmp c;
	char l[4096], r[4096], link[4096], *before, *after;
	size_t n1, n2;

	make_tmpdir();
	file_pair(&c, l, r, sizeof l);
	before = t_slurp(r, &n1);
	ck_assert_int_eq(export_file(r, EXPORT_TEXT, &c),
	                 RC_SAME_FILE);
	/* Nor through a symbolic link to it. */
	snprintf(link, sizeof link, "%s/link.txt", tmpdir);
	ck_assert_int_eq(symlink(r, link), 0);
	ck_assert_int_eq(export_file(link, EXPORT_TEXT, &c),
	                 RC_SAME_FILE);
	after = t_slurp(r, &n2);
	ck_assert(n1 == n2 && memcmp(before, after, n1) == 0);
	ck_assert_int_eq(count_files(), 3);
	free(before);
	free(after);
	t_compare_free(&c);
	remove_tmpdir();
}
END_TEST

START_TEST(export_file_fails_cleanly_on_a_folder_or_missing_folder)
{
	struct t_cmp c;
	char l[4096], r[4096], out[4096];

	make_tmpdir();
	file_pair(&c, l, r, sizeof l);
	errno = 0;
	ck_assert_int_eq(export_file(tmpdir, EXPORT_TEXT, &c),
	                 RC_IO);
	ck_assert_int_eq(errno, EISDIR);
	snprintf(out, sizeof out, "%s/no/such/folder/out.txt", tmpdir);
	ck_assert_int_eq(export_file(out, EXPORT_TEXT, &c),
	                 RC_IO);
	ck_assert_int_eq(errno, ENOENT);
	ck_assert_int_eq(count_files(), 2);
	t_compare_free(&c);
	remove_tmpdir();
}
END_TEST

/* A write that fails halfway (here the file size limit, as a full disk
 * would) leaves the old file as it was and no temporary behind. */
START_TEST(export_file_failed_write_leaves_no_partial_file)
{
	struct t_cmp c;
	char l[4096], r[4096], out[4096], *got;
	struct rlimit old, small;
	void (*old_handler)(int);
	enum rc rc;
	int err;
	size_t len;

	make_tmpdir();
	file_pair(&c, l, r, sizeof l);
	snprintf(out, sizeof out, "%s/out.html", tmpdir);
	write_file(out, "previous export\n");
	ck_assert_int_eq(getrlimit(RLIMIT_FSIZE, &old), 0);
	small = old;
	small.rlim_cur = 1024;
	old_handler = signal(SIGXFSZ, SIG_IGN);
	ck_assert_int_eq(setrlimit(RLIMIT_FSIZE, &small), 0);
	rc = export_file(out, EXPORT_HTML, &c);
	err = errno;
	setrlimit(RLIMIT_FSIZE, &old);
	signal(SIGXFSZ, old_handler);
	ck_assert_int_eq(rc, RC_IO);
	ck_assert_int_eq(err, EFBIG);
	got = t_slurp(out, &len);
	ck_assert_str_eq(got, "previous export\n");
	ck_assert_int_eq(count_files(), 3);
	free(got);
	t_compare_free(&c);
	remove_tmpdir();
}
END_TEST

/* The rule of CSS class cls in page, up to its closing brace. */
static char *
css_rule(const char *page, const char *cls)
{
	char key[64];
	const char *at, *end;
	char *rule;

	snprintf(key, sizeof key, "\n.m.%s{", cls);
	at = strstr(page, key);
	ck_assert_msg(at != NULL, "no rule for %s", cls);
	end = strchr(at, '}');
	ck_assert_ptr_nonnull(end);
	rule = strndup(at + 1, (size_t)(end - at));
	ck_assert_ptr_nonnull(rule);
	return rule;
}

/* Quotations are italic in the reader, so in the page too: without
 * colour an exact and a varying quotation differ by more than an
 * underline, and neither looks like a shared phrase. */
START_TEST(export_html_sets_quotations_in_italic)
{
	static const char *const italic[] = {
		"quote", "quote-vary", "quote-words",
	};
	static const char *const upright[] = {
		"phrase", "name", "figure", "figure-differ",
	};
	struct t_cmp c;
	char *html, *rule;
	size_t i;

	export_pair(&c);
	html = export_str(&c, EXPORT_HTML, NULL);
	for (i = 0; i < sizeof italic / sizeof *italic; i++) {
		rule = css_rule(html, italic[i]);
		ck_assert_msg(strstr(rule, "font-style:italic") != NULL,
		              "%s is not italic: %s", italic[i], rule);
		free(rule);
	}
	for (i = 0; i < sizeof upright / sizeof *upright; i++) {
		rule = css_rule(html, upright[i]);
		ck_assert_msg(strstr(rule, "italic") == NULL,
		              "%s is italic: %s", upright[i], rule);
		free(rule);
	}
	free(html);
	t_compare_free(&c);
}
END_TEST

/* A passage's title names its names as the reader's status line does,
 * each side as it writes them, not "2 names". */
START_TEST(export_html_title_names_the_names)
{
	struct t_cmp c;
	char *html;

	export_pair(&c);
	html = export_str(&c, EXPORT_HTML, NULL);
	ck_assert_ptr_null(strstr(html, " names;"));
	ck_assert_ptr_null(strstr(html, ": 1 name\""));
	ck_assert_ptr_nonnull(strstr(html, "1,200 \xe2\x89\xa0 1,500; "
	                                   "names COLOGNE, Rhine; 1 phrase\""));
	ck_assert_ptr_nonnull(strstr(html, "1,200 \xe2\x89\xa0 1,500; "
	                                   "names Cologne, Rhine; 1 phrase\""));
	ck_assert_ptr_nonnull(strstr(html, "1 quotation varies; "
	                                   "name Mayor Henriette Reker\""));
	free(html);
	t_compare_free(&c);
}
END_TEST

/* ---- summary ------------------------------------------------------- */

START_TEST(export_summary_names_differing_figures)
{
	struct t_cmp c;
	char buf[256], tiny[24];
	size_t g, need;

	export_pair(&c);
	g = c.al->left_group[t_para(c.left, "COLOGNE")];
	ck_assert_uint_ne(g, ALIGN_NONE);
	need = fact_summary(c.facts, g, buf, sizeof buf);
	ck_assert_uint_eq(need, strlen(buf));
	ck_assert_str_eq(buf, "figures differ: 1,200 \xe2\x89\xa0 1,500; "
	                      "2 names; 1 phrase");
	/* Cut short between pieces, never inside a character. */
	fact_summary(c.facts, g, tiny, sizeof tiny);
	ck_assert_str_eq(tiny, "figures differ: 1,200");
	t_compare_free(&c);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("export");
	TCase *tc;
	int n = (int)(sizeof goldens / sizeof *goldens);

	tc = tcase_create("golden files");
	tcase_add_loop_test(tc, export_fixture_pair_matches_golden_file, 0, n);
	suite_add_tcase(s, tc);

	tc = tcase_create("escaping and safety");
	tcase_add_loop_test(tc, export_control_characters_never_pass_raw, 0, n);
	tcase_add_test(tc, export_html_escapes_markup_and_quotes);
	tcase_add_test(tc, export_markdown_escapes_markup_characters);
	tcase_add_test(tc,
	               export_markdown_keeps_the_other_value_out_of_the_quotation);
	tcase_add_loop_test(tc, export_markdown_emphasis_renders_as_meant_in_cmark,
	                    0, 2 + T_NDEVSET);
	suite_add_tcase(s, tc);

	tc = tcase_create("content");
	tcase_add_test(tc, export_html_links_each_passage_to_its_partner);
	tcase_add_test(tc, export_html_shows_no_path_only_a_base_name);
	tcase_add_test(tc,
	               export_html_target_clears_the_header_and_lights_the_partner);
	tcase_add_test(tc, export_html_narrow_page_interleaves_passages_by_pair);
	tcase_add_test(tc, export_text_marks_facts_and_lists_them);
	tcase_add_test(tc, export_text_lines_fit_78_columns);
	tcase_add_test(tc,
	               export_text_header_wraps_a_long_title_and_cuts_a_paragraph);
	tcase_add_test(tc, export_summary_names_differing_figures);
	tcase_add_test(tc, export_html_sets_quotations_in_italic);
	tcase_add_test(tc, export_html_title_names_the_names);
	tcase_add_loop_test(tc, export_every_format_valid_for_empty_alignment,
	                    0, n);
	suite_add_tcase(s, tc);

	tc = tcase_create("json contract");
	tcase_set_timeout(tc, 120);	/* a large export, under sanitizers */
	tcase_add_test(tc, export_json_reader_rejects_broken_json);
	tcase_add_test(tc, export_json_is_valid_and_follows_the_contract);
	tcase_add_test(tc, export_json_spans_index_paragraph_text);
	tcase_add_test(tc, export_json_gives_dates_and_scores_their_own_fields);
	tcase_add_test(tc, export_json_in_pieces_is_whole_and_in_order);
	suite_add_tcase(s, tc);

	tc = tcase_create("files");
	tcase_add_test(tc, export_format_follows_name_and_extension);
	tcase_add_test(tc, export_file_replaces_target_and_keeps_its_mode);
	tcase_add_test(tc, export_file_refuses_to_overwrite_an_input);
	tcase_add_test(tc, export_file_fails_cleanly_on_a_folder_or_missing_folder);
	tcase_add_test(tc, export_file_failed_write_leaves_no_partial_file);
	suite_add_tcase(s, tc);
	return s;
}
