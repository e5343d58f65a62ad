// runtime.h: the i386 runtime's types, and how they fit together.
//
// Code written in the Go 1.7 assembly dialect runs here with Go's 386 ABI0:
// arguments and results on the stack (results after arguments), every
// register caller-saved, the closure context in DX, and a stack check in
// every prologue that compares SP with g->stackguard0.
//
// Threads and goroutines. There is one thread, one m, and two g's: g0, whose
// stack is the thread's own (the system stack), and the goroutine that runs
// main.main on segmented stacks. runtime.tlsg, the one word of thread-local
// storage, always points at the goroutine; C code and the assembly stubs
// find g0 through g->m->g0.
//
// Where C runs. No C code runs on the goroutine's stack. Each Go-callable
// entry point is a NOSPLIT assembly stub that switches to the system stack
// (sysstack<> in asm_386.s) and calls C there with a pointer to its
// arguments. So the only things below stackguard0 on a goroutine stack are
// Go code's own small frames and NOSPLIT chains, those stubs (a few words),
// and the dynamic loader's lazy-binding resolver, which runs on the caller's
// stack the first time a PLT slot is used; StackGuard covers all three.
//
// Segmented stacks. A segment is one mapping:
//
//	base         lo                       sg = lo+StackGuard        hi     base+maplen
//	| guard page | guard area: NOSPLIT code, stubs, ld.so | Go frames | struct stkseg |
//
// A failed check calls morestack with 0(SP) = the return address into the
// function's out-of-line block, 4(SP) = the function's own return address
// and its arguments above that. newstack (on the system stack) looks the
// function up in the function tables to learn its argument size, takes the
// next segment (cached from an earlier split, or newly mapped), copies the
// arguments to its top with a return address to lessstack below them, and
// resumes the function's prologue there. When the function returns into
// lessstack, oldstack copies the argument block (results included) back and
// returns to the caller on the old segment. Segments stay cached above the
// one in use, up to SegmentCache of them, so a call that splits in a loop
// maps nothing after its first iteration.
//
// Defer (Go 1.7's protocol, as its compiler emitted it). deferproc pushes
// a pooled record holding the deferring frame's SP and a copy of the
// argument bytes on g->_defer; deferreturn, called before each return, pops
// the records of its caller's frame one at a time: it copies the arguments
// over its own argument slot and jmpdefer makes the deferred function
// return to the CALL of deferreturn again (5 bytes back, or 16 with
// GOBUILDMODE_shared).
//
// Function tables. Every object carries a pic386_functab section of
// struct functab; each module's moduledata points at its table, and the
// module registers it at load time through runtime.addmoduledata, as Go's
// modules did (the module of the runtime through runtime.firstmoduledata).
// morestack (argument sizes) and tracebacks (names, frame sizes) use them;
// abi.c compares the ABI records the same moduledata carries. There is no
// limit on the number of modules: the tables grow.
#ifndef RUNTIME_H
#define RUNTIME_H

// Every .c file includes this first: ucontext's register names,
// dl_iterate_phdr and MAP_ANONYMOUS are GNU extensions.
#define _GNU_SOURCE

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "go_asm.h"
// The toolchain's side of the contract: the stack constants, the function
// table entry, the ABI record and the stack check's bytes (-I beside the
// pic386 binary; pic386 build passes it).
#include <pic386/abi.h>

typedef uintptr_t uintptr;

// The ELF name of a C function that assembly calls or Go code sees.
#define GONAME(name) __asm__("runtime." #name)
// Internal to the runtime: no PLT, no interposition, not exported.
#define HIDDEN __attribute__((visibility("hidden")))

enum {
  PtrSize = 4,
  PageSize = 4096,

  // StackSmall, StackLimit, StackSystem and StackGuard are the toolchain's
  // too (pic386/abi.h). StackSystem was measured by
  // tests/runtime/040-guard.bats (PIC386_STACK_STATS): the whole budget
  // above stackguard0 spent, then first calls through the PLT: 732 bytes
  // below stackguard0 static, 736 shared with LD_BIND_NOW, 1244 with lazy
  // binding (glibc 2.36, native and qemu). The guard is 2048: 800 bytes to
  // spare.

  // Segments cached above the one in use (see stack.c): always this many,
  // and more while they map at most PIC386_STACK_CACHE bytes.
  SegmentCache = 8,
  DefaultStackCache = 8 << 20,   // a C thread's default stack
  DefaultSegment = 16384,
  DefaultStackLimit = 250000000,   // Go 1.7's maxstacksize on 32-bit

  TracebackMaxFrames = 100,
};

struct m;
struct stkseg;
struct _defer;
struct _panic;

struct stack {
  uintptr lo, hi;
};

struct gobuf {
  uintptr sp, pc;
};

struct g {
  struct stack stack;       // the segment in use
  uintptr stackguard0;      // prologues compare SP with this
  uintptr stackguard1;      // Go's guard for C-called code: kept equal
  struct _panic *_panic;    // always nil: fatal signals do not unwind
  struct _defer *_defer;    // innermost first
  struct m *m;
  // g0: the top of the system stack, where every switch starts.
  // The goroutine: its SP at the last switch to the system stack, with
  // the return address into the stub at 0(SP); tracebacks start there.
  struct gobuf sched;
  struct stkseg *seg;       // the segment in use; its prev/next link the rest
  uintptr stackinuse;       // bytes (hi-lo) of the segments in use
};

struct m {
  struct g *g0;
  struct g *curg;
  // Left by morestack for newstack.
  uintptr morepc;           // return PC of the morestack call: f's JMP back
  uintptr *moresp;          // &f's return address; f's arguments follow
  uintptr morectxt;         // DX, given back when f resumes
  // What f returned in AX and DX, kept across lessstack.
  uintptr cret, cretdx;
  bool splitting;           // in newstack: a throw traces from morepc
  int32_t printlock;
  int32_t dying;            // a fatal report is under way
};

// One segment's bookkeeping, at the top of its own mapping (above hi), where
// running off the bottom of the stack cannot reach it.
struct stkseg {
  struct stkseg *prev;      // the caller's side; NULL for the first
  struct stkseg *next;      // in use above, or cached
  uintptr lo, hi;
  uintptr base;             // the mapping, guard page first
  size_t maplen;
  // While in use (not for the first segment): where the function that
  // moved here came from.
  uintptr *retsp;           // &its return address on the old segment
  uint32_t argsize;         // bytes copied up and back down
  uint32_t depth;           // 0 for the first segment
};

// A Go string as passed in arguments: pointer, then length.
struct gostring {
  const char *p;
  int32_t n;
};

// A closure value: the code address, then whatever the closure captured.
struct funcval {
  uintptr fn;
};

// Go 1.7's _defer, then siz bytes of the deferred call's arguments.
struct _defer {
  int32_t siz;
  bool started;
  uintptr sp;               // the deferring frame's SP (its argument pointer)
  uintptr pc;               // deferproc's return address
  struct funcval *fn;
  struct _panic *_panic;
  struct _defer *link;
};

// The assembler's function table entry is struct functab (pic386/abi.h):
// entry, end and name relative to their own address, frame, args (or
// ArgsSizeUnknown) and the TEXT flags.

// A resolved entry, sorted by entry within its module.
struct func {
  uintptr entry, end;
  const struct functab *tab;
  const struct module *mod;
};

struct module {
  const char *path;         // the file it was loaded from
  uintptr lo, hi;           // lowest entry, highest end
  struct func *funcs;
  uint32_t nfuncs;
  const struct moduledata *md;
};

