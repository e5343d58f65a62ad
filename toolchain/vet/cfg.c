// cfg.c: what the control flow needs beyond one instruction: which callees
// are PC thunks, and which calls never return.
//
// A PC thunk is recognized by its code, `mov (%esp),%reg; ret`, not by its
// name (__x86.get_pc_thunk.bx, or anything a stripped object calls it), so
// `call thunk` sets reg to the return address as the `call 1f; 1: pop`
// idiom does. A call that never returns ends the path: what follows it is
// the next function or padding, never this function's code.
#include "vet/vet.h"

#include "internal/internal.h"

#include <stdlib.h>
#include <string.h>

// One small cache per module (cleared when the module changes).
#define TCACHE 512
static struct {
  const Elf *e;
  uint32_t addr[TCACHE];
  uint8_t reg[TCACHE];   // R_* + 1, or 0xff: not a thunk; 0: empty
} tc;

// Noreturn verdicts: address -> 1 returns, 2 never, 0 empty; and what
// the callee pops. The walks are bounded (NDEPTH nested walks at most), so a
// verdict is one of an address at a depth: a walk cut short at the bound
// says "returns" of a callee that may not. An entry says under which bound
// it holds, so that an answer depends on the module, the address and the
// depth alone, never on which entries collided (a verdict made deep inside
// a nested walk, reused at the top, changed findings with the cache's
// size): a complete verdict (no walk under it was cut short) holds at
// every depth with at least `need` levels left; a cut one only at the
// very depth it was made at (`rem`). A miss only costs a recomputation:
// the size is a matter of speed alone (the corpus' -json is the same with
// 16 entries; with 4,096 the walks step through 36% more instructions than
// with 16,384, with 65,536 11% fewer).
#ifndef NCACHE   // -DNCACHE=16: the answers must not change
#define NCACHE 16384
#endif
enum { NDEPTH = 4, CUT = 0xff, PCACHE = 4096 };
static struct {
  uint32_t addr[NCACHE];
  uint8_t v[NCACHE];
  uint8_t rem[NCACHE];    // levels left when it was made
  uint8_t need[NCACHE];   // levels it needs to hold, or CUT
  uint16_t pops[NCACHE];
} nc;

// A verdict: whether the callee never returns, what it pops, and the nested
// walks it needs (0: none, by name or by its kind; CUT: cut short).
typedef struct {
  bool nr;
  uint8_t need;
  int pops;
} Verdict;

// cfg_nothrow's verdicts (asked at every call the walk follows, each walk
// of a run again; for a stripped callee a decode of its first
// instructions): address -> 1 may throw, 2 never; 0 empty. A pure function
// of the module and the address, so a collision only costs a recomputation.
static struct {
  uint32_t addr[PCACHE];
  uint8_t v[PCACHE];
} ntc;

// Whether a callee never returns by its name (its PLT entry's, or its
// symbol's): asked at every call of every walk, by name comparisons: kept
// as ntc is (pure: a collision only recomputes).
static struct {
  uint32_t addr[PCACHE];
  uint8_t v[PCACHE];
} nmc;

// The libraries the module needs, opened on demand: a call through the PLT
// to a function they define is judged by that function's code (whether it
// returns, and what it pops: a struct returned in memory pops its hidden
// pointer, `ret $4`).
#define NDEPS 32
static struct {
  const Elf *e;
  const char *const *dirs;
  int ndirs;
  bool opened;
  Elf dep[NDEPS];
  int ndep;
} deps;

static void deps_close(void) {
  for (int i = 0; i < deps.ndep; i++)
    elf_close(&deps.dep[i]);
  deps.ndep = 0;
  deps.opened = false;
}

static void deps_open(void) {
  deps.opened = true;
  const Elf *e = deps.e;
  char *dup = xstrdup(e->path), *dir = strrchr(dup, '/');
  if (dir)
    *dir = 0;
  const char *own = dir ? dup : ".";
  for (int i = 0; i < e->nneeded && deps.ndep < NDEPS; i++) {
    static const char *std[] = {"/lib/i386-linux-gnu", "/usr/lib/i386-linux-gnu", "/usr/i686-linux-gnu/lib"};
    for (int k = -1; k < deps.ndirs + 3; k++) {
      const char *d = k < 0 ? own : k < deps.ndirs ? deps.dirs[k] : std[k - deps.ndirs];
      char *p = xasprintf("%s/%s", d, e->needed[i]);
      char err[256];
      bool ok = elf_open(&deps.dep[deps.ndep], p, err, sizeof err) == 0;
      if (ok) {
        deps.dep[deps.ndep].path = p;   // owned: freed in deps_close
        deps.ndep++;
        break;
      }
      free(p);
    }
  }
  free(dup);
}

// The code of an external function: whether it returns, what it pops.
static bool dep_lookup(const char *name, bool *noreturn, int *pops) {
  if (!deps.opened)
    deps_open();
  for (int i = 0; i < deps.ndep; i++) {
    const VSym *s = elf_sym_named(&deps.dep[i], name);
    if (s && s->bind != STB_LOCAL && elf_exec(&deps.dep[i], s->value)) {
      extern bool cfg_walk_external(const Elf *e, uint32_t a, int *pops);
      *noreturn = cfg_walk_external(&deps.dep[i], s->value, pops);
      return true;
    }
  }
  return false;
}

// The module's functions as funcs_discover found them (symbols, FDEs,
// entries: sorted), not those calls add later in an order the walks must
// not depend on.
static struct {
  const Funcs *fs;
  int n;
} fn;

// Whether a is the start of one of the module's functions.
static bool fn_start(uint32_t a) {
  int lo = 0, hi = fn.n;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (fn.fs->f[m].start < a)
      lo = m + 1;
    else
      hi = m;
  }
  return lo < fn.n && fn.fs->f[lo].start == a;
}

void cfg_reset(const Elf *e, const Funcs *fs, const char *const *dirs, int ndirs) {
  fn.fs = fs;
  fn.n = fs ? fs->n : 0;
  memset(&tc, 0, sizeof tc);
  memset(&nc, 0, sizeof nc);
  memset(&ntc, 0, sizeof ntc);
  memset(&nmc, 0, sizeof nmc);
  for (int i = 0; i < deps.ndep; i++)
    free((char *)deps.dep[i].path);
  deps_close();
  deps.e = e;
  deps.dirs = dirs;
  deps.ndirs = ndirs;
}

int cfg_thunk_reg(const Elf *e, uint32_t a) {
  uint32_t h = (a * 2654435761u) % TCACHE;
  if (tc.reg[h] && tc.addr[h] == a)
    return tc.reg[h] == 0xff ? R_NONE : tc.reg[h] - 1;
  int r = R_NONE;
  Insn i1, i2;
  if (decode_at(e, a, &i1) && i1.kind == I_OTHER && i1.nops == 2 && i1.op[0].kind == 'r' && !i1.op[0].partial &&
      i1.op[0].reg != R_NONE && i1.op[0].reg != R_ESP && i1.op[1].kind == 'm' && i1.op[1].mem.base == R_ESP &&
      i1.op[1].mem.index == R_NONE && i1.op[1].mem.disp == 0 && !i1.op[1].mem.seg && i1.op[1].mem.size == 32 &&
      i1.m == M_MOV && decode_at(e, a + i1.len, &i2) && i2.kind == I_RET && i2.nops == 0)
    r = i1.op[0].reg;
  tc.addr[h] = a;
  tc.reg[h] = r == R_NONE ? 0xff : (uint8_t)(r + 1);
  return r;
}

