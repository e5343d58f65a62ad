"".I t=1 size=48 args=0x4 locals=0x0
	0x0000 00000 (implicit.go:3)	TEXT	"".I(SB), $0-4
	0x0000 00000 (implicit.go:3)	MOVL	TLS, CX
	0x000b 00011 (implicit.go:3)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (implicit.go:3)	CMPL	SP, 8(CX)
	0x0011 00017 (implicit.go:3)	JLS	28
	0x0013 00019 (implicit.go:3)	NOP
	0x0013 00019 (implicit.go:3)	NOP
	0x0013 00019 (implicit.go:3)	FUNCDATA	$0, gclocals·5184031d3a32a42d85027f073f873668(SB)
	0x0013 00019 (implicit.go:3)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (implicit.go:4)	MOVL	$42, "".~r0+4(FP)
	0x001b 00027 (implicit.go:4)	RET
	0x001c 00028 (implicit.go:4)	NOP
	0x001c 00028 (implicit.go:3)	NOP
	0x001c 00028 (implicit.go:3)	NOP
	0x001c 00028 (implicit.go:3)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0021 00033 (implicit.go:3)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0027 00039 (implicit.go:3)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x002c 00044 (implicit.go:3)	JMP	0
gclocals·33cdeccccebe80329f1fdbee7f5874cb t=9 dupok size=8
gclocals·5184031d3a32a42d85027f073f873668 t=9 dupok size=12
"".I·f t=9 dupok size=4
