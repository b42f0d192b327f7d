/* runner.c - main() shared by the Check test programs.  Each program
 * defines one suite_make(); CK_RUN_CASE, CK_RUN_SUITE and CK_FORK work
 * as Check documents them. */
#include <check.h>
#include <stdlib.h>

#include "testutil.h"

int
main(void)
{
	SRunner *sr = srunner_create(suite_make());
	int failed;

	srunner_run_all(sr, CK_ENV);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
