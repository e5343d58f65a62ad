// Branch hints, JEQ $1, x (likely) and JEQ $0, x (unlikely): Go 1.7's
// follow (obj6.go's xfol) inverted a likely jump so that its target fell
// through, and left an unlikely one as it was even where its fall-through
// was placed already; no byte comes of a hint. 090-follow.bats holds
// pic386 to what Go 1.7's assembler made of each line (hint.go17).
#include "textflag.h"

// Every conditional jump, likely: each inverted, its target laid out
// next, its fall-through (an INCL) after the RET with a JMP back.
TEXT ·likely(SB), NOSPLIT, $0-0
	JEQ $1, l1
	INCL AX
l1:
	JNE $1, l2
	INCL BX
l2:
	JLT $1, l3
	INCL CX
l3:
	JLE $1, l4
	INCL DX
l4:
	JGT $1, l5
	INCL SI
l5:
	JGE $1, l6
	INCL DI
l6:
	JCS $1, l7
	DECL AX
l7:
	JCC $1, l8
	DECL BX
l8:
	JLS $1, l9
	DECL CX
l9:
	JHI $1, l10
	DECL DX
l10:
	JMI $1, l11
	DECL SI
l11:
	JPL $1, l12
	DECL DI
l12:
	JOS $1, l13
	NOTL AX
l13:
	JOC $1, l14
	NOTL BX
l14:
	JPS $1, l15
	NOTL CX
l15:
	JPC $1, l16
	NOTL DX
l16:
	RET

// Every conditional jump, unlikely: laid out as written.
TEXT ·unlikely(SB), NOSPLIT, $0-0
	JEQ $0, u1
	INCL AX
u1:
	JNE $0, u2
	INCL BX
u2:
	JLT $0, u3
	INCL CX
u3:
	JLE $0, u4
	INCL DX
u4:
	JGT $0, u5
	INCL SI
u5:
	JGE $0, u6
	INCL DI
u6:
	JCS $0, u7
	DECL AX
u7:
	JCC $0, u8
	DECL BX
u8:
	JLS $0, u9
	DECL CX
u9:
	JHI $0, u10
	DECL DX
u10:
	JMI $0, u11
	DECL SI
u11:
	JPL $0, u12
	DECL DI
u12:
	JOS $0, u13
	NOTL AX
u13:
	JOC $0, u14
	NOTL BX
u14:
	JPS $0, u15
	NOTL CX
u15:
	JPC $0, u16
	NOTL DX
u16:
	RET

// The aliases take hints too; a constant expression is a hint.
TEXT ·alias(SB), NOSPLIT, $0-0
	TESTL AX, AX
	JZ $1, a1
	INCL AX
a1:
	JNZ $(2-1), a2
	INCL BX
a2:
	JA $0x1, a3
	INCL CX
a3:
	JB $0, a4
	INCL DX
a4:
	RET

// A loop's backward jump, likely: inverted, so that it leaves the loop,
// and its target (the loop's top, placed already) is reached by a JMP
// after it.
TEXT ·loop1(SB), NOSPLIT, $0-0
top1:
	INCL AX
	CMPL AX, BX
	JLT $1, top1
	RET

// The same, unlikely: as without a hint.
TEXT ·loop0(SB), NOSPLIT, $0-0
top0:
	INCL AX
	CMPL AX, BX
	JLT $0, top0
	RET

// The same without a hint, beside them.
TEXT ·loopn(SB), NOSPLIT, $0-0
topn:
	INCL AX
	CMPL AX, BX
	JLT topn
	RET

// A forward jump whose fall-through is placed already (the JMP done is
// chained to the RET laid out before, by the JNE's recursion): without a
// hint it is inverted; unlikely, it is not, and a JMP to the RET follows
// it; likely, inverted.
TEXT ·placed0(SB), NOSPLIT, $0-0
	TESTL AX, AX
	JNE start
done:
	RET
start:
	INCL AX
	CMPL AX, BX
	JEQ $0, x
	JMP done
x:
	DECL AX
	RET

TEXT ·placed1(SB), NOSPLIT, $0-0
	TESTL AX, AX
	JNE start
done:
	RET
start:
	INCL AX
	CMPL AX, BX
	JEQ $1, x
	JMP done
x:
	DECL AX
	RET

TEXT ·placedn(SB), NOSPLIT, $0-0
	TESTL AX, AX
	JNE start
done:
	RET
start:
	INCL AX
	CMPL AX, BX
	JEQ x
	JMP done
x:
	DECL AX
	RET

// A jump back to a placed block that ends in a conditional jump whose
// target is not placed (follow.s's copy2): the block is copied, the copy
// keeping its hint; its jump, inverted, goes back.
TEXT ·copy0(SB), NOSPLIT, $0-0
head0:
	INCL AX
	CMPL AX, BX
	JGE $0, out0
	DECL BX
	JMP head0
out0:
	RET

TEXT ·copy1(SB), NOSPLIT, $0-0
head1:
	INCL AX
	CMPL AX, BX
	JGE $1, out1
	DECL BX
	JMP head1
out1:
	RET

// n(PC) targets, and a likely jump to a chain of JMPs (brloop, brchain
// first).
TEXT ·npc(SB), NOSPLIT, $0-0
	TESTL AX, AX
	JEQ $1, 2(PC)
	INCL AX
	JNE $0, 2(PC)
	INCL BX
	JLT $1, j1
	INCL CX
	RET
j1:
	JMP j2
j2:
	JMP j3
j3:
	DECL CX
	RET

// Two likely jumps to the same place, and a likely jump back over an
// unlikely one, in a loop.
TEXT ·nest(SB), NOSPLIT, $0-0
	MOVL $10, CX
n1:
	TESTL AX, AX
	JEQ $1, n2
	INCL BX
	CMPL BX, DX
	JGT $1, n2
	INCL DX
n2:
	DECL CX
	JEQ $0, n3
	JMP n1
n3:
	RET

// In a function with a frame (the stack check's JLS has no hint).
TEXT ·frame(SB), $8-4
	MOVL x+0(FP), AX
	TESTL AX, AX
	JEQ $1, f1
	MOVL AX, 0(SP)
	INCL AX
f1:
	MOVL AX, 4(SP)
	RET
