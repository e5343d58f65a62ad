// A function of a shared library (depBottom.Add) whose very first act, called
// from this module, is to split: its morestack call must set BX to its
// own module's GOT, which the pre-fix assembler (-bug=15916-morestack) did
// not: the library's PLT then jumps through this module's GOT.
#include "textflag.h"

DATA callv<>+0(SB)/4, $main·call(SB)
GLOBL callv<>(SB), RODATA, $4
GLOBL ·sum(SB), NOPTR, $4

// call: NOSPLIT at the edge, so Add starts 12 bytes below stackguard0
TEXT ·call(SB), NOSPLIT, $12-0
	MOVL	$40, 0(SP)
	MOVL	$2, 4(SP)
	CALL	depBottom·Add(SB)
	MOVL	8(SP), AX
	MOVL	AX, ·sum(SB)
	RET

TEXT ·main(SB), $8-0
	MOVL	$callv<>(SB), AX
	MOVL	AX, 0(SP)
	CALL	stk·AtEdge(SB)
	MOVL	·sum(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET
