/* page.c - the article in a web page, with gumbo. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <gumbo.h>

#include "hash.h"
#include "jsonread.h"
#include "mem.h"
#include "page.h"
#include "ustr.h"

/* An <article> with less paragraph text than this is a teaser, not the
 * story: look for the densest block instead. */
#define ARTICLE_MIN_CHARS 200
/* A list whose text is mostly link text is a list of links (navigation,
 * "Related"), not part of the story. */
#define LIST_LINK_DENSITY 0.5
/* JSON-LD articleBody replaces what the markup gave when the markup has
 * less than this share of its length (the page draws the story with
 * scripts). */
#define JSONLD_BODY_SHARE 0.5
/* How deep JSON-LD is searched for the article object (@graph, arrays). */
#define JSONLD_MAX_DEPTH 8

struct sbuf {
	char *p;
	size_t n, cap;
};

static void
sb_put(struct sbuf *b, const char *s, size_t n)
{
	MEM_GROW(b->p, b->cap, b->n + n + 1);
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

/* ---- page furniture ------------------------------------------------ */

/* Words of class and id attributes that mark furniture, matched against
 * whole words (split at spaces, '-' and '_'), so "header" is not "ad". */
static const char *const furniture_words[] = {
	"ad", "ads", "advert", "adverts", "advertisement", "advertising",
	"banner", "breadcrumb", "breadcrumbs", "comment", "comments",
	"consent", "cookie", "cookies", "footer", "masthead", "menu",
	"modal", "nav", "navbar", "navigation", "newsletter", "outbrain",
	"paywall", "popup", "promo", "recommended", "related", "share",
	"sharing", "sidebar", "signup", "social", "sponsor", "sponsored",
	"subscribe", "taboola", "toolbar", "pullquote", "disqus",
	/* Whole class names whose parts alone say nothing. */
	"pull-quote", "pull_quote", "read-more", "more-stories",
};

/* ARIA roles of furniture. */
static const char *const furniture_roles[] = {
	"navigation", "complementary", "banner", "contentinfo", "dialog",
	"alertdialog", "search", "menu", "menubar", "toolbar",
};

/* Headings that open a list of other stories. */
static const char *const related_heads[] = {
	"related", "more from", "more on", "read more", "read next",
	"most read", "most popular", "you may also like", "recommended",
	"latest news", "latest headlines", "see also", "comments",
};

static bool
is_dropped_tag(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
	case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV:
	case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER:
	case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
	case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
	case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
	case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
	case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MENU:
	case GUMBO_TAG_TITLE:
		return true;
	default:
		return false;
	}
}

static const char *
attr(const GumboNode *e, const char *name)
{
	GumboAttribute *a;

	if (e->type != GUMBO_NODE_ELEMENT)
		return NULL;
	a = gumbo_get_attribute(&e->v.element.attributes, name);
	return a ? a->value : NULL;
}

static bool
in_list(const char *w, size_t n, const char *const *list, size_t k)
{
	size_t i;

	for (i = 0; i < k; i++)
		if (strlen(list[i]) == n && strncasecmp(w, list[i], n) == 0)
			return true;
	return false;
}

/* Whether a class or id value has a word of furniture. */
static bool
has_furniture_word(const char *v)
{
	size_t i = 0, j;

	if (v == NULL)
		return false;
	/* Whole class names first ("pull-quote"), then their parts. */
	while (v[i] != '\0') {
		while (v[i] == ' ' || v[i] == '\t' || v[i] == '\n')
			i++;
		for (j = i; v[j] != '\0' && v[j] != ' ' && v[j] != '\t' &&
		            v[j] != '\n';
		     j++)
			;
		if (j > i && in_list(v + i, j - i, furniture_words,
		                     sizeof furniture_words /
		                             sizeof furniture_words[0]))
			return true;
		i = j;
	}
	i = 0;
	while (v[i] != '\0') {
		while (v[i] == ' ' || v[i] == '-' || v[i] == '_' ||
		       v[i] == '\t' || v[i] == '\n')
			i++;
		for (j = i; v[j] != '\0' && v[j] != ' ' && v[j] != '-' &&
		            v[j] != '_' && v[j] != '\t' && v[j] != '\n';
		     j++)
			;
		if (j > i && in_list(v + i, j - i, furniture_words,
		                     sizeof furniture_words /
		                             sizeof furniture_words[0]))
			return true;
		i = j;
	}
	return false;
}

/* Append the text of node and its descendants to b, as it is. */
static void
raw_text(const GumboNode *node, struct sbuf *b)
{
	size_t i;

	if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
	    node->type == GUMBO_NODE_WHITESPACE) {
		sb_put(b, node->v.text.text, strlen(node->v.text.text));
		return;
	}
	if (node->type != GUMBO_NODE_ELEMENT)
		return;
	for (i = 0; i < node->v.element.children.length; i++)
		raw_text(node->v.element.children.data[i], b);
}

static bool
is_space_byte(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* s with white space collapsed and trimmed, NBSP as a space; owned. */
static char *
collapse(const char *s, size_t n)
{
	struct sbuf b = { 0 };
	bool space = false;
	size_t i;

	sb_put(&b, "", 0);
	for (i = 0; i < n; i++) {
		if (is_space_byte(s[i]) ||
		    (i + 1 < n && (uint8_t)s[i] == 0xC2 &&
		     (uint8_t)s[i + 1] == 0xA0)) {
			if ((uint8_t)s[i] == 0xC2)
				i++;
			space = true;
			continue;
		}
		if (space && b.n > 0)
			sb_put(&b, " ", 1);
		space = false;
		sb_put(&b, s + i, 1);
	}
	return b.p;
}

/* The collapsed text of an element; owned. */
static char *
text_of(const GumboNode *node)
{
	struct sbuf b = { 0 };
	char *t;

	raw_text(node, &b);
	t = collapse(b.p ? b.p : "", b.n);
	free(b.p);
	return t;
}

static bool
is_heading(GumboTag t)
{
	return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 ||
	       t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

/* The first heading among the first element children of e, or NULL. */
static const GumboNode *
first_heading(const GumboNode *e)
{
	const GumboVector *c = &e->v.element.children;
	size_t i;

	for (i = 0; i < c->length; i++) {
		const GumboNode *k = c->data[i];

		if (k->type == GUMBO_NODE_WHITESPACE ||
		    k->type == GUMBO_NODE_COMMENT)
			continue;
		if (k->type != GUMBO_NODE_ELEMENT)
			return NULL;
		return is_heading(k->v.element.tag) ? k : NULL;
	}
	return NULL;
}

static bool
is_related_text(const char *t)
{
	size_t i;

	for (i = 0; i < sizeof related_heads / sizeof related_heads[0]; i++)
		if (strncasecmp(t, related_heads[i],
		                strlen(related_heads[i])) == 0)
			return true;
	return false;
}

/* The text under each element, all of it and the part inside links, as
 * count_text() below would find it: found once for the whole page, as
 * counting each element's subtree for every ancestor is quadratic in the
 * page's nesting.  An open-addressing table by node. */
struct counts {
	struct count_slot {
		const GumboNode *node;
		size_t all, linked;
	} *slot;
	size_t mask;
};

static size_t
count_elements(const GumboNode *node)
{
	size_t i, n = 1;

	if (node->type != GUMBO_NODE_ELEMENT)
		return 0;
	for (i = 0; i < node->v.element.children.length; i++)
		n += count_elements(node->v.element.children.data[i]);
	return n;
}

static struct count_slot *
count_slot(const struct counts *ct, const GumboNode *node)
{
	size_t h = (size_t)hash_mix(0, (uint64_t)(uintptr_t)node) & ct->mask;

	while (ct->slot[h].node != NULL && ct->slot[h].node != node)
		h = (h + 1) & ct->mask;
	return &ct->slot[h];
}

static void
count_fill(struct counts *ct, const GumboNode *node, size_t *all,
           size_t *linked)
{
	struct count_slot *sl;
	size_t i, a = 0, l = 0;

	*all = *linked = 0;
	if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
		*all = strlen(node->v.text.text);
		return;
	}
	if (node->type != GUMBO_NODE_ELEMENT)
		return;
	for (i = 0; i < node->v.element.children.length; i++) {
		size_t ka, kl;

		count_fill(ct, node->v.element.children.data[i], &ka, &kl);
		a += ka;
		l += kl;
	}
	if (is_dropped_tag(node->v.element.tag))
		a = l = 0;
	else if (node->v.element.tag == GUMBO_TAG_A)
		l = a;
	sl = count_slot(ct, node);
	sl->node = node;
	sl->all = *all = a;
	sl->linked = *linked = l;
}

static void
counts_init(struct counts *ct, const GumboNode *root)
{
	size_t n = count_elements(root), cap = 16, a, l;

	while (cap < 2 * n)
		cap *= 2;
	ct->slot = xcalloc(cap, sizeof *ct->slot);
	ct->mask = cap - 1;
	count_fill(ct, root, &a, &l);
}

/* The text under node, all of it and the part inside links. */
static void
count_text(const struct counts *ct, const GumboNode *node, size_t *all,
           size_t *linked)
{
	const struct count_slot *sl;

	*all = *linked = 0;
	if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
		*all = strlen(node->v.text.text);
		return;
	}
	if (node->type != GUMBO_NODE_ELEMENT)
		return;
	sl = count_slot(ct, node);
	*all = sl->all;
	*linked = sl->linked;
}

