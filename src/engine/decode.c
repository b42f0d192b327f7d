/* decode.c - bytes in any common encoding to UTF-8: byte order marks,
 * declared charsets, detection with uchardet, conversion with iconv. */
#include <ctype.h>
#include <dlfcn.h>
#include <errno.h>
#include <iconv.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uchardet/uchardet.h>

#include "decode.h"
#include "mem.h"
#include "ustr.h"

/* How far into a document a <meta> charset is looked for.  The HTML
 * standard's prescan stops at 1024 bytes; pages with long comments or
 * scripts before their <meta> are common enough to look further. */
#define META_SCAN_BYTES 4096


struct bom {
	const char *bytes;
	size_t len;
	const char *charset;
};

/* Longest first: the UTF-32 LE mark begins with the UTF-16 LE one. */
static const struct bom boms[] = {
	{ "\xFF\xFE\x00\x00", 4, "UTF-32LE" },
	{ "\x00\x00\xFE\xFF", 4, "UTF-32BE" },
	{ "\xFF\xFE", 2, "UTF-16LE" },
	{ "\xFE\xFF", 2, "UTF-16BE" },
};

/* Labels that name another encoding in practice (the WHATWG Encoding
 * Standard: a page labelled Latin-1 or ASCII is read as Windows-1252,
 * whose curly quotes and dashes sit where Latin-1 has controls). */
static const char *const label_map[][2] = {
	{ "utf8", "UTF-8" },
	{ "utf-8", "UTF-8" },
	{ "unicode-1-1-utf-8", "UTF-8" },
	{ "ascii", "WINDOWS-1252" },
	{ "us-ascii", "WINDOWS-1252" },
	{ "iso-8859-1", "WINDOWS-1252" },
	{ "iso8859-1", "WINDOWS-1252" },
	{ "iso_8859-1", "WINDOWS-1252" },
	{ "latin1", "WINDOWS-1252" },
	{ "l1", "WINDOWS-1252" },
	{ "cp819", "WINDOWS-1252" },
	{ "cp1252", "WINDOWS-1252" },
	{ "x-cp1252", "WINDOWS-1252" },
	{ "windows-1252", "WINDOWS-1252" },
	/* A document that says UTF-16 in its own ASCII bytes is not. */
	{ "utf-16", "UTF-8" },
	{ "utf-16le", "UTF-8" },
	{ "utf-16be", "UTF-8" },
};

/* Runs of bytes outside ASCII longer than this are not Latin-1 letters
 * or punctuation (two: "\x93\x85", a quotation mark and an ellipsis). */
#define LATIN_MAX_RUN 2
/* Share of those runs that must look like Windows-1252 text. */
#define LATIN_RUN_SHARE 0.8
/* Share of non-space bytes outside ASCII that makes a text worth asking
 * uchardet about another script. */
#define DENSE_SHARE 0.5

/* The first k bytes of needle in hay[0..n), or NULL (memmem is not
 * POSIX). */
static const uint8_t *
find_bytes(const uint8_t *hay, size_t n, const char *needle, size_t k)
{
	size_t i;

	for (i = 0; k <= n && i <= n - k; i++)
		if (hay[i] == (uint8_t)needle[0] &&
		    memcmp(hay + i, needle, k) == 0)
			return hay + i;
	return NULL;
}

static void
set_name(char *dst, const char *src)
{
	size_t i;

	for (i = 0; src[i] != '\0' && i + 1 < DECODE_NAME_MAX; i++)
		dst[i] = (char)toupper((unsigned char)src[i]);
	dst[i] = '\0';
}

/* The iconv name for a charset label, into out. */
static void
canonical(const char *label, char *out)
{
	size_t i;

	for (i = 0; i < sizeof label_map / sizeof label_map[0]; i++)
		if (strcmp(label, label_map[i][0]) == 0) {
			set_name(out, label_map[i][1]);
			return;
		}
	set_name(out, label);
}

static size_t
unit_of(const char *charset)
{
	if (strncmp(charset, "UTF-16", 6) == 0)
		return 2;
	if (strncmp(charset, "UTF-32", 6) == 0)
		return 4;
	return 1;
}

/* Convert s[0..n) from charset to UTF-8 into r; false if iconv does not
 * know the charset.  Bytes the charset leaves undefined become U+FFFD. */
