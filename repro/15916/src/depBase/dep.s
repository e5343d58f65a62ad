// package depBase: misc/cgo/testshared/src/depBase of Go 1.7 with the
// seed's change to F (commit 26849746 added `defer func() {}()` to F so that
// Go's own suite would catch issue 15916), as the Go 1.7 compiler emitted it
// for 386. pic386 build assembles it plain into a static program and with
// -dynlink into libdepBase.so.
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
//
//	func ImplementedInAsm()	// asm.s
//
// In libdepBase.so, F's deferred closure F.func1 is the bug: jmpdefer enters
// it with EBX = its own code address, and with Go 1.6's 5-byte rewind it
// returns straight onto `call runtime.deferreturn@PLT`, whose PIC PLT entry
// jumps through *off(%ebx) -- a word of F.func1's own code.
#include "textflag.h"

DATA ·V+0(SB)/4, $1
GLOBL ·V(SB), NOPTR, $4

// Go names the method depBase.(*Dep).Method; the dialect takes no
// parentheses in a symbol, so it is depBase·Dep·Method, ELF depBase.Dep.Method.
TEXT ·Dep·Method(SB), $0-8
	MOVL	$10, ret+4(FP)
	RET

TEXT ·F(SB), $8-4
	MOVL	$0, ret+0(FP)
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
	CALL	runtime·deferreturn(SB)	// -dynlink: 16 bytes, EBX := GOT first
	RET

// func() {}: the deferred closure, and its funcval. Not NOSPLIT: Go 1.7
// gave every 386 function a stack check.
TEXT ·F·func1(SB), $0-0
	RET

DATA ·F·func1·f+0(SB)/4, $·F·func1(SB)
GLOBL ·F·func1·f(SB), DUPOK|RODATA, $4

// asm.s of Go's depBase
TEXT ·ImplementedInAsm(SB), NOSPLIT, $0-0
	RET
