// package depBase: misc/cgo/testshared/src/depBase/dep.go of Go 1.7, with
// the seed's change to F, as the Go 1.7 compiler emitted it for 386. The
// same source serves every build mode: pic386 build assembles it plain for
// a static program and with -dynlink for libdepBase.so.
//
//	package depBase
//
//	var V int = 1
//
//	type Dep struct {
//		X int
//	}
//
//	func (d *Dep) Method() int {
//		return 10
//	}
//
//	func F() int {
//		defer func() {}()
//		return V
//	}
#include "textflag.h"

DATA ·V+0(SB)/4, $1
GLOBL ·V(SB), NOPTR, $4

// Go names the method depBase.(*Dep).Method; the dialect's lexer takes no
// parentheses in a symbol (`·(*Dep)·Method` is rejected), so it is written
// depBase·Dep·Method, ELF depBase.Dep.Method.
TEXT ·Dep·Method(SB), $0-8
	MOVL	$10, ret+4(FP)
	RET

TEXT ·F(SB), $8-4
	MOVL	$0, ret+0(FP)		// a function with defer starts with its results zeroed
	MOVL	$0, 0(SP)		// deferproc(siz=0, fn=F.func1·f)
	LEAL	·F·func1·f(SB), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	MOVL	·V(SB), AX
	MOVL	AX, ret+0(FP)
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func() {}: the deferred closure, and its funcval.
TEXT ·F·func1(SB), $0-0
	RET

DATA ·F·func1·f+0(SB)/4, $·F·func1(SB)
GLOBL ·F·func1·f(SB), DUPOK|RODATA, $4
