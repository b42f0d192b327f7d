/* test-jsonread.c - the small JSON reader used for JSON-LD. */
#include <stdlib.h>
#include <string.h>

#include "jsonread.h"
#include "testutil.h"

static struct jsonread_value *
parse(const char *s)
{
	return jsonread_parse((const uint8_t *)s, strlen(s));
}

START_TEST(jsonread_values_and_nesting)
{
	struct jsonread_value *v = parse(
	        " {\"a\": [1, -2.5e3, true, false, null, \"x\"],"
	        "  \"b\": {\"c\": {}}, \"d\": []} ");
	const struct jsonread_value *a;

	ck_assert_ptr_nonnull(v);
	ck_assert_int_eq(v->type, JSONREAD_OBJECT);
	ck_assert_uint_eq(v->n, 3);
	a = jsonread_get(v, "a");
	ck_assert_uint_eq(a->n, 6);
	ck_assert_str_eq(a->items[1].str, "-2.5e3");
	ck_assert(a->items[2].truth);
	ck_assert_int_eq(a->items[4].type, JSONREAD_NULL);
	ck_assert_str_eq(jsonread_str(&a->items[5]), "x");
	ck_assert_ptr_null(jsonread_str(&a->items[0]));
	ck_assert_int_eq(jsonread_get(jsonread_get(v, "b"), "c")->type,
	                 JSONREAD_OBJECT);
	ck_assert_ptr_null(jsonread_get(v, "missing"));
	ck_assert_ptr_null(jsonread_get(a, "a"));	/* not an object */
	jsonread_free(v);
}
END_TEST

START_TEST(jsonread_string_escapes)
{
	struct jsonread_value *v = parse(
	        "\"q\\\"b\\\\s\\/n\\n\\t\\u00e9\\u201C"
	        "\\ud83d\\ude00\\udc00x\"");

	ck_assert_ptr_nonnull(v);
	ck_assert_str_eq(v->str, "q\"b\\s/n\n\t\xC3\xA9\xE2\x80\x9C"
	                         "\xF0\x9F\x98\x80\xEF\xBF\xBDx");
	jsonread_free(v);
	/* \u0000 is kept, with the length saying so. */
	v = parse("\"a\\u0000b\"");
	ck_assert_uint_eq(v->len, 3);
	jsonread_free(v);
}
END_TEST

START_TEST(jsonread_invalid_text_is_refused)
{
	static const char *const bad[] = {
		"", "{", "[1,]", "{\"a\" 1}", "{\"a\": 1,}", "\"open",
		"\"ctl\x01\"", "\"\\x\"", "\"\\u12G4\"", "tru", "[1] 2",
		"{1: 2}", "-", "nul", "[\"a\" \"b\"]",
	};
	size_t i;

	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		ck_assert_msg(parse(bad[i]) == NULL, "%s", bad[i]);
}
END_TEST

START_TEST(jsonread_deep_nesting_is_refused)
{
	char deep[2 * (JSONREAD_MAX_DEPTH + 2) + 1];
	size_t i, n = JSONREAD_MAX_DEPTH + 2;
	struct jsonread_value *v;

	for (i = 0; i < n; i++) {
		deep[i] = '[';
		deep[n + i] = ']';
	}
	deep[2 * n] = '\0';
	ck_assert_ptr_null(parse(deep));
	/* Within the limit it is read. */
	v = parse("[[[[[[[[1]]]]]]]]");
	ck_assert_ptr_nonnull(v);
	jsonread_free(v);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("jsonread");
	TCase *tc = tcase_create("reading");

	tcase_add_test(tc, jsonread_values_and_nesting);
	tcase_add_test(tc, jsonread_string_escapes);
	tcase_add_test(tc, jsonread_invalid_text_is_refused);
	tcase_add_test(tc, jsonread_deep_nesting_is_refused);
	suite_add_tcase(s, tc);
	return s;
}
