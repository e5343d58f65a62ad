// Defer, written as Go 1.7's compiler wrote it: deferproc(siz, fn, args...),
// CMPL AX, $0 / JNE to the exit, and at the exit XCHGL AX, AX then
// deferreturn(arg0), which must come back to its own CALL after each
// deferred call. One defer; several (LIFO); arguments evaluated at the
// defer; a loop; recursion through stack splits; a closure changing a
// named result; deferred functions in another module and defer inside one;
// a deferring function that splits, and a deferred function that does.
#include "textflag.h"

GLOBL ·total(SB), NOPTR, $4

DATA pv<>+0(SB)/4, $main·p(SB)
GLOBL pv<>(SB), RODATA, $4
DATA addv<>+0(SB)/4, $main·add(SB)
GLOBL addv<>(SB), RODATA, $4
DATA showv<>+0(SB)/4, $depDefer·Show(SB)
GLOBL showv<>(SB), RODATA, $4
DATA bigv<>+0(SB)/4, $main·bigdeferred(SB)
GLOBL bigv<>(SB), RODATA, $4
DATA splitsv<>+0(SB)/4, $main·callsplits(SB)
GLOBL splitsv<>(SB), RODATA, $4
DATA deferbigv<>+0(SB)/4, $main·deferbig(SB)
GLOBL deferbigv<>(SB), RODATA, $4

// func p(v int32): println(v)
TEXT ·p(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET

// func add(v int32): total += v
TEXT ·add(SB), $0-4
	MOVL	v+0(FP), AX
	ADDL	AX, ·total(SB)
	RET

// func one() { defer p(1) }
TEXT ·one(SB), $12-0
	MOVL	$4, 0(SP)
	MOVL	$pv<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	$1, 8(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func lifo() { defer p(2); defer p(3); defer p(4); p(10) }: 10 4 3 2
TEXT ·lifo(SB), $12-0
	MOVL	$2, AX
loop:
	MOVL	AX, 8(SP)
	MOVL	$4, 0(SP)
	MOVL	$pv<>(SB), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	MOVL	8(SP), AX
	INCL	AX
	CMPL	AX, $5
	JNE	loop
	MOVL	$10, 0(SP)
	CALL	·p(SB)
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func args() { x := 5; defer p(x); x = 6; p(x) }: 6 5
TEXT ·args(SB), $16-0
	MOVL	$5, x-4(SP)
	MOVL	$4, 0(SP)
	MOVL	$pv<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	x-4(SP), AX
	MOVL	AX, 8(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	MOVL	$6, x-4(SP)
	MOVL	x-4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func loop(n int32) { for i := 0; i < n; i++ { defer add(i) } }
TEXT ·loop(SB), $16-4
	MOVL	$0, i-4(SP)
again:
	MOVL	i-4(SP), AX
	CMPL	AX, n+0(FP)
	JGE	done
	MOVL	$4, 0(SP)
	MOVL	$addv<>(SB), CX
	MOVL	CX, 4(SP)
	MOVL	AX, 8(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	INCL	i-4(SP)
	JMP	again
done:
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func many(n int32) { for i := 0; i < n; i++ { loop(2) } }: 2n records in
// all, two at a time, from the pool
TEXT ·many(SB), $8-4
	MOVL	n+0(FP), AX
	MOVL	AX, i-4(SP)
again:
	MOVL	$2, 0(SP)
	CALL	·loop(SB)
	DECL	i-4(SP)
	JNE	again
	RET

// func rec(n int32) { defer add(n); if n > 0 { rec(n-1) } }: each frame's
// defers run on the segment its frame is on
TEXT ·rec(SB), $12-4
	MOVL	$4, 0(SP)
	MOVL	$addv<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	n+0(FP), AX
	MOVL	AX, 8(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	MOVL	n+0(FP), AX
	TESTL	AX, AX
	JEQ	ret
	DECL	AX
	MOVL	AX, 0(SP)
	CALL	·rec(SB)
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func named() (r int32) { defer func() { r *= 2 }(); r = 21; return }: 42
TEXT ·double(SB), NEEDCTXT, $0-0
	MOVL	4(DX), AX
	SHLL	$1, (AX)
	RET

TEXT ·named(SB), $16-4
	MOVL	$main·double(SB), AX
	MOVL	AX, fn-8(SP)
	LEAL	r+0(FP), AX
	MOVL	AX, fn-4(SP)
	MOVL	$0, 0(SP)
	LEAL	fn-8(SP), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	MOVL	$21, r+0(FP)
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func other() { defer depDefer.Show(7); defer depBottom.ImplementedInAsm() }
DATA asmv<>+0(SB)/4, $depBottom·ImplementedInAsm(SB)
GLOBL asmv<>(SB), RODATA, $4
TEXT ·other(SB), $12-0
	MOVL	$4, 0(SP)
	MOVL	$showv<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	$7, 8(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	MOVL	$0, 0(SP)
	MOVL	$asmv<>(SB), AX
	MOVL	AX, 4(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func splits() { defer p(8); p(9); println(split) }, called at the edge
// so that its prologue splits: its defer record and deferreturn are on the
// new segment, and it returns to lessstack (split: true)
TEXT ·splits(SB), $12-0
	MOVL	$4, 0(SP)
	MOVL	$pv<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	$8, 8(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
	MOVL	$9, 0(SP)
	CALL	·p(SB)
	CALL	·split(SB)
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

// func split(): println(whether its caller returns to lessstack)
TEXT ·split(SB), $4-0
	MOVL	20(SP), AX	// the caller's return address: above its 12-byte frame
	MOVL	$runtime·lessstack(SB), BX
	CMPL	AX, BX
	SETEQ	0(SP)
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	RET

// callsplits: NOSPLIT, no frame: splits starts at stackguard0 exactly
TEXT ·callsplits(SB), NOSPLIT, $0-0
	CALL	·splits(SB)
	RET

// func bigdeferred(v int32): p(v) from a frame that cannot fit at the
// edge; println(split)
TEXT ·bigdeferred(SB), $2000-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	MOVL	2000(SP), AX
	MOVL	$runtime·lessstack(SB), BX
	CMPL	AX, BX
	SETEQ	0(SP)
	CALL	runtime·printbool(SB)
	CALL	runtime·printnl(SB)
	RET

// func deferbig() { defer bigdeferred(11) }, called 4 bytes above the
// guard: the deferred function, entered by jmpdefer, splits
TEXT ·deferbig(SB), $12-0
	MOVL	$4, 0(SP)
	MOVL	$bigv<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	$11, 8(SP)
	CALL	runtime·deferproc(SB)
	CMPL	AX, $0
	JNE	ret
ret:
	XCHGL	AX, AX
	CALL	runtime·deferreturn(SB)
	RET

TEXT ·ptotal(SB), $4-0
	MOVL	·total(SB), AX
	MOVL	AX, 0(SP)
	CALL	·p(SB)
	MOVL	$0, ·total(SB)
	RET

TEXT ·main(SB), $8-0
	CALL	·one(SB)	// 1
	CALL	·lifo(SB)	// 10 4 3 2
	CALL	·args(SB)	// 6 5
	MOVL	$5, 0(SP)
	CALL	·loop(SB)
	CALL	·ptotal(SB)	// 10
	MOVL	$100000, 0(SP)
	CALL	·loop(SB)
	CALL	·ptotal(SB)	// 704982704 (4999950000 mod 2^32)
	MOVL	$100000, 0(SP)
	CALL	·many(SB)
	CALL	·ptotal(SB)	// 100000
	MOVL	$3000, 0(SP)
	CALL	·rec(SB)
	CALL	·ptotal(SB)	// 4501500
	CALL	·named(SB)
	CALL	·p(SB)	// 42
	CALL	depDefer·Named(SB)
	CALL	·p(SB)	// 42
	CALL	depDefer·F(SB)
	CALL	·p(SB)	// 1
	CALL	·other(SB)	// depDefer.Show 7
	MOVL	$splitsv<>(SB), AX
	MOVL	AX, 0(SP)
	CALL	stk·AtEdge(SB)	// 9 true 8
	MOVL	$deferbigv<>(SB), AX
	MOVL	AX, 0(SP)
	CALL	stk·AtEdge(SB)	// 11 true
	RET
