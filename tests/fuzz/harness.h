/* harness.h - one fuzz input through all of newsdiff's engine; the
 * libFuzzer entry (fuzz.c) and the replaying Check test share it.
 * Tests only. */
#ifndef NEWSDIFF_HARNESS_H
#define NEWSDIFF_HARNESS_H

#include <stddef.h>
#include <stdint.h>

/* Read the word lists from the data folder, once. */
void fuzz_init(const char *datadir);

/* The prefix of an input that chooses stages: "ND\2", FUZZ_* flags, a
 * declared charset (see harness.c). */
#define FUZZ_MAGIC_LEN 5
#define FUZZ_WORD_DIFF 0x01	/* the passages' word edits */
#define FUZZ_REVISIONS 0x02	/* revisions mode (implies the above) */
#define FUZZ_HTML      0x04	/* each side made a page: a doctype first */
#define FUZZ_V2        0x100	/* the prefix was there */

/* Run one input; abort() on any broken promise. */
void fuzz_one(const uint8_t *data, size_t size);

/* One file's bytes decoded (charset declared from outside, or NULL) and
 * extracted as a page, checking what comes out. */
void fuzz_page(const uint8_t *data, size_t size, const char *charset);

/* One JSON text through the JSON-LD reader, from a buffer of exactly its
 * size (so the sanitizer sees any read past it). */
void fuzz_json(const uint8_t *data, size_t size);

#endif
