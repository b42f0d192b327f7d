/* thread.c - running two pieces of work at once, with POSIX threads. */
#include "thread.h"

#include <pthread.h>

struct thread_job {
	thread_fn fn;
	void *arg;
};

static void *
run(void *p)
{
	struct thread_job *j = p;

	j->fn(j->arg);
	return NULL;
}

void
thread_both(thread_fn fn, void *a, void *b)
{
	struct thread_job ja = { fn, a };
	pthread_t th;

	if (pthread_create(&th, NULL, run, &ja) != 0) {
		fn(a);
		fn(b);
		return;
	}
	fn(b);
	pthread_join(th, NULL);
}

void
thread_both_for(size_t work, thread_fn fn, void *a, void *b)
{
	if (work < THREAD_MIN_WORK) {
		fn(a);
		fn(b);
		return;
	}
	thread_both(fn, a, b);
}
