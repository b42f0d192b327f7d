/* test-article.c - loading, segmenting and paragraph kinds. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "testutil.h"

static const char *
text_of(const struct article *a, size_t i)
{
	return (const char *)a->text + a->para[i].start;
}

static enum rc
parse_bytes(const char *s, size_t n, struct article **a)
{
	return article_parse("test", (const uint8_t *)s, n, NULL, a);
}

/* ---- loading ------------------------------------------------------- */

START_TEST(article_crlf_and_cr_become_line_ends)
{
	struct article *a = t_article("one\r\n\r\ntwo\rthree\r\n");

	ck_assert_uint_eq(a->npara, 3);
	ck_assert_str_eq(text_of(a, 0), "one");
	ck_assert_uint_eq(a->para[1].line, 3);
	ck_assert_str_eq(text_of(a, 1), "two");
	ck_assert_uint_eq(a->para[2].line, 4);
	ck_assert_str_eq(text_of(a, 2), "three");
	article_free(a);
}
END_TEST

START_TEST(article_bom_is_dropped)
{
	struct article *a = t_article("\xEF\xBB\xBFHello there, world.");

	ck_assert_str_eq(text_of(a, 0), "Hello there, world.");
	ck_assert_uint_eq(a->diags.n, 0);
	article_free(a);
}
END_TEST

START_TEST(article_invalid_utf8_is_replaced_with_a_diagnostic)
{
	struct article *a = t_article("Good line.\n\nBad \xC3\x28 byte and more text.\n");

	ck_assert_uint_eq(a->npara, 2);
	ck_assert_str_eq(text_of(a, 1), "Bad \xEF\xBF\xBD( byte and more text.");
	ck_assert_uint_eq(a->diags.n, 1);
	ck_assert_uint_eq(a->diags.v[0].offset, 16);
	ck_assert_uint_eq(a->diags.v[0].line, 3);
	ck_assert_ptr_nonnull(strstr(a->diags.v[0].msg, "16"));
	article_free(a);
}
END_TEST

/* An overlong form and a surrogate are three bad bytes each, so three
 * U+FFFD each (Unicode's best practice), each with its diagnostic. */
START_TEST(article_invalid_sequences_give_one_replacement_per_bad_byte)
{
	struct article *a = t_article("A \xE0\x80\xAF and \xED\xA0\x80 end.\n");
	size_t i;

	ck_assert_uint_eq(a->npara, 1);
	ck_assert_str_eq(text_of(a, 0),
	                 "A \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD and "
	                 "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD end.");
	ck_assert_uint_eq(a->diags.n, 6);
	for (i = 0; i < 3; i++) {
		ck_assert_uint_eq(a->diags.v[i].offset, 2 + i);
		ck_assert_uint_eq(a->diags.v[3 + i].offset, 10 + i);
	}
	article_free(a);
}
END_TEST

/* Line numbers stay right when long ASCII runs are taken eight bytes at
 * a time: newlines anywhere in a word of eight, CRs breaking the run. */
START_TEST(article_line_numbers_survive_long_ascii_runs)
{
	struct article *a = t_article("First line is long enough.\n\n"
	                              "a\nb\n\nSecond\r\nThird line, also "
	                              "long enough to span words.\n\n\n"
	                              "Bad \xFF here.\n");

	ck_assert_uint_eq(a->npara, 6);
	ck_assert_uint_eq(a->para[1].line, 3);
	ck_assert_uint_eq(a->para[2].line, 4);
	ck_assert_uint_eq(a->para[3].line, 6);
	ck_assert_uint_eq(a->para[4].line, 7);
	ck_assert_uint_eq(a->para[5].line, 10);
	ck_assert_uint_eq(a->diags.n, 1);
	ck_assert_uint_eq(a->diags.v[0].line, 10);
	article_free(a);
}
END_TEST

START_TEST(article_many_invalid_bytes_keep_bounded_diagnostics)
{
	char *s = malloc(5001);
	struct article *a;

	memset(s, 0xFF, 5000);
	s[5000] = '\0';
	a = t_article(s);
	ck_assert_uint_eq(a->diags.n, DIAG_MAX);
	ck_assert_uint_eq(a->diags.dropped, 5000 - DIAG_MAX);
	ck_assert_uint_eq(a->para[0].len, 5000 * 3);
	article_free(a);
	free(s);
}
END_TEST

START_TEST(article_nul_byte_is_a_binary_file)
{
	struct article *a = (void *)1;

	ck_assert_int_eq(parse_bytes("text\0more", 9, &a), RC_BINARY);
	ck_assert_ptr_null(a);
}
END_TEST

/* With a byte order mark, UTF-16 and UTF-32 are read (test-decode has
 * the details). */
START_TEST(article_utf16_with_a_bom_is_read)
{
	struct article *a = NULL;

	ck_assert_int_eq(parse_bytes("\xFF\xFEh\0i\0", 6, &a), RC_OK);
	ck_assert_uint_eq(a->npara, 1);
	ck_assert_str_eq(text_of(a, 0), "hi");
	article_free(a);
}
END_TEST

/* UTF-16 without a byte order mark is read as UTF-16 (a guess, said in a
 * note); a NUL in anything else is a binary file. */
START_TEST(article_bomless_utf16_is_read_and_binary_refused)
{
	static const struct {
		const char *bytes;
		size_t len;
		enum rc rc;
	} cases[] = {
		{ "H\0e\0l\0l\0o\0\n\0", 12, RC_OK },
		{ "\0H\0e\0l\0l\0o\0\n", 12, RC_OK },
		{ "ab\0\0cdef", 8, RC_BINARY },
		{ "abcd\0efgh", 10, RC_BINARY },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct article *a = NULL;
		enum rc rc = parse_bytes(cases[i].bytes, cases[i].len, &a);

		ck_assert_msg(rc == cases[i].rc, "case %zu: %s", i, rc_str(rc));
		if (rc != RC_OK) {
			ck_assert_ptr_null(a);
			continue;
		}
		ck_assert_str_eq(text_of(a, 0), "Hello");
		ck_assert_uint_eq(a->diags.n, 1);
		ck_assert_ptr_nonnull(strstr(a->diags.v[0].msg, "UTF-16"));
		ck_assert_ptr_nonnull(strstr(a->diags.v[0].msg, "a guess"));
		article_free(a);
	}
	ck_assert_ptr_nonnull(strstr(rc_str(RC_UTF32LE), "UTF-32LE"));
	ck_assert_ptr_nonnull(strstr(rc_str(RC_UTF32BE), "UTF-32BE"));
}
END_TEST

START_TEST(article_empty_and_blank_files_load_with_a_warning)
{
	struct article *a = t_article("");

	ck_assert_uint_eq(a->npara, 0);
	ck_assert_uint_eq(a->diags.n, 1);
	article_free(a);
	a = t_article(" \n\t\n\xC2\xA0\n");
	ck_assert_uint_eq(a->npara, 0);
	ck_assert_ptr_nonnull(strstr(a->diags.v[0].msg, "white space"));
	article_free(a);
}
END_TEST

START_TEST(article_size_cap_is_enforced)
{
	struct article_opts o = { .max_size = 10 };
	struct article *a = NULL;

	ck_assert_int_eq(article_parse("t", (const uint8_t *)"0123456789ab", 12,
	                               &o, &a), RC_TOO_LARGE);
	ck_assert_ptr_null(a);
}
END_TEST

START_TEST(article_missing_file_and_directory_are_io_errors)
{
	struct article *a = NULL;

	errno = 0;
	ck_assert_int_eq(article_load_file("/nonexistent/newsdiff/file", NULL, &a),
	                 RC_IO);
	ck_assert_int_eq(errno, ENOENT);
	ck_assert_ptr_null(a);
	errno = 0;
	ck_assert_int_eq(article_load_file(".", NULL, &a), RC_IO);
	ck_assert_int_eq(errno, EISDIR);
	ck_assert_ptr_null(a);
}
END_TEST

START_TEST(article_nfd_input_is_normalized_to_nfc)
{
	struct article *a = t_article("Jose\xCC\x81 Nu\xCC\x81n\xCC\x83" "ez said so.");

	ck_assert_str_eq(text_of(a, 0), "Jos\xC3\xA9 N\xC3\xBA\xC3\xB1" "ez said so.");
	article_free(a);
}
END_TEST

START_TEST(article_tabs_expand_to_eight_columns)
{
	struct article *a = t_article("a\tb\xE4\xB8\xAD\tc");

	/* a + 7 spaces; b (1) + CJK (2) + 5 spaces; c */
	ck_assert_str_eq(text_of(a, 0), "a       b\xE4\xB8\xAD     c");
	article_free(a);
}
END_TEST

START_TEST(article_control_characters_are_kept_in_the_model)
{
	struct article *a = t_article("Title \x1B]0;pwned\x07 here and \x1B[2J more.");

	ck_assert_ptr_nonnull(strchr(text_of(a, 0), 0x1B));
	ck_assert_ptr_nonnull(strchr(text_of(a, 0), 0x07));
	article_free(a);
}
END_TEST

START_TEST(article_unicode_text_survives_intact)
{
	const char *s = "\xE4\xB8\xAD\xE6\x96\x87\xE6\xB5\x8B\xE8\xAF\x95\n\n"
	                "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D\n\n"
	                "Family \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 emoji.\n";
	struct article *a = t_article(s);

	ck_assert_uint_eq(a->npara, 3);
	ck_assert_str_eq(text_of(a, 1), "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D "
	                 "\xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D");
	ck_assert_str_eq(text_of(a, 2), "Family \xF0\x9F\x91\xA9\xE2\x80\x8D"
	                 "\xF0\x9F\x91\xA7 emoji.");
	article_free(a);
}
END_TEST

/* ---- segmenting ---------------------------------------------------- */

START_TEST(article_wrapped_file_joins_a_quote_and_its_attribution)
{
	/* Paragraphs between blank lines, wrapped at 70 columns; the third
	 * is two lines, the first ending in ,\" like a sentence's end. */
	struct article *a = t_article(
	        "The harbour wall at Vessby will close for nine weeks from Monday\n"
	        "while engineers repair the damage that the winter storms left, the\n"
	        "port authority said on Thursday afternoon.\n"
	        "\n"
	        "About 40 metres of the upper walkway collapsed in February, and the\n"
	        "inspectors later found cracks along a further 120 metres of the old\n"
	        "stone wall.\n"
	        "\n"
	        "\"We have been patient with the weather, but the wall has its limit,\"\n"
	        "Lunde told the Harbour Times.\n"
	        "\n"
	        "By Kari Dahl\n"
	        "Harbour desk\n");

	ck_assert_uint_eq(a->npara, 5);
	ck_assert_str_eq(text_of(a, 2), "\"We have been patient with the "
	                 "weather, but the wall has its limit,\" Lunde told "
	                 "the Harbour Times.");
	/* Short lines are not a wrapped paragraph. */
	ck_assert_str_eq(text_of(a, 3), "By Kari Dahl");
	ck_assert_str_eq(text_of(a, 4), "Harbour desk");
	article_free(a);
}
END_TEST

/* Old wire copy and plain-text archives run paragraphs together with no
 * blank line: each paragraph's first line indented, or its last line
 * ending a sentence short of the margin. */
