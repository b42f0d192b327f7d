/* test-token.c - the tokenizer: word breaks (ASCII fast path against
 * Unicode's), folding, hyphen chains, acronyms, sentences, numbers and
 * Unicode input that is odd or broken. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "testutil.h"
#include "token.h"
#include "token-int.h"
#include "ustr.h"

#define U(s) ((const uint8_t *)(s))

/* UTF-8 spelled out, so that the strings below stay readable. */
#define RSQUO "\xE2\x80\x99"		/* ’ */
#define LDQUO "\xE2\x80\x9C"		/* “ */
#define RDQUO "\xE2\x80\x9D"		/* ” */
#define ENDASH "\xE2\x80\x93"		/* – */
#define EMDASH "\xE2\x80\x94"		/* — */
#define NBSP "\xC2\xA0"
#define ACUTE "\xCC\x81"		/* U+0301 COMBINING ACUTE ACCENT */
#define TILDE "\xCC\x83"		/* U+0303 COMBINING TILDE */
#define REPL "\xEF\xBF\xBD"		/* U+FFFD */
/* woman ZWJ girl */
#define FAMILY "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"

/* Every test gets a lexicon with the real stopword list and one token
 * vector; scan() refills the vector with the tokens of one text. */
static struct lexicon *lx;
static struct token_vec tv;
static const char *text;	/* the text tv holds the tokens of */

static struct lexicon *
stop_lexicon(void)
{
	struct lexicon *l = lexicon_new();
	size_t len = 0;
	uint8_t *buf = t_asset_bytes("stopwords-en.txt", &len);

	lexicon_load_stopwords(l, buf, len);
	free(buf);
	return l;
}

static void
setup(void)
{
	lx = stop_lexicon();
	memset(&tv, 0, sizeof tv);
	text = NULL;
}

static void
teardown(void)
{
	token_vec_fini(&tv);
	free(tv.v);
	free(tv.join);
	memset(&tv, 0, sizeof tv);
	lexicon_free(lx);
	lx = NULL;
}

static size_t
scan_n(const char *s, size_t n)
{
	tv.n = 0;
	tv.njoin = 0;
	text = s;
	token_scan(lx, U(s), n, &tv);
	return tv.n;
}

static size_t
scan(const char *s)
{
	return scan_n(s, strlen(s));
}

/* The tokens of the text last scanned as "tok|tok|tok". */
static const char *
texts(void)
{
	static char buf[2048];
	size_t i, o = 0;

	buf[0] = '\0';
	for (i = 0; i < tv.n && o + tv.v[i].len + 2 < sizeof buf; i++) {
		if (i > 0)
			buf[o++] = '|';
		memcpy(buf + o, text + tv.v[i].start, tv.v[i].len);
		o += tv.v[i].len;
	}
	buf[o] = '\0';
	return buf;
}

/* The first token of the text last scanned whose bytes are w. */
static const struct token *
tok(const char *w)
{
	size_t i, k = strlen(w);

	for (i = 0; i < tv.n; i++)
		if (tv.v[i].len == k && memcmp(text + tv.v[i].start, w, k) == 0)
			return &tv.v[i];
	ck_abort_msg("no token \"%s\" in \"%s\" (tokens: %s)", w, text,
	             texts());
	return NULL;
}

/* The looser key and the hyphen-chain key of a token of tv. */
static uint32_t
talt(const struct token *t)
{
	return token_alt(lx, t);
}

static uint32_t
tjoined(const struct token *t)
{
	return token_joined(tv.join, tv.njoin, (size_t)(t - tv.v));
}

/* The first token of s scanned by itself. */
static struct token
first(const char *s)
{
	ck_assert_msg(scan(s) >= 1, "no token in \"%s\"", s);
	return tv.v[0];
}

static uint32_t
talt_of(const char *s)
{
	struct token t = first(s);

	return token_alt(lx, &t);
}

/* Whether lexicon id id holds exactly the bytes w. */
static int
word_is(uint32_t id, const char *w)
{
	size_t len;
	const uint8_t *b = lexicon_word(lx, id, &len);

	return len == strlen(w) && memcmp(b, w, len) == 0;
}

/* Check what any text must give: tokens in order, each non-empty, inside
 * the text, not overlapping; and what lies between them is white space
 * (with any marks it carries), never a letter or a digit. */
static void
check_cover(const char *s, size_t n)
{
	size_t i, at = 0;

	for (i = 0; i <= tv.n; i++) {
		size_t end = i < tv.n ? tv.v[i].start : n, p = at;

		ck_assert_msg(end >= at, "token %zu of \"%s\" overlaps", i, s);
		if (i < tv.n) {
			ck_assert_uint_gt(tv.v[i].len, 0);
			ck_assert_uint_le(tv.v[i].start + tv.v[i].len, n);
		}
		while (p < end) {
			uint32_t cp;
			size_t len = ustr_decode(U(s) + p, end - p, &cp);

			ck_assert_msg(p > at || ustr_is_space(cp),
			              "U+%04X at %zu is in no token", cp, p);
			ck_assert_msg(!ustr_is_letter(cp) &&
			              ustr_digit_value(cp) < 0,
			              "letter U+%04X at %zu is in no token", cp,
			              p);
			p += len;
		}
		if (i < tv.n)
			at = tv.v[i].start + tv.v[i].len;
	}
}

/* ---- word breaks --------------------------------------------------- */

static uint32_t
lcg(uint32_t *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 16;
}

static int
same_token(const struct token_vec *va, size_t i, const struct token_vec *vb,
           size_t k)
{
	const struct token *a = &va->v[i], *b = &vb->v[k];

	return a->start == b->start && a->len == b->len &&
	       a->kind == b->kind && a->flags == b->flags &&
	       a->word == b->word && a->stem == b->stem &&
	       token_alt(lx, a) == token_alt(lx, b) &&
	       token_joined(va->join, va->njoin, i) ==
	               token_joined(vb->join, vb->njoin, k);
}

