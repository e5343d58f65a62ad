#include "in.s"
TEXT ·f(SB), $0
	RET
