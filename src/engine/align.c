/* align.c - paragraph alignment.
 *
 * prepare: per paragraph, a sparse vector of features (stems, with names
 *          and figures weighted up, weak news words down, and looser
 *          keys: prefixes, rounded figures, synonym groups, the WordNet
 *          concepts of related words) and the hashes of its quoted
 *          5-grams
 * weigh:   log-tf . idf over the content paragraphs of both reports,
 *          L2-normalized (Nelken & Shieber 2006; MASSAlign)
 * propose: an inverted index over the right report; each left paragraph
 *          accumulates dot products through it and keeps its best
 *          CAND_TOP_K partners, each right paragraph likewise; the two
 *          headlines and the two ledes are always candidates
 * score:   exact cosine for every proposed pair, raised when the two
 *          share a long quotation or are both headlines, vetoed when
 *          they share a single feature
 * link:    competitive linking, best pair first, in any order (Buck &
 *          Koehn 2016: greedy matching is as good as optimal here); then
 *          once more with a bonus for pairs whose neighbours pair; then
 *          mutual best matches at a lower score; then the two ledes
 * join:    an unpaired paragraph joins the group it continues (1:n, n:1);
 *          then two paragraphs still unpaired that are each other's best
 *          partner in both whole reports pair if they share two words,
 *          and so does a free pair between two pairs of neighbours;
 *          last, mutual best matches of what is left that share three
 *          words
 *
 * The constants were set on a development set of 13 pairs of reports by
 * different outlets (wire copy, broadcasters' sites, papers; earthquake,
 * election, earnings, verdict, wildfire, football, drug trial, ferry,
 * rate decision, strike, hostages, astronomy, and the bundled pair),
 * tuned on nine and checked on four held out.  Lenient precision and
 * strict recall of paragraph pairs: 0.958 and 0.944 tuned, 0.955 and
 * 0.930 held out.  Related words, ledes and the lower mutual threshold
 * were then set on 8 real pairs of wire reports of 1999-2008 (kept
 * outside the repository; gold groups by hand): precision 0.892 -> 0.931,
 * recall of core groups 0.525 -> 0.625, with the invented pairs at 0.969
 * and 0.960.  (With the final table, MUTUAL_MIN_SCORE back at 0.14 loses
 * three groups, and without the lede pass one and a wrong pair is made.)
 * The passes after joining (best partners over both reports, a pair
 * between paired neighbours, a free lede joining the other's group) then
 * took the 8 real pairs to precision 0.924 and recall 0.700, and the
 * invented ones to 0.955 and 0.968.
 */
#include "align.h"

#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "hash.h"
#include "lexicon.h"
#include "mem.h"
#include "name.h"
#include "thread.h"
#include "quote.h"
#include "token.h"

/* Weights of the evidence.  Names ("Kerry", "Aleppo", "WHO") and figures
 * ("350") identify an event's facts better than common words do.  Names
 * above 1.3 let a shared "President Barack Obama" pair paragraphs about
 * different things (precision fell from 0.92 to 0.86 at 1.6). */
#define NAME_BOOST 1.3
#define NUMBER_BOOST 1.6

/* Weak words (days, months, officials' titles: see the stopword list)
 * count for this much of an ordinary word. */
#define WEAK_WEIGHT 0.7

/* The looser keys of token.h (a word's first five letters, a figure to
 * two significant digits) count for less than the exact ones; so do the
 * synonym groups of the assets (backed ~ supported, dead ~ killed),
 * which found the bundled pair's one paraphrase ("backed by a greater
 * threat of force" ~ "supported by threats of military force") and
 * raised strict recall from 0.933 to 0.944 on the tuning pairs, with
 * the same precision. */
#define ALT_WEIGHT 0.5
#define SYN_WEIGHT 0.5

/* Related words from WordNet (assets/related-en.txt: indicted ~ charged,
 * cops ~ officers, died ~ death): each concept a word belongs to counts
 * REL_WEIGHT of the word.  On 8 real pairs of wire reports by different
 * outlets, at 0.2: precision 0.890 -> 0.931 and recall of core groups
 * 0.575 -> 0.625 (without -> with related words); 0.15 and 0.3 each lose
 * a group and precision, and 0.3 costs the invented development pairs
 * precision too (0.969 -> 0.954).  A stem keeps at most REL_MAX concepts
 * (the table gives none more than 8). */
#define REL_WEIGHT 0.2
#define REL_MAX 8

/* Two reports of one event both open with a headline about it: a pair of
 * headlines that share any feature scores HEADLINE_BONUS more. */
#define HEADLINE_BONUS 0.3

/* Their ledes (the first body paragraph of LEDE_MIN_TOKENS tokens or
 * more, so not a dateline left alone: "RICHMOND, Va." is four) tell the
 * news first, each in its own words ("called for a radical overhaul ...
 * as ... opened their first joint meeting" / "began discussing ways to
 * reverse ... as a five-day conference kicked off").  When both are
 * still free after the linking passes, they pair if they share
 * LEDE_MIN_CONCEPTS concepts, however low their score: on the 8 real
 * pairs one more lede group (recall 0.588 -> 0.600), on the invented
 * pairs precision 0.954 -> 0.962 and strict recall 0.944 -> 0.952; one
 * concept pairs nothing more, three loses the real one.  Any length from
 * 4 to 20 tokens measures the same. */
#define LEDE_MIN_TOKENS 12
#define LEDE_MIN_CONCEPTS 2


/* Candidates.  A feature found in more than CAND_DF_CAP right paragraphs
 * proposes no pairs through the index (it still counts in the exact
 * score): it is too common to single out a partner, and following it
 * would make the work quadratic.  passim caps at 100 over collections of
 * books; within one report a word in over 32 paragraphs (the main name of
 * the story, say) singles out nothing, and 32 keeps megabyte reports
 * linear.  Each paragraph keeps its CAND_TOP_K best proposals: a true
 * partner ranks near the top (5 loses nothing on the development set, 4
 * loses a pair). */
#define CAND_DF_CAP 32
#define CAND_TOP_K 5

/* Quotations: word 5-grams inside quotation marks.  Two shared 5-grams
 * mean a shared quotation of at least six words, which independent
 * reports do not produce by accident (QUOTUS treats six words as the
 * shortest reliable quote segment).  Such a pair scores at least
 * QUOTE_SCORE. */
#define QUOTE_GRAM 5
#define QUOTE_MIN_SHARED 2
#define QUOTE_SCORE 0.9

/* Linking.  Pairs scoring under ALIGN_MIN_SCORE stay apart in the first
 * pass; pairs sharing fewer than PAIR_MIN_SHARED features never pair
 * (one shared rare word says little: the Dice gate of the PAN-2014
 * aligner), unless one of them has nothing more to share. */
#define ALIGN_MIN_SCORE 0.26
#define PAIR_MIN_SHARED 2

/* Reports move in blocks: in the second pass a free pair whose
 * neighbours (the content paragraphs just before, or just after, on both
 * sides) are paired together scores ORDER_BONUS more.  A soft prior, not
 * an order constraint; the value is the one the alignment notes propose,
 * and the best of 0.03 to 0.12 here. */
#define ORDER_BONUS 0.05

/* Two paragraphs that are each other's best partner among the unpaired
 * ones pair at the lower MUTUAL_MIN_SCORE: in two reports of one event, a
 * mutual best match is itself evidence.  They must share at least
 * MUTUAL_MIN_CONCEPTS concepts, a name of several words counting once,
 * or "President Barack Obama" and "Assad" alone would pair two ledes
 * (precision 0.937 -> 0.964 with this rule).  With related words
 * counting, 0.12 (was 0.14) pairs one more group of the 8 real pairs at
 * the same precision (recall 0.575 -> 0.588) and more of the invented
 * ones (strict recall 0.928 -> 0.944); 0.10 pairs a wrong one there. */
#define MUTUAL_MIN_SCORE 0.12
#define MUTUAL_MIN_CONCEPTS 3

/* After joining, two paragraphs still unpaired that are each other's best
 * partner over both whole reports pair at MUTUAL_MIN_SCORE when they
 * share BEST_MIN_WORDS words that are not names (PAIR_MIN_SHARED: no
 * single word pairs anything).  On the 8 real pairs: recall of core
 * groups 0.625 -> 0.675, precision 0.931 -> 0.922 (4 groups, 1 wrong
 * pair); on the invented pairs precision 0.969 -> 0.955, strict recall
 * 0.960 unchanged.  Counting names too (two concepts of any kind) pairs
 * two ledes through "President Barack Obama" and "Assad" in the bundled
 * pair and costs the invented pairs a third wrong pair; best among the
 * unpaired only, instead of over both reports, costs the invented pairs
 * three more. */
#define BEST_MIN_WORDS PAIR_MIN_SHARED

/* Last, two paragraphs still unpaired that are each other's best partner
 * among the unpaired ones, through edges sharing LATE_MIN_WORDS words
 * that are not names, pair at LATE_MIN_SCORE: by now each report's
 * passages that tell anything the other tells are mostly paired, and
 * three shared words of what happened ("the pirates' ability to ...
 * attack" / "the ability of pirates to ... attack") say more than a
 * weak score.  A lede is spared: it sums up the story, so it shares a
 * few words with many passages (the bundled pair's left lede and a
 * paragraph on stalled talks share "regime", "opposition" and
 * "progress").  On the 8 real pairs one more core group and three pairs
 * inside gold groups (recall 0.775 -> 0.787, precision 0.933 -> 0.936);
 * on the invented pairs one wrong pair, two outside experts' comments
 * (precision 0.967 -> 0.962).  Any score from 0.09 to 0.10 measures the
 * same; at 0.08, or with two words, wrong pairs come in (precision 0.918,
 * 0.907); with four words the group is lost. */
