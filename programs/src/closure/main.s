// A NEEDCTXT closure that splits: its funcval arrives in DX, morestack
// (not morestack_noctxt) must keep DX across the move to a new segment, and
// the closure reads what it captured after the split. 20000 levels deep
// through small segments, each level calling the closure it was given.
#include "textflag.h"

// The closure: {code, step}.
DATA add3<>+0(SB)/4, $main·addstep(SB)
DATA add3<>+4(SB)/4, $3
GLOBL add3<>(SB), RODATA, $8

// func addstep(n uint32) uint32: step + addstep(n-1), step from the
// funcval in DX, read after the prologue (which may have split) and again
// after the recursive call
TEXT ·addstep(SB), NEEDCTXT, $12-8
	MOVL	DX, 8(SP)
	MOVL	n+0(FP), AX
	TESTL	AX, AX
	JNE	rec
	MOVL	$0, ret+4(FP)
	RET
rec:
	DECL	AX
	MOVL	AX, 0(SP)
	CALL	0(DX)
	MOVL	8(SP), DX
	MOVL	4(SP), AX
	ADDL	4(DX), AX
	MOVL	AX, ret+4(FP)
	RET

TEXT ·main(SB), $8-0
	MOVL	$20000, 0(SP)
	MOVL	$add3<>(SB), DX
	CALL	0(DX)
	MOVL	4(SP), AX	// 60000
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printuint(SB)
	CALL	runtime·printnl(SB)
	RET
