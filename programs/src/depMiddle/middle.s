// depMiddle: the middle module; imports depBottom.
#include "textflag.h"

// W = &depBottom.V, a pointer in data that the loader relocates.
DATA ·W+0(SB)/4, $depBottom·V(SB)
GLOBL ·W(SB), $4

// func Addr() *int32: &depBottom.V as this module sees it
TEXT ·Addr(SB), $0-4
	MOVL	$depBottom·V(SB), AX
	MOVL	AX, ret+0(FP)
	RET

// func Set(p *int32, v int32)
TEXT ·Set(SB), $0-8
	MOVL	p+0(FP), AX
	MOVL	v+4(FP), CX
	MOVL	CX, (AX)
	RET

// func Twice(x int32) int32: depBottom.Add(x, x)
TEXT ·Twice(SB), $12-8
	MOVL	x+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	AX, 4(SP)
	CALL	depBottom·Add(SB)
	MOVL	8(SP), AX
	MOVL	AX, ret+4(FP)
	RET

// func Apply(f func(int32) int32, x int32) int32: f(x), f a closure
// from another module, called with its funcval in DX
TEXT ·Apply(SB), $8-12
	MOVL	x+4(FP), AX
	MOVL	AX, 0(SP)
	MOVL	f+0(FP), DX
	CALL	0(DX)
	MOVL	4(SP), AX
	MOVL	AX, ret+8(FP)
	RET

// func G() int32: depBottom.F() + 1, a call two modules down from main
TEXT ·G(SB), $4-4
	CALL	depBottom·F(SB)
	MOVL	0(SP), AX
	INCL	AX
	MOVL	AX, ret+0(FP)
	RET
