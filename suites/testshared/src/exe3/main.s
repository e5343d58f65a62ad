// command exe3: misc/cgo/testshared/src/exe3/exe3.go of Go 1.7, over three
// levels of shared libraries (libdep3.so, libdep2.so, libdepBase.so),
// printing the result:
//
//	package main
//
//	import "dep3"
//
//	func main() {
//		println(dep3.D3())
//	}
//
// It prints 20.
#include "textflag.h"

TEXT ·main(SB), $8-0
	CALL	dep3·D3(SB)
	MOVL	0(SP), AX
	MOVL	AX, 4(SP)		// the result, kept across printlock
	CALL	runtime·printlock(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET
