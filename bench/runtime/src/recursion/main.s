// Benchmark: deep recursion through small segments. main runs R passes
// of sum(D), a recursion D frames deep; every frame takes 32 bytes of
// stack (a 28-byte frame and the return address), what the C peer's sum
// takes at -O2, so that both split after the same number of frames for a
// given segment size. The frames include the splits on the way down (one
// per segment, mapping a segment where none is cached) and the returns
// through lessstack on the way up. As Go 1.7's compiler wrote
//
//	func sum(n uint32) uint32 {
//		var pad [4]uint32 // 28-byte frame: 4+4 for the call, 16+4 of locals
//		if n == 0 { return 0 }
//		return n + sum(n-1)
//	}
//	func main() {
//		t := uint32(0)
//		for r := 0; r != R; r++ { t += sum(D) }
//		println(R*D, t)
//	}
//
// t is R*D*(D+1)/2 mod 2^32. Run it with a small PIC386_STACK_SEGMENT.
// bench/runtime/run rewrites the #define R line to time two counts.
#include "textflag.h"

#define D 100000
#define R 20

// func sum(n uint32) uint32
TEXT ·sum(SB), $28-8
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

// func pu(v uint32): print(v)
TEXT ·pu(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printuint(SB)
	RET

TEXT ·main(SB), $16-0
	MOVL	$0, t-4(SP)
	MOVL	$R, r-8(SP)
again:
	MOVL	$D, 0(SP)
	CALL	·sum(SB)
	MOVL	4(SP), AX
	ADDL	AX, t-4(SP)
	DECL	r-8(SP)
	JNE	again
	CALL	runtime·printlock(SB)
	MOVL	$(R*D), 0(SP)
	CALL	·pu(SB)
	CALL	runtime·printsp(SB)
	MOVL	t-4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·pu(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET
