/* testutil.h - helpers shared by the Check test programs. Tests only. */
#ifndef NEWSDIFF_TESTUTIL_H
#define NEWSDIFF_TESTUTIL_H

#include <check.h>
#include <stddef.h>
#include <stdint.h>

struct article;

/* Each test program defines this and returns its suite. */
Suite *suite_make(void);

/* Parse a report from a C string; fails the test if loading fails. */
struct article *t_article(const char *text);

/* Load a file from the assets folder ($NEWSDIFF_DATADIR) or the fixtures
 * folder ($FIXTURES); fails the test if it cannot. */
struct article *t_asset(const char *name);
struct article *t_fixture(const char *name);

/* Read a whole file into a NUL-terminated buffer; NULL if unreadable. */
char *t_slurp(const char *path, size_t *len);

/* Index of the first paragraph of a whose text starts with prefix, or
 * (size_t)-1; t_para() fails the test when there is none. */
size_t t_find(const struct article *a, const char *prefix);
size_t t_para(const struct article *a, const char *prefix);

#endif