START_TEST(article_wrapped_paragraphs_without_blank_lines_split)
{
	struct article *a = t_article(
	        "   Harbour wall at Vessby to close for nine weeks of repairs\n"
	        "   The harbour wall at Vessby will close for nine weeks from\n"
	        "Monday while engineers repair the damage that the winter storms\n"
	        "left, the port authority said on Thursday.\n"
	        "   About 40 metres of the upper walkway collapsed in February, and\n"
	        "the inspectors found cracks along a further 120 metres of the old\n"
	        "stone wall.\n");
	struct article *b = t_article(
	        "The harbour wall at Vessby will close for nine weeks from Monday\n"
	        "while engineers repair the damage that the winter storms left, the\n"
	        "port authority said.\n"
	        "About 40 metres of the upper walkway collapsed in February, and the\n"
	        "inspectors later found cracks along a further 120 metres of the old\n"
	        "stone wall, the authority's engineers said.\n");

	ck_assert_uint_eq(a->npara, 3);
	ck_assert_uint_eq(a->title, 0);
	ck_assert_str_eq(text_of(a, 1), "The harbour wall at Vessby will close "
	                 "for nine weeks from Monday while engineers repair the "
	                 "damage that the winter storms left, the port authority "
	                 "said on Thursday.");
	ck_assert_uint_eq(a->para[2].line, 5);
	ck_assert_uint_eq(b->npara, 2);
	ck_assert_uint_eq(b->para[1].line, 4);
	article_free(a);
	article_free(b);
}
END_TEST

/* A file's bytes become its text where the text can be written over
 * them: the article is the one the same bytes give when left alone, for
 * every shape of input (indented and wrapped blocks, tabs that widen a
 * line, accents, CRLF, a byte order mark, no final line end), with room
 * for the text (two bytes past the input) or not. */
START_TEST(article_text_written_over_the_bytes_read_is_the_same)
{
	static const char *const inputs[] = {
	        "   Harbour wall at Vessby to close for nine weeks of repairs\n"
	        "   The harbour wall at Vessby will close for nine weeks from\n"
	        "Monday while engineers repair the damage that the winter storms\n"
	        "left, the port authority said on Thursday.\n"
	        "   About 40 metres of the upper walkway collapsed in February, and\n"
	        "the inspectors found cracks along a further 120 metres of the old\n"
	        "stone wall.\n",
	        "Headline\n\n\tA tab widens this line, and the next.\n\tOne "
	        "more.\n\nLast paragraph without a line end",
	        "Caf\xC3\xA9 reopens\r\n\r\n\xE2\x80\x9CWe are back,\xE2\x80"
	        "\x9D said the owner.  \r\n",
	        "\xEF\xBB\xBF" "A byte order mark opens this text.\n\nIt goes on.\n",
	        /* A block whose later paragraphs are told by their indent,
	         * as deep as its first line's, after lines that neither end
	         * a sentence nor leave room: that first line is read after
	         * the first paragraph is written over it. */
	        "   The council met on Monday to discuss the harbour wall and\n"
	        "the repairs that the engineers have asked for since winter.\n"
	        "   The engineers said the upper walkway would need a new deck\n"
	        "of oak boards and steel beams along the whole of its length\n"
	        "   and the council agreed to pay for the work from its reserve\n"
	        "fund, which holds enough for the repairs, the treasurer said.\n",
	        "Cease-\nfire talks resume in the capital on a wrapped line that\n"
	        "goes on for a while before it ends, as wrapped text does.\n",
	        "\n\n   \n",
	        "",
	};
	size_t i, k, room;

	for (i = 0; i < sizeof inputs / sizeof *inputs; i++) {
		size_t n = strlen(inputs[i]);

		for (room = 1; room <= 2; room++) {
			uint8_t *buf = malloc(n + room);
			struct article *a, *b;

			ck_assert_ptr_nonnull(buf);
			memcpy(buf, inputs[i], n);
			ck_assert_int_eq(parse_bytes(inputs[i], n, &a), RC_OK);
			ck_assert_int_eq(article_parse_owned("test", buf, n,
			                                     n + room, NULL, &b),
			                 RC_OK);
			ck_assert_uint_eq(a->npara, b->npara);
			for (k = 0; k < a->npara; k++) {
				ck_assert_uint_eq(a->para[k].len, b->para[k].len);
				ck_assert_int_eq(a->para[k].kind, b->para[k].kind);
				ck_assert_str_eq(text_of(a, k), text_of(b, k));
			}
			article_free(a);
			article_free(b);
		}
	}
}
END_TEST

/* With neither blank lines nor indents, a line that stops far short of
 * the margin ends its paragraph (a headline, a dateline above the lede),
 * and so does a line in capitals before one that is not. */
START_TEST(article_wrapped_short_and_capital_lines_end_paragraphs)
{
	struct article *a = t_article(
	        "Storm closes harbor as winds reach gale force\n"
	        "BOSTON 2011-02-13 10:15:00 UTC\n"
	        "A winter storm closed the harbor on Sunday as winds reached gale\n"
	        "force along the coast, and ferries to the islands were cancelled\n"
	        "until Monday morning, the port authority said.\n"
	        "Schools in three towns will stay closed on Monday, officials said,\n"
	        "and crews worked through the night to clear roads and restore the\n"
	        "power lines that the storm brought down.\n");
	struct article *b = t_article(
	        "STORM CLOSES HARBOR AS GALE-FORCE WINDS LASH THE NEW ENGLAND COAST\n"
	        "A winter storm closed the harbor on Sunday as winds reached gale\n"
	        "force along the coast, and ferries to the islands were cancelled\n"
	        "until Monday morning, the port authority said.\n");

	ck_assert_uint_eq(a->npara, 4);
	ck_assert_str_eq(text_of(a, 0), "Storm closes harbor as winds reach gale "
	                 "force");
	ck_assert_str_eq(text_of(a, 1), "BOSTON 2011-02-13 10:15:00 UTC");
	ck_assert_uint_eq(a->para[2].line, 3);
	ck_assert_uint_eq(b->npara, 2);
	ck_assert_uint_eq(b->para[1].line, 2);
	article_free(a);
	article_free(b);
}
END_TEST

