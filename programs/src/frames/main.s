// Big frames (the LEAL check: 128 < frame <= 4096) and huge ones (the
// StackPreempt-aware check: frame > 4096), recursing through segments
// smaller than a huge frame. Each level marks the lowest and highest words
// of its frame and checks them after its call returns.
#include "textflag.h"

DATA bad<>+0(SB)/8, $"frame co"
DATA bad<>+8(SB)/8, $"rrupted\x00"
GLOBL bad<>(SB), RODATA, $16

// func big(n uint32) uint32: n + big(n-1), frame 3000
TEXT ·big(SB), $3000-8
	MOVL	n+0(FP), AX
	TESTL	AX, AX
	JNE	rec
	MOVL	$0, ret+4(FP)
	RET
rec:
	MOVL	AX, 8(SP)
	MOVL	AX, 2996(SP)
	DECL	AX
	MOVL	AX, 0(SP)
	CALL	·big(SB)
	MOVL	n+0(FP), AX
	CMPL	8(SP), AX
	JNE	corrupt
	CMPL	2996(SP), AX
	JNE	corrupt
	ADDL	4(SP), AX
	MOVL	AX, ret+4(FP)
	RET
corrupt:
	MOVL	$bad<>(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$15, 4(SP)
	CALL	runtime·throw(SB)
	RET

// func huge(n uint32) uint32: n + huge(n-1), frame 70000
TEXT ·huge(SB), $70000-8
	MOVL	n+0(FP), AX
	TESTL	AX, AX
	JNE	rec
	MOVL	$0, ret+4(FP)
	RET
rec:
	MOVL	AX, 8(SP)
	MOVL	AX, 69996(SP)
	DECL	AX
	MOVL	AX, 0(SP)
	CALL	·huge(SB)
	MOVL	n+0(FP), AX
	CMPL	8(SP), AX
	JNE	corrupt
	CMPL	69996(SP), AX
	JNE	corrupt
	ADDL	4(SP), AX
	MOVL	AX, ret+4(FP)
	RET
corrupt:
	MOVL	$bad<>(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$15, 4(SP)
	CALL	runtime·throw(SB)
	RET

// func small(n uint32) uint32: n + small(n-1), frame 8
TEXT ·small(SB), $8-8
	MOVL	n+0(FP), AX
	TESTL	AX, AX
	JNE	rec
	MOVL	$0, ret+4(FP)
	RET
rec:
	DECL	AX
	MOVL	AX, 0(SP)
	CALL	·small(SB)
	MOVL	4(SP), AX
	ADDL	n+0(FP), AX
	MOVL	AX, ret+4(FP)
	RET

// func mixed(n uint32) uint32: huge(1) + big(2) + small(3) at every level of
// a 100-deep recursion: huge segments cached and reused by small frames
TEXT ·mixed(SB), $12-8
	MOVL	n+0(FP), AX
	TESTL	AX, AX
	JNE	rec
	MOVL	$0, ret+4(FP)
	RET
rec:
	DECL	AX
	MOVL	AX, 0(SP)
	CALL	·mixed(SB)
	MOVL	4(SP), AX
	MOVL	AX, 8(SP)
	MOVL	$1, 0(SP)
	CALL	·huge(SB)
	MOVL	4(SP), AX
	ADDL	AX, 8(SP)
	MOVL	$2, 0(SP)
	CALL	·big(SB)
	MOVL	4(SP), AX
	ADDL	AX, 8(SP)
	MOVL	$3, 0(SP)
	CALL	·small(SB)
	MOVL	4(SP), AX
	ADDL	8(SP), AX
	MOVL	AX, ret+4(FP)
	RET

TEXT ·pu(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printuint(SB)
	CALL	runtime·printnl(SB)
	RET

TEXT ·main(SB), $8-0
	MOVL	$100, 0(SP)
	CALL	·big(SB)	// 5050
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·pu(SB)
	MOVL	$20, 0(SP)
	CALL	·huge(SB)	// 210
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·pu(SB)
	MOVL	$100, 0(SP)
	CALL	·mixed(SB)	// 100 * (1 + 3 + 6) = 1000
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·pu(SB)
	RET
