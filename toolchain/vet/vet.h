// vet.h: `pic386 vet`, the types of the checker, from a file's bytes to a
// finding.
//
// The invariant: on i386, a call or jump into a position-independent PLT
// entry (`jmp *slot(%ebx)`) must be made with EBX holding the calling
// module's GOT. Go issue 15916 broke it twice (a bare morestack call; a
// jmpdefer rewind that skipped the GOT load before `call deferreturn@plt`).
// vet proves the invariant at every such site of an ELF module, or says why
// it cannot.
//
// Pipeline (one file per stage):
//   elf.c     the file, mmapped and validated: sections, segments, dynamic
//             table, symbols, relocations; every read bounds-checked
//   plt.c     the PLT entries (.plt, .plt.sec, .plt.got; IBT or not; PIC or
//             absolute), their names, and the GOT they imply, checked
//             against DT_PLTGOT
//   funcs.c   function discovery: symbols, .eh_frame FDEs (stripped objects),
//             entry points; which functions are Go code; the CFA rule at an
//             address (the FDEs' call frame instructions)
//   decode.c  Zydis: bytes -> Insn, the few facts the analysis needs
//   cfg.c     successors of an instruction: branches, jump tables, thunks,
//             calls that do not return
//   transfer.c the abstract EBX (and the registers and stack slots it
//             travels through): values, states, joins, and what one
//             instruction does to a state
//   flow.c    the forward data-flow over a function with those states (the
//             worklist walk), and the PLT check
//   explain.c what a finding says (EBX's origin, the path), and the
//             straight-line replay of the defer check
//   defer.c   Go's defer protocol: jmpdefer's rewind, deferreturn call sites
//   unreached.c the PLT sites no flow reached: found, counted, judged
//   report.c  findings: text, -json, the summary
//   vet.c     `pic386 vet`: flags, one file's checks
//   jobs.c    walking files and directories into jobs, run in order on -j
//             forked workers (a worker a file), output in the jobs' order
//
// Memory: a file is mmapped, never copied; the analysis keeps state only per
// function (block states, its decoded instructions, and two ints a byte of
// the function's own range: the leader and instruction tables), reused by
// the next function rather than freed (flow.c: they grow to what the
// largest function needed, and no further). Per file, findings and two
// bitmaps over the code (instruction starts visited, function starts).
// Per process, the noreturn walks' fixed tables and the verdict caches
// (cfg.c).
//
// Parallelism (jobs.c): -j N forked workers, one a file, each with its own
// copy of the statics above; the parent prints their output in the files'
// order. So N workers hold at most N files' and N functions' worth.
#ifndef VET_H
#define VET_H

#include <elf.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "internal/internal.h"   // Map

// An address hashed for the open-addressing tables (flow.c, funcs.c):
// every bit of it mixed into the low bits the tables mask with, since
// function starts and branch targets are mostly 16-byte aligned (a plain
// multiply leaves their low bits 0 and the probes clustered).
static inline uint32_t addr_hash(uint32_t k) {
  k ^= k >> 16;
  k *= 0x45d9f3bu;
  k ^= k >> 16;
  return k;
}

// ---------------------------------------------------------------- elf.c

typedef struct {
  const char *name;   // "" when the object has no section names
  uint32_t type, flags, addr, off, size, link, info, entsize;
} VSec;

typedef struct {
  const char *name;
  uint32_t value, size;
  uint8_t type, bind;   // STT_*, STB_*
  uint16_t shndx;
} VSym;

typedef struct {
  uint32_t offset;   // r_offset: a virtual address in a linked module
  uint32_t type;     // R_386_*
  uint32_t sym;      // index into the dynamic symbols
} VRel;

// One PLT entry: the range a call may target, and what it does.
typedef struct {
  uint32_t addr, size;
  bool pic;            // jmp *disp(%ebx): needs EBX = GOT
  int32_t disp;        // the slot is GOT + disp (pic) or the address disp (absolute)
  const char *name;    // the symbol its slot's relocation names, or NULL
} PltEnt;

typedef struct {
  const char *path;
  const uint8_t *data;   // the whole file, mmapped read-only
  size_t size;
  uint16_t etype;        // ET_DYN, ET_EXEC, ET_REL
  uint32_t entry;
  VSec *secs;
  int nsecs;
  VSym *syms;            // .symtab and .dynsym together, sorted by value
  int nsyms;
  VSym *dynsyms;         // .dynsym in its own order (relocations index it)
  int ndynsyms;
  VRel *rels;            // .rel.plt and .rel.dyn
  int nrels;
  bool has_dynamic, has_pltgot, has_interp, pie;
  uint32_t pltgot;       // DT_PLTGOT
  uint32_t init, fini;   // DT_INIT, DT_FINI (0: none)
  const char **needed;   // DT_NEEDED names
  int nneeded;
  const char *runpath;   // DT_RUNPATH or DT_RPATH, or NULL
  bool go_note;          // a .note.go.buildid section or a Go build-id note
  // plt.c
  PltEnt *plt;
  int nplt;
  uint32_t got;          // the GOT the PIC PLT entries imply (0: none)
  uint32_t plt_end;      // the highest end of an entry: plt_at is NULL above
  bool any_pic_plt, any_abs_plt;
  const VSec *bcache;    // elf_bytes' last section
  Map byname;            // elf_sym_named's syms by name (lazy): VSym *
} Elf;

// vet_elf_open: 0 and *e filled, or -1 with a message in err (the file is
// then not an i386 ELF or is malformed; *e is released).
int elf_open(Elf *e, const char *path, char *err, size_t errlen);
void elf_close(Elf *e);
// The section containing address a in memory (SHF_ALLOC), or NULL.
const VSec *elf_sec_at(const Elf *e, uint32_t a);
// Bytes at virtual address a, n of them available (from a section with file
// contents), or NULL.
const uint8_t *elf_bytes(const Elf *e, uint32_t a, uint32_t *n);
bool elf_exec(const Elf *e, uint32_t a);          // a is in executable code
bool elf_read32(const Elf *e, uint32_t a, uint32_t *v);
const VSec *elf_sec_named(const Elf *e, const char *name);
// The function symbol covering a (largest start <= a), or NULL.
const VSym *elf_sym_at(const Elf *e, uint32_t a);
const VSym *elf_sym_named(const Elf *e, const char *name);   // defined, by name

// ---------------------------------------------------------------- plt.c

// Finds the PLT entries and the GOT. 0, or -1 with a message (a GOT that the
// entries and DT_PLTGOT disagree about is reported, not fatal: see return).
int plt_scan(Elf *e, char *err, size_t errlen);
const PltEnt *plt_at(const Elf *e, uint32_t a);   // the entry containing a

// ---------------------------------------------------------------- funcs.c

enum { ABI_AUTO, ABI_SYSV, ABI_GO };

typedef struct {
  uint32_t start, end;   // [start, end); end == start when the size is unknown
  const char *name;      // NULL when only an FDE or a call names it
  uint8_t from;          // FN_SYM, FN_FDE, FN_CALL, FN_ENTRY
  bool go;               // Go code: a call does not preserve EBX
  bool weak_entry;       // may be only a jump target of another function (FDE-only)
} VFunc;

enum { FN_SYM, FN_FDE, FN_CALL, FN_ENTRY };

typedef struct {
  VFunc *f;
  int n, cap;
  uint32_t *fde_lo, *fde_hi;   // sorted FDE ranges, for "is this C code?"
  uint32_t *fde_lsda;          // each FDE's LSDA (C++ landing pads), or 0
  uint32_t *fde_rec;           // each FDE's offset in .eh_frame (funcs_cfa reads its program)
  int nfde;
  bool go_module;
} Funcs;

void funcs_discover(const Elf *e, Funcs *fs, int abi);
void funcs_add(Funcs *fs, uint32_t start, uint32_t end, const char *name, int from);
const VFunc *funcs_find(const Funcs *fs, uint32_t a);   // the function starting at a
const VFunc *funcs_covering(const Funcs *fs, uint32_t a);
bool funcs_in_fde(const Funcs *fs, uint32_t a);
uint32_t funcs_landing_pad(const Elf *e, const Funcs *fs, uint32_t call, uint32_t len);
// The canonical frame address at a, from the call frame instructions of the
// FDE covering it: CFA = *reg + *off (reg R_*). false when no FDE covers a
// or the rule there is one vet does not follow (an expression).
bool funcs_cfa(const Elf *e, const Funcs *fs, uint32_t a, int *reg, int32_t *off);
void funcs_free(Funcs *fs);
// Whether a name is a Go symbol (pkg.Name), not a gcc clone like f.part.0.
bool go_name(const char *name);

// ---------------------------------------------------------------- decode.c

// Registers as the analysis numbers them: the eight GPRs in encoding order.
enum { R_EAX, R_ECX, R_EDX, R_EBX, R_ESP, R_EBP, R_ESI, R_EDI, VNREG, R_NONE = 0xff };

