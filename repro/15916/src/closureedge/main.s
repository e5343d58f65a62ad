// command closureedge: a recursion 1000 levels deep whose every level calls
// a func value of a shared library, so that one call per stack segment
// starts with the closure's stack check failing:
//
//	package main
//
//	import "depSplit"
//
//	func down(n int) {
//		depSplit.Next()
//		var pad [124]byte	// with down's argument word, a 128-byte frame
//		use(pad)
//		if n > 0 {
//			down(n - 1)
//		}
//	}
//
//	func main() {
//		down(1000)
//		println(depSplit.Ticks)
//	}
//
// It prints 1001. Go 1.7 called a closure as `MOVL f, DX; MOVL 0(DX), BX;
// CALL BX` (BX: its REGCALLX on 386), so the closure starts with EBX = its
// own code address -- never its module's GOT. As in deferedge, levels are
// 132 bytes apart and the closure runs 132 bytes below its caller's entry
// SP, so exactly one call per segment starts with SP <= stackguard0.
#include "textflag.h"

TEXT ·down(SB), $128-4
	MOVL	depSplit·Next(SB), DX
	MOVL	0(DX), BX
	CALL	BX
	MOVL	n+0(FP), AX
	TESTL	AX, AX
	JEQ	ret
	DECL	AX
	MOVL	AX, 0(SP)
	CALL	·down(SB)
ret:
	RET

TEXT ·main(SB), $8-0
	MOVL	$1000, 0(SP)
	CALL	·down(SB)
	CALL	runtime·printlock(SB)
	MOVL	depSplit·Ticks(SB), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET
