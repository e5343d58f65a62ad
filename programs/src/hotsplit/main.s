// The hot split: a call at a segment boundary, in a loop. Every call
// splits; after the first, none maps or unmaps a segment
// (PIC386_STACK_STATS shows splits and mappings).
#include "textflag.h"

DATA loop<>+0(SB)/4, $main·loop(SB)
GLOBL loop<>(SB), RODATA, $4

GLOBL ·total(SB), NOPTR, $4

// func leaf(x uint32) uint32: x+1, with a frame, so its check fails
// at the edge
TEXT ·leaf(SB), $4-8
	MOVL	x+0(FP), AX
	INCL	AX
	MOVL	AX, 0(SP)
	MOVL	AX, ret+4(FP)
	RET

// func loop(): at the edge, 100000 calls of leaf
TEXT ·loop(SB), $12-0
	MOVL	$0, 8(SP)
again:
	MOVL	8(SP), AX
	MOVL	AX, 0(SP)
	CALL	·leaf(SB)
	MOVL	4(SP), AX
	MOVL	AX, 8(SP)
	CMPL	AX, $100000
	JNE	again
	MOVL	AX, ·total(SB)
	RET

TEXT ·main(SB), $8-0
	MOVL	$loop<>(SB), AX
	MOVL	AX, 0(SP)
	CALL	stk·AtEdge(SB)
	MOVL	·total(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printuint(SB)
	CALL	runtime·printnl(SB)
	RET
