// Includes itself under a guard that stops at 3 levels, then without one.
#ifndef LEVEL1
#define LEVEL1
#include "in.s"
#else
#ifndef LEVEL2
#define LEVEL2
#include "in.s"
#endif
#endif
#include "inc.h"
TEXT ·inc(SB), $0-4
	LOADX(AX)
	RET
