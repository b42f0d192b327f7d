/* rc.h - status codes of fallible engine functions and their messages.
 * Engine; include from engine, tui, main and tests.
 *
 * The enum and the message table are generated from one list, so the two
 * cannot drift apart.  On RC_IO the failing call has left errno set; the
 * caller reports strerror(errno) next to the file name. */
#ifndef NEWSDIFF_RC_H
#define NEWSDIFF_RC_H

#define RC_LIST(X)                                                       \
	X(RC_OK, "success")                                              \
	X(RC_IO, "input/output error")                                   \
	X(RC_BINARY, "binary file")                                      \
	X(RC_UTF16, "UTF-16 text; convert it to UTF-8 first "            \
	            "(iconv -f UTF-16 -t UTF-8)")                        \
	X(RC_TOO_LARGE, "file too large")                                \
	X(RC_EMPTY, "empty report")                                      \
	X(RC_FORMAT, "unknown export format")                            \
	X(RC_SAME_FILE, "refusing to overwrite an input file")           \
	X(RC_WRITE_PROTECTED, "file is write-protected")                 \
	X(RC_NO_ASSETS, "cannot find newsdiff's data files")             \
	X(RC_UTF16LE, "UTF-16LE text without a byte order mark; convert "  \
	              "it to UTF-8 first (iconv -f UTF-16LE -t UTF-8)")   \
	X(RC_UTF16BE, "UTF-16BE text without a byte order mark; convert "  \
	              "it to UTF-8 first (iconv -f UTF-16BE -t UTF-8)")   \
	X(RC_UTF32LE, "UTF-32LE text; convert it to UTF-8 first "         \
	              "(iconv -f UTF-32 -t UTF-8)")                       \
	X(RC_UTF32BE, "UTF-32BE text; convert it to UTF-8 first "         \
	              "(iconv -f UTF-32 -t UTF-8)")                       \
	X(RC_PDF, "a PDF document, not text; extract its text first "    \
	          "(pdftotext FILE FILE.txt)")                           \
	X(RC_WORD, "a word-processor document, not text; save it as "    \
	           "text first (pandoc -t plain FILE, or libreoffice "   \
	           "--headless --convert-to txt FILE)")                  \
	X(RC_IMAGE, "an image, not text; newsdiff compares texts (an "   \
	            "OCR tool such as tesseract can read one)")           \
	X(RC_ARCHIVE, "a compressed archive, not text; unpack it first")

enum rc {
#define RC_ENUM(name, msg) name,
	RC_LIST(RC_ENUM)
#undef RC_ENUM
	RC_COUNT
};

/* The message for a status code; never NULL. */
const char *rc_str(enum rc rc);

#endif
