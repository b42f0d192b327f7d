/* attrib.h - who gave a figure or a quotation, and the period it covers,
 * as the report states them.  Engine; include from engine modules and
 * tests.
 *
 * Found by general rules over the sentence around a span, never by names
 * of outlets or people: a reporting verb and its subject ("officials
 * said", "the WHO said this week that", "…," said police chief A.S.
 * Gill), "according to X", an apposition ("John Kirby, a spokesman,
 * said"), the speaker before or after a quotation (X said: "…" / "…," X
 * said Thursday), a pronoun speaker (he said: the last named speaker
 * before it in the report); and time frames ("in the last eight days",
 * "this week", "by late Monday", "last year", "since January", "on
 * Tuesday").  The article must have been analyzed (article_analyze()). */
#ifndef NEWSDIFF_ATTRIB_H
#define NEWSDIFF_ATTRIB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct article;

/* Paragraphs a pronoun speaker is looked for in, before its own: far
 * enough for a report's run of quotations and background from one
 * speaker (up to ten paragraphs in the bundled pair), near enough that
 * the cost stays linear. */
#define ATTRIB_LOOKBACK 12

struct attrib {
	/* The source as written: paragraph src_para, bytes [src_start,
	 * src_end).  src_para is (size_t)-1 when the report names none.  For
	 * "he said" it is the named speaker it refers to, which may sit in
	 * an earlier paragraph. */
	size_t src_para;
	uint32_t src_start, src_end;
	/* What two sources are compared by: the lexicon id of the folded
	 * last name word of the source ("Kerry" for "Secretary of State John
	 * Kerry"), else of its last word ("officials"); 0 when none. */
	uint32_t key;
	bool pronoun;		/* given as he or she in the sentence */
	/* The time frame: paragraph time_para (the span's own), bytes
	 * [time_start, time_end); time_para is (size_t)-1 when none. */
	size_t time_para;
	uint32_t time_start, time_end;
};

/* Find the source and time of the bytes [start, end) of paragraph para of
 * article a (a figure, or a quotation's words).  Always fills *out; its
 * paragraphs are (size_t)-1 for what the report does not state. */
void attrib_find(const struct article *a, size_t para, uint32_t start,
                 uint32_t end, struct attrib *out);

/* Whether the source (has) and time are stated. */
bool attrib_has_source(const struct attrib *at);
bool attrib_has_time(const struct attrib *at);

/* Whether two attributions, of a figure in each of two reports compared
 * with one lexicon, name different sources or different periods: both
 * state one and they are not the same.  "Kerry" and "John Kerry" are one
 * source; "this week" and "in the last eight days" two periods. */
bool attrib_differ(const struct article *la, const struct attrib *l,
                   const struct article *ra, const struct attrib *r);

#endif