START_TEST(token_ascii_fast_path_matches_unicode_word_breaks)
{
	static const char alpha[] = "abzAZMy019 .,;:'\"-_()?@[`{";
	struct token_vec slow = { 0 };
	uint32_t seed = 20161001u;
	char s[64], segs[512], toks[512];
	char br[64];
	int iter;

	for (iter = 0; iter < 2000; iter++) {
		size_t n = 1 + lcg(&seed) % 40, i, start, k, o;

		for (i = 0; i < n; i++)
			s[i] = alpha[lcg(&seed) % (sizeof alpha - 1)];
		s[n] = '\0';

		/* The fast path's tokens. */
		scan_n(s, n);

		/* Unicode's segments, from libunistring directly: the
		 * non-space ones are the tokens. */
		ustr_wordbreaks(U(s), n, br);
		segs[0] = toks[0] = '\0';
		for (start = 0, i = 1, o = 0; i <= n; i++) {
			size_t room = sizeof segs - o;

			if (i < n && !br[i])
				continue;
			if (s[start] != ' ')
				o += (size_t)snprintf(segs + o, room,
				                      "%zu+%zu ", start,
				                      i - start);
			start = i;
		}
		for (k = 0, o = 0; k < tv.n; k++)
			o += (size_t)snprintf(toks + o, sizeof toks - o,
			                      "%u+%u ", tv.v[k].start,
			                      (unsigned)tv.v[k].len);
		if (strcmp(segs, toks) != 0)
			ck_abort_msg("\"%s\": fast path %s, Unicode %s", s,
			             toks, segs);

		/* The same text followed by " é" on the Unicode path; the
		 * tokens before "é" must be the same in every field. */
		memcpy(s + n, " \xC3\xA9", 4);
		slow.n = 0;
		slow.njoin = 0;
		token_scan_unicode(lx, U(s), n + 3, &slow);
		s[n] = '\0';
		if (slow.n != tv.n + 1)
			ck_abort_msg("\"%s\": %zu tokens fast, %zu on the "
			             "Unicode path", s, tv.n, slow.n - 1);
		for (k = 0; k < tv.n; k++)
			if (!same_token(&tv, k, &slow, k))
				ck_abort_msg("\"%s\": token %zu (\"%.*s\") "
				             "differs between the paths", s, k,
				             (int)tv.v[k].len,
				             s + tv.v[k].start);
	}
	token_vec_fini(&slow);
	free(slow.v);
	free(slow.join);
}
END_TEST

/* A paragraph with a few characters beyond ASCII is cut into chunks at
 * ASCII white space, and its ASCII chunks take the fast path: its tokens
 * must be those of Unicode's word breaks over the whole paragraph, in
 * every field, whatever characters stand next to the spaces (combining
 * marks, format characters and ZWJ attach to a space before them). */
START_TEST(token_chunked_scan_matches_unicode_word_breaks)
{
	static const char *const pieces[] = {
		"a", "Zb", "0", "9", " ", " ", "\t", "\n", ".", ",", "'", ":",
		"-", "_", "\"", "(", "U.S", "e", "\xC3\xA9",		/* é */
		ACUTE, NBSP, RSQUO, LDQUO, RDQUO, EMDASH, ENDASH,
		"\xC2\xAD",			/* soft hyphen: Format */
		"\xE2\x81\xA0",		/* word joiner: Format */
		"\xE2\x80\x8D",		/* ZWJ */
		"\xE2\x80\x8B",		/* zero width space */
		"\xE3\x80\x80",		/* ideographic space */
		"\xE4\xB8\xAD",		/* CJK */
		"\xF0\x9F\x91\xA9",		/* emoji */
		"\xF0\x9F\x87\xAB",		/* regional indicator F */
		"\xD7\xA9",			/* Hebrew shin */
		"\xEF\xBC\x85",		/* fullwidth % */
		"%", "3", "cease", "fire", "Mr",
	};
	struct token_vec fast = { 0 }, slow = { 0 };
	uint32_t seed = 20240601u;
	char s[400];
	int iter;

	for (iter = 0; iter < 4000; iter++) {
		size_t np = 1 + lcg(&seed) % 30, n = 0, i, k;

		for (i = 0; i < np; i++) {
			size_t np_all = sizeof pieces / sizeof *pieces;
			const char *p = pieces[lcg(&seed) % np_all];

			memcpy(s + n, p, strlen(p));
			n += strlen(p);
		}
		s[n] = '\0';
		fast.n = fast.njoin = slow.n = slow.njoin = 0;
		token_scan(lx, U(s), n, &fast);
		token_scan_unicode(lx, U(s), n, &slow);
		if (fast.n != slow.n)
			ck_abort_msg("\"%s\": %zu tokens chunked, %zu whole", s,
			             fast.n, slow.n);
		for (k = 0; k < fast.n; k++)
			if (!same_token(&fast, k, &slow, k))
				ck_abort_msg("\"%s\": token %zu (\"%.*s\") "
				             "differs between the paths", s, k,
				             (int)fast.v[k].len,
				             s + fast.v[k].start);
	}
	token_vec_fini(&fast);
	token_vec_fini(&slow);
	free(fast.v);
	free(fast.join);
	free(slow.v);
	free(slow.join);
}
END_TEST

START_TEST(token_words_and_punctuation_split_as_a_reader_would)
{
	scan("Kerry said: \"we're done,\" (again)? U.S. 3.5 cease-fire");
	ck_assert_str_eq(texts(), "Kerry|said|:|\"|we're|done|,|\"|(|again|)|?|"
	                 "U.S|.|3.5|cease|-|fire");
	ck_assert_int_eq(tok("Kerry")->kind, TOKEN_WORD);
	ck_assert_int_eq(tok("3.5")->kind, TOKEN_NUMBER);
	ck_assert(token_is_punct(tok(":"), ':'));
	ck_assert(token_is_punct(tok("\""), '"'));
	ck_assert_uint_eq(tok("?")->stem, 0);
}
END_TEST

START_TEST(token_spans_point_at_the_words_after_multibyte_text)
{
	const char *s = "Caf\xC3\xA9 " LDQUO "Kerry" RDQUO " said 9.4% " EMDASH
	                " Jos\xC3\xA9" RSQUO "s \xE4\xB8\xAD\xE6\x96\x87 end";
	const struct token *t;

	scan(s);
	ck_assert_str_eq(texts(), "Caf\xC3\xA9|" LDQUO "|Kerry|" RDQUO
	                 "|said|9.4|%|" EMDASH "|Jos\xC3\xA9" RSQUO "s|"
	                 "\xE4\xB8\xAD|\xE6\x96\x87|end");
	t = tok("Kerry");
	ck_assert_uint_eq(t->start, (uint32_t)(strstr(s, "Kerry") - s));
	ck_assert_uint_eq(t->len, 5);
	t = tok("Jos\xC3\xA9" RSQUO "s");
	ck_assert_uint_eq(t->start, (uint32_t)(strstr(s, "Jos") - s));
	ck_assert_uint_eq(t->len, 9);
	t = &tv.v[tv.n - 1];
	ck_assert_uint_eq(t->start + t->len, strlen(s));
	ck_assert_mem_eq(s + t->start, "end", 3);
}
END_TEST

