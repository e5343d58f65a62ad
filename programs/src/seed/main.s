// Go's misc/cgo/testshared exe, over the seed's depBase.F (here depDefer.F,
// and depBottom's ImplementedInAsm):
//	defer depBase.ImplementedInAsm(); runtime.GC(); depBase.V = depBase.F() + 1
// then println(depBase.V): 2. Built -linkshared with a runtime whose
// jmpdefer rewinds 5 bytes (-bug=15916-jmpdefer), it crashes as issue
// 15916 reported.
#include "textflag.h"

DATA asmv<>+0(SB)/4, $depBottom·ImplementedInAsm(SB)
GLOBL asmv<>(SB), RODATA, $4

TEXT ·main(SB), $8-0
	MOVL	$0, 0(SP)
	MOVL	$asmv<>(SB), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	CALL	runtime·GC(SB)
	CALL	depDefer·F(SB)
	MOVL	0(SP), AX
	INCL	AX
	MOVL	AX, depDefer·V(SB)
	MOVL	depDefer·V(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET
