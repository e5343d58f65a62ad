// Unbounded recursion: past PIC386_STACK_LIMIT the runtime reports Go
// 1.7's stack overflow, traced from the function that wanted more stack
// (100 frames, then the rest elided), and exits with status 2.
#include "textflag.h"

// Results are zeroed on entry, as Go's compiler did, so that the
// traceback's argument words are the same in every build.

// func f(n uint32) uint32: f(n+1) + 1, forever
TEXT ·f(SB), $8-8
	MOVL	$0, ret+4(FP)
	MOVL	n+0(FP), AX
	INCL	AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)	// the callee that never starts has a result too
	CALL	·f(SB)
	MOVL	4(SP), AX
	INCL	AX
	MOVL	AX, ret+4(FP)
	RET

TEXT ·main(SB), $8-0
	MOVL	$0, 0(SP)
	CALL	·f(SB)
	RET
