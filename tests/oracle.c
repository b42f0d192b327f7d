/* oracle.c - properties every export must have, checked without other
 * tools: the tests and the fuzzer share them. */
#include "oracle.h"

#include <string.h>

/* No control character but the newline, no DEL, no C1 control (U+0080
 * to U+009F, in UTF-8 0xC2 0x80..0x9F), no bidirectional override
 * (U+202A..U+202E, U+2066..U+2069). */
const char *
oracle_raw_control(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c < 0x20 && c != '\n') || c == 0x7F)
			return s + i;
		if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0x9F)
			return s + i;
		if (c == 0xE2 && i + 2 < n &&
		    (((unsigned char)s[i + 1] == 0x80 &&
		      (unsigned char)s[i + 2] >= 0xAA &&
		      (unsigned char)s[i + 2] <= 0xAE) ||
		     ((unsigned char)s[i + 1] == 0x81 &&
		      (unsigned char)s[i + 2] >= 0xA6 &&
		      (unsigned char)s[i + 2] <= 0xA9)))
			return s + i;
	}
	return NULL;
}

/* A strict JSON reader that only says whether the text is one valid
 * JSON value (RFC 8259), to check the export without other tools. */
struct jr {
	const char *p, *end;
};

static bool jr_value(struct jr *j, int depth);

static void
jr_ws(struct jr *j)
{
	while (j->p < j->end && strchr(" \t\r\n", *j->p) && *j->p)
		j->p++;
}

static bool
jr_lit(struct jr *j, const char *lit)
{
	size_t n = strlen(lit);

	if ((size_t)(j->end - j->p) < n || memcmp(j->p, lit, n) != 0)
		return false;
	j->p += n;
	return true;
}

static bool
jr_string(struct jr *j)
{
	if (j->p >= j->end || *j->p != '"')
		return false;
	for (j->p++; j->p < j->end; j->p++) {
		unsigned char c = (unsigned char)*j->p;

		if (c == '"') {
			j->p++;
			return true;
		}
		if (c < 0x20)
			return false;
		if (c == '\\') {
			j->p++;
			if (j->p >= j->end)
				return false;
			if (*j->p == 'u') {
				int k;

				for (k = 1; k <= 4; k++)
					if (j->p + k >= j->end ||
					    !strchr("0123456789abcdefABCDEF",
					            j->p[k]) || !j->p[k])
						return false;
				j->p += 4;
			} else if (!strchr("\"\\/bfnrt", *j->p) || !*j->p) {
				return false;
			}
		}
	}
	return false;
}

static bool
jr_number(struct jr *j)
{
	const char *s = j->p;

	if (j->p < j->end && *j->p == '-')
		j->p++;
	if (j->p >= j->end || *j->p < '0' || *j->p > '9')
		return false;
	if (*j->p == '0')
		j->p++;
	else
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	if (j->p < j->end && *j->p == '.') {
		j->p++;
		if (j->p >= j->end || *j->p < '0' || *j->p > '9')
			return false;
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	}
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		if (j->p >= j->end || *j->p < '0' || *j->p > '9')
			return false;
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	}
	return j->p > s;
}

static bool
jr_seq(struct jr *j, char close, bool object, int depth)
{
	j->p++;
	jr_ws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		return true;
	}
	for (;;) {
		jr_ws(j);
		if (object) {
			if (!jr_string(j))
				return false;
			jr_ws(j);
			if (j->p >= j->end || *j->p++ != ':')
				return false;
		}
		if (!jr_value(j, depth + 1))
			return false;
		jr_ws(j);
		if (j->p >= j->end)
			return false;
		if (*j->p == close) {
			j->p++;
			return true;
		}
		if (*j->p++ != ',')
			return false;
	}
}

static bool
jr_value(struct jr *j, int depth)
{
	if (depth > 64)
		return false;
	jr_ws(j);
	if (j->p >= j->end)
		return false;
	switch (*j->p) {
	case '{':
		return jr_seq(j, '}', true, depth);
	case '[':
		return jr_seq(j, ']', false, depth);
	case '"':
		return jr_string(j);
	case 't':
		return jr_lit(j, "true");
	case 'f':
		return jr_lit(j, "false");
	case 'n':
		return jr_lit(j, "null");
	default:
		return jr_number(j);
	}
}

bool
oracle_json_valid(const char *s, size_t n)
{
	struct jr j = { s, s + n };

	if (!jr_value(&j, 0))
		return false;
	jr_ws(&j);
	return j.p == j.end;
}


bool
oracle_utf8_valid(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < n) {
		unsigned char c = s[i];
		size_t len, k;
		unsigned long cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF) {
			len = 2;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			len = 3;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			len = 4;
			cp = c & 0x07;
		} else {
			return false;
		}
		if (i + len > n)
			return false;
		for (k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return false;
			cp = cp << 6 | (s[i + k] & 0x3F);
		}
		/* Overlong forms, surrogates, beyond U+10FFFF. */
		if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
		    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
			return false;
		i += len;
	}
	return true;
}
