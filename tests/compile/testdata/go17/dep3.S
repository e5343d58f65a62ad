"".D3 t=1 size=48 args=0x4 locals=0x0
	0x0000 00000 (dep3.go:19)	TEXT	"".D3(SB), $0-4
	0x0000 00000 (dep3.go:19)	MOVL	TLS, CX
	0x000b 00011 (dep3.go:19)	MOVL	(CX)(TLS*2), CX
	0x000e 00014 (dep3.go:19)	CMPL	SP, 8(CX)
	0x0011 00017 (dep3.go:19)	JLS	28
	0x0013 00019 (dep3.go:19)	NOP
	0x0013 00019 (dep3.go:19)	NOP
	0x0013 00019 (dep3.go:19)	FUNCDATA	$0, gclocals·5184031d3a32a42d85027f073f873668(SB)
	0x0013 00019 (dep3.go:19)	FUNCDATA	$1, gclocals·33cdeccccebe80329f1fdbee7f5874cb(SB)
	0x0013 00019 (dep3.go:20)	NOP
	0x0013 00019 (dep3.go:20)	MOVL	$0, BP
	0x0015 00021 (dep3.go:20)	NOP
	0x0015 00021 (dep3.go:21)	ADDL	BP, BP
	0x0017 00023 (dep3.go:21)	MOVL	BP, "".~r0+4(FP)
	0x001b 00027 (dep3.go:21)	RET
	0x001c 00028 (dep3.go:21)	NOP
	0x001c 00028 (dep3.go:19)	NOP
	0x001c 00028 (dep3.go:19)	NOP
	0x001c 00028 (dep3.go:19)	CALL	__x86.get_pc_thunk.cx(SB)	R???1
	0x0021 00033 (dep3.go:19)	LEAL	_GLOBAL_OFFSET_TABLE_<>(SB), BX, R???1
	0x0027 00039 (dep3.go:19)	CALL	runtime.morestack_noctxt(SB)	R???1
	0x002c 00044 (dep3.go:19)	JMP	0
gclocals·33cdeccccebe80329f1fdbee7f5874cb t=9 dupok size=8
gclocals·5184031d3a32a42d85027f073f873668 t=9 dupok size=12
"".D3·f t=9 dupok size=4
runtime.gcbits.01 t=9 dupok size=1
type..namedata.*dep3.Dep3. t=9 dupok size=13
type.*"".Dep3 t=9 size=36
go.typelink.*"".Dep3 t=9 size=4
runtime.gcbits. t=9 dupok size=0
type..importpath."". t=9 dupok size=7
type..namedata.dep. t=9 dupok size=6
type..namedata.dep2. t=9 dupok size=7
type."".Dep3 t=9 size=80
go.typelink."".Dep3 t=9 size=4
type..importpath.dep2. t=9 dupok size=7
type..importpath.depBase. t=9 dupok size=10