#define LATE_MIN_SCORE 0.10
#define LATE_MIN_WORDS 3

/* Joining.  An unpaired paragraph joins a group when it scores at least
 * JOIN_MIN_SCORE with the group's other side, stands next to one of the
 * group's members in its own report (no other content paragraph between;
 * anywhere if it scores ALIGN_MIN_SCORE), and the group's similarity
 * does not drop when it joins (MASSAlign's rule, with no slack: a slack
 * of 0.05 cost precision here).  A group holds at most JOIN_MAX
 * paragraphs a side; a headline pair stays a pair. */
#define JOIN_MIN_SCORE 0.15
#define JOIN_SLACK 0.0
#define JOIN_MAX 3

/* A paragraph next to a group's member joins from JOIN_NEAR_MIN_SCORE
 * when it raises the group's similarity by JOIN_NEAR_GAIN or more: it
 * tells more of what the other side says, where it stands.  On the 8 real
 * pairs one more core group (recall 0.787 -> 0.800) and two wrong pairs
 * (precision 0.936 -> 0.918); the invented pairs unchanged.  Any gain from
 * 0.02 to 0.05 measures the same; with none, another wrong pair on the
 * real pairs and two more right ones on the invented ones. */
#define JOIN_NEAR_MIN_SCORE 0.10
#define JOIN_NEAR_GAIN 0.03

/* One feature of a paragraph's vector: 8 bytes, flags in the id's top
 * bits (12 with bools: on the 5 MB prose pair the vectors were 50 MB of
 * a 158 MB peak).  Feature ids stay below FEAT_ID_LIMIT. */
struct feat {
	uint32_t id : 30;
	uint32_t inner : 1;	/* a word inside a name, not its last:
				 * "Barack" in President Barack Obama */
	uint32_t name : 1;	/* a name's word (or an acronym) wherever
				 * the paragraph has it */
	float w;
};

#define FEAT_ID_BITS 30
#define FEAT_ID_LIMIT (1u << FEAT_ID_BITS)

/* Where feature id is in the vector being built (1-based from its
 * start; 0: not in it yet) and how often it came: side by side, as each
 * occurrence reads both. */
struct feat_slot {
	uint32_t pos;
	uint32_t tf;
};

struct side {
	const struct article *a;
	struct feat *feat;	/* all vectors back to back */
	size_t nfeat, fcap;
	size_t *vec_start;	/* per paragraph: offset of its vector */
	uint32_t *vec_len;	/* per paragraph: length (0: not aligned) */
	uint64_t *gram;		/* quoted 5-gram hashes, sorted per paragraph */
	size_t ngram, gcap;
	size_t *gram_start;	/* per paragraph: offset of its grams */
	uint32_t *gram_len;
	size_t *order;		/* per paragraph: position among content ones */
	size_t *seq;		/* per content position: the paragraph */
	size_t nseq;
	size_t head;		/* the first headline, or ALIGN_NONE */
	size_t lede;		/* the first body paragraph of a sentence or
				 * more, or ALIGN_NONE */
	const struct lexicon *lx;
	const uint8_t *names;	/* per word id: NAME_LEFT | NAME_RIGHT */
	uint8_t bit;		/* this side's bit in names[] */
	const uint8_t *grouped;	/* bit per id: has a synonym group */
	const struct related *rel;
	uint32_t nfid;		/* feature ids: word ids, then concepts */
	const float *idf;	/* per feature id */
	struct feat_slot *slot;	/* per feature id: prepare()'s scratch */
	size_t vstart;		/* where the vector being built starts */
};

static void weigh(struct side *sd);

static void
weigh_job(void *arg)
{
	weigh(arg);
}

static void prepare(struct side *sd);

static void
prepare_job(void *arg)
{
	prepare(arg);
}

struct edge {
	uint32_t l, r;
	float score;
	uint32_t concepts;	/* shared features, a name counting once */
	uint32_t words;		/* of which not names: words and figures */
};

struct cand {
	uint32_t para;
	float dot;
};


/* ---- prepare ------------------------------------------------------- */

#define NAME_LEFT 1
#define NAME_RIGHT 2

/* Shell sort (Ciura's gaps) for the arrays of one paragraph or group:
 * tens to hundreds of elements, where qsort's indirect calls cost more
 * than the sorting. */
static const size_t shell_gaps[] = { 701, 301, 132, 57, 23, 10, 4, 1 };

/* Defines sort_<name>(type *v, size_t n), ascending by key(&element). */
#define SHELL_SORT(name, type, key)                                       \
	static void                                                       \
	sort_##name(type *v, size_t n)                                    \
	{                                                                 \
		size_t g, i, j;                                           \
                                                                          \
		for (g = 0; g < sizeof shell_gaps / sizeof *shell_gaps;   \
		     g++) {                                               \
			size_t gap = shell_gaps[g];                       \
                                                                          \
			for (i = gap; i < n; i++) {                       \
				type x = v[i];                            \
                                                                          \
				for (j = i; j >= gap &&                   \
				            key(&v[j - gap]) > key(&x);   \
				     j -= gap)                            \
					v[j] = v[j - gap];                \
				v[j] = x;                                 \
			}                                                 \
		}                                                         \
	}

static inline uint32_t
feat_key(const struct feat *f)
{
	return f->id;
}

static inline uint64_t
gram_key(const uint64_t *h)
{
	return *h;
}

SHELL_SORT(feats, struct feat, feat_key)
SHELL_SORT(grams_small, uint64_t, gram_key)

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return x < y ? -1 : x > y;
}

/* A paragraph's quoted 5-grams: the shell sort for the usual few, qsort
 * (n log n) past GRAM_SHELL_MAX, where one paragraph of megabytes would
 * make the shell sort's gaps, which stop at 701, quadratic.  Equal hashes
 * are equal values: both sorts give the same array. */
#define GRAM_SHELL_MAX 256

static void
sort_grams(uint64_t *v, size_t n)
{
	if (n <= GRAM_SHELL_MAX)
		sort_grams_small(v, n);
	else
		qsort(v, n, sizeof *v, cmp_u64);
}

/* Radix sort of a vector by id: passes of FEAT_RADIX_BITS over the ids'
 * 30 bits, linear in n.  With qsort(), comparisons through a function
 * pointer were half the vector work of the hard-wrapped 4 MB pair. */
#define FEAT_RADIX_BITS 10

static void
radix_feats(struct feat *v, size_t n)
{
	struct feat *tmp = xmalloc(n * sizeof *tmp), *src = v, *dst = tmp, *t;
	size_t count[1u << FEAT_RADIX_BITS], i, sum;
	unsigned shift, mask = (1u << FEAT_RADIX_BITS) - 1;

	for (shift = 0; shift < FEAT_ID_BITS; shift += FEAT_RADIX_BITS) {
		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[src[i].id >> shift & mask]++;
		for (i = 0, sum = 0; i <= mask; i++) {
			size_t c = count[i];

			count[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++)
			dst[count[src[i].id >> shift & mask]++] = src[i];
		t = src;
		src = dst;
		dst = t;
	}
	if (src != v)
		memcpy(v, src, n * sizeof *v);
	free(tmp);
}

/* A paragraph's vector by id (its ids are distinct, so any sort gives
 * the same array): the shell sort for the usual hundreds of features,
 * the radix sort for a paragraph of megabytes, where the shell sort's
 * gaps, which stop at 701, would make it quadratic. */
static void
sort_vector(struct feat *v, size_t n)
{
	if (n <= GRAM_SHELL_MAX)
		sort_feats(v, n);
	else
		radix_feats(v, n);
}

/* Add an occurrence of feature id, times boost, to the vector being
 * built: a new id goes last (prepare_vector() sorts the vector by id
 * once it is whole, for merging groups); an id already there counts
 * once more, keeps the largest boost, and stays inner or a name only if
 * every occurrence is.  Merged as they come, a paragraph of megabytes
 * needs room for its distinct features only. */
static inline void
add_feat(struct side *sd, uint32_t id, float boost, bool inner, bool name)
{
	struct feat_slot *sl = &sd->slot[id];
	struct feat *f;

	if (sl->pos != 0) {
		f = &sd->feat[sd->vstart + sl->pos - 1];
		sl->tf++;
		if (boost > f->w)
			f->w = boost;
		f->inner = f->inner && inner;
		f->name = f->name && name;
		return;
	}
	MEM_GROW(sd->feat, sd->fcap, sd->nfeat + 1);
	sl->pos = (uint32_t)(sd->nfeat - sd->vstart + 1);
	sl->tf = 1;
	f = &sd->feat[sd->nfeat++];
	f->id = id;
	f->w = boost;
	f->inner = inner;
	f->name = name;
}

static bool
is_name(const struct token *t, const uint8_t *names, uint8_t bit)
{
	return t->kind == TOKEN_WORD &&
	       (((t->flags & TOKEN_CAP) && (names[t->word] & bit)) ||
	        (t->flags & TOKEN_ACRONYM));
}

/* Whether name token i is followed by more of the same name: a name
 * word, possibly after "of" or an initial's dot ("Secretary of State
 * John F. Kerry"). */
static bool
continues_name(const struct article *a, const struct article_para *pp,
               size_t i, const uint8_t *names, uint8_t bit)
{
	size_t end = pp->tok + pp->ntok, j;
	bool of = false;

	for (j = i + 1; j < end; j++) {
		const struct token *t = &a->tok[j];
		const uint8_t *s = a->text + pp->start + t->start;

		if (token_is_punct(t, '.') && !(t->flags & TOKEN_SPACE))
			continue;
		if (is_name(t, names, bit))
			return true;
		if (of || t->kind != TOKEN_WORD || t->len != 2 ||
		    s[0] != 'o' || s[1] != 'f')
			return false;
		of = true;
	}
	return false;
}

/* Related words: the concepts of the related-words table (WordNet) that
 * each stem of the two reports belongs to, looked up once per stem.  The
 * concepts met are numbered afresh, 1..nused, so that the arrays indexed
 * by feature id grow by what the reports use, not by the whole table; a
 * concept's feature id comes after all word ids: nids + its number. */
struct related {
	uint32_t nids;
	uint32_t nused;
	uint32_t *off;		/* per word id: its concepts in list[] */
	uint8_t *n;		/* per word id: how many */
	uint32_t *list;
	size_t nlist, cap;
};

/* Whether t is written capitalized inside a sentence: a name ("Kerry",
 * "Coast Guard"), an anchor of its own, whose senses in WordNet are other
 * things (a county).  Words of a headline in capitals are not. */
static bool
is_inner_capital(const struct token *t)
{
	return (t->flags & TOKEN_CAP) && !(t->flags & TOKEN_SENT) &&
	       !(t->flags & TOKEN_ACRONYM);
}

/* Past this many words in the lexicon, the related-words table is read
 * once rather than searched for each stem.  About four in ten of the
 * words are content stems looked up; a search took 270 ns and reading
 * the table's 11,000 lines 1.6 ms, so reading wins past about 6,000
 * look-ups, 14,000 words (the 5 MB versions pair has 21,000; the
 * bundled pair 1,550). */
#define REL_INDEX_MIN_WORDS 16384

static void
related_init(struct related *rel, const struct article *left,
             const struct article *right, const struct lexicon *lx)
{
	const struct article *side[2] = { left, right };
	uint32_t *number;	/* per table concept: its number here, or 0 */
	uint32_t *index;
	uint8_t *seen;
	size_t s, p, i;

	memset(rel, 0, sizeof *rel);
	rel->nids = lexicon_count(lx);
	rel->off = xcalloc((size_t)rel->nids + 1, sizeof *rel->off);
	rel->n = xcalloc((size_t)rel->nids + 1, 1);
	if (lexicon_concept_count(lx) == 0)
		return;
	seen = xcalloc((size_t)rel->nids + 1, 1);
	number = xcalloc((size_t)lexicon_concept_count(lx) + 1,
	                 sizeof *number);
	index = rel->nids >= REL_INDEX_MIN_WORDS ? lexicon_concept_index(lx)
	                                         : NULL;
	for (s = 0; s < 2; s++) {
		const struct article *a = side[s];

		for (p = 0; p < a->npara; p++) {
			const struct article_para *pp = &a->para[p];

			if (!article_kind_is_content(pp->kind))
				continue;
			for (i = pp->tok; i < pp->tok + pp->ntok; i++) {
				const struct token *t = &a->tok[i];
				uint32_t c[REL_MAX];
				size_t k, nc;

				if (t->kind != TOKEN_WORD || t->len < 2 ||
				    (t->flags & TOKEN_STOP) ||
				    is_inner_capital(t) || seen[t->stem])
					continue;
				seen[t->stem] = 1;
				nc = index ? lexicon_concepts_at(lx, index, t->stem,
				                                 c, REL_MAX)
				           : lexicon_concepts(lx, t->stem, c, REL_MAX);
				MEM_GROW(rel->list, rel->cap, rel->nlist + nc + 1);
				rel->off[t->stem] = (uint32_t)rel->nlist;
				rel->n[t->stem] = (uint8_t)nc;
				for (k = 0; k < nc; k++) {
					if (number[c[k]] == 0)
						number[c[k]] = ++rel->nused;
					rel->list[rel->nlist++] = number[c[k]];
				}
			}
		}
	}
	free(seen);
	free(number);
	free(index);
}

static void
related_fini(struct related *rel)
{
	free(rel->off);
	free(rel->n);
	free(rel->list);
}

/* The concepts of stem restate the word: weight, not another concept. */
static void
add_concepts(struct side *sd, uint32_t stem, float boost)
{
	const struct related *rel = sd->rel;
	size_t k;

	for (k = 0; k < rel->n[stem]; k++)
		add_feat(sd, rel->nids + rel->list[rel->off[stem] + k],
		         boost * REL_WEIGHT, true, false);
}

/* The index of the first hyphen chain at or after token tok. */
static size_t
first_join(const struct article *a, size_t tok)
{
	size_t lo = 0, hi = a->njoin;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (a->join[mid].tok < tok)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The boost of word token t: weak words down, names up. */
static float
word_boost(const struct token *t, const uint8_t *names, uint8_t bit)
{
	if (t->flags & TOKEN_WEAK)
		return WEAK_WEIGHT;
	if ((t->flags & TOKEN_CAP) && (names[t->word] & bit))
		return NAME_BOOST;
	if (t->flags & TOKEN_ACRONYM)
		return NAME_BOOST;
	return 1;
}

/* Append the raw features of paragraph p's tokens, one per occurrence,
 * times their boost: figures, and words of two letters or more
 * (stopwords too if with_stopwords), each with its looser keys. */
static void
add_token_feats(struct side *sd, size_t p, bool with_stopwords)
{
	const struct article *a = sd->a;
	const struct article_para *pp = &a->para[p];
	const struct lexicon *lx = sd->lx;
	size_t i, j = first_join(a, pp->tok);

	for (i = pp->tok; i < pp->tok + pp->ntok; i++) {
		const struct token *t = &a->tok[i];
		uint32_t alt;
		float boost;
		bool inner;

		while (j < a->njoin && a->join[j].tok < i)
			j++;	/* the chains of this paragraph, in order */

		if (t->kind == TOKEN_NUMBER) {
			alt = token_alt(lx, t);
			add_feat(sd, t->stem, NUMBER_BOOST, false, false);
			if (alt)
				add_feat(sd, alt, NUMBER_BOOST * ALT_WEIGHT,
				         true, false);
			continue;
		}
		if (t->kind != TOKEN_WORD || t->len < 2 ||
		    ((t->flags & TOKEN_STOP) && !with_stopwords))
			continue;
		boost = word_boost(t, sd->names, sd->bit);
		inner = is_name(t, sd->names, sd->bit) &&
		        continues_name(a, pp, i, sd->names, sd->bit);
		add_feat(sd, t->stem, boost, inner, boost == (float)NAME_BOOST);
		if (sd->grouped[t->stem >> 3] & (1u << (t->stem & 7)))
			add_feat(sd, lexicon_group(lx, t->stem),
			         boost * SYN_WEIGHT, true, false);
		if (!is_inner_capital(t))
			add_concepts(sd, t->stem, boost);
		/* The looser and joined keys restate the word: they add
		 * weight, not another concept. */
		alt = token_alt(lx, t);
		if (alt)
			add_feat(sd, alt, boost * ALT_WEIGHT, true, false);
		if (j < a->njoin && a->join[j].tok == i)
			add_feat(sd, a->join[j++].key, boost, true, false);
	}
}

/* The vector of feat[start..nfeat) complete: w becomes (1 + ln tf) times
 * the largest boost (idf comes in weigh()), and the scratch is cleared
 * for the next. */
static void
apply_tf(struct side *sd, size_t start)
{
	size_t i;

	for (i = start; i < sd->nfeat; i++) {
		struct feat_slot *sl = &sd->slot[sd->feat[i].id];
		uint32_t tf = sl->tf;

		sl->pos = sl->tf = 0;
		if (tf > 1)
			sd->feat[i].w *= (float)(1.0 + log((double)tf));
	}
}

/* The feature vector of paragraph p: term frequencies times the boost,
 * one feature per id. */
static void
prepare_vector(struct side *sd, size_t p)
{
	size_t start = sd->nfeat;

	sd->vstart = start;
	add_token_feats(sd, p, false);
	/* A paragraph of stopwords only ("He said so.") is its words. */
	if (sd->nfeat == start)
		add_token_feats(sd, p, true);
	apply_tf(sd, start);
	/* Sorted by id: a group's vectors then merge in one pass. */
	sort_vector(sd->feat + start, sd->nfeat - start);
	sd->vec_start[p] = start;
	sd->vec_len[p] = (uint32_t)(sd->nfeat - start);
}

/* Hashes of the word 5-grams inside the quotations of paragraph p. */
static void
prepare_grams(struct side *sd, size_t p)
{
	const struct article *a = sd->a;
	const struct article_para *pp = &a->para[p];
	size_t q, start = sd->ngram, i, out;

	for (q = pp->quo; q < pp->quo + pp->nquo; q++) {
		const struct quote *qu = &a->quo[q];
		uint32_t win[QUOTE_GRAM];
		size_t nw = 0;

		for (i = pp->tok + token_at(a->tok + pp->tok, pp->ntok,
		                            qu->start);
		     i < pp->tok + pp->ntok; i++) {
			const struct token *t = &a->tok[i];
			uint64_t h = 0;
			size_t k;

			if (t->start >= qu->start + qu->len)
				break;	/* tokens come in text order */
			if (t->kind == TOKEN_PUNCT)
				continue;
			memmove(win, win + 1, sizeof win - sizeof *win);
			win[QUOTE_GRAM - 1] = t->word;
			if (++nw < QUOTE_GRAM)
				continue;
			for (k = 0; k < QUOTE_GRAM; k++)
				h = hash_mix(h, win[k]);
			MEM_GROW(sd->gram, sd->gcap, sd->ngram + 1);
			sd->gram[sd->ngram++] = h;
		}
	}
	if (sd->ngram > start)
		sort_grams(sd->gram + start, sd->ngram - start);
	out = start;
	for (i = start; i < sd->ngram; i++)
		if (i == start || sd->gram[i] != sd->gram[out - 1])
			sd->gram[out++] = sd->gram[i];
	sd->ngram = out;
	sd->gram_start[p] = start;
	sd->gram_len[p] = (uint32_t)(out - start);
}

static void
prepare(struct side *sd)
{
	const struct article *a = sd->a;
	size_t p, pos = 0;

	sd->slot = xcalloc((size_t)sd->nfid + 1, sizeof *sd->slot);
	/* About one feature per six bytes of text (6 to 10 on the bundled
	 * pair and the devset, 7 on the generated 5 MB pair, 3 on the
	 * real-prose one, whose paragraphs are short lines). */
	MEM_GROW(sd->feat, sd->fcap, a->text_len / 6 + 16);
	sd->vec_start = xcalloc(a->npara + 1, sizeof *sd->vec_start);
	sd->vec_len = xcalloc(a->npara + 1, sizeof *sd->vec_len);
	sd->gram_start = xcalloc(a->npara + 1, sizeof *sd->gram_start);
	sd->gram_len = xcalloc(a->npara + 1, sizeof *sd->gram_len);
	sd->order = xcalloc(a->npara + 1, sizeof *sd->order);
	sd->seq = xcalloc(a->npara + 1, sizeof *sd->seq);
	sd->head = sd->lede = ALIGN_NONE;
	for (p = 0; p < a->npara; p++) {
		enum article_kind k = a->para[p].kind;

		sd->order[p] = pos;
		if (!article_kind_is_content(k))
			continue;
		sd->seq[pos++] = p;
		if (k == ARTICLE_HEADLINE && sd->head == ALIGN_NONE)
			sd->head = p;
		if (k == ARTICLE_BODY && sd->lede == ALIGN_NONE &&
		    (a->para[p].ntok >= LEDE_MIN_TOKENS || a->para[p].verbatim))
			sd->lede = p;
		if (a->para[p].verbatim)
			continue;	/* paired already: no vector */
		prepare_vector(sd, p);
		prepare_grams(sd, p);
	}
	sd->nseq = pos;
	/* A headline or lede paired word for word takes no edge. */
	if (sd->head != ALIGN_NONE && a->para[sd->head].verbatim)
		sd->head = ALIGN_NONE;
	if (sd->lede != ALIGN_NONE && a->para[sd->lede].verbatim)
		sd->lede = ALIGN_NONE;
	free(sd->slot);
	sd->slot = NULL;
}

static void
side_fini(struct side *sd)
{
	free(sd->feat);
	free(sd->vec_start);
	free(sd->vec_len);
	free(sd->gram);
	free(sd->gram_start);
	free(sd->gram_len);
	free(sd->order);
	free(sd->seq);
}

/* ---- weigh ----------------------------------------------------------- */

static void
count_df(const struct side *sd, uint32_t *df, size_t *nvec)
{
	size_t p, i;

	for (p = 0; p < sd->a->npara; p++) {
		if (sd->vec_len[p] == 0)
			continue;
		(*nvec)++;
		for (i = 0; i < sd->vec_len[p]; i++)
			df[sd->feat[sd->vec_start[p] + i].id]++;
	}
}

static void
weigh(struct side *sd)
{
	const float *idf = sd->idf;
	size_t p, i;

	for (p = 0; p < sd->a->npara; p++) {
		struct feat *f = sd->feat + sd->vec_start[p];
		double norm = 0;

		for (i = 0; i < sd->vec_len[p]; i++) {
			f[i].w = f[i].w * idf[f[i].id];
			norm += (double)f[i].w * f[i].w;
		}
		norm = sqrt(norm);
		for (i = 0; i < sd->vec_len[p] && norm > 0; i++)
			f[i].w = (float)(f[i].w / norm);
	}
}

/* ---- propose ------------------------------------------------------- */

struct index {
	size_t *start;		/* per feature id: first posting; size n+1 */
	struct cand *post;
};

static void
index_build(struct index *ix, const struct side *sd, const uint32_t *df_side,
            uint32_t nids)
{
	size_t p, i, total = 0;
	size_t *fill;

	ix->start = xcalloc((size_t)nids + 1, sizeof *ix->start);
	for (p = 0; p < sd->a->npara; p++)
		for (i = 0; i < sd->vec_len[p]; i++) {
			uint32_t id = sd->feat[sd->vec_start[p] + i].id;

			if (df_side[id] <= CAND_DF_CAP)
				ix->start[id + 1]++;
		}
	for (i = 0; i < nids; i++)
		ix->start[i + 1] += ix->start[i];
	total = ix->start[nids];
	ix->post = xmalloc((total ? total : 1) * sizeof *ix->post);
	fill = xmalloc(((size_t)nids + 1) * sizeof *fill);
	memcpy(fill, ix->start, ((size_t)nids + 1) * sizeof *fill);
	for (p = 0; p < sd->a->npara; p++)
		for (i = 0; i < sd->vec_len[p]; i++) {
			const struct feat *f = &sd->feat[sd->vec_start[p] + i];

			if (df_side[f->id] <= CAND_DF_CAP) {
				ix->post[fill[f->id]].para = (uint32_t)p;
				ix->post[fill[f->id]].dot = f->w;
				fill[f->id]++;
			}
		}
	free(fill);
}

/* Offer (para, dot) to a top-K list kept sorted by dot, best first. */
static void
topk_offer(struct cand *top, uint32_t *n, uint32_t para, float dot)
{
	uint32_t i;

	if (*n == CAND_TOP_K && dot <= top[CAND_TOP_K - 1].dot)
		return;
	i = *n < CAND_TOP_K ? (*n)++ : CAND_TOP_K - 1;
	while (i > 0 && top[i - 1].dot < dot) {
		top[i] = top[i - 1];
		i--;
	}
	top[i].para = para;
	top[i].dot = dot;
}

static void
add_edge(struct edge **e, size_t *n, size_t *cap, uint32_t l, uint32_t r)
{
	MEM_GROW(*e, *cap, *n + 1);
	(*e)[*n].l = l;
	(*e)[*n].r = r;
	(*e)[*n].score = 0;
	(*n)++;
}

/* Two reports of one event open alike: their headlines and their ledes
 * are always candidates, whatever the index proposes (two headlines
 * sharing one word, "tuna", are no one's top five when that word is in
 * every paragraph).  On the 8 real development pairs this pairs one more
 * headline group. */
static void
add_head_edge(struct edge **e, size_t *n, size_t *cap, size_t l, size_t r)
{
	size_t i;

	if (l == ALIGN_NONE || r == ALIGN_NONE)
		return;
	for (i = 0; i < *n; i++)
		if ((*e)[i].l == l && (*e)[i].r == r)
			return;
	add_edge(e, n, cap, (uint32_t)l, (uint32_t)r);
}

static int
cmp_edge_lr(const void *a, const void *b)
{
	const struct edge *x = a, *y = b;

	if (x->l != y->l)
		return x->l < y->l ? -1 : 1;
	return x->r < y->r ? -1 : x->r > y->r;
}

/* Accumulate the dot products of left paragraphs [from, to) through the
 * index, keeping each left paragraph's best (ltop, shared, disjoint
 * ranges) and each right paragraph's best among them (rtop, this job's
 * own). */
struct propose_job {
	const struct side *L;
	const struct index *ix;
	size_t from, to, nr;
	struct cand *ltop;
	uint32_t *nltop;
	struct cand *rtop;
	uint32_t *nrtop;
};

static void
propose_job(void *arg)
{
	struct propose_job *j = arg;
	const struct side *L = j->L;
	const struct index *ix = j->ix;
	float *acc = xcalloc(j->nr + 1, sizeof *acc);
	uint32_t *touched = xmalloc((j->nr + 1) * sizeof *touched), ntouched;
	size_t p, i, k;

	for (p = j->from; p < j->to; p++) {
		struct cand *top = j->ltop + p * CAND_TOP_K;

		ntouched = 0;
		for (i = 0; i < L->vec_len[p]; i++) {
			const struct feat *f = &L->feat[L->vec_start[p] + i];

			for (k = ix->start[f->id]; k < ix->start[f->id + 1]; k++) {
				uint32_t q = ix->post[k].para;

				float d = f->w * ix->post[k].dot;

				if (d == 0)
					continue;	/* touched means acc > 0 */
				if (acc[q] == 0)
					touched[ntouched++] = q;
				acc[q] += d;
			}
		}
		for (i = 0; i < ntouched; i++) {
			uint32_t q = touched[i];

			topk_offer(top, &j->nltop[p], q, acc[q]);
			topk_offer(j->rtop + (size_t)q * CAND_TOP_K, &j->nrtop[q],
			           (uint32_t)p, acc[q]);
			acc[q] = 0;
		}
	}
	free(acc);
	free(touched);
}

static void
propose(const struct side *L, const struct side *R, const uint32_t *df_right,
        uint32_t nids, struct edge **edges, size_t *nedges)
{
	struct index ix;
	size_t nl = L->a->npara, nr = R->a->npara, p, i, cap = 0;
	struct cand *ltop = xmalloc((nl + 1) * CAND_TOP_K * sizeof *ltop);
	uint32_t *nltop = xcalloc(nl + 1, sizeof *nltop);
	struct cand *rtop = xmalloc((nr + 1) * CAND_TOP_K * sizeof *rtop);
	uint32_t *nrtop = xcalloc(nr + 1, sizeof *nrtop);
	struct cand *rtop2 = xmalloc((nr + 1) * CAND_TOP_K * sizeof *rtop2);
	uint32_t *nrtop2 = xcalloc(nr + 1, sizeof *nrtop2);
	size_t *byl, *fill;
	uint32_t *rfor, *stamp;

	index_build(&ix, R, df_right, nids);
	{
		struct propose_job half[2] = {
			{ L, &ix, 0, nl / 2, nr, ltop, nltop, rtop, nrtop },
			{ L, &ix, nl / 2, nl, nr, ltop, nltop, rtop2, nrtop2 },
		};

		thread_both_for(L->a->text_len + R->a->text_len,
		                propose_job, &half[1], &half[0]);
	}
	/* Merge the second half's right lists into the first's; on equal
	 * dots the first half (lower left paragraphs) comes first, as it
	 * would have, one left paragraph after another. */
	for (p = 0; p < nr; p++) {
		struct cand *a = rtop + p * CAND_TOP_K, *b = rtop2 + p * CAND_TOP_K;
		struct cand m[CAND_TOP_K];
		uint32_t na = nrtop[p], nb = nrtop2[p], ia = 0, ib = 0, n = 0;

		while (n < CAND_TOP_K && (ia < na || ib < nb))
			m[n++] = ib >= nb || (ia < na && a[ia].dot >= b[ib].dot)
			                 ? a[ia++] : b[ib++];
		memcpy(a, m, n * sizeof *m);
		nrtop[p] = n;
	}
	free(rtop2);
	free(nrtop2);

	/* The right paragraphs' proposals, grouped by left paragraph. */
	byl = xcalloc(nl + 2, sizeof *byl);
	for (p = 0; p < nr; p++)
		for (i = 0; i < nrtop[p]; i++)
			byl[rtop[p * CAND_TOP_K + i].para + 1]++;
	for (p = 0; p < nl; p++)
		byl[p + 1] += byl[p];
	rfor = xmalloc((byl[nl] + 1) * sizeof *rfor);
	fill = xmemdup(byl, (nl + 1) * sizeof *byl);
	for (p = 0; p < nr; p++)
		for (i = 0; i < nrtop[p]; i++)
			rfor[fill[rtop[p * CAND_TOP_K + i].para]++] = (uint32_t)p;

	/* Both directions' proposals, each pair once. */
	*edges = NULL;
	*nedges = 0;
	stamp = xcalloc(nr + 1, sizeof *stamp);
	for (p = 0; p < nl; p++) {
		for (i = 0; i < nltop[p]; i++) {
			uint32_t q = ltop[p * CAND_TOP_K + i].para;

			stamp[q] = (uint32_t)p + 1;
			add_edge(edges, nedges, &cap, (uint32_t)p, q);
		}
		for (i = byl[p]; i < byl[p + 1]; i++)
			if (stamp[rfor[i]] != (uint32_t)p + 1) {
				stamp[rfor[i]] = (uint32_t)p + 1;
				add_edge(edges, nedges, &cap, (uint32_t)p, rfor[i]);
			}
	}

	add_head_edge(edges, nedges, &cap, L->head, R->head);
	add_head_edge(edges, nedges, &cap, L->lede, R->lede);
	free(stamp);
	free(rfor);
	free(fill);
	free(byl);
	free(ix.start);
	free(ix.post);
	free(ltop);
	free(nltop);
	free(rtop);
	free(nrtop);
}

/* ---- score ----------------------------------------------------------- */

/* Score left paragraph l against right paragraph r.  l's vector has been
 * scattered: left_w[id] is its weight (0 where it has none), left_inner[id]
 * whether that feature is a name's inner word. */
static double
pair_score(const struct side *L, const struct side *R, size_t l, size_t r,
           const float *left_w, const uint8_t *left_inner,
           uint32_t *concepts, uint32_t *words)
{
	const struct feat *b = R->feat + R->vec_start[r];
	/* (No n-grams at all: no array to point into.) */
	const uint64_t *ga = L->gram ? L->gram + L->gram_start[l] : NULL;
	const uint64_t *gb = R->gram ? R->gram + R->gram_start[r] : NULL;
	size_t na = L->vec_len[l], nb = R->vec_len[r], i, j, shared = 0;
	size_t nga = L->gram_len[l], ngb = R->gram_len[r], qshared = 0;
	double dot = 0;

	*concepts = 0;
	*words = 0;
	for (j = 0; j < nb; j++) {
		float w = left_w[b[j].id];

		if (w != 0) {
			dot += (double)w * b[j].w;
			shared++;
			*concepts += !((left_inner[b[j].id] & 1) || b[j].inner);
			*words += !(left_inner[b[j].id] || b[j].inner ||
			            b[j].name);
		}
	}
	for (i = 0, j = 0; i < nga && j < ngb;) {
		if (ga[i] < gb[j]) {
			i++;
		} else if (ga[i] > gb[j]) {
			j++;
		} else {
			qshared++;
			i++;
			j++;
		}
	}
	if (qshared >= QUOTE_MIN_SHARED)
		return dot > QUOTE_SCORE ? fmin(dot, 1.0) : QUOTE_SCORE;
	if (L->a->para[l].kind == ARTICLE_HEADLINE &&
	    R->a->para[r].kind == ARTICLE_HEADLINE && shared > 0)
		return fmin(dot + HEADLINE_BONUS, 1.0);
	if (shared < PAIR_MIN_SHARED && shared < na && shared < nb)
		return 0;	/* unless one has nothing else to share */
	return fmin(dot, 1.0);
}

struct score_job {
	const struct side *L, *R;
	struct edge *e;
	size_t n;
	uint32_t nids;
};

/* Score edges e[0..n), which come grouped by left paragraph: scatter each
 * left vector once into dense arrays, stream its partners through. */
static void
score_job(void *arg)
{
	struct score_job *j = arg;
	float *left_w = xcalloc((size_t)j->nids + 1, sizeof *left_w);
	uint8_t *left_inner = xcalloc((size_t)j->nids + 1, 1);
	size_t i = 0, k;

	while (i < j->n) {
		uint32_t l = j->e[i].l;
		const struct feat *a = j->L->feat + j->L->vec_start[l];
		size_t na = j->L->vec_len[l];

		for (k = 0; k < na; k++) {
			left_w[a[k].id] = a[k].w;
			left_inner[a[k].id] = (uint8_t)(a[k].inner |
			                                a[k].name << 1);
		}
		for (; i < j->n && j->e[i].l == l; i++)
			j->e[i].score = (float)pair_score(j->L, j->R, l,
			                                  j->e[i].r, left_w,
			                                  left_inner,
			                                  &j->e[i].concepts,
			                                  &j->e[i].words);
		for (k = 0; k < na; k++)
			left_w[a[k].id] = 0;
	}
	free(left_w);
	free(left_inner);
}

/* ---- link and join ------------------------------------------------- */

/* Sort edges by score, best first; equal scores by left, then right
 * paragraph, so the result never depends on how they were proposed.
 * Scores are non-negative floats, whose bits order as integers do: an
 * LSD radix sort on them is exact, stable and linear. */
static void
sort_edges(struct edge *e, size_t n)
{
	struct edge *tmp = xmalloc((n + 1) * sizeof *tmp), *src = e, *dst = tmp;
	size_t i, j, shift;

	for (shift = 0; shift < 32; shift += 8) {
		size_t count[257] = { 0 };

		for (i = 0; i < n; i++) {
			uint32_t bits;

			memcpy(&bits, &src[i].score, sizeof bits);
			count[(~bits >> shift & 0xFF) + 1]++;
		}
		for (j = 0; j < 256; j++)
			count[j + 1] += count[j];
		for (i = 0; i < n; i++) {
			uint32_t bits;

			memcpy(&bits, &src[i].score, sizeof bits);
			dst[count[~bits >> shift & 0xFF]++] = src[i];
		}
		dst = src;
		src = src == e ? tmp : e;
	}
	/* Four passes: the sorted edges are back in e.  Each run of equal
	 * scores (QUOTE_SCORE and 1.0 are common) in order of (left, right):
	 * an edge's pair is unique, so any sort gives the same order. */
	free(tmp);
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && e[j].score == e[i].score; j++)
			;
		if (j - i > 1)
			qsort(e + i, j - i, sizeof *e, cmp_edge_lr);
	}
}

