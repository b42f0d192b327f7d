/* lexicon.h - the words of both reports: interned folded forms, their
 * stems (Snowball English, each distinct word stemmed once) and the
 * stopword list.  Engine; include from engine and tests.
 *
 * Both articles are analyzed against one lexicon, so a word id means the
 * same word on both sides.  Id 0 is never a word: it means "none". */
#ifndef NEWSDIFF_LEXICON_H
#define NEWSDIFF_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct lexicon;

struct lexicon *lexicon_new(void);
void lexicon_free(struct lexicon *lx);

/* A lexicon of its own with the words, ids and all that src knows of
 * them (src's related-words table is shared: it must outlive both), for
 * another thread to go on with. */
struct lexicon *lexicon_copy(const struct lexicon *src);

/* Mark the words of a stopword list (one word per line, # comments) as
 * stopwords, and those written ~word as weak words: content words so
 * common in news that they count for less.  Lines are case-folded;
 * blank lines are ignored. */
void lexicon_load_stopwords(struct lexicon *lx, const uint8_t *buf,
                            size_t len);

/* Read synonym groups: one group per line, words separated by spaces,
 * the first naming the group; # comments.  Words are stemmed, so one
 * form of each will do. */
void lexicon_load_synonyms(struct lexicon *lx, const uint8_t *buf,
                           size_t len);

/* Use the related-words table buf[0..len) (assets/related-en.txt,
 * derived from WordNet): # comments, then a line "=N" giving the number
 * of concepts, then one line per stem, in byte order, "stem c1 c2 ..."
 * with the concepts (1..N) that stem belongs to.  The lexicon refers to
 * buf, which must outlive it: loading reads only the head, and a stem is
 * found by binary search over the bytes when asked. */
void lexicon_load_related(struct lexicon *lx, const uint8_t *buf,
                          size_t len);

/* How many concepts the related-words table numbers (0: none loaded). */
uint32_t lexicon_concept_count(const struct lexicon *lx);

/* The concepts (1..lexicon_concept_count()) of stem id: up to max of
 * them into out; returns how many. */
size_t lexicon_concepts(const struct lexicon *lx, uint32_t stem,
                        uint32_t *out, size_t max);

/* For many lookups: the table read once, each of its stems found in the
 * lexicon (binary searches cost more once thousands of words are looked
 * up).  Returns an index for lexicon_concepts_at(), to free(). */
uint32_t *lexicon_concept_index(const struct lexicon *lx);

/* lexicon_concepts() through an index from lexicon_concept_index(). */
size_t lexicon_concepts_at(const struct lexicon *lx, const uint32_t *index,
                           uint32_t stem, uint32_t *out, size_t max);

/* The synonym group of stem id (an id of its own), or 0. */
uint32_t lexicon_group(const struct lexicon *lx, uint32_t stem);

/* The stem as words are compared for their sense: its synonym group if
 * it has one ("fell" and "dropped" say one fall), else the stem. */
uint32_t lexicon_group_or_stem(const struct lexicon *lx, uint32_t stem);

/* The id of the folded word s[0..n), added if new (n > 0). */
uint32_t lexicon_intern(struct lexicon *lx, const uint8_t *s, size_t n);

/* The id of the stem of word id; for a number, its digits without group
 * separators (1,000 -> 1000); for anything else, itself.  Cached. */
uint32_t lexicon_stem(struct lexicon *lx, uint32_t id);

/* A looser key of word id, or 0: for a word of more than five letters
 * its first five (diplomacy and diplomatic share "diplo"); for a number
 * its value to two significant digits (14,200 ~ 14,000).  Cached. */
uint32_t lexicon_alt(struct lexicon *lx, uint32_t id);

/* The same once computed (by lexicon_alt(), which the tokenizer calls
 * for every word it sees); 0 before. */
uint32_t lexicon_alt_known(const struct lexicon *lx, uint32_t id);

bool lexicon_is_stopword(const struct lexicon *lx, uint32_t id);
bool lexicon_is_weak(const struct lexicon *lx, uint32_t id);

/* The bytes of word id; *len is their length. */
const uint8_t *lexicon_word(const struct lexicon *lx, uint32_t id,
                            size_t *len);

/* One more than the largest id in use: ids are below this. */
uint32_t lexicon_count(const struct lexicon *lx);

/* Add the words of src to dst, with what src knows of them (stems,
 * looser keys, stopword and weak flags, synonym groups).  Returns the
 * map from src ids to dst ids (map[0] is 0), malloc'd, the caller's.
 * Both must have been given the same stopword and synonym lists.  When
 * both are copies of one lexicon (lexicon_copy()) of shared ids, the
 * words below shared are the same in both and are not looked up again;
 * shared 0 looks up every word. */
uint32_t *lexicon_merge(struct lexicon *dst, const struct lexicon *src,
                        uint32_t shared);

#endif
