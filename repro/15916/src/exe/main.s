// command exe: misc/cgo/testshared/src/exe of Go 1.7, printing V at the end
// (Go's only exits 0), as the Go 1.7 compiler emitted it for 386:
//
//	package main
//
//	import ("depBase"; "runtime")
//
//	func main() {
//		defer depBase.ImplementedInAsm()
//		runtime.GC()
//		depBase.V = depBase.F() + 1
//		println(depBase.V)
//	}
//
// It prints 2 (on stderr, as println does). Its own defer is harmless even
// with the bug: an executable's PLT is not PIC and ignores EBX.
#include "textflag.h"

TEXT ·main(SB), $8-0
	MOVL	$0, 0(SP)		// deferproc(siz=0, fn=depBase.ImplementedInAsm·f)
	LEAL	depBase·ImplementedInAsm·f(SB), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	CALL	runtime·GC(SB)
	CALL	depBase·F(SB)
	MOVL	0(SP), AX
	INCL	AX
	MOVL	AX, depBase·V(SB)
	CALL	runtime·printlock(SB)
	MOVL	depBase·V(SB), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// The funcval of a deferred top-level function: the compiler emits it,
// DUPOK, in every package that defers the function.
DATA depBase·ImplementedInAsm·f+0(SB)/4, $depBase·ImplementedInAsm(SB)
GLOBL depBase·ImplementedInAsm·f(SB), DUPOK|RODATA, $4
