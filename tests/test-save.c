/* test-save.c - writing files the careful way: what each kind of path
 * gets, and what is refused. */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "save.h"
#include "testutil.h"

#define DIR_TEMPLATE "/tmp/newsdiff-save-XXXXXX"

static char dir[] = DIR_TEMPLATE;

static void
setup(void)
{
	ck_assert_ptr_nonnull(mkdtemp(strcpy(dir, DIR_TEMPLATE)));
	ck_assert_int_eq(chdir(dir), 0);
}

static void
teardown(void)
{
	DIR *d = opendir(".");
	struct dirent *e;

	while (d != NULL && (e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			unlink(e->d_name);
	if (d != NULL)
		closedir(d);
	ck_assert_int_eq(chdir("/"), 0);
	rmdir(dir);
}

/* Writes the string ctx. */
static enum rc
fill_text(FILE *f, void *ctx)
{
	if (fputs(ctx, f) < 0 || fflush(f) != 0)
		return RC_IO;
	return RC_OK;
}

static void
put(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	ck_assert_int_eq(fclose(f), 0);
}

/* The contents of path (at most 255 bytes), in a static buffer. */
static const char *
get(const char *path)
{
	static char buf[256];
	FILE *f = fopen(path, "r");
	size_t n;

	ck_assert_ptr_nonnull(f);
	n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Entries of the folder, . and .. aside: no temporary file left. */
static int
count_entries(void)
{
	DIR *d = opendir(".");
	struct dirent *e;
	int n = 0;

	while ((e = readdir(d)) != NULL)
		n += strcmp(e->d_name, ".") != 0 &&
		     strcmp(e->d_name, "..") != 0;
	closedir(d);
	return n;
}

START_TEST(save_new_file_is_created_with_the_umask)
{
	struct stat st;
	mode_t mask = umask(022);

	ck_assert_int_eq(save_file("new.txt", NULL, fill_text, "hello\n", NULL),
	                 RC_OK);
	umask(mask);
	ck_assert_str_eq(get("new.txt"), "hello\n");
	ck_assert_int_eq(stat("new.txt", &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0644);
	ck_assert_int_eq(count_entries(), 1);
}
END_TEST

START_TEST(save_replaces_a_file_keeping_its_mode)
{
	struct stat before, after;

	put("out.txt", "old contents that are longer\n");
	ck_assert_int_eq(chmod("out.txt", 0640), 0);
	ck_assert_int_eq(stat("out.txt", &before), 0);
	ck_assert_int_eq(save_file("out.txt", NULL, fill_text, "new\n", NULL),
	                 RC_OK);
	ck_assert_int_eq(stat("out.txt", &after), 0);
	ck_assert_str_eq(get("out.txt"), "new\n");
	ck_assert_int_eq(after.st_mode & 07777, 0640);
	/* Replaced, not written over. */
	ck_assert(before.st_ino != after.st_ino);
	ck_assert_int_eq(count_entries(), 1);
}
END_TEST

START_TEST(save_write_protected_file_needs_force)
{
	struct save_opts force = { .force = true };
	struct stat st;

	put("ro.txt", "protected\n");
	ck_assert_int_eq(chmod("ro.txt", 0444), 0);
	ck_assert_int_eq(save_file("ro.txt", NULL, fill_text, "x\n", NULL),
	                 RC_WRITE_PROTECTED);
	ck_assert_str_eq(get("ro.txt"), "protected\n");
	ck_assert_int_eq(save_file("ro.txt", &force, fill_text, "x\n", NULL),
	                 RC_OK);
	ck_assert_str_eq(get("ro.txt"), "x\n");
	ck_assert_int_eq(stat("ro.txt", &st), 0);
	ck_assert_int_eq(st.st_mode & 0777, 0444);
	ck_assert_int_eq(count_entries(), 1);
}
END_TEST

START_TEST(save_follows_links_and_keeps_them)
{
	char target[64];
	ssize_t n;

	/* A dangling link creates what it names, through two hops. */
	ck_assert_int_eq(symlink("hop.txt", "link.txt"), 0);
	ck_assert_int_eq(symlink("made.txt", "hop.txt"), 0);
	ck_assert_int_eq(save_file("link.txt", NULL, fill_text, "one\n", NULL),
	                 RC_OK);
	ck_assert_str_eq(get("made.txt"), "one\n");
	n = readlink("link.txt", target, sizeof target - 1);
	ck_assert_int_eq(n, 7);
	/* A link to a file replaces the file. */
	ck_assert_int_eq(save_file("link.txt", NULL, fill_text, "two\n", NULL),
	                 RC_OK);
	ck_assert_str_eq(get("made.txt"), "two\n");
	ck_assert_int_eq(readlink("hop.txt", target, sizeof target - 1), 8);
	ck_assert_int_eq(count_entries(), 3);
}
END_TEST

START_TEST(save_link_loop_is_an_error)
{
	ck_assert_int_eq(symlink("b", "a"), 0);
	ck_assert_int_eq(symlink("a", "b"), 0);
	errno = 0;
	ck_assert_int_eq(save_file("a", NULL, fill_text, "x\n", NULL), RC_IO);
	ck_assert_int_eq(errno, ELOOP);
	ck_assert_int_eq(count_entries(), 2);
}
END_TEST

START_TEST(save_refuses_a_kept_file_even_through_a_link)
{
	struct save_id id;
	struct save_opts opts = { .keep = &id, .nkeep = 1 };
	struct stat st;

	put("input.txt", "report\n");
	ck_assert_int_eq(stat("input.txt", &st), 0);
	id.dev = (uint64_t)st.st_dev;
	id.ino = (uint64_t)st.st_ino;
	ck_assert_int_eq(symlink("input.txt", "alias.txt"), 0);
	ck_assert_int_eq(save_file("input.txt", &opts, fill_text, "x", NULL),
	                 RC_SAME_FILE);
	ck_assert_int_eq(save_file("alias.txt", &opts, fill_text, "x", NULL),
	                 RC_SAME_FILE);
	ck_assert_str_eq(get("input.txt"), "report\n");
}
END_TEST

/* /dev/fd/N writes through descriptor N: an O_APPEND one appends. */
START_TEST(save_descriptor_name_writes_through_the_descriptor)
{
	char path[64];
	struct stat before, after;
	int fd;

	put("log.txt", "first\n");
	ck_assert_int_eq(stat("log.txt", &before), 0);
	fd = open("log.txt", O_WRONLY | O_APPEND);
	ck_assert_int_ge(fd, 0);
	snprintf(path, sizeof path, "/dev/fd/%d", fd);
	ck_assert_int_eq(save_file(path, NULL, fill_text, "second\n", NULL),
	                 RC_OK);
	snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	ck_assert_int_eq(save_file(path, NULL, fill_text, "third\n", NULL),
	                 RC_OK);
	close(fd);
	ck_assert_int_eq(stat("log.txt", &after), 0);
	ck_assert(before.st_ino == after.st_ino);
	ck_assert_str_eq(get("log.txt"), "first\nsecond\nthird\n");
	ck_assert_int_eq(count_entries(), 1);
}
END_TEST

START_TEST(save_special_file_is_written_into)
{
	struct stat st;

	ck_assert_int_eq(save_file("/dev/null", NULL, fill_text, "x\n", NULL),
	                 RC_OK);
	ck_assert_int_eq(stat("/dev/null", &st), 0);
	ck_assert(S_ISCHR(st.st_mode));
}
END_TEST

START_TEST(save_missing_folder_is_the_paths_fault)
{
	char *folder = (char *)1;

	errno = 0;
	ck_assert_int_eq(save_file("no/such/x.txt", NULL, fill_text, "x",
	                           &folder), RC_IO);
	ck_assert_int_eq(errno, ENOENT);
	ck_assert_ptr_null(folder);
	errno = 0;
	ck_assert_int_eq(save_file(".", NULL, fill_text, "x", &folder), RC_IO);
	ck_assert_int_eq(errno, EISDIR);
	ck_assert_ptr_null(folder);
}
END_TEST

/* A fill that fails leaves the old file and no temporary. */
static enum rc
fill_fails(FILE *f, void *ctx)
{
	(void)ctx;
	fputs("partial", f);
	errno = ENOSPC;
	return RC_IO;
}

START_TEST(save_failed_fill_leaves_the_old_file)
{
	put("keep.txt", "old\n");
	errno = 0;
	ck_assert_int_eq(save_file("keep.txt", NULL, fill_fails, NULL, NULL),
	                 RC_IO);
	ck_assert_int_eq(errno, ENOSPC);
	ck_assert_str_eq(get("keep.txt"), "old\n");
	ck_assert_int_eq(count_entries(), 1);
}
END_TEST

Suite *
suite_make(void)
{
	Suite *s = suite_create("save");
	TCase *tc = tcase_create("kinds of path");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, save_new_file_is_created_with_the_umask);
	tcase_add_test(tc, save_replaces_a_file_keeping_its_mode);
	tcase_add_test(tc, save_write_protected_file_needs_force);
	tcase_add_test(tc, save_follows_links_and_keeps_them);
	tcase_add_test(tc, save_link_loop_is_an_error);
	tcase_add_test(tc, save_refuses_a_kept_file_even_through_a_link);
	tcase_add_test(tc, save_descriptor_name_writes_through_the_descriptor);
	tcase_add_test(tc, save_special_file_is_written_into);
	tcase_add_test(tc, save_missing_folder_is_the_paths_fault);
	tcase_add_test(tc, save_failed_fill_leaves_the_old_file);
	suite_add_tcase(s, tc);
	return s;
}
