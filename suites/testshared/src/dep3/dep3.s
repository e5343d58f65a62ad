// package dep3: misc/cgo/testshared/src/dep3/dep3.go of Go 1.7, a library
// over libdep2.so and libdepBase.so (the third level):
//
//	package dep3
//
//	import ("dep2"; "depBase")
//
//	type Dep3 struct {
//		dep  depBase.Dep
//		dep2 dep2.Dep2
//	}
//
//	func D3() int {
//		var x Dep3
//		return x.dep.X + x.dep2.X + x.dep.Method() + x.dep2.Method()
//	}
//
// Go's D3 returns only x.dep.X + x.dep2.X and uses the other packages
// through their types alone; types have no symbols here, and a package's
// imports are the symbols it names, so D3 also calls a method through each
// embedded value: 0 + 0 + 10 + 10 = 20. x lives in D3's frame: dep at
// 8(SP), dep2 at 12(SP).
#include "textflag.h"

TEXT ·D3(SB), $20-4
	MOVL	$0, 8(SP)		// var x Dep3
	MOVL	$0, 12(SP)
	MOVL	8(SP), AX		// x.dep.X + x.dep2.X
	ADDL	12(SP), AX
	MOVL	AX, 16(SP)
	LEAL	8(SP), AX		// + x.dep.Method()
	MOVL	AX, 0(SP)
	CALL	depBase·Dep·Method(SB)
	MOVL	4(SP), AX
	ADDL	AX, 16(SP)
	LEAL	12(SP), AX		// + x.dep2.Method()
	MOVL	AX, 0(SP)
	CALL	dep2·Dep2·Method(SB)
	MOVL	4(SP), AX
	ADDL	16(SP), AX
	MOVL	AX, ret+0(FP)
	RET
