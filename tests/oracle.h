/* oracle.h - what any export must be, whatever the input: tests and the
 * fuzzer ask the same questions.  Tests only. */
#ifndef NEWSDIFF_ORACLE_H
#define NEWSDIFF_ORACLE_H

#include <stdbool.h>
#include <stddef.h>

/* Whether s[0..n) is one valid JSON value (RFC 8259, strictly). */
bool oracle_json_valid(const char *s, size_t n);

/* The first control character a terminal could act on in s[0..n): a C0
 * control but the newline, DEL, a C1 control, a bidirectional embedding,
 * override or isolate; NULL if there is none. */
const char *oracle_raw_control(const char *s, size_t n);

/* Whether s[0..n) is well-formed UTF-8 (no overlong forms, surrogates
 * or code points beyond U+10FFFF). */
bool oracle_utf8_valid(const char *s, size_t n);

#endif