static double
link_density(const struct counts *ct, const GumboNode *e)
{
	size_t all, linked;

	count_text(ct, e, &all, &linked);
	return all ? (double)linked / (double)all : 0.0;
}

/* Whether element e is page furniture, to leave out with all it holds. */
static bool
is_furniture(const struct counts *ct, const GumboNode *e)
{
	GumboTag t = e->v.element.tag;
	const char *role = attr(e, "role"), *hidden = attr(e, "aria-hidden");
	const GumboNode *h;

	if (is_dropped_tag(t) || attr(e, "hidden") != NULL)
		return true;
	if (hidden != NULL && strcasecmp(hidden, "true") == 0)
		return true;
	if (role != NULL &&
	    in_list(role, strlen(role), furniture_roles,
	            sizeof furniture_roles / sizeof furniture_roles[0]))
		return true;
	if (t != GUMBO_TAG_BODY && t != GUMBO_TAG_HTML &&
	    (has_furniture_word(attr(e, "class")) ||
	     has_furniture_word(attr(e, "id"))))
		return true;
	if ((t == GUMBO_TAG_UL || t == GUMBO_TAG_OL) &&
	    link_density(ct, e) > LIST_LINK_DENSITY)
		return true;
	if ((t == GUMBO_TAG_SECTION || t == GUMBO_TAG_DIV) &&
	    (h = first_heading(e)) != NULL) {
		char *ht = text_of(h);
		bool related = is_related_text(ht);

		free(ht);
		return related;
	}
	if (is_heading(t)) {
		char *ht = text_of(e);
		bool related = is_related_text(ht) && strlen(ht) < 40;

		free(ht);
		return related;
	}
	return false;
}

/* ---- paragraphs ------------------------------------------------------ */

struct emit {
	struct sbuf out;	/* paragraphs so far */
	struct sbuf cur;	/* the paragraph being built */
	bool space;		/* white space pending in cur */
	size_t npara;
	const struct counts *ct;
};

static void
flush(struct emit *em)
{
	while (em->cur.n > 0 && (em->cur.p[em->cur.n - 1] == ' ' ||
	                         em->cur.p[em->cur.n - 1] == '\n'))
		em->cur.n--;
	em->space = false;
	if (em->cur.n == 0)
		return;
	if (em->npara > 0)
		sb_put(&em->out, "\n\n", 2);
	sb_put(&em->out, em->cur.p, em->cur.n);
	em->npara++;
	em->cur.n = 0;
}

static void
put_text(struct emit *em, const char *s)
{
	size_t i, n = strlen(s);

	for (i = 0; i < n; i++) {
		if (is_space_byte(s[i]) ||
		    (i + 1 < n && (uint8_t)s[i] == 0xC2 &&
		     (uint8_t)s[i + 1] == 0xA0)) {
			if ((uint8_t)s[i] == 0xC2)
				i++;
			em->space = true;
			continue;
		}
		if (em->space && em->cur.n > 0 &&
		    em->cur.p[em->cur.n - 1] != '\n')
			sb_put(&em->cur, " ", 1);
		em->space = false;
		sb_put(&em->cur, s + i, 1);
	}
}

