// runtime.exit(3) ends the process at once with status 3, from deep in a
// recursion on another segment; what would follow never prints.
#include "textflag.h"

// func f(n uint32): recurses n levels, then exit(3)
TEXT ·f(SB), $4-4
	MOVL	n+0(FP), AX
	TESTL	AX, AX
	JEQ	out
	DECL	AX
	MOVL	AX, 0(SP)
	CALL	·f(SB)
	RET
out:
	MOVL	$3, 0(SP)
	CALL	runtime·exit(SB)
	CALL	runtime·printnl(SB)
	RET

TEXT ·main(SB), $4-0
	CALL	runtime·printsp(SB)
	MOVL	$10000, 0(SP)
	CALL	·f(SB)
	CALL	runtime·printnl(SB)
	RET