static const char *const noreturn_names[] = {
    "abort", "exit", "_exit", "_Exit", "quick_exit", "__stack_chk_fail", "__stack_chk_fail_local",
    "__assert_fail", "__assert_perror_fail", "__assert", "__fortify_fail", "__chk_fail", "__libc_fatal",
    "longjmp", "_longjmp", "siglongjmp", "__longjmp_chk", "pthread_exit", "__pthread_unwind",
    "__pthread_unwind_next", "__cxa_throw", "__cxa_rethrow", "__cxa_bad_cast", "__cxa_bad_typeid",
    "__cxa_throw_bad_array_new_length", "__cxa_call_unexpected", "__cxa_pure_virtual", "_Unwind_Resume",
    "err", "errx", "verr", "verrx", "error_exit", "__libc_longjmp", "__libc_siglongjmp", "__do_cancel",
    "__malloc_assert", "__libc_message", "__libc_dynarray_at_failure", "_dl_signal_error",
    "_dl_signal_exception", "_dl_fatal_printf", "_dl_reloc_bad_type", "__ubsan_handle_builtin_unreachable",
    "_ZSt9terminatev", "_ZSt17__throw_bad_allocv", "__go_panic", "runtime.throw", "runtime.gopanic",
    "runtime.sigpanic", "runtime.morestackc", "runtime.abort", "runtime.exit", "g_assertion_message_expr",
    "Py_FatalError", "_Py_FatalErrorFunc", "xalloc_die", "__gmp_invalid_operation", "__gmp_divide_by_zero",
    "__gmp_sqrt_of_negative", "__gmp_overflow_in_mpz", "__gmpn_divexact_by3c_badness",
    NULL};

// Asked at every call: the names' lengths are measured once.
static size_t noreturn_len[sizeof noreturn_names / sizeof *noreturn_names];

static bool noreturn_name(const char *n) {
  if (!n)
    return false;
  if (!noreturn_len[0])
    for (int i = 0; noreturn_names[i]; i++)
      noreturn_len[i] = strlen(noreturn_names[i]);
  size_t len = strcspn(n, "@");   // foo@GLIBC_2.0
  for (int i = 0; noreturn_names[i]; i++)
    if (noreturn_len[i] == len && n[0] == noreturn_names[i][0] && strncmp(n, noreturn_names[i], len) == 0)
      return true;
  // C++'s std::__throw_*, Go's runtime.panic*.
  return strncmp(n, "_ZSt", 4) == 0 ? strstr(n, "__throw_") != NULL
                                    : strncmp(n, "runtime.panic", 13) == 0 || strncmp(n, "runtime.goPanic", 15) == 0;
}

static Verdict noreturn_depth(const Elf *e, uint32_t target, int rem);

// Whether no path from a local function's entry returns: every path ends
// in ud2/hlt or a call that does not return. A bounded walk over its
// direct control flow; when in doubt (an indirect jump, the bound), it
// returns. gcc ends a block with such a call and puts other code after it,
// so a path must not fall through it. Nor into the next function: a path
// that falls out of a call, through padding, onto another function's start
// ends there, as flow.c's do (that call does not return: rb_raise, through
// the module's own PLT, is deeper than the bound).
//
// The walks nest (a callee's verdict is a walk of its own, at most a few
// deep): each level has its own stack and visited set, kept from walk to
// walk; a set is emptied by moving to the next generation, not by clearing.
enum { MAXI = 4096, NLEVEL = 8 };
static struct WLevel {
  uint32_t stack[MAXI];
  uint32_t seen[2 * MAXI];   // a + 1, valid where gen[] is the level's generation
  uint32_t gen[2 * MAXI];
  uint32_t cur;
} *wlev;
static int wdepth;

// rem: the levels left, this walk's included; *need: those it needed (CUT:
// a callee's walk was cut short at the bound, so this verdict is too).
static bool walk_noreturn(const Elf *e, uint32_t start, int rem, int *pops, uint8_t *need) {
  *pops = 0;
  *need = 1;
  if (!wlev)
    wlev = xcalloc(NLEVEL, sizeof *wlev);
  if (wdepth == NLEVEL)   // five at most: see noreturn_depth's bound
    fatal("vet: noreturn walks nested too deep");
  struct WLevel *L = &wlev[wdepth++];
  if (++L->cur == 0) {   // the generations wrapped: clear for real
    memset(L->gen, 0, sizeof L->gen);
    L->cur = 1;
  }
  uint32_t *stack = L->stack, *seen = L->seen, *gen = L->gen, cur = L->cur;
  int sp = 0, steps = 0;
  bool returns = false, ret = false, own = e == deps.e;
  stack[sp++] = start;
  // Until a `ret` says what the function pops: an indirect jump (a switch's
  // table) or a tail call makes it return, but the walk goes on to find it.
  while (sp && !ret) {
    uint32_t a = stack[--sp];
    bool pad = false;   // falling out of a call, through padding (if any)
    for (;;) {
      uint32_t h = (a * 2654435761u) & (2 * MAXI - 1);
#define SEEN(h) (gen[h] == cur ? seen[h] : 0)   // 0: an empty entry
      while (SEEN(h) && SEEN(h) != a + 1)
        h = (h + 1) & (2 * MAXI - 1);
      if (SEEN(h) || ++steps >= MAXI) {
        if (steps >= MAXI)
          returns = ret = true;
        break;
      }
      seen[h] = a + 1;
      gen[h] = cur;
      if (pad && a != start && fn_start(a))
        break;
      Insn in;   // in.nop is decode_at's alone
      if (!(pad ? decode_at(e, a, &in) : decode_flow(e, a, &in)) || in.kind == I_BAD)
        break;
      if (in.kind == I_RET || in.kind == I_JMPI) {
        if (in.kind == I_RET && in.nops == 1 && in.op[0].kind == 'i')
          *pops = (int)in.op[0].imm;
        ret |= in.kind == I_RET;
        returns = true;
        break;
      }
      if (in.kind == I_STOP)
        break;
      if (in.kind == I_JMP || in.kind == I_JCC) {
        if (plt_at(e, in.target) || !elf_exec(e, in.target)) {
          if (!(plt_at(e, in.target) && noreturn_name(plt_at(e, in.target)->name)))
            returns = true;
          if (in.kind == I_JMP)
            break;
        } else if (sp < MAXI)
          stack[sp++] = in.target;
        if (in.kind == I_JMP)
          break;
      }
      if (in.kind == I_CALL && in.target != a + in.len) {
        Verdict c = noreturn_depth(e, in.target, rem - 1);
        if (c.need == CUT || *need == CUT)
          *need = CUT;
        else if (c.need + 1 > *need)
          *need = (uint8_t)(c.need + 1);
        if (c.nr)
          break;
      }
      pad = own && ((in.kind == I_CALL && in.target != a + in.len) || in.kind == I_CALLI || (pad && in.nop));
      a += in.len;
    }
  }
#undef SEEN
  wdepth--;
  return !returns;
}

// A call to target never returns by its callee's name: the PLT entry pe's
// (when it is one), else the symbol starting at target.
static bool noreturn_named(const Elf *e, uint32_t target, const PltEnt *pe) {
  // Only the module's own calls are kept: a nested walk may be over a
  // library it needs (dep_lookup), at other addresses.
  bool own = e == deps.e;
  uint32_t h = (target * 2654435761u) % PCACHE;
  if (own && nmc.v[h] && nmc.addr[h] == target)
    return nmc.v[h] == 2;
  bool r;
  if (pe)
    r = noreturn_name(pe->name);
  else {
    const VSym *s = elf_sym_at(e, target);
    r = s && s->value == target && noreturn_name(s->name);
  }
  if (own) {
    nmc.addr[h] = target;
    nmc.v[h] = r ? 2 : 1;
  }
  return r;
}

