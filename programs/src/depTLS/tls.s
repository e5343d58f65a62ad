// depTLS: g, the goroutine in thread-local storage, as a library's code
// reaches it (initial-exec TLS through its GOT when shared, local-exec
// when linked into a static program), compared with what the program sees.
#include "go_asm.h"
#include "go_tls.h"
#include "textflag.h"

GLOBL ·DeferOK(SB), NOPTR, $4
GLOBL ·BottomLo(SB), NOPTR, $4

// func G() uintptr: g, through Go's get_tls macros
TEXT ·G(SB), $0-4
	get_tls(CX)
	MOVL	g(CX), AX
	MOVL	AX, ret+0(FP)
	RET

// func GP() uintptr: g, loaded as the stack check loads it
TEXT ·GP(SB), $0-4
	MOVL	0(TLS), CX
	MOVL	CX, ret+0(FP)
	RET

// func InStack() bool: g.stack.lo < SP < g.stack.hi, and stackguard0 is
// lo + StackGuard, seen from here
TEXT ·InStack(SB), $0-4
	MOVL	$0, ret+0(FP)
	get_tls(CX)
	MOVL	g(CX), BX
	CMPL	SP, g_stack_lo(BX)
	JLS	no
	CMPL	SP, g_stack_hi(BX)
	JCC	no
	MOVL	g_stackguard0(BX), AX
	SUBL	g_stack_lo(BX), AX
	CMPL	AX, $2048
	JNE	no
	MOVL	$1, ret+0(FP)
no:
	RET

// func ok(want uintptr) int32: 1 if g here is want and SP lies in its stack
TEXT ·ok(SB), $4-8
	MOVL	$0, ret+4(FP)
	CALL	·G(SB)
	MOVL	0(SP), AX
	CMPL	AX, want+0(FP)
	JNE	bad
	CALL	·InStack(SB)
	MOVL	0(SP), AX
	MOVL	AX, ret+4(FP)
bad:
	RET

// func Deep(n int32, want uintptr) int32: n+1 levels of recursion, each
// checking g with ok; how many levels found it right. The deepest level
// records g.stack.lo in BottomLo: with small segments it is another
// segment than the caller's.
TEXT ·Deep(SB), $16-12
	MOVL	want+4(FP), AX
	MOVL	AX, 0(SP)
	CALL	·ok(SB)
	MOVL	4(SP), AX
	MOVL	AX, 12(SP)
	MOVL	n+0(FP), AX
	CMPL	AX, $0
	JEQ	bottom
	DECL	AX
	MOVL	AX, 0(SP)
	MOVL	want+4(FP), AX
	MOVL	AX, 4(SP)
	CALL	·Deep(SB)
	MOVL	8(SP), AX
	ADDL	AX, 12(SP)
	JMP	done
bottom:
	get_tls(CX)
	MOVL	g(CX), AX
	MOVL	g_stack_lo(AX), AX
	MOVL	AX, ·BottomLo(SB)
done:
	MOVL	12(SP), AX
	MOVL	AX, ret+8(FP)
	RET

// func WithDefer(want uintptr) { defer checkg(want) }: the deferred call
// reads g too
TEXT ·WithDefer(SB), $12-4
	MOVL	$4, 0(SP)
	LEAL	·checkg·f(SB), AX
	MOVL	AX, 4(SP)
	MOVL	want+0(FP), AX
	MOVL	AX, 8(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func checkg(want uintptr) { DeferOK = ok(want) }
TEXT ·checkg(SB), $8-4
	MOVL	want+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	·ok(SB)
	MOVL	4(SP), AX
	MOVL	AX, ·DeferOK(SB)
	RET

DATA ·checkg·f+0(SB)/4, $·checkg(SB)
GLOBL ·checkg·f(SB), DUPOK|RODATA, $4

// func Call(f func() bool) bool: f(), a closure of another module, called
// from here with its funcval in DX
TEXT ·Call(SB), $4-8
	MOVL	f+0(FP), DX
	CALL	0(DX)
	MOVL	0(SP), AX
	MOVL	AX, ret+4(FP)
	RET