/* Indented paragraphs of two or three lines, with no blank line between:
 * their short last lines do not make the block look unwrapped. */
START_TEST(article_indented_short_paragraphs_split)
{
	struct article *a = t_article(
	        "   The harbor board said repairs to the old stone wall at Vessby\n"
	        "will cost more than planned.\n"
	        "   Engineers found cracks along a further 120 metres of the wall\n"
	        "last week.\n"
	        "   The walkway will stay closed to walkers and anglers until the\n"
	        "summer, the board said.\n"
	        "   Ferries to the islands will use the north pier while the work\n"
	        "goes on.\n"
	        "   The board will meet again in March to decide on the funding of\n"
	        "the repairs.\n");

	ck_assert_uint_eq(a->npara, 5);
	ck_assert_str_eq(text_of(a, 1), "Engineers found cracks along a further "
	                 "120 metres of the wall last week.");
	article_free(a);
}
END_TEST

/* A line that ends a quotation with a comma, short of the margin (as fmt
 * balances lines), goes on into the attribution. */
START_TEST(article_wrapped_quote_ending_in_a_comma_goes_on)
{
	struct article *a = t_article(
	        "\"This case is the first to show a clear link between the groups\n"
	        "that planned the attacks in the two countries,\"\n"
	        "a senior investigator said on Thursday after the hearing ended.\n"
	        "\n"
	        "The trial of the 29 suspects charged over the bombings opened on\n"
	        "Thursday under heavy security in a specially built courtroom.\n");

	ck_assert_uint_eq(a->npara, 2);
	ck_assert_ptr_nonnull(strstr(text_of(a, 0), "countries,\" a senior"));
	article_free(a);
}
END_TEST

START_TEST(article_hard_wrapped_license_lines_join)
{
	struct article *a = t_fixture("gpl-3.txt");
	size_t i = t_para(a, "The GNU General Public License is a free, "
	                     "copyleft license for software and other kinds "
	                     "of works.");

	ck_assert_uint_eq(a->para[i].line, 10);
	/* The preamble's second paragraph runs over many input lines. */
	i = t_para(a, "The licenses for most software and other practical "
	              "works are designed to take away your freedom");
	ck_assert_ptr_nonnull(strstr(text_of(a, i), "works.  By contrast, the GNU"));
	/* About a hundred paragraphs, not the file's 674 lines. */
	ck_assert_uint_lt(a->npara, 200);
	ck_assert_uint_gt(a->npara, 80);
	article_free(a);
}
END_TEST

START_TEST(article_one_line_per_paragraph_splits)
{
	struct article *a = t_asset("upi-kerry-audio-2016-09-30.txt");
	size_t by = t_para(a, "By Doug G. Ware");

	ck_assert_str_eq(text_of(a, by), "By Doug G. Ware");
	ck_assert_uint_eq(a->para[by + 1].line, a->para[by].line + 1);
	t_para(a, "Syrian citizens survey burning");
	article_free(a);
}
END_TEST

START_TEST(article_short_lines_in_one_block_stay_apart)
{
	struct article *a = t_article("Kerry spoke on Friday.\n"
	                              "The meeting lasted 40 minutes.\n"
	                              "Nobody recorded it.\n");

	ck_assert_uint_eq(a->npara, 3);
	article_free(a);
}
END_TEST

START_TEST(article_hyphen_at_wrapped_line_end_joins_without_space)
{
	struct article *a = t_article(
	    "The two sides agreed on a nationwide cease-\n"
	    "fire that would hold for seven days and then be\n"
	    "reviewed by both of the governments involved in it.\n");

	ck_assert_uint_eq(a->npara, 1);
	ck_assert_ptr_nonnull(strstr(text_of(a, 0), "cease-fire that"));
	article_free(a);
}
END_TEST

/* ---- kinds --------------------------------------------------------- */

static void
assert_kind(const struct article *a, const char *prefix, enum article_kind k)
{
	size_t i = t_para(a, prefix);

	ck_assert_msg(a->para[i].kind == k, "\"%s\" is %s, expected %s", prefix,
	              article_kind_str(a->para[i].kind), article_kind_str(k));
}

static size_t
count_kind(const struct article *a, enum article_kind k)
{
	size_t i, n = 0;

	for (i = 0; i < a->npara; i++)
		n += a->para[i].kind == k;
	return n;
}

