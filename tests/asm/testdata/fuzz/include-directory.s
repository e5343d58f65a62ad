#include "."
TEXT ·f(SB), $0
	RET
