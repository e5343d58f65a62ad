// A throw from the runtime's C code, on the system stack: deferproc with a
// negative argument size. The traceback is the goroutine's, from where it
// switched to the system stack.
#include "textflag.h"

DATA fv<>+0(SB)/4, $main·f(SB)
GLOBL fv<>(SB), RODATA, $4

// func f(x int32)
TEXT ·f(SB), $8-4
	MOVL	$-1, 0(SP)
	MOVL	$fv<>(SB), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	RET

TEXT ·main(SB), $4-0
	MOVL	$3, 0(SP)
	CALL	·f(SB)
	RET
