// asm_386.s: the runtime's assembly: start-up, the switch to the system
// stack, morestack and lessstack, and the defer protocol's entry points.
//
// This file is assembled with -dynlink for libruntime.so, so any reference
// to a global symbol clobbers CX, and a CALL to one clobbers BX too. A JMP
// to a global is R_386_PC32, as Go's: bound inside libruntime.so by the
// link (-Bsymbolic-functions), so it needs no BX; the tail jumps here are to
// file-local (<>) symbols all the same.

#include "go_asm.h"
#include "go_tls.h"
#include "textflag.h"

// g, the running goroutine.
GLOBL runtime·tlsg(SB), NOPTR|TLSBSS, $4

// func rt0_go(sp uintptr)
// Called by C main on the thread's stack: records that stack as g0's, runs
// main.main on the goroutine stack whose top is sp, and returns when
// main.main does. C's callee-saved registers are kept for C.
TEXT runtime·rt0_go(SB), NOSPLIT, $0-4
	MOVL	sp+0(FP), AX
	PUSHL	BX
	PUSHL	SI
	PUSHL	DI
	PUSHL	BP
	// C called with SP 16-aligned, so after its return address and four
	// words this leaves g0.sched.sp 16-aligned for every C call to come.
	SUBL	$12, SP
	get_tls(CX)
	MOVL	g(CX), CX
	MOVL	g_m(CX), CX
	MOVL	m_g0(CX), CX
	MOVL	SP, g_sched_sp(CX)
	MOVL	AX, SP
	CALL	main·main(SB)
	get_tls(CX)
	MOVL	g(CX), CX
	MOVL	g_m(CX), CX
	MOVL	m_g0(CX), CX
	MOVL	g_sched_sp(CX), SP
	ADDL	$12, SP
	POPL	BP
	POPL	DI
	POPL	SI
	POPL	BX
	RET

// sysstack<> runs a C function on the system stack: AX = the function,
// DX = its one argument (a stub's argument pointer). Called by the stubs
// below as their last call. The C result comes back in AX; SI, DI and BP
// survive (C keeps them), CX and DX do not. The goroutine's SP is left in
// g.sched.sp, where tracebacks of a fault or throw in C start.
TEXT runtime·sysstack<>(SB), NOSPLIT, $0-0
	get_tls(CX)
	MOVL	g(CX), CX
	MOVL	SP, g_sched_sp(CX)
	MOVL	g_m(CX), CX
	MOVL	m_g0(CX), CX
	MOVL	g_sched_sp(CX), CX
	MOVL	SP, -4(CX)	// the goroutine's SP, above the argument
	LEAL	-16(CX), SP	// 16-aligned at the CALL, as C expects
	MOVL	DX, 0(SP)
	CALL	AX
	MOVL	12(SP), SP
	RET

// The Go-callable functions implemented in C: each passes the address of
// its own arguments. NOSPLIT: they use two words of the goroutine stack.
// (A macro parameter must be a whole token, so the names come with their ·.)
#define CSTUB(name, cname, frame) \
TEXT name(SB), NOSPLIT, frame \
	LEAL	arg+0(FP), DX \
	MOVL	$cname(SB), AX \
	CALL	runtime·sysstack<>(SB) \
	RET

CSTUB(·printlock, ·printlock_m, $0-0)
CSTUB(·printunlock, ·printunlock_m, $0-0)
CSTUB(·printbool, ·printbool_m, $0-4)
CSTUB(·printint, ·printint_m, $0-8)
CSTUB(·printuint, ·printuint_m, $0-8)
CSTUB(·printhex, ·printhex_m, $0-8)
CSTUB(·printpointer, ·printpointer_m, $0-4)
CSTUB(·printstring, ·printstring_m, $0-8)
CSTUB(·printnl, ·printnl_m, $0-0)
CSTUB(·printsp, ·printsp_m, $0-0)
CSTUB(·throw, ·throw_m, $0-8)
// func deferproc(siz int32, fn *funcval): the C part returns 0 in AX,
// which the compiler's CMPL AX, $0 after the call tests (1 would mean a
// recovered panic resumed there; fatal signals do not unwind here).
CSTUB(·deferproc, ·deferproc_m, $0-8)

// func deferreturn(arg0 uintptr)
// Runs the deferred calls of its caller's frame, innermost first: the C
// part pops one record whose SP is the caller's (the address of arg0),
// copies its arguments to arg0's place and returns its funcval; jmpdefer
// then makes the deferred function return to the caller's CALL of
// deferreturn, which comes back here for the next one.
TEXT runtime·deferreturn(SB), NOSPLIT, $8-4
	LEAL	arg0+0(FP), DX
	MOVL	$runtime·deferreturn_m(SB), AX
	CALL	runtime·sysstack<>(SB)
	TESTL	AX, AX
	JEQ	done
	MOVL	AX, 0(SP)
	LEAL	arg0+0(FP), AX
	MOVL	AX, 4(SP)
	CALL	runtime·jmpdefer(SB)
done:
	RET

// void jmpdefer(fn, sp);
// called from deferreturn.
// 1. pop the caller
// 2. sub 5 bytes (the length of CALL & a 32 bit displacement) from the callers
//    return (when building for shared libraries, subtract 16 bytes -- 5 bytes
//    for CALL & displacement to call __x86.get_pc_thunk.cx, 6 bytes for the
//    LEAL to load the offset into BX, and finally 5 for the call & displacement)
// 3. jmp to the argument
TEXT runtime·jmpdefer(SB), NOSPLIT, $0-8
	MOVL	fv+0(FP), DX	// fn
	MOVL	argp+4(FP), BX	// caller sp
	LEAL	-4(BX), SP	// caller sp after CALL