enum InsnKind {
  I_OTHER,      // falls through
  I_JMP,        // unconditional direct jump (target)
  I_JCC,        // conditional direct jump (target, and falls through)
  I_JMPI,       // indirect jump
  I_CALL,       // direct call (target)
  I_CALLI,      // indirect call
  I_RET,
  I_STOP,       // ud2, hlt, int3: no successor
  I_BAD,        // not an instruction
};

// The operations the data-flow models by name; everything else is judged by
// the registers it writes.
enum {
  M_OTHER, M_MOV, M_LEA, M_ADD, M_SUB, M_PUSH, M_POP, M_XCHG, M_AND, M_CMP, M_LEAVE,
  M_JA, M_JAE, M_JB, M_JBE, M_XOR, M_PUSHA, M_POPA, M_ENTER, M_MOVZX,
};

// A memory operand in the analysis' terms.
typedef struct {
  uint8_t base, index, scale;   // R_NONE when absent
  bool seg;                     // an %fs/%gs override: not ordinary memory
  int32_t disp;
  uint16_t size;                // bits
} Mem;

typedef struct {
  uint8_t kind;    // 0 none, 'r' register, 'm' memory, 'i' immediate
  uint8_t reg;     // R_* (32-bit GPR) or R_NONE for another register
  bool partial;    // a GPR narrower than 32 bits (al, bx, ...)
  uint8_t low;     // a GPR's low bits it names: 32, 16 (ax), 8 (al); 0 for ah..bh
  bool read, write;
  Mem mem;
  int64_t imm;
} Opnd;

typedef struct {
  uint32_t addr;
  uint8_t len, kind;
  uint32_t target;          // I_JMP, I_JCC, I_CALL
  uint8_t m;                // M_*: the operations the data-flow models
  uint8_t nops;             // visible operands
  Opnd op[4];
  uint16_t writes;          // bit per GPR written, visible or not (whole or part)
  bool notrack;
  bool nop;                 // does nothing (nop, lea 0(%esi),%esi, ...): padding
} Insn;

void decode_init(void);
// Decodes the instruction at address a of e. false when the bytes are not in
// the file or are not an instruction (kind I_BAD).
bool decode_at(const Elf *e, uint32_t a, Insn *in);
// The same for a walk that needs only the control flow: kind, len and
// target are decode_at's; of the rest, only a branch's, call's or
// return's operands are filled (the others' are not decoded: cheaper).
bool decode_flow(const Elf *e, uint32_t a, Insn *in);
// Its text for messages: "call 0x1070" with names; n bytes in buf.
void insn_text(const Elf *e, const Insn *in, char *buf, size_t n);

// ---------------------------------------------------------------- cfg.c

// Whether the function at a is a PC thunk (`mov (%esp),%reg; ret`); its
// register, or R_NONE.
int cfg_thunk_reg(const Elf *e, uint32_t a);
// A new module: forget what was learned of the last; its functions as
// funcs_discover found them (a path of a noreturn walk ends where it falls
// from a call into one); the libraries it needs (DT_NEEDED) are looked for
// beside it, on its RUNPATH and in dirs.
void cfg_reset(const Elf *e, const Funcs *fs, const char *const *dirs, int ndirs);
// Whether a call to target never returns (abort, __stack_chk_fail@plt, ...);
// *pops (when not NULL): the bytes of arguments it pops (`ret $N`: a struct
// returned in memory). A function of the module, the target and the bound
// on the nested walks alone (cfg.c's cache holds each verdict with the
// depth it holds at).
bool cfg_noreturn(const Elf *e, uint32_t target, int *pops);
// Whether a call to target ends the process without unwinding (abort,
// __stack_chk_fail, ...): it reaches no landing pad.
bool cfg_nothrow(const Elf *e, uint32_t target);
// Whether target is a C++ destructor (through the PLT or by its symbol):
// noexcept from C++11 on, so its landing pad may be unreachable.
bool cfg_dtor(const Elf *e, uint32_t target);

// ------------------------------------------------- transfer.c and flow.c

// An abstract 32-bit value.
enum { V_UNK, V_CONST, V_STACK, V_JT };
//
// V_UNK may still be known to be small: bounded (a cmp/ja bounds it, as a
// jump table's index; base 4 when it is such an index times 4, gcc's
// `lea 0(,%r,4)` for a table read with scale 1), or, unbounded, v its
// largest value when not 0 (movzbl, movzwl: upper bits zero), which a
// byte or word compare then bounds.
typedef struct {
  uint8_t kind;
  uint16_t bounded;  // V_UNK: a bound from a cmp/ja (jump tables); V_JT: entries (0 unknown)
  uint32_t base;     // V_STACK: which stack frame base; V_JT: addend; V_UNK bounded: 0 or 4
  uint32_t v;        // V_CONST: the value; V_STACK: the offset; V_JT: table; V_UNK: bound or largest value
} Val;

