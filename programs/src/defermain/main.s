// Defer in the executable only: its PLT is not position-independent and
// ignores BX, so even jmpdefer's 5-byte rewind (-bug=15916-jmpdefer) gets
// away with it here. Issue 15916 was "defer in a 386 shared library".
#include "textflag.h"

DATA pv<>+0(SB)/4, $main·p(SB)
GLOBL pv<>(SB), RODATA, $4

// func p(v int32): println(v)
TEXT ·p(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET

// func f() { defer p(1); defer p(2); p(3) }: 3 2 1
TEXT ·f(SB), $12-0
	MOVL	$4, 0(SP)
	MOVL	$pv<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	$1, 8(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	MOVL	$4, 0(SP)
	MOVL	$pv<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	$2, 8(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	MOVL	$3, 0(SP)
	CALL	·p(SB)
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

TEXT ·main(SB), $0-0
	CALL	·f(SB)
	RET
