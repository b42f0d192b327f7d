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

size_t
ustr_decode(const uint8_t *s, size_t n, uint32_t *cp)
{
	ucs4_t uc;
	int len;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	len = u8_mbtouc(&uc, s, n);
	*cp = uc;
	return len > 0 ? (size_t)len : 1;
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
	return u8_check(s, n) == NULL;
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
		size_t len = ustr_decode(s + i, n - i, &cp);

		if (!ustr_is_space(cp))
			break;
		i += len;
	}
	return i;
}

uint32_t
ustr_visible(uint32_t cp)
{
	if (cp < 0x20)
		return 0x2400 + cp;		/* Control Pictures */
	if (cp < 0x7F)
		return cp;
	if (cp == 0x7F)
		return 0x2421;			/* SYMBOL FOR DELETE */
	if (cp < 0xA0)
		return USTR_REPLACEMENT;	/* C1 controls: 0x9B is CSI */
	if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
		return USTR_REPLACEMENT;	/* bidi embeddings, overrides, isolates */
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
ustr_width(const uint8_t *s, size_t n)
{
	size_t i = 0, w = 0;
	uint32_t cp;

	while (i < n) {
		if (s[i] >= 0x20 && s[i] < 0x7F) {
			w++;
			i++;
			continue;
		}
		i += ustr_decode(s + i, n - i, &cp);
		w += (size_t)ustr_cp_width(cp);
	}
	return w;
}
