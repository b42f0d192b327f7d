/* fuzz.c - libFuzzer's entry into the harness.  Build with clang and
 * -Dfuzz=true (see README.md). */
#include <stdlib.h>

#include "harness.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *dir = getenv("NEWSDIFF_DATADIR");

	(void)argc;
	(void)argv;
	fuzz_init(dir != NULL ? dir : FUZZ_DATADIR);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fuzz_one(data, size);
	return 0;
}
