// depRec: deep recursion inside a shared library, and recursion that
// crosses between modules on every level.
#include "textflag.h"

// func Sum(n uint32) uint32: n + Sum(n-1), one 16-byte frame per level
TEXT ·Sum(SB), $8-8
	MOVL	n+0(FP), AX
	TESTL	AX, AX
	JNE	rec
	MOVL	$0, ret+4(FP)
	RET
rec:
	DECL	AX
	MOVL	AX, 0(SP)
	CALL	·Sum(SB)
	MOVL	4(SP), AX
	ADDL	n+0(FP), AX
	MOVL	AX, ret+4(FP)
	RET

// func Ping(n uint32, pong func(uint32) uint32) uint32:
// 0 if n == 0, else 1 + pong(n-1), pong being a closure of another module
TEXT ·Ping(SB), $8-12
	MOVL	n+0(FP), AX
	TESTL	AX, AX
	JNE	rec
	MOVL	$0, ret+8(FP)
	RET
rec:
	DECL	AX
	MOVL	AX, 0(SP)
	MOVL	pong+4(FP), DX
	CALL	0(DX)
	MOVL	4(SP), AX
	INCL	AX
	MOVL	AX, ret+8(FP)
	RET
