/* test-ustr.c - Unicode toolbox: decoding, normalization, folding, word
 * breaks, visible substitutes and display widths. */
#include <stdlib.h>
#include <string.h>

#include "testutil.h"
#include "ustr.h"

#include <unistr.h>

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

/* The quick NFC check accepts only characters that NFC leaves alone and
 * that are no combining marks; it says "maybe" for NFD text. */
START_TEST(ustr_nfc_quick_accepts_only_what_nfc_keeps)
{
	uint32_t cp;
	size_t accepted = 0;

	for (cp = 0x80; cp < 0x30000; cp++) {
		uint8_t b[8];
		size_t n = ustr_encode(cp, b), m;
		uint8_t *r;

		if ((cp >= 0xD800 && cp < 0xE000) || !ustr_is_nfc_quick(b, n))
			continue;
		accepted++;
		ck_assert_msg(!ustr_is_mark(cp), "U+%04X is a mark", cp);
		b[n] = 'a';	/* and after a letter, before one */
		r = ustr_nfc(b, n + 1, &m);
		ck_assert_msg(m == n + 1 && memcmp(r, b, m) == 0,
		              "NFC changes U+%04X", cp);
		free(r);
	}
	ck_assert_uint_gt(accepted, 600);
	ck_assert(ustr_is_nfc_quick(U("caf\xC3\xA9 \xE2\x80\x94 "
	                              "\xE2\x80\x9Cok\xE2\x80\x9D"), 18));
	ck_assert(!ustr_is_nfc_quick(U("cafe\xCC\x81"), 6));	/* NFD */
	ck_assert(!ustr_is_nfc_quick(U("\xE2\x80\x80"), 3));	/* U+2000 */
	ck_assert(!ustr_is_nfc_quick(U("\xE4\xB8\xAD"), 3));	/* maybe */
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
	ck_assert_uint_eq(ustr_visible('a'), 'a');
	ck_assert_uint_eq(ustr_visible(0x5D0), 0x5D0);
	ck_assert_int_eq(ustr_cp_width(0x1B), 1);
}
END_TEST

/* Directional formatting characters show as symbols of their own: not
 * U+FFFD, which says the input was damaged, and never raw. */
START_TEST(ustr_visible_bidi_controls_are_named_symbols)
{
	static const uint32_t bidi[] = {
		0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D,
		0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
	};
	size_t i, j;

	ck_assert_uint_eq(ustr_visible(0x202E), 0x21DA);	/* RLO ⇚ */
	ck_assert_uint_eq(ustr_visible(0x2066), 0x21A6);	/* LRI ↦ */
	ck_assert_uint_eq(ustr_visible(0x2069), 0x21A7);	/* PDI ↧ */
	for (i = 0; i < sizeof bidi / sizeof *bidi; i++) {
		uint32_t v = ustr_visible(bidi[i]);

		ck_assert_msg(v != bidi[i] && v != USTR_REPLACEMENT,
		              "U+%04X shows as U+%04X", bidi[i], v);
		ck_assert_int_eq(ustr_cp_width(bidi[i]), 1);
		for (j = 0; j < i; j++)	/* each its own */
			ck_assert_uint_ne(v, ustr_visible(bidi[j]));
	}
	ck_assert_uint_eq(ustr_visible(0x200D), 0x200D);	/* ZWJ stays */
}
END_TEST

/* Unicode's best practice for U+FFFD: one per maximal subpart of an
 * ill-formed sequence (the examples of Unicode 15, section 3.9). */
/* Whether a text is valid UTF-8, told run by run between the ASCII, as
 * libunistring tells it of the whole: on texts of the bytes where
 * sequences start, continue, end early, run long or encode surrogates. */
START_TEST(ustr_is_valid_is_utf8_checked_whole)
{
	static const uint8_t bytes[] = {
		'a', ' ', '.', 0x80, 0x8F, 0xA0, 0xBF, 0xC0, 0xC2, 0xC3, 0xDF,
		0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
	};
	uint8_t s[24];
	unsigned seed = 7, k, valid = 0;
	size_t n, i;

	for (k = 0; k < 200000; k++) {
		seed = seed * 1103515245u + 12345u;
		n = (seed >> 16) % sizeof s;
		for (i = 0; i < n; i++) {
			seed = seed * 1103515245u + 12345u;
			/* ASCII half the time, as text is. */
			s[i] = (seed >> 20) % 2 ? 'x'
			       : bytes[(seed >> 8) % sizeof bytes];
		}
		ck_assert_msg(ustr_is_valid(s, n) == (u8_check(s, n) == NULL),
		              "case %u", k);
		valid += ustr_is_valid(s, n);
	}
	/* Both answers were seen. */
	ck_assert_uint_gt(valid, 1000);
	ck_assert_uint_lt(valid, 199000);
}
END_TEST

START_TEST(ustr_decode_replaces_each_maximal_subpart)
{
	static const struct {
		const char *s;
		size_t n;
		size_t lens[8];
	} cases[] = {
		{ "\xE0\x80\xAF", 3, { 1, 1, 1 } },	/* overlong '/' */
		{ "\xED\xA0\x80", 3, { 1, 1, 1 } },	/* a surrogate */
		{ "\xF0\x80\x80\x80", 4, { 1, 1, 1, 1 } },
		{ "\xF4\x90\x80\x80", 4, { 1, 1, 1, 1 } },	/* > U+10FFFF */
		{ "\xC0\xAF", 2, { 1, 1 } },
		{ "\xE1\x80", 2, { 2 } },		/* cut short: one */
		{ "\xF1\x80\x80\x41", 4, { 3, 1 } },
		{ "\x61\xF1\x80\x80\xE1\x80\xC2\x62", 8,
		  { 1, 3, 2, 1, 1 } },
	};
	size_t c;

	for (c = 0; c < sizeof cases / sizeof *cases; c++) {
		const uint8_t *s = U(cases[c].s);
		size_t i = 0, k = 0;

		while (i < cases[c].n) {
			uint32_t cp;
			size_t len = ustr_decode(s + i, cases[c].n - i, &cp);

			ck_assert_msg(len == cases[c].lens[k],
			              "case %zu, part %zu: %zu bytes", c, k,
			              len);
			i += len;
			k++;
		}
		ck_assert_uint_eq(cases[c].lens[k], 0);
	}
}
END_TEST

/* Every well-formed character decodes whole, at the edges of each range. */
START_TEST(ustr_decode_accepts_the_edges_of_each_range)
{
	static const uint32_t cps[] = {
		0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000,
		0x3FFFF, 0x40000, 0xFFFFF, 0x100000, 0x10FFFF,
	};
	size_t i;

	for (i = 0; i < sizeof cps / sizeof *cps; i++) {
		uint8_t b[4];
		uint32_t cp;
		size_t n = ustr_encode(cps[i], b);

		ck_assert_uint_eq(ustr_decode(b, n, &cp), n);
		ck_assert_uint_eq(cp, cps[i]);
	}
}
END_TEST

/* ustr_width() takes ASCII eight bytes at a time: it must still be the
 * sum of the characters' widths, controls (shown as pictures) included. */
START_TEST(ustr_width_is_the_sum_of_character_widths)
{
	uint8_t s[300];
	size_t i, n = 0, sum = 0;

	for (i = 0; i < 128; i++)
		s[n++] = (uint8_t)i;
	memcpy(s + n, "\xE4\xB8\xAD\xCC\x81\xF0\x9F\x98\x80" "ab", 11);
	n += 11;
	for (i = 0; i < n;) {
		uint32_t cp;

		i += ustr_decode(s + i, n - i, &cp);
		sum += (size_t)ustr_cp_width(cp);
	}
	for (i = 0; i <= 128; i++)	/* cut anywhere in the ASCII */
		ck_assert_uint_eq(ustr_width(s + i, n - i) +
		                  (i > 0 ? ustr_width(s, i) : 0), sum);
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
	tcase_add_test(tc, ustr_is_valid_is_utf8_checked_whole);
	tcase_add_test(tc, ustr_decode_replaces_each_maximal_subpart);
	tcase_add_test(tc, ustr_decode_accepts_the_edges_of_each_range);
	suite_add_tcase(s, tc);

	tc = tcase_create("normalization and folding");
	tcase_add_test(tc, ustr_nfc_composes_combining_marks);
	tcase_add_test(tc, ustr_nfc_quick_accepts_only_what_nfc_keeps);
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
	tcase_add_test(tc, ustr_visible_bidi_controls_are_named_symbols);
	tcase_add_test(tc, ustr_width_is_the_sum_of_character_widths);
	tcase_add_test(tc, ustr_classes_beyond_ascii);
	suite_add_tcase(s, tc);
	return s;
}
