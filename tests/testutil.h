/* testutil.h - helpers shared by the Check test programs. Tests only. */
#ifndef NEWSDIFF_TESTUTIL_H
#define NEWSDIFF_TESTUTIL_H

#include <check.h>
#include <stddef.h>
#include <stdint.h>

struct article;
struct alignment;
struct lexicon;

#include "compare.h"

/* A comparison, built as the program builds it. */
#define t_cmp compare

/* Each test program defines this and returns its suite. */
Suite *suite_make(void);

/* Parse a report from a C string; fails the test if loading fails. */
struct article *t_article(const char *text);

/* Load a file from the assets folder ($NEWSDIFF_DATADIR) or the fixtures
 * folder ($FIXTURES); fails the test if it cannot. */
struct article *t_asset(const char *name);
struct article *t_fixture(const char *name);

/* The bytes of a file of the assets folder, NUL-terminated, with their
 * length; fails the test if it cannot read them.  The caller frees. */
uint8_t *t_asset_bytes(const char *name, size_t *len);

/* A lexicon with the stopwords and synonyms of the assets folder. */
struct lexicon *t_lexicon(void);

/* Analyze and align left and right as the program does (the comparison
 * takes them over). */
void t_compare(struct t_cmp *c, struct article *left, struct article *right);
/* The same, taking the two as mode says (t_compare(): COMPARE_AUTO). */
void t_compare_as(struct t_cmp *c, struct article *left, struct article *right,
                  enum compare_mode mode);
void t_compare_free(struct t_cmp *c);

/* Whether left paragraph l and right paragraph r are in one group. */
int t_paired(const struct t_cmp *c, size_t l, size_t r);

/* Read a whole file into a NUL-terminated buffer; NULL if unreadable. */
char *t_slurp(const char *path, size_t *len);

/* Index of the first paragraph of a whose text starts with prefix, or
 * (size_t)-1; t_para() fails the test when there is none. */
size_t t_find(const struct article *a, const char *prefix);
size_t t_para(const struct article *a, const char *prefix);

/* The development set: pairs of reports by other outlets in
 * $FIXTURES/pairs/NAME.{left,right}.txt, with their annotations. */
#define T_NDEVSET 28
extern const char *const t_devset[T_NDEVSET];

#endif
