/* ustr.h - the engine's Unicode toolbox: decoding, normalization, case
 * folding, word breaks, character classes and display widths.
 * Engine; include from engine, tui and tests.
 *
 * This is the only file that includes libunistring headers; everything
 * else sees UTF-8 as const uint8_t * plus a length, and code points as
 * uint32_t.  Text handed to these functions need not be valid UTF-8:
 * invalid bytes decode as U+FFFD. */
#ifndef NEWSDIFF_USTR_H
#define NEWSDIFF_USTR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define USTR_REPLACEMENT 0xFFFDu

/* Decode the character at s (n >= 1 bytes available) into *cp and return
 * its length in bytes (1..4).  An invalid or truncated sequence yields
 * U+FFFD and the length of its maximal subpart (Unicode's best practice:
 * E0 80 AF is three bad parts of one byte), so a loop always advances. */
size_t ustr_decode(const uint8_t *s, size_t n, uint32_t *cp);

/* Encode cp as UTF-8 into out; return the length (1..4). */
size_t ustr_encode(uint32_t cp, uint8_t out[4]);

/* Whether s[0..n) is all ASCII (the common case, checked fast). */
bool ustr_is_ascii(const uint8_t *s, size_t n);

/* Whether s[0..n) is well-formed UTF-8. */
bool ustr_is_valid(const uint8_t *s, size_t n);

/* Whether s[0..n) is certainly in NFC already, without normalizing it:
 * true when every character is one that NFC never changes and that never
 * combines with a neighbour (below U+0300, general punctuation, currency
 * signs: the text of most news in Latin script).  False means "maybe". */
bool ustr_is_nfc_quick(const uint8_t *s, size_t n);

/* NFC and case folding.  The result is malloc'd, owned by the caller and
 * NUL-terminated; *outlen excludes the NUL. */
uint8_t *ustr_nfc(const uint8_t *s, size_t n, size_t *outlen);
uint8_t *ustr_fold(const uint8_t *s, size_t n, size_t *outlen);

/* s[0..n) decomposed (NFD) without its combining diacritical marks
 * (U+0300..U+036F): "ferrán" -> "ferran", "são" -> "sao".  Letters that
 * do not decompose stay ("ø", "ß").  Freed by the caller. */
uint8_t *ustr_strip_accents(const uint8_t *s, size_t n, size_t *outlen);

/* Unicode (UAX #29) word breaks: breaks[i] is nonzero when a word
 * boundary lies before byte i.  breaks must have room for n bytes. */
void ustr_wordbreaks(const uint8_t *s, size_t n, char *breaks);

/* Unicode (UAX #14) line breaks: breaks[i] is nonzero when a line may
 * be broken before byte i (after a space, a hyphen, between ideographs).
 * breaks must have room for n bytes. */
void ustr_linebreaks(const uint8_t *s, size_t n, char *breaks);

/* Character classes. */
bool ustr_is_letter(uint32_t cp);
bool ustr_is_upper(uint32_t cp);	/* uppercase or titlecase letter */
bool ustr_is_lower(uint32_t cp);
bool ustr_is_mark(uint32_t cp);		/* combining mark (Mn, Mc, Me) */
bool ustr_is_space(uint32_t cp);	/* White_Space, NBSP included */
int ustr_digit_value(uint32_t cp);	/* 0..9 for a decimal digit, else -1 */

/* Byte c in ASCII lower case: A-Z folded, every other byte as it is. */
static inline uint8_t
ustr_ascii_lower(uint8_t c)
{
	return c >= 'A' && c <= 'Z' ? (uint8_t)(c + ('a' - 'A')) : c;
}

/* Index of the first byte of s[i..n) past ASCII (its high bit set), or
 * n: eight bytes at a time. */
size_t ustr_ascii_run(const uint8_t *s, size_t n, size_t i);

/* Index of the first character of s[i..n) that is not white space, or n. */
size_t ustr_skip_space(const uint8_t *s, size_t n, size_t i);

/* The code point to show on a terminal or in HTML in place of cp.  Text
 * keeps every character, but controls must never reach a terminal raw:
 * C0 controls become their Control Pictures (ESC shows as U+241B), DEL
 * U+2421; the directional formatting characters (marks, embeddings,
 * overrides, isolates: U+061C, U+200E-200F, U+202A-202E, U+2066-2069)
 * each an arrow of its own, named in ustr.c (RLO U+202E shows as U+21DA);
 * C1 controls and unassigned code points become U+FFFD.  Anything else
 * is itself. */
uint32_t ustr_visible(uint32_t cp);

/* Display columns of cp as shown (that is, of ustr_visible(cp)):
 * 0 for combining marks and zero-width characters, 2 for East Asian wide
 * and emoji, else 1. */
int ustr_cp_width(uint32_t cp);

/* Display columns of s[0..n), character by character. */
size_t ustr_width(const uint8_t *s, size_t n);

#endif
