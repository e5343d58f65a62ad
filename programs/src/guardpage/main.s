// NOSPLIT code that uses far more than the guard area: at the edge of a
// segment, a NOSPLIT function with a 3000-byte frame writes to the bottom
// of its frame, which lies in the guard page below the segment. The fault
// is caught on the signal stack and reported, status 2.
#include "textflag.h"

DATA hogv<>+0(SB)/4, $main·hog(SB)
GLOBL hogv<>(SB), RODATA, $4

TEXT ·hog(SB), NOSPLIT, $3000-0
	MOVL	$1, 0(SP)
	RET

TEXT ·main(SB), $4-0
	MOVL	$hogv<>(SB), AX
	MOVL	AX, 0(SP)
	CALL	stk·AtEdge(SB)
	RET