// The largest value a V_UNK may hold (UINT32_MAX: any).
static inline uint32_t val_limit(Val x) {
  if (x.bounded)
    return x.base == 4 ? (x.v <= 0x3fffffff ? x.v * 4 : UINT32_MAX) : x.v;
  return x.v ? x.v : UINT32_MAX;
}

// Why EBX holds what it holds: for the path in a finding.
enum { W_ENTRY, W_INSN, W_CALL, W_JOIN, W_REWIND, W_RESUME };

#define NSLOT 24
#define NPATH 4
typedef struct {
  Val r[VNREG];
  struct {
    uint32_t base;
    int32_t off;
    Val v;
  } slot[NSLOT];   // stack slots known to hold a value (v.kind != V_UNK)
  uint8_t nslot;
  uint8_t why, npath;
  bool ext_call;            // a call through the PLT or a pointer on the way (it may pop)
  uint32_t dtor_pad;        // reached a landing pad from a destructor's call (its address), or 0
  uint32_t fell;            // the call every path here last fell out of (flow.c's reach), or 0
  uint32_t why_at;          // where EBX got its value
  uint32_t path[NPATH];     // branches taken since then (the last NPATH)
} State;

// A function of a Go module whose frame the runtime resumes at
// entry + _func.deferreturn when a deferred call recovers a panic
// (pcln.c).
typedef struct {
  uint32_t entry, resume;
  const char *name;   // from the pclntab's funcnametab, or NULL
  uint32_t symval;    // the symbol of that name, when it disagrees with entry; else 0
} GoResume;

typedef struct Vet Vet;

// transfer.c. Exported for flow.c's walk, which applies them along the
// edges it follows (calls, branches, jump tables) and to its joins; the
// rest of transfer.c (slots, operand writes, arithmetic) stays inside it.
extern const Val UNK;
Val val_const(uint32_t c);
// Asked at every join of every register and slot: inline.
static inline bool val_eq(const Val *a, const Val *b) {
  return a->kind == b->kind && a->bounded == b->bounded && a->base == b->base && a->v == b->v;
}
// Joins b into a (at address at, for the origin of EBX); true if a changed.
bool state_join(State *a, const State *b, uint32_t at);
// The value operand o holds in s (a 32-bit register, an immediate, a known
// stack slot, or a jump table entry), else UNK.
Val opnd_read(const State *s, const Opnd *o);
void state_push(State *s, Val x);
// Applies a non-branch instruction's effect to s (calls and branches are
// the walk's: flow.c).
void state_transfer(Vet *v, State *s, const Insn *in);
// The last `cmp reg, imm` before a ja/jae/jb/jbe, whose branch bounds reg
// (jump table indices): set by state_transfer, reset by the walk at each
// run and call; R_NONE when there is none.
// A byte or word compare (`cmp $N, %al`) sets last_cmp_bits 8 or 16: it
// bounds the register when its upper bits are known zero; else, on a
// ja/jae's fall-through, the walk sets narrow_reg/bits/bound, and a
// movzbl/movzwl of that sub-register gets the bound (until it is written).
extern uint8_t last_cmp_reg, last_cmp_bits;
extern uint32_t last_cmp_imm;
extern uint8_t narrow_reg, narrow_bits;
extern uint32_t narrow_bound;
// Or `cmp imm, mem`: mem_cmp 1 after it, 2 once a ja/jae fell through
// (the walk's: a load of that memory then gets mem_cmp_bound); 0 none.
extern uint8_t mem_cmp;
extern uint32_t mem_cmp_bound;
// The module's GOT, set by flow_function: a full slot table keeps the slot
// that holds it (where EBX is reloaded from).
extern uint32_t state_got;
void state_entry(State *s);
const char *val_text(const Vet *v, Val x, char *buf, size_t n);

// flow.c.
// Analyzes the function starting at f->start (and what it jumps into).
void flow_function(Vet *v, const VFunc *f);

