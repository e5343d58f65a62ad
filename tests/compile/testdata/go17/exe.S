"".main t=1 size=192 args=0x0 locals=0x8
	0x0000 00000 (exe.go:8)	TEXT	"".main(SB), $8-0
	0x0000 00000 (exe.go:8)	MOVL	TLS, CX
	0x000b 00011 (exe.go:8)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (exe.go:8)	CMPL	SP, 8(CX)
	0x0011 00017 (exe.go:8)	JLS	160
	0x0017 00023 (exe.go:8)	SUBL	$8, SP
	0x001a 00026 (exe.go:8)	FUNCDATA	$0, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x001a 00026 (exe.go:8)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x001a 00026 (exe.go:9)	MOVL	$0, (SP)
	0x0021 00033 (exe.go:9)	NOP
	0x0021 00033 (exe.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0026 00038 (exe.go:9)	MOVL	depBase.ImplementedInAsm·f@GOT(SB), AX, R???1
	0x002c 00044 (exe.go:9)	MOVL	AX, 4(SP)
	0x0030 00048 (exe.go:9)	PCDATA	$0, $0
	0x0030 00048 (exe.go:9)	NOP
	0x0030 00048 (exe.go:9)	NOP
	0x0030 00048 (exe.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0035 00053 (exe.go:9)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x003b 00059 (exe.go:9)	CALL	runtime.deferproc(SB)	R???1
	0x0040 00064 (exe.go:9)	CMPL	AX, $0
	0x0043 00067 (exe.go:9)	JNE	$1, 139
	0x0045 00069 (exe.go:10)	PCDATA	$0, $0
	0x0045 00069 (exe.go:10)	NOP
	0x0045 00069 (exe.go:10)	NOP
	0x0045 00069 (exe.go:10)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x004a 00074 (exe.go:10)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0050 00080 (exe.go:10)	CALL	runtime.GC(SB)	R???1
	0x0055 00085 (exe.go:11)	PCDATA	$0, $0
	0x0055 00085 (exe.go:11)	NOP
	0x0055 00085 (exe.go:11)	NOP
	0x0055 00085 (exe.go:11)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x005a 00090 (exe.go:11)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0060 00096 (exe.go:11)	CALL	depBase.F(SB)	R???1
	0x0065 00101 (exe.go:11)	MOVL	(SP), BX
	0x0068 00104 (exe.go:11)	INCL	BX
	0x0069 00105 (exe.go:11)	NOP
	0x0069 00105 (exe.go:11)	NOP
	0x0069 00105 (exe.go:11)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x006e 00110 (exe.go:11)	MOVL	depBase.V@GOT(SB), CX, R???1
	0x0074 00116 (exe.go:11)	MOVL	BX, (CX)
	0x0076 00118 (exe.go:11)	NOP
	0x0076 00118 (exe.go:12)	PCDATA	$0, $0
	0x0076 00118 (exe.go:12)	XCHGL	AX, AX
	0x0077 00119 (exe.go:12)	NOP
	0x0077 00119 (exe.go:12)	NOP
	0x0077 00119 (exe.go:12)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x007c 00124 (exe.go:12)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0082 00130 (exe.go:12)	CALL	runtime.deferreturn(SB)	R???1
	0x0087 00135 (exe.go:12)	ADDL	$8, SP
	0x008a 00138 (exe.go:12)	RET
	0x008b 00139 (exe.go:9)	PCDATA	$0, $0
	0x008b 00139 (exe.go:9)	XCHGL	AX, AX
	0x008c 00140 (exe.go:9)	NOP
	0x008c 00140 (exe.go:9)	NOP
	0x008c 00140 (exe.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0091 00145 (exe.go:9)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0097 00151 (exe.go:9)	CALL	runtime.deferreturn(SB)	R???1
	0x009c 00156 (exe.go:9)	ADDL	$8, SP
	0x009f 00159 (exe.go:9)	RET
	0x00a0 00160 (exe.go:9)	NOP
	0x00a0 00160 (exe.go:8)	NOP
	0x00a0 00160 (exe.go:8)	NOP
	0x00a0 00160 (exe.go:8)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x00a5 00165 (exe.go:8)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x00ab 00171 (exe.go:8)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x00b0 00176 (exe.go:8)	JMP	0
"".init t=1 size=144 args=0x0 locals=0x0
	0x0000 00000 (exe.go:13)	TEXT	"".init(SB), $0-0
	0x0000 00000 (exe.go:13)	MOVL	TLS, CX
	0x000b 00011 (exe.go:13)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (exe.go:13)	CMPL	SP, 8(CX)
	0x0011 00017 (exe.go:13)	JLS	121
	0x0013 00019 (exe.go:13)	NOP
	0x0013 00019 (exe.go:13)	NOP
	0x0013 00019 (exe.go:13)	FUNCDATA	$0, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (exe.go:13)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (exe.go:13)	NOP
	0x0013 00019 (exe.go:13)	NOP
	0x0013 00019 (exe.go:13)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0018 00024 (exe.go:13)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x001e 00030 (exe.go:13)	MOVBLZX	(CX), BX
	0x0021 00033 (exe.go:13)	CMPB	BX, $1
	0x0024 00036 (exe.go:13)	JLS	$0, 39
	0x0026 00038 (exe.go:13)	RET
	0x0027 00039 (exe.go:13)	NOP
	0x0027 00039 (exe.go:13)	NOP
	0x0027 00039 (exe.go:13)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x002c 00044 (exe.go:13)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0032 00050 (exe.go:13)	MOVBLZX	(CX), BX
	0x0035 00053 (exe.go:13)	CMPB	BX, $1
	0x0038 00056 (exe.go:13)	JNE	$0, 76
	0x003a 00058 (exe.go:13)	PCDATA	$0, $0
	0x003a 00058 (exe.go:13)	NOP
	0x003a 00058 (exe.go:13)	NOP
	0x003a 00058 (exe.go:13)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x003f 00063 (exe.go:13)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0045 00069 (exe.go:13)	CALL	runtime.throwinit(SB)	R???1
	0x004a 00074 (exe.go:13)	UNDEF
	0x004c 00076 (exe.go:13)	NOP
	0x004c 00076 (exe.go:13)	NOP
	0x004c 00076 (exe.go:13)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0051 00081 (exe.go:13)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0057 00087 (exe.go:13)	MOVB	$1, (CX)
	0x005a 00090 (exe.go:13)	PCDATA	$0, $0
	0x005a 00090 (exe.go:13)	NOP
	0x005a 00090 (exe.go:13)	NOP
	0x005a 00090 (exe.go:13)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x005f 00095 (exe.go:13)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0065 00101 (exe.go:13)	CALL	runtime.init(SB)	R???1
	0x006a 00106 (exe.go:13)	NOP
	0x006a 00106 (exe.go:13)	NOP
	0x006a 00106 (exe.go:13)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x006f 00111 (exe.go:13)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0075 00117 (exe.go:13)	MOVB	$2, (CX)
	0x0078 00120 (exe.go:13)	RET
	0x0079 00121 (exe.go:13)	NOP
	0x0079 00121 (exe.go:13)	NOP
	0x0079 00121 (exe.go:13)	NOP
	0x0079 00121 (exe.go:13)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x007e 00126 (exe.go:13)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0084 00132 (exe.go:13)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x0089 00137 (exe.go:13)	JMP	0
gclocals·33cdeccccebe80329f1fdbee7f5874cb t=9 dupok size=8
"".initdone· t=34 size=1
"".main·f t=9 dupok size=4
"".init·f t=9 dupok size=4
type..importpath.depBase. t=9 dupok size=10
type..importpath.runtime. t=9 dupok size=10
