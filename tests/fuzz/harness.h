/* harness.h - one fuzz input through all of newsdiff's engine; the
 * libFuzzer entry (fuzz.c) and the replaying Check test share it.
 * Tests only. */
#ifndef NEWSDIFF_HARNESS_H
#define NEWSDIFF_HARNESS_H

#include <stddef.h>
#include <stdint.h>

/* Read the word lists from the data folder, once. */
void fuzz_init(const char *datadir);

/* Run one input; abort() on any broken promise. */
void fuzz_one(const uint8_t *data, size_t size);

#endif
