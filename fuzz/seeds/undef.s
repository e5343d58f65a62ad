#include "textflag.h"
#define N 8
#undef N
#ifdef N
TEXT ·bad(SB), NOSPLIT, $0
#else
#define N 16
#endif
#undef NOSUCH
TEXT ·f(SB), NOSPLIT, $N-4
	MOVL	x+0(FP), AX
	RET
