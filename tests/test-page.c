/* test-page.c - the article in a web page: paragraphs, metadata, page
 * furniture left out, and the same comparison as from text files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "export.h"
#include "page.h"
#include "testutil.h"

static const char *
para(const struct article *a, size_t i)
{
	return (const char *)a->text + a->para[i].start;
}

static struct article *
page_article(const char *html)
{
	struct article *a = NULL;

	ck_assert_int_eq(article_parse("page.html", (const uint8_t *)html,
	                               strlen(html), NULL, &a), RC_OK);
	ck_assert_int_eq(a->source, ARTICLE_FROM_HTML);
	return a;
}

/* The page's paragraphs are exactly the text file's, kinds and all. */
static void
same_paragraphs(const char *page, const char *text)
{
	struct article *p = t_fixture(page), *t = t_fixture(text);
	size_t i;

	ck_assert_int_eq(p->source, ARTICLE_FROM_HTML);
	ck_assert_int_eq(t->source, ARTICLE_FROM_TEXT);
	ck_assert_msg(p->npara == t->npara, "%s: %zu paragraphs, %s has %zu",
	              page, p->npara, text, t->npara);
	for (i = 0; i < p->npara; i++) {
		ck_assert_str_eq(para(p, i), para(t, i));
		ck_assert_msg(p->para[i].kind == t->para[i].kind,
		              "%s: paragraph %zu is %s, not %s", page, i,
		              article_kind_str(p->para[i].kind),
		              article_kind_str(t->para[i].kind));
	}
	ck_assert_uint_eq(p->title, t->title);
	article_free(p);
	article_free(t);
}

/* Text that is page furniture in the fixtures: none of it is read. */
static void
no_furniture(const char *page)
{
	static const char *const words[] = {
		"cookie", "Accept", "Share", "Related", "Comments", "Finally!",
		"Advertisement", "Most read", "rights reserved", "Search",
		"not part of the story", "Log in", "Read more", "sign up",
		"Tags:", "An old paragraph", "reached its limit\xE2\x80\x9D\n",
		"Home", "Sport", "printed monthly", "Subscribe",
	};
	struct article *a = t_fixture(page);
	size_t i, k;

	for (i = 0; i < a->npara; i++)
		for (k = 0; k < sizeof words / sizeof words[0]; k++)
			ck_assert_msg(strstr(para(a, i), words[k]) == NULL,
			              "%s: paragraph %zu has \"%s\": %s", page,
			              i, words[k], para(a, i));
	article_free(a);
}

START_TEST(page_full_news_page_gives_the_article)
{
	same_paragraphs("pages/tidewater.html", "pages/tidewater.txt");
	no_furniture("pages/tidewater.html");
}
END_TEST

START_TEST(page_without_json_ld_or_article_gives_the_densest_block)
{
	same_paragraphs("pages/northbank.html", "pages/northbank.txt");
	no_furniture("pages/northbank.html");
}
END_TEST

START_TEST(page_windows_1252_declared_in_meta_is_read)
{
	struct article *a = t_fixture("pages/northbank-1252.html");

	ck_assert_str_eq(a->charset, "WINDOWS-1252");
	ck_assert_uint_eq(a->diags.n, 0);
	article_free(a);
	same_paragraphs("pages/northbank-1252.html", "pages/northbank.txt");
}
END_TEST

START_TEST(page_br_separated_paragraphs_are_split)
{
	same_paragraphs("pages/bulletin.html", "pages/bulletin.txt");
	no_furniture("pages/bulletin.html");
}
END_TEST

START_TEST(page_metadata_from_json_ld_and_open_graph)
{
	struct article *a = t_fixture("pages/tidewater.html");
	struct article *b = t_fixture("pages/northbank.html");
	struct article *c = t_fixture("pages/bulletin.html");

	ck_assert_str_eq(a->meta.outlet, "The Tidewater Courier");
	ck_assert_str_eq(a->meta.byline, "Kari Dahl and Jon Eik");
	ck_assert_str_eq(a->meta.date, "2031-03-06T09:15:00Z");
	ck_assert_str_eq(a->meta.url,
	                 "https://courier.example/news/vessby-harbour-wall");
	ck_assert_str_eq(a->meta.title, "Harbour wall at Vessby to close for "
	                 "repairs after winter storms");
	ck_assert_str_eq(b->meta.outlet, "Northbank Gazette");
	ck_assert_str_eq(b->meta.byline, "Per Vik");
	ck_assert_str_eq(b->meta.date, "2031-03-06");
	ck_assert_str_eq(b->meta.url,
	                 "https://gazette.example/2031/03/06/vessby-walkway");
	ck_assert_ptr_null(c->meta.outlet);
	ck_assert_ptr_null(c->meta.byline);
	ck_assert_ptr_null(c->meta.label);
	article_free(a);
	article_free(b);
	article_free(c);
}
END_TEST