static void
line_break(struct emit *em)
{
	while (em->cur.n > 0 && em->cur.p[em->cur.n - 1] == ' ')
		em->cur.n--;
	em->space = false;
	if (em->cur.n == 0)
		return;
	if (em->cur.p[em->cur.n - 1] == '\n') {
		flush(em);	/* two breaks in a row end a paragraph */
		return;
	}
	sb_put(&em->cur, "\n", 1);
}

static bool
is_block(GumboTag t)
{
	switch (t) {
	case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
	case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
	case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
	case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
	case GUMBO_TAG_DD: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
	case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
	case GUMBO_TAG_TH: case GUMBO_TAG_PRE: case GUMBO_TAG_ADDRESS:
	case GUMBO_TAG_HR: case GUMBO_TAG_BODY: case GUMBO_TAG_H1:
	case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
	case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_CAPTION:
		return true;
	default:
		return false;
	}
}

static void
emit_node(struct emit *em, const GumboNode *node)
{
	GumboTag t;
	size_t i;

	if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
	    node->type == GUMBO_NODE_WHITESPACE) {
		put_text(em, node->v.text.text);
		return;
	}
	if (node->type != GUMBO_NODE_ELEMENT || is_furniture(em->ct, node))
		return;
	t = node->v.element.tag;
	if (t == GUMBO_TAG_BR) {
		line_break(em);
		return;
	}
	if (is_block(t))
		flush(em);
	for (i = 0; i < node->v.element.children.length; i++)
		emit_node(em, node->v.element.children.data[i]);
	if (is_block(t))
		flush(em);
}

/* ---- the article's block ------------------------------------------- */

static bool
is_para_tag(GumboTag t)
{
	return t == GUMBO_TAG_P || t == GUMBO_TAG_PRE ||
	       t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_LI;
}

/* Text in paragraphs that are children of e (and its own text nodes),
 * each weighed by the share of it outside links. */
static double
direct_text(const struct counts *ct, const GumboNode *e)
{
	const GumboVector *c = &e->v.element.children;
	double sum = 0;
	size_t i;

	for (i = 0; i < c->length; i++) {
		const GumboNode *k = c->data[i];

		if (k->type == GUMBO_NODE_TEXT)
			sum += (double)strlen(k->v.text.text);
		else if (k->type == GUMBO_NODE_ELEMENT &&
		         is_para_tag(k->v.element.tag) &&
		         !is_furniture(ct, k)) {
			size_t all, linked;

			count_text(ct, k, &all, &linked);
			sum += (double)(all - linked);
		}
	}
	return sum;
}

struct best {
	const GumboNode *node;
	double score;
	const GumboNode *article;
	size_t article_chars;
	const struct counts *ct;
};

static void
find_best(const GumboNode *e, struct best *b)
{
	const GumboVector *c;
	double score;
	size_t i;

	if (e->type != GUMBO_NODE_ELEMENT || is_furniture(b->ct, e))
		return;
	c = &e->v.element.children;
	score = direct_text(b->ct, e);
	for (i = 0; i < c->length; i++) {
		const GumboNode *k = c->data[i];

		if (k->type == GUMBO_NODE_ELEMENT &&
		    !is_para_tag(k->v.element.tag) && !is_furniture(b->ct, k))
			score += direct_text(b->ct, k) / 2;
	}
	if (score > b->score) {
		b->score = score;
		b->node = e;
	}
	if (e->v.element.tag == GUMBO_TAG_ARTICLE) {
		size_t all, linked;

		count_text(b->ct, e, &all, &linked);
		if (all - linked > b->article_chars) {
			b->article_chars = all - linked;
			b->article = e;
		}
	}
	for (i = 0; i < c->length; i++)
		find_best(c->data[i], b);
}

/* ---- metadata ------------------------------------------------------ */

struct meta {
	char *ld_title, *ld_byline, *ld_outlet, *ld_date, *ld_body, *ld_url;
	char *og_title, *og_outlet, *og_url, *m_byline, *m_date, *canonical;
	char *doc_title, *h1;
};

static void
set_once(char **dst, const char *v)
{
	if (*dst == NULL && v != NULL) {
		char *c = collapse(v, strlen(v));

		if (*c != '\0')
			*dst = c;
		else
			free(c);
	}
}