// A complete verdict's slot is its address's (rem 0); a cut one's, its
// address's at its depth, so that a callee's verdicts at the depths it is
// met at do not evict each other, nor the complete one.
static uint32_t nc_slot(uint32_t target, int rem) {
  return ((target + (uint32_t)rem * 0x9e3779b9u) * 2654435761u) % NCACHE;
}

// The cached verdict for target with rem levels left, if one holds there.
static bool nc_get(uint32_t target, int rem, Verdict *v) {
  uint32_t h = nc_slot(target, 0);
  if (!(nc.v[h] && nc.addr[h] == target && nc.need[h] != CUT && nc.need[h] <= rem)) {
    h = nc_slot(target, rem);
    if (!(nc.v[h] && nc.addr[h] == target && nc.need[h] == CUT && nc.rem[h] == rem))
      return false;
  }
  *v = (Verdict){nc.v[h] == 2, nc.need[h], nc.pops[h]};
  return true;
}

static Verdict nc_put(uint32_t target, int rem, Verdict v) {
  uint32_t h = nc_slot(target, v.need == CUT ? rem : 0);
  nc.addr[h] = target;
  nc.v[h] = v.nr ? 2 : 1;
  nc.rem[h] = (uint8_t)rem;
  nc.need[h] = v.need;
  nc.pops[h] = (uint16_t)v.pops;
  return v;
}

static const Verdict RETURNS = {false, 0, 0}, NEVER = {true, 0, 0}, CUT_SHORT = {false, CUT, 0};

// Whether a call to target never returns, and what it pops, with rem
// levels of nested walks left. Only the module's own targets are walked
// and cached: a walk over a library it needs (cfg_walk_external) starts
// with none left.
static Verdict noreturn_depth(const Elf *e, uint32_t target, int rem) {
  Verdict v;
  const PltEnt *pe = plt_at(e, target);
  if (pe) {
    if (noreturn_named(e, target, pe))
      return NEVER;
    if (!pe->name)
      return RETURNS;
    if (rem < 1)
      return CUT_SHORT;
    if (nc_get(target, rem, &v))
      return v;
    // Through the PLT to a function this very module defines (an export
    // calling another): its own code says.
    char name[256];
    snprintf(name, sizeof name, "%.*s", (int)strcspn(pe->name, "@"), pe->name);
    const VSym *s = elf_sym_named(e, name);
    if (s && elf_exec(e, s->value)) {
      v = noreturn_depth(e, s->value, rem - 1);
      if (v.need != CUT)
        v.need++;
    } else {
      // A library's: walked with nothing nested, so at any depth the same.
      v = (Verdict){false, 1, 0};
      if (deps.e == e)
        dep_lookup(name, &v.nr, &v.pops);
    }
    return nc_put(target, rem, v);
  }
  if (noreturn_named(e, target, NULL))
    return NEVER;
  if (!elf_exec(e, target))
    return RETURNS;
  if (e != deps.e)   // a library's callee (and tc holds the module's thunks)
    return CUT_SHORT;
  if (cfg_thunk_reg(e, target) != R_NONE)
    return RETURNS;
  if (rem < 1)
    return CUT_SHORT;
  if (nc_get(target, rem, &v))
    return v;
  v.nr = walk_noreturn(e, target, rem, &v.pops, &v.need);
  return nc_put(target, rem, v);
}

bool cfg_noreturn(const Elf *e, uint32_t target, int *pops) {
  Verdict v = noreturn_depth(e, target, NDEPTH);
  if (pops)
    *pops = v.pops;
  return v.nr;
}

