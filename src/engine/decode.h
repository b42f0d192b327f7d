/* decode.h - bytes in any common encoding to UTF-8.
 * Engine; include from engine, main and tests.
 *
 * Which encoding a text is in is decided, in order, by a byte order mark
 * (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE), by a declared charset (the HTTP
 * Content-Type header, else an HTML <meta charset> or http-equiv in the
 * first bytes), and only then guessed (uchardet).  Text that is ASCII or
 * valid UTF-8 and declares nothing else is left as it is: no copy. */
#ifndef NEWSDIFF_DECODE_H
#define NEWSDIFF_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rc.h"

#define DECODE_NAME_MAX 48

enum decode_how {
	DECODE_AS_IS,		/* ASCII or UTF-8 (a UTF-8 BOM is left in) */
	DECODE_BOM,		/* converted, as its byte order mark says */
	DECODE_DECLARED,	/* converted, as its header or <meta> says */
	DECODE_GUESSED,		/* converted from a detected encoding */
};

struct decode_result {
	enum decode_how how;
	uint8_t *text;		/* owned UTF-8, or NULL for DECODE_AS_IS */
	size_t len;
	char charset[DECODE_NAME_MAX];	/* what it was read as */
	size_t bad;		/* bytes the charset does not define (U+FFFD) */
};

/* Decode buf into *r.  declared is a charset name from outside (an HTTP
 * header), or NULL.  Release r with decode_result_fini(). */
void decode_text(const uint8_t *buf, size_t len, const char *declared,
                 struct decode_result *r);

void decode_result_fini(struct decode_result *r);

/* Decode buf as charset (an iconv name), a guess made by the caller: r's
 * how is DECODE_GUESSED.  False, and r empty, if iconv does not know the
 * charset.  Release r with decode_result_fini(). */
bool decode_guessed_as(const uint8_t *buf, size_t len, const char *charset,
                       struct decode_result *r);

/* The charset an HTML document declares in a <meta> among its first
 * bytes (the prescan of the HTML standard, simplified), into out; false
 * if none.  The name is the label as written, lowercased. */
bool decode_meta_charset(const uint8_t *buf, size_t len, char *out,
                         size_t size);

/* The charset parameter of a Content-Type value ("text/html;
 * charset=ISO-8859-1"), lowercased, into out; false if none. */
bool decode_content_type_charset(const char *value, char *out, size_t size);

/* What a file that is not text is, by its first bytes: RC_PDF, RC_WORD
 * (.doc, .docx, .odt), RC_IMAGE, RC_ARCHIVE; RC_OK if none of these. */
enum rc decode_sniff_document(const uint8_t *buf, size_t len);

#endif
