// Every print built-in once, its edge values, and write(2) to stdout.
#include "textflag.h"

DATA str<>+0(SB)/8, $"println:"
GLOBL str<>(SB), RODATA, $8
DATA out<>+0(SB)/8, $"stdout\n\x00"
GLOBL out<>(SB), RODATA, $8

// func pint(lo, hi uint32): printint of the int64 hi:lo, then a space
TEXT main·pint(SB), $8-8
	MOVL	lo+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	hi+4(FP), AX
	MOVL	AX, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printsp(SB)
	RET

TEXT main·main(SB), $16-0
	CALL	runtime·printlock(SB)
	MOVL	$str<>(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$8, 4(SP)
	CALL	runtime·printstring(SB)
	CALL	runtime·printsp(SB)
	MOVL	$1, 0(SP)
	CALL	runtime·printbool(SB)
	CALL	runtime·printsp(SB)
	MOVL	$0, 0(SP)
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)

	// 0, 1, -1, 2^31, MinInt64, MaxInt64
	MOVL	$0, 0(SP)
	MOVL	$0, 4(SP)
	CALL	main·pint(SB)
	MOVL	$1, 0(SP)
	CALL	main·pint(SB)
	MOVL	$-1, 0(SP)
	MOVL	$-1, 4(SP)
	CALL	main·pint(SB)
	MOVL	$0x80000000, 0(SP)
	MOVL	$0, 4(SP)
	CALL	main·pint(SB)
	MOVL	$0, 0(SP)
	MOVL	$0x80000000, 4(SP)
	CALL	main·pint(SB)
	MOVL	$-1, 0(SP)
	MOVL	$0x7fffffff, 4(SP)
	CALL	main·pint(SB)
	CALL	runtime·printnl(SB)

	// MaxUint64, 1e10
	MOVL	$-1, 0(SP)
	MOVL	$-1, 4(SP)
	CALL	runtime·printuint(SB)
	CALL	runtime·printsp(SB)
	MOVL	$0x540be400, 0(SP)
	MOVL	$2, 4(SP)
	CALL	runtime·printuint(SB)
	CALL	runtime·printnl(SB)

	// 0x0, 0xdeadbeefcafe, pointer 0x8
	MOVL	$0, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printhex(SB)
	CALL	runtime·printsp(SB)
	MOVL	$0xbeefcafe, 0(SP)
	MOVL	$0xdead, 4(SP)
	CALL	runtime·printhex(SB)
	CALL	runtime·printsp(SB)
	MOVL	$8, 0(SP)
	CALL	runtime·printpointer(SB)
	CALL	runtime·printnl(SB)

	// write(1, "stdout\n", 7) returns 7; write(-1, ...) returns -1
	MOVL	$1, 0(SP)
	MOVL	$out<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	$7, 8(SP)
	CALL	runtime·write(SB)
	MOVL	12(SP), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	main·pint(SB)
	MOVL	$-1, 0(SP)
	MOVL	$out<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	$7, 8(SP)
	CALL	runtime·write(SB)
	MOVL	12(SP), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	main·pint(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·GC(SB)
	RET
