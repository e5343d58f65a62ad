TEXT ·f(SB), $0
	RET

// the #ifdef below is never closed

TEXT ·g(SB), $0
	RET
#ifdef X
TEXT ·h(SB), $0
