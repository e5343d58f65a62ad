// Recursion 100,000 frames deep through small segments: in this module,
// inside a shared library (depRec), and back and forth between the two.
#include "textflag.h"

DATA pong<>+0(SB)/4, $main·pong(SB)
GLOBL pong<>(SB), RODATA, $4

// func sum(n uint32) uint32: n + sum(n-1)
TEXT ·sum(SB), $8-8
	MOVL	n+0(FP), AX
	TESTL	AX, AX
	JNE	rec
	MOVL	$0, ret+4(FP)
	RET
rec:
	DECL	AX
	MOVL	AX, 0(SP)
	CALL	·sum(SB)
	MOVL	4(SP), AX
	ADDL	n+0(FP), AX
	MOVL	AX, ret+4(FP)
	RET

// func pong(n uint32) uint32: depRec.Ping(n, pong), a closure (NEEDCTXT)
TEXT ·pong(SB), NEEDCTXT, $12-8
	MOVL	n+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	DX, 4(SP)
	CALL	depRec·Ping(SB)
	MOVL	8(SP), AX
	MOVL	AX, ret+4(FP)
	RET

// func pu(v uint32): println(v)
TEXT ·pu(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printuint(SB)
	CALL	runtime·printnl(SB)
	RET

TEXT ·main(SB), $12-0
	// 100000*100001/2 mod 2^32 = 705082704, twice
	MOVL	$100000, 0(SP)
	CALL	·sum(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·pu(SB)
	MOVL	$100000, 0(SP)
	CALL	depRec·Sum(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·pu(SB)
	// 200000 levels, alternately here and in depRec: 100000 Pings add 1 each
	MOVL	$100000, 0(SP)
	MOVL	$pong<>(SB), DX
	CALL	·pong(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·pu(SB)
	// and again, now that the segments are cached
	MOVL	$100000, 0(SP)
	CALL	·sum(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·pu(SB)
	// what GC gives back: the cached segments beyond the few kept
	CALL	runtime·GC(SB)
	RET
