// package dep2: misc/cgo/testshared/src/dep2/dep2.go of Go 1.7, a library
// over libdepBase.so (the second level), as the Go 1.7 compiler emitted it:
//
//	package dep2
//
//	import "depBase"
//
//	var W int = 1
//
//	type Dep2 struct {
//		depBase.Dep
//	}
//
//	func G() int {
//		return depBase.F() + 1
//	}
//
// Go's version also holds a `var hasProg depBase.HasProg`, which needs
// type descriptors this toolchain does not have; left out.
#include "textflag.h"

DATA ·W+0(SB)/4, $1
GLOBL ·W(SB), NOPTR, $4

TEXT ·G(SB), $4-4
	CALL	depBase·F(SB)
	MOVL	0(SP), AX
	INCL	AX
	MOVL	AX, ret+0(FP)
	RET

// The wrapper the compiler generates for the method Dep2 promotes from its
// embedded depBase.Dep, Go's dep2.(*Dep2).Method (named as depBase's
// method is, see there): the Dep is at offset 0 of a Dep2.
TEXT ·Dep2·Method(SB), WRAPPER, $8-8
	MOVL	d+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	depBase·Dep·Method(SB)
	MOVL	4(SP), AX
	MOVL	AX, ret+4(FP)
	RET