// Functions that never unwind into their caller: a call to one never
// reaches a C++ landing pad, even where the LSDA's call-site range around
// it names one. gcc's ranges cover a whole region, calls it knows cannot
// throw included, and it reuses the registers and slots the landing pad
// reads before such calls (libstdc++'s string::reserve spills the GOT,
// then overwrites the slot before wmemcpy and operator delete). These are
// those gcc knows: the ones that end the process, glibc's memory and string
// functions (declared __THROW, noexcept in C++), and C++'s operator delete
// (noexcept, throw() before C++11), matched by prefix. Not destructors:
// noexcept only from C++11 on, and libstdc++ builds parts as C++98, where
// gcc keeps the GOT alive for their landing pads.
static const char *const nothrow_names[] = {
    "abort", "_exit", "_Exit", "__stack_chk_fail", "__stack_chk_fail_local", "__assert_fail",
    "__assert_perror_fail", "__fortify_fail", "__chk_fail", "memcpy", "memmove", "memset", "memcmp",
    "memchr", "memrchr", "strlen", "strnlen", "strcmp", "strncmp", "strcpy", "strncpy", "strcat",
    "strncat", "strchr", "strrchr", "strstr", "wmemcpy", "wmemmove", "wmemset", "wmemcmp", "wmemchr",
    "wcslen", "wcscmp", "wcsncmp", "__memcpy_chk", "__memmove_chk", "__memset_chk", "__strcpy_chk",
    "__wmemcpy_chk", "__wmemmove_chk", "__wmemset_chk", "free", "malloc", "calloc", "realloc", NULL};

static bool nothrow_name(const char *n) {
  if (!n)
    return false;
  size_t len = strcspn(n, "@");
  for (int i = 0; nothrow_names[i]; i++)
    if (strlen(nothrow_names[i]) == len && strncmp(n, nothrow_names[i], len) == 0)
      return true;
  return strncmp(n, "_ZdlPv", 6) == 0 || strncmp(n, "_ZdaPv", 6) == 0;
}

static bool nothrow_code(const Elf *e, uint32_t target);

bool cfg_nothrow(const Elf *e, uint32_t target) {
  uint32_t h = (target * 2654435761u) % PCACHE;
  if (ntc.v[h] && ntc.addr[h] == target)
    return ntc.v[h] == 2;
  bool r = nothrow_code(e, target);
  ntc.addr[h] = target;
  ntc.v[h] = r ? 2 : 1;
  return r;
}

static bool nothrow_code(const Elf *e, uint32_t target) {
  const PltEnt *pe = plt_at(e, target);
  if (pe)
    return nothrow_name(pe->name);
  const VSym *s = elf_sym_at(e, target);
  if (s && s->value == target && s->name && s->name[0])
    return nothrow_name(s->name);
  // A stripped __stack_chk_fail_local: straight-line code (a PC thunk, the
  // GOT into EBX) ending in a call to one of them.
  uint32_t a = target;
  for (int i = 0; i < 6; i++) {
    Insn in;
    if (!decode_at(e, a, &in) || in.kind == I_BAD)
      return false;
    if (in.kind == I_CALL && in.target != a + in.len && cfg_thunk_reg(e, in.target) == R_NONE)
      return plt_at(e, in.target) && nothrow_name(plt_at(e, in.target)->name);
    if (in.kind != I_OTHER && !(in.kind == I_CALL && cfg_thunk_reg(e, in.target) != R_NONE))
      return false;
    a += in.len;
  }
  return false;
}

bool cfg_dtor(const Elf *e, uint32_t target) {
  const PltEnt *pe = plt_at(e, target);
  const VSym *s = pe ? NULL : elf_sym_at(e, target);
  const char *n = pe ? pe->name : s && s->value == target ? s->name : NULL;
  if (!n)
    return false;
  size_t len = strcspn(n, "@");
  // _ZN...D0Ev, D1Ev, D2Ev: a deleting, complete or base destructor.
  return strncmp(n, "_ZN", 3) == 0 && len > 7 && n[len - 4] == 'D' && n[len - 3] >= '0' && n[len - 3] <= '2' &&
         n[len - 2] == 'E' && n[len - 1] == 'v';
}

// A walk over another module's function (no caches: they are this module's).
bool cfg_walk_external(const Elf *e, uint32_t a, int *pops) {
  uint8_t need;
  return walk_noreturn(e, a, 0, pops, &need);
}
