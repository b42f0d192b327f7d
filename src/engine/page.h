/* page.h - the article in a web page: its paragraphs and its metadata.
 * Engine; include from engine, main and tests.
 *
 * Pages are parsed with gumbo, which follows the HTML5 parsing algorithm
 * (the one browsers use), so broken markup is read as a browser reads it.
 * The article is found as Readability-style extractors find it: metadata
 * from schema.org JSON-LD and Open Graph <meta> first; the body from the
 * <article> element, else from the block whose paragraphs carry the most
 * text with the fewest links; page furniture (navigation, share bars,
 * "Related" lists, comments, advertisements, forms, scripts) is left
 * out. */
#ifndef NEWSDIFF_PAGE_H
#define NEWSDIFF_PAGE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum page_source {
	PAGE_FROM_ARTICLE,	/* the <article> element */
	PAGE_FROM_DENSITY,	/* the densest block of paragraphs */
	PAGE_FROM_JSONLD,	/* JSON-LD articleBody (the markup had less) */
};

struct page {
	uint8_t *text;		/* paragraphs, a blank line between them;
				 * a <br> is a line break inside one */
	size_t len;
	/* Metadata, each NULL when the page does not say: */
	char *title, *byline, *outlet, *date, *url;
	enum page_source source;
	bool headline_first;	/* the first paragraph is the page's headline
				 * (JSON-LD, Open Graph or <h1>) */
};

/* Whether s[0..n) is an HTML document, by its first bytes (the WHATWG
 * MIME sniffing rules: a doctype, <html>, <head>, <body>, <p>, a comment
 * and other tags only HTML starts with). */
bool page_is_html(const uint8_t *s, size_t n);

/* Deeper than this, a page is not parsed: gumbo's tree builder looks
 * through every open element at each tag, so its time grows with the
 * square of the depth (24,000 levels took 4.9 s, 96,000 over a minute),
 * and gumbo and the extraction recurse once per level.  Browsers stop
 * nesting at 512 levels; real news pages stay under a hundred. */
#define PAGE_MAX_DEPTH 4096

/* Whether the open tags of s[0..n) nest deeper than PAGE_MAX_DEPTH, by
 * a linear count of start and end tags (void elements and self-closing
 * tags excluded): an estimate, for refusing to parse pathological pages,
 * never for reading them. */
bool page_is_too_deep(const uint8_t *s, size_t n);

/* Extract the article of the UTF-8 page s[0..n) into *p (always filled;
 * release with page_fini()). */
void page_extract(const uint8_t *s, size_t n, struct page *p);

void page_fini(struct page *p);

#endif
