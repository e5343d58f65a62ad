TEXT ·f(SB), $0
	MOVL	a�·b(SB), AX
	RET