#ifdef GOBUILDMODE_shared
	SUBL	$16, (SP)	// return to CALL again
#else
	SUBL	$5, (SP)	// return to CALL again
#endif
	MOVL	0(DX), BX
	JMP	BX	// but first run the deferred function

// morestack: the prologue of f found too little stack. 0(SP) = the return
// address into f's out-of-line block (its JMP back to the prologue),
// 4(SP) = f's return address, 8(SP)... f's arguments; DX = f's closure
// context. newstack, on the system stack, moves f's arguments to a new
// segment and returns the SP to resume f's prologue with.
TEXT runtime·morestack(SB), NOSPLIT, $0-0
	JMP	runtime·morestack<>(SB)

TEXT runtime·morestack_noctxt(SB), NOSPLIT, $0-0
	MOVL	$0, DX
	JMP	runtime·morestack<>(SB)

TEXT runtime·morestack<>(SB), NOSPLIT, $0-0
	get_tls(CX)
	MOVL	g(CX), CX
	MOVL	g_m(CX), CX
	MOVL	0(SP), AX
	MOVL	AX, m_morepc(CX)
	LEAL	4(SP), AX
	MOVL	AX, m_moresp(CX)
	MOVL	DX, m_morectxt(CX)
	MOVL	m_g0(CX), AX
	MOVL	g_sched_sp(AX), SP
	CALL	runtime·newstack(SB)
	get_tls(CX)
	MOVL	g(CX), CX
	MOVL	g_m(CX), CX
	MOVL	m_morectxt(CX), DX
	MOVL	m_morepc(CX), CX
	MOVL	AX, SP
	JMP	CX

// lessstack: a function that morestack moved to a new segment returns
// here, with SP at its argument block on that segment. oldstack copies the
// block back and gives the SP at which the function's return address lies
// on the old segment. AX and DX, which assembly functions may return
// values in, are kept; so are SI, DI and BP.
TEXT runtime·lessstack(SB), NOSPLIT, $0-0
	get_tls(CX)
	MOVL	g(CX), CX
	MOVL	g_m(CX), CX
	MOVL	AX, m_cret(CX)
	MOVL	DX, m_cretdx(CX)
	MOVL	m_g0(CX), AX
	MOVL	g_sched_sp(AX), SP
	CALL	runtime·oldstack(SB)
	MOVL	AX, SP
	get_tls(CX)
	MOVL	g(CX), CX
	MOVL	g_m(CX), CX
	MOVL	m_cret(CX), AX
	MOVL	m_cretdx(CX), DX
	RET

// func getcallerpc(argp unsafe.Pointer) uintptr
// The return address of the function whose first argument is at argp. A
// function that morestack moved returns to lessstack; its real return
// address is on the old segment, and that is the one given.
TEXT runtime·getcallerpc(SB), NOSPLIT, $0-8
	LEAL	argp+0(FP), DX
	MOVL	$runtime·getcallerpc_m(SB), AX
	CALL	runtime·sysstack<>(SB)
	MOVL	AX, ret+4(FP)
	RET

// func getcallersp(argp unsafe.Pointer) uintptr
TEXT runtime·getcallersp(SB), NOSPLIT, $0-8
	MOVL	argp+0(FP), AX
	MOVL	AX, ret+4(FP)
	RET

// func GC(): nothing is collected; stack segments cached beyond the few
// kept for the next split are given back, as Go's GC shrinks stacks.
CSTUB(·GC, ·gc_m, $0-0)

// What compiled Go code calls (alloc.c), with Go 1.7's argument layouts.
CSTUB(·newobject, ·newobject_m, $0-8)
CSTUB(·makeslice, ·makeslice_m, $0-32)
CSTUB(·growslice, ·growslice_m, $0-32)
CSTUB(·memmove, ·memmove_m, $0-12)
CSTUB(·concatstring2, ·concatstring2_m, $0-28)
CSTUB(·concatstring3, ·concatstring3_m, $0-36)
CSTUB(·concatstring4, ·concatstring4_m, $0-44)
CSTUB(·concatstring5, ·concatstring5_m, $0-52)
CSTUB(·concatstrings, ·concatstrings_m, $0-24)
CSTUB(·eqstring, ·eqstring_m, $0-20)
CSTUB(·cmpstring, ·cmpstring_m, $0-20)
CSTUB(·slicebytetostring, ·slicebytetostring_m, $0-24)
CSTUB(·stringtoslicebyte, ·stringtoslicebyte_m, $0-24)
CSTUB(·slicecopy, ·slicecopy_m, $0-32)
CSTUB(·slicestringcopy, ·slicestringcopy_m, $0-24)
CSTUB(·decoderune, ·decoderune_m, $0-20)
CSTUB(·int64div, ·int64div_m, $0-24)
CSTUB(·int64mod, ·int64mod_m, $0-24)
CSTUB(·uint64div, ·uint64div_m, $0-24)
CSTUB(·uint64mod, ·uint64mod_m, $0-24)
CSTUB(·panicindex, ·panicindex_m, $0-0)
CSTUB(·panicslice, ·panicslice_m, $0-0)
CSTUB(·panicdivide, ·panicdivide_m, $0-0)
CSTUB(·throwinit, ·throwinit_m, $0-0)
