// Go 1.7's linkpatch on JMP chains that end in a cycle (follow.c's brloop):
// brloop gives nil for a chain of 5000 JMPs, and linkpatch stores each
// result in place, in text order, so a JMP of a cycle whose target is
// cleared first ends the chains that reach it later. 090-follow.bats holds
// pic386 to what Go 1.7's assembler made of each line (follow-cycle.go17).
#include "textflag.h"

// The audit's case: the cycle l1, l2 comes before the branches into it.
// l1's target is cleared first; l2's chain then stops at l1, and so do
// the JEQ's and x's: the JEQ goes to l1, laid out after RET.
TEXT ·ex(SB), NOSPLIT, $0-0
	JMP start
l1:
	JMP l2
l2:
	JMP l1
start:
	MOVL $1, AX
	JEQ x
	RET
x:
	JMP l1

// A JMP to itself, and a branch before it: both targets cleared, so the
// JEQ (no target in follow) goes to itself, the JMP is never reached.
TEXT ·self(SB), NOSPLIT, $0-0
	TESTL AX, AX
	JEQ s
	RET
s:
	JMP s

// A cycle of two after the branch into it: every target on it is cleared
// in turn.
TEXT ·two(SB), NOSPLIT, $0-0
	TESTL AX, AX
	JNE t1
	RET
t1:
	JMP t2
t2:
	JMP t1

// A cycle of three, the branches into it after it.
TEXT ·three(SB), NOSPLIT, $0-0
	JMP go3
c1:
	JMP c2
c2:
	JMP c3
c3:
	JMP c1
go3:
	TESTL AX, AX
	JLT c2
	JGT c3
	RET

// A conditional jump into a chain that ends in a cycle, the cycle first.
TEXT ·into(SB), NOSPLIT, $0-0
	JMP begin
y1:
	JMP y2
y2:
	JMP y1
begin:
	CMPL AX, BX
	JNE e1
	INCL AX
	RET
e1:
	JMP e2
e2:
	JMP y2

// The same chain, the conditional jump first: its chain is a cycle then.
TEXT ·into2(SB), NOSPLIT, $0-0
	CMPL AX, BX
	JNE f1
	INCL AX
	RET
f1:
	JMP f2
f2:
	JMP z1
z1:
	JMP z2
z2:
	JMP z1

// A conditional jump whose target is cleared, followed by a jump back:
// Go's xfol sees no branch in it (nil target), so it is neither chained
// nor inverted, and the JMP back becomes a new JMP.
TEXT ·noinv(SB), NOSPLIT, $0-0
top:
	INCL AX
	JEQ w1
	JMP top
w1:
	JMP w2
w2:
	JMP w1

// The same, the cycle before: the JEQ's chain stops at w3.
TEXT ·noinv2(SB), NOSPLIT, $0-0
	JMP top2
w3:
	JMP w4
w4:
	JMP w3
top2:
	INCL AX
	JEQ w4
	JMP top2

// A loop with an instruction in it is no cycle of JMPs: the chains end at
// the instruction.
TEXT ·body(SB), NOSPLIT, $0-0
	TESTL AX, AX
	JEQ b2
	RET
b1:
	INCL AX
	JMP b2
b2:
	JMP b1

// With a frame: follow runs before preprocess, so the cycle's JMP is laid
// out before the morestack block, and the frame comes off before RET only.
TEXT ·frame(SB), $8-0
	JMP go
k1:
	JMP k2
k2:
	JMP k1
go:
	CMPL AX, $7
	JEQ k2
	MOVL AX, 0(SP)
	RET
