/* thread.c - running two pieces of work at once, with POSIX threads.
 *
 * One worker thread, started by the first call that needs it, runs every
 * call's first piece; the caller runs the second and waits.  A thread
 * started and joined per call cost a clone and, as its stack is given
 * back on exit, fresh page faults for the next one's: a comparison makes
 * some sixteen calls. */
#include "thread.h"

#include <pthread.h>
#include <signal.h>
#include <stdbool.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t posted = PTHREAD_COND_INITIALIZER;
static pthread_cond_t done = PTHREAD_COND_INITIALIZER;

/* Under lock: the job posted for the worker, if any, whether it has
 * finished it, and whether a call is under way (a piece of work that
 * itself calls thread_both() runs its two pieces in turn). */
static struct {
	thread_fn fn;
	void *arg;
	bool pending, finished, busy;
} job;

static bool started, failed;

static void *
worker(void *unused)
{
	(void)unused;
	pthread_mutex_lock(&lock);
	for (;;) {
		while (!job.pending)
			pthread_cond_wait(&posted, &lock);
		job.pending = false;
		pthread_mutex_unlock(&lock);
		job.fn(job.arg);
		pthread_mutex_lock(&lock);
		job.finished = true;
		pthread_cond_signal(&done);
	}
	return NULL;
}

/* Whether the worker runs, starting it on the first call.  Called only
 * by the call that set job.busy, so by one thread at a time. */
static bool
have_worker(void)
{
	pthread_attr_t attr;
	pthread_t th;
	sigset_t all, old;

	if (started || failed)
		return started;
	if (pthread_attr_init(&attr) != 0) {
		failed = true;
		return false;
	}
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	/* The worker lives as long as the process, and takes no signal
	 * sent to the process: the reader's (a resize, an interrupt) must
	 * wake the thread that waits for keys.  Its own faults still reach
	 * the handler that restores the terminal. */
	sigfillset(&all);
	sigdelset(&all, SIGSEGV);
	sigdelset(&all, SIGBUS);
	sigdelset(&all, SIGFPE);
	sigdelset(&all, SIGILL);
	sigdelset(&all, SIGABRT);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	started = pthread_create(&th, &attr, worker, NULL) == 0;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	failed = !started;
	pthread_attr_destroy(&attr);
	return started;
}

void
thread_both(thread_fn fn, void *a, void *b)
{
	bool nested;

	pthread_mutex_lock(&lock);
	nested = job.busy;
	job.busy = true;
	pthread_mutex_unlock(&lock);
	if (nested || !have_worker()) {
		fn(a);
		fn(b);
		if (!nested) {
			pthread_mutex_lock(&lock);
			job.busy = false;
			pthread_mutex_unlock(&lock);
		}
		return;
	}
	pthread_mutex_lock(&lock);
	job.fn = fn;
	job.arg = a;
	job.finished = false;
	job.pending = true;
	pthread_cond_signal(&posted);
	pthread_mutex_unlock(&lock);
	fn(b);
	pthread_mutex_lock(&lock);
	while (!job.finished)
		pthread_cond_wait(&done, &lock);
	job.busy = false;
	pthread_mutex_unlock(&lock);
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
