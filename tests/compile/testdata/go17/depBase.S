"".(*Dep).Method t=1 size=48 args=0x8 locals=0x0
	0x0000 00000 (dep.go:15)	TEXT	"".(*Dep).Method(SB), $0-8
	0x0000 00000 (dep.go:15)	MOVL	TLS, CX
	0x000b 00011 (dep.go:15)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (dep.go:15)	CMPL	SP, 8(CX)
	0x0011 00017 (dep.go:15)	JLS	28
	0x0013 00019 (dep.go:15)	NOP
	0x0013 00019 (dep.go:15)	NOP
	0x0013 00019 (dep.go:15)	FUNCDATA	$0, gclocals·3f5c1f818fa7055d0400cecd34057162(SB)
	0x0013 00019 (dep.go:15)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (dep.go:16)	MOVL	$10, "".~r0+8(FP)
	0x001b 00027 (dep.go:16)	RET
	0x001c 00028 (dep.go:16)	NOP
	0x001c 00028 (dep.go:15)	NOP
	0x001c 00028 (dep.go:15)	NOP
	0x001c 00028 (dep.go:15)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0021 00033 (dep.go:15)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0027 00039 (dep.go:15)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x002c 00044 (dep.go:15)	JMP	0
"".F t=1 size=160 args=0x4 locals=0x8
	0x0000 00000 (dep.go:19)	TEXT	"".F(SB), $8-4
	0x0000 00000 (dep.go:19)	MOVL	TLS, CX
	0x000b 00011 (dep.go:19)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (dep.go:19)	CMPL	SP, 8(CX)
	0x0011 00017 (dep.go:19)	JLS	132
	0x0013 00019 (dep.go:19)	SUBL	$8, SP
	0x0016 00022 (dep.go:19)	FUNCDATA	$0, gclocals·5184031d3a32a42d85027f073f873668(SB)
	0x0016 00022 (dep.go:19)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0016 00022 (dep.go:19)	MOVL	$0, "".~r0+12(FP)
	0x001e 00030 (dep.go:20)	MOVL	$0, (SP)
	0x0025 00037 (dep.go:20)	NOP
	0x0025 00037 (dep.go:20)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x002a 00042 (dep.go:20)	MOVL	"".F.func1·f@GOT(SB), AX, R???1
	0x0030 00048 (dep.go:20)	MOVL	AX, 4(SP)
	0x0034 00052 (dep.go:20)	PCDATA	$0, $0
	0x0034 00052 (dep.go:20)	NOP
	0x0034 00052 (dep.go:20)	NOP
	0x0034 00052 (dep.go:20)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0039 00057 (dep.go:20)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x003f 00063 (dep.go:20)	CALL	runtime.deferproc(SB)	R???1
	0x0044 00068 (dep.go:20)	CMPL	AX, $0
	0x0047 00071 (dep.go:20)	JNE	$1, 111
	0x0049 00073 (dep.go:21)	NOP
	0x0049 00073 (dep.go:21)	NOP
	0x0049 00073 (dep.go:21)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x004e 00078 (dep.go:21)	MOVL	"".V@GOT(SB), CX, R???1
	0x0054 00084 (dep.go:21)	MOVL	(CX), BX
	0x0056 00086 (dep.go:21)	MOVL	BX, "".~r0+12(FP)
	0x005a 00090 (dep.go:21)	PCDATA	$0, $0
	0x005a 00090 (dep.go:21)	XCHGL	AX, AX
	0x005b 00091 (dep.go:21)	NOP
	0x005b 00091 (dep.go:21)	NOP
	0x005b 00091 (dep.go:21)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0060 00096 (dep.go:21)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0066 00102 (dep.go:21)	CALL	runtime.deferreturn(SB)	R???1
	0x006b 00107 (dep.go:21)	ADDL	$8, SP
	0x006e 00110 (dep.go:21)	RET
	0x006f 00111 (dep.go:20)	PCDATA	$0, $0
	0x006f 00111 (dep.go:20)	XCHGL	AX, AX
	0x0070 00112 (dep.go:20)	NOP
	0x0070 00112 (dep.go:20)	NOP
	0x0070 00112 (dep.go:20)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0075 00117 (dep.go:20)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x007b 00123 (dep.go:20)	CALL	runtime.deferreturn(SB)	R???1
	0x0080 00128 (dep.go:20)	ADDL	$8, SP
	0x0083 00131 (dep.go:20)	RET
	0x0084 00132 (dep.go:20)	NOP
	0x0084 00132 (dep.go:19)	NOP
	0x0084 00132 (dep.go:19)	NOP
	0x0084 00132 (dep.go:19)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0089 00137 (dep.go:19)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x008f 00143 (dep.go:19)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x0094 00148 (dep.go:19)	JMP	0
