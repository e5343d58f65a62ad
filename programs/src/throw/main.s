// throw from Go code: "fatal error: ..." and a traceback from its caller,
// status 2; nothing after it runs.
#include "textflag.h"

DATA msg<>+0(SB)/8, $"all gone"
GLOBL msg<>(SB), RODATA, $8

// func f(a, b int32)
TEXT ·f(SB), $8-8
	MOVL	$msg<>(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$8, 4(SP)
	CALL	runtime·throw(SB)
	CALL	runtime·printnl(SB)
	RET

TEXT ·main(SB), $8-0
	MOVL	$1, 0(SP)
	MOVL	$2, 4(SP)
	CALL	·f(SB)
	CALL	runtime·printnl(SB)
	RET
