// command exe2: misc/cgo/testshared/src/exe2/exe2.go of Go 1.7, over two
// levels of shared libraries (libdep2.so, which uses libdepBase.so),
// printing the result:
//
//	package main
//
//	import "dep2"
//
//	func main() {
//		d := &dep2.Dep2{}
//		dep2.W = dep2.G() + 1 + d.Method()
//		println(dep2.W)
//	}
//
// G() = depBase.F() + 1 = 2, so it prints 13. d does not escape: the
// compiler keeps the Dep2 in main's frame, at 12(SP).
#include "textflag.h"

TEXT ·main(SB), $16-0
	MOVL	$0, 12(SP)		// d := &dep2.Dep2{}
	CALL	dep2·G(SB)
	MOVL	0(SP), AX
	INCL	AX
	MOVL	AX, 8(SP)		// G() + 1
	LEAL	12(SP), AX
	MOVL	AX, 0(SP)
	CALL	dep2·Dep2·Method(SB)
	MOVL	4(SP), AX
	ADDL	8(SP), AX
	MOVL	AX, dep2·W(SB)
	CALL	runtime·printlock(SB)
	MOVL	dep2·W(SB), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET
