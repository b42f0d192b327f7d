/* gen.c - make a large pair of reports for newsdiff's benchmark.
 *
 * usage: gen MEGABYTES LEFT RIGHT
 *
 * LEFT is news-like text: paragraphs of sentences whose words follow a
 * Zipf distribution over a synthetic vocabulary, with English function
 * words, capitalized names, figures ("1,250", "3.5%") and quotations.
 * RIGHT is LEFT edited as another outlet would: 10% of the paragraphs
 * deleted, 20% edited (words replaced, dropped or added), blocks of one
 * to five paragraphs moved anywhere, and 10% new paragraphs inserted.
 * The output depends on nothing but MEGABYTES: the generator has its own
 * random number generator and a fixed seed. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VOCAB 250000		/* content words: drawn by Zipf, so the
				 * distinct words grow with the text as in
				 * real news (Heaps' law) */
#define NAMES 50000
#define ZIPF_S 1.07

static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t
rng(void)	/* splitmix64 */
{
	uint64_t z = (rng_state += 0x9E3779B97F4A7C15u);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
	return z ^ (z >> 31);
}

static double
uniform(void)
{
	return (double)(rng() >> 11) / 9007199254740992.0;
}

static size_t
below(size_t n)
{
	return (size_t)(uniform() * (double)n);
}

static const char *const function_words[] = {
	"the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on",
	"with", "as", "by", "at", "from", "his", "her", "it", "an", "were",
	"which", "are", "this", "be", "had", "has", "have", "not", "but",
	"said", "they", "after", "who", "their", "been", "more", "would",
};

static const char *const syllables[] = {
	"ba", "ko", "ri", "sel", "man", "tor", "vi", "den", "la", "mos", "per",
	"qua", "sti", "un", "gra", "lo", "ne", "fi", "cor", "ta", "ven", "ru",
	"pa", "dis", "el", "or", "im", "ca", "sa", "ti", "go", "ner", "mi",
};

static char **vocab, **names;
static double *zipf_cdf;

static char *
make_word(int syl, int cap)
{
	char buf[64];
	size_t n = 0;

	for (int i = 0; i < syl; i++) {
		const char *s = syllables[below(sizeof syllables / sizeof *syllables)];

		memcpy(buf + n, s, strlen(s));
		n += strlen(s);
	}
	buf[n] = '\0';
	if (cap)
		buf[0] = (char)(buf[0] - 'a' + 'A');
	return strdup(buf);
}

static void
init_words(void)
{
	double sum = 0;

	vocab = malloc(VOCAB * sizeof *vocab);
	names = malloc(NAMES * sizeof *names);
	zipf_cdf = malloc(VOCAB * sizeof *zipf_cdf);
	for (size_t i = 0; i < VOCAB; i++) {
		vocab[i] = make_word(2 + (int)below(3), 0);
		sum += 1.0 / pow((double)(i + 1), ZIPF_S);
		zipf_cdf[i] = sum;
	}
	for (size_t i = 0; i < VOCAB; i++)
		zipf_cdf[i] /= sum;
	for (size_t i = 0; i < NAMES; i++)
		names[i] = make_word(2 + (int)below(2), 1);
}

static const char *
content_word(void)
{
	double u = uniform();
	size_t lo = 0, hi = VOCAB - 1;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (zipf_cdf[mid] < u)
			lo = mid + 1;
		else
			hi = mid;
	}
	return vocab[lo];
}

struct buf {
	char *p;
	size_t n, cap;
};

