/* test-ustr.c - Unicode toolbox: decoding, normalization, folding, word
 * breaks, visible substitutes and display widths. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "ustr.h"

#define U(s) ((const uint8_t *)(s))

START_TEST(ustr_decode_invalid_byte_is_replacement_and_advances)
{
	uint32_t cp;

	ck_assert_uint_eq(ustr_decode(U("\xFF" "a"), 2, &cp), 1);
	ck_assert_uint_eq(cp, USTR_REPLACEMENT);
	ck_assert_uint_eq(ustr_decode(U("\xE2\x82"), 2, &cp), 2);
	ck_assert_uint_eq(cp, USTR_REPLACEMENT);
	ck_assert_uint_eq(ustr_decode(U("\xC3\xA9"), 2, &cp), 2);
	ck_assert_uint_eq(cp, 0xE9);
}
END_TEST

START_TEST(ustr_encode_roundtrips)
{
	uint8_t b[4];
	uint32_t cp;
	uint32_t samples[] = { 'A', 0xE9, 0x4E2D, 0x1F600 };

	for (size_t i = 0; i < 4; i++) {
		size_t n = ustr_encode(samples[i], b);

		ck_assert_uint_eq(ustr_decode(b, n, &cp), n);
		ck_assert_uint_eq(cp, samples[i]);
	}
}
END_TEST

START_TEST(ustr_nfc_composes_combining_marks)
{
	size_t n;
	uint8_t *r = ustr_nfc(U("Jose\xCC\x81"), 6, &n);	/* e + U+0301 */

	ck_assert_uint_eq(n, 5);
	ck_assert_mem_eq(r, "Jos\xC3\xA9", 5);
	free(r);
}
END_TEST

START_TEST(ustr_fold_handles_sharp_s_and_accents)
{
	size_t n;
	const char *s = "STRA\xC3\x9F" "E \xC3\x89T\xC3\x89";
	uint8_t *r = ustr_fold(U(s), strlen(s), &n);

	ck_assert_str_eq((char *)r, "strasse \xC3\xA9t\xC3\xA9");
	free(r);
}
END_TEST

static size_t
count_words(const char *s, char *out, size_t outsz)
{
	size_t n = strlen(s), i, w = 0, o = 0;
	char *br = malloc(n + 1);

	ustr_wordbreaks(U(s), n, br);
	for (i = 0; i <= n && o + 2 < outsz; i++) {
		if (i == n || (i > 0 && br[i])) {
			out[o++] = '|';
			w++;
		}
		if (i < n)
			out[o++] = s[i];
	}
	out[o] = '\0';
	free(br);
	return w;
}

START_TEST(ustr_wordbreaks_keep_apostrophes_and_split_hyphens)
{
	char out[128];

	count_words("don't cease-fire", out, sizeof out);
	ck_assert_str_eq(out, "don't| |cease|-|fire|");
	count_words("you\xE2\x80\x99re 3.5", out, sizeof out);
	ck_assert_str_eq(out, "you\xE2\x80\x99re| |3.5|");
}
END_TEST

START_TEST(ustr_width_cjk_is_two_columns)
{
	ck_assert_uint_eq(ustr_width(U("\xE4\xB8\xAD\xE6\x96\x87"), 6), 4);
	ck_assert_uint_eq(ustr_width(U("abc"), 3), 3);
}
END_TEST

START_TEST(ustr_width_combining_mark_is_zero)
{
	ck_assert_uint_eq(ustr_width(U("e\xCC\x81"), 3), 1);
	ck_assert(ustr_is_mark(0x301));
	ck_assert(!ustr_is_mark('e'));
}
END_TEST

START_TEST(ustr_width_emoji_and_zwj_sequence)
{
	/* U+1F600 is wide; in a ZWJ family each emoji counts, the joiners
	 * are zero wide, as the terminal's wcwidth counts them. */
	ck_assert_uint_eq(ustr_width(U("\xF0\x9F\x98\x80"), 4), 2);
	ck_assert_uint_eq(ustr_width(U("\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"),
	                             11), 4);
}
END_TEST

START_TEST(ustr_width_rtl_letters_are_one_column)
{
	/* Hebrew shalom, four letters. */
	ck_assert_uint_eq(ustr_width(U("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"), 8), 4);
}
END_TEST

START_TEST(ustr_visible_replaces_controls)
{
	ck_assert_uint_eq(ustr_visible(0x1B), 0x241B);	/* ESC */
	ck_assert_uint_eq(ustr_visible(0x07), 0x2407);	/* BEL */
	ck_assert_uint_eq(ustr_visible(0x7F), 0x2421);
	ck_assert_uint_eq(ustr_visible(0x9B), USTR_REPLACEMENT);	/* C1 CSI */
	ck_assert_uint_eq(ustr_visible(0x202E), USTR_REPLACEMENT);	/* RLO */
	ck_assert_uint_eq(ustr_visible(0x2067), USTR_REPLACEMENT);	/* RLI */
	ck_assert_uint_eq(ustr_visible('a'), 'a');
	ck_assert_uint_eq(ustr_visible(0x5D0), 0x5D0);
	ck_assert_int_eq(ustr_cp_width(0x1B), 1);
}
END_TEST

START_TEST(ustr_classes_beyond_ascii)
{
	ck_assert(ustr_is_upper(0xC9));		/* É */
	ck_assert(ustr_is_lower(0xE9));
	ck_assert(ustr_is_letter(0x4E2D));
	ck_assert(ustr_is_space(0xA0));		/* NBSP */
	ck_assert(ustr_is_space(0x3000));
	ck_assert_int_eq(ustr_digit_value(0x0663), 3);	/* Arabic-Indic 3 */
	ck_assert_int_eq(ustr_digit_value('x'), -1);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("ustr");
	TCase *tc;

	tc = tcase_create("decoding");
	tcase_add_test(tc, ustr_decode_invalid_byte_is_replacement_and_advances);
	tcase_add_test(tc, ustr_encode_roundtrips);
	suite_add_tcase(s, tc);

	tc = tcase_create("normalization and folding");
	tcase_add_test(tc, ustr_nfc_composes_combining_marks);
	tcase_add_test(tc, ustr_fold_handles_sharp_s_and_accents);
	suite_add_tcase(s, tc);

	tc = tcase_create("word breaks");
	tcase_add_test(tc, ustr_wordbreaks_keep_apostrophes_and_split_hyphens);
	suite_add_tcase(s, tc);

	tc = tcase_create("widths and visible symbols");
	tcase_add_test(tc, ustr_width_cjk_is_two_columns);
	tcase_add_test(tc, ustr_width_combining_mark_is_zero);
	tcase_add_test(tc, ustr_width_emoji_and_zwj_sequence);
	tcase_add_test(tc, ustr_width_rtl_letters_are_one_column);
	tcase_add_test(tc, ustr_visible_replaces_controls);
	tcase_add_test(tc, ustr_classes_beyond_ascii);
	suite_add_tcase(s, tc);
	return s;
}
