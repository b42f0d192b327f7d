/* hash.h - the engine's one hash mixer, for its hash tables and caches.
 * Engine; include from engine only.
 *
 * A multiply-xorshift step: the multiplier is 2^64 over the golden ratio
 * (Knuth's multiplicative hashing), and the shift brings the well-mixed
 * high bits down to the low ones that table indexes use.  Every table
 * that uses it checks each hit against its whole key, so a collision
 * costs a probe, never a wrong answer. */
#ifndef NEWSDIFF_HASH_H
#define NEWSDIFF_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define HASH_MUL 0x9E3779B97F4A7C15u
#define HASH_SHIFT 29

/* Mix the 64-bit word w into the hash h. */
static inline uint64_t
hash_mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * HASH_MUL;
	return h ^ h >> HASH_SHIFT;
}

/* The hash of s[0..n), eight bytes at a time (a last part word is
 * zero-padded), starting from seed; the length is mixed in first, so
 * "a" and "a\0" differ. */
static inline uint64_t
hash_bytes(const uint8_t *s, size_t n, uint64_t seed)
{
	uint64_t h = seed ^ n, w;
	size_t i;

	/* Whole words with a memcpy of constant size, which compiles to one
	 * load; a memcpy of variable size is a call. */
	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		h = hash_mix(h, w);
	}
	if (i < n) {
		w = 0;
		memcpy(&w, s + i, n - i);
		h = hash_mix(h, w);
	}
	return h;
}

/* A 64-bit hash folded to 32 bits, for tables that keep 32-bit tags. */
static inline uint32_t
hash_fold32(uint64_t h)
{
	return (uint32_t)(h ^ h >> 32);
}

/* Start fetching the table slot at p, to be probed a little later: the
 * tables of long reports are past the cache, and probes in no order each
 * wait for memory unless fetched ahead. */
static inline void
hash_prefetch(const void *p)
{
#if defined(__GNUC__)
	__builtin_prefetch(p);
#else
	(void)p;
#endif
}

#endif
