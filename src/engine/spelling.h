/* spelling.h - British spellings as American ones, for stems.
 *
 * Two outlets of one story spell it their own way: "centres" and
 * "centers", "defence" and "defense", "travelled" and "traveled".  The
 * lexicon stems a word in its American spelling, so that both share a
 * stem; the words themselves stay as written (the word diff tells
 * them).  Included by lexicon.c and the tests.
 */
#ifndef NEWSDIFF_SPELLING_H
#define NEWSDIFF_SPELLING_H

#include <stddef.h>
#include <stdint.h>

/* The longest word spelling_us() rewrites, in bytes. */
#define SPELLING_MAX 40

/* The lower-case ASCII word w[0..n) in American spelling into out
 * (SPELLING_MAX bytes); returns its length, or 0 when the word is
 * spelt alike on both sides of the Atlantic (or is no such word). */
size_t spelling_us(const uint8_t *w, size_t n, uint8_t *out);

#endif
