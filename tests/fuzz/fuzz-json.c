/* fuzz-json.c - libFuzzer's entry into the harness's JSON-LD reader: one
 * JSON text, from a buffer of exactly its size.  Build with clang and
 * -Dfuzz=true (see README.md). */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_json(data, size);
	return 0;
}
