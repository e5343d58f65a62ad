// Benchmark: one defer per call. main calls one(i) N times; each call is
// one deferproc and one deferreturn that runs the deferred add(i) through
// jmpdefer and comes back to deferreturn's CALL, which finds no more
// records and returns. Written as Go 1.7's compiler wrote
//
//	var total uint32
//	func add(v uint32) { total += v }
//	func one(i uint32) { defer add(i) }
//	func main() {
//		for i := uint32(0); i != N; i++ { one(i) }
//		println(N, total)
//	}
//
// total is N*(N-1)/2 mod 2^32, so the deferred calls cannot be skipped.
// bench/runtime/run rewrites the #define N line to time two counts.
#include "textflag.h"

#define N 1000000

GLOBL ·total(SB), NOPTR, $4

DATA addv<>+0(SB)/4, $main·add(SB)
GLOBL addv<>(SB), RODATA, $4

// func add(v uint32)
TEXT ·add(SB), $0-4
	MOVL	v+0(FP), AX
	ADDL	AX, ·total(SB)
	RET

// func one(i uint32)
TEXT ·one(SB), $12-4
	MOVL	$4, 0(SP)
	MOVL	$addv<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	i+0(FP), AX
	MOVL	AX, 8(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func pu(v uint32): print(v)
TEXT ·pu(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printuint(SB)
	RET

TEXT ·main(SB), $8-0
	MOVL	$0, i-4(SP)
loop:
	MOVL	i-4(SP), AX
	CMPL	AX, $N
	JEQ	done
	MOVL	AX, 0(SP)
	CALL	·one(SB)
	INCL	i-4(SP)
	JMP	loop
done:
	CALL	runtime·printlock(SB)
	MOVL	$N, 0(SP)
	CALL	·pu(SB)
	CALL	runtime·printsp(SB)
	MOVL	·total(SB), AX
	MOVL	AX, 0(SP)
	CALL	·pu(SB)
	CALL	runtime·printnl(SB)
	CALL	runtime·printunlock(SB)
	RET
