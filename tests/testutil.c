/* testutil.c - helpers shared by the Check test programs. */
#include "testutil.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "align.h"
#include "article.h"
#include "lexicon.h"

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

uint8_t *
t_asset_bytes(const char *name, size_t *len)
{
	const char *dir = getenv("NEWSDIFF_DATADIR");
	char path[4096];
	char *buf;

	ck_assert_msg(dir != NULL, "NEWSDIFF_DATADIR is not set");
	snprintf(path, sizeof path, "%s/%s", dir, name);
	buf = t_slurp(path, len);
	ck_assert_msg(buf != NULL, "cannot read %s", path);
	return (uint8_t *)buf;
}

/* The related-words table, read once: lexicons refer to it, so it lives
 * as long as the test program. */
static const uint8_t *
related_table(size_t *len)
{
	static uint8_t *buf;
	static size_t n;

	if (buf == NULL)
		buf = t_asset_bytes("related-en.txt", &n);
	*len = n;
	return buf;
}

struct lexicon *
t_lexicon(void)
{
	struct lexicon *lx = lexicon_new();
	size_t len;
	uint8_t *buf;

	buf = t_asset_bytes("stopwords-en.txt", &len);
	lexicon_load_stopwords(lx, buf, len);
	free(buf);
	buf = t_asset_bytes("synonyms-en.txt", &len);
	lexicon_load_synonyms(lx, buf, len);
	free(buf);
	lexicon_load_related(lx, related_table(&len), len);
	return lx;
}

void
t_compare(struct t_cmp *c, struct article *left, struct article *right)
{
	t_compare_as(c, left, right, COMPARE_AUTO);
}

void
t_compare_as(struct t_cmp *c, struct article *left, struct article *right,
             enum compare_mode mode)
{
	struct compare_data d = { .mode = mode };
	uint8_t *stop = t_asset_bytes("stopwords-en.txt", &d.nstopwords);
	uint8_t *syn = t_asset_bytes("synonyms-en.txt", &d.nsynonyms);

	d.stopwords = stop;
	d.synonyms = syn;
	d.related = related_table(&d.nrelated);
	compare_articles(c, left, right, &d);
	free(stop);
	free(syn);
	ck_assert_ptr_nonnull(c->al);
}

void
t_compare_free(struct t_cmp *c)
{
	compare_fini(c);
}

int
t_paired(const struct t_cmp *c, size_t l, size_t r)
{
	return l < c->left->npara && r < c->right->npara &&
	       c->al->left_group[l] != ALIGN_NONE &&
	       c->al->left_group[l] == c->al->right_group[r];
}

const char *const t_devset[T_NDEVSET] = {
	"01-izmir-earthquake", "02-poland-election", "03-corvana-earnings",
	"04-seville-verdict", "05-coyote-ridge-fire",
	"06-libertadores-semifinal", "07-obesity-drug-trial",
	"08-romblon-ferry", "09-rba-rate-hike", "10-france-pension-strike",
	"11-mali-hostages", "12-webb-exoplanet", "13-valdoria-floods",
	"14-meralia-election", "15-keraya-hurricane", "16-tessaly-heatwave",
	"17-norvak-air-crash", "18-castelmar-protest", "19-varnholt-outbreak",
	"20-brennick-mine", "21-solveig-summit", "22-harlow-bridge-attack",
	"23-ostravec-floods", "24-sarvanta-bank-fine", "25-kelmar-air-crash",
	"26-doravia-election", "27-tarvik-earthquake", "28-halcrest-fraud-trial",
};
