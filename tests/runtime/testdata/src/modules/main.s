// Calls and global data across three modules: this program, dep2 and
// depBase (and the runtime, a fourth). Static and shared builds print the
// same.
#include "textflag.h"

GLOBL ·counter(SB), NOPTR, $4

// The closure passed to dep2.Apply: {code, factor}.
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
	MOVL	depBase·V(SB), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	// Write it here, read it there: 5.
	MOVL	$5, depBase·V(SB)
	CALL	depBase·F(SB)
	CALL	·p(SB)
	// Two modules down and back: depBase.F()+1 = 6.
	CALL	dep2·G(SB)
	CALL	·p(SB)
	// One address, whoever takes it: here, in depBase, in dep2, in
	// dep2's data.
	CALL	depBase·Ptr(SB)
	MOVL	0(SP), AX
	MOVL	$depBase·V(SB), BX
	CMPL	AX, BX
	SETEQ	0(SP)
	CALL	·pb(SB)
	CALL	dep2·Addr(SB)
	MOVL	0(SP), AX
	MOVL	$depBase·V(SB), BX
	CMPL	AX, BX
	SETEQ	0(SP)
	CALL	·pb(SB)
	MOVL	dep2·W(SB), AX
	MOVL	$depBase·V(SB), BX
	CMPL	AX, BX
	SETEQ	0(SP)
	CALL	·pb(SB)
	// Written through that address by dep2: 42.
	MOVL	$depBase·V(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$42, 4(SP)
	CALL	dep2·Set(SB)
	MOVL	depBase·V(SB), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	// main -> dep2 -> depBase: Twice(21) = 42.
	MOVL	$21, 0(SP)
	CALL	dep2·Twice(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	// A closure of this module called from dep2: Apply(scale, 6) = 42.
	MOVL	$scale<>(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$6, 4(SP)
	CALL	dep2·Apply(SB)
	MOVL	8(SP), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	// This module's own variable: 2 after two increments.
	INCL	·counter(SB)
	INCL	·counter(SB)
	MOVL	·counter(SB), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	CALL	depBase·ImplementedInAsm(SB)
	RET
