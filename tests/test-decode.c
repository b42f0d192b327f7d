/* test-decode.c - encodings: byte order marks, declared charsets,
 * detection, conversion; files that are not text. */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "decode.h"
#include "testutil.h"

/* A string literal and its length in bytes, NULs included. */
#define BYTES(s) s, sizeof s - 1

static const char *
para(const struct article *a, size_t i)
{
	return (const char *)a->text + a->para[i].start;
}

static struct article *
parse(const char *s, size_t n, const char *charset)
{
	struct article_opts o = { .charset = charset };
	struct article *a = NULL;

	ck_assert_int_eq(article_parse("t", (const uint8_t *)s, n, &o, &a),
	                 RC_OK);
	return a;
}

/* "Caf\u00e9 \u201cok\u201d" in the encodings with a byte order mark. */
START_TEST(decode_boms_decide_the_encoding)
{
	static const struct {
		const char *bytes;
		size_t len;
		const char *charset;
	} v[] = {
		{ BYTES("\xEF\xBB\xBF" "Caf\xC3\xA9 "
		        "\xE2\x80\x9Cok\xE2\x80\x9D"), "UTF-8" },
		{ BYTES("\xFF\xFE" "C\0a\0f\0\xE9\0 \0\x1C\x20o\0k\0\x1D\x20"),
		  "UTF-16LE" },
		{ BYTES("\xFE\xFF" "\0C\0a\0f\0\xE9\0 \x20\x1C\0o\0k\x20\x1D"),
		  "UTF-16BE" },
		{ BYTES("\xFF\xFE\0\0" "C\0\0\0a\0\0\0f\0\0\0\xE9\0\0\0 \0\0\0"
		        "\x1C\x20\0\0o\0\0\0k\0\0\0\x1D\x20\0\0"), "UTF-32LE" },
		{ BYTES("\0\0\xFE\xFF" "\0\0\0C\0\0\0a\0\0\0f\0\0\0\xE9\0\0\0 "
		        "\0\0\x20\x1C\0\0\0o\0\0\0k\0\0\x20\x1D"), "UTF-32BE" },
	};
	size_t i;

	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		/* A declared charset does not overrule the mark. */
		struct article *a = parse(v[i].bytes, v[i].len, "koi8-r");

		ck_assert_msg(a->npara == 1, "%s", v[i].charset);
		ck_assert_str_eq(para(a, 0),
		                 "Caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D");
		ck_assert_str_eq(a->charset, v[i].charset);
		ck_assert_uint_eq(a->diags.n, 0);
		article_free(a);
	}
}
END_TEST

START_TEST(decode_plain_utf8_is_not_copied)
{
	struct decode_result r;

	decode_text((const uint8_t *)"plain", 5, NULL, &r);
	ck_assert_int_eq(r.how, DECODE_AS_IS);
	ck_assert_ptr_null(r.text);
	decode_text((const uint8_t *)"caf\xC3\xA9", 5, NULL, &r);
	ck_assert_int_eq(r.how, DECODE_AS_IS);
	ck_assert_ptr_null(r.text);
	ck_assert_str_eq(r.charset, "UTF-8");
	/* Damaged UTF-8 stays UTF-8: the damage gets U+FFFD later. */
	decode_text((const uint8_t *)"caf\xC3\xA9 \xFF", 7, NULL, &r);
	ck_assert_int_eq(r.how, DECODE_AS_IS);
	/* So is a byte that is no Windows-1252 text either: a letter
	 * between spaces, a run of three. */
	decode_text((const uint8_t *)"Bad \xFF here.", 11, NULL, &r);
	ck_assert_int_eq(r.how, DECODE_AS_IS);
	decode_text((const uint8_t *)"A \xE0\x80\xAF end.", 10, NULL, &r);
	ck_assert_int_eq(r.how, DECODE_AS_IS);
	/* A letter inside a word is Windows-1252. */
	decode_text((const uint8_t *)"A caf\xE9 here.", 12, NULL, &r);
	ck_assert_int_eq(r.how, DECODE_GUESSED);
	ck_assert_str_eq((const char *)r.text, "A caf\xC3\xA9 here.");
	decode_result_fini(&r);
}
END_TEST

START_TEST(decode_declared_charset_converts)
{
	/* Windows-1252: curly quotes 0x93 0x94, en dash 0x96, e acute. */
	static const char s[] = "\x93Quay\x94 \x96 caf\xE9";
	struct article *a = parse(s, sizeof s - 1, "windows-1252");

	ck_assert_str_eq(para(a, 0), "\xE2\x80\x9CQuay\xE2\x80\x9D "
	                             "\xE2\x80\x93 caf\xC3\xA9");
	ck_assert_str_eq(a->charset, "WINDOWS-1252");
	ck_assert_uint_eq(a->diags.n, 0);	/* declared: no guess */
	article_free(a);

	/* Latin-1 labels mean Windows-1252, as browsers read them. */
	a = parse(s, sizeof s - 1, "ISO-8859-1");
	ck_assert_str_eq(para(a, 0), "\xE2\x80\x9CQuay\xE2\x80\x9D "
	                             "\xE2\x80\x93 caf\xC3\xA9");
	article_free(a);

	/* Another encoding, named. */
	a = parse("\xF0\xD2\xC1\xD7\xC4\xC1", 6, "KOI8-R");
	/* A word in Cyrillic. */
	ck_assert_str_eq(para(a, 0), "\xD0\x9F\xD1\x80\xD0\xB0\xD0\xB2"
	                             "\xD0\xB4\xD0\xB0");
	article_free(a);
}
END_TEST

START_TEST(decode_windows_1252_is_guessed_with_a_note)
{
	static const char s[] =
	        "The minister said \x93we will not wait\x94 \x96 and "
	        "it\x92s over.\n\nThe port\x92s chief said the work "
	        "would take \x93nine weeks\x94 \x97 maybe more.\n";
	struct article *a = parse(s, sizeof s - 1, NULL);

	ck_assert_uint_eq(a->npara, 2);
	ck_assert_str_eq(para(a, 0),
	                 "The minister said \xE2\x80\x9Cwe will not wait"
	                 "\xE2\x80\x9D \xE2\x80\x93 and it\xE2\x80\x99s over.");
	ck_assert_ptr_nonnull(strstr(para(a, 1), "\xE2\x80\x94 maybe"));
	ck_assert_str_eq(a->charset, "WINDOWS-1252");
	ck_assert_uint_eq(a->diags.n, 1);
	ck_assert_int_eq(a->diags.v[0].level, DIAG_NOTE);
	ck_assert_ptr_nonnull(strstr(a->diags.v[0].msg, "WINDOWS-1252"));
	ck_assert_ptr_nonnull(strstr(a->diags.v[0].msg, "guess"));
	article_free(a);
}
END_TEST

START_TEST(decode_undefined_bytes_become_replacement_characters)
{
	struct decode_result r;

	decode_text((const uint8_t *)"a\x81" "b", 3, "windows-1252", &r);
	ck_assert_int_eq(r.how, DECODE_DECLARED);
	ck_assert_uint_eq(r.bad, 1);
	ck_assert_str_eq((const char *)r.text, "a\xEF\xBF\xBD" "b");
	decode_result_fini(&r);
	/* An odd byte at the end of UTF-16. */
	decode_text((const uint8_t *)"\xFF\xFE" "a\0b", 5, NULL, &r);
	ck_assert_int_eq(r.how, DECODE_BOM);
	ck_assert_uint_eq(r.bad, 1);
	ck_assert_str_eq((const char *)r.text, "a\xEF\xBF\xBD");
	decode_result_fini(&r);
}
END_TEST

START_TEST(decode_meta_charset_is_found)
{
	char cs[DECODE_NAME_MAX];
	static const char a[] = "<!doctype html><html><head>"
	                        "<META CHARSET='Windows-1252'>";
	static const char b[] = "<html><head><meta http-equiv=\"Content-Type\" "
	                        "content=\"text/html; charset=ISO-8859-1\">";
	static const char c[] = "<html><!-- <meta charset=\"koi8-r\"> -->"
	                        "<meta content=\"text/html; charset=koi8-r\">"
	                        "<p>text";
	static const char d[] = "<p>A page without one</p><meta charset=>";

	ck_assert(decode_meta_charset((const uint8_t *)a, sizeof a - 1, cs,
	                              sizeof cs));
	ck_assert_str_eq(cs, "windows-1252");
	ck_assert(decode_meta_charset((const uint8_t *)b, sizeof b - 1, cs,
	                              sizeof cs));
	ck_assert_str_eq(cs, "iso-8859-1");
	/* In a comment, or content without http-equiv: not a declaration. */
	ck_assert(!decode_meta_charset((const uint8_t *)c, sizeof c - 1, cs,
	                               sizeof cs));
	ck_assert(!decode_meta_charset((const uint8_t *)d, sizeof d - 1, cs,
	                               sizeof cs));
	/* Cut off in the middle of a tag. */
	ck_assert(!decode_meta_charset((const uint8_t *)"<meta charset", 13, cs,
	                               sizeof cs));
}
END_TEST

START_TEST(decode_content_type_charset_is_read)
{
	char cs[DECODE_NAME_MAX];

	ck_assert(decode_content_type_charset("text/html; charset=ISO-8859-1",
	                                      cs, sizeof cs));
	ck_assert_str_eq(cs, "iso-8859-1");
	ck_assert(decode_content_type_charset("text/plain;Charset=\"UTF-8\"",
	                                      cs, sizeof cs));
	ck_assert_str_eq(cs, "utf-8");
	ck_assert(!decode_content_type_charset("text/html", cs, sizeof cs));
	ck_assert(!decode_content_type_charset(NULL, cs, sizeof cs));
}
END_TEST

START_TEST(decode_documents_that_are_not_text_are_named)
{
	static const struct {
		const char *bytes;
		size_t len;
		enum rc rc;
	} v[] = {
		{ BYTES("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"), RC_PDF },
		{ BYTES("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0"), RC_WORD },
		{ BYTES("PK\x03\x04\x14\0\0\0\0\0word/document.xml"), RC_WORD },
		{ BYTES("PK\x03\x04\x14\0mimetypeapplication/"
		        "vnd.oasis.opendocument.text"), RC_WORD },
		{ BYTES("PK\x03\x04\x14\0\0\0\0\0data.csv"), RC_ARCHIVE },
		{ BYTES("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"), RC_IMAGE },
		{ BYTES("\xFF\xD8\xFF\xE0\0\x10JFIF"), RC_IMAGE },
		{ BYTES("GIF89a\x01\0"), RC_IMAGE },
		{ BYTES("RIFF\0\0\0\0WEBPVP8 "), RC_IMAGE },
		{ BYTES("\x1F\x8B\x08\0"), RC_ARCHIVE },
		{ BYTES("PDF- is not a PDF"), RC_OK },
		{ BYTES("Plain text."), RC_OK },
	};
	size_t i;

	for (i = 0; i < sizeof v / sizeof v[0]; i++) {
		struct article *a = (void *)1;

		ck_assert_msg(decode_sniff_document((const uint8_t *)v[i].bytes,
		                                    v[i].len) == v[i].rc,
		              "case %zu", i);
		if (v[i].rc == RC_OK)
			continue;
		ck_assert_int_eq(article_parse("x", (const uint8_t *)v[i].bytes,
		                               v[i].len, NULL, &a), v[i].rc);
		ck_assert_ptr_null(a);
	}
	ck_assert_ptr_nonnull(strstr(rc_str(RC_PDF), "pdftotext"));
	ck_assert_ptr_nonnull(strstr(rc_str(RC_WORD), "pandoc"));
	ck_assert_ptr_nonnull(strstr(rc_str(RC_IMAGE), "image"));
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("decode");
	TCase *tc = tcase_create("encodings");

	tcase_add_test(tc, decode_boms_decide_the_encoding);
	tcase_add_test(tc, decode_plain_utf8_is_not_copied);
	tcase_add_test(tc, decode_declared_charset_converts);
	tcase_add_test(tc, decode_windows_1252_is_guessed_with_a_note);
	tcase_add_test(tc,
	               decode_undefined_bytes_become_replacement_characters);
	tcase_add_test(tc, decode_meta_charset_is_found);
	tcase_add_test(tc, decode_content_type_charset_is_read);
	suite_add_tcase(s, tc);
	tc = tcase_create("documents that are not text");
	tcase_add_test(tc, decode_documents_that_are_not_text_are_named);
	suite_add_tcase(s, tc);
	return s;
}
