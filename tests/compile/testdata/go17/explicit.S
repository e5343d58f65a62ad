"".E t=1 size=48 args=0x4 locals=0x0
	0x0000 00000 (explicit.go:7)	TEXT	"".E(SB), $0-4
	0x0000 00000 (explicit.go:7)	MOVL	TLS, CX
	0x000b 00011 (explicit.go:7)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (explicit.go:7)	CMPL	SP, 8(CX)
	0x0011 00017 (explicit.go:7)	JLS	29
	0x0013 00019 (explicit.go:7)	NOP
	0x0013 00019 (explicit.go:7)	NOP
	0x0013 00019 (explicit.go:7)	FUNCDATA	$0, gclocals·5184031d3a32a42d85027f073f873668(SB)
	0x0013 00019 (explicit.go:7)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (explicit.go:8)	MOVL	$42, AX
	0x0018 00024 (explicit.go:8)	MOVL	AX, "".~r0+4(FP)
	0x001c 00028 (explicit.go:8)	RET
	0x001d 00029 (explicit.go:8)	NOP
	0x001d 00029 (explicit.go:7)	NOP
	0x001d 00029 (explicit.go:7)	NOP
	0x001d 00029 (explicit.go:7)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0022 00034 (explicit.go:7)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0028 00040 (explicit.go:7)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x002d 00045 (explicit.go:7)	JMP	0
gclocals·33cdeccccebe80329f1fdbee7f5874cb t=9 dupok size=8
gclocals·5184031d3a32a42d85027f073f873668 t=9 dupok size=12
"".E·f t=9 dupok size=4
type..importpath.implicit. t=9 dupok size=11