// explain.c.
// The data-flow from an arbitrary start with a given state, straight to
// `site`, used by the defer check: the EBX value at site, or V_UNK; false if
// the start is not an instruction boundary on the way to site.
bool flow_straight(Vet *v, uint32_t start, uint32_t site, State *st, char *why, size_t n);
// Why EBX is not the GOT at `in`, reached with s: the instruction, EBX's
// value, its origin and the path since.
void flow_explain(Vet *v, const Insn *in, const State *s, char *buf, size_t n);

// ---------------------------------------------------------------- defer.c

// Finds runtime.jmpdefer's rewind: in this module, a -runtime library, or a
// library this module needs from its own directory. -1 when none.
int defer_rewind(Vet *v);
// Checks one call to runtime.deferreturn at `site` (len bytes), in function f.
void defer_site(Vet *v, const VFunc *f, uint32_t site, uint32_t len, const State *at);
bool defer_is_deferreturn(const Elf *e, uint32_t target);
// Reads the rewind from runtime.jmpdefer's code in e: `subl $N, (%esp)`.
int defer_read_rewind(const Elf *e);

// ---------------------------------------------------------------- pcln.c

// The resume points of e's .gopclntab (Go 1.18 on, 32-bit): their count
// (*out malloc'd), or -1 with why when there is none vet can read.
int pcln_resumes(const Elf *e, GoResume **out, char *why, size_t n);
// After the flows, for a Go module without jmpdefer: each resume point's
// straight run must load the GOT into EBX before the call
// runtime.deferreturn@plt it reaches (defer.c).
void defer_resumes(Vet *v);

// ---------------------------------------------------------------- report.c

enum FindKind { F_PLT, F_TAIL, F_DEFER, F_UNDECIDED, F_GOT };

typedef struct {
  uint8_t kind;
  uint32_t addr;
  char *func;     // function name or "sub_XXXX"
  uint32_t off;
  char *what;
  uint32_t root;  // the function whose flow found it
} Finding;

typedef struct {
  uint32_t addr, root;
  uint8_t status;   // SITE_*
} SiteRec;

typedef struct {
  int files, skipped, unreadable, absolute;   // absolute: non-PIE, absolute PLT
  long functions, sites, proven, findings, undecided, defer_sites;
  long unreached;   // sites no flow reached, after a call that does not return
  double code_bytes;
} Totals;

typedef struct {
  bool json, quiet;
  int abi;                 // ABI_*
  const char *runtime;     // -runtime lib
  const char **libdirs;    // -L dir: where the libraries a module needs are
  int nlibdirs;
  int rewind;              // from -runtime, or -1
  long max_steps;          // per function, the analysis budget
} Options;

struct Vet {
  const Options *opt;
  Elf *e;
  Funcs fs;
  Totals *tot;
  Finding *fd;
  int nfd, capfd;
  uint8_t *seen;      // per code byte: visited as an instruction start (bit)
  uint32_t seen_lo, seen_hi;
  int rewind;         // this module's jmpdefer rewind, -1 unknown, 0 not Go
  const char *rewind_from;
  SiteRec *sr;
  int nsr, capsr;
  const VFunc *cur;    // the function under analysis
  GoResume *res;       // the pclntab's resume points (defer_resumes), or NULL
  int nres;
};

// SITE_DEAD: no flow reached it, and the last instruction one reached before
// it is a call that does not return (unreached.c).
enum { SITE_OK, SITE_BAD, SITE_UNDECIDED, SITE_DEAD };
void site_record(Vet *v, uint32_t addr, int status);
void vet_find(Vet *v, int kind, const VFunc *f, uint32_t addr, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
void report_file(Vet *v);   // print and free the file's findings

// ---------------------------------------------------------------- unreached.c

// After every flow of the file: the PIC PLT sites in its code that none
// reached, recorded as dead (after a call that does not return) or
// undecided (reported), so that every site is counted.
void unreached_sites(Vet *v);
void report_error(const Options *o, const char *path, const char *msg);
void report_note(const Options *o, const char *path, const char *msg);
void report_summary(const Options *o, const Totals *t, double secs);
void json_str(FILE *f, const char *s);

// ---------------------------------------------------------------- vet.c

int cmd_vet(int argc, char **argv);
// Vets one ELF file: 0 checked, 1 not an ELF file (when walking a tree),
// 2 unreadable or malformed.
int vet_file(const Options *o, Totals *t, const char *path, bool named);

// ---------------------------------------------------------------- jobs.c

// Vets the paths (files, directories walked recursively) on up to workers
// processes, printing as a sequential run does; the worst status: 2 when a
// file or directory was unreadable or malformed, else 0.
int vet_run(const Options *o, Totals *t, char **paths, int npaths, int workers);

#endif
