// depData: a library's global data as other modules see it: zeroed bss,
// values 1, 2, 4 and 8 bytes wide, a read-only string, and a table of
// addresses the loader fills in (of this module's data and code, of
// another module's, of a file-local symbol, and one with an offset).
#include "textflag.h"

// 64 KB of bss, which the program fills and Sum reads back.
GLOBL ·Buf(SB), NOPTR, $65536

DATA ·B+0(SB)/1, $0x81
GLOBL ·B(SB), NOPTR, $1
DATA ·H+0(SB)/2, $0x8182
GLOBL ·H(SB), NOPTR, $2
DATA ·Q+0(SB)/8, $0x0102030405060708
GLOBL ·Q(SB), NOPTR, $8

DATA ·Msg+0(SB)/8, $"hello, d"
DATA ·Msg+8(SB)/4, $"ata\n"
GLOBL ·Msg(SB), RODATA, $12

DATA local<>+0(SB)/4, $77
GLOBL local<>(SB), NOPTR, $4

// Read-only addresses: .data.rel.ro in a shared object, no text relocation.
DATA ·Tab+0(SB)/4, $·Buf(SB)
DATA ·Tab+4(SB)/4, $depBottom·V(SB)
DATA ·Tab+8(SB)/4, $depData·Sum(SB)
DATA ·Tab+12(SB)/4, $depBottom·Add(SB)
DATA ·Tab+16(SB)/4, $local<>(SB)
DATA ·Tab+20(SB)/4, $·Buf+400(SB)
GLOBL ·Tab(SB), RODATA, $24

// func Sum(n int32) int32: Buf[0] + ... + Buf[n-1], 32-bit words
TEXT ·Sum(SB), $0-8
	MOVL	$·Buf(SB), SI
	MOVL	n+0(FP), DX
	XORL	AX, AX
	XORL	BX, BX
loop:
	CMPL	BX, DX
	JGE	done
	ADDL	0(SI)(BX*4), AX
	INCL	BX
	JMP	loop
done:
	MOVL	AX, ret+4(FP)
	RET

// func Local() int32: what Tab[4], the address of a file-local, points at
TEXT ·Local(SB), $0-4
	MOVL	·Tab+16(SB), AX
	MOVL	0(AX), AX
	MOVL	AX, ret+0(FP)
	RET
