"".main t=1 size=144 args=0x0 locals=0xc
	0x0000 00000 (implicitcmd.go:8)	TEXT	"".main(SB), $12-0
	0x0000 00000 (implicitcmd.go:8)	MOVL	TLS, CX
	0x000b 00011 (implicitcmd.go:8)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (implicitcmd.go:8)	CMPL	SP, 8(CX)
	0x0011 00017 (implicitcmd.go:8)	JLS	118
	0x0013 00019 (implicitcmd.go:8)	SUBL	$12, SP
	0x0016 00022 (implicitcmd.go:8)	FUNCDATA	$0, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0016 00022 (implicitcmd.go:8)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0016 00022 (implicitcmd.go:9)	MOVL	$42, BP
	0x001b 00027 (implicitcmd.go:9)	MOVL	$42, AX
	0x0020 00032 (implicitcmd.go:9)	ADDL	AX, BP
	0x0022 00034 (implicitcmd.go:9)	MOVL	BP, "".autotmp_1+8(SP)
	0x0026 00038 (implicitcmd.go:9)	PCDATA	$0, $0
	0x0026 00038 (implicitcmd.go:9)	NOP
	0x0026 00038 (implicitcmd.go:9)	NOP
	0x0026 00038 (implicitcmd.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x002b 00043 (implicitcmd.go:9)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0031 00049 (implicitcmd.go:9)	CALL	runtime.printlock(SB)	R???1
	0x0036 00054 (implicitcmd.go:9)	MOVL	"".autotmp_1+8(SP), AX
	0x003a 00058 (implicitcmd.go:9)	CDQ
	0x003b 00059 (implicitcmd.go:9)	MOVL	AX, (SP)
	0x003e 00062 (implicitcmd.go:9)	MOVL	DX, 4(SP)
	0x0042 00066 (implicitcmd.go:9)	PCDATA	$0, $0
	0x0042 00066 (implicitcmd.go:9)	NOP
	0x0042 00066 (implicitcmd.go:9)	NOP
	0x0042 00066 (implicitcmd.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0047 00071 (implicitcmd.go:9)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x004d 00077 (implicitcmd.go:9)	CALL	runtime.printint(SB)	R???1
	0x0052 00082 (implicitcmd.go:9)	PCDATA	$0, $0
	0x0052 00082 (implicitcmd.go:9)	NOP
	0x0052 00082 (implicitcmd.go:9)	NOP
	0x0052 00082 (implicitcmd.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0057 00087 (implicitcmd.go:9)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x005d 00093 (implicitcmd.go:9)	CALL	runtime.printnl(SB)	R???1
	0x0062 00098 (implicitcmd.go:9)	PCDATA	$0, $0
	0x0062 00098 (implicitcmd.go:9)	NOP
	0x0062 00098 (implicitcmd.go:9)	NOP
	0x0062 00098 (implicitcmd.go:9)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0067 00103 (implicitcmd.go:9)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x006d 00109 (implicitcmd.go:9)	CALL	runtime.printunlock(SB)	R???1
	0x0072 00114 (implicitcmd.go:10)	ADDL	$12, SP
	0x0075 00117 (implicitcmd.go:10)	RET
	0x0076 00118 (implicitcmd.go:10)	NOP
	0x0076 00118 (implicitcmd.go:8)	NOP
	0x0076 00118 (implicitcmd.go:8)	NOP
	0x0076 00118 (implicitcmd.go:8)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x007b 00123 (implicitcmd.go:8)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0081 00129 (implicitcmd.go:8)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x0086 00134 (implicitcmd.go:8)	JMP	0
"".init t=1 size=128 args=0x0 locals=0x0
	0x0000 00000 (implicitcmd.go:11)	TEXT	"".init(SB), $0-0
	0x0000 00000 (implicitcmd.go:11)	MOVL	TLS, CX
	0x000b 00011 (implicitcmd.go:11)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (implicitcmd.go:11)	CMPL	SP, 8(CX)
	0x0011 00017 (implicitcmd.go:11)	JLS	105
	0x0013 00019 (implicitcmd.go:11)	NOP
	0x0013 00019 (implicitcmd.go:11)	NOP
	0x0013 00019 (implicitcmd.go:11)	FUNCDATA	$0, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (implicitcmd.go:11)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (implicitcmd.go:11)	NOP
	0x0013 00019 (implicitcmd.go:11)	NOP
	0x0013 00019 (implicitcmd.go:11)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0018 00024 (implicitcmd.go:11)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x001e 00030 (implicitcmd.go:11)	MOVBLZX	(CX), BX
	0x0021 00033 (implicitcmd.go:11)	CMPB	BX, $1
	0x0024 00036 (implicitcmd.go:11)	JLS	$0, 39
	0x0026 00038 (implicitcmd.go:11)	RET
	0x0027 00039 (implicitcmd.go:11)	NOP
	0x0027 00039 (implicitcmd.go:11)	NOP
	0x0027 00039 (implicitcmd.go:11)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x002c 00044 (implicitcmd.go:11)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0032 00050 (implicitcmd.go:11)	MOVBLZX	(CX), BX
	0x0035 00053 (implicitcmd.go:11)	CMPB	BX, $1
	0x0038 00056 (implicitcmd.go:11)	JNE	$0, 76
	0x003a 00058 (implicitcmd.go:11)	PCDATA	$0, $0
	0x003a 00058 (implicitcmd.go:11)	NOP
	0x003a 00058 (implicitcmd.go:11)	NOP
	0x003a 00058 (implicitcmd.go:11)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x003f 00063 (implicitcmd.go:11)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0045 00069 (implicitcmd.go:11)	CALL	runtime.throwinit(SB)	R???1
	0x004a 00074 (implicitcmd.go:11)	UNDEF
	0x004c 00076 (implicitcmd.go:11)	NOP
	0x004c 00076 (implicitcmd.go:11)	NOP
	0x004c 00076 (implicitcmd.go:11)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0051 00081 (implicitcmd.go:11)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0057 00087 (implicitcmd.go:11)	MOVB	$1, (CX)
	0x005a 00090 (implicitcmd.go:11)	NOP
	0x005a 00090 (implicitcmd.go:11)	NOP
	0x005a 00090 (implicitcmd.go:11)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x005f 00095 (implicitcmd.go:11)	MOVL	"".initdone·@GOT(SB), CX, R???1
	0x0065 00101 (implicitcmd.go:11)	MOVB	$2, (CX)
	0x0068 00104 (implicitcmd.go:11)	RET
	0x0069 00105 (implicitcmd.go:11)	NOP
	0x0069 00105 (implicitcmd.go:11)	NOP
	0x0069 00105 (implicitcmd.go:11)	NOP
	0x0069 00105 (implicitcmd.go:11)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x006e 00110 (implicitcmd.go:11)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0074 00116 (implicitcmd.go:11)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x0079 00121 (implicitcmd.go:11)	JMP	0
gclocals·33cdeccccebe80329f1fdbee7f5874cb t=9 dupok size=8
"".initdone· t=34 size=1
"".main·f t=9 dupok size=4
"".init·f t=9 dupok size=4
type..importpath.explicit. t=9 dupok size=11
type..importpath.implicit. t=9 dupok size=11