struct link {
	size_t *left_group;	/* per paragraph: its group, or ALIGN_NONE */
	size_t *right_group;
	size_t ngroup;
	size_t *nleft, *nright;	/* per group: how many members a side */
	size_t *left_member;	/* per group: its members, JOIN_MAX a side */
	size_t *right_member;
	double *gscore;
	struct feat *scratch[2];	/* merged vectors: left, right */
	size_t scap[2];
};

/* Whether content paragraph x stands next to a member of group g on its
 * own side, with no other content paragraph between. */
static bool
is_adjacent(const struct side *sd, const size_t *grp, size_t x, size_t g)
{
	size_t pos = sd->order[x];

	return (pos > 0 && grp[sd->seq[pos - 1]] == g) ||
	       (pos + 1 < sd->nseq && grp[sd->seq[pos + 1]] == g);
}

/* The vector of paragraphs m[0..n) and extra (unless it is ALIGN_NONE)
 * together, the sum of theirs, sorted by id as each of theirs is: the
 * paragraph's own for one, else merged into *out.  Returns its length in
 * *len. */
static const struct feat *
merge_vectors(const struct side *sd, const size_t *m, size_t n, size_t extra,
              struct feat **out, size_t *cap, size_t *len)
{
	const struct feat *v[JOIN_MAX + 1];
	size_t at[JOIN_MAX + 1], end[JOIN_MAX + 1], i, k = 0, total = 0;

