"".main t=1 size=128 args=0x0 locals=0xc
	0x0000 00000 (exe2.go:5)	TEXT	"".main(SB), $12-0
	0x0000 00000 (exe2.go:5)	MOVL	TLS, CX
	0x000b 00011 (exe2.go:5)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (exe2.go:5)	CMPL	SP, 8(CX)
	0x0011 00017 (exe2.go:5)	JLS	97
	0x0013 00019 (exe2.go:5)	SUBL	$12, SP
	0x0016 00022 (exe2.go:5)	FUNCDATA	$0, gclocals·69c1753bd5f81501d95132d08af04464(SB)
	0x0016 00022 (exe2.go:5)	FUNCDATA	$1, gclocals·0c8aa8e80191a30eac23f1a218103f16(SB)
	0x0016 00022 (exe2.go:6)	MOVL	$0, AX
	0x0018 00024 (exe2.go:6)	MOVL	AX, "".autotmp_2+4(SP)
	0x001c 00028 (exe2.go:6)	LEAL	"".autotmp_2+4(SP), AX
	0x0020 00032 (exe2.go:6)	NOP
	0x0020 00032 (exe2.go:6)	MOVL	$0, BP
	0x0022 00034 (exe2.go:6)	MOVL	BP, (AX)
	0x0024 00036 (exe2.go:6)	MOVL	AX, "".d+8(SP)
	0x0028 00040 (exe2.go:7)	PCDATA	$0, $1
	0x0028 00040 (exe2.go:7)	NOP
	0x0028 00040 (exe2.go:7)	NOP
	0x0028 00040 (exe2.go:7)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x002d 00045 (exe2.go:7)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0033 00051 (exe2.go:7)	CALL	dep2.G(SB)	R???1
	0x0038 00056 (exe2.go:7)	MOVL	(SP), BP
	0x003b 00059 (exe2.go:7)	MOVL	"".d+8(SP), BX
	0x003f 00063 (exe2.go:7)	CMPL	BX, $0
	0x0042 00066 (exe2.go:7)	JEQ	$1, 93
	0x0044 00068 (exe2.go:7)	MOVL	$10, AX
	0x0049 00073 (exe2.go:7)	INCL	BP
	0x004a 00074 (exe2.go:7)	ADDL	AX, BP
	0x004c 00076 (exe2.go:7)	NOP
	0x004c 00076 (exe2.go:7)	NOP
	0x004c 00076 (exe2.go:7)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0051 00081 (exe2.go:7)	MOVL	dep2.W@GOT(SB), CX, R???1
	0x0057 00087 (exe2.go:7)	MOVL	BP, (CX)
	0x0059 00089 (exe2.go:7)	NOP
	0x0059 00089 (exe2.go:8)	ADDL	$12, SP
	0x005c 00092 (exe2.go:8)	RET
	0x005d 00093 (exe2.go:7)	MOVL	AX, (BX)
	0x005f 00095 (exe2.go:7)	JMP	68
	0x0061 00097 (exe2.go:7)	NOP
	0x0061 00097 (exe2.go:5)	NOP
	0x0061 00097 (exe2.go:5)	NOP
	0x0061 00097 (exe2.go:5)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0066 00102 (exe2.go:5)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x006c 00108 (exe2.go:5)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x0071 00113 (exe2.go:5)	JMP	0
"".init t=1 size=128 args=0x0 locals=0x0
	0x0000 00000 (exe2.go:9)	TEXT	"".init(SB), $0-0
	0x0000 00000 (exe2.go:9)	MOVL	TLS, CX
	0x000b 00011 (exe2.go:9)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (exe2.go:9)	CMPL	SP, 8(CX)
	0x0011 00017 (exe2.go:9)	JLS	105
	0x0013 00019 (exe2.go:9)	NOP
	0x0013 00019 (exe2.go:9)	NOP
	0x0013 00019 (exe2.go:9)	FUNCDATA	$0, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (exe2.go:9)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (exe2.go:9)	NOP
	0x0013 00019 (exe2.go:9)	NOP
	0x0013 00019 (exe2.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0018 00024 (exe2.go:9)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x001e 00030 (exe2.go:9)	MOVBLZX	(CX), BX
	0x0021 00033 (exe2.go:9)	CMPB	BX, $1
	0x0024 00036 (exe2.go:9)	JLS	$0, 39
	0x0026 00038 (exe2.go:9)	RET
	0x0027 00039 (exe2.go:9)	NOP
	0x0027 00039 (exe2.go:9)	NOP
	0x0027 00039 (exe2.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x002c 00044 (exe2.go:9)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0032 00050 (exe2.go:9)	MOVBLZX	(CX), BX
	0x0035 00053 (exe2.go:9)	CMPB	BX, $1
	0x0038 00056 (exe2.go:9)	JNE	$0, 76
	0x003a 00058 (exe2.go:9)	PCDATA	$0, $0
	0x003a 00058 (exe2.go:9)	NOP
	0x003a 00058 (exe2.go:9)	NOP
	0x003a 00058 (exe2.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x003f 00063 (exe2.go:9)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0045 00069 (exe2.go:9)	CALL	runtime.throwinit(SB)	R???1
	0x004a 00074 (exe2.go:9)	UNDEF
	0x004c 00076 (exe2.go:9)	NOP
	0x004c 00076 (exe2.go:9)	NOP
	0x004c 00076 (exe2.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0051 00081 (exe2.go:9)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0057 00087 (exe2.go:9)	MOVB	$1, (CX)
	0x005a 00090 (exe2.go:9)	NOP
	0x005a 00090 (exe2.go:9)	NOP
	0x005a 00090 (exe2.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x005f 00095 (exe2.go:9)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0065 00101 (exe2.go:9)	MOVB	$2, (CX)
	0x0068 00104 (exe2.go:9)	RET
	0x0069 00105 (exe2.go:9)	NOP
	0x0069 00105 (exe2.go:9)	NOP
	0x0069 00105 (exe2.go:9)	NOP
	0x0069 00105 (exe2.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x006e 00110 (exe2.go:9)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0074 00116 (exe2.go:9)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x0079 00121 (exe2.go:9)	JMP	0
gclocals·0c8aa8e80191a30eac23f1a218103f16 t=9 dupok size=16
gclocals·69c1753bd5f81501d95132d08af04464 t=9 dupok size=8
gclocals·33cdeccccebe80329f1fdbee7f5874cb t=9 dupok size=8
"".initdone· t=34 size=1
"".main·f t=9 dupok size=4
"".init·f t=9 dupok size=4
type..importpath.dep2. t=9 dupok size=7
