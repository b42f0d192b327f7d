/* save.c - writing a file the careful way; see save.h for what each kind
 * of path gets.
 *
 * The steps of a replace: follow the links to the real target, check it
 * (a folder, an input, write-protected?), open an unnamed temporary file
 * in its folder (O_TMPFILE) or a named one (mkstemp), copy the old file's
 * owner and permissions, fill, sync, name it if unnamed, rename it over
 * the target.  While a named temporary exists, a signal handler knows its
 * name and removes it. */
#define _GNU_SOURCE	/* O_TMPFILE, linkat's AT_SYMLINK_FOLLOW */
#include "save.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "mem.h"

/* Symbolic links followed before giving up (ELOOP), as the kernel does. */
#define LINK_HOPS_MAX 40

/* The temporary file's name beside the target: a dot and newsdiff, so
 * that a listing shows whose it is, and six random characters. */
#define TMP_PREFIX ".newsdiff-"
#define TMP_RANDOM 6
#define TMP_TRIES 100

/* ---- removing the temporary file on a signal --------------------- */

static const int cleanup_signals[] = {
	SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2,
	SIGXFSZ,
};
#define NCLEANUP (sizeof cleanup_signals / sizeof *cleanup_signals)

/* The signal handler's view: the name to remove, valid while armed.  The
 * name is written only while the signals are blocked. */
static char tmp_path[PATH_MAX];
static volatile sig_atomic_t tmp_armed;

static struct sigaction prev_action[NCLEANUP];
static bool installed[NCLEANUP];

static void
on_signal(int sig, siginfo_t *info, void *uctx)
{
	int saved = errno;
	size_t i;

	if (tmp_armed) {
		unlink(tmp_path);
		tmp_armed = 0;
	}
	for (i = 0; i < NCLEANUP; i++) {
		const struct sigaction *prev = &prev_action[i];

		if (cleanup_signals[i] != sig)
			continue;
		if (prev->sa_flags & SA_SIGINFO) {
			prev->sa_sigaction(sig, info, uctx);
		} else if (prev->sa_handler == SIG_DFL) {
			/* Die of it, once this handler returns. */
			sigaction(sig, prev, NULL);
			raise(sig);
		} else if (prev->sa_handler != SIG_IGN) {
			prev->sa_handler(sig);
		}
	}
	errno = saved;
}

static void
cleanup_signal_set(sigset_t *set)
{
	size_t i;

	sigemptyset(set);
	for (i = 0; i < NCLEANUP; i++)
		sigaddset(set, cleanup_signals[i]);
}

/* Catch the signals that end the process, except those ignored. */
static void
guard_begin(void)
{
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_signal;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	cleanup_signal_set(&sa.sa_mask);
	for (i = 0; i < NCLEANUP; i++) {
		installed[i] = false;
		if (sigaction(cleanup_signals[i], NULL, &prev_action[i]) != 0 ||
		    (!(prev_action[i].sa_flags & SA_SIGINFO) &&
		     prev_action[i].sa_handler == SIG_IGN))
			continue;
		installed[i] = sigaction(cleanup_signals[i], &sa, NULL) == 0;
	}
}

static void
guard_end(void)
{
	size_t i;

	for (i = 0; i < NCLEANUP; i++)
		if (installed[i]) {
			sigaction(cleanup_signals[i], &prev_action[i], NULL);
			installed[i] = false;
		}
}

static void
block_signals(sigset_t *old)
{
	sigset_t set;

	cleanup_signal_set(&set);
	pthread_sigmask(SIG_BLOCK, &set, old);
}

static void
unblock_signals(const sigset_t *old)
{
	pthread_sigmask(SIG_SETMASK, old, NULL);
}

/* Remove the named temporary file, if any. */
static void
tmp_remove(void)
{
	sigset_t old;
	int saved = errno;

	block_signals(&old);
	if (tmp_armed)
		unlink(tmp_path);
	tmp_armed = 0;
	unblock_signals(&old);
	errno = saved;
}

/* ---- what a path names --------------------------------------------- */

/* dir and base of path, into malloc'd strings; "." for no folder. */
static void
split_path(const char *path, char **dir, char **base)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL) {
		*dir = xstrdup(".");
		*base = xstrdup(path);
	} else {
		size_t n = slash == path ? 1 : (size_t)(slash - path);

		*dir = xstrndup(path, n);
		*base = xstrdup(slash + 1);
	}
}

static bool
parse_uint(const char *s, long *out)
{
	char *end;

	if (*s < '0' || *s > '9')
		return false;
	errno = 0;
	*out = strtol(s, &end, 10);
	return *end == '\0' && errno == 0 && *out <= INT_MAX;
}

enum named { NAMED_FILE, NAMED_OWN_FD, NAMED_OTHER_FD };

/* Whether path names an open descriptor: an entry of /proc/PID/fd,
 * /proc/PID/task/TID/fd (where /dev/fd, /proc/self and /proc/thread-self
 * lead) or of a /dev/fd of its own.  Ours: *fd is its number. */
static enum named
descriptor_named(const char *path, int *fd)
{
	char *dir, *base, real[PATH_MAX];
	enum named r = NAMED_FILE;
	long n, pid, tid;
	int len;

	split_path(path, &dir, &base);
	if (!parse_uint(base, &n) || realpath(dir, real) == NULL)
		goto out;
	if (strcmp(real, "/dev/fd") == 0) {
		r = NAMED_OWN_FD;
	} else if (sscanf(real, "/proc/%ld/fd%n", &pid, &len) == 1 &&
	           real[len] == '\0') {
		r = pid == (long)getpid() ? NAMED_OWN_FD : NAMED_OTHER_FD;
	} else if (sscanf(real, "/proc/%ld/task/%ld/fd%n", &pid, &tid,
	                  &len) == 2 && real[len] == '\0') {
		r = pid == (long)getpid() ? NAMED_OWN_FD : NAMED_OTHER_FD;
	}
	*fd = (int)n;
out:
	free(dir);
	free(base);
	return r;
}

/* Follow path's symbolic links, one by one (realpath() would also read
 * /proc's descriptor links, which are not paths, and gives up on a
 * dangling link).  Returns what the last link names, malloc'd, in
 * *target; or stops at a descriptor's name.  False with errno set on a
 * loop or an unreadable link. */
static bool
follow_links(const char *path, char **target, enum named *named, int *fd)
{
	char *cur = xstrdup(path);
	int hops;

	for (hops = 0;; hops++) {
		char link[PATH_MAX], *dir, *base, *next;
		struct stat st;
		ssize_t n;

		*named = descriptor_named(cur, fd);
		if (*named != NAMED_FILE || lstat(cur, &st) != 0 ||
		    !S_ISLNK(st.st_mode))
			break;
		if (hops == LINK_HOPS_MAX) {
			free(cur);
			errno = ELOOP;
			return false;
		}
		n = readlink(cur, link, sizeof link - 1);
		if (n < 0) {
			free(cur);
			return false;
		}
		link[n] = '\0';
		if (link[0] == '/') {
			next = xstrdup(link);
		} else {
			split_path(cur, &dir, &base);
			next = xmalloc(strlen(dir) + strlen(link) + 2);
			sprintf(next, "%s/%s", dir, link);
			free(dir);
			free(base);
		}
		free(cur);
		cur = next;
	}
	*target = cur;
	return true;
}

static bool
is_kept(const struct stat *st, const struct save_opts *opts)
{
	size_t i;

	for (i = 0; opts != NULL && i < opts->nkeep; i++)
		if (opts->keep[i].dev == (uint64_t)st->st_dev &&
		    opts->keep[i].ino == (uint64_t)st->st_ino)
			return true;
	return false;
}

/* Whether we may not write the file: its permissions say no (for root,
 * whom they do not stop: it has no write permission at all). */
