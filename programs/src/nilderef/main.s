// A nil pointer dereference three calls deep, in a shared library's
// function (depNil.Load) and in this module's: reported as Go 1.7's panic,
// with the fault's pc and a traceback through both modules, status 2.
#include "textflag.h"

// Results are zeroed on entry, as Go's compiler did, so that the
// traceback's argument words are the same in every build.

// func g(p *int32) int32: depNil.Load(p) + 1
TEXT ·g(SB), $8-8
	MOVL	$0, ret+4(FP)
	MOVL	p+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	depNil·Load(SB)
	MOVL	4(SP), AX
	INCL	AX
	MOVL	AX, ret+4(FP)
	RET

// func f(n int32) int32: g(nil)
TEXT ·f(SB), $8-8
	MOVL	$0, ret+4(FP)
	MOVL	$0, 0(SP)
	CALL	·g(SB)
	MOVL	4(SP), AX
	MOVL	AX, ret+4(FP)
	RET

TEXT ·main(SB), $8-0
	MOVL	$7, 0(SP)
	CALL	·f(SB)
	RET
