/* jsonread.h - a small, strict JSON reader for the metadata pages embed
 * (schema.org JSON-LD).  Engine; include from engine and tests.
 *
 * The whole text is read into a tree of values owned by one struct
 * jsonread_value; strings are UTF-8 with escapes decoded.  Nesting deeper
 * than JSONREAD_MAX_DEPTH, invalid syntax or trailing garbage is refused
 * (NULL), never half read. */
#ifndef NEWSDIFF_JSONREAD_H
#define NEWSDIFF_JSONREAD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define JSONREAD_MAX_DEPTH 64

enum jsonread_type {
	JSONREAD_NULL,
	JSONREAD_BOOL,
	JSONREAD_NUMBER,	/* kept as written, in str */
	JSONREAD_STRING,
	JSONREAD_ARRAY,
	JSONREAD_OBJECT,
};

struct jsonread_value {
	enum jsonread_type type;
	char *str;		/* STRING, NUMBER: NUL-terminated */
	size_t len;		/* its length in bytes (may hold \u0000) */
	bool truth;		/* BOOL */
	char **keys;		/* OBJECT: keys[i] names items[i] */
	struct jsonread_value *items;	/* ARRAY, OBJECT */
	size_t n;
};

/* Parse s[0..n); the caller frees the result with jsonread_free(). */
struct jsonread_value *jsonread_parse(const uint8_t *s, size_t n);

void jsonread_free(struct jsonread_value *v);

/* The member named key of an object, or NULL. */
const struct jsonread_value *jsonread_get(const struct jsonread_value *v,
                                          const char *key);

/* The string of v if it is one, else NULL. */
const char *jsonread_str(const struct jsonread_value *v);

#endif
