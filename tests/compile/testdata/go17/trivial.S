"".main t=1 size=48 args=0x0 locals=0x0
	0x0000 00000 (trivial.go:3)	TEXT	"".main(SB), $0-0
	0x0000 00000 (trivial.go:3)	MOVL	TLS, CX
	0x000b 00011 (trivial.go:3)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (trivial.go:3)	CMPL	SP, 8(CX)
	0x0011 00017 (trivial.go:3)	JLS	20
	0x0013 00019 (trivial.go:3)	NOP
	0x0013 00019 (trivial.go:3)	NOP
	0x0013 00019 (trivial.go:3)	FUNCDATA	$0, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (trivial.go:3)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (trivial.go:4)	RET
	0x0014 00020 (trivial.go:4)	NOP
	0x0014 00020 (trivial.go:3)	NOP
	0x0014 00020 (trivial.go:3)	NOP
	0x0014 00020 (trivial.go:3)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0019 00025 (trivial.go:3)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x001f 00031 (trivial.go:3)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x0024 00036 (trivial.go:3)	JMP	0
"".init t=1 size=128 args=0x0 locals=0x0
	0x0000 00000 (trivial.go:5)	TEXT	"".init(SB), $0-0
	0x0000 00000 (trivial.go:5)	MOVL	TLS, CX
	0x000b 00011 (trivial.go:5)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (trivial.go:5)	CMPL	SP, 8(CX)
	0x0011 00017 (trivial.go:5)	JLS	105
	0x0013 00019 (trivial.go:5)	NOP
	0x0013 00019 (trivial.go:5)	NOP
	0x0013 00019 (trivial.go:5)	FUNCDATA	$0, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (trivial.go:5)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (trivial.go:5)	NOP
	0x0013 00019 (trivial.go:5)	NOP
	0x0013 00019 (trivial.go:5)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0018 00024 (trivial.go:5)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x001e 00030 (trivial.go:5)	MOVBLZX	(CX), BX
	0x0021 00033 (trivial.go:5)	CMPB	BX, $1
	0x0024 00036 (trivial.go:5)	JLS	$0, 39
	0x0026 00038 (trivial.go:5)	RET
	0x0027 00039 (trivial.go:5)	NOP
	0x0027 00039 (trivial.go:5)	NOP
	0x0027 00039 (trivial.go:5)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x002c 00044 (trivial.go:5)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0032 00050 (trivial.go:5)	MOVBLZX	(CX), BX
	0x0035 00053 (trivial.go:5)	CMPB	BX, $1
	0x0038 00056 (trivial.go:5)	JNE	$0, 76
	0x003a 00058 (trivial.go:5)	PCDATA	$0, $0
	0x003a 00058 (trivial.go:5)	NOP
	0x003a 00058 (trivial.go:5)	NOP
	0x003a 00058 (trivial.go:5)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x003f 00063 (trivial.go:5)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0045 00069 (trivial.go:5)	CALL	runtime.throwinit(SB)	R???1
	0x004a 00074 (trivial.go:5)	UNDEF
	0x004c 00076 (trivial.go:5)	NOP
	0x004c 00076 (trivial.go:5)	NOP
	0x004c 00076 (trivial.go:5)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0051 00081 (trivial.go:5)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0057 00087 (trivial.go:5)	MOVB	$1, (CX)
	0x005a 00090 (trivial.go:5)	NOP
	0x005a 00090 (trivial.go:5)	NOP
	0x005a 00090 (trivial.go:5)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x005f 00095 (trivial.go:5)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0065 00101 (trivial.go:5)	MOVB	$2, (CX)
	0x0068 00104 (trivial.go:5)	RET
	0x0069 00105 (trivial.go:5)	NOP
	0x0069 00105 (trivial.go:5)	NOP
	0x0069 00105 (trivial.go:5)	NOP
	0x0069 00105 (trivial.go:5)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x006e 00110 (trivial.go:5)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0074 00116 (trivial.go:5)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x0079 00121 (trivial.go:5)	JMP	0
gclocals·33cdeccccebe80329f1fdbee7f5874cb t=9 dupok size=8
"".initdone· t=34 size=1
"".main·f t=9 dupok size=4
"".init·f t=9 dupok size=4