START_TEST(token_space_flag_marks_white_space_before)
{
	scan("a b,c\td\n(e f" NBSP "g");
	ck_assert_str_eq(texts(), "a|b|,|c|d|(|e|f|g");
	ck_assert(!(tok("a")->flags & TOKEN_SPACE));
	ck_assert(tok("b")->flags & TOKEN_SPACE);
	ck_assert(!(tok(",")->flags & TOKEN_SPACE));
	ck_assert(!(tok("c")->flags & TOKEN_SPACE));
	ck_assert(tok("d")->flags & TOKEN_SPACE);
	ck_assert(tok("(")->flags & TOKEN_SPACE);
	ck_assert(!(tok("e")->flags & TOKEN_SPACE));
	ck_assert(tok("g")->flags & TOKEN_SPACE);	/* after NBSP */
}
END_TEST

/* The index of the first token of the text last scanned that reads w. */
static size_t
index_of(const char *w)
{
	size_t i;

	for (i = 0; i < tv.n; i++)
		if (tv.v[i].len == strlen(w) &&
		    memcmp(text + tv.v[i].start, w, tv.v[i].len) == 0)
			return i;
	ck_abort_msg("no token \"%s\"", w);
	return 0;
}

/* A letter alone after a number may be a unit ("60 C"); joined to what
 * follows, or in lower case, it belongs to a name or a code. */
START_TEST(token_letter_of_a_name_is_joined_or_lower_case)
{
	scan("It was 60 C (140 F) when 12 F-16 jets flew over Ross 508 c.");
	ck_assert(!token_letter_of_name(tv.v, tv.n, index_of("C")));
	ck_assert(!token_letter_of_name(tv.v, tv.n, index_of("F")));
	ck_assert(token_letter_of_name(tv.v, tv.n, index_of("12") + 1));
	ck_assert(token_letter_of_name(tv.v, tv.n, index_of("c")));
}
END_TEST

START_TEST(token_per_hour_is_a_slash_and_an_h_joined_on)
{
	scan("Winds of 195 km/h and 40 km / h, 60 km/hr.");
	ck_assert(token_per_hour(U(text), tv.v, tv.n, index_of("km") + 1));
	ck_assert(!token_per_hour(U(text), tv.v, tv.n, index_of("40") + 2));
	ck_assert(!token_per_hour(U(text), tv.v, tv.n, index_of("60") + 2));
}
END_TEST

/* ---- folding -------------------------------------------------------- */

START_TEST(token_curly_apostrophe_equals_straight)
{
	struct token straight = first("you're"), curly, modifier;

	curly = first("you" RSQUO "re");
	ck_assert_uint_eq(tv.n, 1);		/* one word, not three */
	ck_assert_uint_eq(curly.word, straight.word);
	ck_assert_uint_eq(curly.stem, straight.stem);
	ck_assert(word_is(curly.word, "you're"));
	modifier = first("you\xCA\xBCre");	/* U+02BC */
	ck_assert_uint_eq(tv.n, 1);
	ck_assert_uint_eq(modifier.word, straight.word);
	/* Both are the stopword "you're". */
	ck_assert(curly.flags & TOKEN_STOP);
}
END_TEST

START_TEST(token_possessive_curly_and_straight_share_stem)
{
	struct token curly = first("Russia" RSQUO "s"), straight, bare;

	straight = first("Russia's");
	bare = first("Russia");
	ck_assert_uint_eq(curly.word, straight.word);
	ck_assert_uint_eq(curly.stem, straight.stem);
	ck_assert_uint_eq(curly.stem, bare.stem);
	ck_assert(curly.flags & TOKEN_CAP);
}
END_TEST

START_TEST(token_case_folding_makes_caps_equal)
{
	struct token upper = first("KERRY"), title = first("Kerry"),
	             lower = first("kerry");

	ck_assert_uint_eq(upper.word, lower.word);
	ck_assert_uint_eq(title.word, lower.word);
	ck_assert_uint_eq(upper.stem, lower.stem);
	ck_assert(word_is(lower.word, "kerry"));
	ck_assert(!(lower.flags & TOKEN_CAP));
	ck_assert(title.flags & TOKEN_CAP);
}
END_TEST

START_TEST(token_non_ascii_case_folding)
{
	struct token a = first("\xC3\x89T\xC3\x89");	/* ÉTÉ */
	struct token b = first("\xC3\xA9t\xC3\xA9");	/* été */
	struct token c = first("Stra\xC3\x9F" "e"), d = first("STRASSE");

	ck_assert_uint_eq(a.word, b.word);	/* ÉTÉ = été */
	ck_assert(word_is(b.word, "\xC3\xA9t\xC3\xA9"));
	ck_assert(a.flags & TOKEN_ACRONYM);
	ck_assert_uint_eq(c.word, d.word);	/* Straße = STRASSE */
	ck_assert_uint_eq(c.stem, d.stem);
	ck_assert_uint_eq(talt(&c), talt(&d));
}
END_TEST

START_TEST(token_same_word_twice_has_same_id)
{
	const struct token *a, *b;

	scan("Kerry met Lavrov and Kerry left");
	a = &tv.v[0];
	b = &tv.v[4];
	ck_assert_uint_eq(b->start, 21);
	ck_assert_uint_eq(a->word, b->word);
	ck_assert_uint_eq(a->stem, b->stem);
	ck_assert_uint_ne(a->word, tok("Lavrov")->word);
}
END_TEST

START_TEST(token_long_text_keys_every_word_correctly)
{
	enum { N = 20000 };
	char *s = malloc(N * 12 + 1), w[16];
	size_t i, o = 0;

	/* More distinct words than any cache in front of the lexicon
	 * holds, each twice, in two cases. */
	for (i = 0; i < N; i++)
		o += (size_t)sprintf(s + o, "%s%zu ", i < N / 2 ? "wx" : "WX",
		                     i % (N / 2));
	s[o] = '\0';
	scan(s);
	ck_assert_uint_eq(tv.n, N);
	for (i = 0; i < N; i++) {
		const struct token *t = &tv.v[i];
		size_t len = (size_t)sprintf(w, "wx%zu", i % (N / 2));
		uint32_t id = lexicon_intern(lx, U(w), len);

		if (t->word != id || t->stem != lexicon_stem(lx, id))
			ck_abort_msg("token %zu (\"%.*s\"): word %u, not %u", i,
			             (int)t->len, s + t->start, t->word, id);
	}
	free(s);
}
END_TEST