START_TEST(page_entities_whitespace_and_line_breaks)
{
	struct article *a = page_article(
	        "<!DOCTYPE html><html><body><article>"
	        "<h1>A  title\n with   space</h1>"
	        "<p>Fish &amp; chips &ldquo;now&rdquo; &#8212; at&nbsp;noon "
	        "&#x2019;s &lt;b&gt;</p>"
	        "<p>Line one<br>Line two<br/>\n  Line three</p>"
	        "<ul><li>First item of the list, long enough to count as "
	        "text.</li><li>Second item</li></ul>"
	        "<blockquote>A quoted <i>passage</i> here.</blockquote>"
	        "<p>  </p><p>Last words of a longer paragraph that makes the "
	        "article long enough to be the article and not a teaser, "
	        "with more words after them.</p>"
	        "</article></body></html>");

	ck_assert_str_eq(para(a, 0), "A title with space");
	ck_assert_str_eq(para(a, 1), "Fish & chips \xE2\x80\x9Cnow\xE2\x80\x9D "
	                 "\xE2\x80\x94 at noon \xE2\x80\x99s <b>");
	/* A <br> is a line break: each line a paragraph, as in a text
	 * file whose block has one paragraph a line. */
	ck_assert_str_eq(para(a, 2), "Line one");
	ck_assert_str_eq(para(a, 3), "Line two");
	ck_assert_str_eq(para(a, 4), "Line three");
	ck_assert_str_eq(para(a, 6), "Second item");
	ck_assert_str_eq(para(a, 7), "A quoted passage here.");
	ck_assert_uint_eq(a->npara, 9);
	article_free(a);
}
END_TEST

START_TEST(page_pull_quotes_and_share_tools_are_left_out)
{
	struct article *a = page_article(
	        "<!doctype html><body><article>"
	        "<p>The first paragraph of the story, long enough to be read "
	        "as the story and not as a teaser of another one.</p>"
	        "<blockquote class=\"pull-quote\">A repeated line</blockquote>"
	        "<div class=\"article-tools share_links\">Print</div>"
	        "<p class=\"promo-box\">Sign up now</p>"
	        "<blockquote>A quoted letter stays in the story.</blockquote>"
	        "<p>The last paragraph, which the header (not the article) "
	        "must not hide, as headers carry a headline.</p>"
	        "</article></body>");

	ck_assert_uint_eq(a->npara, 3);
	ck_assert_str_eq(para(a, 1), "A quoted letter stays in the story.");
	article_free(a);
}
END_TEST

START_TEST(page_json_ld_body_when_the_markup_has_none)
{
	/* A page that draws its story with a script. */
	struct article *a = page_article(
	        "<html><head><script type=\"application/ld+json\">"
	        "[{\"@type\": \"BreadcrumbList\"},"
	        " {\"@type\": [\"NewsArticle\"],"
	        " \"headline\": \"Ferry moves to the north pier\","
	        " \"author\": \"Ann Berg\", \"publisher\": \"Holm Radio\","
	        " \"datePublished\": \"2031-03-07\","
	        " \"articleBody\": \"The ferry moves on Monday.\\n\\nIt will "
	        "stay there for nine weeks, the harbour office said \\u2014 "
	        "longer if the weather turns.\"}]"
	        "</script></head><body><div id=\"app\">Loading\xE2\x80\xA6"
	        "</div><script>render()</script></body></html>");

	ck_assert_uint_eq(a->npara, 3);
	ck_assert_str_eq(para(a, 0), "Ferry moves to the north pier");
	ck_assert_int_eq(a->para[0].kind, ARTICLE_HEADLINE);
	ck_assert_str_eq(para(a, 1), "The ferry moves on Monday.");
	ck_assert_str_eq(para(a, 2), "It will stay there for nine weeks, the "
	                 "harbour office said \xE2\x80\x94 longer if the "
	                 "weather turns.");
	ck_assert_str_eq(a->meta.byline, "Ann Berg");
	ck_assert_str_eq(a->meta.outlet, "Holm Radio");
	ck_assert_str_eq(a->meta.date, "2031-03-07");
	article_free(a);
}
END_TEST

