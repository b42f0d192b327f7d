/* fuzz-page.c - libFuzzer's entry into the harness's page reading: one
 * file's bytes decoded and extracted as a web page.  Build with clang and
 * -Dfuzz=true (see README.md). */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_page(data, size, NULL);
	return 0;
}