static bool
is_article_type(const char *t)
{
	static const char *const types[] = {
		"NewsArticle", "Article", "ReportageNewsArticle",
		"AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting",
		"BackgroundNewsArticle", "ReviewNewsArticle", "Report",
		"LiveBlogPosting",
	};
	size_t i;

	if (t == NULL)
		return false;
	if (strncmp(t, "http://schema.org/", 18) == 0)
		t += 18;
	else if (strncmp(t, "https://schema.org/", 19) == 0)
		t += 19;
	for (i = 0; i < sizeof types / sizeof types[0]; i++)
		if (strcmp(t, types[i]) == 0)
			return true;
	return false;
}

static bool
has_article_type(const struct jsonread_value *v)
{
	const struct jsonread_value *t = jsonread_get(v, "@type");
	size_t i;

	if (t == NULL)
		return false;
	if (t->type == JSONREAD_STRING)
		return is_article_type(t->str);
	if (t->type == JSONREAD_ARRAY)
		for (i = 0; i < t->n; i++)
			if (is_article_type(jsonread_str(&t->items[i])))
				return true;
	return false;
}

static const struct jsonread_value *
find_ld_article(const struct jsonread_value *v, int depth)
{
	const struct jsonread_value *r;
	size_t i;

	if (v == NULL || depth > JSONLD_MAX_DEPTH)
		return NULL;
	if (v->type == JSONREAD_OBJECT && has_article_type(v))
		return v;
	if (v->type != JSONREAD_OBJECT && v->type != JSONREAD_ARRAY)
		return NULL;
	for (i = 0; i < v->n; i++)
		if ((r = find_ld_article(&v->items[i], depth + 1)) != NULL)
			return r;
	return NULL;
}

/* A name: a string, or an object's "name", or a list of them joined. */
static char *
ld_names(const struct jsonread_value *v)
{
	struct sbuf b = { 0 };
	const char *s;
	size_t i;

	if (v == NULL)
		return NULL;
	if ((s = jsonread_str(v)) != NULL)
		return xstrdup(s);
	if (v->type == JSONREAD_OBJECT) {
		s = jsonread_str(jsonread_get(v, "name"));
		return s ? xstrdup(s) : NULL;
	}
	if (v->type != JSONREAD_ARRAY)
		return NULL;
	for (i = 0; i < v->n; i++) {
		char *one = ld_names(&v->items[i]);

		if (one == NULL)
			continue;
		if (b.n > 0)
			sb_put(&b, i + 1 == v->n ? " and " : ", ", i + 1 == v->n
			                                            ? 5 : 2);
		sb_put(&b, one, strlen(one));
		free(one);
	}
	return b.p;
}

static void
read_json_ld(const GumboNode *script, struct meta *m)
{
	struct sbuf b = { 0 };
	struct jsonread_value *root;
	const struct jsonread_value *art;
	char *s;

	raw_text(script, &b);
	if (b.p == NULL)
		return;
	root = jsonread_parse((const uint8_t *)b.p, b.n);
	free(b.p);
	art = find_ld_article(root, 0);
	if (art != NULL && m->ld_title == NULL) {
		const struct jsonread_value *main_e =
		        jsonread_get(art, "mainEntityOfPage");

		set_once(&m->ld_title, jsonread_str(jsonread_get(art,
		                                                 "headline")));
		s = ld_names(jsonread_get(art, "author"));
		set_once(&m->ld_byline, s);
		free(s);
		s = ld_names(jsonread_get(art, "publisher"));
		set_once(&m->ld_outlet, s);
		free(s);
		set_once(&m->ld_date,
		         jsonread_str(jsonread_get(art, "datePublished")));
		set_once(&m->ld_url, jsonread_str(jsonread_get(art, "url")));
		set_once(&m->ld_url, jsonread_str(main_e));
		set_once(&m->ld_url,
		         jsonread_str(jsonread_get(main_e, "@id")));
		s = (char *)jsonread_str(jsonread_get(art, "articleBody"));
		if (s != NULL && m->ld_body == NULL)
			m->ld_body = xstrdup(s);
	}
	jsonread_free(root);
}