"".F.func1 t=1 size=48 args=0x0 locals=0x0
	0x0000 00000 (dep.go:20)	TEXT	"".F.func1(SB), $0-0
	0x0000 00000 (dep.go:20)	MOVL	TLS, CX
	0x000b 00011 (dep.go:20)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (dep.go:20)	CMPL	SP, 8(CX)
	0x0011 00017 (dep.go:20)	JLS	20
	0x0013 00019 (dep.go:20)	NOP
	0x0013 00019 (dep.go:20)	NOP
	0x0013 00019 (dep.go:20)	FUNCDATA	$0, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (dep.go:20)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (dep.go:20)	RET
	0x0014 00020 (dep.go:20)	NOP
	0x0014 00020 (dep.go:20)	NOP
	0x0014 00020 (dep.go:20)	NOP
	0x0014 00020 (dep.go:20)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0019 00025 (dep.go:20)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x001f 00031 (dep.go:20)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x0024 00036 (dep.go:20)	JMP	0
gclocals·33cdeccccebe80329f1fdbee7f5874cb t=9 dupok size=8
gclocals·3f5c1f818fa7055d0400cecd34057162 t=9 dupok size=12
gclocals·5184031d3a32a42d85027f073f873668 t=9 dupok size=12
"".ImplementedInAsm.args_stackmap t=9 size=8
go.string.hdr."hi" t=9 dupok size=8
go.string."hi" t=9 dupok size=2
"".V t=34 size=4
"".HasMask t=33 size=12
"".statictmp_0 t=33 size=8
"".(*Dep).Method·f t=9 dupok size=4
"".F·f t=9 dupok size=4
"".ImplementedInAsm·f t=9 dupok size=4
"".F.func1·f t=9 dupok size=4
runtime.gcbits. t=9 dupok size=0
type..namedata.*depBase.Dep. t=9 dupok size=15
type..importpath."". t=9 dupok size=10
type..namedata.X. t=9 dupok size=4
type."".Dep t=9 size=68
go.typelink."".Dep t=9 size=4
runtime.gcbits.01 t=9 dupok size=1
type..namedata.*func(*depBase.Dep) int. t=9 dupok size=26
type.func(*"".Dep) int t=9 dupok size=44
go.typelink.func(*"".Dep) int t=9 dupok size=4
type..namedata.Method. t=9 dupok size=9
type..namedata.*func() int. t=9 dupok size=14
type.func() int t=9 dupok size=40
go.typelink.func() int t=9 dupok size=4
type.*"".Dep t=9 size=60
go.typelink.*"".Dep t=9 size=4
type..namedata.*[]string. t=9 dupok size=12
type.[]string t=9 dupok size=36
go.typelink.[]string t=9 dupok size=4
type..namedata.*[1]string. t=9 dupok size=13
type.[1]string t=9 dupok size=44
go.typelink.[1]string t=9 dupok size=4
type..namedata.*[]*uint8. t=9 dupok size=12
type.[]*uint8 t=9 dupok size=36
go.typelink.[]*uint8 t=9 dupok size=4
type..hashfunc4096 t=9 dupok size=8
type..eqfunc4096 t=9 dupok size=8
type..alg4096 t=9 dupok size=8
runtime.gcbits.ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff t=9 dupok size=128
type..namedata.*[1024]*uint8. t=9 dupok size=16
type.[1024]*uint8 t=9 dupok size=44
go.typelink.[1024]*uint8 t=9 dupok size=4
type..namedata.*depBase.HasProg. t=9 dupok size=19
type.*"".HasProg t=9 size=36
go.typelink.*"".HasProg t=9 size=4
type..namedata.array. t=9 dupok size=8
type."".HasProg t=9 size=68
go.typelink."".HasProg t=9 size=4