static bool
convert(const uint8_t *s, size_t n, const char *charset,
        struct decode_result *r)
{
	static const char repl[] = "\xEF\xBF\xBD";
	iconv_t cd = iconv_open("UTF-8", charset);
	size_t cap = n * 2 + 16, unit = unit_of(charset);
	char *in = (char *)s, *outp;
	size_t inleft = n, outleft;
	uint8_t *out;

	if (cd == (iconv_t)-1)
		return false;
	out = xmalloc(cap);
	outp = (char *)out;
	outleft = cap - 1;
	while (inleft > 0) {
		size_t done;

		if (iconv(cd, &in, &inleft, &outp, &outleft) != (size_t)-1)
			break;
		if (errno == E2BIG || outleft < sizeof repl) {
			done = (size_t)(outp - (char *)out);
			MEM_GROW(out, cap, cap * 2);
			outp = (char *)out + done;
			outleft = cap - 1 - done;
			continue;
		}
		/* EILSEQ, or EINVAL: a sequence cut short at the end. */
		memcpy(outp, repl, 3);
		outp += 3;
		outleft -= 3;
		r->bad++;
		if (errno == EINVAL || inleft <= unit) {
			inleft = 0;
			break;
		}
		in += unit;
		inleft -= unit;
	}
	iconv(cd, NULL, NULL, NULL, NULL);
	iconv_close(cd);
	r->len = (size_t)(outp - (char *)out);
	out[r->len] = '\0';
	r->text = out;
	set_name(r->charset, charset);
	return true;
}

/* Whether s holds a valid UTF-8 character outside ASCII: then it is UTF-8
 * with some damage (which keeps its U+FFFD and diagnostics), not text in
 * another encoding, where such a sequence is rare ("Ã©"). */
static bool
has_utf8_sequence(const uint8_t *s, size_t n)
{
	size_t i = 0;
	uint32_t cp;

	while (i < n) {
		size_t len;

		if (s[i] < 0x80) {
			i++;
			continue;
		}
		len = ustr_decode(s + i, n - i, &cp);
		if (cp != USTR_REPLACEMENT ||
		    (len == 3 && memcmp(s + i, "\xEF\xBF\xBD", 3) == 0))
			return true;
		i += len;
	}
	return false;
}

/* Encodings of Latin script that uchardet tells apart from Windows-1252
 * on too little evidence (a curly quote, one accented letter): English
 * text in them is read as Windows-1252, which agrees on the punctuation
 * and on the letters of Western Europe. */
static const char *const latin_family[] = {
	"ISO-8859-1", "ISO-8859-2", "ISO-8859-3", "ISO-8859-4", "ISO-8859-9",
	"ISO-8859-10", "ISO-8859-13", "ISO-8859-14", "ISO-8859-15",
	"ISO-8859-16", "WINDOWS-1250", "WINDOWS-1252", "WINDOWS-1254",
	"WINDOWS-1257", "WINDOWS-1258", "MAC-CENTRALEUROPE", "IBM852",
	"IBM850",
};

static bool
is_latin(const char *charset)
{
	size_t i;

	for (i = 0; i < sizeof latin_family / sizeof latin_family[0]; i++)
		if (strcmp(charset, latin_family[i]) == 0)
			return true;
	return false;
}

