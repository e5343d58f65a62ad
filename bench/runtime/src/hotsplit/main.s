// Benchmark: the hot split. dive goes down the stack until SP is less
// than 128 bytes above stackguard0; there loop calls leaf N times, and
// leaf's 256-byte frame cannot fit, so every call fails its stack check:
// morestack, newstack (the next segment, cached after the first call),
// leaf on the new segment, then lessstack and oldstack back to loop. Each
// iteration is one split round trip. As Go 1.7's compiler wrote
//
//	func leaf(x uint32) uint32 { var buf [64]uint32; ...; return x + 1 }
//	func loop() { x := uint32(0); for x != N { x = leaf(x) }; total = x }
//
// plus a count, in leaf, of the calls that came through a split (their
// return address is runtime·lessstack). main prints N, total and that
// count: all three must be equal. dive reads g's stackguard0 the way the
// runtime's assembly does (go_tls.h); it only positions the loop.
// bench/runtime/run rewrites the #define N line to time two counts.
#include "go_asm.h"
#include "go_tls.h"
#include "textflag.h"

#define N 1000000

GLOBL ·total(SB), NOPTR, $4
GLOBL ·splits(SB), NOPTR, $4

// func leaf(x uint32) uint32
TEXT ·leaf(SB), $256-8
	MOVL	256(SP), AX	// the return address, above the frame
	MOVL	$runtime·lessstack(SB), BX
	CMPL	AX, BX
	JNE	2(PC)
	INCL	·splits(SB)
	MOVL	x+0(FP), AX
	INCL	AX
	MOVL	AX, ret+4(FP)
	RET

// func loop()
TEXT ·loop(SB), $12-0
	MOVL	$0, x-4(SP)
again:
	MOVL	x-4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·leaf(SB)
	MOVL	4(SP), AX
	MOVL	AX, x-4(SP)
	CMPL	AX, $N
	JNE	again
	MOVL	AX, ·total(SB)
	RET

// dive: 64 bytes deeper per level while SP is 128 or more bytes above
// stackguard0 (its own check never fails: it stops 64 bytes above), then
// loop. From there leaf's check, SP-128 against stackguard0, always fails.
TEXT ·dive(SB), $60-0
	get_tls(CX)
	MOVL	g(CX), CX
	MOVL	SP, AX
	SUBL	g_stackguard0(CX), AX
	CMPL	AX, $128
	JLT	edge
	CALL	·dive(SB)
	RET
edge:
	CALL	·loop(SB)
	RET

// func pu(v uint32): print(v)
TEXT ·pu(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printuint(SB)
	RET

TEXT ·main(SB), $8-0
	CALL	·dive(SB)
	CALL	runtime·printlock(SB)
	MOVL	$N, 0(SP)
	CALL	·pu(SB)
	CALL	runtime·printsp(SB)
	MOVL	·total(SB), AX
	MOVL	AX, 0(SP)
	CALL	·pu(SB)
	CALL	runtime·printsp(SB)
	MOVL	·splits(SB), AX
	MOVL	AX, 0(SP)
	CALL	·pu(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET
