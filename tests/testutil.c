/* testutil.c - helpers shared by the Check test programs. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"

struct article *
t_article(const char *text)
{
	struct article *a = NULL;
	enum rc rc = article_parse("test", (const uint8_t *)text, strlen(text),
	                           NULL, &a);

	ck_assert_msg(rc == RC_OK, "article_parse: %s", rc_str(rc));
	return a;
}

static struct article *
load_from(const char *envvar, const char *name)
{
	const char *dir = getenv(envvar);
	char path[4096];
	struct article *a = NULL;
	enum rc rc;

	ck_assert_msg(dir != NULL, "%s is not set", envvar);
	snprintf(path, sizeof path, "%s/%s", dir, name);
	rc = article_load_file(path, NULL, &a);
	ck_assert_msg(rc == RC_OK, "%s: %s", path, rc_str(rc));
	return a;
}

struct article *
t_asset(const char *name)
{
	return load_from("NEWSDIFF_DATADIR", name);
}

struct article *
t_fixture(const char *name)
{
	return load_from("FIXTURES", name);
}

char *
t_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *b = NULL;
	long n;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0) {
		b = malloc((size_t)n + 1);
		if (b != NULL && fread(b, 1, (size_t)n, f) == (size_t)n) {
			b[n] = '\0';
			if (len)
				*len = (size_t)n;
		} else {
			free(b);
			b = NULL;
		}
	}
	fclose(f);
	return b;
}

size_t
t_find(const struct article *a, const char *prefix)
{
	size_t i, k = strlen(prefix);

	for (i = 0; i < a->npara; i++)
		if (a->para[i].len >= k &&
		    memcmp(a->text + a->para[i].start, prefix, k) == 0)
			return i;
	return (size_t)-1;
}

size_t
t_para(const struct article *a, const char *prefix)
{
	size_t i = t_find(a, prefix);

	ck_assert_msg(i != (size_t)-1, "no paragraph starts with \"%s\"",
	              prefix);
	return i;
}
