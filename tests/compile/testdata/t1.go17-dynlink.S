"".F t=1 size=128 args=0x0 locals=0x8
	0x0000 00000 (t1.go:3)	TEXT	"".F(SB), $8-0
	0x0000 00000 (t1.go:3)	MOVL	TLS, CX
	0x000b 00011 (t1.go:3)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (t1.go:3)	CMPL	SP, 8(CX)
	0x0011 00017 (t1.go:3)	JLS	107
	0x0013 00019 (t1.go:3)	SUBL	$8, SP
	0x0016 00022 (t1.go:3)	FUNCDATA	$0, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0016 00022 (t1.go:3)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0016 00022 (t1.go:4)	MOVL	$0, (SP)
	0x001d 00029 (t1.go:4)	NOP
	0x001d 00029 (t1.go:4)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0022 00034 (t1.go:4)	MOVL	"".F.func1·f@GOT(SB), AX, R???1
	0x0028 00040 (t1.go:4)	MOVL	AX, 4(SP)
	0x002c 00044 (t1.go:4)	PCDATA	$0, $0
	0x002c 00044 (t1.go:4)	NOP
	0x002c 00044 (t1.go:4)	NOP
	0x002c 00044 (t1.go:4)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0031 00049 (t1.go:4)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0037 00055 (t1.go:4)	CALL	runtime.deferproc(SB)	R???1
	0x003c 00060 (t1.go:4)	CMPL	AX, $0
	0x003f 00063 (t1.go:4)	JNE	$1, 86
	0x0041 00065 (t1.go:5)	PCDATA	$0, $0
	0x0041 00065 (t1.go:5)	XCHGL	AX, AX
	0x0042 00066 (t1.go:5)	NOP
	0x0042 00066 (t1.go:5)	NOP
	0x0042 00066 (t1.go:5)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0047 00071 (t1.go:5)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x004d 00077 (t1.go:5)	CALL	runtime.deferreturn(SB)	R???1
	0x0052 00082 (t1.go:5)	ADDL	$8, SP
	0x0055 00085 (t1.go:5)	RET
	0x0056 00086 (t1.go:4)	PCDATA	$0, $0
	0x0056 00086 (t1.go:4)	XCHGL	AX, AX
	0x0057 00087 (t1.go:4)	NOP
	0x0057 00087 (t1.go:4)	NOP
	0x0057 00087 (t1.go:4)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x005c 00092 (t1.go:4)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0062 00098 (t1.go:4)	CALL	runtime.deferreturn(SB)	R???1
	0x0067 00103 (t1.go:4)	ADDL	$8, SP
	0x006a 00106 (t1.go:4)	RET
	0x006b 00107 (t1.go:4)	NOP
	0x006b 00107 (t1.go:3)	NOP
	0x006b 00107 (t1.go:3)	NOP
	0x006b 00107 (t1.go:3)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0070 00112 (t1.go:3)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0076 00118 (t1.go:3)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x007b 00123 (t1.go:3)	JMP	0
"".F.func1 t=1 size=48 args=0x0 locals=0x0
	0x0000 00000 (t1.go:4)	TEXT	"".F.func1(SB), $0-0
	0x0000 00000 (t1.go:4)	MOVL	TLS, CX
	0x000b 00011 (t1.go:4)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (t1.go:4)	CMPL	SP, 8(CX)
	0x0011 00017 (t1.go:4)	JLS	20
	0x0013 00019 (t1.go:4)	NOP
	0x0013 00019 (t1.go:4)	NOP
	0x0013 00019 (t1.go:4)	FUNCDATA	$0, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (t1.go:4)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (t1.go:4)	RET
	0x0014 00020 (t1.go:4)	NOP
	0x0014 00020 (t1.go:4)	NOP
	0x0014 00020 (t1.go:4)	NOP
	0x0014 00020 (t1.go:4)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0019 00025 (t1.go:4)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x001f 00031 (t1.go:4)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x0024 00036 (t1.go:4)	JMP	0
gclocals·33cdeccccebe80329f1fdbee7f5874cb t=9 dupok size=8
"".F·f t=9 dupok size=4
"".F.func1·f t=9 dupok size=4
