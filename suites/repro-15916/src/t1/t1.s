// package t1: the library of Go issue 15916's own report (Go 1.6,
// linux/386, `go install -linkshared -buildmode=shared t1`), as the Go 1.7
// compiler emitted it for 386:
//
//	package t1
//
//	func F() {
//		defer func() {}()
//	}
//
// The report's traceback has t1.F at +0x52: the return address of F's
// 16-byte -dynlink deferreturn call. pic386 lays F out byte for byte as Go
// did -- the 14-byte g load, the 11-byte GOT load of the funcval, the 16-byte
// calls -- so the crash here has that offset too.
#include "textflag.h"

TEXT ·F(SB), $8-0
	MOVL	$0, 0(SP)		// deferproc(siz=0, fn=F.func1·f)
	LEAL	·F·func1·f(SB), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)	// -dynlink: 16 bytes, EBX := GOT first
	RET

// func() {}: the deferred closure and its funcval. Not NOSPLIT: Go 1.7
// gave every 386 function a stack check.
TEXT ·F·func1(SB), $0-0
	RET

DATA ·F·func1·f+0(SB)/4, $·F·func1(SB)
GLOBL ·F·func1·f(SB), DUPOK|RODATA, $4
