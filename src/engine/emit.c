/* emit.c - a paragraph's marks, resolved for the writers, and its text
 * written with them. */
#include "emit.h"

#include "article.h"
#include "compare.h"

#define QUOTE_ROLES (MARK_ROLE_BIT(MARK_QUOTE) | MARK_ROLE_BIT(MARK_QUOTE_VARY))

/* Spaces at either end of a segment stay outside its markup. */
static void
trim(struct mark_vec *mv, const uint8_t *t)
{
	size_t i, k = 0;

	for (i = 0; i < mv->n; i++) {
		struct mark m = mv->v[i];

		while (m.start < m.end && t[m.start] == ' ')
			m.start++;
		while (m.end > m.start && t[m.end - 1] == ' ')
			m.end--;
		if (m.start < m.end)
			mv->v[k++] = m;
	}
	mv->n = k;
}

void
emit_marks_get(struct emit_marks *m, const struct compare *c, enum side side,
               size_t para)
{
	const struct article *a = compare_article(c, side);
	const uint8_t *t = a->text + a->para[para].start;

	m->outer.n = m->inner.n = 0;
	if (c->facts == NULL)
		return;
	mark_para(c, side, para, QUOTE_ROLES, &m->outer);
	mark_para(c, side, para, MARK_ALL_FACTS & ~QUOTE_ROLES, &m->inner);
	trim(&m->outer, t);
	trim(&m->inner, t);
}

void
emit_marks_fini(struct emit_marks *m)
{
	mark_vec_fini(&m->outer);
	mark_vec_fini(&m->inner);
}

void
emit_text(const uint8_t *text, size_t n, const struct emit_marks *m,
          const struct emit_markup *mu)
{
	emit_text_range(text, 0, n, m, mu);
}

void
emit_text_range(const uint8_t *text, size_t from, size_t n,
                const struct emit_marks *m, const struct emit_markup *mu)
{
	const struct mark *ov = m->outer.v, *iv = m->inner.v;
	size_t no = m->outer.n, ni = m->inner.n, oi = 0, ii = 0, pos = from;
	const struct mark *open_o = NULL, *open_i = NULL;

	while (pos < n) {
		const struct mark *co = NULL, *ci = NULL;
		size_t next = n;

		while (oi < no && ov[oi].end <= pos)
			oi++;
		while (ii < ni && iv[ii].end <= pos)
			ii++;
		if (oi < no) {
			if (ov[oi].start <= pos)
				co = &ov[oi];
			next = co ? co->end : ov[oi].start;
		}
		if (ii < ni) {
			size_t b;

			if (iv[ii].start <= pos)
				ci = &iv[ii];
			b = ci ? ci->end : iv[ii].start;
			if (b < next)
				next = b;
		}
		if (next > n)
			next = n;
		/* Close what ends, inner first; open what begins, outer
		 * first, so the markup nests. */
		if (open_i != NULL && (open_i != ci || open_o != co)) {
			mu->close(mu->ctx, open_i, false);
			open_i = NULL;
		}
		if (open_o != co) {
			if (open_o != NULL)
				mu->close(mu->ctx, open_o, true);
			if (co != NULL)
				mu->open(mu->ctx, co, true);
			open_o = co;
		}
		if (ci != NULL && open_i != ci) {
			mu->open(mu->ctx, ci, false);
			open_i = ci;
		}
		mu->text(mu->ctx, text + pos, next - pos);
		pos = next;
	}
	if (open_i != NULL)
		mu->close(mu->ctx, open_i, false);
	if (open_o != NULL)
		mu->close(mu->ctx, open_o, true);
}
