// Go 1.7's follow pass (follow.c), case by case: 090-follow.bats holds
// pic386 to what Go 1.7's assembler made of each line, in every mode
// (follow.go17). A line's bytes are all it became, in layout order.
#include "textflag.h"

// A JMP whose target can be laid out next disappears; the code it jumped
// over is never reached and goes.
TEXT ·fwd(SB), NOSPLIT, $0-0
	JMP over
	NOTL AX
	NOTL BX
over:
	INCL AX
	RET

// A loop: the conditional jump back stays.
TEXT ·loop(SB), NOSPLIT, $0-0
	MOVL $10, CX
again:
	DECL CX
	JNE again
	RET

// JNE and JMP to one target: the JNE's fall-through (the JMP, chained to
// the target) is placed already, so it is inverted, and the JMP becomes a
// new one with the line of its target.
TEXT ·both(SB), NOSPLIT, $0-0
top:
	DECL CX
	JNE top
	JMP top
	LOOP top

// A conditional jump forward over a return: both paths laid out in turn.
TEXT ·ifret(SB), NOSPLIT, $0-0
	CMPL AX, $0
	JEQ zero
	MOVL $1, BX
	RET
zero:
	MOVL $2, BX
	RET

// The flow reaches a placed block that ends in a conditional jump whose
// target is not placed: up to four instructions are copied, the jump
// inverted.
TEXT ·copy(SB), NOSPLIT, $0-0
	JMP cond
body:
	INCL AX
	INCL BX
cond:
	CMPL AX, BX
	JLT body
	RET

// A branch to a JMP goes where the chain of JMPs ends (brloop), and the
// JMPs themselves go when nothing falls into them.
TEXT ·chain(SB), NOSPLIT, $0-0
	CMPL AX, BX
	JEQ j1
	INCL AX
	RET
j1:
	JMP j2
	NOTL AX
j2:
	JMP j3
	NOTL BX
j3:
	DECL AX
	RET

// Code after RET that only a branch reaches stays, placed where the flow
// first gets to it.
TEXT ·tail(SB), NOSPLIT, $0-0
	TESTL AX, AX
	JNE nz
	RET
	NOTL CX
nz:
	NEGL AX
	JMP done
	NOTL DX
done:
	RET

// Follow runs before preprocess: the stack check and the morestack block
// are laid out after it, as Go did.
TEXT ·split(SB), $16-0
	CMPL AX, $3
	JGT big
	MOVL $0, AX
	RET
big:
	CALL ·loop(SB)
	MOVL 0(SP), AX
	RET

// A jump back to a placed block that ends in a conditional jump whose
// target is not placed yet: the block is copied (up to four instructions),
// the copy of the jump inverted to go back, its fall-through the target.
TEXT ·copy2(SB), NOSPLIT, $0-0
head:
	INCL AX
	CMPL AX, BX
	JGE out
	DECL BX
	JMP head
out:
	RET
