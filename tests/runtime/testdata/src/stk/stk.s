// stk: reaching the edge of a stack segment on purpose.
#include "go_asm.h"
#include "go_tls.h"
#include "textflag.h"

// func AtEdge(f func()): calls f so that it starts 4 bytes above
// stackguard0, the lowest SP at which its stack check still passes.
TEXT ·AtEdge(SB), $0-4
	MOVL	f+0(FP), DX
	CALL	·down(SB)
	RET

// down: DX = f. Goes 4 bytes deeper per level (its frame is empty and its
// check uses CX only, so DX survives) until a call made here enters its
// callee at stackguard0+4; then calls f there.
TEXT ·down(SB), NEEDCTXT, $0-0
	load_g(CX)
	MOVL	SP, AX
	SUBL	g_stackguard0(CX), AX
	CMPL	AX, $8
	JEQ	edge
	CALL	·down(SB)
	RET
edge:
	CALL	0(DX)
	RET
