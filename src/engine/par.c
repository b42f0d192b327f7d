/* par.c - running two pieces of work at once, with POSIX threads. */
#include "par.h"

#include <pthread.h>

struct par_job {
	par_fn fn;
	void *arg;
};

static void *
run(void *p)
{
	struct par_job *j = p;

	j->fn(j->arg);
	return NULL;
}

void
par_both(par_fn fn, void *a, void *b)
{
	struct par_job ja = { fn, a };
	pthread_t th;

	if (pthread_create(&th, NULL, run, &ja) != 0) {
		fn(a);
		fn(b);
		return;
	}
	fn(b);
	pthread_join(th, NULL);
}
