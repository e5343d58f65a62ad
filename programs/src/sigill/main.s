// An illegal instruction (UD2): thrown at once, with the PC, a traceback
// and a register dump, as Go 1.7 did for SIGILL.
#include "textflag.h"

TEXT ·bad(SB), $0-0
	MOVL	$0x11223344, AX
	BYTE	$0x0f; BYTE $0x0b
	RET

TEXT ·main(SB), $0-0
	CALL	·bad(SB)
	RET