// Checks that go_asm.h, which assembly uses, describes these structures.
#define CHECK_OFFSET(type, field, off) \
  _Static_assert(offsetof(type, field) == (off), #type "." #field " is not at " #off)
CHECK_OFFSET(struct g, stack.lo, g_stack_lo);
CHECK_OFFSET(struct g, stack.hi, g_stack_hi);
CHECK_OFFSET(struct g, stackguard0, g_stackguard0);
CHECK_OFFSET(struct g, stackguard1, g_stackguard1);
CHECK_OFFSET(struct g, _panic, g__panic);
CHECK_OFFSET(struct g, _defer, g__defer);
CHECK_OFFSET(struct g, m, g_m);
CHECK_OFFSET(struct g, sched.sp, g_sched_sp);
CHECK_OFFSET(struct m, g0, m_g0);
CHECK_OFFSET(struct m, curg, m_curg);
CHECK_OFFSET(struct m, morepc, m_morepc);
CHECK_OFFSET(struct m, moresp, m_moresp);
CHECK_OFFSET(struct m, morectxt, m_morectxt);
CHECK_OFFSET(struct m, cret, m_cret);
CHECK_OFFSET(struct m, cretdx, m_cretdx);
CHECK_OFFSET(struct funcval, fn, funcval_fn);

// And that struct g is where the toolchain's code looks (pic386/abi.h):
// the stack check reads stackguard0, the WRAPPER prologue _panic.
CHECK_OFFSET(struct g, stackguard0, ABI_G_STACKGUARD0);
CHECK_OFFSET(struct g, _panic, ABI_G_PANIC);
_Static_assert(g_stackguard0 == ABI_G_STACKGUARD0, "go_asm.h's g_stackguard0 is not the toolchain's");
_Static_assert(g__panic == ABI_G_PANIC, "go_asm.h's g__panic is not the toolchain's");

// The word of TLS that holds g (asm_386.s defines it).
extern __thread struct g *runtime_tlsg __asm__("runtime.tlsg");

static inline struct g *getg(void) {
  return runtime_tlsg;
}

// ---------------------------------------------------------------- proc.c
extern struct m m0 HIDDEN;
extern struct g g0 HIDDEN;
extern struct g g1 HIDDEN;              // the goroutine that runs main.main

// Assembly entry points that C refers to.
void rt0_go(uintptr sp) GONAME(rt0_go);
void lessstack(void) GONAME(lessstack);

_Noreturn void throw(const char *s) HIDDEN;
_Noreturn void exit2(void) HIDDEN;       // after a fatal report

// ---------------------------------------------------------------- print.c
// To stderr, unbuffered, as Go's print does; safe in a signal handler.
void gwrite(const void *p, size_t n) HIDDEN;
void prints(const char *s) HIDDEN;
void printi(int64_t v) HIDDEN;
void printu(uint64_t v) HIDDEN;
void printx(uint64_t v) HIDDEN;

// ---------------------------------------------------------------- defer.c
void deferstats(void) HIDDEN;           // when main.main returns, if stats

// ---------------------------------------------------------------- stack.c
void stackinit(void) HIDDEN;            // reads PIC386_STACK_*
struct stkseg *stackfirst(struct g *gp) HIDDEN;
extern bool stats HIDDEN;               // PIC386_STACK_STATS is set
void stackstats(void) HIDDEN;           // when main.main returns, if stats
struct stkseg *segof(struct g *gp, uintptr sp) HIDDEN;   // in-use segment holding sp

// ---------------------------------------------------------------- symtab.c
// What a module tells the runtime about itself, as Go's moduledata did: pic386
// build links one record into every module (local.moduledata, written with
// the module's registration; runtime.firstmoduledata in the module that
// holds the runtime). Absolute pointers: in a shared object the dynamic
// loader relocates them before any code runs.
struct moduledata {
  const struct functab *ftab, *eftab;   // the module's pic386_functab section
  const uint8_t *abi, *eabi;            // its ABI records (abi.c)
};
// In the order build/tools.c writes the words (pic386/abi.h, MODULEDATA_*).
CHECK_OFFSET(struct moduledata, ftab, MODULEDATA_FTAB * PtrSize);
CHECK_OFFSET(struct moduledata, eftab, MODULEDATA_EFTAB * PtrSize);
CHECK_OFFSET(struct moduledata, abi, MODULEDATA_ABI * PtrSize);
CHECK_OFFSET(struct moduledata, eabi, MODULEDATA_EABI * PtrSize);
_Static_assert(sizeof(struct moduledata) == MODULEDATA_WORDS * PtrSize, "moduledata is four words");

// ABI records (struct abirec, pic386/abi.h), back to back from
// moduledata.abi to .eabi: compared at start-up.
void abicheck(void) HIDDEN;   // exits 2 on a mismatch, before main.main

// Called by each module's .init_array entry (go.link.addmoduledata, which
// pic386 build writes as Go's linker did) with AX = &its moduledata: the
// platform's ABI, not Go's, with the argument in a register; the stack is
// realigned for C. The module holding the runtime is not called for: its
// runtime.firstmoduledata is read directly, and is always the first module.
__attribute__((regparm(1), force_align_arg_pointer)) void addmoduledata(const struct moduledata *md)
    GONAME(addmoduledata);
void moduleinit(void) HIDDEN;           // registers runtime.firstmoduledata
int nmodules(void) HIDDEN;
const struct module *module(int i) HIDDEN;
const struct func *findfunc(uintptr pc) HIDDEN;
const char *funcname(const struct func *f) HIDDEN;

static inline uintptr functab_addr(const int32_t *field) {
  return (uintptr)field + (uintptr)(intptr_t)*field;
}

// ---------------------------------------------------------------- traceback.c
// Prints goroutine 1's stack from pc/sp. atentry: sp is the innermost
// function's SP on entry (its return address at 0(sp)); otherwise pc is a
// return address and sp the SP it returns with, or, when innermost is
// set, the faulting pc and SP, whose frame state is worked out from code.
enum { TB_RETURN, TB_ENTRY, TB_FAULT };
void traceback(uintptr pc, uintptr sp, int how) HIDDEN;

// ---------------------------------------------------------------- signal.c
void signalinit(void) HIDDEN;

#endif