static bool
is_ascii_letter(uint8_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether the bytes outside ASCII in s read as English text in a Latin
 * single-byte encoding: each run of them short and either punctuation
 * (0x80-0xBF: curly quotes, dashes, NBSP) or a letter inside a word
 * ("caf\xE9").  Damaged UTF-8 leaves runs of several bytes, or lone
 * bytes between spaces, and keeps its U+FFFD. */
static bool
looks_latin(const uint8_t *s, size_t n)
{
	size_t i = 0, runs = 0, plain = 0;

	while (i < n) {
		size_t j = i, k;
		bool ok = true, in_word;

		if (s[i] < 0x80) {
			i++;
			continue;
		}
		while (j < n && s[j] >= 0x80)
			j++;
		runs++;
		in_word = (i > 0 && is_ascii_letter(s[i - 1])) ||
		          (j < n && is_ascii_letter(s[j]));
		for (k = i; k < j; k++)
			if (s[k] >= 0xC0 && !in_word)
				ok = false;	/* a letter on its own */
		if (j - i > LATIN_MAX_RUN)
			ok = false;
		plain += ok;
		i = j;
	}
	return runs > 0 && (double)plain >= LATIN_RUN_SHARE * (double)runs;
}

/* Whether most of the non-space bytes of s are outside ASCII, as in a
 * text in Cyrillic, Greek or an East Asian script. */
static bool
is_dense(const uint8_t *s, size_t n)
{
	size_t i, high = 0, ink = 0;

	for (i = 0; i < n; i++) {
		if (s[i] <= ' ')
			continue;
		ink++;
		high += s[i] >= 0x80;
	}
	return ink > 0 && (double)high >= DENSE_SHARE * (double)ink;
}

/* uchardet is opened the first time a text needs a guess, not when
 * newsdiff starts: it brings the C++ runtime, whose loading alone would
 * make comparing two UTF-8 files half as fast again. */
#define DECODE_LIBUCHARDET "libuchardet.so.0"

static struct {
	uchardet_t (*new_)(void);
	int (*handle_data)(uchardet_t, const char *, size_t);
	void (*data_end)(uchardet_t);
	const char *(*get_charset)(uchardet_t);
	void (*delete_)(uchardet_t);
	bool ok;
} ud_lib;
static pthread_once_t ud_once = PTHREAD_ONCE_INIT;

static void
open_uchardet(void)
{
	void *l = dlopen(DECODE_LIBUCHARDET, RTLD_NOW | RTLD_LOCAL);

	if (l == NULL)
		return;
	*(void **)&ud_lib.new_ = dlsym(l, "uchardet_new");
	*(void **)&ud_lib.handle_data = dlsym(l, "uchardet_handle_data");
	*(void **)&ud_lib.data_end = dlsym(l, "uchardet_data_end");
	*(void **)&ud_lib.get_charset = dlsym(l, "uchardet_get_charset");
	*(void **)&ud_lib.delete_ = dlsym(l, "uchardet_delete");
	ud_lib.ok = ud_lib.new_ && ud_lib.handle_data && ud_lib.data_end &&
	            ud_lib.get_charset && ud_lib.delete_;
	if (!ud_lib.ok)
		dlclose(l);
}

/* The encoding uchardet sees in s, as an iconv name, into out; false if
 * it sees none (or is not installed). */
static bool
guess(const uint8_t *s, size_t n, char *out)
{
	uchardet_t ud;
	const char *name;
	bool found = false;

	pthread_once(&ud_once, open_uchardet);
	if (!ud_lib.ok || (ud = ud_lib.new_()) == NULL)
		return false;
	if (ud_lib.handle_data(ud, (const char *)s, n) == 0) {
		ud_lib.data_end(ud);
		name = ud_lib.get_charset(ud);
		if (name != NULL && *name != '\0') {
			char low[DECODE_NAME_MAX];
			size_t i;

			for (i = 0; name[i] != '\0' && i + 1 < sizeof low; i++)
				low[i] = (char)tolower((unsigned char)name[i]);
			low[i] = '\0';
			canonical(low, out);
			if (is_latin(out))
				set_name(out, "WINDOWS-1252");
			found = true;
		}
	}
	ud_lib.delete_(ud);
	return found;
}

void
decode_text(const uint8_t *buf, size_t len, const char *declared,
            struct decode_result *r)
{
	char name[DECODE_NAME_MAX], label[DECODE_NAME_MAX];
	size_t i;

	memset(r, 0, sizeof *r);
	r->how = DECODE_AS_IS;
	set_name(r->charset, "UTF-8");
	for (i = 0; i < sizeof boms / sizeof boms[0]; i++) {
		const struct bom *b = &boms[i];

		if (len >= b->len && memcmp(buf, b->bytes, b->len) == 0 &&
		    convert(buf + b->len, len - b->len, b->charset, r)) {
			r->how = DECODE_BOM;
			return;
		}
	}
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		return;	/* UTF-8, the mark stripped by the caller */
	if (ustr_is_ascii(buf, len))
		return;
	if ((declared != NULL && *declared != '\0' &&
	     snprintf(label, sizeof label, "%s", declared) > 0) ||
	    decode_meta_charset(buf, len, label, sizeof label)) {
		for (i = 0; label[i] != '\0'; i++)
			label[i] = (char)tolower((unsigned char)label[i]);
		canonical(label, name);
		if (strcmp(name, "UTF-8") == 0)
			return;
		if (convert(buf, len, name, r)) {
			r->how = DECODE_DECLARED;
			return;
		}
	}
	if (ustr_is_valid(buf, len) || has_utf8_sequence(buf, len))
		return;
	if (looks_latin(buf, len)) {
		/* Windows-1252 unless uchardet sees another script. */
		if (!guess(buf, len, name) || strcmp(name, "UTF-8") == 0)
			set_name(name, "WINDOWS-1252");
	} else if (!is_dense(buf, len) || !guess(buf, len, name) ||
	           is_latin(name) || strcmp(name, "UTF-8") == 0) {
		return;	/* damaged UTF-8: U+FFFD with diagnostics */
	}
	if (convert(buf, len, name, r))
		r->how = DECODE_GUESSED;
}

bool
decode_guessed_as(const uint8_t *buf, size_t len, const char *charset,
                  struct decode_result *r)
{
	memset(r, 0, sizeof *r);
	set_name(r->charset, charset);
	if (!convert(buf, len, charset, r)) {
		decode_result_fini(r);
		return false;
	}
	r->how = DECODE_GUESSED;
	return true;
}

void
decode_result_fini(struct decode_result *r)
{
	free(r->text);
	r->text = NULL;
}

/* ---- declared charsets ----------------------------------------------- */

static bool
is_ws(uint8_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* The charset=NAME in s[0..n) (a Content-Type value), into out. */
static bool
charset_param(const uint8_t *s, size_t n, char *out, size_t size)
{
	size_t i, k;

	for (i = 0; i + 7 <= n; i++) {
		if (strncasecmp((const char *)s + i, "charset", 7) != 0)
			continue;
		k = i + 7;
		while (k < n && is_ws(s[k]))
			k++;
		if (k >= n || s[k] != '=')
			continue;
		k++;
		while (k < n && is_ws(s[k]))
			k++;
		if (k < n && (s[k] == '"' || s[k] == '\''))
			k++;
		for (i = 0; k < n && i + 1 < size && !is_ws(s[k]) &&
		            s[k] != ';' && s[k] != '"' && s[k] != '\'';
		     k++)
			out[i++] = (char)tolower(s[k]);
		out[i] = '\0';
		return i > 0;
	}
	return false;
}

bool
decode_content_type_charset(const char *value, char *out, size_t size)
{
	return value != NULL &&
	       charset_param((const uint8_t *)value, strlen(value), out, size);
}

/* One attribute of a tag at s[*i..n): its name and value, lowercased
 * names; false at the end of the tag. */
static bool
next_attr(const uint8_t *s, size_t n, size_t *i, char *name, size_t nsize,
          const uint8_t **val, size_t *vlen)
{
	size_t k = *i, j = 0;

	while (k < n && (is_ws(s[k]) || s[k] == '/'))
		k++;
	if (k >= n || s[k] == '>')
		return false;
	while (k < n && !is_ws(s[k]) && s[k] != '=' && s[k] != '>' &&
	       s[k] != '/') {
		if (j + 1 < nsize)
			name[j++] = (char)tolower(s[k]);
		k++;
	}
	name[j] = '\0';
	while (k < n && is_ws(s[k]))
		k++;
	*val = s + k;
	*vlen = 0;
	if (k < n && s[k] == '=') {
		k++;
		while (k < n && is_ws(s[k]))
			k++;
		if (k < n && (s[k] == '"' || s[k] == '\'')) {
			uint8_t q = s[k++];

			*val = s + k;
			while (k < n && s[k] != q)
				k++;
			*vlen = (size_t)(s + k - *val);
			if (k < n)
				k++;
		} else {
			*val = s + k;
			while (k < n && !is_ws(s[k]) && s[k] != '>')
				k++;
			*vlen = (size_t)(s + k - *val);
		}
	}
	*i = k;
	return true;
}

bool
decode_meta_charset(const uint8_t *buf, size_t len, char *out, size_t size)
{
	size_t n = len < META_SCAN_BYTES ? len : META_SCAN_BYTES, i;

	for (i = 0; i + 5 < n; i++) {
		const uint8_t *val;
		size_t vlen, k;
		char attr[16];
		bool http_ct = false;
		char cs[DECODE_NAME_MAX] = "", ct[DECODE_NAME_MAX] = "";

		if (buf[i] != '<')
			continue;
		if (n - i >= 4 && memcmp(buf + i, "<!--", 4) == 0) {
			const uint8_t *end = find_bytes(buf + i + 4, n - i - 4,
			                            "-->", 3);

			if (end == NULL)
				return false;
			i = (size_t)(end - buf) + 2;
			continue;
		}
		if (strncasecmp((const char *)buf + i, "<meta", 5) != 0 ||
		    i + 5 >= n || !(is_ws(buf[i + 5]) || buf[i + 5] == '/'))
			continue;
		k = i + 5;
		while (next_attr(buf, n, &k, attr, sizeof attr, &val, &vlen)) {
			if (strcmp(attr, "charset") == 0 && cs[0] == '\0') {
				size_t j;

				for (j = 0; j < vlen && j + 1 < sizeof cs &&
				            !is_ws(val[j]); j++)
					cs[j] = (char)tolower(val[j]);
				cs[j] = '\0';
			} else if (strcmp(attr, "http-equiv") == 0) {
				http_ct = vlen == 12 &&
				          strncasecmp((const char *)val,
				                      "content-type", 12) == 0;
			} else if (strcmp(attr, "content") == 0) {
				if (!charset_param(val, vlen, ct, sizeof ct))
					ct[0] = '\0';
			}
		}
		if (cs[0] != '\0') {
			snprintf(out, size, "%s", cs);
			return true;
		}
		if (http_ct && ct[0] != '\0') {
			snprintf(out, size, "%s", ct);
			return true;
		}
		i = k;
	}
	return false;
}

/* ---- documents that are not text ------------------------------------ */

struct magic {
	size_t at;
	const char *bytes;
	size_t len;
	enum rc rc;
};

static const struct magic magics[] = {
	{ 0, "%PDF-", 5, RC_PDF },
	{ 0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, RC_WORD },	/* .doc */
	{ 0, "{\\rtf", 5, RC_WORD },
	{ 0, "\x89PNG\r\n\x1A\n", 8, RC_IMAGE },
	{ 0, "\xFF\xD8\xFF", 3, RC_IMAGE },
	{ 0, "GIF87a", 6, RC_IMAGE },
	{ 0, "GIF89a", 6, RC_IMAGE },
	{ 8, "WEBP", 4, RC_IMAGE },
	{ 0, "II*\0", 4, RC_IMAGE },
	{ 0, "MM\0*", 4, RC_IMAGE },
	{ 4, "ftypheic", 8, RC_IMAGE },
	{ 4, "ftypavif", 8, RC_IMAGE },
	{ 0, "\x1F\x8B", 2, RC_ARCHIVE },
	{ 0, "\xFD" "7zXZ\0", 6, RC_ARCHIVE },
	{ 0, "7z\xBC\xAF\x27\x1C", 6, RC_ARCHIVE },
	{ 0, "\x28\xB5\x2F\xFD", 4, RC_ARCHIVE },	/* zstd */
};

/* How far into a ZIP file its first member names are looked for. */
#define ZIP_SCAN_BYTES 4096

enum rc
decode_sniff_document(const uint8_t *buf, size_t len)
{
	size_t i, n = len < ZIP_SCAN_BYTES ? len : ZIP_SCAN_BYTES;

	for (i = 0; i < sizeof magics / sizeof magics[0]; i++) {
		const struct magic *m = &magics[i];

		if (len >= m->at + m->len &&
		    memcmp(buf + m->at, m->bytes, m->len) == 0)
			return m->rc;
	}
	if (len >= 4 && memcmp(buf, "PK\x03\x04", 4) == 0) {
		/* Office Open XML and OpenDocument files are ZIP files whose
		 * first members name what they are. */
		if (find_bytes(buf, n, "word/", 5) != NULL ||
		    find_bytes(buf, n, "opendocument.text", 17) != NULL)
			return RC_WORD;
		return RC_ARCHIVE;
	}
	return RC_OK;
}
