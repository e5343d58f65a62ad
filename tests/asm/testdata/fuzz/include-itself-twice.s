#include "f.s"
#include "f.s"
TEXT ·f(SB), $0
	RET
