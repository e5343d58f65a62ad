// Global data across modules: the program fills a library's bss through
// an indexed address and the library sums it; reads of 1-, 2-, 4- and
// 8-byte values and a read-only string; a library's table of addresses,
// relocated by the loader, compared with the program's own view and
// called through; the program's own large bss.
#include "textflag.h"

GLOBL ·big(SB), NOPTR, $1048576

// func p(v int32): println(v)
TEXT ·p(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET

// func pb(b bool): println(b)
TEXT ·pb(SB), $4-4
	MOVL	b+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	RET

// func ph(lo, hi uint32): println(hex)
TEXT ·ph(SB), $8-8
	MOVL	lo+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	hi+4(FP), AX
	MOVL	AX, 4(SP)
	CALL	runtime·printhex(SB)
	CALL	runtime·printnl(SB)
	RET

TEXT ·main(SB), $12-0
	// Buf[i] = i for the first 16384 words, written here; summed there:
	// 16383 * 16384 / 2 = 134209536.
	MOVL	$depData·Buf(SB), DI
	XORL	SI, SI
fill:
	MOVL	SI, 0(DI)(SI*4)
	INCL	SI
	CMPL	SI, $16384
	JLT	fill
	MOVL	$16384, 0(SP)
	CALL	depData·Sum(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	// Sum again, called through the table: 0 + ... + 99 = 4950.
	MOVL	$100, 0(SP)
	MOVL	depData·Tab+8(SB), AX
	CALL	AX
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	// The table's addresses are the ones this module takes: &Buf,
	// &depBottom.V, &Buf[100].
	MOVL	depData·Tab+0(SB), AX
	MOVL	$depData·Buf(SB), BX
	CMPL	AX, BX
	SETEQ	0(SP)
	CALL	·pb(SB)
	MOVL	depData·Tab+4(SB), AX
	MOVL	$depBottom·V(SB), BX
	CMPL	AX, BX
	SETEQ	0(SP)
	CALL	·pb(SB)
	MOVL	depData·Tab+20(SB), AX
	MOVL	$depData·Buf+400(SB), BX
	CMPL	AX, BX
	SETEQ	0(SP)
	CALL	·pb(SB)
	// depBottom.Add(40, 2), through depData's table: a third module's code.
	MOVL	$40, 0(SP)
	MOVL	$2, 4(SP)
	MOVL	depData·Tab+12(SB), AX
	CALL	AX
	MOVL	8(SP), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	// A file-local's address, relocated in the library: 77.
	CALL	depData·Local(SB)
	CALL	·p(SB)
	// 1, 2 and 8 bytes: 0x81, 0x8182, 0x102030405060708.
	MOVBLZX	depData·B(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	·ph(SB)
	MOVWLZX	depData·H(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	·ph(SB)
	MOVL	depData·Q+0(SB), AX
	MOVL	AX, 0(SP)
	MOVL	depData·Q+4(SB), AX
	MOVL	AX, 4(SP)
	CALL	·ph(SB)
	// The read-only string, printed from its address there.
	MOVL	$depData·Msg(SB), AX
	MOVL	AX, 0(SP)
	MOVL	$12, 4(SP)
	CALL	runtime·printstring(SB)
	// The program's own megabyte of bss: zero at both ends, then written
	// and read at the last word.
	MOVL	$·big(SB), DI
	MOVL	0(DI), AX
	ORL	1048572(DI), AX
	MOVL	$0x5a5a5a5a, 1048572(DI)
	CMPL	1048572(DI), $0x5a5a5a5a
	SETEQ	BL
	CMPL	AX, $0
	SETEQ	AL
	ANDB	BL, AL
	MOVBLZX	AL, AX
	MOVL	AX, 0(SP)
	CALL	·pb(SB)
	RET