START_TEST(article_kinds_of_the_upi_report)
{
	struct article *a = t_asset("upi-kerry-audio-2016-09-30.txt");
	size_t c1, c2, i;

	assert_kind(a, "Audio tape shows Kerry frustrated", ARTICLE_HEADLINE);
	assert_kind(a, "By Doug G. Ware", ARTICLE_BYLINE);
	assert_kind(a, "RELATED Secretary of State", ARTICLE_BOILERPLATE);
	assert_kind(a, "RELATED How to understand", ARTICLE_BOILERPLATE);
	assert_kind(a, "Latest Headlines", ARTICLE_BOILERPLATE);
	assert_kind(a, "U.S Secretary of State John F. Kerry addresses",
	            ARTICLE_CAPTION);
	assert_kind(a, "NEW YORK, Sept. 30 (UPI)", ARTICLE_BODY);
	assert_kind(a, "\"You have nobody more frustrated than we are.\"",
	            ARTICLE_QUOTE);
	ck_assert_uint_eq(count_kind(a, ARTICLE_HEADLINE), 1);

	c1 = t_para(a, "Syrian citizens survey");
	ck_assert_int_eq(a->para[c1].kind, ARTICLE_CAPTION);
	for (c2 = c1 + 1; c2 < a->npara; c2++)
		if (strncmp(text_of(a, c2), "Syrian citizens survey", 22) == 0)
			break;
	ck_assert_uint_lt(c2, a->npara);
	ck_assert_int_eq(a->para[c2].kind, ARTICLE_DUPLICATE);
	ck_assert_uint_eq(a->para[c2].dup_of, c1);

	for (i = 0; i < a->npara; i++)
		if (strcmp(text_of(a, i), "Advertisement") == 0)
			ck_assert_int_eq(a->para[i].kind, ARTICLE_BOILERPLATE);
	ck_assert_uint_eq(count_kind(a, ARTICLE_BOILERPLATE), 4 + 2 + 1);
	ck_assert_str_eq((const char *)article_title(a, &i),
	                 text_of(a, t_para(a, "Audio tape shows")));
	article_free(a);
}
END_TEST

START_TEST(article_kinds_of_the_nbc_report)
{
	struct article *a = t_asset("nbc-kerry-audio-2016-09-30.txt");
	size_t i, related = 0, video = 0;

	assert_kind(a, "Syria peace talks", ARTICLE_LABEL);
	assert_kind(a, "Kerry Audio Shows Frustration", ARTICLE_HEADLINE);
	assert_kind(a, "Syrian volunteers carry an injured person",
	            ARTICLE_CAPTION);
	for (i = 0; i < a->npara; i++) {
		const char *t = text_of(a, i);

		if (strncmp(t, "Related: ", 9) == 0) {
			ck_assert_int_eq(a->para[i].kind, ARTICLE_BOILERPLATE);
			related++;
		}
	}
	ck_assert_uint_eq(related, 3);
	assert_kind(a, "U.S. Officials: Thousands of Ground Troops", ARTICLE_BOILERPLATE);
	assert_kind(a, "White Helmet Volunteer's Tears", ARTICLE_BOILERPLATE);
	assert_kind(a, "SEPT. 21: Kerry on Syria", ARTICLE_BOILERPLATE);
	assert_kind(a, "A Short History of Syria's Civil War", ARTICLE_BOILERPLATE);
	for (i = 0; i < a->npara; i++)
		video += a->para[i].kind == ARTICLE_BOILERPLATE;
	ck_assert_uint_eq(video, 3 + 4);
	assert_kind(a, "Secretary of State John Kerry in blunt terms", ARTICLE_BODY);
	assert_kind(a, "Around 400 civilians", ARTICLE_BODY);
	ck_assert_uint_eq(count_kind(a, ARTICLE_HEADLINE), 1);
	article_free(a);
}
END_TEST

START_TEST(article_rules_are_about_shape_not_these_reports)
{
	struct article *a = t_article(
	    "World News\n\n"
	    "Quake Levels Old Town as Rescuers Dig Through Night\n\n"
	    "By Ana Lima and Tom Ferris, Reuters\n"
	    "Updated 14:05 GMT\n\n"
	    "IZMIR, Turkey (Reuters) - A strong earthquake struck on Friday.\n\n"
	    "ADVERTISEMENT\n\n"
	    "Listen to this article \xC2\xB7 3:20 min\n\n"
	    "Read more: Why the region shakes\n\n"
	    "Share this:\n"
	    "Click to share on Facebook (Opens in new window)\n\n"
	    "Tags: Turkey, Earthquakes\n\n"
	    "------\n\n"
	    "On the Net:\n\n"
	    "Disaster agency: http://www.afad.example.gov.tr\n\n"
	    "To see the map of the damage, visit the agency's site at "
	    "www.afad.example.gov.tr\n\n"
	    "Rescuers search rubble in Izmir 2:14\n\n"
	    "\xE2\x80\x94 Ana Lima (@analima) March 4, 2011\n\n"
	    "Rubble on the main square pic.twitter.com/x1y2z3\n\n"
	    "This article originally appeared in the Vessby Courier.\n\n"
	    "The mayor, Ana Lima (@analima), wrote that the town mourned.\n\n"
	    "A rescuer carries a child from the rubble. (AP Photo/Emre Tas)\n\n"
	    "By the time help arrived, the building had collapsed.\n");

	assert_kind(a, "World News", ARTICLE_LABEL);
	assert_kind(a, "Quake Levels Old Town", ARTICLE_HEADLINE);
	assert_kind(a, "By Ana Lima", ARTICLE_BYLINE);
	assert_kind(a, "Updated 14:05", ARTICLE_DATELINE);
	assert_kind(a, "IZMIR, Turkey", ARTICLE_BODY);
	assert_kind(a, "ADVERTISEMENT", ARTICLE_BOILERPLATE);
	assert_kind(a, "Listen to this", ARTICLE_BOILERPLATE);
	assert_kind(a, "Read more:", ARTICLE_BOILERPLATE);
	assert_kind(a, "Share this:", ARTICLE_BOILERPLATE);
	assert_kind(a, "Click to share", ARTICLE_BOILERPLATE);
	assert_kind(a, "Tags: Turkey", ARTICLE_BOILERPLATE);
	assert_kind(a, "------", ARTICLE_BOILERPLATE);
	assert_kind(a, "On the Net", ARTICLE_BOILERPLATE);
	assert_kind(a, "Disaster agency:", ARTICLE_BOILERPLATE);
	assert_kind(a, "To see the map", ARTICLE_BODY);
	assert_kind(a, "Rescuers search rubble", ARTICLE_BOILERPLATE);
	assert_kind(a, "\xE2\x80\x94 Ana Lima", ARTICLE_BOILERPLATE);
	assert_kind(a, "Rubble on the main", ARTICLE_BOILERPLATE);
	assert_kind(a, "This article originally", ARTICLE_BOILERPLATE);
	assert_kind(a, "The mayor, Ana Lima", ARTICLE_BODY);
	assert_kind(a, "A rescuer carries", ARTICLE_CAPTION);
	assert_kind(a, "By the time help arrived", ARTICLE_BODY);
	article_free(a);
}
END_TEST