	for (i = 0; i <= n; i++) {
		size_t p = i < n ? m[i] : extra;

		if (p == ALIGN_NONE || sd->vec_len[p] == 0)
			continue;
		v[k] = sd->feat + sd->vec_start[p];
		at[k] = 0;
		end[k] = sd->vec_len[p];
		total += end[k++];
	}
	*len = total;
	if (k <= 1)
		return k == 1 ? v[0] : sd->feat;
	MEM_GROW(*out, *cap, total);
	*len = 0;
	for (;;) {
		uint32_t id = UINT32_MAX;
		bool any = false;
		float w = 0;

		for (i = 0; i < k; i++)
			if (at[i] < end[i] && (!any || v[i][at[i]].id < id)) {
				id = v[i][at[i]].id;
				any = true;
			}
		if (!any)
			break;
		for (i = 0; i < k; i++)
			if (at[i] < end[i] && v[i][at[i]].id == id)
				w += v[i][at[i]++].w;
		(*out)[*len].id = id;
		(*out)[(*len)++].w = w;
	}
	return *out;
}

static double
cosine(const struct feat *a, size_t na, const struct feat *b, size_t nb)
{
	double dot = 0, x = 0, y = 0;
	size_t i = 0, j = 0;

	for (i = 0; i < na; i++)
		x += (double)a[i].w * a[i].w;
	for (j = 0; j < nb; j++)
		y += (double)b[j].w * b[j].w;
	for (i = 0, j = 0; i < na && j < nb;) {
		if (a[i].id < b[j].id)
			i++;
		else if (a[i].id > b[j].id)
			j++;
		else
			dot += (double)a[i++].w * b[j++].w;
	}
	return x > 0 && y > 0 ? dot / sqrt(x * y) : 0;
}

