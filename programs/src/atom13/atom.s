// atom13: Go 1.7's runtime/internal/atomic idiom on 386 — 13-byte argument
// blocks (three words and a bool result), LOCK before the instruction it
// prefixes, and a tail JMP to another function of the same library — and
// a function of that size that splits its stack.
#include "textflag.h"

// func Cas(ptr *uint32, old, new uint32) bool
TEXT ·Cas(SB), NOSPLIT, $0-13
	MOVL	ptr+0(FP), BX
	MOVL	old+4(FP), AX
	MOVL	new+8(FP), CX
	LOCK
	CMPXCHGL	CX, 0(BX)
	SETEQ	ret+12(FP)
	RET

// func Casuintptr(ptr *uintptr, old, new uintptr) bool
TEXT ·Casuintptr(SB), NOSPLIT, $0-13
	JMP	·Cas(SB)

// Counter is what Inc adds to, under LOCK, through the GOT in a library.
GLOBL ·Counter(SB), NOPTR, $4

// func Inc(): Counter++, atomically
TEXT ·Inc(SB), NOSPLIT, $0-0
	MOVL	$1, AX
	LOCK
	XADDL	AX, ·Counter(SB)
	RET

// func Deep(n, x, y uint32) bool: n levels of recursion, each with the
// 13-byte block, so that morestack moves some of them to new segments.
// True when at every level x and y arrived intact, SP is word-aligned, and
// the caller's three bytes after the block (its own, not the callee's)
// survive the call: morestack and lessstack copy exactly 13 bytes.
TEXT ·Deep(SB), $16-13
	MOVL	SP, AX
	ANDL	$3, AX
	JNE	bad
	MOVL	x+4(FP), AX
	CMPL	AX, $0x11223344
	JNE	bad
	MOVL	y+8(FP), AX
	CMPL	AX, $0x55667788
	JNE	bad
	MOVL	n+0(FP), AX
	CMPL	AX, $0
	JEQ	yes
	DECL	AX
	MOVL	AX, 0(SP)
	MOVL	x+4(FP), BX
	MOVL	BX, 4(SP)
	MOVL	y+8(FP), BX
	MOVL	BX, 8(SP)
	MOVB	$0, 12(SP)
	MOVB	$0x5a, 13(SP)
	MOVW	$0xa55a, 14(SP)
	CALL	·Deep(SB)
	CMPB	13(SP), $0x5a
	JNE	bad
	CMPW	14(SP), $0xa55a
	JNE	bad
	MOVB	12(SP), AL
	MOVB	AL, ret+12(FP)
	RET
yes:
	MOVB	$1, ret+12(FP)
	RET
bad:
	MOVB	$0, ret+12(FP)
	RET