static bool
is_write_protected(const char *path, const struct stat *st)
{
	if ((st->st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
		return true;
	return faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) != 0 &&
	       errno == EACCES;
}

/* ---- writing ------------------------------------------------------- */

/* Fill the open descriptor fd, then close it. */
static enum rc
fill_fd(int fd, save_fill_fn fill, void *ctx)
{
	FILE *f = fdopen(fd, "w");
	enum rc rc;
	int saved;

	if (f == NULL) {
		saved = errno;
		close(fd);
		errno = saved;
		return RC_IO;
	}
	rc = fill(f, ctx);
	saved = errno;
	if (fclose(f) != 0 && rc == RC_OK) {
		rc = RC_IO;
		saved = errno;
	}
	errno = saved;
	return rc;
}

/* Write into our open descriptor fd, at its offset and with its flags
 * (O_APPEND stays append). */
static enum rc
write_into_descriptor(int fd, const struct save_opts *opts,
                      save_fill_fn fill, void *ctx)
{
	struct stat st;
	int copy = fcntl(fd, F_DUPFD_CLOEXEC, 0);

	if (copy < 0)
		return RC_IO;
	if (fstat(copy, &st) == 0 && is_kept(&st, opts)) {
		close(copy);
		return RC_SAME_FILE;
	}
	return fill_fd(copy, fill, ctx);
}

/* A terminal, a pipe, a device: nothing to replace; write into it. */
static enum rc
write_into(const char *path, save_fill_fn fill, void *ctx)
{
	int fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC);

	if (fd < 0)
		return RC_IO;
	return fill_fd(fd, fill, ctx);
}

/* tmp_path = dir/.newsdiff-XXXXXX, with Xs for mkstemp() or random
 * characters for linkat().  False when it does not fit. */
static bool
tmp_name(const char *dir, bool random)
{
	static const char chars[] = "abcdefghijklmnopqrstuvwxyz"
	                            "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	static unsigned long counter;
	char tail[TMP_RANDOM + 1];
	int n, i;

	if (random) {
		struct timespec ts;
		unsigned long x;

		clock_gettime(CLOCK_REALTIME, &ts);
		x = (unsigned long)ts.tv_nsec ^
		    ((unsigned long)getpid() << 16) ^ (++counter * 2654435761u);
		for (i = 0; i < TMP_RANDOM; i++) {
			tail[i] = chars[x % (sizeof chars - 1)];
			x = x / (sizeof chars - 1) ^ (x << 7);
		}
	} else {
		memset(tail, 'X', TMP_RANDOM);
	}
	tail[TMP_RANDOM] = '\0';
	n = snprintf(tmp_path, sizeof tmp_path, "%s/" TMP_PREFIX "%s", dir,
	             tail);
	return n > 0 && (size_t)n < sizeof tmp_path;
}

/* An unnamed file in dir (O_TMPFILE), where the system has them and
 * /proc to name them later; -1 with errno EOPNOTSUPP where not. */
static int
open_unnamed(const char *dir)
{
#ifdef O_TMPFILE
	static int has_proc = -1;

	if (has_proc < 0)
		has_proc = access("/proc/self/fd", X_OK) == 0;
	if (has_proc)
		return open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
#else
	(void)dir;
#endif
	errno = EOPNOTSUPP;
	return -1;
}

/* Give the unnamed file fd the name tmp_path in dir, armed for the
 * signal handler. */
static bool
name_unnamed(int fd, const char *dir)
{
	char proc[64];
	sigset_t old;
	int i, r = -1;

	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	for (i = 0; i < TMP_TRIES && r != 0; i++) {
		block_signals(&old);
		if (!tmp_name(dir, true)) {
			unblock_signals(&old);
			errno = ENAMETOOLONG;
			return false;
		}
		r = linkat(AT_FDCWD, proc, AT_FDCWD, tmp_path,
		           AT_SYMLINK_FOLLOW);
		tmp_armed = r == 0;
		unblock_signals(&old);
		if (r != 0 && errno != EEXIST)
			return false;
	}
	return r == 0;
}

/* A temporary file in dir: unnamed if possible, else named tmp_path and
 * armed.  *named says which; -1 with errno set on failure. */
