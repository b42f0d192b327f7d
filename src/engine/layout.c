/* layout.c - wrapping text by display columns. */
#include "layout.h"

#include <stdlib.h>

#include "mem.h"
#include "ustr.h"

static void
push_line(struct layout_line_vec *out, const uint8_t *s, size_t start,
          size_t end)
{
	struct layout_line *ln;

	while (end > start && s[end - 1] == ' ')
		end--;
	MEM_GROW(out->v, out->cap, out->n + 1);
	ln = &out->v[out->n++];
	ln->start = (uint32_t)start;
	ln->end = (uint32_t)end;
	ln->width = (uint32_t)ustr_width(s + start, end - start);
}

void
layout_wrap(const uint8_t *s, size_t n, unsigned width,
            struct layout_line_vec *out)
{
	char *brk;
	size_t start = 0, i = 0, last = 0, col = 0;

	if (width == 0)
		width = 1;
	if (n == 0) {
		push_line(out, s, 0, 0);
		return;
	}
	brk = xmalloc(n);
	ustr_linebreaks(s, n, brk);
	while (i < n) {
		uint32_t cp;
		size_t len = ustr_decode(s + i, n - i, &cp);
		size_t w = (size_t)ustr_cp_width(cp);

		if (i > start && brk[i])
			last = i;
		/* Spaces hang past the edge: the break drops them. */
		if (cp != ' ' && w > 0 && i > start && col + w > width) {
			size_t cut = last > start ? last : i;

			push_line(out, s, start, cut);
			start = i = cut;
			col = 0;
			last = start;
			continue;
		}
		col += w;
		i += len;
	}
	push_line(out, s, start, n);
	free(brk);
}

void
layout_line_vec_fini(struct layout_line_vec *v)
{
	free(v->v);
	v->v = NULL;
	v->n = v->cap = 0;
}
