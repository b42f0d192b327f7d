/* save.h - writing a file the careful way: a regular file is replaced
 * atomically, anything else is written into, and no temporary file
 * outlives the program, even one killed by a signal.
 * Engine; include from export.c and tests.
 *
 * What save_file() does with each kind of path:
 * - a regular file (or none yet): the content goes to a temporary file in
 *   the target's folder, which is renamed over the target once complete
 *   and on disk, so the target never holds a partial file and a failure
 *   leaves what was there.  The replaced file's permissions and, where
 *   the system lets us, its owner and group are kept.  A write-protected
 *   file is refused unless forced;
 * - a symbolic link is followed to the file it names (which a dangling
 *   link creates); the link stays as it is;
 * - an open descriptor named by path (/dev/fd/N, /dev/stdout, /dev/stderr,
 *   /proc/self/fd/N): written into through that very descriptor, so that
 *   `>> log` appends and a pipe is not reopened; never replaced;
 * - a terminal, a pipe, a device or a socket: opened and written into.
 *
 * The temporary file has no name while it is written where the system
 * allows it (O_TMPFILE); otherwise, and for the instant between naming
 * and renaming it, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGALRM,
 * SIGUSR1, SIGUSR2 and SIGXFSZ remove it before the signal takes its
 * course (a handler of the caller's still runs; an ignored signal stays
 * ignored).  One save at a time: save_file() is not reentrant. */
#ifndef NEWSDIFF_SAVE_H
#define NEWSDIFF_SAVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "rc.h"

/* A file by identity, as stat() tells it. */
struct save_id {
	uint64_t dev, ino;
};

struct save_opts {
	bool force;			/* replace a write-protected file */
	const struct save_id *keep;	/* files never written: the inputs */
	size_t nkeep;
};

/* Writes the content to f and says how it went: RC_OK, or RC_IO with
 * errno set. */
typedef enum rc (*save_fill_fn)(FILE *f, void *ctx);

/* Save at path what fill writes (opts may be NULL: no force, nothing
 * kept).  Returns RC_OK; RC_SAME_FILE when path is one of opts->keep;
 * RC_WRITE_PROTECTED when it is a regular file we may not write and
 * opts->force is not set; RC_IO with errno set on any other failure
 * (EISDIR for a folder).  Nothing is written in the first two cases.
 *
 * When folder is not NULL, *folder is set on RC_IO to the folder that
 * could not take the new file (malloc'd; the caller frees it), or NULL
 * when the fault lies elsewhere (a missing folder is the path's fault:
 * ENOENT, and *folder NULL). */
enum rc save_file(const char *path, const struct save_opts *opts,
                  save_fill_fn fill, void *ctx, char **folder);

#endif
