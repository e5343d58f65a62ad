// depBottom: the bottom module. A variable others read, write and take the
// address of; functions others call.
#include "textflag.h"

DATA ·V+0(SB)/4, $1
GLOBL ·V(SB), $4

// func F() int32: V, read here
TEXT ·F(SB), $0-4
	MOVL	·V(SB), AX
	MOVL	AX, ret+0(FP)
	RET

// func Ptr() *int32: &V, as this module sees it
TEXT ·Ptr(SB), $0-4
	MOVL	$·V(SB), AX
	MOVL	AX, ret+0(FP)
	RET

// func Add(x, y int32) int32
TEXT ·Add(SB), $0-12
	MOVL	x+0(FP), AX
	ADDL	y+4(FP), AX
	MOVL	AX, ret+8(FP)
	RET

// func ImplementedInAsm(): as in Go's testshared
TEXT ·ImplementedInAsm(SB), NOSPLIT, $0-0
	RET
