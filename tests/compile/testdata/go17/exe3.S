"".main t=1 size=48 args=0x0 locals=0x0
	0x0000 00000 (exe3.go:5)	TEXT	"".main(SB), $0-0
	0x0000 00000 (exe3.go:5)	MOVL	TLS, CX
	0x000b 00011 (exe3.go:5)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (exe3.go:5)	CMPL	SP, 8(CX)
	0x0011 00017 (exe3.go:5)	JLS	24
	0x0013 00019 (exe3.go:5)	NOP
	0x0013 00019 (exe3.go:5)	NOP
	0x0013 00019 (exe3.go:5)	FUNCDATA	$0, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (exe3.go:5)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (exe3.go:6)	NOP
	0x0013 00019 (exe3.go:6)	MOVL	$0, BP
	0x0015 00021 (exe3.go:6)	NOP
	0x0015 00021 (exe3.go:6)	ADDL	BP, BP
	0x0017 00023 (exe3.go:7)	RET
	0x0018 00024 (exe3.go:7)	NOP
	0x0018 00024 (exe3.go:5)	NOP
	0x0018 00024 (exe3.go:5)	NOP
	0x0018 00024 (exe3.go:5)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x001d 00029 (exe3.go:5)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0023 00035 (exe3.go:5)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x0028 00040 (exe3.go:5)	JMP	0
"".init t=1 size=128 args=0x0 locals=0x0
	0x0000 00000 (exe3.go:8)	TEXT	"".init(SB), $0-0
	0x0000 00000 (exe3.go:8)	MOVL	TLS, CX
	0x000b 00011 (exe3.go:8)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (exe3.go:8)	CMPL	SP, 8(CX)
	0x0011 00017 (exe3.go:8)	JLS	105
	0x0013 00019 (exe3.go:8)	NOP
	0x0013 00019 (exe3.go:8)	NOP
	0x0013 00019 (exe3.go:8)	FUNCDATA	$0, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (exe3.go:8)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (exe3.go:8)	NOP
	0x0013 00019 (exe3.go:8)	NOP
	0x0013 00019 (exe3.go:8)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0018 00024 (exe3.go:8)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x001e 00030 (exe3.go:8)	MOVBLZX	(CX), BX
	0x0021 00033 (exe3.go:8)	CMPB	BX, $1
	0x0024 00036 (exe3.go:8)	JLS	$0, 39
	0x0026 00038 (exe3.go:8)	RET
	0x0027 00039 (exe3.go:8)	NOP
	0x0027 00039 (exe3.go:8)	NOP
	0x0027 00039 (exe3.go:8)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x002c 00044 (exe3.go:8)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0032 00050 (exe3.go:8)	MOVBLZX	(CX), BX
	0x0035 00053 (exe3.go:8)	CMPB	BX, $1
	0x0038 00056 (exe3.go:8)	JNE	$0, 76
	0x003a 00058 (exe3.go:8)	PCDATA	$0, $0
	0x003a 00058 (exe3.go:8)	NOP
	0x003a 00058 (exe3.go:8)	NOP
	0x003a 00058 (exe3.go:8)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x003f 00063 (exe3.go:8)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0045 00069 (exe3.go:8)	CALL	runtime.throwinit(SB)	R???1
	0x004a 00074 (exe3.go:8)	UNDEF
	0x004c 00076 (exe3.go:8)	NOP
	0x004c 00076 (exe3.go:8)	NOP
	0x004c 00076 (exe3.go:8)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0051 00081 (exe3.go:8)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0057 00087 (exe3.go:8)	MOVB	$1, (CX)
	0x005a 00090 (exe3.go:8)	NOP
	0x005a 00090 (exe3.go:8)	NOP
	0x005a 00090 (exe3.go:8)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x005f 00095 (exe3.go:8)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0065 00101 (exe3.go:8)	MOVB	$2, (CX)
	0x0068 00104 (exe3.go:8)	RET
	0x0069 00105 (exe3.go:8)	NOP
	0x0069 00105 (exe3.go:8)	NOP
	0x0069 00105 (exe3.go:8)	NOP
	0x0069 00105 (exe3.go:8)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x006e 00110 (exe3.go:8)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0074 00116 (exe3.go:8)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x0079 00121 (exe3.go:8)	JMP	0
gclocals·33cdeccccebe80329f1fdbee7f5874cb t=9 dupok size=8
"".initdone· t=34 size=1
"".main·f t=9 dupok size=4
"".init·f t=9 dupok size=4
type..importpath.dep3. t=9 dupok size=7