static void
put(struct buf *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->p = realloc(b->p, b->cap);
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static void
puts_(struct buf *b, const char *s)
{
	put(b, s, strlen(s));
}

/* A lower-case word, capitalized when it starts a sentence. */
static void
put_word(struct buf *b, const char *w, int first)
{
	if (first) {
		char c = (char)(w[0] - 'a' + 'A');

		put(b, &c, 1);
		w++;
	}
	puts_(b, w);
}

static void
word(struct buf *b, int first)
{
	double u = uniform();
	char num[32];

	if (u < 0.40) {
		const char *w = function_words[below(sizeof function_words /
		                                     sizeof *function_words)];

		put_word(b, w, first);
	} else if (u < 0.48) {
		puts_(b, names[below(NAMES)]);
	} else if (u < 0.51) {
		switch (below(4)) {
		case 0:
			snprintf(num, sizeof num, "%zu", 2 + below(98));
			break;
		case 1:
			snprintf(num, sizeof num, "%zu,%03zu", 1 + below(99),
			         below(1000));
			break;
		case 2:
			snprintf(num, sizeof num, "%zu.%zu%%", below(20), below(10));
			break;
		default:
			snprintf(num, sizeof num, "%zu0", 1 + below(90));
		}
		puts_(b, num);
	} else {
		const char *w = content_word();

		put_word(b, w, first);
	}
}

static void
sentence(struct buf *b)
{
	size_t n = 8 + below(22), i;
	int quote = uniform() < 0.15;

	if (quote)
		puts_(b, "\"");
	for (i = 0; i < n; i++) {
		if (i)
			puts_(b, i % 7 == 6 && uniform() < 0.5 ? ", " : " ");
		word(b, i == 0);
	}
	puts_(b, quote ? ",\" said " : ".");
	if (quote) {
		puts_(b, names[below(NAMES)]);
		puts_(b, ".");
	}
}

static char *
paragraph(void)
{
	struct buf b = { 0 };
	size_t n = 1 + below(4);

	for (size_t i = 0; i < n; i++) {
		if (i)
			puts_(&b, " ");
		sentence(&b);
	}
	return b.p;
}

/* Another outlet's version of p: some words replaced, dropped, added. */
static char *
edit(const char *p)
{
	struct buf b = { 0 };
	const char *s = p;

	while (*s) {
		const char *e = strchr(s, ' ');
		size_t n = e ? (size_t)(e - s) : strlen(s);
		double u = uniform();

		if (u < 0.06) {
			word(&b, 0);		/* replaced */
		} else if (u < 0.10) {
			;			/* dropped */
		} else {
			put(&b, s, n);
			if (u > 0.96) {		/* one added */
				puts_(&b, " ");
				word(&b, 0);
			}
		}
		if (e) {
			if (b.n && b.p[b.n - 1] != ' ')
				puts_(&b, " ");
			s = e + 1;
		} else {
			break;
		}
	}
	return b.p ? b.p : strdup("");
}

int
main(int argc, char **argv)
{
	double mb;
	size_t target, size = 0, n = 0, cap = 0, i, m = 0;
	char **left = NULL, **right;
	FILE *fl, *fr;

	if (argc != 4 || (mb = atof(argv[1])) <= 0) {
		fputs("usage: gen MEGABYTES LEFT RIGHT\n", stderr);
		return 2;
	}
	target = (size_t)(mb * 1e6);
	init_words();
	while (size < target) {
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			left = realloc(left, cap * sizeof *left);
		}
		left[n] = paragraph();
		size += strlen(left[n]) + 2;
		n++;
	}

	/* Delete, edit, insert. */
	right = malloc((n * 2 + 1) * sizeof *right);
	for (i = 0; i < n; i++) {
		double u = uniform();

		if (u < 0.10)
			continue;
		right[m++] = u < 0.30 ? edit(left[i]) : strdup(left[i]);
		if (uniform() < 0.10)
			right[m++] = paragraph();
	}
	/* Move blocks of one to five paragraphs anywhere. */
	for (i = 0; i < m / 4; i++) {
		size_t len = 1 + below(5), from, to, k;
		char *tmp[5];

		if (m < 12)
			break;
		from = below(m - len);
		memcpy(tmp, right + from, len * sizeof *tmp);
		memmove(right + from, right + from + len,
		        (m - from - len) * sizeof *right);
		to = below(m - len);
		memmove(right + to + len, right + to, (m - len - to) * sizeof *right);
		for (k = 0; k < len; k++)
			right[to + k] = tmp[k];
	}

	fl = fopen(argv[2], "w");
	fr = fopen(argv[3], "w");
	if (fl == NULL || fr == NULL) {
		perror("gen");
		return 2;
	}
	for (i = 0; i < n; i++)
		fprintf(fl, "%s%s\n", i ? "\n" : "", left[i]);
	for (i = 0; i < m; i++)
		fprintf(fr, "%s%s\n", i ? "\n" : "", right[i]);
	if (fclose(fl) != 0 || fclose(fr) != 0) {
		perror("gen");
		return 2;
	}
	return 0;
}
