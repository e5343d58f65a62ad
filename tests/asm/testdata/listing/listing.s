// A representative file for the -S golden listings (030-listing.bats): one
// function of each kind the passes treat differently.
#include "textflag.h"

DATA ·count+0(SB)/4, $7
GLOBL ·count(SB), NOPTR, $4

// A small frame, arguments, a loop, calls to a global and a file-local
// function, and global data read, written and addressed.
TEXT ·sum(SB), $8-12
	MOVL	a+0(FP), AX
	MOVL	b+4(FP), BX
	MOVL	$0, tmp-4(SP)
loop:
	ADDL	BX, AX
	DECL	BX
	JNE	loop
	MOVL	AX, 0(SP)
	CALL	·helper(SB)
	CALL	local<>(SB)
	MOVL	·count(SB), CX
	ADDL	CX, AX
	MOVL	AX, ·count(SB)
	MOVL	$·count+4(SB), DX
	PUSHL	$·count(SB)
	POPL	DX
	MOVL	AX, ret+8(FP)
	RET

// A frame between StackSmall and StackBig.
TEXT ·big(SB), $1024-0
	CALL	·helper(SB)
	RET

// A frame above StackBig: Go 1.7's StackPreempt-aware check.
TEXT ·huge(SB), $8192-0
	RET

// A closure: splits through runtime·morestack, which keeps DX.
TEXT ·closure(SB), NEEDCTXT, $0-0
	MOVL	0(DX), AX
	RET

// A wrapper: adjusts g._panic.argp in its prologue.
TEXT ·wrapper(SB), WRAPPER, $4-4
	MOVL	x+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	·helper(SB)
	RET

// NOSPLIT: no check, no g load; a tail jump to a global.
TEXT ·tail(SB), NOSPLIT, $0-0
	JMP	·helper(SB)

TEXT local<>(SB), NOSPLIT, $0
	RET
