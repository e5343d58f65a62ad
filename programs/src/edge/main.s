// The guard area's budget, spent: at the very edge of a segment, a
// function with the largest frame a small-frame check allows (128 bytes)
// calls a NOSPLIT chain of Go 1.7's full NOSPLIT budget (592 bytes), and
// at its bottom, 720 bytes below stackguard0, makes the first call of the
// run to each runtime entry point, defers, and calls functions that split.
// In a shared build each of those first calls goes through the lazy-binding
// resolver right there. It runs in this module and in depEdge, a shared
// library; PIC386_STACK_STATS tells how deep below stackguard0 it went.
#include "textflag.h"

DATA edge<>+0(SB)/4, $main·edge(SB)
GLOBL edge<>(SB), RODATA, $4
DATA depedge<>+0(SB)/4, $depEdge·Edge(SB)
GLOBL depedge<>(SB), RODATA, $4
DATA deferred<>+0(SB)/4, $main·deferred(SB)
GLOBL deferred<>(SB), RODATA, $4
DATA clo<>+0(SB)/4, $main·clo(SB)
DATA clo<>+4(SB)/4, $3
GLOBL clo<>(SB), RODATA, $8
DATA name<>+0(SB)/8, $"main\n\x00\x00\x00"
GLOBL name<>(SB), RODATA, $8

TEXT ·edge(SB), $128-0
	CALL	·nosplit1(SB)
	RET

TEXT ·nosplit1(SB), NOSPLIT, $284-0
	CALL	·nosplit2(SB)
	RET

// 284+4 + 300+4 = 592
TEXT ·nosplit2(SB), NOSPLIT, $300-0
	MOVL	$0, 0(SP)
	MOVL	$deferred<>(SB), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	CALL	runtime·printlock(SB)
	MOVL	$name<>(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$4, 4(SP)
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVL	$1, 0(SP)
	CALL	runtime·printbool(SB)
	CALL	runtime·printsp(SB)
	MOVL	$-7, 0(SP)
	MOVL	$-1, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printsp(SB)
	MOVL	$7, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printuint(SB)
	CALL	runtime·printsp(SB)
	CALL	runtime·printhex(SB)
	CALL	runtime·printsp(SB)
	MOVL	$0, 0(SP)
	CALL	runtime·printpointer(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	LEAL	8(SP), AX
	MOVL	AX, 0(SP)
	CALL	runtime·getcallerpc(SB)
	CALL	runtime·getcallersp(SB)
	CALL	runtime·GC(SB)
	MOVL	$1, 0(SP)
	MOVL	$name<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	$5, 8(SP)
	CALL	runtime·write(SB)
	// a split, and a closure's split (morestack_noctxt, morestack)
	MOVL	$20, 0(SP)
	CALL	·split(SB)
	MOVL	$clo<>(SB), DX
	MOVL	$5, 0(SP)
	CALL	0(DX)
ret:
	BYTE	$0x90
	CALL	runtime·deferreturn(SB)
	RET

TEXT ·deferred(SB), NOSPLIT, $0-0
	CALL	runtime·printnl(SB)
	RET

// func split(n int32): splits at once here
TEXT ·split(SB), $16-4
	RET

// closure: splits too, through runtime·morestack
TEXT ·clo(SB), NEEDCTXT, $16-4
	RET

TEXT ·main(SB), $4-0
	MOVL	$edge<>(SB), AX
	MOVL	AX, 0(SP)
	CALL	stk·AtEdge(SB)
	MOVL	$depedge<>(SB), AX
	MOVL	AX, 0(SP)
	CALL	stk·AtEdge(SB)
	RET
