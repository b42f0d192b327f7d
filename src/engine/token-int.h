/* token-int.h - the tokenizer's reference path, for its tests only.
 * Include from token.c and tests/test-token.c, nowhere else. */
#ifndef NEWSDIFF_TOKEN_INT_H
#define NEWSDIFF_TOKEN_INT_H

#include <stddef.h>
#include <stdint.h>

struct lexicon;
struct token_vec;

/* token_scan() without its fast paths: every paragraph with a byte
 * beyond ASCII is cut by Unicode's word breaks as a whole.  Its tokens
 * must equal token_scan()'s in every field. */
void token_scan_unicode(struct lexicon *lx, const uint8_t *s, size_t n,
                        struct token_vec *out);

#endif