/* Cosine of group g's two sides, with paragraph xl added on the left or
 * xr on the right (either may be ALIGN_NONE). */
static double
group_cosine(const struct side *L, const struct side *R, struct link *lk,
             size_t g, size_t xl, size_t xr)
{
	const struct feat *lv, *rv;
	size_t nl, nr;

	lv = merge_vectors(L, lk->left_member + g * JOIN_MAX, lk->nleft[g], xl,
	                   &lk->scratch[0], &lk->scap[0], &nl);
	rv = merge_vectors(R, lk->right_member + g * JOIN_MAX, lk->nright[g],
	                   xr, &lk->scratch[1], &lk->scap[1], &nr);
	return cosine(lv, nl, rv, nr);
}

static void
new_group(struct link *lk, size_t l, size_t r, double score)
{
	size_t g = lk->ngroup++;

	lk->left_group[l] = lk->right_group[r] = g;
	lk->nleft[g] = lk->nright[g] = 1;
	lk->left_member[g * JOIN_MAX] = l;
	lk->right_member[g * JOIN_MAX] = r;
	lk->gscore[g] = score;
}

/* Paragraph x joins group g on the left (left) or right side, among its
 * members in document order. */
static void
add_member(struct link *lk, size_t g, size_t x, bool left)
{
	size_t *count = left ? lk->nleft : lk->nright;
	size_t *mem = (left ? lk->left_member : lk->right_member) +
	              g * JOIN_MAX;
	size_t i;

	for (i = count[g]; i > 0 && mem[i - 1] > x; i--)
		mem[i] = mem[i - 1];
	mem[i] = x;
	count[g]++;
	(left ? lk->left_group : lk->right_group)[x] = g;
}

static bool
joins_nothing(enum article_kind k)
{
	return k == ARTICLE_HEADLINE;
}

/* Paragraph x of side S (the other side is O) joins group g through its
 * edge with y, if the rules above allow. */
static void
try_join(const struct side *L, const struct side *R, struct link *lk,
         const struct edge *e, double min_score, bool left)
{
	const struct side *S = left ? L : R, *O = left ? R : L;
	size_t x = left ? e->l : e->r, y = left ? e->r : e->l;
	size_t *xg = left ? lk->left_group : lk->right_group;
	size_t *yg = left ? lk->right_group : lk->left_group;
	size_t *count = left ? lk->nleft : lk->nright;
	size_t g = yg[y];
	double before, after;

	if (count[g] >= JOIN_MAX || joins_nothing(S->a->para[x].kind) ||
	    joins_nothing(O->a->para[y].kind) ||
	    (e->score < min_score && !is_adjacent(S, xg, x, g)))
		return;
	before = group_cosine(L, R, lk, g, ALIGN_NONE, ALIGN_NONE);
	after = group_cosine(L, R, lk, g, left ? x : ALIGN_NONE,
	                     left ? ALIGN_NONE : x);
	if (after < before - JOIN_SLACK ||
	    (e->score < JOIN_MIN_SCORE &&
	     (!is_adjacent(S, xg, x, g) || after < before + JOIN_NEAR_GAIN)))
		return;
	add_member(lk, g, x, left);
	if (e->score > lk->gscore[g])
		lk->gscore[g] = e->score;
}

/* Whether a pair may found a group.  A standfirst summarizes the whole
 * story, so it matches many paragraphs a little; it founds a group only
 * with the other report's standfirst, and otherwise joins groups that
 * more specific paragraphs founded. */
static bool
may_found(const struct side *L, const struct side *R, const struct edge *e)
{
	bool sl = L->a->para[e->l].kind == ARTICLE_STANDFIRST;
	bool sr = R->a->para[e->r].kind == ARTICLE_STANDFIRST;

	return sl == sr;
}

static void
link_init(struct link *lk, size_t nl, size_t nr, size_t ne)
{
	size_t i;

	lk->left_group = xmalloc((nl + 1) * sizeof *lk->left_group);
	lk->right_group = xmalloc((nr + 1) * sizeof *lk->right_group);
	for (i = 0; i < nl; i++)
		lk->left_group[i] = ALIGN_NONE;
	for (i = 0; i < nr; i++)
		lk->right_group[i] = ALIGN_NONE;
	lk->nleft = xmalloc((ne + 1) * sizeof *lk->nleft);
	lk->nright = xmalloc((ne + 1) * sizeof *lk->nright);
	lk->left_member = xmalloc((ne + 1) * JOIN_MAX *
	                          sizeof *lk->left_member);
	lk->right_member = xmalloc((ne + 1) * JOIN_MAX *
	                           sizeof *lk->right_member);
	lk->gscore = xmalloc((ne + 1) * sizeof *lk->gscore);
	lk->ngroup = 0;
}

static bool
both_free(const struct link *lk, const struct edge *e)
{
	return lk->left_group[e->l] == ALIGN_NONE &&
	       lk->right_group[e->r] == ALIGN_NONE;
}

/* Competitive linking over edges sorted best first: each pair of free
 * paragraphs scoring min_score or more founds a group. */
static void
link_greedy(const struct side *L, const struct side *R, const struct edge *e,
            size_t ne, struct link *lk, double min_score)
{
	size_t i;

	for (i = 0; i < ne && e[i].score >= min_score; i++)
		if (both_free(lk, &e[i]) && may_found(L, R, &e[i]))
			new_group(lk, e[i].l, e[i].r, e[i].score);
}

/* Whether the content paragraphs step (-1 or +1) positions away from
 * content positions pl and pr are paired with each other. */
static bool
neighbours_paired(const struct side *L, const struct side *R,
                  const struct link *lk, size_t pl, size_t pr, int step)
{
	size_t nl, nr;

	if (step < 0 ? pl == 0 || pr == 0
	             : pl + 1 >= L->nseq || pr + 1 >= R->nseq)
		return false;
	nl = step < 0 ? pl - 1 : pl + 1;
	nr = step < 0 ? pr - 1 : pr + 1;
	return lk->left_group[L->seq[nl]] != ALIGN_NONE &&
	       lk->left_group[L->seq[nl]] == lk->right_group[R->seq[nr]];
}

/* Give ORDER_BONUS to every free pair whose neighbours on both sides,
 * just before or just after, are paired with each other; returns how
 * many edges were raised. */
static size_t
bonus_neighbours(const struct side *L, const struct side *R, struct edge *e,
                 size_t ne, const struct link *lk)
{
	size_t i, bumped = 0;

	for (i = 0; i < ne; i++) {
		size_t pl = L->order[e[i].l], pr = R->order[e[i].r];

		if (!both_free(lk, &e[i]) || e[i].score <= 0)
			continue;
		if (neighbours_paired(L, R, lk, pl, pr, -1) ||
		    neighbours_paired(L, R, lk, pl, pr, +1)) {
			e[i].score = (float)fmin(1.0, e[i].score + ORDER_BONUS);
			bumped++;
		}
	}
	return bumped;
}

/* Whether edge e holds a lede of either report. */
static bool
has_lede(const struct side *L, const struct side *R, const struct edge *e)
{
	return e->l == L->lede || e->r == R->lede;
}

/* Mutual best matches among the paragraphs left over, scoring at least
 * min_score and sharing min_concepts concepts, of which min_words are
 * words, ledes among them unless spare_ledes: the edges are sorted, so
 * the first free edge of a paragraph is its best. */
static void
link_mutual(const struct side *L, const struct side *R, const struct edge *e,
            size_t ne, struct link *lk, double min_score,
            uint32_t min_concepts, uint32_t min_words, bool spare_ledes)
{
	size_t nl = L->a->npara, nr = R->a->npara, i;
	size_t *bestl = xmalloc((nl + 1) * sizeof *bestl);
	size_t *bestr = xmalloc((nr + 1) * sizeof *bestr);

	for (i = 0; i < nl; i++)
		bestl[i] = ALIGN_NONE;
	for (i = 0; i < nr; i++)
		bestr[i] = ALIGN_NONE;
	for (i = 0; i < ne && e[i].score >= min_score; i++) {
		if (!both_free(lk, &e[i]) || !may_found(L, R, &e[i]) ||
		    e[i].words < min_words ||
		    (spare_ledes && has_lede(L, R, &e[i])))
			continue;
		if (bestl[e[i].l] == ALIGN_NONE)
			bestl[e[i].l] = i;
		if (bestr[e[i].r] == ALIGN_NONE)
			bestr[e[i].r] = i;
	}
	for (i = 0; i < ne && e[i].score >= min_score; i++)
		if (bestl[e[i].l] == i && bestr[e[i].r] == i &&
		    e[i].concepts >= min_concepts)
			new_group(lk, e[i].l, e[i].r, e[i].score);
	free(bestl);
	free(bestr);
}

/* Whether edge i is the best of paragraph x of the left (left) or right
 * side: no edge before it, the edges being sorted, has x.  An edge to
 * the other report's headline does not count: a lede often sums up the
 * other's headline, which pairs with nothing but a headline. */
static bool
is_best_of(const struct side *O, const struct edge *e, size_t i, size_t x,
           bool left)
{
	size_t k;

	for (k = 0; k < i; k++)
		if ((left ? e[k].l : e[k].r) == x &&
		    O->a->para[left ? e[k].r : e[k].l].kind != ARTICLE_HEADLINE)
			return false;
	return true;
}

/* The ledes pair when both are still free and share LEDE_MIN_CONCEPTS
 * concepts: two reports of one event tell its news first.  (The ledes of
 * the bundled pair do not tell the same thing, but by now the right one
 * has paired with the paragraph that does.)  When one lede is paired and
 * the other is free, the free one joins the other's group if they share
 * as much and the other lede is its best partner in the whole report: a
 * lede that says in one paragraph what the other report's lede and a
 * later paragraph say together (on the 8 real pairs one more core group,
 * recall 0.688 -> 0.700, no wrong pair; the invented pairs one more
 * strict pair, 0.960 -> 0.968, no wrong one; without "best partner" the
 * bundled pair's left lede joins the right one's group, wrongly).  Its
 * edge to the other headline does not count against it: on 12 further
 * real pairs one more core group (recall 0.550 -> 0.557, precision 0.882
 * -> 0.883), the rest unchanged. */
static void
link_ledes(const struct side *L, const struct side *R, const struct edge *e,
           size_t ne, struct link *lk)
{
	size_t i;

	if (L->lede == ALIGN_NONE || R->lede == ALIGN_NONE)
		return;
	for (i = 0; i < ne; i++)
		if (e[i].l == L->lede && e[i].r == R->lede)
			break;
	if (i == ne || e[i].concepts < LEDE_MIN_CONCEPTS)
		return;
	if (both_free(lk, &e[i])) {
		new_group(lk, e[i].l, e[i].r, e[i].score);
	} else if (lk->left_group[e[i].l] == ALIGN_NONE) {
		size_t g = lk->right_group[e[i].r];

		if (lk->nleft[g] < JOIN_MAX && is_best_of(R, e, i, e[i].l, true))
			add_member(lk, g, e[i].l, true);
	} else if (lk->right_group[e[i].r] == ALIGN_NONE) {
		size_t g = lk->left_group[e[i].l];

		if (lk->nright[g] < JOIN_MAX && is_best_of(L, e, i, e[i].r, false))
			add_member(lk, g, e[i].r, false);
	}
}

/* Left over at the end, two paragraphs that are each other's best
 * partner in the whole of both reports (not only among the unpaired
 * ones), scoring MUTUAL_MIN_SCORE and sharing BEST_MIN_WORDS words that
 * are not names, pair: nothing else in either report tells more of what
 * the other says ("ecologically important ... migratory birds" / "a
 * habitat for migratory birds ... ecologically"), and words, unlike two
 * names ("President Barack Obama", "Assad"), say what is told. */
static void
link_best_overall(const struct side *L, const struct side *R,
                  const struct edge *e, size_t ne, struct link *lk)
{
	size_t nl = L->a->npara, nr = R->a->npara, i;
	size_t *bestl = xmalloc((nl + 1) * sizeof *bestl);
	size_t *bestr = xmalloc((nr + 1) * sizeof *bestr);

	for (i = 0; i < nl; i++)
		bestl[i] = ALIGN_NONE;
	for (i = 0; i < nr; i++)
		bestr[i] = ALIGN_NONE;
	for (i = 0; i < ne; i++) {
		if (!may_found(L, R, &e[i]))
			continue;
		if (bestl[e[i].l] == ALIGN_NONE)
			bestl[e[i].l] = i;
		if (bestr[e[i].r] == ALIGN_NONE)
			bestr[e[i].r] = i;
	}
	for (i = 0; i < ne && e[i].score >= MUTUAL_MIN_SCORE; i++)
		if (bestl[e[i].l] == i && bestr[e[i].r] == i &&
		    both_free(lk, &e[i]) && e[i].words >= BEST_MIN_WORDS)
			new_group(lk, e[i].l, e[i].r, e[i].score);
	free(bestl);
	free(bestr);
}

/* A free pair whose neighbours on both sides, just before and just
 * after, are paired with each other tells what lies between two passages
 * the reports share: it pairs when the two share BEST_MIN_WORDS words
 * that are not names, whatever its score (edges too weak to matter were
 * dropped before linking: edge_floor()).  On the 8 real pairs one more
 * core group ("the 18-page indictment" between the charges and the plea
 * agreement), no wrong pair; the invented pairs unchanged.  With one
 * shared word it pairs a wrong one among the invented pairs.  One
 * neighbour pair instead of both measures the same here; the stricter
 * rule is kept, as the one the evidence of order supports. */
static void
link_between(const struct side *L, const struct side *R, const struct edge *e,
             size_t ne, struct link *lk)
{
	size_t i;

	for (i = 0; i < ne; i++) {
		size_t pl = L->order[e[i].l], pr = R->order[e[i].r];

		if (both_free(lk, &e[i]) && e[i].words >= BEST_MIN_WORDS &&
		    may_found(L, R, &e[i]) &&
		    neighbours_paired(L, R, lk, pl, pr, -1) &&
		    neighbours_paired(L, R, lk, pl, pr, +1))
			new_group(lk, e[i].l, e[i].r, e[i].score);
	}
}

/* Join: best remaining pairs first; a free paragraph on one side joins
 * the group of its linked partner on the other. */
static void
join_free(const struct side *L, const struct side *R, const struct edge *e,
          size_t ne, struct link *lk, double min_score)
{
	size_t i;

	for (i = 0; i < ne && e[i].score >= JOIN_NEAR_MIN_SCORE; i++) {
		bool lfree = lk->left_group[e[i].l] == ALIGN_NONE;

		if (lfree == (lk->right_group[e[i].r] == ALIGN_NONE))
			continue;	/* both free (too weak) or both taken */
		try_join(L, R, lk, &e[i], min_score, lfree);
	}
}

static void
link_pairs(const struct side *L, const struct side *R, struct edge *e,
           size_t ne, struct link *lk, double min_score)
{
	size_t p, nverbatim = 0;

	for (p = 0; p < L->a->npara; p++)
		nverbatim += L->a->para[p].verbatim;
	link_init(lk, L->a->npara, R->a->npara, ne + nverbatim);
	/* Paragraphs the other version has word for word: pairs as they
	 * are, each alike in every word. */
	for (p = 0; p < L->a->npara && nverbatim > 0; p++)
		if (L->a->para[p].verbatim)
			new_group(lk, p, L->a->para[p].twin, 1.0);
	sort_edges(e, ne);
	link_greedy(L, R, e, ne, lk, min_score);
	/* Reports move in blocks: pairs next to linked pairs score more;
	 * link again. */
	if (ORDER_BONUS > 0 && bonus_neighbours(L, R, e, ne, lk) > 0) {
		sort_edges(e, ne);
		link_greedy(L, R, e, ne, lk, min_score);
	}
	link_mutual(L, R, e, ne, lk, MUTUAL_MIN_SCORE, MUTUAL_MIN_CONCEPTS, 0,
	            false);
	link_ledes(L, R, e, ne, lk);
	join_free(L, R, e, ne, lk, min_score);
	link_best_overall(L, R, e, ne, lk);
	link_between(L, R, e, ne, lk);
	link_mutual(L, R, e, ne, lk, LATE_MIN_SCORE, 0, LATE_MIN_WORDS, true);
	free(lk->scratch[0]);
	free(lk->scratch[1]);
	lk->scratch[0] = lk->scratch[1] = NULL;
}

