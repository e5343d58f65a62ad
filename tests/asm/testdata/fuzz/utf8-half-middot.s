TEXT Â·f(SB), $0
	MOVL	Â(SB), AX
	RET
