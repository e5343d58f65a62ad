// getcallerpc and getcallersp (Go 1.7 signatures: they take the address of
// the caller's first argument). From one call site, called once normally
// and once so that the callee splits: the callee's return slot then holds
// lessstack, yet getcallerpc gives the same PC both times.
#include "textflag.h"

DATA edgev<>+0(SB)/4, $main·atedge(SB)
GLOBL edgev<>(SB), RODATA, $4
GLOBL ·pcs(SB), NOPTR, $8
GLOBL ·raw(SB), NOPTR, $8

// func who(i int32): pcs[i] = getcallerpc(&i), raw[i] = the word below &i;
// and checks getcallersp(&i) == &i
TEXT ·who(SB), $12-4
	LEAL	i+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	runtime·getcallerpc(SB)
	MOVL	i+0(FP), DX
	MOVL	4(SP), AX
	MOVL	AX, ·pcs(SB)(DX*4)
	MOVL	i-4(FP), AX
	MOVL	i+0(FP), DX
	MOVL	AX, ·raw(SB)(DX*4)
	LEAL	i+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	runtime·getcallersp(SB)
	LEAL	i+0(FP), AX
	CMPL	AX, 4(SP)
	SETEQ	0(SP)
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	RET

// func site(i int32): who(i), always from here
TEXT ·site(SB), NOSPLIT, $4-4
	MOVL	i+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	·who(SB)
	RET

TEXT ·atedge(SB), NOSPLIT, $4-0
	MOVL	$1, 0(SP)
	CALL	·site(SB)
	RET

// func pb(b bool)
TEXT ·pb(SB), $4-4
	MOVL	b+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	RET

TEXT ·main(SB), $4-0
	MOVL	$0, 0(SP)
	CALL	·site(SB)	// true
	MOVL	$edgev<>(SB), AX
	MOVL	AX, 0(SP)
	CALL	stk·AtEdge(SB)	// true
	// the same caller PC both times: true
	MOVL	·pcs(SB), AX
	CMPL	AX, ·pcs+4(SB)
	SETEQ	0(SP)
	CALL	·pb(SB)
	// not split, the raw slot is that PC: true
	MOVL	·pcs(SB), AX
	CMPL	AX, ·raw(SB)
	SETEQ	0(SP)
	CALL	·pb(SB)
	// split, the raw slot is lessstack: true
	MOVL	$runtime·lessstack(SB), AX
	CMPL	AX, ·raw+4(SB)
	SETEQ	0(SP)
	CALL	·pb(SB)
	RET
