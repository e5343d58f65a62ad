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

// down: DX = f; D = SP - stackguard0 on entry. At D = 8 a call enters its
// callee at stackguard0+4: f is called. Otherwise down goes deeper, by
// 1028, 68 or 4 bytes (through drop1024, drop64 or itself), never past
// D = 8, and a few dozen frames at most. Each level's check uses CX (and
// AX) only, so DX survives.
TEXT ·down(SB), NEEDCTXT, $0-0
	get_tls(CX)
	MOVL	g(CX), CX
	MOVL	SP, AX
	SUBL	g_stackguard0(CX), AX
	CMPL	AX, $8
	JEQ	edge
	CMPL	AX, $1036
	JGE	big
	CMPL	AX, $76
	JGE	mid
	CALL	·down(SB)
	RET
big:
	CALL	·drop1024(SB)
	RET
mid:
	CALL	·drop64(SB)
	RET
edge:
	CALL	0(DX)
	RET

TEXT ·drop1024(SB), NEEDCTXT, $1020-0
	CALL	·down(SB)
	RET

TEXT ·drop64(SB), NEEDCTXT, $60-0
	CALL	·down(SB)
	RET