START_TEST(token_stemming_merges_inflections)
{
	uint32_t kill = first("kill").stem;

	ck_assert_uint_eq(first("killed").stem, kill);
	ck_assert_uint_eq(first("kills").stem, kill);
	ck_assert_uint_eq(first("killing").stem, kill);
	ck_assert_uint_ne(first("killed").word, first("kills").word);
	ck_assert_uint_ne(first("skill").stem, kill);
}
END_TEST

START_TEST(token_long_prefix_is_the_alt_key)
{
	struct token a = first("diplomacy"), b = first("diplomatic");

	ck_assert_uint_ne(talt(&a), 0);
	ck_assert_uint_eq(talt(&a), talt(&b));
	ck_assert_uint_eq(talt_of("talks"), 0);	/* the word itself */
	ck_assert_uint_eq(talt_of("the"), 0);
	ck_assert_uint_ne(talt_of("treaty"), talt(&a));
}
END_TEST

/* ---- hyphens and dashes -------------------------------------------- */

START_TEST(token_hyphenated_compound_joins_as_closed_word)
{
	uint32_t closed = first("ceasefire").stem;
	const struct token *t;

	scan("a cease-fire held");
	ck_assert_str_eq(texts(), "a|cease|-|fire|held");
	t = tok("cease");
	ck_assert(t->flags & TOKEN_HYPHEN);
	ck_assert_uint_eq(tjoined(t), closed);
	ck_assert(token_is_punct(tok("-"), '-'));
	ck_assert(!(tok("fire")->flags & TOKEN_HYPHEN));
	ck_assert_uint_eq(tjoined(tok("fire")), 0);
	ck_assert_uint_eq(tjoined(tok("a")), 0);
	ck_assert_uint_eq(tjoined(tok("held")), 0);
	/* A hyphen in both reports gives one key too. */
	scan("the cease-fire");
	ck_assert_uint_eq(tjoined(tok("cease")), closed);
}
END_TEST

START_TEST(token_hyphen_chain_joins_from_first_word)
{
	uint32_t closed = first("stateoftheart").stem;

	scan("a state-of-the-art design");
	ck_assert_uint_eq(tjoined(tok("state")), closed);
	ck_assert(tok("state")->flags & TOKEN_HYPHEN);
	ck_assert(tok("of")->flags & TOKEN_HYPHEN);
	ck_assert(tok("the")->flags & TOKEN_HYPHEN);
	ck_assert_uint_eq(tjoined(tok("of")), 0);
	ck_assert_uint_eq(tjoined(tok("the")), 0);
	ck_assert(!(tok("art")->flags & TOKEN_HYPHEN));
	ck_assert(!(tok("design")->flags & TOKEN_HYPHEN));
}
END_TEST

START_TEST(token_spaced_hyphen_joins_nothing)
{
	static const char *const texts_[] = {
		"war - peace", "war- peace", "war -peace", "war" NBSP "-" NBSP
		"peace", "war -", "- war", "war--peace",
	};
	size_t i, k;

	for (i = 0; i < sizeof texts_ / sizeof *texts_; i++) {
		scan(texts_[i]);
		for (k = 0; k < tv.n; k++) {
			ck_assert_msg(!(tv.v[k].flags & TOKEN_HYPHEN),
			              "\"%s\": token %zu is hyphenated",
			              texts_[i], k);
			ck_assert_uint_eq(tjoined(&tv.v[k]), 0);
		}
	}
}
END_TEST

START_TEST(token_dashes_are_punctuation_normalized_to_hyphen)
{
	scan("war " EMDASH " peace " ENDASH " talks \xE2\x88\x92" "5");
	ck_assert_str_eq(texts(), "war|" EMDASH "|peace|" ENDASH "|talks|"
	                 "\xE2\x88\x92|5");
	ck_assert(token_is_punct(tok(EMDASH), '-'));
	ck_assert(token_is_punct(tok(ENDASH), '-'));
	ck_assert(token_is_punct(tok("\xE2\x88\x92"), '-'));	/* minus */
	ck_assert(!(tok("war")->flags & TOKEN_HYPHEN));
	ck_assert_uint_eq(token_norm_punct(0x2014), '-');
	ck_assert_uint_eq(token_norm_punct(0x2013), '-');
	ck_assert_uint_eq(token_norm_punct(0x2010), '-');
	ck_assert_uint_eq(token_norm_punct(0x201C), '"');
	ck_assert_uint_eq(token_norm_punct(0x201D), '"');
	ck_assert_uint_eq(token_norm_punct(0x00AB), '"');
	ck_assert_uint_eq(token_norm_punct(0x2019), '\'');
	ck_assert_uint_eq(token_norm_punct(0x2026), '.');
	ck_assert_uint_eq(token_norm_punct(','), ',');
	ck_assert_uint_eq(token_norm_punct(0x5D0), 0x5D0);
}
END_TEST

/* "U.S.-led" and "US-led" join alike: the acronym's dot may stand
 * between the word and the hyphen. */
START_TEST(token_dotted_acronym_compound_joins_like_closed)
{
	uint32_t closed;

	scan("the US-led force");
	closed = tjoined(tok("US"));
	ck_assert_uint_ne(closed, 0);
	scan("the U.S.-led force");
	ck_assert(tok("U.S")->flags & TOKEN_HYPHEN);
	ck_assert_uint_eq(tjoined(tok("U.S")), closed);
	ck_assert(!(tok("led")->flags & TOKEN_SENT));
}
END_TEST

/* An em dash set closed ("attack—which", the style of many US papers)
 * separates two words; only a hyphen joins them. */
START_TEST(token_closed_em_dash_is_not_a_hyphen)
{
	scan("the attack" EMDASH "which killed 12");
	ck_assert(!(tok("attack")->flags & TOKEN_HYPHEN));
	ck_assert_uint_eq(tjoined(tok("attack")), 0);
}
END_TEST

/* A paragraph that starts with "-" (a bulleted line) leaves the tokens
 * of the paragraph scanned before it alone. */
START_TEST(token_next_paragraph_leaves_previous_tokens_alone)
{
	const char *a = "Quake hits Izmir", *b = "- At least 100 dead";
	uint8_t flags;

	token_scan(lx, U(a), strlen(a), &tv);
	ck_assert_uint_eq(tv.n, 3);
	flags = tv.v[2].flags;
	token_scan(lx, U(b), strlen(b), &tv);
	ck_assert_uint_eq(tv.n, 8);
	ck_assert_uint_eq(tv.v[2].flags, flags);
	ck_assert(!(tv.v[2].flags & TOKEN_HYPHEN));
	ck_assert_uint_eq(tjoined(&tv.v[2]), 0);
}
END_TEST

/* ---- acronyms and stopwords ---------------------------------------- */

START_TEST(token_dotted_acronym_equals_closed)
{
	struct token dotted = first("U.S."), closed = first("US"),
	             open = first("U.S");

	ck_assert_uint_eq(dotted.word, closed.word);
	ck_assert_uint_eq(open.word, closed.word);
	ck_assert_uint_eq(dotted.stem, closed.stem);
	ck_assert(dotted.flags & TOKEN_ACRONYM);
	ck_assert_uint_eq(first("U.N.").word, first("UN").word);
	ck_assert_uint_eq(first("U.K.").word, first("UK").word);
	/* Dots between longer words close nothing. */
	ck_assert_uint_ne(first("St.Louis").word, first("StLouis").word);
}
END_TEST

START_TEST(token_us_pronoun_is_stop_but_acronym_is_not)
{
	scan("He warned us the US and the U.S. would, WHO said, who knows");
	ck_assert(tok("us")->flags & TOKEN_STOP);
	ck_assert(!(tok("US")->flags & TOKEN_STOP));
	ck_assert(!(tok("U.S")->flags & TOKEN_STOP));
	ck_assert(!(tok("WHO")->flags & TOKEN_STOP));
	ck_assert(tok("who")->flags & TOKEN_STOP);
	ck_assert(tok("the")->flags & TOKEN_STOP);
	ck_assert(!(tok("warned")->flags & TOKEN_STOP));
	/* Same word, different flags: the acronym counts, the pronoun not. */
	ck_assert_uint_eq(tok("us")->word, tok("US")->word);
}
END_TEST

START_TEST(token_acronym_flag_needs_two_upper_letters)
{
	scan("WHO and NATO told Kerry I saw McCain on iPhone A1");
	ck_assert(tok("WHO")->flags & TOKEN_ACRONYM);
	ck_assert(tok("NATO")->flags & TOKEN_ACRONYM);
	ck_assert(tok("NATO")->flags & TOKEN_CAP);
	ck_assert(!(tok("Kerry")->flags & TOKEN_ACRONYM));
	ck_assert(tok("Kerry")->flags & TOKEN_CAP);
	ck_assert(!(tok("I")->flags & TOKEN_ACRONYM));
	ck_assert(!(tok("McCain")->flags & TOKEN_ACRONYM));
	ck_assert(!(tok("iPhone")->flags & TOKEN_CAP));
	ck_assert(!(tok("A1")->flags & TOKEN_ACRONYM));
	ck_assert(!(tok("told")->flags & (TOKEN_CAP | TOKEN_ACRONYM)));
}
END_TEST

START_TEST(token_weak_word_flag_after_stopwords_loaded)
{
	struct lexicon *bare = lexicon_new();
	struct token_vec v = { 0 };
	const char *s = "on Friday the minister";

	scan("Sunday's vote and Mondays");
	/* A weak word's possessive and plural are as weak. */
	ck_assert(tok("Sunday's")->flags & TOKEN_WEAK);
	ck_assert(tok("Mondays")->flags & TOKEN_WEAK);
	ck_assert(!(tok("vote")->flags & TOKEN_WEAK));
	scan(s);
	ck_assert(tok("Friday")->flags & TOKEN_WEAK);
	ck_assert(!(tok("Friday")->flags & TOKEN_STOP));
	ck_assert(tok("minister")->flags & TOKEN_WEAK);
	ck_assert(!(tok("the")->flags & TOKEN_WEAK));
	ck_assert(tok("the")->flags & TOKEN_STOP);
	/* Without the list nothing is weak or a stopword. */
	token_scan(bare, U(s), strlen(s), &v);
	ck_assert_uint_eq(v.n, 4);
	ck_assert(!(v.v[1].flags & (TOKEN_WEAK | TOKEN_STOP)));
	ck_assert(!(v.v[2].flags & (TOKEN_WEAK | TOKEN_STOP)));
	token_vec_fini(&v);
	free(v.v);
	free(v.join);
	lexicon_free(bare);
}
END_TEST

/* ---- sentences ------------------------------------------------------ */

/* A dateline's credit ends with a dash after its parenthesis; the word
 * after it starts the first sentence, and its capital says no name.  A
 * dash elsewhere starts nothing. */
START_TEST(token_sentence_flag_after_a_datelines_credit)
{
	scan("GAUHATI, India (AP) " "\xE2\x80\x94" " Floodwaters swept in.");
	ck_assert(tok("Floodwaters")->flags & TOKEN_SENT);
	ck_assert(!(tok("India")->flags & TOKEN_SENT));
	scan("NEW DELHI (Reuters) - Rescue teams came.");
	ck_assert(tok("Rescue")->flags & TOKEN_SENT);
	scan("LONDON (AP) -- Police said.");
	ck_assert(tok("Police")->flags & TOKEN_SENT);
	scan("The envoy - Kerry - spoke (briefly) with Lavrov.");
	ck_assert(!(tok("Kerry")->flags & TOKEN_SENT));
	ck_assert(!(tok("with")->flags & TOKEN_SENT));
}
END_TEST

/* The tokens of s its dateline takes, as the text they cover. */
static char *
dateline_of(const char *s)
{
	size_t k;

	scan(s);
	k = token_dateline_len(tv.v, tv.n);
	if (k == 0)
		return strdup("");
	return strndup(s, tv.v[k - 1].start + tv.v[k - 1].len);
}

START_TEST(token_dateline_is_the_place_and_credit_before_the_dash)
{
	static const struct {
		const char *text, *dateline;
	} cases[] = {
		{ "GAUHATI, India (AP) " "\xE2\x80\x94" " Floodwaters rose.",
		  "GAUHATI, India (AP) " "\xE2\x80\x94" },
		{ "NEW DELHI (Reuters) - Rescue teams came.",
		  "NEW DELHI (Reuters) -" },
		{ "COLOGNE, March 3 (Wire) -- About 1,200 fled.",
		  "COLOGNE, March 3 (Wire) --" },
		{ "WASHINGTON -- The envoy spoke.", "WASHINGTON --" },
		{ "Cologne, Germany (dpa) - Police said so.",
		  "Cologne, Germany (dpa) -" },
		/* Not datelines: no capitals or credit, a word in lower
		 * case, no dash, a lower-case word after the dash. */
		{ "Kerry - The envoy spoke.", "" },
		{ "The envoy (Kerry) - He spoke.", "" },
		{ "WASHINGTON said nothing.", "" },
		{ "NATO - which met - said so.", "" },
		{ "Floodwaters rose (AP).", "" },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *got = dateline_of(cases[i].text);

		ck_assert_msg(strcmp(got, cases[i].dateline) == 0,
		              "%s: dateline \"%s\", expected \"%s\"",
		              cases[i].text, got, cases[i].dateline);
		free(got);
	}
}
END_TEST

START_TEST(token_sentence_flag_on_first_word_and_after_stop)
{
	scan("Kerry spoke. Lavrov listened! Then? He said: " LDQUO "We won."
	     RDQUO " They left");
	ck_assert(tok("Kerry")->flags & TOKEN_SENT);
	ck_assert(!(tok("spoke")->flags & TOKEN_SENT));
	ck_assert(tok("Lavrov")->flags & TOKEN_SENT);
	ck_assert(!(tok("listened")->flags & TOKEN_SENT));
	ck_assert(tok("Then")->flags & TOKEN_SENT);
	ck_assert(tok("He")->flags & TOKEN_SENT);
	ck_assert(!(tok("said")->flags & TOKEN_SENT));
	ck_assert(!(tok("We")->flags & TOKEN_SENT));	/* after ": “" */
	ck_assert(tok("They")->flags & TOKEN_SENT);	/* after ".”" */
	/* A word in lower case after a full stop still starts one. */
	scan("It ended. and then");
	ck_assert(tok("and")->flags & TOKEN_SENT);
}
END_TEST

START_TEST(token_sentence_flag_not_after_title_or_initial)
{
	scan("Mr. Smith met Dr. Jones and John F. Kerry on Sept. 30 in St. "
	     "Louis.");
	ck_assert(tok("Mr")->flags & TOKEN_SENT);
	ck_assert(!(tok("Smith")->flags & TOKEN_SENT));
	ck_assert(!(tok("Jones")->flags & TOKEN_SENT));
	ck_assert(!(tok("Kerry")->flags & TOKEN_SENT));
	ck_assert(!(tok("Louis")->flags & TOKEN_SENT));
	ck_assert(tok("Kerry")->flags & TOKEN_CAP);
}
END_TEST

START_TEST(token_sentence_flag_on_first_word_of_each_paragraph)
{
	const char *a = "He met Mr.", *b = "Smith left.";

	token_scan(lx, U(a), strlen(a), &tv);
	ck_assert_uint_eq(tv.n, 4);
	token_scan(lx, U(b), strlen(b), &tv);
	ck_assert_uint_eq(tv.n, 7);
	ck_assert(tv.v[0].flags & TOKEN_SENT);
	ck_assert(tv.v[4].flags & TOKEN_SENT);	/* Smith */
	ck_assert(!(tv.v[5].flags & TOKEN_SENT));
}
END_TEST

/* After "U.S." or "e.g." the next word does not start a sentence, so
 * "Senate" keeps its weight as a name. */
START_TEST(token_sentence_flag_not_after_dotted_acronym)
{
	scan("The U.S. Senate voted, e.g. this time.");
	ck_assert(tok("The")->flags & TOKEN_SENT);
	ck_assert(!(tok("Senate")->flags & TOKEN_SENT));
	ck_assert(!(tok("this")->flags & TOKEN_SENT));
}
END_TEST

/* A sentence may start with a number ("350 Marines died."): the word
 * after it does not start the sentence again. */
START_TEST(token_sentence_flag_not_on_word_after_leading_number)
{
	scan("350 Marines died. 9.4% of voters stayed home.");
	ck_assert(!(tok("Marines")->flags & TOKEN_SENT));
	ck_assert(!(tok("of")->flags & TOKEN_SENT));
	ck_assert(!(tok("voters")->flags & TOKEN_SENT));
}
END_TEST

/* ---- numbers ------------------------------------------------------- */

START_TEST(token_number_separators_do_not_change_key)
{
	struct token a = first("1,000"), b = first("1000");

	ck_assert_uint_eq(tv.n, 1);
	ck_assert_int_eq(a.kind, TOKEN_NUMBER);
	ck_assert_int_eq(b.kind, TOKEN_NUMBER);
	ck_assert_uint_eq(a.stem, b.stem);
	ck_assert(word_is(a.stem, "1000"));
	ck_assert_uint_eq(first("2,500,000").stem, first("2500000").stem);
	ck_assert_uint_ne(first("1,001").stem, b.stem);
	scan("1,000 people");		/* the comma does not split it */
	ck_assert_str_eq(texts(), "1,000|people");
}
END_TEST

START_TEST(token_numbers_close_in_value_share_alt_key)
{
	struct token a = first("14,200"), b = first("14,000");
	struct token c = first("14200");

	ck_assert_uint_ne(talt(&a), 0);
	ck_assert_uint_eq(talt(&a), talt(&b));
	ck_assert_uint_eq(talt(&a), talt(&c));
	ck_assert_uint_ne(a.stem, b.stem);	/* exact keys still differ */
	ck_assert_uint_ne(talt_of("14,600"), talt(&b));
	ck_assert_uint_ne(talt_of("350"), talt_of("400"));
	ck_assert_uint_eq(talt_of("149"), talt_of("150"));
	/* The looser key is no word's key. */
	ck_assert_uint_ne(talt(&a), first("14000").stem);
}
END_TEST

START_TEST(token_decimal_is_one_number)
{
	uint32_t other = first("35").stem;

	scan("3.5 million, 0.25 and 12.");
	ck_assert_str_eq(texts(), "3.5|million|,|0.25|and|12|.");
	ck_assert_int_eq(tok("3.5")->kind, TOKEN_NUMBER);
	ck_assert(word_is(tok("3.5")->stem, "3.5"));
	ck_assert_uint_ne(tok("3.5")->stem, other);
}
END_TEST

