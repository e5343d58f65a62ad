// A breakpoint (INT $3) with no debugger: SIGTRAP, reported as Go 1.7 did.
#include "textflag.h"

TEXT ·trap(SB), $0-0
	INT	$3
	RET

TEXT ·main(SB), $0-0
	CALL	·trap(SB)
	RET
