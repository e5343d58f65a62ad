// package depSplit: two small functions of a shared library that the
// programs deferedge and closureedge enter with EBX holding the function's
// own code address, as Go 1.7 did -- jmpdefer jumps to a deferred function
// through BX, and a closure call is `MOVL 0(DX), BX; CALL BX` -- at a moment
// when their stack check fails. Go 1.6's out-of-line block then calls
// runtime.morestack_noctxt through libdepSplit.so's PIC PLT without loading
// EBX with the library's GOT: the PLT's `jmp *off(%ebx)` reads a word of the
// function's own code.
//
//	package depSplit
//
//	var Ticks int
//
//	func Tick() { Ticks++ }
//
//	var Next = func() int { Ticks++; return Ticks }
#include "textflag.h"

GLOBL ·Ticks(SB), NOPTR, $4

TEXT ·Tick(SB), $0-0
	MOVL	·Ticks(SB), AX
	INCL	AX
	MOVL	AX, ·Ticks(SB)
	RET

// The func literal Next holds; Go names it depSplit.glob..func1 and
// initializes Next statically with its funcval.
TEXT ·glob··func1(SB), $0-4
	MOVL	·Ticks(SB), AX
	INCL	AX
	MOVL	AX, ·Ticks(SB)
	MOVL	AX, ret+0(FP)
	RET

DATA ·glob··func1·f+0(SB)/4, $·glob··func1(SB)
GLOBL ·glob··func1·f(SB), DUPOK|RODATA, $4

DATA ·Next+0(SB)/4, $·glob··func1·f(SB)
GLOBL ·Next(SB), $4
