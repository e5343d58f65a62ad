// sys_linux_386.s: the system calls Go code makes directly, as Go 1.7's
// runtime made them (int $0x80 here rather than the vDSO): no stack
// beyond the caller's, so they run anywhere, even at the stack's edge.

#include "textflag.h"

// func write(fd uintptr, p unsafe.Pointer, n int32) int32
// -1 on any error, as Go's.
TEXT runtime·write(SB), NOSPLIT, $0-16
	MOVL	$4, AX		// write
	MOVL	fd+0(FP), BX
	MOVL	p+4(FP), CX
	MOVL	n+8(FP), DX
	INT	$0x80
	CMPL	AX, $0xfffff001
	JLS	2(PC)
	MOVL	$-1, AX
	MOVL	AX, ret+12(FP)
	RET

// func exit(code int32)
// The whole process, now: nothing is buffered.
TEXT runtime·exit(SB), NOSPLIT, $0-4
	MOVL	$252, AX	// exit_group
	MOVL	code+0(FP), BX
	INT	$0x80
	INT	$3	// not reached
