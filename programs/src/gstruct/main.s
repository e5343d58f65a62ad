// g, as assembly sees it through TLS, with Go 1.7's offsets: main.main
// runs on a runtime-allocated segment [stack.lo, stack.hi) with
// stackguard0 = stack.lo + 2048 (= stackguard1), no defer or panic
// pending, and an m.
#include "go_asm.h"
#include "go_tls.h"
#include "textflag.h"

// func pb(b bool): println(b)
TEXT ·pb(SB), $4-4
	MOVL	b+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	RET

TEXT ·main(SB), $4-0
	// through the macros Go's runtime used
	get_tls(CX)
	MOVL	g(CX), BX
	// and as the prologue loads it: the same g
	MOVL	0(TLS), CX
	CMPL	BX, CX
	SETEQ	0(SP)
	CALL	·pb(SB)
	get_tls(BX)
	MOVL	g(BX), BX
	// stack.lo < SP < stack.hi
	CMPL	SP, g_stack_lo(BX)
	SETHI	0(SP)
	CALL	·pb(SB)
	get_tls(BX)
	MOVL	g(BX), BX
	CMPL	SP, g_stack_hi(BX)
	SETCS	0(SP)
	CALL	·pb(SB)
	get_tls(BX)
	MOVL	g(BX), BX
	MOVL	g_stackguard0(BX), AX
	SUBL	g_stack_lo(BX), AX
	CMPL	AX, $2048
	SETEQ	0(SP)
	CALL	·pb(SB)
	get_tls(BX)
	MOVL	g(BX), BX
	MOVL	g_stackguard0(BX), AX
	CMPL	AX, g_stackguard1(BX)
	SETEQ	0(SP)
	CALL	·pb(SB)
	get_tls(BX)
	MOVL	g(BX), BX
	CMPL	g__defer(BX), $0
	SETEQ	0(SP)
	CALL	·pb(SB)
	get_tls(BX)
	MOVL	g(BX), BX
	CMPL	g__panic(BX), $0
	SETEQ	0(SP)
	CALL	·pb(SB)
	get_tls(BX)
	MOVL	g(BX), BX
	CMPL	g_m(BX), $0
	SETNE	0(SP)
	CALL	·pb(SB)
	RET
