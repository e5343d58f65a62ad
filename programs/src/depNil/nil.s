// depNil: a load through a pointer, in a shared library.
#include "textflag.h"

// func Load(p *int32) int32: *p
TEXT ·Load(SB), $4-8
	MOVL	$0, ret+4(FP)
	MOVL	p+0(FP), AX
	MOVL	(AX), AX
	MOVL	AX, ret+4(FP)
	RET
