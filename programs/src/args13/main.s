// args13: w := uintptr(1)
//   println(atom13.Casuintptr(&w, 1, 2), w, atom13.Cas(&w, 1, 3), w)
//   atom13.Inc(); atom13.Inc(); println(atom13.Counter)
//   println(atom13.Deep(3000, 0x11223344, 0x55667788))
//   println(shl(1, 0x80000001, 4)); println(shr(24, 16, 4))
#include "textflag.h"

// func shl(hi, lo, s uint32) (uint32, uint32): hi:lo << s, as math/big's
// shlVU does it (Go 1.7's register-pair form)
TEXT ·shl(SB), $0-20
	MOVL	hi+0(FP), DX
	MOVL	lo+4(FP), AX
	MOVL	s+8(FP), CX
	SHLL	CX, DX:AX
	SHLL	CX, AX
	MOVL	DX, rhi+12(FP)
	MOVL	AX, rlo+16(FP)
	RET

// func shr(hi, lo, s uint32) (uint32, uint32): hi:lo >> s
TEXT ·shr(SB), $0-20
	MOVL	hi+0(FP), AX
	MOVL	lo+4(FP), DX
	MOVL	s+8(FP), CX
	SHRL	CX, DX:AX
	SHRL	CX, AX
	MOVL	AX, rhi+12(FP)
	MOVL	DX, rlo+16(FP)
	RET

// func p2(a, b uint32): println(a, b)
TEXT ·p2(SB), $8-8
	MOVL	a+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printuint(SB)
	CALL	runtime·printsp(SB)
	MOVL	b+4(FP), AX
	MOVL	AX, 0(SP)
	CALL	runtime·printuint(SB)
	CALL	runtime·printnl(SB)
	RET

GLOBL ·w(SB), NOPTR, $4

TEXT ·pbool(SB), $4-1
	MOVB	b+0(FP), AX
	MOVB	AX, 0(SP)
	CALL	runtime·printbool(SB)
	RET

TEXT ·pint(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printint(SB)
	RET

TEXT ·main(SB), $20-0
	MOVL	$1, ·w(SB)
	MOVL	$·w(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$1, 4(SP)
	MOVL	$2, 8(SP)
	CALL	atom13·Casuintptr(SB)
	MOVB	12(SP), AX
	MOVB	AX, 0(SP)
	CALL	·pbool(SB)
	CALL	runtime·printsp(SB)
	MOVL	·w(SB), AX
	MOVL	AX, 0(SP)
	CALL	·pint(SB)
	CALL	runtime·printsp(SB)
	MOVL	$·w(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$1, 4(SP)
	MOVL	$3, 8(SP)
	CALL	atom13·Cas(SB)
	MOVB	12(SP), AX
	MOVB	AX, 0(SP)
	CALL	·pbool(SB)
	CALL	runtime·printsp(SB)
	MOVL	·w(SB), AX
	MOVL	AX, 0(SP)
	CALL	·pint(SB)
	CALL	runtime·printnl(SB)

	CALL	atom13·Inc(SB)
	CALL	atom13·Inc(SB)
	MOVL	atom13·Counter(SB), AX
	MOVL	AX, 0(SP)
	CALL	·pint(SB)
	CALL	runtime·printnl(SB)

	MOVL	$3000, 0(SP)
	MOVL	$0x11223344, 4(SP)
	MOVL	$0x55667788, 8(SP)
	MOVB	$0, 12(SP)
	CALL	atom13·Deep(SB)
	MOVB	12(SP), AX
	MOVB	AX, 0(SP)
	CALL	·pbool(SB)
	CALL	runtime·printnl(SB)

	MOVL	$1, 0(SP)
	MOVL	$0x80000001, 4(SP)
	MOVL	$4, 8(SP)
	CALL	·shl(SB)
	MOVL	12(SP), AX
	MOVL	16(SP), BX
	MOVL	AX, 0(SP)
	MOVL	BX, 4(SP)
	CALL	·p2(SB)
	MOVL	$24, 0(SP)
	MOVL	$16, 4(SP)
	MOVL	$4, 8(SP)
	CALL	·shr(SB)
	MOVL	12(SP), AX
	MOVL	16(SP), BX
	MOVL	AX, 0(SP)
	MOVL	BX, 4(SP)
	CALL	·p2(SB)
	RET