/* Text saved from a web page starts with the site's menu: the headline
 * is still the first headline-shaped line after it, and the menu's
 * entries are labels, not body text to align. */
START_TEST(article_headline_below_a_site_menu)
{
	struct article *a = t_article(
	    "Skip to main content\n\n"
	    "Menu\n\n"
	    "Sign In\n\n"
	    "World\n\n"
	    "Asia Pacific\n\n"
	    "Ferry Sinks Off Island Coast With 200 Aboard\n\n"
	    "MANILA (AP) - A ferry carrying 200 people sank on Sunday off the "
	    "coast of a central island, officials said.\n");

	assert_kind(a, "Menu", ARTICLE_LABEL);
	assert_kind(a, "Sign In", ARTICLE_LABEL);
	assert_kind(a, "Asia Pacific", ARTICLE_LABEL);
	assert_kind(a, "Ferry Sinks", ARTICLE_HEADLINE);
	assert_kind(a, "MANILA (AP)", ARTICLE_BODY);
	ck_assert_uint_eq(count_kind(a, ARTICLE_HEADLINE), 1);
	article_free(a);
}
END_TEST

/* A page may give the byline above the headline, with the writer's role
 * in lower case after the name, and a share bar: the byline is a byline,
 * the bar is the page's, and the headline below them is the headline.  A sentence that opens "By" and a date is
 * body text. */
START_TEST(article_byline_with_role_above_the_headline)
{
	struct article *a = t_article(
	    "Skip to main content\n\n"
	    "By Mara Tollen, health correspondent\n\n"
	    "Updated 09:10 GMT\n\n"
	    "Share: Facebook | Email | Copy link\n\n"
	    "Link Copied!\n\n"
	    "Ad Feedback\n\n"
	    "Fever clinics overflow as outbreak spreads to the coast\n\n"
	    "The number of patients rose again on Monday, officials said.\n\n"
	    "By Tuesday, more than 300 people had been admitted.\n\n"
	    "By March the clinics had run out of beds, nurses said.\n\n"
	    "By Ana Lima, staff writer for the Courier\n");

	assert_kind(a, "By Mara Tollen", ARTICLE_BYLINE);
	assert_kind(a, "Share: Facebook", ARTICLE_BOILERPLATE);
	assert_kind(a, "Link Copied!", ARTICLE_BOILERPLATE);
	assert_kind(a, "Ad Feedback", ARTICLE_BOILERPLATE);
	assert_kind(a, "Fever clinics overflow", ARTICLE_HEADLINE);
	assert_kind(a, "The number of patients", ARTICLE_BODY);
	assert_kind(a, "By Tuesday", ARTICLE_BODY);
	assert_kind(a, "By March", ARTICLE_BODY);
	assert_kind(a, "By Ana Lima", ARTICLE_BYLINE);
	ck_assert_uint_eq(count_kind(a, ARTICLE_HEADLINE), 1);
	article_free(a);
}
END_TEST

/* A breadcrumb trail is the page's, not a headline; a headline that
 * names its section once stays a headline. */
START_TEST(article_breadcrumb_is_no_headline)
{
	struct article *a = t_article(
	    "Home | News | Nordic\n\n"
	    "Ex-mayor gets 8-year term in bribery case\n\n"
	    "Updated 14:05\n\n"
	    "LORVIK -- A former mayor was sentenced to eight years in jail on "
	    "Monday for accepting bribes from builders.\n\n"
	    "World > Europe > Politics\n");
	struct article *b = t_article(
	    "Ex-mayor gets 8-year term | Nordic\n\n"
	    "LORVIK -- A former mayor was sentenced to eight years in jail on "
	    "Monday for accepting bribes from builders.\n\n"
	    "Prices rose 3% | the highest | since 1990 | officials said.\n");

	assert_kind(a, "Home | News", ARTICLE_BOILERPLATE);
	assert_kind(a, "World > Europe", ARTICLE_BOILERPLATE);
	assert_kind(a, "Ex-mayor gets", ARTICLE_HEADLINE);
	ck_assert_uint_eq(count_kind(a, ARTICLE_HEADLINE), 1);
	assert_kind(b, "Ex-mayor gets", ARTICLE_HEADLINE);
	assert_kind(b, "Prices rose 3%", ARTICLE_BODY);
	article_free(a);
	article_free(b);
}
END_TEST

/* Short lines followed by prose, not by a headline, are no menu: the
 * report has no headline and its first lines stay what they are. */
/* A wire headline cut from its dateline keeps a comma at its end, at the
 * top of the text or below a web page's chrome. */
START_TEST(article_first_line_ending_in_a_comma_is_a_headline)
{
	struct article *a = t_article(
	    "6 hurt in harbor ferry fire,\n\n"
	    "A fire broke out on a harbor ferry on Wednesday, injuring six "
	    "passengers, the coast guard said.\n\n"
	    "The crew put the fire out,\n\n"
	    "and the ferry returned to port.\n");
	struct article *c = t_article(
	    "World\n\n"
	    "6 hurt in harbor ferry fire,\n\n"
	    "A fire broke out on a harbor ferry on Wednesday, injuring six "
	    "passengers, the coast guard said.\n");
	struct article *b = t_article(
	    "ADVERTISEMENT\n\n"
	    "6 hurt in harbor ferry fire,\n\n"
	    "By Staff Reporter | Published May 4, 2011\n\n"
	    "A fire broke out on a harbor ferry on Wednesday, injuring six "
	    "passengers, the coast guard said.\n");

	assert_kind(a, "6 hurt in harbor", ARTICLE_HEADLINE);
	ck_assert_uint_eq(count_kind(a, ARTICLE_HEADLINE), 1);
	assert_kind(b, "6 hurt in harbor", ARTICLE_HEADLINE);
	ck_assert_uint_eq(count_kind(b, ARTICLE_HEADLINE), 1);
	assert_kind(c, "World", ARTICLE_LABEL);	/* a kicker above it */
	assert_kind(c, "6 hurt in harbor", ARTICLE_HEADLINE);
	article_free(a);
	article_free(b);
	article_free(c);
}
END_TEST

/* The wire's credit line is no part of the story. */
START_TEST(article_credit_line_is_boilerplate)
{
	struct article *a = t_article(
	    "Ferry fire injures six\n\n"
	    "A fire broke out on a harbor ferry on Wednesday, injuring six "
	    "passengers, the coast guard said.\n\n"
	    "Staff writers Ana Ruiz in Vessby and Tom Berg in Altmark "
	    "contributed to this report.\n\n"
	    "Ana Ruiz contributed reporting.\n\n"
	    "The crew said they contributed to this report of the fire by "
	    "calling the coast guard at once and guiding the rescue boats in "
	    "through the fog, which was so thick that the harbor lights could "
	    "not be seen from the pier where the passengers waited.\n");

	assert_kind(a, "Staff writers", ARTICLE_BOILERPLATE);
	assert_kind(a, "Ana Ruiz contributed", ARTICLE_BOILERPLATE);
	assert_kind(a, "The crew said", ARTICLE_BODY);
	article_free(a);
}
END_TEST

START_TEST(article_short_lines_before_prose_are_no_menu)
{
	struct article *a = t_article(
	    "Menu\n\n"
	    "World\n\n"
	    "The Senate passed the bill on Tuesday after a long debate that "
	    "ran into the night.\n");

	ck_assert_uint_eq(a->title, ARTICLE_NONE);
	ck_assert_uint_eq(count_kind(a, ARTICLE_HEADLINE), 0);
	article_free(a);
}
END_TEST

START_TEST(article_headline_in_capitals_is_no_caption)
{
	struct article *a = t_article(
	    "THREE CLERKS CHARGED IN HARBOR LAND DEAL\n\n"
	    "Three county clerks were charged on Monday with selling harbor "
	    "land below its value.\n\n"
	    "Firefighters cleared the pier on Tuesday. JOHN DOE KENT\n");

	assert_kind(a, "THREE CLERKS CHARGED", ARTICLE_HEADLINE);
	assert_kind(a, "Firefighters cleared", ARTICLE_CAPTION);
	article_free(a);
}
END_TEST

/* Date stamps from words all over the rule's list (its first and last
 * words, in any case), and lines that only look like one. */
START_TEST(article_date_stamps_are_datelines)
{
	struct article *a = t_article(
	    "A headline long enough for the shape\n\n"
	    "Body text that opens the story, as body text does.\n\n"
	    "10:30 a.m. AEST\n\n"
	    "Posted 3 hours ago\n\n"
	    "YESTERDAY 9:15\n\n"
	    "Wednesday, Sept. 30, 2016 | 4:12 PM ET\n\n"
	    "Published 12 December 2023\n\n"
	    "Saturday 14 sharks\n\n"
	    "Closing paragraph of the body, with a full stop.\n");

	assert_kind(a, "10:30 a.m.", ARTICLE_DATELINE);
	assert_kind(a, "Posted 3", ARTICLE_DATELINE);
	assert_kind(a, "YESTERDAY", ARTICLE_DATELINE);
	assert_kind(a, "Wednesday, Sept.", ARTICLE_DATELINE);
	assert_kind(a, "Published 12", ARTICLE_DATELINE);
	ck_assert_uint_ne(a->para[t_para(a, "Saturday 14")].kind,
	                  ARTICLE_DATELINE);
	article_free(a);
}
END_TEST

/* A caption's credit is known by its shape, a slash between capitals
 * after the caption's sentence, whatever agency it names; a slash in a
 * sentence of the story is no credit. */
START_TEST(article_credit_with_a_slash_makes_a_caption)
{
	struct article *a = t_article(
	    "A headline long enough for the shape\n\n"
	    "Body text that opens the story, as body text does.\n\n"
	    "Rescuers dig in the rubble on Monday. (Xyz Photo/Jane Roe)\n\n"
	    "Crowds gather in the square on Sunday. JANE ROE / NEWSWIRE\n\n"
	    "A firefighter at the ridge on Tuesday. Jane Roe/Daily Post - "
	    "Picture Desk\n\n"
	    "Smoke rises over the hills. [NWS]\n\n"
	    "The talks on the Kerry/Lavrov plan resumed. They ended late.\n\n"
	    "He said the route was open 24/7 to all traffic.\n\n"
	    "Closing paragraph of the body, with a full stop.\n");

	assert_kind(a, "Rescuers dig", ARTICLE_CAPTION);
	assert_kind(a, "Crowds gather", ARTICLE_CAPTION);
	assert_kind(a, "A firefighter", ARTICLE_CAPTION);
	assert_kind(a, "Smoke rises", ARTICLE_CAPTION);
	assert_kind(a, "The talks on", ARTICLE_BODY);
	assert_kind(a, "He said the route", ARTICLE_BODY);
	article_free(a);
}
END_TEST

