// g in thread-local storage, from the program and from a library: both
// reach the same g, by Go's get_tls macros and as the stack check loads
// it; its stack bounds hold in the library, also many splits deep (run
// with small segments), in a deferred call there, and in the program's
// closure called back from the library.
#include "go_asm.h"
#include "go_tls.h"
#include "textflag.h"

GLOBL ·g0(SB), NOPTR, $4
GLOBL ·lo0(SB), NOPTR, $4

// The closure handed to depTLS.Call: {code, the g it must see}.
GLOBL back<>(SB), NOPTR, $8

// func back() bool: g here is the one in the closure
TEXT ·back(SB), NEEDCTXT, $0-4
	get_tls(CX)
	MOVL	g(CX), AX
	CMPL	AX, 4(DX)
	SETEQ	AL
	MOVBLZX	AL, AX
	MOVL	AX, ret+0(FP)
	RET

// func pb(b bool): println(b)
TEXT ·pb(SB), $4-4
	MOVL	b+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	RET

// func p(v int32): println(v)
TEXT ·p(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET

TEXT ·main(SB), $12-0
	get_tls(CX)
	MOVL	g(CX), AX
	MOVL	AX, ·g0(SB)
	MOVL	g_stack_lo(AX), AX
	MOVL	AX, ·lo0(SB)
	// the program's two ways agree
	MOVL	0(TLS), BX
	CMPL	BX, ·g0(SB)
	SETEQ	0(SP)
	CALL	·pb(SB)
	// the library's two ways find the program's g
	CALL	depTLS·G(SB)
	MOVL	0(SP), AX
	CMPL	AX, ·g0(SB)
	SETEQ	0(SP)
	CALL	·pb(SB)
	CALL	depTLS·GP(SB)
	MOVL	0(SP), AX
	CMPL	AX, ·g0(SB)
	SETEQ	0(SP)
	CALL	·pb(SB)
	// its stack, seen from the library
	CALL	depTLS·InStack(SB)
	CALL	·pb(SB)
	// 1000 levels deep in the library: 1000
	MOVL	$999, 0(SP)
	MOVL	·g0(SB), AX
	MOVL	AX, 4(SP)
	CALL	depTLS·Deep(SB)
	MOVL	8(SP), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	// and down there g's stack was another segment's
	MOVL	depTLS·BottomLo(SB), AX
	CMPL	AX, ·lo0(SB)
	SETNE	0(SP)
	CALL	·pb(SB)
	// back here, g's stack is the first segment again
	get_tls(CX)
	MOVL	g(CX), AX
	MOVL	g_stack_lo(AX), AX
	CMPL	AX, ·lo0(SB)
	SETEQ	0(SP)
	CALL	·pb(SB)
	// a deferred call in the library
	MOVL	·g0(SB), AX
	MOVL	AX, 0(SP)
	CALL	depTLS·WithDefer(SB)
	MOVL	depTLS·DeferOK(SB), AX
	MOVL	AX, 0(SP)
	CALL	·pb(SB)
	// the library calls back into the program
	MOVL	$·back(SB), AX
	MOVL	AX, back<>+0(SB)
	MOVL	·g0(SB), AX
	MOVL	AX, back<>+4(SB)
	MOVL	$back<>(SB), AX
	MOVL	AX, 0(SP)
	CALL	depTLS·Call(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·pb(SB)
	RET
