/* test-quote.c - direct quotations: straight, curly and mixed marks,
 * single quotes and apostrophes, open ends, spans and Unicode. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "testutil.h"
#include "token.h"

#define U(s) ((const uint8_t *)(s))

#define LSQUO "\xE2\x80\x98"		/* ‘ */
#define RSQUO "\xE2\x80\x99"		/* ’ */
#define LDQUO "\xE2\x80\x9C"		/* “ */
#define RDQUO "\xE2\x80\x9D"		/* ” */
#define LOW9 "\xE2\x80\x9E"		/* „ */
#define LAQUO "\xC2\xAB"		/* « */
#define RAQUO "\xC2\xBB"		/* » */
#define LSAQUO "\xE2\x80\xB9"		/* ‹ */
#define RSAQUO "\xE2\x80\xBA"		/* › */
#define SHALOM "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"	/* Hebrew */
#define LACHEM "\xD7\x9C\xD7\x9B\xD7\x9D"
#define FAMILY "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"	/* ZWJ */

static struct quote_vec qv;
static const char *text;	/* the text last scanned */

static void
setup(void)
{
	memset(&qv, 0, sizeof qv);
}

static void
teardown(void)
{
	free(qv.v);
	memset(&qv, 0, sizeof qv);
}

/* Replace the quotes in qv with those of s, as paragraph para. */
static size_t
scan(const char *s, size_t para)
{
	qv.n = 0;
	text = s;
	quote_scan(U(s), strlen(s), para, &qv);
	return qv.n;
}

/* Check quote i of the text last scanned: its words (start/len), the
 * same with its marks (ostart/olen) and whether it runs to the end. */
static void
check_quote(size_t i, const char *words, const char *marked, bool open_end)
{
	const struct quote *q;
	size_t wl = strlen(words), ml = strlen(marked);

	ck_assert_msg(i < qv.n, "\"%s\": no quote %zu (%zu found)", text, i,
	              qv.n);
	q = &qv.v[i];
	ck_assert_msg(q->len == wl && memcmp(text + q->start, words, wl) == 0,
	              "\"%s\": quote %zu is \"%.*s\", not \"%s\"", text, i,
	              (int)q->len, text + q->start, words);
	ck_assert_msg(q->olen == ml &&
	              memcmp(text + q->ostart, marked, ml) == 0,
	              "\"%s\": quote %zu with marks is \"%.*s\", not \"%s\"",
	              text, i, (int)q->olen, text + q->ostart, marked);
	ck_assert_msg(q->open_end == open_end, "\"%s\": quote %zu open_end %d",
	              text, i, q->open_end);
	ck_assert_uint_le(q->ostart, q->start);
	ck_assert_uint_le(q->start + q->len, q->ostart + q->olen);
}

/* ---- marks ---------------------------------------------------------- */

/* One list of quotation marks: every mark the scanner knows folds to a
 * straight one in the tokenizer, and the tokenizer folds nothing else to
 * a quotation mark but the lookalikes the list names. */
START_TEST(quote_marks_are_one_list_for_scanner_and_tokenizer)
{
	uint32_t cp;
	size_t marks = 0;

	for (cp = 0; cp < 0x30000; cp++) {
		enum quote_mark m = quote_mark_of(cp);
		uint32_t t = token_norm_punct(cp);

		if (m == QUOTE_MARK_NONE) {
			ck_assert_msg(quote_fold(cp) == 0 &&
			              ((t != '"' && t != '\'') || t == cp),
			              "U+%04X folds to a mark off the list",
			              cp);
			continue;
		}
		marks++;
		ck_assert_msg(t == quote_fold(cp) && (t == '"' || t == '\''),
		              "U+%04X: tokenizer %04X, list %04X", cp, t,
		              quote_fold(cp));
	}
	ck_assert_uint_eq(marks, 22);
	ck_assert_int_eq(quote_mark_of(0x201E), QUOTE_MARK_OPEN2);	/* „ */
	ck_assert_int_eq(quote_mark_of(0x00BB), QUOTE_MARK_CLOSE2);	/* » */
	ck_assert_int_eq(quote_mark_of(0x2033), QUOTE_MARK_LIKE2);	/* ″ */
	ck_assert(quote_is_apostrophe(0x2019) && quote_is_apostrophe(0x02BC));
	ck_assert(!quote_is_apostrophe(0x201D) && !quote_is_apostrophe('x'));
}
END_TEST

START_TEST(quote_straight_double_quotes)
{
	ck_assert_uint_eq(scan("Kerry said \"we are done\" today.", 3), 1);
	check_quote(0, "we are done", "\"we are done\"", false);
	ck_assert_uint_eq(qv.v[0].para, 3);
	ck_assert_uint_eq(qv.v[0].ostart, 11);
	ck_assert_uint_eq(qv.v[0].start, 12);
}
END_TEST

START_TEST(quote_curly_double_quotes)
{
	ck_assert_uint_eq(scan("Kerry said " LDQUO "we are done" RDQUO
	                       " today.", 0), 1);
	check_quote(0, "we are done", LDQUO "we are done" RDQUO, false);
	ck_assert_uint_eq(qv.v[0].olen, 11 + 6);
}
END_TEST

START_TEST(quote_mixed_marks_make_one_quote)
{
	/* NBC opens with " and closes with ”; the reverse happens too. */
	ck_assert_uint_eq(scan("He said \"we are done" RDQUO " and " LDQUO
	                       "we go\" now", 0), 2);
	check_quote(0, "we are done", "\"we are done" RDQUO, false);
	check_quote(1, "we go", LDQUO "we go\"", false);
}
END_TEST

START_TEST(quote_guillemets_and_low_nine_marks)
{
	ck_assert_uint_eq(scan("Il a dit " LAQUO " c'est fini " RAQUO
	                       " hier", 0), 1);
	check_quote(0, "c'est fini", LAQUO " c'est fini " RAQUO, false);
	/* Polish style: „ closed by ”. */
	ck_assert_uint_eq(scan("Powiedzia\xC5\x82 " LOW9 "koniec" RDQUO ".", 0),
	                  1);
	check_quote(0, "koniec", LOW9 "koniec" RDQUO, false);
	/* Single guillemets. */
	ck_assert_uint_eq(scan(LSAQUO "Nein" RSAQUO ", sagte er", 0), 1);
	check_quote(0, "Nein", LSAQUO "Nein" RSAQUO, false);
	/* CJK double prime quotation marks. */
	ck_assert_uint_eq(scan("\xE3\x80\x9D" "word" "\xE3\x80\x9E", 0), 1);
	check_quote(0, "word", "\xE3\x80\x9D" "word" "\xE3\x80\x9E", false);
}
END_TEST

/* German quotes open with „ and close with “. */
START_TEST(quote_german_low_high_marks)
{
	ck_assert_uint_eq(scan("Er sagte: " LOW9 "Wir sind fertig" LDQUO
	                       " und ging.", 0), 1);
	check_quote(0, "Wir sind fertig", LOW9 "Wir sind fertig" LDQUO, false);
}
END_TEST

START_TEST(quote_single_quoted_outside_double)
{
	ck_assert_uint_eq(scan("He called it 'a farce' on Friday.", 0), 1);
	check_quote(0, "a farce", "'a farce'", false);
	ck_assert_uint_eq(scan("He called it " LSQUO "a farce" RSQUO ".", 0),
	                  1);
	check_quote(0, "a farce", LSQUO "a farce" RSQUO, false);
	/* An apostrophe inside does not close it. */
	ck_assert_uint_eq(scan("'I don't know,' he said.", 0), 1);
	check_quote(0, "I don't know", "'I don't know,'", false);
	ck_assert_uint_eq(scan(LSQUO "It" RSQUO "s over," RSQUO " he said", 0),
	                  1);
	check_quote(0, "It" RSQUO "s over", LSQUO "It" RSQUO "s over," RSQUO,
	            false);
}
END_TEST

START_TEST(quote_single_inside_double_is_part_of_outer)
{
	ck_assert_uint_eq(scan("\"He said 'no way' to me,\" she said.", 0), 1);
	check_quote(0, "He said 'no way' to me",
	            "\"He said 'no way' to me,\"", false);
	ck_assert_uint_eq(scan(LDQUO "He said " LSQUO "no way" RSQUO " to me,"
	                       RDQUO " she said.", 0), 1);
	check_quote(0, "He said " LSQUO "no way" RSQUO " to me",
	            LDQUO "He said " LSQUO "no way" RSQUO " to me," RDQUO,
	            false);
}
END_TEST

/* 1990s wire copy (and TeX) writes ``double quotes'' with two grave
 * accents and two apostrophes, and `single ones' with one of each. */
START_TEST(quote_wire_style_grave_and_apostrophe_marks)
{
	ck_assert_uint_eq(scan("``We have won,'' Lindqvist said.", 0), 1);
	check_quote(0, "We have won", "``We have won,''", false);
	ck_assert_uint_eq(scan("``He said `no way' and left,'' she said.", 0),
	                  1);
	check_quote(0, "He said `no way' and left",
	            "``He said `no way' and left,''", false);
	ck_assert_uint_eq(scan("Managers said `the old shifts are gone' "
	                       "before the talks.", 0), 1);
	check_quote(0, "the old shifts are gone", "`the old shifts are gone'",
	            false);
	/* Two of them in a paragraph, then one left open, in text that is
	 * not all ASCII. */
	ck_assert_uint_eq(scan("``Caf\xC3\xA9s stay open,'' he said. ``We "
	                       "will not close", 0), 2);
	check_quote(0, "Caf\xC3\xA9s stay open", "``Caf\xC3\xA9s stay open,''",
	            false);
	check_quote(1, "We will not close", "``We will not close", true);
	/* A lone grave accent, or two apostrophes after a plural, are no
	 * marks. */
	ck_assert_uint_eq(scan("The key ` sits left of 1; the boys'' game.",
	                       0), 0);
}
END_TEST

START_TEST(quote_apostrophes_are_not_quotes)
{
	static const char *const texts[] = {
		"Kerry don't go",
		"Kerry don" RSQUO "t go",
		"in the " RSQUO "90s it was",
		"Russia" RSQUO "s envoy met Jones" RSQUO " aide",
		"Russia's envoy met the Smiths' aide",
		"It" RSQUO "s the " RSQUO "90s again and we" RSQUO "re back",
		"the '90s",
	};
	size_t i;

	for (i = 0; i < sizeof texts / sizeof *texts; i++)
		ck_assert_msg(scan(texts[i], 0) == 0, "\"%s\": %zu quotes",
		              texts[i], qv.n);
	/* Nor do they end a real quote. */
	ck_assert_uint_eq(scan(LDQUO "It" RSQUO "s the " RSQUO "90s again,"
	                       RDQUO " he said", 0), 1);
	check_quote(0, "It" RSQUO "s the " RSQUO "90s again",
	            LDQUO "It" RSQUO "s the " RSQUO "90s again," RDQUO, false);
}
END_TEST

/* A straight apostrophe before digits ("the '90s") is an elision, not
 * the start of a quotation. */
START_TEST(quote_straight_elision_before_digits_is_not_a_quote)
{
	ck_assert_uint_eq(scan("In the '90s, the Smiths' house burned.", 0), 0);
}
END_TEST

START_TEST(quote_unclosed_double_quote_runs_to_end)
{
	const char *s = "He said: \"we will go on and on ";

	ck_assert_uint_eq(scan(s, 4), 1);
	check_quote(0, "we will go on and on", "\"we will go on and on ", true);
	ck_assert_uint_eq(qv.v[0].ostart + qv.v[0].olen, strlen(s));
	ck_assert_uint_eq(qv.v[0].para, 4);
	ck_assert_uint_eq(scan(LDQUO "The next paragraph", 5), 1);
	check_quote(0, "The next paragraph", LDQUO "The next paragraph", true);
	/* An unclosed single quote is more likely an apostrophe. */
	ck_assert_uint_eq(scan("He said 'we will", 0), 0);
}
END_TEST

START_TEST(quote_inches_do_not_open)
{
	ck_assert_uint_eq(scan("a 12\" pipe burst", 0), 0);
	ck_assert_uint_eq(scan("a 12\" pipe burst, he said \"badly\"", 0), 1);
	check_quote(0, "badly", "\"badly\"", false);
}
END_TEST

START_TEST(quote_empty_quotes_produce_nothing)
{
	ck_assert_uint_eq(scan("\"\"", 0), 0);
	ck_assert_uint_eq(scan("an empty \"\" pair and " LDQUO RDQUO " and "
	                       LDQUO "   " RDQUO " and \" \" end", 0), 0);
	ck_assert_uint_eq(scan("\"", 0), 0);
	ck_assert_uint_eq(scan(LDQUO, 0), 0);
	ck_assert_uint_eq(scan("", 0), 0);
}
END_TEST

/* ---- spans and order ----------------------------------------------- */

START_TEST(quote_spans_exclude_marks_and_spaces)
{
	const char *s = "x " LDQUO "  spaced words  " RDQUO " y";

	ck_assert_uint_eq(scan(s, 0), 1);
	check_quote(0, "spaced words", LDQUO "  spaced words  " RDQUO, false);
	ck_assert_uint_eq(qv.v[0].ostart, 2);
	ck_assert_uint_eq(qv.v[0].start, 2 + 3 + 2);
	ck_assert_uint_eq(qv.v[0].olen, 3 + 16 + 3);
}
END_TEST

/* French sets guillemets off with no-break spaces; those are not part
 * of the quoted words. */
START_TEST(quote_no_break_spaces_inside_marks_are_not_words)
{
	ck_assert_uint_eq(scan("Il a dit " LAQUO "\xC2\xA0" "c'est fini"
	                       "\xE2\x80\xAF" RAQUO " hier", 0), 1);
	check_quote(0, "c'est fini", LAQUO "\xC2\xA0" "c'est fini"
	            "\xE2\x80\xAF" RAQUO, false);
}
END_TEST

START_TEST(quote_several_come_out_in_order)
{
	const char *a = "\"first\" he said", *b;

	quote_scan(U(a), strlen(a), 6, &qv);
	ck_assert_uint_eq(qv.n, 1);
	b = "\"one\" and 'two' and " LDQUO "three" RDQUO " and \"four";
	text = b;
	quote_scan(U(b), strlen(b), 7, &qv);
	ck_assert_uint_eq(qv.n, 5);
	ck_assert_uint_eq(qv.v[0].para, 6);
	ck_assert(!memcmp(a + qv.v[0].start, "first", 5));
	/* check_quote() looks at qv.v[i] in text b. */
	check_quote(1, "one", "\"one\"", false);
	check_quote(2, "two", "'two'", false);
	check_quote(3, "three", LDQUO "three" RDQUO, false);
	check_quote(4, "four", "\"four", true);
	for (size_t i = 1; i < qv.n; i++) {
		ck_assert_uint_eq(qv.v[i].para, 7);
		if (i > 1)
			ck_assert_uint_ge(qv.v[i].ostart, qv.v[i - 1].ostart +
			                                     qv.v[i - 1].olen);
	}
}
END_TEST

/* ---- Unicode -------------------------------------------------------- */

START_TEST(quote_unicode_text_inside_marks)
{
	/* Hebrew, CJK, an emoji ZWJ sequence, NFD e + U+0301. */
	ck_assert_uint_eq(scan("He said " LDQUO SHALOM RDQUO ", " LDQUO
	                       "\xE4\xB8\xAD\xE6\x96\x87" RDQUO ", \"" FAMILY
	                       " ok\" and 'Jose\xCC\x81 said'", 0), 4);
	check_quote(0, SHALOM, LDQUO SHALOM RDQUO, false);
	check_quote(1, "\xE4\xB8\xAD\xE6\x96\x87",
	            LDQUO "\xE4\xB8\xAD\xE6\x96\x87" RDQUO, false);
	check_quote(2, FAMILY " ok", "\"" FAMILY " ok\"", false);
	check_quote(3, "Jose\xCC\x81 said", "'Jose\xCC\x81 said'", false);
	/* Right-to-left: a quoted Hebrew phrase after an acronym written
	 * with a straight double quote between its letters (Tzahal, the
	 * IDF), which is no quotation mark. */
	ck_assert_uint_eq(scan("\xD7\xA6\xD7\x94\"\xD7\x9C \xD7\x90\xD7\x9E"
	                       "\xD7\xA8 \"" SHALOM " " LACHEM "\"", 0), 1);
	check_quote(0, SHALOM " " LACHEM, "\"" SHALOM " " LACHEM "\"", false);
}
END_TEST

START_TEST(quote_invalid_bytes_do_not_crash)
{
	static const char s[] = "He said \"a\xFF" "b\xC3\" and " LDQUO
	                        "\xEF\xBF\xBD" RDQUO " end \xE2\x80";
	uint32_t seed = 99u;
	size_t i, n = 8192;
	char *junk;

	ck_assert_uint_eq(scan(s, 0), 2);
	check_quote(0, "a\xFF" "b\xC3", "\"a\xFF" "b\xC3\"", false);
	check_quote(1, "\xEF\xBF\xBD", LDQUO "\xEF\xBF\xBD" RDQUO, false);

	/* Random bytes rich in quotation marks: spans stay in bounds,
	 * in order and well formed. */
	junk = malloc(n);
	for (i = 0; i < n; i++) {
		static const char *const pick[] = {
			"\"", "'", LDQUO, RDQUO, LSQUO, RSQUO, " ", "a", "1",
		};
		uint32_t r;

		seed = seed * 1103515245u + 12345u;
		r = seed >> 16;
		if (r % 3 == 0 && i + 3 <= n) {
			const char *p = pick[(r / 3) % 9];

			memcpy(junk + i, p, strlen(p));
			i += strlen(p) - 1;
		} else {
			junk[i] = (char)(r >> 4);
		}
	}
	qv.n = 0;
	quote_scan(U(junk), n, 1, &qv);
	ck_assert_uint_gt(qv.n, 10);
	for (i = 0; i < qv.n; i++) {
		const struct quote *q = &qv.v[i];

		ck_assert_uint_le(q->ostart + q->olen, n);
		ck_assert_uint_le(q->ostart, q->start);
		ck_assert_uint_le(q->start + q->len, q->ostart + q->olen);
		ck_assert_uint_gt(q->len, 0);
		if (i > 0)
			ck_assert_uint_ge(q->ostart, qv.v[i - 1].ostart +
			                                 qv.v[i - 1].olen);
	}
	free(junk);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("quote");
	TCase *tc;

	tc = tcase_create("marks");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, quote_straight_elision_before_digits_is_not_a_quote);
	tcase_add_test(tc, quote_german_low_high_marks);
	tcase_add_test(tc, quote_straight_double_quotes);
	tcase_add_test(tc, quote_marks_are_one_list_for_scanner_and_tokenizer);
	tcase_add_test(tc, quote_curly_double_quotes);
	tcase_add_test(tc, quote_mixed_marks_make_one_quote);
	tcase_add_test(tc, quote_guillemets_and_low_nine_marks);
	tcase_add_test(tc, quote_single_quoted_outside_double);
	tcase_add_test(tc, quote_single_inside_double_is_part_of_outer);
	tcase_add_test(tc, quote_apostrophes_are_not_quotes);
	tcase_add_test(tc, quote_wire_style_grave_and_apostrophe_marks);
	tcase_add_test(tc, quote_unclosed_double_quote_runs_to_end);
	tcase_add_test(tc, quote_inches_do_not_open);
	tcase_add_test(tc, quote_empty_quotes_produce_nothing);
	suite_add_tcase(s, tc);

	tc = tcase_create("spans and order");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, quote_spans_exclude_marks_and_spaces);
	tcase_add_test(tc, quote_several_come_out_in_order);
	suite_add_tcase(s, tc);

	tc = tcase_create("Unicode input");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, quote_no_break_spaces_inside_marks_are_not_words);
	tcase_add_test(tc, quote_unicode_text_inside_marks);
	tcase_add_test(tc, quote_invalid_bytes_do_not_crash);
	suite_add_tcase(s, tc);
	return s;
}
