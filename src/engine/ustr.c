/* ustr.c - the engine's Unicode toolbox over libunistring. */
#include "ustr.h"

#include <errno.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unilbrk.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwbrk.h>
#include <uniwidth.h>

#include "mem.h"

/* UTF-8 as Unicode defines it (Table 3-7, well-formed byte sequences):
 * the lead byte says how many continuation bytes follow, and the first
 * of them has a narrower range after E0, ED, F0 and F4 (no overlong
 * forms, no surrogates, nothing above U+10FFFF).  A sequence that breaks
 * off is replaced by one U+FFFD per maximal subpart, as Unicode's best
 * practice says (and W3C's Encoding Standard requires): E0 80 AF is
 * three, ED A0 80 is three, E1 80 at the end is one.  libunistring's
 * u8_mbtouc() takes E0 80 AF and ED A0 80 whole, as one. */
size_t
ustr_decode(const uint8_t *s, size_t n, uint32_t *cp)
{
	uint8_t b = s[0], lo = 0x80, hi = 0xBF;
	size_t need, i;
	uint32_t c;

	if (b < 0x80) {
		*cp = b;
		return 1;
	}
	if (b >= 0xC2 && b <= 0xDF) {
		need = 1;
		c = b & 0x1F;
	} else if (b >= 0xE0 && b <= 0xEF) {
		need = 2;
		c = b & 0x0F;
		if (b == 0xE0)
			lo = 0xA0;	/* no overlong forms */
		else if (b == 0xED)
			hi = 0x9F;	/* no surrogates */
	} else if (b >= 0xF0 && b <= 0xF4) {
		need = 3;
		c = b & 0x07;
		if (b == 0xF0)
			lo = 0x90;	/* no overlong forms */
		else if (b == 0xF4)
			hi = 0x8F;	/* nothing above U+10FFFF */
	} else {
		*cp = USTR_REPLACEMENT;	/* 80..C1, F5..FF never lead */
		return 1;
	}
	for (i = 1; i <= need; i++) {
		if (i >= n || s[i] < lo || s[i] > hi) {
			*cp = USTR_REPLACEMENT;
			return i;
		}
		c = c << 6 | (s[i] & 0x3F);
		lo = 0x80;
		hi = 0xBF;
	}
	*cp = c;
	return need + 1;
}

size_t
ustr_encode(uint32_t cp, uint8_t out[4])
{
	int len = u8_uctomb(out, cp, 4);

	if (len <= 0)
		return ustr_encode(USTR_REPLACEMENT, out);
	return (size_t)len;
}

bool
ustr_is_ascii(const uint8_t *s, size_t n)
{
	uint8_t any = 0;
	size_t i;

	/* No early exit, so the compiler can use vector instructions. */
	for (i = 0; i < n; i++)
		any |= s[i];
	return any < 0x80;
}

bool
ustr_is_valid(const uint8_t *s, size_t n)
{
	size_t i = 0, j;

	/* Runs of ASCII eight bytes at a time; libunistring checks the
	 * runs between, which end at an ASCII byte as a valid sequence
	 * never holds one. */
	while ((i = ustr_ascii_run(s, n, i)) < n) {
		for (j = i + 1; j < n && s[j] >= 0x80; j++)
			;
		if (u8_check(s + i, j - i) != NULL)
			return false;
		i = j;
	}
	return true;
}

bool
ustr_is_nfc_quick(const uint8_t *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		i += ustr_decode(s + i, n - i, &cp);
		/* No character below U+0300 decomposes canonically or
		 * combines; nor do these punctuation and currency blocks
		 * (U+2000 and U+2001 decompose to U+2002 and U+2003). */
		if (cp < 0x300 || (cp >= 0x2002 && cp < 0x2028) ||
		    (cp >= 0x2030 && cp < 0x205F) ||
		    (cp >= 0x20A0 && cp <= 0x20C0) || cp == USTR_REPLACEMENT)
			continue;
		return false;
	}
	return true;
}

static uint8_t *
finish(uint8_t *r, size_t len, size_t *outlen, const char *what)
{
	if (r == NULL)
		fatal("%s failed: %s", what, strerror(errno));
	r = xreallocarray(r, len + 1, 1);
	r[len] = '\0';
	*outlen = len;
	return r;
}

uint8_t *
ustr_nfc(const uint8_t *s, size_t n, size_t *outlen)
{
	size_t len = 0;
	uint8_t *r = u8_normalize(UNINORM_NFC, s, n, NULL, &len);

	return finish(r, len, outlen, "Unicode normalization");
}

uint8_t *
ustr_strip_accents(const uint8_t *s, size_t n, size_t *outlen)
{
	size_t len = 0, i, k = 0;
	uint8_t *r = u8_normalize(UNINORM_NFD, s, n, NULL, &len);

	r = finish(r, len, outlen, "Unicode normalization");
	for (i = 0; i < len;) {
		uint32_t cp;
		size_t l = ustr_decode(r + i, len - i, &cp);

		if (cp < 0x300 || cp > 0x36F) {
			memmove(r + k, r + i, l);
			k += l;
		}
		i += l;
	}
	r[k] = '\0';
	*outlen = k;
	return r;
}

uint8_t *
ustr_fold(const uint8_t *s, size_t n, size_t *outlen)
{
	size_t len = 0;
	uint8_t *r = u8_casefold(s, n, "", NULL, NULL, &len);

	return finish(r, len, outlen, "case folding");
}

void
ustr_wordbreaks(const uint8_t *s, size_t n, char *breaks)
{
	if (n > 0)
		u8_wordbreaks(s, n, breaks);
}

