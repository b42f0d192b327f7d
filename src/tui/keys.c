/* keys.c - keys to actions, and the help drawn from the same table. */
#include "keys.h"

#include <curses.h>
#include <string.h>

#define CTRL(c) ((c) & 0x1f)
#define KEYS_MAX 4

struct keydef {
	enum action act;
	int keys[KEYS_MAX];	/* 0 ends the list */
	const char *help;
};

/* Keys follow less and vim where they have one. */
static const struct keydef keydefs[] = {
	{ ACT_DOWN, { 'j', KEY_DOWN, '\n', KEY_ENTER }, "scroll down a line" },
	{ ACT_UP, { 'k', KEY_UP }, "scroll up a line" },
	{ ACT_PAGE_DOWN, { ' ', KEY_NPAGE, CTRL('f') }, "scroll down a page" },
	{ ACT_PAGE_UP, { 'b', KEY_PPAGE, CTRL('b') }, "scroll up a page" },
	{ ACT_HOME, { 'g', KEY_HOME, '<' }, "go to the top" },
	{ ACT_END, { 'G', KEY_END, '>' }, "go to the bottom" },
	{ ACT_NEXT, { ']' }, "next aligned passage" },
	{ ACT_PREV, { '[', 'p' }, "previous aligned passage" },
	{ ACT_REPEAT, { 'n' }, "next match, or passage if no search" },
	{ ACT_REPEAT_BACK, { 'N' }, "previous match, or passage if no search" },
	{ ACT_NEXT_DIFFER, { 'f' }, "next passage whose figures differ" },
	{ ACT_PREV_DIFFER, { 'F' }, "previous passage whose figures differ" },
	{ ACT_SWITCH, { '\t' }, "switch which report leads" },
	{ ACT_SEARCH, { '/' }, "search both reports (/ Enter ends it)" },
	{ ACT_HIDDEN, { 'H' }, "show or hide boilerplate" },
	{ ACT_WORD_DIFF, { 'w' }, "mark or unmark the words that changed" },
	{ ACT_EXPORT, { 'e' }, "export the comparison to a file" },
	{ ACT_LEDGER, { 'L' }, "ledger: disagreements first; Enter goes" },
	{ ACT_CHANGES, { 'c' }, "two versions: what changed; Enter goes" },
	{ ACT_HELP, { '?', KEY_F(1) }, "this help" },
	{ ACT_REDRAW, { CTRL('l') }, "redraw the screen" },
	{ ACT_QUIT, { 'q', 'Q' }, "quit" },
};

#define NKEYDEFS (sizeof keydefs / sizeof *keydefs)

enum action
keys_action(int key)
{
	size_t i, k;

	for (i = 0; i < NKEYDEFS; i++)
		for (k = 0; k < KEYS_MAX && keydefs[i].keys[k] != 0; k++)
			if (keydefs[i].keys[k] == key)
				return keydefs[i].act;
	return ACT_NONE;
}

/* A key as the help names it. */
static const char *
label_of(int key, char *buf, size_t size)
{
	static const struct {
		int key;
		const char *name;
	} names[] = {
		{ KEY_DOWN, "Down" }, { KEY_UP, "Up" }, { '\n', "Enter" },
		{ KEY_NPAGE, "PgDn" }, { KEY_PPAGE, "PgUp" },
		{ KEY_HOME, "Home" }, { KEY_END, "End" }, { ' ', "Space" },
		{ '\t', "Tab" }, { KEY_F(1), "F1" },
	};
	size_t i;

	for (i = 0; i < sizeof names / sizeof *names; i++)
		if (names[i].key == key)
			return names[i].name;
	if (key > 0 && key < 0x20)
		snprintf(buf, size, "Ctrl-%c", key + '@');
	else
		snprintf(buf, size, "%c", key);
	return buf;
}

size_t
keys_help_count(void)
{
	return NKEYDEFS;
}

void
keys_help_line(size_t i, char *buf, size_t size)
{
	char keys[64] = "", one[16];
	size_t k;

	if (i >= NKEYDEFS) {
		if (size > 0)
			*buf = '\0';
		return;
	}
	for (k = 0; k < KEYS_MAX && keydefs[i].keys[k] != 0; k++) {
		/* KEY_ENTER is the keypad's Enter: named once. */
		if (keydefs[i].keys[k] == KEY_ENTER)
			continue;
		if (k > 0)
			strncat(keys, " ", sizeof keys - strlen(keys) - 1);
		strncat(keys, label_of(keydefs[i].keys[k], one, sizeof one),
		        sizeof keys - strlen(keys) - 1);
	}
	snprintf(buf, size, "  %-20s %s", keys, keydefs[i].help);
}

void
keys_print(FILE *f)
{
	char line[128];
	size_t i;

	for (i = 0; i < NKEYDEFS; i++) {
		keys_help_line(i, line, sizeof line);
		fprintf(f, "%s\n", line);
	}
}
