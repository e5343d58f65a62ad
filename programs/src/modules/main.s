// Calls and global data across three modules: this program, depMiddle and
// depBottom (and the runtime, a fourth). Static and shared builds print the
// same.
#include "textflag.h"

GLOBL ·counter(SB), NOPTR, $4

// The closure passed to depMiddle.Apply: {code, factor}.
DATA scale<>+0(SB)/4, $main·mul(SB)
DATA scale<>+4(SB)/4, $7
GLOBL scale<>(SB), $8

// func mul(x int32) int32: x * the factor captured in the funcval
TEXT ·mul(SB), NEEDCTXT, $0-8
	MOVL	x+0(FP), AX
	IMULL	4(DX), AX
	MOVL	AX, ret+4(FP)
	RET

// func p(v int32): println(v)
TEXT ·p(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET

// func pb(b bool): println(b)
TEXT ·pb(SB), $4-4
	MOVL	b+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	RET

TEXT ·main(SB), $16-0
	// Read another module's variable: 1.
	MOVL	depBottom·V(SB), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	// Write it here, read it there: 5.
	MOVL	$5, depBottom·V(SB)
	CALL	depBottom·F(SB)
	CALL	·p(SB)
	// Two modules down and back: depBottom.F()+1 = 6.
	CALL	depMiddle·G(SB)
	CALL	·p(SB)
	// One address, whoever takes it: here, in depBottom, in depMiddle, in
	// depMiddle's data.
	CALL	depBottom·Ptr(SB)
	MOVL	0(SP), AX
	MOVL	$depBottom·V(SB), BX
	CMPL	AX, BX
	SETEQ	0(SP)
	CALL	·pb(SB)
	CALL	depMiddle·Addr(SB)
	MOVL	0(SP), AX
	MOVL	$depBottom·V(SB), BX
	CMPL	AX, BX
	SETEQ	0(SP)
	CALL	·pb(SB)
	MOVL	depMiddle·W(SB), AX
	MOVL	$depBottom·V(SB), BX
	CMPL	AX, BX
	SETEQ	0(SP)
	CALL	·pb(SB)
	// Written through that address by depMiddle: 42.
	MOVL	$depBottom·V(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$42, 4(SP)
	CALL	depMiddle·Set(SB)
	MOVL	depBottom·V(SB), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	// main -> depMiddle -> depBottom: Twice(21) = 42.
	MOVL	$21, 0(SP)
	CALL	depMiddle·Twice(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	// A closure of this module called from depMiddle: Apply(scale, 6) = 42.
	MOVL	$scale<>(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$6, 4(SP)
	CALL	depMiddle·Apply(SB)
	MOVL	8(SP), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	// This module's own variable: 2 after two increments.
	INCL	·counter(SB)
	INCL	·counter(SB)
	MOVL	·counter(SB), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	CALL	depBottom·ImplementedInAsm(SB)
	RET
