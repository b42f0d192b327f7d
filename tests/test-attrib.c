/* test-attrib.c - who gave a figure or a quotation and when: the cases
 * of fixtures/attrib.txt (anyone may add one), then comparing two
 * attributions, and text that must not trip the rules. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "attrib.h"
#include "lexicon.h"
#include "testutil.h"

#define MAX_CASES 400
#define MAX_CONTEXT 8

struct acase {
	size_t line;			/* of its text: line in the fixture */
	char *context[MAX_CONTEXT];
	size_t ncontext;
	char *text, *target, *source, *key, *time;
};

static struct acase cases[MAX_CASES];
static size_t ncases;
static char *fixture_buf;

static char *
field(char *line, const char *name)
{
	size_t n = strlen(name);

	if (strncmp(line, name, n) == 0 && line[n] == ':' && line[n + 1] == ' ')
		return line + n + 2;
	return NULL;
}

/* Read fixtures/attrib.txt into cases[]; records end at a blank line. */
static void
read_cases(void)
{
	const char *dir = getenv("FIXTURES");
	char path[4096], *p, *v;
	size_t line = 0;
	struct acase *c = &cases[0];

	if (dir == NULL)
		return;
	snprintf(path, sizeof path, "%s/attrib.txt", dir);
	fixture_buf = t_slurp(path, NULL);
	if (fixture_buf == NULL)
		return;
	for (p = fixture_buf; p != NULL && *p != '\0';) {
		char *nl = strchr(p, '\n');

		if (nl != NULL)
			*nl = '\0';
		line++;
		if (*p == '#') {
			;
		} else if (*p == '\0') {
			if (c->text != NULL && ncases + 1 < MAX_CASES)
				c = &cases[++ncases];
		} else if ((v = field(p, "context")) != NULL) {
			if (c->ncontext < MAX_CONTEXT)
				c->context[c->ncontext++] = v;
		} else if ((v = field(p, "text")) != NULL) {
			c->text = v;
			c->line = line;
		} else if ((v = field(p, "target")) != NULL) {
			c->target = v;
		} else if ((v = field(p, "source")) != NULL) {
			c->source = v;
		} else if ((v = field(p, "key")) != NULL) {
			c->key = v;
		} else if ((v = field(p, "time")) != NULL) {
			c->time = v;
		}
		p = nl != NULL ? nl + 1 : NULL;
	}
	if (c->text != NULL)
		ncases++;
}

/* The text of a span of article a, or "-". */
static void
span_str(const struct article *a, size_t para, uint32_t s, uint32_t e,
         char *buf, size_t size)
{
	const uint8_t *t;
	size_t len;

	if (para == (size_t)-1) {
		snprintf(buf, size, "-");
		return;
	}
	t = article_para_text(a, para, &len);
	ck_assert_uint_le(s, e);
	ck_assert_uint_le(e, len);
	snprintf(buf, size, "%.*s", (int)(e - s), (const char *)t + s);
}

START_TEST(attrib_fixture_case_gives_source_and_time)
{
	const struct acase *c = &cases[_i];
	struct lexicon *lx = t_lexicon();
	struct article *a;
	struct attrib at;
	char doc[8192], got[512];
	const uint8_t *text;
	const char *hit;
	size_t len, n = 0, k, para;

	ck_assert_msg(c->text && c->target && c->source && c->key && c->time,
	              "attrib.txt:%zu: a field is missing", c->line);
	for (k = 0; k < c->ncontext; k++)
		n += (size_t)snprintf(doc + n, sizeof doc - n, "%s\n\n",
		                      c->context[k]);
	snprintf(doc + n, sizeof doc - n, "%s\n", c->text);
	a = t_article(doc);
	article_analyze(a, lx);
	ck_assert_uint_eq(a->npara, c->ncontext + 1);
	para = a->npara - 1;
	text = article_para_text(a, para, &len);
	hit = strstr((const char *)text, c->target);
	ck_assert_msg(hit != NULL, "attrib.txt:%zu: no \"%s\" in the text",
	              c->line, c->target);
	attrib_find(a, para, (uint32_t)(hit - (const char *)text),
	            (uint32_t)(hit - (const char *)text + strlen(c->target)),
	            &at);

	span_str(a, at.src_para, at.src_start, at.src_end, got, sizeof got);
	ck_assert_msg(strcmp(got, c->source) == 0,
	              "attrib.txt:%zu: source \"%s\", expected \"%s\"", c->line,
	              got, c->source);
	if (at.key != 0) {
		const uint8_t *w = lexicon_word(lx, at.key, &len);

		snprintf(got, sizeof got, "%.*s", (int)len, (const char *)w);
	} else {
		snprintf(got, sizeof got, "-");
	}
	ck_assert_msg(strcmp(got, c->key) == 0,
	              "attrib.txt:%zu: key \"%s\", expected \"%s\"", c->line,
	              got, c->key);
	ck_assert_msg((at.key != 0) == attrib_has_source(&at),
	              "attrib.txt:%zu: a key without a source", c->line);
	span_str(a, at.time_para, at.time_start, at.time_end, got, sizeof got);
	ck_assert_msg(strcmp(got, c->time) == 0,
	              "attrib.txt:%zu: time \"%s\", expected \"%s\"", c->line,
	              got, c->time);
	article_free(a);
	lexicon_free(lx);
}
END_TEST

START_TEST(attrib_fixture_has_forty_cases)
{
	ck_assert_uint_ge(ncases, 40);
}
END_TEST

/* ---- comparing two attributions -------------------------------------- */

struct two {
	struct lexicon *lx;
	struct article *a, *b;
	struct attrib la, rb;
};

/* Attribute the first occurrence of target in one-paragraph reports
 * ta and tb. */
static void
two_find(struct two *t, const char *ta, const char *tb, const char *target)
{
	const uint8_t *s;
	const char *hit;
	size_t len;

	t->lx = t_lexicon();
	t->a = t_article(ta);
	t->b = t_article(tb);
	article_analyze(t->a, t->lx);
	article_analyze(t->b, t->lx);
	s = article_para_text(t->a, 0, &len);
	hit = strstr((const char *)s, target);
	ck_assert_ptr_nonnull(hit);
	attrib_find(t->a, 0, (uint32_t)(hit - (const char *)s),
	            (uint32_t)(hit - (const char *)s + strlen(target)), &t->la);
	s = article_para_text(t->b, 0, &len);
	hit = strstr((const char *)s, target);
	ck_assert_ptr_nonnull(hit);
	attrib_find(t->b, 0, (uint32_t)(hit - (const char *)s),
	            (uint32_t)(hit - (const char *)s + strlen(target)), &t->rb);
}

static void
two_free(struct two *t)
{
	article_free(t->a);
	article_free(t->b);
	lexicon_free(t->lx);
}

START_TEST(attrib_surname_and_full_name_are_one_source)
{
	struct two t;

	two_find(&t, "At least 40 people died, John Marlow said.\n",
	         "At least 40 people died, Marlow said.\n", "40 people");
	ck_assert(attrib_has_source(&t.la) && attrib_has_source(&t.rb));
	ck_assert(!attrib_differ(t.a, &t.la, t.b, &t.rb));
	two_free(&t);
}
END_TEST

START_TEST(attrib_different_speakers_differ)
{
	struct two t;

	two_find(&t, "At least 40 people died, police said.\n",
	         "At least 40 people died, the Red Cross said.\n", "40 people");
	ck_assert(attrib_differ(t.a, &t.la, t.b, &t.rb));
	two_free(&t);
}
END_TEST

START_TEST(attrib_different_periods_differ_same_period_does_not)
{
	struct two t;

	two_find(&t, "Police said 40 people died this week.\n",
	         "Police said 40 people died in the last eight days.\n",
	         "40 people");
	ck_assert(attrib_differ(t.a, &t.la, t.b, &t.rb));
	two_free(&t);
	two_find(&t, "Police said 40 people died on Monday.\n",
	         "Police said 40 people died Monday.\n", "40 people");
	ck_assert(!attrib_differ(t.a, &t.la, t.b, &t.rb));
	two_free(&t);
}
END_TEST

START_TEST(attrib_unstated_on_one_side_is_no_difference)
{
	struct two t;

	two_find(&t, "Police said 40 people died this week.\n",
	         "At least 40 people died.\n", "40 people");
	ck_assert(!attrib_has_source(&t.rb));
	ck_assert(!attrib_differ(t.a, &t.la, t.b, &t.rb));
	two_free(&t);
}
END_TEST

/* ---- text that must not trip the rules --------------------------------- */

START_TEST(attrib_unicode_and_odd_text_stay_in_bounds)
{
	static const char *const texts[] = {
		("\xe8\xad\xa6\xe6\x96\xb9\xe8\xa1\xa8\xe7\xa4\xba 40 "
		 "\xe4\xba\xba said.\n"),		/* CJK */
		"Cafe\xcc\x81 owners said 12 were hurt.\n",	/* NFD */
		"said\n",
		"\"\n",
		"according to\n",
		"12, said\n",
		"by the end of\n",
		"since the\n",
		"He said 4 died.\n",
		"\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d said 4.\n",	/* RTL */
	};
	struct lexicon *lx = t_lexicon();
	size_t i;

	for (i = 0; i < sizeof texts / sizeof *texts; i++) {
		struct article *a = t_article(texts[i]);
		struct attrib at;
		size_t len, s;

		article_analyze(a, lx);
		article_para_text(a, 0, &len);
		for (s = 0; s <= len; s++) {
			attrib_find(a, 0, (uint32_t)s, (uint32_t)len, &at);
			if (attrib_has_source(&at))
				ck_assert_uint_le(at.src_start, at.src_end);
			if (attrib_has_time(&at))
				ck_assert_uint_lt(at.time_start, at.time_end);
		}
		attrib_find(a, 5, 0, 0, &at);	/* no such paragraph */
		ck_assert(!attrib_has_source(&at) && !attrib_has_time(&at));
		article_free(a);
	}
	lexicon_free(lx);
}
END_TEST

START_TEST(attrib_pronoun_without_earlier_speaker_stays_pronoun)
{
	struct two t;

	two_find(&t, "He said 40 people died.\n", "He said 40 people died.\n",
	         "40 people");
	ck_assert(t.la.pronoun);
	ck_assert(attrib_has_source(&t.la));
	two_free(&t);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("attrib");
	TCase *tc;

	read_cases();
	tc = tcase_create("fixture cases");
	tcase_add_test(tc, attrib_fixture_has_forty_cases);
	tcase_add_loop_test(tc, attrib_fixture_case_gives_source_and_time, 0,
	                    (int)ncases);
	suite_add_tcase(s, tc);
	tc = tcase_create("comparing sources and periods");
	tcase_add_test(tc, attrib_surname_and_full_name_are_one_source);
	tcase_add_test(tc, attrib_different_speakers_differ);
	tcase_add_test(tc,
	               attrib_different_periods_differ_same_period_does_not);
	tcase_add_test(tc, attrib_unstated_on_one_side_is_no_difference);
	suite_add_tcase(s, tc);
	tc = tcase_create("odd text");
	tcase_add_test(tc, attrib_unicode_and_odd_text_stay_in_bounds);
	tcase_add_test(tc,
	               attrib_pronoun_without_earlier_speaker_stays_pronoun);
	suite_add_tcase(s, tc);
	return s;
}
