// Integer division by zero: Go 1.7's "integer divide by zero" panic.
#include "textflag.h"

// Results are zeroed on entry, as Go's compiler did, so that the
// traceback's argument words are the same in every build.

// func div(a, b int32) int32
TEXT ·div(SB), $0-12
	MOVL	$0, ret+8(FP)
	MOVL	a+0(FP), AX
	CDQ
	IDIVL	b+4(FP)
	MOVL	AX, ret+8(FP)
	RET

TEXT ·main(SB), $12-0
	MOVL	$1, 0(SP)
	MOVL	$0, 4(SP)
	CALL	·div(SB)
	RET
