#include "textflag.h"
TEXT ·d(SB), DUPOK|NOSPLIT, $0-0
	RET
GLOBL ·v(SB), DUPOK|RODATA, $8
DATA ·v+0(SB)/4, $·d(SB)
DATA ·v+4(SB)/4, $"ab"
GLOBL ·t<>(SB), NOPTR, $4
DATA ·t<>+0(SB)/4, $0x7fffffff
GLOBL ·tls(SB), TLSBSS, $4
TEXT ·w(SB), WRAPPER|NEEDCTXT, $5000-8
	MOVL	·v(SB), AX
	MOVL	AX, ret+4(FP)
	CALL	·d(SB)
	JMP	0(PC)
	RET
