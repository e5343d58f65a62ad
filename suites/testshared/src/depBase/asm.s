// depBase's asm.s, as in Go's testshared: a function written in assembly,
// which exe defers.
#include "textflag.h"

TEXT ·ImplementedInAsm(SB), NOSPLIT, $0-0
	RET