static void
read_meta(const GumboNode *node, struct meta *m)
{
	const GumboVector *c;
	size_t i;

	if (node->type != GUMBO_NODE_ELEMENT)
		return;
	switch (node->v.element.tag) {
	case GUMBO_TAG_META: {
		const char *p = attr(node, "property"), *n = attr(node, "name");
		const char *v = attr(node, "content");
		const char *key = p ? p : n;

		if (key == NULL || v == NULL)
			break;
		if (strcasecmp(key, "og:title") == 0)
			set_once(&m->og_title, v);
		else if (strcasecmp(key, "og:site_name") == 0 ||
		         strcasecmp(key, "application-name") == 0)
			set_once(&m->og_outlet, v);
		else if (strcasecmp(key, "og:url") == 0)
			set_once(&m->og_url, v);
		else if (strcasecmp(key, "author") == 0 ||
		         strcasecmp(key, "byl") == 0 ||
		         (strcasecmp(key, "article:author") == 0 &&
		          strncmp(v, "http", 4) != 0))
			set_once(&m->m_byline, v);
		else if (strcasecmp(key, "article:published_time") == 0 ||
		         strcasecmp(key, "date") == 0 ||
		         strcasecmp(key, "pubdate") == 0 ||
		         strcasecmp(key, "publish-date") == 0 ||
		         strcasecmp(key, "dc.date") == 0)
			set_once(&m->m_date, v);
		break;
	}
	case GUMBO_TAG_LINK: {
		const char *rel = attr(node, "rel");

		if (rel != NULL && strcasecmp(rel, "canonical") == 0)
			set_once(&m->canonical, attr(node, "href"));
		break;
	}
	case GUMBO_TAG_SCRIPT: {
		const char *type = attr(node, "type");

		if (type != NULL &&
		    strcasecmp(type, "application/ld+json") == 0)
			read_json_ld(node, m);
		return;
	}
	case GUMBO_TAG_TITLE:
		if (m->doc_title == NULL)
			m->doc_title = text_of(node);
		return;
	case GUMBO_TAG_H1:
		if (m->h1 == NULL)
			m->h1 = text_of(node);
		return;
	default:
		break;
	}
	c = &node->v.element.children;
	for (i = 0; i < c->length; i++)
		read_meta(c->data[i], m);
}

static char *
first_of(char **a, char **b, char **c, char **d)
{
	char **all[] = { a, b, c, d };
	char *r = NULL;
	size_t i;

	for (i = 0; i < 4; i++) {
		if (all[i] == NULL || *all[i] == NULL)
			continue;
		if (r == NULL)
			r = *all[i];
		else
			free(*all[i]);
		*all[i] = NULL;
	}
	return r;
}

/* ---- public -------------------------------------------------------- */

bool
page_is_html(const uint8_t *s, size_t n)
{
	/* The WHATWG MIME Sniffing Standard's HTML patterns: each tag name
	 * must end with a space or '>'. */
	static const char *const tags[] = {
		"<!doctype html", "<html", "<head", "<script", "<iframe",
		"<h1", "<div", "<font", "<table", "<a", "<style", "<title",
		"<b", "<body", "<br", "<p", "<!--", "<meta", "<article",
	};
	size_t i = 0, k;

	if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < n && is_space_byte((char)s[i]))
		i++;
	for (k = 0; k < sizeof tags / sizeof tags[0]; k++) {
		size_t len = strlen(tags[k]);

		if (n - i > len &&
		    strncasecmp((const char *)s + i, tags[k], len) == 0 &&
		    (s[i + len] == ' ' || s[i + len] == '>' ||
		     (k == 16 && s[i + len] != '\0')))	/* "<!--" */
			return true;
	}
	return false;
}

/* Elements that never have an end tag, so never nest. */
static bool
is_void_tag(const uint8_t *t, size_t n)
{
	static const char *const tags[] = {
		"area", "base", "br", "col", "embed", "hr", "img", "input",
		"link", "meta", "param", "source", "track", "wbr",
	};
	size_t k;

	for (k = 0; k < sizeof tags / sizeof tags[0]; k++)
		if (strlen(tags[k]) == n &&
		    strncasecmp((const char *)t, tags[k], n) == 0)
			return true;
	return false;
}

