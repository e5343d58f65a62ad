// depEdge: edge/main.s's chain, the same first calls at the same depth,
// from a shared library (whose PLT needs BX = its GOT).
#include "textflag.h"

DATA deferred<>+0(SB)/4, $depEdge·deferred(SB)
GLOBL deferred<>(SB), RODATA, $4
DATA clo<>+0(SB)/4, $depEdge·clo(SB)
DATA clo<>+4(SB)/4, $3
GLOBL clo<>(SB), RODATA, $8
DATA name<>+0(SB)/8, $"lib\n\x00\x00\x00\x00"
GLOBL name<>(SB), RODATA, $8

TEXT ·Edge(SB), $128-0
	CALL	·nosplit1(SB)
	RET

TEXT ·nosplit1(SB), NOSPLIT, $284-0
	CALL	·nosplit2(SB)
	RET

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
	MOVL	$3, 4(SP)
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
	MOVL	$4, 8(SP)
	CALL	runtime·write(SB)
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

TEXT ·split(SB), $16-4
	RET

TEXT ·clo(SB), NEEDCTXT, $16-4
	RET
