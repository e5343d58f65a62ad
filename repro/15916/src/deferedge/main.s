// command deferedge: a recursion 1000 levels deep whose every level defers
// a function of a shared library, so that one deferred call per stack
// segment starts with its stack check failing:
//
//	package main
//
//	import "depSplit"
//
//	func down(n int) {
//		defer depSplit.Tick()
//		var pad [120]byte	// with deferproc's 8 bytes of arguments, a
//		use(pad)		// 128-byte frame: StackSmall, the largest whose
//					// check compares SP itself with stackguard0
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
// It prints 1001. Why a deferred call splits, and always the same way: each
// level takes 132 bytes (frame and return address). A level entered at SP
// with stackguard0 < SP passes its check; the deferred Tick runs from
// jmpdefer at SP-132 (down's frame, then the return address slot). So the
// one level per segment whose entry SP lies in (stackguard0,
// stackguard0+132] -- and the levels are 132 bytes apart, so there is
// exactly one -- runs Tick with SP <= stackguard0: Tick's check fails, with
// EBX = Tick's code address (jmpdefer's `MOVL 0(DX), BX; JMP BX`). down's
// own deferreturn call is in the executable, whose PLT ignores EBX: the
// jmpdefer bug does not touch this program.
#include "textflag.h"

TEXT ·down(SB), $128-4
	MOVL	$0, 0(SP)		// deferproc(siz=0, fn=depSplit.Tick·f)
	LEAL	depSplit·Tick·f(SB), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	MOVL	n+0(FP), AX
	TESTL	AX, AX
	JEQ	ret
	DECL	AX
	MOVL	AX, 0(SP)
	CALL	·down(SB)
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
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

DATA depSplit·Tick·f+0(SB)/4, $depSplit·Tick(SB)
GLOBL depSplit·Tick·f(SB), DUPOK|RODATA, $4