/* The lowest score at which an edge is kept for linking: what founds a
 * group as a mutual best match, less the order bonus, which stays with
 * an edge once given.  The passes that go lower (a paragraph joining its
 * neighbour's group, the last mutual pass, a pair between paired
 * neighbours) take only edges above it: with the floor at their own
 * lowest (0.10, less the bonus), a pair between paired neighbours on the
 * 8 real pairs is a wrong one (precision 0.918 -> 0.909). */
static double
edge_floor(double min_score)
{
	return fmin(MUTUAL_MIN_SCORE, min_score) - ORDER_BONUS;
}

/* ---- result -------------------------------------------------------- */

static struct alignment *
build_result(const struct article *left, const struct article *right,
             struct link *lk)
{
	struct alignment *al = xcalloc(1, sizeof *al);
	size_t nl = left->npara, nr = right->npara, g, p, k = 0, ng = 0;
	size_t *remap = xmalloc((lk->ngroup + 1) * sizeof *remap);

	al->left = left;
	al->right = right;
	al->group = xcalloc(lk->ngroup + 1, sizeof *al->group);
	al->member = xmalloc((nl + nr + 1) * sizeof *al->member);
	al->left_group = lk->left_group;
	al->right_group = lk->right_group;
	lk->left_group = lk->right_group = NULL;

	/* Groups in the order of their first left paragraph. */
	for (g = 0; g < lk->ngroup; g++)
		remap[g] = ALIGN_NONE;
	for (p = 0; p < nl; p++) {
		g = al->left_group[p];
		if (g != ALIGN_NONE && remap[g] == ALIGN_NONE)
			remap[g] = ng++;
	}
	for (p = 0; p < nl; p++)
		if (al->left_group[p] != ALIGN_NONE)
			al->left_group[p] = remap[al->left_group[p]];
	for (p = 0; p < nr; p++)
		if (al->right_group[p] != ALIGN_NONE)
			al->right_group[p] = remap[al->right_group[p]];
	for (g = 0; g < lk->ngroup; g++)
		al->group[remap[g]].score = lk->gscore[g];
	al->ngroup = ng;

	/* Members: count per group, place the lists, fill in document
	 * order. */
	for (p = 0; p < nl; p++)
		if (al->left_group[p] != ALIGN_NONE)
			al->group[al->left_group[p]].nleft++;
	for (p = 0; p < nr; p++)
		if (al->right_group[p] != ALIGN_NONE)
			al->group[al->right_group[p]].nright++;
	for (g = 0; g < ng; g++) {
		struct align_group *gr = &al->group[g];

		gr->left = k;
		gr->right = k + gr->nleft;
		k += gr->nleft + gr->nright;
		gr->nleft = gr->nright = 0;
	}
	for (p = 0; p < nl; p++)
		if ((g = al->left_group[p]) != ALIGN_NONE)
			al->member[al->group[g].left + al->group[g].nleft++] = p;
	for (p = 0; p < nr; p++)
		if ((g = al->right_group[p]) != ALIGN_NONE)
			al->member[al->group[g].right + al->group[g].nright++] = p;
	free(remap);
	return al;
}

enum rc
align_run(const struct article *left, const struct article *right,
          const struct lexicon *lx, const struct align_opts *opts,
          struct alignment **out)
{
	uint32_t nids = lexicon_count(lx);
	uint32_t nfid;
	uint8_t *names = xcalloc(nids + 1, 1);
	uint32_t *df, *df_right;
	struct related rel;
	struct side L = { 0 }, R = { 0 };
	struct edge *edges;
	struct link lk = { 0 };
	size_t nedges, nvec = 0, nright = 0, i, kept;
	double floor;
	uint8_t *grouped;
	float *idf;
	double min_score = opts && opts->min_score > 0 ? opts->min_score
	                                               : ALIGN_MIN_SCORE;
	/* Short reports are aligned in this thread: starting one costs
	 * more than their stages (thread.h). */
	size_t work = left->text_len + right->text_len;

	name_mark_words(left, names, NAME_LEFT);
	name_mark_words(right, names, NAME_RIGHT);
	L.a = left;
	R.a = right;
	L.lx = R.lx = lx;
	L.names = R.names = names;
	L.bit = NAME_LEFT;
	R.bit = NAME_RIGHT;
	grouped = xcalloc((size_t)nids / 8 + 1, 1);
	for (i = 1; i < nids; i++)
		if (lexicon_group(lx, (uint32_t)i))
			grouped[i >> 3] |= (uint8_t)(1u << (i & 7));
	L.grouped = R.grouped = grouped;
	related_init(&rel, left, right, lx);
	nfid = nids + rel.nused + 1;
	if (nfid >= FEAT_ID_LIMIT)
		fatal("too many distinct words (%" PRIu32 ")", nfid);
	df = xcalloc((size_t)nfid + 1, sizeof *df);
	df_right = xcalloc((size_t)nfid + 1, sizeof *df_right);
	L.rel = R.rel = &rel;
	L.nfid = R.nfid = nfid;
	thread_both_for(work, prepare_job, &R, &L);
	count_df(&R, df_right, &nright);
	for (i = 0; i < nfid; i++)
		df[i] = df_right[i];
	count_df(&L, df, &nvec);
	nvec += nright;
	/* idf(t) = ln(1 + N / df(t)), once per feature id. */
	idf = xmalloc(((size_t)nfid + 1) * sizeof *idf);
	for (i = 0; i < nfid; i++)
		idf[i] = df[i] ? (float)log(1.0 + (double)nvec / df[i]) : 0;
	L.idf = R.idf = idf;
	thread_both_for(work, weigh_job, &R, &L);

	propose(&L, &R, df_right, nfid, &edges, &nedges);
	/* Score, half the edges each; keep only what linking can use (see
	 * edge_floor() and link_ledes()). */
	{
		struct score_job half[2] = {
			{ &L, &R, edges, nedges / 2, nfid },
			{ &L, &R, edges ? edges + nedges / 2 : NULL,
			  nedges - nedges / 2, nfid },
		};

		if (nedges > 0)
			thread_both_for(work, score_job, &half[1], &half[0]);
	}
	floor = edge_floor(min_score);
	for (i = 0, kept = 0; i < nedges; i++)
		if (edges[i].score >= floor ||
		    (edges[i].l == L.lede && edges[i].r == R.lede))
			edges[kept++] = edges[i];
	nedges = kept;
	link_pairs(&L, &R, edges, nedges, &lk, min_score);
	*out = build_result(left, right, &lk);

	free(lk.left_group);
	free(lk.right_group);
	free(lk.nleft);
	free(lk.nright);
	free(lk.left_member);
	free(lk.right_member);
	free(lk.gscore);
	free(edges);
	side_fini(&L);
	side_fini(&R);
	related_fini(&rel);
	free(names);
	free(grouped);
	free(idf);
	free(df);
	free(df_right);
	return RC_OK;
}

void
align_free(struct alignment *al)
{
	if (al == NULL)
		return;
	free(al->group);
	free(al->member);
	free(al->left_group);
	free(al->right_group);
	free(al);
}

/* ---- additions after the run ------------------------------------- */

bool
align_is_verbatim(const struct alignment *al, size_t g)
{
	return al->left->para[align_left(al, g, 0)].verbatim;
}

bool
align_add_group(struct alignment *al, size_t l, size_t r, double score)
{
	size_t pos, k = 0, total = 0, g;

	if (l >= al->left->npara || r >= al->right->npara ||
	    al->left_group[l] != ALIGN_NONE ||
	    al->right_group[r] != ALIGN_NONE)
		return false;
	/* Its place: before the first group whose first left paragraph
	 * comes after l. */
	for (pos = 0; pos < al->ngroup; pos++)
		if (align_left(al, pos, 0) > l)
			break;
	for (g = 0; g < al->ngroup; g++) {
		if (g == pos)
			k = total;
		total += al->group[g].nleft + al->group[g].nright;
	}
	if (pos == al->ngroup)
		k = total;
	/* The member array has room for every paragraph of both sides
	 * once; the new group's two go in at k, before the groups after
	 * it. */
	memmove(al->member + k + 2, al->member + k,
	        (total - k) * sizeof *al->member);
	al->member[k] = l;
	al->member[k + 1] = r;
	al->group = xreallocarray(al->group, al->ngroup + 2,
	                          sizeof *al->group);
	memmove(al->group + pos + 1, al->group + pos,
	        (al->ngroup - pos) * sizeof *al->group);
	al->group[pos].left = k;
	al->group[pos].nleft = 1;
	al->group[pos].right = k + 1;
	al->group[pos].nright = 1;
	al->group[pos].score = score;
	al->ngroup++;
	for (g = pos + 1; g < al->ngroup; g++) {
		al->group[g].left += 2;
		al->group[g].right += 2;
	}
	for (g = 0; g < al->left->npara; g++)
		if (al->left_group[g] != ALIGN_NONE && al->left_group[g] >= pos)
			al->left_group[g]++;
	for (g = 0; g < al->right->npara; g++)
		if (al->right_group[g] != ALIGN_NONE &&
		    al->right_group[g] >= pos)
			al->right_group[g]++;
	al->left_group[l] = pos;
	al->right_group[r] = pos;
	return true;
}
