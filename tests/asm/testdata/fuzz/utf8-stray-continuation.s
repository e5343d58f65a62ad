TEXT ·f(SB), $0
	MOVL	·�b(SB), AX
	RET
