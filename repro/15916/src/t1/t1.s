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
// The report's traceback has t1.F at +0x52: the return address of F's first
// 16-byte -dynlink deferreturn call. Go 1.7's compiler ended a function that
// defers with two return paths: the one after deferproc returned 0, and the
// one its JNE takes when deferproc returned 1 (a recovered panic); each is
// XCHGL AX, AX (the nop a call site of deferreturn starts with), the call
// and RET. This is what `go tool compile -S` printed for F, and what the real
// toolchain's libt1.so holds (75 15: the JNE over the first path).
#include "textflag.h"

TEXT ·F(SB), $8-0
	MOVL	$0, 0(SP)		// deferproc(siz=0, fn=F.func1·f)
	LEAL	·F·func1·f(SB), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	recovered
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)	// -dynlink: 16 bytes, EBX := GOT first
	RET
recovered:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func() {}: the deferred closure and its funcval. Not NOSPLIT: Go 1.7
// gave every 386 function a stack check.
TEXT ·F·func1(SB), $0-0
	RET

DATA ·F·func1·f+0(SB)/4, $·F·func1(SB)
GLOBL ·F·func1·f(SB), DUPOK|RODATA, $4