void
ustr_linebreaks(const uint8_t *s, size_t n, char *breaks)
{
	size_t i;

	if (n == 0)
		return;
	u8_possible_linebreaks(s, n, "UTF-8", breaks);
	for (i = 0; i < n; i++) {
		breaks[i] = breaks[i] == UC_BREAK_POSSIBLE ||
		            breaks[i] == UC_BREAK_MANDATORY ||
		            breaks[i] == UC_BREAK_HYPHENATION;
		/* UAX #14 rule LB29, which libunistring before 1.1 lacks:
		 * no break between a full stop or comma and a letter, so
		 * that "U.S." and "e.g." stay whole. */
		if (breaks[i] && i > 0 && (s[i - 1] == '.' || s[i - 1] == ',' ||
		                           s[i - 1] == ':' || s[i - 1] == ';') &&
		    (s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')
			breaks[i] = 0;
	}
}

bool
ustr_is_letter(uint32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	return uc_is_general_category(cp, UC_CATEGORY_L);
}

bool
ustr_is_upper(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	return uc_is_general_category(cp, UC_CATEGORY_Lu) ||
	       uc_is_general_category(cp, UC_CATEGORY_Lt);
}

bool
ustr_is_lower(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	return uc_is_general_category(cp, UC_CATEGORY_Ll);
}

bool
ustr_is_mark(uint32_t cp)
{
	return cp >= 0x300 && uc_is_general_category(cp, UC_CATEGORY_M);
}

bool
ustr_is_space(uint32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= '\t' && cp <= '\r');
	return uc_is_property_white_space(cp);
}

int
ustr_digit_value(uint32_t cp)
{
	if (cp < 0x80)
		return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
	return uc_decimal_value(cp);
}

size_t
ustr_skip_space(const uint8_t *s, size_t n, size_t i)
{
	uint32_t cp;

	while (i < n) {
		size_t len;

		if (s[i] < 0x80) {	/* ASCII, at once */
			if (s[i] != ' ' && (s[i] < '\t' || s[i] > '\r'))
				break;
			i++;
			continue;
		}
		len = ustr_decode(s + i, n - i, &cp);
		if (!ustr_is_space(cp))
			break;
		i += len;
	}
	return i;
}

/* The directional formatting characters (UAX #9) and the symbols that
 * show them: arrows that point the way each one sets, doubled for an
 * embedding, tripled for an override, from a bar for an isolate; a
 * harpoon for a mark; an arrow up from a bar for a pop. */
static const struct {
	uint32_t cp, shown;
} bidi_shown[] = {
	{ 0x061C, 0x21BD },	/* ALM arabic letter mark: ↽ */
	{ 0x200E, 0x21C0 },	/* LRM left-to-right mark: ⇀ */
	{ 0x200F, 0x21BC },	/* RLM right-to-left mark: ↼ */
	{ 0x202A, 0x21C9 },	/* LRE left-to-right embedding: ⇉ */
	{ 0x202B, 0x21C7 },	/* RLE right-to-left embedding: ⇇ */
	{ 0x202C, 0x21A5 },	/* PDF pop directional formatting: ↥ */
	{ 0x202D, 0x21DB },	/* LRO left-to-right override: ⇛ */
	{ 0x202E, 0x21DA },	/* RLO right-to-left override: ⇚ */
	{ 0x2066, 0x21A6 },	/* LRI left-to-right isolate: ↦ */
	{ 0x2067, 0x21A4 },	/* RLI right-to-left isolate: ↤ */
	{ 0x2068, 0x2194 },	/* FSI first strong isolate: ↔ */
	{ 0x2069, 0x21A7 },	/* PDI pop directional isolate: ↧ */
};

uint32_t
ustr_visible(uint32_t cp)
{
	size_t i;

	if (cp < 0x20)
		return 0x2400 + cp;		/* Control Pictures */
	if (cp < 0x7F)
		return cp;
	if (cp == 0x7F)
		return 0x2421;			/* SYMBOL FOR DELETE */
	if (cp < 0xA0)
		return USTR_REPLACEMENT;	/* C1 controls: 0x9B is CSI */
	if (cp == 0x061C || (cp >= 0x200E && cp <= 0x200F) ||
	    (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
		for (i = 0; i < sizeof bidi_shown / sizeof *bidi_shown; i++)
			if (bidi_shown[i].cp == cp)
				return bidi_shown[i].shown;
	if (uc_is_general_category(cp, UC_CATEGORY_Cn) ||
	    uc_is_general_category(cp, UC_CATEGORY_Cs))
		return USTR_REPLACEMENT;
	return cp;
}

int
ustr_cp_width(uint32_t cp)
{
	int w;

	if (cp >= 0x20 && cp < 0x7F)
		return 1;
	w = uc_width(ustr_visible(cp), "UTF-8");
	return w < 0 ? 1 : w;
}

size_t
ustr_ascii_run(const uint8_t *s, size_t n, size_t i)
{
	uint64_t x;

	for (; n - i >= 8; i += 8) {
		memcpy(&x, s + i, 8);
		if (x & 0x8080808080808080u)
			break;
	}
	while (i < n && s[i] < 0x80)
		i++;
	return i;
}

size_t
ustr_width(const uint8_t *s, size_t n)
{
	size_t i = 0, w = 0, ascii;
	uint32_t cp;

	while (i < n) {
		/* Every ASCII character is one column as shown (a control
		 * as its picture). */
		ascii = ustr_ascii_run(s, n, i);
		w += ascii - i;
		if ((i = ascii) >= n)
			break;
		i += ustr_decode(s + i, n - i, &cp);
		w += (size_t)ustr_cp_width(cp);
	}
	return w;
}