static int
open_temp(const char *dir, bool *named)
{
	sigset_t old;
	int fd, saved;

	fd = open_unnamed(dir);
	*named = false;
	if (fd >= 0 || (errno != EOPNOTSUPP && errno != EISDIR &&
	                errno != EINVAL))
		return fd;
	block_signals(&old);
	if (!tmp_name(dir, false)) {
		unblock_signals(&old);
		errno = ENAMETOOLONG;
		return -1;
	}
	fd = mkostemp(tmp_path, O_CLOEXEC);
	saved = errno;
	tmp_armed = fd >= 0;
	unblock_signals(&old);
	*named = true;
	errno = saved;
	return fd;
}

/* The new file's owner and permissions: the old file's, or those a new
 * file gets.  The owner only where we may give it; chown clears set-id
 * bits, so the mode comes after. */
static bool
take_over(int fd, const struct stat *old)
{
	mode_t mask;

	if (old != NULL) {
		/* Where the owner is not ours to give, the file becomes
		 * ours, in the old group if we are in it. */
		if ((old->st_uid != geteuid() || old->st_gid != getegid()) &&
		    fchown(fd, old->st_uid, old->st_gid) != 0)
			(void)!fchown(fd, (uid_t)-1, old->st_gid);
		return fchmod(fd, old->st_mode & 07777) == 0;
	}
	mask = umask(0);
	umask(mask);
	return fchmod(fd, 0666 & ~mask) == 0;
}

/* Fill a temporary file in target's folder and rename it over target.
 * old is the target's stat, or NULL when there is none yet. */
static enum rc
replace(const char *target, const struct stat *old, save_fill_fn fill,
        void *ctx, char **folder)
{
	char *dir, *base;
	enum rc rc = RC_IO;
	sigset_t mask;
	bool named;
	FILE *f = NULL;
	int fd, saved;

	split_path(target, &dir, &base);
	guard_begin();
	fd = open_temp(dir, &named);
	if (fd < 0) {
		saved = errno;
		if (folder != NULL && saved != ENOENT && saved != ENOTDIR &&
		    saved != ENAMETOOLONG && saved != ELOOP)
			*folder = xstrdup(dir);
		errno = saved;
		goto out;
	}
	if (!take_over(fd, old) || (f = fdopen(fd, "w")) == NULL) {
		saved = errno;
		close(fd);
		errno = saved;
		goto out;
	}
	rc = fill(f, ctx);
	if (rc == RC_OK && (fflush(f) != 0 ||
	                    (fsync(fd) != 0 && errno != EINVAL)))
		rc = RC_IO;
	if (rc == RC_OK && !named && !name_unnamed(fd, dir))
		rc = RC_IO;
	saved = errno;
	if (fclose(f) != 0 && rc == RC_OK) {
		rc = RC_IO;
		saved = errno;
	}
	if (rc == RC_OK) {
		block_signals(&mask);
		if (rename(tmp_path, target) == 0)
			tmp_armed = 0;
		else
			rc = RC_IO;
		saved = errno;
		unblock_signals(&mask);
	}
	errno = saved;
out:
	saved = errno;
	tmp_remove();
	guard_end();
	free(dir);
	free(base);
	errno = saved;
	return rc;
}

enum rc
save_file(const char *path, const struct save_opts *opts, save_fill_fn fill,
          void *ctx, char **folder)
{
	char *target = NULL;
	enum named named;
	struct stat st;
	enum rc rc = RC_IO;
	int fd = -1, saved;

	if (folder != NULL)
		*folder = NULL;
	if (!follow_links(path, &target, &named, &fd))
		return RC_IO;
	if (named == NAMED_OWN_FD) {
		rc = write_into_descriptor(fd, opts, fill, ctx);
	} else if (stat(target, &st) != 0) {
		if (errno == ENOENT)
			rc = replace(target, NULL, fill, ctx, folder);
	} else if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
	} else if (is_kept(&st, opts)) {
		rc = RC_SAME_FILE;
	} else if (!S_ISREG(st.st_mode) || named == NAMED_OTHER_FD) {
		rc = write_into(target, fill, ctx);
	} else if (is_write_protected(target, &st) &&
	           !(opts != NULL && opts->force)) {
		rc = RC_WRITE_PROTECTED;
	} else {
		rc = replace(target, &st, fill, ctx, folder);
	}
	saved = errno;
	free(target);
	errno = saved;
	return rc;
}
