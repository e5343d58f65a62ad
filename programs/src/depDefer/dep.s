// depDefer: defer inside a shared library (issue 15916's case: with
// jmpdefer's 5-byte rewind, a deferred call returns into the middle of
// the 16-byte CALL sequence and the PLT jumps through a garbage GOT).
#include "textflag.h"

DATA ·V+0(SB)/4, $1
GLOBL ·V(SB), $4

DATA empty<>+0(SB)/4, $depDefer·empty(SB)
GLOBL empty<>(SB), RODATA, $4

TEXT ·empty(SB), $0-0
	RET

// func F() int32 { defer func() {}(); return V }, the seed's depBase.F
TEXT ·F(SB), $8-4
	MOVL	$0, 0(SP)
	MOVL	$empty<>(SB), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	MOVL	·V(SB), AX
	MOVL	AX, r+0(FP)
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func Show(x int32): println("depDefer.Show", x)
DATA show<>+0(SB)/8, $"depDefer"
DATA show<>+8(SB)/8, $".Show \x00\x00"
GLOBL show<>(SB), RODATA, $16
TEXT ·Show(SB), $8-4
	MOVL	$show<>(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$14, 4(SP)
	CALL	runtime·printstring(SB)
	MOVL	x+0(FP), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET

// func Named() (r int32) { defer func() { r *= 2 }(); r = 21; return }
TEXT ·double(SB), NEEDCTXT, $0-0
	MOVL	4(DX), AX
	SHLL	$1, (AX)
	RET

TEXT ·Named(SB), $16-4
	MOVL	$depDefer·double(SB), AX
	MOVL	AX, 8(SP)
	LEAL	r+0(FP), AX
	MOVL	AX, 12(SP)
	MOVL	$0, 0(SP)
	LEAL	8(SP), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	MOVL	$21, r+0(FP)
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET
