/* test-fuzz.c - the fuzz harness on every past finding of the fuzzer and
 * on the seed pairs, as part of the test suite (and so under the
 * sanitizers and valgrind in CI). */
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "testutil.h"

static void
setup(void)
{
	fuzz_init(getenv("NEWSDIFF_DATADIR"));
}

/* Every file of fixtures/fuzz: inputs that once broke something.  A file
 * named page-* is a finding of fuzz-page, json-* one of fuzz-json; any
 * other one of fuzz-newsdiff. */
START_TEST(fuzz_past_findings_stay_fixed)
{
	char dir[4096], path[8192];
	DIR *d;
	struct dirent *e;
	int n = 0;

	snprintf(dir, sizeof dir, "%s/fuzz", getenv("FIXTURES"));
	d = opendir(dir);
	ck_assert_msg(d != NULL, "no %s", dir);
	while ((e = readdir(d)) != NULL) {
		size_t len;
		char *buf;

		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		buf = t_slurp(path, &len);
		ck_assert_msg(buf != NULL, "cannot read %s", path);
		if (strncmp(e->d_name, "page-", 5) == 0)
			fuzz_page((const uint8_t *)buf, len, NULL);
		else if (strncmp(e->d_name, "json-", 5) == 0)
			fuzz_json((const uint8_t *)buf, len);
		else
			fuzz_one((const uint8_t *)buf, len);
		free(buf);
		n++;
	}
	closedir(d);
	ck_assert_int_gt(n, 0);
}
END_TEST

/* A fixture pair as the fuzzer sees one: two bytes of the left's length,
 * then both texts; then again with every stage chosen (the prefix of
 * harness.h): word diff, revisions, each side as a page, a charset. */
START_TEST(fuzz_harness_runs_the_fixture_pairs)
{
	static const char *const pairs[] = {
		"export/left.txt", "export/right.txt",
		"pairs/01-izmir-earthquake.left.txt",
		"pairs/01-izmir-earthquake.right.txt",
		"pages/northbank.html", "pages/northbank.txt",
		"pages/northbank-1252.html", "pages/tidewater.html",
	};
	static const uint8_t stages[][FUZZ_MAGIC_LEN] = {
		{ 'N', 'D', 2, FUZZ_REVISIONS, 0 },
		{ 'N', 'D', 2, FUZZ_WORD_DIFF | FUZZ_HTML, 3 },
	};
	char path[4096];
	size_t i, k;

	for (i = 0; i < sizeof pairs / sizeof *pairs; i += 2) {
		size_t ln, rn;
		char *l, *r;
		uint8_t *in;

		snprintf(path, sizeof path, "%s/%s", getenv("FIXTURES"), pairs[i]);
		l = t_slurp(path, &ln);
		snprintf(path, sizeof path, "%s/%s", getenv("FIXTURES"),
		         pairs[i + 1]);
		r = t_slurp(path, &rn);
		ck_assert(l != NULL && r != NULL && ln < 65536);
		in = malloc(2 + ln + rn);
		ck_assert_ptr_nonnull(in);
		in[0] = (uint8_t)(ln & 0xFF);
		in[1] = (uint8_t)(ln >> 8);
		memcpy(in + 2, l, ln);
		memcpy(in + 2 + ln, r, rn);
		fuzz_one(in, 2 + ln + rn);
		free(in);
		in = malloc(FUZZ_MAGIC_LEN + 2 + ln + rn);
		ck_assert_ptr_nonnull(in);
		for (k = 0; k < sizeof stages / sizeof *stages; k++) {
			memcpy(in, stages[k], FUZZ_MAGIC_LEN);
			in[FUZZ_MAGIC_LEN] = (uint8_t)(ln & 0xFF);
			in[FUZZ_MAGIC_LEN + 1] = (uint8_t)(ln >> 8);
			memcpy(in + FUZZ_MAGIC_LEN + 2, l, ln);
			memcpy(in + FUZZ_MAGIC_LEN + 2 + ln, r, rn);
			fuzz_one(in, FUZZ_MAGIC_LEN + 2 + ln + rn);
		}
		fuzz_page((const uint8_t *)l, ln, NULL);
		free(in);
		free(l);
		free(r);
	}
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("fuzz");
	TCase *tc = tcase_create("replay");

	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, fuzz_past_findings_stay_fixed);
	tcase_add_test(tc, fuzz_harness_runs_the_fixture_pairs);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return s;
}