/* A dateline that gives only the place, on a line of its own, is one:
 * its capitals and the comma before the region tell it from a label or
 * a sentence. */
START_TEST(article_place_on_its_own_line_is_a_dateline)
{
	struct article *a = t_article(
	    "A headline long enough for the shape\n\n"
	    "RICHMOND, Va.\n\n"
	    "Body text that opens the story, as body text does.\n\n"
	    "SAN JOSE, Costa Rica --\n\n"
	    "MILITARY OPTIONS\n\n"
	    "Paris, France\n\n"
	    "KERRY, Lavrov and Assad met on Monday in Geneva.\n\n"
	    "Closing paragraph of the body, with a full stop.\n");

	assert_kind(a, "RICHMOND, Va.", ARTICLE_DATELINE);
	assert_kind(a, "SAN JOSE", ARTICLE_DATELINE);
	ck_assert_uint_ne(a->para[t_para(a, "MILITARY")].kind,
	                  ARTICLE_DATELINE);
	ck_assert_uint_ne(a->para[t_para(a, "Paris, France")].kind,
	                  ARTICLE_DATELINE);
	assert_kind(a, "KERRY, Lavrov", ARTICLE_BODY);
	article_free(a);
}
END_TEST

START_TEST(article_report_without_headline_has_none)
{
	struct article *a = t_article(
	    "WASHINGTON (AP) - The Senate passed the bill on Tuesday after a "
	    "long debate that ran into the night.\n\n"
	    "The vote was 52 to 48.\n");
	size_t len;

	ck_assert_uint_eq(a->title, ARTICLE_NONE);
	ck_assert_uint_eq(count_kind(a, ARTICLE_HEADLINE), 0);
	ck_assert_ptr_eq(article_title(a, &len), a->text);
	article_free(a);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("article");
	TCase *tc;

	tc = tcase_create("loading");
	tcase_add_test(tc, article_crlf_and_cr_become_line_ends);
	tcase_add_test(tc, article_bom_is_dropped);
	tcase_add_test(tc, article_invalid_utf8_is_replaced_with_a_diagnostic);
	tcase_add_test(tc, article_many_invalid_bytes_keep_bounded_diagnostics);
	tcase_add_test(tc, article_line_numbers_survive_long_ascii_runs);
	tcase_add_test(tc,
	    article_invalid_sequences_give_one_replacement_per_bad_byte);
	tcase_add_test(tc, article_nul_byte_is_a_binary_file);
	tcase_add_test(tc, article_utf16_with_a_bom_is_read);
	tcase_add_test(tc, article_bomless_utf16_is_read_and_binary_refused);
	tcase_add_test(tc, article_empty_and_blank_files_load_with_a_warning);
	tcase_add_test(tc, article_size_cap_is_enforced);
	tcase_add_test(tc, article_missing_file_and_directory_are_io_errors);
	tcase_add_test(tc, article_nfd_input_is_normalized_to_nfc);
	tcase_add_test(tc, article_tabs_expand_to_eight_columns);
	tcase_add_test(tc, article_control_characters_are_kept_in_the_model);
	tcase_add_test(tc, article_unicode_text_survives_intact);
	suite_add_tcase(s, tc);

	tc = tcase_create("segmenting");
	tcase_add_test(tc, article_wrapped_paragraphs_without_blank_lines_split);
	tcase_add_test(tc, article_text_written_over_the_bytes_read_is_the_same);
	tcase_add_test(tc, article_wrapped_quote_ending_in_a_comma_goes_on);
	tcase_add_test(tc, article_indented_short_paragraphs_split);
	tcase_add_test(tc, article_wrapped_short_and_capital_lines_end_paragraphs);
	tcase_add_test(tc, article_hard_wrapped_license_lines_join);
	tcase_add_test(tc, article_wrapped_file_joins_a_quote_and_its_attribution);
	tcase_add_test(tc, article_one_line_per_paragraph_splits);
	tcase_add_test(tc, article_short_lines_in_one_block_stay_apart);
	tcase_add_test(tc, article_hyphen_at_wrapped_line_end_joins_without_space);
	suite_add_tcase(s, tc);

	tc = tcase_create("kinds");
	tcase_add_test(tc, article_kinds_of_the_upi_report);
	tcase_add_test(tc, article_kinds_of_the_nbc_report);
	tcase_add_test(tc, article_rules_are_about_shape_not_these_reports);
	tcase_add_test(tc, article_byline_with_role_above_the_headline);
	tcase_add_test(tc, article_headline_below_a_site_menu);
	tcase_add_test(tc, article_breadcrumb_is_no_headline);
	tcase_add_test(tc, article_short_lines_before_prose_are_no_menu);
	tcase_add_test(tc, article_first_line_ending_in_a_comma_is_a_headline);
	tcase_add_test(tc, article_credit_line_is_boilerplate);
	tcase_add_test(tc, article_headline_in_capitals_is_no_caption);
	tcase_add_test(tc, article_date_stamps_are_datelines);
	tcase_add_test(tc, article_place_on_its_own_line_is_a_dateline);
	tcase_add_test(tc, article_credit_with_a_slash_makes_a_caption);
	tcase_add_test(tc, article_report_without_headline_has_none);
	suite_add_tcase(s, tc);
	return s;
}