START_TEST(page_broken_markup_is_read_as_a_browser_reads_it)
{
	struct article *a = page_article(
	        "<html><body><p>One <b>bold <i>and</b> italic</i> paragraph"
	        "<p>Two, never closed<div>Three &amp c\xC3\xA9</div>"
	        "<script>var s = '</p><p>not text';</script>"
	        "<!-- <p>hidden</p> --><p>Four &notaref; five");

	ck_assert_str_eq(para(a, 0), "One bold and italic paragraph");
	ck_assert_str_eq(para(a, 1), "Two, never closed");
	ck_assert_str_eq(para(a, 2), "Three & c\xC3\xA9");
	/* "&not" is one of the names read without a semicolon. */
	ck_assert_str_eq(para(a, 3), "Four \xC2\xAC" "aref; five");
	ck_assert_uint_eq(a->npara, 4);
	article_free(a);
}
END_TEST

START_TEST(page_sniffing_looks_at_the_content)
{
	static const char *const html[] = {
		"<!DOCTYPE html><p>x", "  \n<html lang=en>", "<HEAD>",
		"\xEF\xBB\xBF<!doctype HTML>", "<p>A paragraph", "<!-- c -->",
		"<div class=x>", "<body>", "<br>",
	};
	static const char *const text[] = {
		"Plain text with <p> later", "<pineapple>", "<bold claim",
		"", "<", "<html", "Dear <b>",
	};
	size_t i;

	for (i = 0; i < sizeof html / sizeof html[0]; i++)
		ck_assert_msg(page_is_html((const uint8_t *)html[i],
		                           strlen(html[i])), "%s", html[i]);
	for (i = 0; i < sizeof text / sizeof text[0]; i++)
		ck_assert_msg(!page_is_html((const uint8_t *)text[i],
		                            strlen(text[i])), "%s", text[i]);
}
END_TEST

/* The JSON export from the first "alignments" on: alignment and facts. */
static char *
alignments_of(struct article *l, struct article *r)
{
	struct t_cmp c;
	char *buf = NULL, *s;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	t_compare(&c, l, r);
	ck_assert_int_eq(export_write(f, EXPORT_JSON, &c), RC_OK);
	fclose(f);
	t_compare_free(&c);
	s = strstr(buf, "\"alignments\"");
	ck_assert_ptr_nonnull(s);
	s = strdup(s);
	free(buf);
	return s;
}

START_TEST(page_pair_compares_as_the_same_text_files)
{
	char *pages = alignments_of(t_fixture("pages/tidewater.html"),
	                            t_fixture("pages/northbank-1252.html"));
	char *texts = alignments_of(t_fixture("pages/tidewater.txt"),
	                            t_fixture("pages/northbank.txt"));

	ck_assert_ptr_nonnull(strstr(pages, "\"type\":\"quote\""));
	ck_assert_ptr_nonnull(strstr(pages, "\"type\":\"figure\""));
	ck_assert_str_eq(pages, texts);
	free(pages);
	free(texts);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("page");
	TCase *tc = tcase_create("fixture pages");

	tcase_add_test(tc, page_full_news_page_gives_the_article);
	tcase_add_test(tc,
	               page_without_json_ld_or_article_gives_the_densest_block);
	tcase_add_test(tc, page_windows_1252_declared_in_meta_is_read);
	tcase_add_test(tc, page_br_separated_paragraphs_are_split);
	tcase_add_test(tc, page_metadata_from_json_ld_and_open_graph);
	tcase_add_test(tc, page_pair_compares_as_the_same_text_files);
	suite_add_tcase(s, tc);
	tc = tcase_create("markup");
	tcase_add_test(tc, page_entities_whitespace_and_line_breaks);
	tcase_add_test(tc, page_json_ld_body_when_the_markup_has_none);
	tcase_add_test(tc, page_pull_quotes_and_share_tools_are_left_out);
	tcase_add_test(tc, page_broken_markup_is_read_as_a_browser_reads_it);
	tcase_add_test(tc, page_sniffing_looks_at_the_content);
	suite_add_tcase(s, tc);
	return s;
}