bool
page_is_too_deep(const uint8_t *s, size_t n)
{
	size_t i = 0, depth = 0;

	while (i < n) {
		const uint8_t *lt = memchr(s + i, '<', n - i);
		size_t name, len;
		bool end;

		if (lt == NULL)
			break;
		i = (size_t)(lt - s) + 1;
		end = i < n && s[i] == '/';
		name = i + end;
		for (len = 0; name + len < n && isalnum(s[name + len]); len++)
			;
		if (len == 0 || (name == i && !isalpha(s[name])))
			continue;
		if (end) {
			depth -= depth > 0;
			continue;
		}
		if (is_void_tag(s + name, len))
			continue;
		{
			const uint8_t *gt = memchr(s + name, '>', n - name);

			if (gt != NULL && gt > s + name && gt[-1] == '/')
				continue;	/* <x/> */
		}
		if (++depth > PAGE_MAX_DEPTH)
			return true;
	}
	return false;
}

void
page_extract(const uint8_t *s, size_t n, struct page *p)
{
	GumboOutput *g;
	struct meta m = { 0 };
	struct best b = { 0 };
	struct emit em = { 0 };
	const GumboNode *box;
	char *title;
	GumboOptions opt = kGumboDefaultOptions;
	struct counts ct;

	memset(p, 0, sizeof *p);
	/* Parse errors are not read, and gumbo copies the stack of open
	 * elements into each: quadratic in a page's nesting. */
	opt.max_errors = 0;
	g = gumbo_parse_with_options(&opt, (const char *)s, n);
	counts_init(&ct, g->root);
	b.ct = em.ct = &ct;
	read_meta(g->root, &m);
	find_best(g->root, &b);
	if (b.article != NULL && b.article_chars >= ARTICLE_MIN_CHARS) {
		box = b.article;
		p->source = PAGE_FROM_ARTICLE;
	} else {
		box = b.node ? b.node : g->root;
		p->source = PAGE_FROM_DENSITY;
	}
	/* A <title> alone is no headline: it often holds the site's name,
	 * and the text's own first line is a better guess. */
	p->headline_first = m.ld_title || m.og_title || m.h1;
	title = first_of(&m.ld_title, &m.og_title, &m.h1, &m.doc_title);
	emit_node(&em, box);
	flush(&em);
	if (m.ld_body != NULL &&
	    (double)em.out.n < JSONLD_BODY_SHARE * (double)strlen(m.ld_body)) {
		const char *q = m.ld_body;

		em.out.n = 0;
		em.npara = 0;
		while (*q != '\0') {
			const char *nl = strchr(q, '\n');
			size_t k = nl ? (size_t)(nl - q) : strlen(q);
			char *line = collapse(q, k);

			em.cur.n = 0;
			sb_put(&em.cur, line, strlen(line));
			free(line);
			flush(&em);
			q += k + (nl != NULL);
		}
		p->source = PAGE_FROM_JSONLD;
	}
	/* The headline first, unless the body already begins with it. */
	if (p->headline_first && (em.out.p == NULL ||
	                      strncmp(em.out.p, title, strlen(title)) != 0 ||
	                      (em.out.p[strlen(title)] != '\0' &&
	                       em.out.p[strlen(title)] != '\n'))) {
		struct sbuf t = { 0 };

		sb_put(&t, title, strlen(title));
		if (em.out.n > 0) {
			sb_put(&t, "\n\n", 2);
			sb_put(&t, em.out.p, em.out.n);
		}
		free(em.out.p);
		em.out = t;
	}
	if (em.out.p == NULL)
		sb_put(&em.out, "", 0);
	p->text = (uint8_t *)em.out.p;
	p->len = em.out.n;
	p->title = title;
	p->byline = first_of(&m.ld_byline, &m.m_byline, NULL, NULL);
	p->outlet = first_of(&m.ld_outlet, &m.og_outlet, NULL, NULL);
	p->date = first_of(&m.ld_date, &m.m_date, NULL, NULL);
	p->url = first_of(&m.og_url, &m.canonical, &m.ld_url, NULL);
	free(em.cur.p);
	free(m.ld_body);
	free(ct.slot);
	gumbo_destroy_output(&opt, g);
}

void
page_fini(struct page *p)
{
	free(p->text);
	free(p->title);
	free(p->byline);
	free(p->outlet);
	free(p->date);
	free(p->url);
	memset(p, 0, sizeof *p);
}
