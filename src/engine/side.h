/* side.h - the two reports of a comparison: left and right.  Engine;
 * include from anywhere.
 *
 * Arrays indexed by side (a view's two panes) rely on the values 0 and
 * 1. */
#ifndef NEWSDIFF_SIDE_H
#define NEWSDIFF_SIDE_H

enum side { SIDE_LEFT, SIDE_RIGHT };

#define SIDE_OTHER(s) ((s) == SIDE_LEFT ? SIDE_RIGHT : SIDE_LEFT)

#endif
