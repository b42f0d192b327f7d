/* jsonread.c - a small, strict JSON reader (RFC 8259). */
#include <stdlib.h>
#include <string.h>

#include "jsonread.h"
#include "mem.h"
#include "ustr.h"

struct reader {
	const uint8_t *s;
	size_t n, i;
};

static void
skip_ws(struct reader *r)
{
	while (r->i < r->n && (r->s[r->i] == ' ' || r->s[r->i] == '\t' ||
	                       r->s[r->i] == '\n' || r->s[r->i] == '\r'))
		r->i++;
}

static void
value_fini(struct jsonread_value *v)
{
	size_t i;

	free(v->str);
	for (i = 0; i < v->n; i++) {
		value_fini(&v->items[i]);
		if (v->keys != NULL)
			free(v->keys[i]);
	}
	free(v->items);
	free(v->keys);
	memset(v, 0, sizeof *v);
}

static int
hex4(const struct reader *r, size_t at)
{
	int v = 0, k;

	if (at + 4 > r->n)
		return -1;
	for (k = 0; k < 4; k++) {
		uint8_t c = r->s[at + (size_t)k];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/* A string at r->i (on its opening quote) into *out, *outlen. */
static bool
read_string(struct reader *r, char **out, size_t *outlen)
{
	size_t cap = 0, len = 0;
	char *b = NULL;

	r->i++;
	for (;;) {
		uint8_t c;
		uint8_t enc[4];
		size_t k;

		if (r->i >= r->n)
			goto bad;
		c = r->s[r->i];
		MEM_GROW(b, cap, len + 5);
		if (c == '"') {
			r->i++;
			break;
		}
		if (c < 0x20)
			goto bad;
		if (c != '\\') {
			b[len++] = (char)c;
			r->i++;
			continue;
		}
		if (++r->i >= r->n)
			goto bad;
		c = r->s[r->i++];
		switch (c) {
		case '"': case '\\': case '/':
			b[len++] = (char)c;
			break;
		case 'b': b[len++] = '\b'; break;
		case 'f': b[len++] = '\f'; break;
		case 'n': b[len++] = '\n'; break;
		case 'r': b[len++] = '\r'; break;
		case 't': b[len++] = '\t'; break;
		case 'u': {
			int u = hex4(r, r->i);
			uint32_t cp;

			if (u < 0)
				goto bad;
			r->i += 4;
			cp = (uint32_t)u;
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				int lo = -1;

				if (r->i + 6 <= r->n && r->s[r->i] == '\\' &&
				    r->s[r->i + 1] == 'u')
					lo = hex4(r, r->i + 2);
				if (lo >= 0xDC00 && lo <= 0xDFFF) {
					cp = 0x10000 + ((cp - 0xD800) << 10) +
					     ((uint32_t)lo - 0xDC00);
					r->i += 6;
				} else {
					cp = USTR_REPLACEMENT;
				}
			} else if (cp >= 0xDC00 && cp <= 0xDFFF) {
				cp = USTR_REPLACEMENT;
			}
			k = ustr_encode(cp, enc);
			memcpy(b + len, enc, k);
			len += k;
			break;
		}
		default:
			goto bad;
		}
	}
	MEM_GROW(b, cap, len + 1);
	b[len] = '\0';
	*out = b;
	*outlen = len;
	return true;
bad:
	free(b);
	return false;
}

static bool read_value(struct reader *r, struct jsonread_value *v,
                       int depth);

static bool
read_container(struct reader *r, struct jsonread_value *v, int depth)
{
	bool object = r->s[r->i] == '{';
	uint8_t close = object ? '}' : ']';
	size_t cap = 0, kcap = 0;

	v->type = object ? JSONREAD_OBJECT : JSONREAD_ARRAY;
	r->i++;
	skip_ws(r);
	if (r->i < r->n && r->s[r->i] == close) {
		r->i++;
		return true;
	}
	for (;;) {
		MEM_GROW(v->items, cap, v->n + 1);
		memset(&v->items[v->n], 0, sizeof v->items[0]);
		if (object) {
			size_t klen;

			MEM_GROW(v->keys, kcap, v->n + 1);
			v->keys[v->n] = NULL;
			skip_ws(r);
			if (r->i >= r->n || r->s[r->i] != '"' ||
			    !read_string(r, &v->keys[v->n], &klen))
				goto bad;
			skip_ws(r);
			if (r->i >= r->n || r->s[r->i] != ':') {
				free(v->keys[v->n]);
				goto bad;
			}
			r->i++;
		}
		if (!read_value(r, &v->items[v->n], depth + 1)) {
			if (object)
				free(v->keys[v->n]);
			goto bad;
		}
		v->n++;
		skip_ws(r);
		if (r->i >= r->n)
			goto bad;
		if (r->s[r->i] == ',') {
			r->i++;
			continue;
		}
		if (r->s[r->i] == close) {
			r->i++;
			return true;
		}
		goto bad;
	}
bad:
	value_fini(v);
	return false;
}

static bool
literal(struct reader *r, const char *word)
{
	size_t k = strlen(word);

	if (r->n - r->i < k || memcmp(r->s + r->i, word, k) != 0)
		return false;
	r->i += k;
	return true;
}

static bool
read_number(struct reader *r, struct jsonread_value *v)
{
	size_t start = r->i;

	if (r->i < r->n && r->s[r->i] == '-')
		r->i++;
	if (r->i >= r->n || r->s[r->i] < '0' || r->s[r->i] > '9')
		return false;
	while (r->i < r->n && ((r->s[r->i] >= '0' && r->s[r->i] <= '9') ||
	                       r->s[r->i] == '.' || r->s[r->i] == 'e' ||
	                       r->s[r->i] == 'E' || r->s[r->i] == '+' ||
	                       r->s[r->i] == '-'))
		r->i++;
	v->type = JSONREAD_NUMBER;
	v->len = r->i - start;
	v->str = xstrndup((const char *)r->s + start, v->len);
	return true;
}

static bool
read_value(struct reader *r, struct jsonread_value *v, int depth)
{
	if (depth > JSONREAD_MAX_DEPTH)
		return false;
	skip_ws(r);
	if (r->i >= r->n)
		return false;
	switch (r->s[r->i]) {
	case '{':
	case '[':
		return read_container(r, v, depth);
	case '"':
		v->type = JSONREAD_STRING;
		return read_string(r, &v->str, &v->len);
	case 't':
		v->type = JSONREAD_BOOL;
		v->truth = true;
		return literal(r, "true");
	case 'f':
		v->type = JSONREAD_BOOL;
		return literal(r, "false");
	case 'n':
		v->type = JSONREAD_NULL;
		return literal(r, "null");
	default:
		return read_number(r, v);
	}
}

struct jsonread_value *
jsonread_parse(const uint8_t *s, size_t n)
{
	struct reader r = { s, n, 0 };
	struct jsonread_value *v = xcalloc(1, sizeof *v);

	if (!read_value(&r, v, 0)) {
		value_fini(v);
		free(v);
		return NULL;
	}
	skip_ws(&r);
	if (r.i != r.n) {
		jsonread_free(v);
		return NULL;
	}
	return v;
}

void
jsonread_free(struct jsonread_value *v)
{
	if (v == NULL)
		return;
	value_fini(v);
	free(v);
}

const struct jsonread_value *
jsonread_get(const struct jsonread_value *v, const char *key)
{
	size_t i;

	if (v == NULL || v->type != JSONREAD_OBJECT)
		return NULL;
	for (i = 0; i < v->n; i++)
		if (strcmp(v->keys[i], key) == 0)
			return &v->items[i];
	return NULL;
}

const char *
jsonread_str(const struct jsonread_value *v)
{
	return v != NULL && v->type == JSONREAD_STRING ? v->str : NULL;
}