START_TEST(token_percent_sign_is_the_word_percent)
{
	struct token word = first("percent");
	uint32_t percent = word.word;

	scan("9.4% of voters");
	ck_assert_str_eq(texts(), "9.4|%|of|voters");
	ck_assert_int_eq(tv.v[0].kind, TOKEN_NUMBER);
	ck_assert_int_eq(tv.v[1].kind, TOKEN_WORD);
	ck_assert_uint_eq(tv.v[1].word, percent);
	ck_assert_uint_eq(tv.v[1].stem, word.stem);
	scan("9.4\xEF\xBC\x85");		/* fullwidth ％ */
	ck_assert_uint_eq(tv.n, 2);
	ck_assert_uint_eq(tv.v[1].word, percent);
}
END_TEST

/* "9.4%" and "9.4 percent" have the same keys: the sign is the word. */
START_TEST(token_percent_sign_has_all_keys_of_the_word)
{
	struct token word = first("percent");

	scan("9.4%");
	ck_assert_uint_eq(tv.v[1].word, word.word);
	ck_assert_uint_eq(tv.v[1].stem, word.stem);
	ck_assert_uint_eq(talt(&tv.v[1]), talt(&word));
}
END_TEST

/* ---- Unicode -------------------------------------------------------- */

START_TEST(token_nfd_combining_mark_stays_in_word)
{
	const char *s = "Jose" ACUTE " Nu" ACUTE "n" TILDE "ez said";

	scan(s);
	ck_assert_str_eq(texts(), "Jose" ACUTE "|Nu" ACUTE "n" TILDE "ez|said");
	ck_assert_int_eq(tv.v[0].kind, TOKEN_WORD);
	ck_assert_uint_eq(tv.v[0].len, 6);
	ck_assert(tv.v[0].flags & TOKEN_CAP);
	ck_assert_int_eq(tv.v[1].kind, TOKEN_WORD);
	ck_assert(tv.v[2].flags & TOKEN_SPACE);
	check_cover(s, strlen(s));
	/* A mark with nothing to sit on is kept, as a mark. */
	scan(ACUTE "x");
	check_cover(ACUTE "x", 3);
	ck_assert_int_eq(tok("x")->kind, TOKEN_WORD);
}
END_TEST

START_TEST(token_cjk_text_is_covered_without_crash)
{
	/* "Chinese news reported" in Chinese, then Japanese kana. */
	const char *s = "\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\xB0\xE9\x97\xBB"
	                "\xE6\x8A\xA5\xE9\x81\x93\xE3\x80\x82 Kerry "
	                "\xE3\x83\x86\xE3\x82\xB9\xE3\x83\x88 2016\xE5\xB9\xB4";
	size_t i, words = 0;

	scan(s);
	check_cover(s, strlen(s));
	for (i = 0; i < tv.n; i++) {
		uint32_t cp;

		ustr_decode(U(s) + tv.v[i].start, tv.v[i].len, &cp);
		if (ustr_is_letter(cp)) {
			ck_assert_int_eq(tv.v[i].kind, TOKEN_WORD);
			words++;
		}
	}
	ck_assert_uint_ge(words, 3);
	ck_assert(token_is_punct(tok("\xE3\x80\x82"), 0x3002));	/* 。 */
	ck_assert_int_eq(tok("Kerry")->kind, TOKEN_WORD);
	ck_assert(tok("Kerry")->flags & TOKEN_SPACE);
}
END_TEST

START_TEST(token_rtl_words_are_words)
{
	/* Hebrew shalom, Arabic marhaban with and without its vowel marks. */
	const char *s = "Kerry \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D, "
	                "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 "
	                "\xD9\x85\xD9\x8E\xD8\xB1\xD9\x92\xD8\xAD\xD9\x8E"
	                "\xD8\xA8\xD9\x8B\xD8\xA7 said";

	scan(s);
	ck_assert_str_eq(texts(), "Kerry|\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D|,|"
	                 "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7|"
	                 "\xD9\x85\xD9\x8E\xD8\xB1\xD9\x92\xD8\xAD\xD9\x8E"
	                 "\xD8\xA8\xD9\x8B\xD8\xA7|said");
	ck_assert_int_eq(tv.v[1].kind, TOKEN_WORD);
	ck_assert_int_eq(tv.v[3].kind, TOKEN_WORD);
	ck_assert_int_eq(tv.v[4].kind, TOKEN_WORD);
	ck_assert(!(tv.v[1].flags & TOKEN_CAP));	/* no case */
	ck_assert(word_is(tv.v[1].word, "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));
	check_cover(s, strlen(s));
}
END_TEST

START_TEST(token_emoji_zwj_sequence_is_not_a_word)
{
	/* woman ZWJ girl, then a grinning face. */
	const char *s = "great " FAMILY " news \xF0\x9F\x98\x80!";
	size_t i;

	scan(s);
	ck_assert_str_eq(texts(), "great|" FAMILY "|news|\xF0\x9F\x98\x80|!");
	for (i = 0; i < tv.n; i++)
		if (i != 0 && i != 2)
			ck_assert_int_eq(tv.v[i].kind, TOKEN_PUNCT);
	ck_assert_int_eq(tv.v[2].kind, TOKEN_WORD);
	ck_assert(tv.v[2].flags & TOKEN_SPACE);
	ck_assert(!(tv.v[2].flags & TOKEN_SENT));
}
END_TEST

START_TEST(token_replacement_character_keeps_scan_advancing)
{
	const char *s = "a" REPL "b " REPL " Kerry" REPL;

	scan(s);
	ck_assert_str_eq(texts(), "a|" REPL "|b|" REPL "|Kerry|" REPL);
	ck_assert(token_is_punct(&tv.v[1], 0xFFFD));
	ck_assert_int_eq(tok("Kerry")->kind, TOKEN_WORD);
	check_cover(s, strlen(s));
}
END_TEST

START_TEST(token_invalid_bytes_do_not_crash_and_advance)
{
	static const char s[] = "Kerry \xFF\xFE said \xC3( and \xE2\x82 then "
	                        "\xF0\x9F\x98 end \xC3";
	size_t n = sizeof s - 1, i;
	uint32_t seed = 7u;
	char *junk;

	scan_n(s, n);
	check_cover(s, n);
	ck_assert_int_eq(tok("said")->kind, TOKEN_WORD);
	ck_assert_int_eq(tok("end")->kind, TOKEN_WORD);
	ck_assert_uint_eq(tv.v[tv.n - 1].start + tv.v[tv.n - 1].len, n);

	/* Random bytes, mostly not UTF-8 at all. */
	junk = malloc(4097);
	for (i = 0; i < 4096; i++) {
		uint32_t r = lcg(&seed);

		junk[i] = (char)(r % 8 == 0 ? 'k' : (r >> 3) & 0xFF);
	}
	junk[4096] = '\0';
	scan_n(junk, 4096);
	check_cover(junk, 4096);
	ck_assert_uint_gt(tv.n, 100);
	free(junk);

	/* A long run of one bad byte. */
	junk = malloc(100000);
	memset(junk, 0xFF, 100000);
	scan_n(junk, 100000);
	ck_assert_uint_eq(tv.n, 100000);
	ck_assert_uint_eq(tv.v[tv.n - 1].start, 99999);
	free(junk);
}
END_TEST

START_TEST(token_huge_word_is_one_token_with_bounded_key)
{
	size_t n = 10000, len;
	char *s = malloc(n + 5);
	const uint8_t *w;

	memset(s, 'a', n);
	memcpy(s + n, " end", 5);
	scan(s);
	ck_assert_uint_eq(tv.n, 2);
	ck_assert_uint_eq(tv.v[0].len, n);
	lexicon_word(lx, tv.v[0].word, &len);
	ck_assert_uint_le(len, 256);	/* token.c: WORD_MAX_BYTES */
	ck_assert_uint_gt(len, 0);
	ck_assert_uint_eq(tv.v[1].start, n + 1);

	/* The same with two-byte letters (é): the cut keeps whole
	 * characters. */
	for (len = 0; len < n; len += 2)
		memcpy(s + len, "\xC3\xA9", 2);
	scan(s);
	ck_assert_uint_eq(tv.n, 2);
	ck_assert_uint_eq(tv.v[0].len, n);
	w = lexicon_word(lx, tv.v[0].word, &len);
	ck_assert(ustr_is_valid(w, len));
	ck_assert_uint_le(len, 256);
	free(s);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("token");
	TCase *tc;

	/* Known engine bugs: these document the right behaviour and are
	 * left out of the cases below until token.c is fixed. */
	(void)token_dotted_acronym_compound_joins_like_closed;
	(void)token_closed_em_dash_is_not_a_hyphen;
	(void)token_next_paragraph_leaves_previous_tokens_alone;
	(void)token_sentence_flag_not_after_dotted_acronym;
	(void)token_sentence_flag_not_on_word_after_leading_number;
	(void)token_percent_sign_has_all_keys_of_the_word;

	tc = tcase_create("word breaks");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, token_ascii_fast_path_matches_unicode_word_breaks);
	tcase_add_test(tc, token_chunked_scan_matches_unicode_word_breaks);
	tcase_add_test(tc, token_words_and_punctuation_split_as_a_reader_would);
	tcase_add_test(tc, token_spans_point_at_the_words_after_multibyte_text);
	tcase_add_test(tc, token_space_flag_marks_white_space_before);
	tcase_add_test(tc, token_letter_of_a_name_is_joined_or_lower_case);
	tcase_add_test(tc, token_per_hour_is_a_slash_and_an_h_joined_on);
	suite_add_tcase(s, tc);

	tc = tcase_create("folding");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, token_curly_apostrophe_equals_straight);
	tcase_add_test(tc, token_possessive_curly_and_straight_share_stem);
	tcase_add_test(tc, token_case_folding_makes_caps_equal);
	tcase_add_test(tc, token_non_ascii_case_folding);
	tcase_add_test(tc, token_same_word_twice_has_same_id);
	tcase_add_test(tc, token_long_text_keys_every_word_correctly);
	tcase_add_test(tc, token_stemming_merges_inflections);
	tcase_add_test(tc, token_long_prefix_is_the_alt_key);
	suite_add_tcase(s, tc);

	tc = tcase_create("hyphens and dashes");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, token_next_paragraph_leaves_previous_tokens_alone);
	tcase_add_test(tc, token_closed_em_dash_is_not_a_hyphen);
	tcase_add_test(tc, token_dotted_acronym_compound_joins_like_closed);
	tcase_add_test(tc, token_hyphenated_compound_joins_as_closed_word);
	tcase_add_test(tc, token_hyphen_chain_joins_from_first_word);
	tcase_add_test(tc, token_spaced_hyphen_joins_nothing);
	tcase_add_test(tc, token_dashes_are_punctuation_normalized_to_hyphen);
	suite_add_tcase(s, tc);

	tc = tcase_create("acronyms and stopwords");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, token_dotted_acronym_equals_closed);
	tcase_add_test(tc, token_us_pronoun_is_stop_but_acronym_is_not);
	tcase_add_test(tc, token_acronym_flag_needs_two_upper_letters);
	tcase_add_test(tc, token_weak_word_flag_after_stopwords_loaded);
	suite_add_tcase(s, tc);

	tc = tcase_create("sentences");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, token_sentence_flag_not_on_word_after_leading_number);
	tcase_add_test(tc, token_sentence_flag_not_after_dotted_acronym);
	tcase_add_test(tc, token_sentence_flag_on_first_word_and_after_stop);
	tcase_add_test(tc, token_sentence_flag_after_a_datelines_credit);
	tcase_add_test(tc, token_dateline_is_the_place_and_credit_before_the_dash);
	tcase_add_test(tc, token_sentence_flag_not_after_title_or_initial);
	tcase_add_test(tc, token_sentence_flag_on_first_word_of_each_paragraph);
	suite_add_tcase(s, tc);

	tc = tcase_create("numbers");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, token_percent_sign_has_all_keys_of_the_word);
	tcase_add_test(tc, token_number_separators_do_not_change_key);
	tcase_add_test(tc, token_numbers_close_in_value_share_alt_key);
	tcase_add_test(tc, token_decimal_is_one_number);
	tcase_add_test(tc, token_percent_sign_is_the_word_percent);
	suite_add_tcase(s, tc);

	tc = tcase_create("Unicode input");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, token_nfd_combining_mark_stays_in_word);
	tcase_add_test(tc, token_cjk_text_is_covered_without_crash);
	tcase_add_test(tc, token_rtl_words_are_words);
	tcase_add_test(tc, token_emoji_zwj_sequence_is_not_a_word);
	tcase_add_test(tc, token_replacement_character_keeps_scan_advancing);
	tcase_add_test(tc, token_invalid_bytes_do_not_crash_and_advance);
	tcase_add_test(tc, token_huge_word_is_one_token_with_bounded_key);
	suite_add_tcase(s, tc);
	return s;
}
