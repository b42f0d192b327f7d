/* httpd.c - a tiny HTTP/1.0 server on 127.0.0.1 for the URL tests: it
 * serves the files of a folder and a few made-up answers, prints its
 * port on standard output, and exits by itself after LIFETIME seconds.
 *
 * usage: httpd FOLDER
 *   /FILE          the file (text/html unless it ends in .txt); FILE.gz
 *                  is sent compressed when FILE is asked for with ?gzip
 *   /latin/FILE    the file, its Content-Type saying windows-1252
 *   /redirect/FILE a 302 to /FILE
 *   /loop          a 302 to itself
 *   /slow          an answer after SLOW_SECONDS
 *   /huge          a page with no length that never ends before 70 MiB
 *   /pdf           a PDF by its Content-Type
 *   anything else  404 */
#define _POSIX_C_SOURCE 200809L
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#define LIFETIME 120
#define SLOW_SECONDS 4
#define HUGE_BYTES ((size_t)70 << 20)

static const char *root;

static void
say(int fd, const char *s)
{
	size_t n = strlen(s);

	while (n > 0) {
		ssize_t w = write(fd, s, n);

		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

static void
head(int fd, const char *status, const char *type, const char *extra)
{
	char h[1024];

	snprintf(h, sizeof h, "HTTP/1.0 %s\r\nContent-Type: %s\r\n%s"
	         "Connection: close\r\n\r\n", status, type, extra);
	say(fd, h);
}

/* Send the file root/name; false if there is none. */
static bool
send_file(int fd, const char *name, const char *type, const char *extra)
{
	char path[4096], buf[65536];
	FILE *f;
	size_t n;

	if (strstr(name, "..") != NULL)
		return false;
	snprintf(path, sizeof path, "%s/%s", root, name);
	if ((f = fopen(path, "rb")) == NULL)
		return false;
	head(fd, "200 OK", type, extra);
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		ssize_t w = write(fd, buf, n);

		if (w < 0 || (size_t)w != n)
			break;
	}
	fclose(f);
	return true;
}

static void
serve(int fd)
{
	char req[4096], *path, *sp, type[256];
	ssize_t n = read(fd, req, sizeof req - 1);

	if (n <= 0)
		return;
	req[n] = '\0';
	path = strchr(req, ' ');
	if (path == NULL)
		return;
	path++;
	sp = strchr(path, ' ');
	if (sp != NULL)
		*sp = '\0';
	if (strcmp(path, "/loop") == 0) {
		head(fd, "302 Found", "text/html", "Location: /loop\r\n");
	} else if (strncmp(path, "/redirect/", 10) == 0) {
		char loc[2048];

		snprintf(loc, sizeof loc, "Location: /%s\r\n", path + 10);
		head(fd, "302 Found", "text/html", loc);
	} else if (strcmp(path, "/slow") == 0) {
		sleep(SLOW_SECONDS);
		head(fd, "200 OK", "text/html", "");
		say(fd, "<p>Too late.</p>");
	} else if (strcmp(path, "/pdf") == 0) {
		head(fd, "200 OK", "application/pdf", "");
		say(fd, "%PDF-1.7\n");
	} else if (strcmp(path, "/huge") == 0) {
		static char chunk[65536];
		size_t sent = 0;

		memset(chunk, 'a', sizeof chunk);
		head(fd, "200 OK", "text/plain", "");
		while (sent < HUGE_BYTES &&
		       write(fd, chunk, sizeof chunk) == (ssize_t)sizeof chunk)
			sent += sizeof chunk;
	} else if (strncmp(path, "/latin/", 7) == 0) {
		if (!send_file(fd, path + 7, "text/html; charset=windows-1252",
		               ""))
			head(fd, "404 Not Found", "text/html", "");
	} else {
		char *q = strchr(path, '?'), gz[2048];
		bool zip = q != NULL && strcmp(q, "?gzip") == 0;
		const char *dot;

		if (q != NULL)
			*q = '\0';
		dot = strrchr(path, '.');
		snprintf(type, sizeof type, "%s",
		         dot && strcmp(dot, ".txt") == 0 ? "text/plain"
		                                         : "text/html");
		snprintf(gz, sizeof gz, "%s.gz", path + 1);
		if (!(zip ? send_file(fd, gz, type,
		                      "Content-Encoding: gzip\r\n")
		          : send_file(fd, path + 1, type, "")))
			head(fd, "404 Not Found", "text/html", "");
	}
}

int
main(int argc, char **argv)
{
	struct sockaddr_in sa;
	socklen_t len = sizeof sa;
	int s;

	if (argc != 2)
		return 2;
	root = argv[1];
	signal(SIGCHLD, SIG_IGN);	/* no zombies */
	signal(SIGPIPE, SIG_IGN);
	alarm(LIFETIME);		/* never outlive a test run */
	s = socket(AF_INET, SOCK_STREAM, 0);
	memset(&sa, 0, sizeof sa);
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (s < 0 || bind(s, (struct sockaddr *)&sa, sizeof sa) != 0 ||
	    listen(s, 16) != 0 ||
	    getsockname(s, (struct sockaddr *)&sa, &len) != 0)
		return 1;
	printf("%d\n", ntohs(sa.sin_port));
	fflush(stdout);
	for (;;) {
		int c = accept(s, NULL, NULL);

		if (c < 0)
			continue;
		if (fork() == 0) {
			close(s);
			serve(c);
			shutdown(c, SHUT_WR);
			close(c);
			_exit(0);
		}
		close(c);
	}
}
