/* rc.c - message table for enum rc. */
#include "rc.h"

static const char *const rc_messages[] = {
#define RC_MSG(name, msg) msg,
	RC_LIST(RC_MSG)
#undef RC_MSG
};

const char *
rc_str(enum rc rc)
{
	if ((unsigned)rc >= RC_COUNT)
		return "unknown error";
	return rc_messages[rc];
}
