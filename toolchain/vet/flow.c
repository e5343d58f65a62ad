// flow.c: the forward data-flow over EBX, one function at a time: the walk.
//
// The abstract values and states, their joins, and what one instruction
// does to a state are transfer.c; this file drives them over a function's
// code and checks the PLT sites.
//
// Recursive descent with a worklist of leaders (jump targets and join
// points), each with the join of the states reaching it. A leader found
// inside a run already walked splits that run (its start is walked again).
// When nothing changes, a last walk over every run with the final states
// checks each call or jump into a PIC PLT entry: EBX must be the GOT.
// Jumps are followed into code outside the function (gcc's .cold parts);
// a jump to the start of another function is a tail call.
#include "vet/vet.h"

#include "internal/internal.h"

#include <stdlib.h>
#include <string.h>

// ---- the per-function walk ---------------------------------------------------

// PIC386_VET_TRACE=lo-hi (hex): the state before each instruction there, in
// the final pass, and joins that lose SP, on stderr; for triage.
static uint32_t trace_lo, trace_hi;

typedef struct {
  uint32_t *key;
  int *val;
  int cap, n;
} Tab;

static void tab_put(Tab *t, uint32_t k, int val);
static void tab_grow(Tab *t) {
  Tab o = *t;
  t->cap = o.cap ? o.cap * 2 : 256;
  t->n = 0;
  t->key = xmalloc(t->cap * sizeof(uint32_t));
  t->val = xmalloc(t->cap * sizeof(int));
  for (int i = 0; i < t->cap; i++)
    t->val[i] = -1;
  for (int i = 0; i < o.cap; i++)
    if (o.val[i] >= 0)
      tab_put(t, o.key[i], o.val[i]);
  free(o.key);
  free(o.val);
}

static void tab_put(Tab *t, uint32_t k, int val) {
  if ((t->n + 1) * 2 > t->cap)
    tab_grow(t);
  uint32_t h = addr_hash(k) & (t->cap - 1);
  while (t->val[h] >= 0 && t->key[h] != k)
    h = (h + 1) & (t->cap - 1);
  if (t->val[h] < 0)
    t->n++;
  t->key[h] = k;
  t->val[h] = val;
}

static int tab_get(const Tab *t, uint32_t k) {
  if (!t->cap)
    return -1;
  uint32_t h = addr_hash(k) & (t->cap - 1);
  while (t->val[h] >= 0) {
    if (t->key[h] == k)
      return t->val[h];
    h = (h + 1) & (t->cap - 1);
  }
  return -1;
}

// The arrays a walk grows (leaders and their states, the worklist, the
// decoded instructions) are kept from one function to the next, not freed:
// most functions are small, and growing them again each time (a State is
// some 700 bytes) was a tenth of the run. They stay as large as the
// largest function's walk needed: memory bounded by the largest function.
// So are the address-indexed tables, all zero between walks: a walk clears
// the entries it set (its leaders' and instructions'), not the whole range.
typedef struct {
  uint32_t *laddr;
  State *st;
  bool *queued;
  uint32_t *aftercall;   // the call whose fall-through alone brought the state, or 0
  int caplead;
  int *work;
  int capwork;
  Insn *insns;
  int *iowner;     // the leader whose run walked the instruction, or -1
  bool *inext;     // the instruction after it is in executable code (asked
                   // at every step of every run: once per instruction here)
  int capinsns;
  int *dlead, *dins;
  uint32_t capd;
} WalkArrays;
static WalkArrays kept;

typedef struct {
  Vet *v;
  const VFunc *f;
  Tab lead;        // leader address -> index
  int nlead;
  int nwork;
  long steps;
  bool unresolved, budget;
  // Calls found not to return (see reach): the walk starts over without
  // their fall-through (restart); and calls a join farther on blames.
  uint32_t noret[8], suspect[8];
  int nnoret, nsuspect;
  bool restart;
  uint32_t unresolved_at;
  // The walk starts in a part of another function (frag_reg >= 0): a weak
  // entry whose FDE says the frame is already built there (CFA = frag_reg
  // + frag_off, not esp+4 as at a call's entry).
  int frag_reg;
  int32_t frag_off;
  Tab icache;      // instruction address -> insns[] and iowner[]
  // Inside the function's own range [dlo, dlo + dn), the two tables
  // (a.dlead, a.dins) are arrays indexed by address (index + 1; 0: none),
  // nearly always where the walk is: no hashing, and neighbours share a
  // cache line. Memory: 8 bytes a byte of the function. Outside (cold
  // parts, functions of unknown size), the hash tables.
  uint32_t dlo, dn;
  int ninsns;
  WalkArrays a;
} Walk;

// The worklist is a heap by address: code is mostly laid out in flow
// order, so lowest address first walks a run after the runs that reach it,
// and loops settle in a few rounds.
static void enqueue(Walk *w, int li) {
  if (w->a.queued[li])
    return;
  if (w->nwork == w->a.capwork) {
    w->a.capwork = w->a.capwork ? w->a.capwork * 2 : 64;
    w->a.work = xrealloc(w->a.work, w->a.capwork * sizeof(int));
  }
  int i = w->nwork++;
  while (i > 0 && w->a.laddr[w->a.work[(i - 1) / 2]] > w->a.laddr[li]) {
    w->a.work[i] = w->a.work[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  w->a.work[i] = li;
  w->a.queued[li] = true;
}

static int dequeue(Walk *w) {
  int top = w->a.work[0], last = w->a.work[--w->nwork], i = 0;
  for (;;) {
    int c = 2 * i + 1;
    if (c >= w->nwork)
      break;
    if (c + 1 < w->nwork && w->a.laddr[w->a.work[c + 1]] < w->a.laddr[w->a.work[c]])
      c++;
    if (w->a.laddr[w->a.work[c]] >= w->a.laddr[last])
      break;
    w->a.work[i] = w->a.work[c];
    i = c;
  }
  if (w->nwork)
    w->a.work[i] = last;
  w->a.queued[top] = false;
  return top;
}

static int lead_get(const Walk *w, uint32_t a) {
  return a - w->dlo < w->dn ? w->a.dlead[a - w->dlo] - 1 : tab_get(&w->lead, a);
}
static void lead_put(Walk *w, uint32_t a, int li) {
  if (a - w->dlo < w->dn)
    w->a.dlead[a - w->dlo] = li + 1;
  else
    tab_put(&w->lead, a, li);
}
static int ins_get(const Walk *w, uint32_t a) {
  return a - w->dlo < w->dn ? w->a.dins[a - w->dlo] - 1 : tab_get(&w->icache, a);
}
static void ins_put(Walk *w, uint32_t a, int i) {
  if (a - w->dlo < w->dn)
    w->a.dins[a - w->dlo] = i + 1;
  else
    tab_put(&w->icache, a, i);
}

// Instructions are decoded once per function walk and kept (memory bounded
// by the code one function's flow covers), with the leader that owns each:
// one lookup a step. The instruction at a, or NULL when it is not one
// (*ix is then -1 or its bad entry); the pointer lives until the next
// walk_decode.
static const Insn *walk_decode(Walk *w, uint32_t a, int *ix) {
  int i = ins_get(w, a);
  if (i < 0) {
    if (w->ninsns == w->a.capinsns) {
      w->a.capinsns = w->a.capinsns ? w->a.capinsns * 2 : 256;
      w->a.insns = xrealloc(w->a.insns, w->a.capinsns * sizeof(Insn));
      w->a.iowner = xrealloc(w->a.iowner, w->a.capinsns * sizeof(int));
      w->a.inext = xrealloc(w->a.inext, w->a.capinsns * sizeof(bool));
    }
    i = w->ninsns++;
    Insn *in = &w->a.insns[i];
    bool ok = decode_at(w->v->e, a, in) && in->kind != I_BAD && elf_exec(w->v->e, a);
    if (!ok)
      in->kind = I_BAD;
    w->a.iowner[i] = -1;
    w->a.inext[i] = ok && elf_exec(w->v->e, a + in->len);
    ins_put(w, a, i);
  }
  *ix = i;
  return w->a.insns[i].kind != I_BAD ? &w->a.insns[i] : NULL;
}

// The leader whose run walked the instruction at a, or -1.
static int owner_of(const Walk *w, uint32_t a) {
  int i = ins_get(w, a);
  return i >= 0 ? w->a.iowner[i] : -1;
}

// Whether two states disagree on the stack depth.
static bool sp_conflict(const State *a, const State *b) {
  return a->r[R_ESP].kind == V_STACK && b->r[R_ESP].kind == V_STACK && !val_eq(&a->r[R_ESP], &b->r[R_ESP]);
}

static bool noret_known(const Walk *w, uint32_t call) {
  for (int i = 0; i < w->nnoret; i++)
    if (w->noret[i] == call)
      return true;
  return false;
}

// The call at `call` does not return: the walk starts over (the states its
// fall-through brought may have travelled on before the join that refuted
// it: the edge alone cannot be taken back).
static void noret_learn(Walk *w, uint32_t call) {
  if (noret_known(w, call) || w->nnoret == (int)(sizeof w->noret / sizeof *w->noret))
    return;
  w->noret[w->nnoret++] = call;
  w->restart = true;
}

// The state s reaches address t along a branch at `from` (0: falling into a
// leader); after_call: falling through the call at that address (0: not).
//
// Compiled code has one stack depth at every join. Where the fallthrough of
// a call brings another depth than the other edges, that call does not
// return (abort-like functions vet cannot prove so, e.g. one that ends in
// a raw exit system call, or whose verdict is deeper than cfg.c looks),
// and the edge is dropped; the walk learns it and starts over, so that
// nothing that edge brought elsewhere first stays.
static void reach(Walk *w, uint32_t t, const State *s, uint32_t from, uint32_t after_call) {
  State in = *s;
  if (from && in.npath < NPATH)
    in.path[in.npath++] = from;
  else if (from) {
    memmove(in.path, in.path + 1, (NPATH - 1) * sizeof(uint32_t));
    in.path[NPATH - 1] = from;
  }
  int li = lead_get(w, t);
  if (li >= 0 && sp_conflict(&w->a.st[li], &in) && w->a.st[li].r[R_ESP].base == in.r[R_ESP].base) {
    // A callee outside the module, or called through a pointer, that
    // returns a struct pops its hidden pointer (ret $4), which vet cannot
    // see: where two edges differ by just that and the lower one came
    // through such a call, the callee popped it.
    int32_t d = (int32_t)(w->a.st[li].r[R_ESP].v - in.r[R_ESP].v);
    if (d == 4 && in.ext_call)
      in.r[R_ESP] = w->a.st[li].r[R_ESP];
    else if (d == -4 && w->a.st[li].ext_call) {
      w->a.st[li].r[R_ESP] = in.r[R_ESP];
      enqueue(w, li);
    }
  }
  if (li >= 0) {
    w->a.st[li].ext_call |= in.ext_call;
    if (sp_conflict(&w->a.st[li], &in)) {
      if (after_call) {
        noret_learn(w, after_call);
        return;
      }
      if (w->a.aftercall[li]) {
        noret_learn(w, w->a.aftercall[li]);
        w->a.st[li] = in;
        w->a.aftercall[li] = 0;
        enqueue(w, li);
        return;
      }
      // Farther on: the deeper side, if every path of it last fell out of
      // one call (the other's did not), may hold that call's arguments:
      // gcc put another block after it, which the fall-through ran into
      // before that block's own edge came. A suspect, learned once the
      // walk is done if that block is another edge's target.
      State *o = &w->a.st[li];
      int32_t d = (int32_t)(o->r[R_ESP].v - in.r[R_ESP].v);
      uint32_t sus = 0;
      if (o->r[R_ESP].base == in.r[R_ESP].base && d > 0 && in.fell && in.fell != o->fell)
        sus = in.fell;
      else if (o->r[R_ESP].base == in.r[R_ESP].base && d < 0 && o->fell && o->fell != in.fell)
        sus = o->fell;
      if (sus && !noret_known(w, sus) && w->nsuspect < (int)(sizeof w->suspect / sizeof *w->suspect))
        w->suspect[w->nsuspect++] = sus;
    }
    if (!after_call)
      w->a.aftercall[li] = 0;
    if (w->a.st[li].fell != in.fell && w->a.st[li].fell) {
      w->a.st[li].fell = 0;
      enqueue(w, li);
    }
    if (state_join(&w->a.st[li], &in, t))
      enqueue(w, li);
    return;
  }
  if (w->nlead == w->a.caplead) {
    w->a.caplead = w->a.caplead ? w->a.caplead * 2 : 64;
    w->a.laddr = xrealloc(w->a.laddr, w->a.caplead * sizeof(uint32_t));
    w->a.st = xrealloc(w->a.st, w->a.caplead * sizeof(State));
    w->a.queued = xrealloc(w->a.queued, w->a.caplead * sizeof(bool));
    w->a.aftercall = xrealloc(w->a.aftercall, w->a.caplead * sizeof(uint32_t));
  }
  li = w->nlead++;
  w->a.laddr[li] = t;
  w->a.st[li] = in;
  w->a.queued[li] = false;
  w->a.aftercall[li] = after_call;
  lead_put(w, t, li);
  enqueue(w, li);
  // A leader inside a run already walked splits it: walk that run again.
  // It stops at t now: what it walked from t on is the new leader's (else
  // the new run would meet it and make a leader of each instruction,
  // losing a compare that bounds a jump table on the way).
  int o = owner_of(w, t);
  if (o >= 0 && o != li) {
    enqueue(w, o);
    for (uint32_t a = t;;) {
      int i = ins_get(w, a);
      if (i < 0 || w->a.iowner[i] != o || w->a.insns[i].kind == I_BAD)
        break;
      w->a.iowner[i] = li;
      a += w->a.insns[i].len;
    }
  }
}

static bool in_plt(const Elf *e, uint32_t t, const PltEnt **pe) {
  *pe = plt_at(e, t);
  return *pe != NULL;
}

static void check_site(Walk *w, const Insn *in, const PltEnt *pe, const State *s);

// Jump tables: the targets of `jmp *reg` holding a table entry, or of
// `jmp *table(,%reg,4)`; false if there are none to follow.
static bool jump_table(Walk *w, const Insn *in, const State *s) {
  const Elf *e = w->v->e;
  Val x = UNK;
  if (in->op[0].kind == 'r' && in->op[0].reg != R_NONE)
    x = s->r[in->op[0].reg];
  else if (in->op[0].kind == 'm')
    x = opnd_read(s, &in->op[0]);
  if (x.kind != V_JT)
    return false;
  uint32_t n = x.bounded ? x.bounded : 1024;
  const VFunc *fc = funcs_covering(&w->v->fs, in->addr);
  uint32_t lo = fc ? fc->start : w->f->start, hi = fc ? fc->end : w->f->end;
  int found = 0;
  for (uint32_t i = 0; i < n; i++) {
    uint32_t ent;
    if (!elf_read32(e, x.v + 4 * i, &ent))
      break;
    uint32_t t = ent + x.base;
    // Without a bound, the table ends at the first entry that leaves the
    // function; with one, entries outside it (cold code) are followed too.
    if (!elf_exec(e, t) || (!x.bounded && (t < lo || t >= hi)))
      break;
    reach(w, t, s, in->addr, 0);
    found++;
  }
  return found > 0;
}

static void trace(Vet *v, const Insn *in, const State *s) {
  char t[96], b[64];
  insn_text(v->e, in, t, sizeof t);
  int creg;
  int32_t coff;
  fprintf(stderr, "%x: %-40s esp=%s/%x ebx=%s", in->addr, t, s->r[R_ESP].kind == V_STACK ? "stk" : "?",
          s->r[R_ESP].v, val_text(v, s->r[R_EBX], b, sizeof b));
  if (funcs_cfa(v->e, &v->fs, in->addr, &creg, &coff))
    fprintf(stderr, " cfa=r%d%+d", creg, coff);
  fprintf(stderr, " slots:");
  for (int i = 0; i < s->nslot; i++)
    fprintf(stderr, " %x:%d=%d/%x", s->slot[i].base, s->slot[i].off, s->slot[i].v.kind, s->slot[i].v.v);
  fputc('\n', stderr);
}

// A C++ call may also "return" to its landing pad: one more successor.
static void landing_pad(Walk *w, const Insn *in, const State *s) {
  Vet *v = w->v;
  if (!v->fs.fde_lsda)
    return;
  uint32_t lp = funcs_landing_pad(v->e, &v->fs, in->addr, in->len);
  if (lp && elf_exec(v->e, lp)) {
    State ls = *s;
    ls.r[R_EAX] = ls.r[R_ECX] = ls.r[R_EDX] = (Val){V_UNK, 0, 0, 0};
    ls.fell = 0;   // not a fall-through: the unwinder's depth is the call's
    // A destructor throws only where it may (before C++11, or declared
    // noexcept(false)); gcc, knowing it cannot, reuses the registers and
    // slots the landing pad reads before calling it (ICU's ~UnicodeString).
    // Such an edge is kept, but a site it makes bad is undecided, not a
    // finding.
    if (in->kind == I_CALL && !ls.dtor_pad && cfg_dtor(v->e, in->target))
      ls.dtor_pad = in->addr;
    reach(w, lp, &ls, in->addr, 0);
  }
}

static bool is_go(const Walk *w) { return w->f->go; }

// A callee vet cannot read (through a pointer, or the PLT to another
// module) that returns a struct pops its hidden pointer (`ret $4`). Where
// no other edge disagrees (reach reconciles those), the FDE says: its CFA
// is ESP-based at the call and at the return address, 4 bytes apart.
static void cfa_pops(Walk *w, State *s, uint32_t call, uint32_t ret) {
  int r1, r2;
  int32_t o1, o2;
  if (funcs_cfa(w->v->e, &w->v->fs, call, &r1, &o1) && r1 == R_ESP && funcs_cfa(w->v->e, &w->v->fs, ret, &r2, &o2) &&
      r2 == R_ESP && o1 - o2 == 4)
    s->r[R_ESP].v += 4;
}

// Walks the run from leader li; check: the final pass, checking sites.
static void walk_run(Walk *w, int li, bool check) {
  Vet *v = w->v;
  const Elf *e = v->e;
  State s = w->a.st[li];
  uint32_t a = w->a.laddr[li];
  uint32_t after_call = w->a.aftercall[li];   // reached only by falling out of that call
  last_cmp_reg = narrow_reg = R_NONE;
  mem_cmp = 0;
  for (bool first = true;; first = false) {
    if (!first) {
      int l2 = lead_get(w, a);
      if (l2 >= 0) {
        if (!check)
          reach(w, a, &s, 0, after_call);
        return;
      }
    }
    if (++w->steps > v->opt->max_steps) {
      w->budget = true;
      return;
    }
    int ix;
    const Insn *in = walk_decode(w, a, &ix);
    if (!in)
      return;
    if (!check) {
      int o = w->a.iowner[ix];
      if (o >= 0 && o != li && !first) {
        // Two runs meet here without a leader: make one.
        reach(w, a, &s, 0, after_call);
        return;
      }
      w->a.iowner[ix] = li;
    } else {
      uint32_t off = a - v->seen_lo;
      if (a >= v->seen_lo && a < v->seen_hi) {
        v->seen[off / 8] |= 1u << (off % 8);
      }
    }
    if (check && trace_hi && a >= trace_lo && a < trace_hi)
      trace(v, in, &s);
    uint32_t next = a + in->len;
    const PltEnt *pe;
    switch (in->kind) {
    case I_JMP:
    case I_JCC: {
      // The taken edge's state ts and the fallthrough's (s, after the
      // branch's edges): the same but for a bound; a copy only then.
      State tcopy;
      const State *ts = &s;
      bool bound_fall = false;
      uint32_t bound = 0;
      uint8_t narrow = R_NONE;
      if (last_cmp_reg != R_NONE && (in->m == M_JA || in->m == M_JAE || in->m == M_JBE || in->m == M_JB)) {
        // cmp reg, imm; ja: falling through, reg <= imm (jae: < imm); jbe
        // taken, reg <= imm (jb: < imm). A byte or word compare bounds
        // the register only if its upper bits are zero; else a movzbl or
        // movzwl of that sub-register on the fall-through.
        bound = (in->m == M_JA || in->m == M_JBE) ? last_cmp_imm : last_cmp_imm - 1;
        bool whole = last_cmp_bits == 32 || (s.r[last_cmp_reg].kind == V_UNK &&
                                             val_limit(s.r[last_cmp_reg]) <= (1u << last_cmp_bits) - 1);
        if (s.r[last_cmp_reg].kind == V_UNK && !whole && last_cmp_imm < 0xffff && (in->m == M_JA || (in->m == M_JAE && last_cmp_imm)))
          narrow = last_cmp_reg;
        else if (s.r[last_cmp_reg].kind == V_UNK && whole && last_cmp_imm < 0xffff &&
                 (last_cmp_imm || in->m == M_JA || in->m == M_JBE)) {
          if (in->m == M_JA || in->m == M_JAE)
            bound_fall = true;
          else {
            tcopy = s;
            tcopy.r[last_cmp_reg] = (Val){V_UNK, 1, 0, bound};
            ts = &tcopy;
          }
        }
      }
      if (mem_cmp == 1 && (in->m == M_JA || (in->m == M_JAE && last_cmp_imm)) && last_cmp_imm < 0xffff) {
        mem_cmp = 2;   // on the fall-through, which the walk follows next
        mem_cmp_bound = in->m == M_JA ? last_cmp_imm : last_cmp_imm - 1;
      } else
        mem_cmp = 0;
      if (in_plt(e, in->target, &pe)) {
        if (check)
          check_site(w, in, pe, ts);
      } else if (in->target != w->f->start && funcs_find(&v->fs, in->target) &&
                 !funcs_find(&v->fs, in->target)->weak_entry) {
        // A tail call to another function: analyzed from its own entry.
      } else if (!check && elf_exec(e, in->target))
        reach(w, in->target, ts, a, 0);
      if (in->kind == I_JMP)
        return;
      if (bound_fall)
        s.r[last_cmp_reg] = (Val){V_UNK, 1, 0, bound};
      narrow_reg = narrow;   // on the fall-through only
      narrow_bits = last_cmp_bits;
      narrow_bound = bound;
      break;
    }
    case I_JMPI:
      if (!check && !jump_table(w, in, &s)) {
        // Through the GOT (jmp *f@GOT(%ebx)) or a function pointer: a tail
        // call; anything else may leave code unreached (checked after).
        const Opnd *o = &in->op[0];
        bool tail = o->kind == 'm' && o->mem.base != R_NONE && s.r[o->mem.base].kind == V_CONST;
        if (!tail && !w->unresolved) {
          w->unresolved = true;
          w->unresolved_at = a;
        }
      }
      return;
    case I_CALL:
      if (in->target == next) {   // call 1f; 1: pop %reg
        state_push(&s, val_const(next));
        break;
      }
      if (check && defer_is_deferreturn(e, in->target))
        defer_site(v, w->f, a, in->len, &s);
      if (in_plt(e, in->target, &pe)) {
        if (check)
          check_site(w, in, pe, &s);
      } else {
        int tr = cfg_thunk_reg(e, in->target);
        if (tr != R_NONE) {
          Val old = s.r[R_EBX];
          s.r[tr] = val_const(next);
          if (tr == R_EBX && !val_eq(&old, &s.r[R_EBX])) {
            s.why = W_INSN, s.why_at = a, s.npath = 0;
          }
          break;
        }
        if (!check && elf_exec(e, in->target) && !funcs_find(&v->fs, in->target))
          funcs_add(&v->fs, in->target, in->target, NULL, FN_CALL);
      }
      if (!check && !cfg_nothrow(e, in->target))
        landing_pad(w, in, &s);   // a call that does not return may throw
      if (plt_at(e, in->target))
        s.ext_call = true;
      int pops;
      if (cfg_noreturn(e, in->target, &pops) || (w->nnoret && noret_known(w, a)))
        return;
      if (s.r[R_ESP].kind == V_STACK) {
        if (pops)
          s.r[R_ESP].v += (uint32_t)pops;
        else if (plt_at(e, in->target))
          cfa_pops(w, &s, a, next);
      }
      goto call;
    case I_CALLI:
    call: {
      Val old = s.r[R_EBX];
      if (!check && in->kind == I_CALLI)
        landing_pad(w, in, &s);
      if (in->kind == I_CALLI && w->nnoret && noret_known(w, a))
        return;
      s.fell = a;
      if (in->kind == I_CALLI) {
        s.ext_call = true;   // it may pop, as a PLT callee may
        if (s.r[R_ESP].kind == V_STACK)
          cfa_pops(w, &s, a, next);
      }
      s.r[R_EAX] = s.r[R_ECX] = s.r[R_EDX] = UNK;
      if (is_go(w)) {
        // Go's ABI0: every register is the caller's to save.
        s.r[R_EBX] = s.r[R_EBP] = s.r[R_ESI] = s.r[R_EDI] = UNK;
        s.nslot = 0;
        s.why = W_CALL, s.why_at = a, s.npath = 0;
        (void)old;
      }
      last_cmp_reg = narrow_reg = R_NONE;
      mem_cmp = 0;
      break;
    }
    case I_RET:
    case I_STOP:
      return;
    default:
      state_transfer(v, &s, in);
    }
    // Falling into another function's start: it is analyzed from its own
    // entry; this path ends (a call that does not return, or padding).
    // Padding after a call keeps it "after a call". An FDE-only start (which
    // may be only a jump target) ends it too when reached from a call: code
    // never falls from a call into the next FDE, so that call does not
    // return (rb_raise, through this module's PLT, deeper than vet looks).
    if (!in->nop)
      after_call = (in->kind == I_CALL && in->target != next) || in->kind == I_CALLI ? a : 0;
    const VFunc *nf = funcs_find(&v->fs, next);
    if ((nf && nf->start != w->f->start && (!nf->weak_entry || after_call)) || !w->a.inext[ix])
      return;
    a = next;
  }
}

// ---- checks ------------------------------------------------------------------

static void check_site(Walk *w, const Insn *in, const PltEnt *pe, const State *s) {
  Vet *v = w->v;
  if (!pe->pic)
    return;   // an absolute entry: EBX does not matter
  Val b = s->r[R_EBX];
  bool ok = b.kind == V_CONST && b.v == v->e->got;
  site_record(v, in->addr, ok ? SITE_OK : s->dtor_pad || w->frag_reg >= 0 ? SITE_UNDECIDED : SITE_BAD);
  if (ok)
    return;
  char msg[700];
  flow_explain(v, in, s, msg, sizeof msg);
  if (w->frag_reg >= 0) {
    static const char *const rn[] = {"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"};
    vet_find(v, F_UNDECIDED, w->f, in->addr,
             "undecided: %s (0x%x, where this walk starts, is a part of another function (its CFA there is "
             "%%%s%+d, a frame already built), entered only from code no flow vet followed reaches: "
             "walked alone, from nothing known)",
             msg, w->f->start, rn[w->frag_reg], w->frag_off);
    return;
  }
  if (s->dtor_pad) {
    vet_find(v, F_UNDECIDED, w->f, in->addr,
             "undecided: %s (a path through the landing pad of the destructor called at 0x%x, which throws only if "
             "declared so or built before C++11)",
             msg, s->dtor_pad);
    return;
  }
  vet_find(v, in->kind == I_CALL ? F_PLT : F_TAIL, w->f, in->addr, "%s%s", in->kind == I_CALL ? "" : "tail jump: ",
           msg);
}

// After an indirect jump that could not be resolved: the PLT sites of the
// function that no path reached are undecided, never clean.
static void sweep_unreached(Walk *w) {
  Vet *v = w->v;
  const Elf *e = v->e;
  uint32_t end = w->f->end > w->f->start ? w->f->end : w->f->start;
  for (uint32_t a = w->f->start; a < end;) {
    Insn in;
    uint32_t n;
    if (!elf_bytes(e, a, &n))
      break;   // past the code: the range the file claims is not all there
    if (!decode_at(e, a, &in) || in.kind == I_BAD) {
      a++;
      continue;
    }
    const PltEnt *pe;
    if ((in.kind == I_CALL || in.kind == I_JMP || in.kind == I_JCC) && in_plt(e, in.target, &pe) && pe->pic &&
        owner_of(w, a) < 0) {
      site_record(v, a, SITE_UNDECIDED);
      char t[96];
      insn_text(e, &in, t, sizeof t);
      vet_find(v, F_UNDECIDED, w->f, a, "undecided: %s not reached: the indirect jump at 0x%x was not resolved", t,
               w->unresolved_at);
    }
    a += in.len;
  }
}

// Forgets the leaders and their states: their address table entries and
// the hash table of those outside the function's range.
static void leaders_forget(Walk *w) {
  for (int i = 0; i < w->nlead; i++)
    if (w->a.laddr[i] - w->dlo < w->dn)
      w->a.dlead[w->a.laddr[i] - w->dlo] = 0;
  free(w->lead.key);
  free(w->lead.val);
  w->lead = (Tab){0};
  w->nlead = w->nwork = 0;
}

// Forgets the leaders, their states and which run walked what (the
// decoded instructions stay), for a walk that starts over.
static void walk_forget(Walk *w) {
  leaders_forget(w);
  for (int i = 0; i < w->ninsns; i++)
    w->a.iowner[i] = -1;
  w->steps = 0;
  w->unresolved = w->restart = false;
  w->nsuspect = 0;
}

void flow_function(Vet *v, const VFunc *f) {
  static bool tr;
  if (!tr) {
    tr = true;
    const char *e = getenv("PIC386_VET_TRACE");
    if (e && sscanf(e, "%x-%x", &trace_lo, &trace_hi) != 2)
      trace_lo = trace_hi = 0;
  }
  Walk w = {.v = v, .f = f, .a = kept, .frag_reg = -1};
  state_got = v->e->got;
  // A weak entry (only an FDE names it) is walked on its own when no flow
  // reached it. Where its FDE says the frame is already built there (gcc's
  // .cold parts, landing pads' shared cleanups), it is not a function but
  // a part of one, entered with that function's EBX from code no flow vet
  // followed reaches (behind an unresolved indirect jump, a setjmp's
  // return): from nothing known, a site it cannot prove is undecided.
  int creg;
  int32_t coff;
  if (f->weak_entry && funcs_cfa(v->e, &v->fs, f->start, &creg, &coff) && !(creg == R_ESP && coff == 4))
    w.frag_reg = creg, w.frag_off = coff;
  v->cur = f;
  if (f->end > f->start && f->end - f->start <= 64u << 20) {
    w.dlo = f->start;
    w.dn = f->end - f->start;
    if (w.dn > w.a.capd) {
      free(w.a.dlead);
      free(w.a.dins);
      w.a.capd = w.dn;
      w.a.dlead = xcalloc(w.dn, sizeof(int));
      w.a.dins = xcalloc(w.dn, sizeof(int));
    }
  }
  // Walks again (a few times at most) while it learns calls that do not
  // return.
  for (int round = 0;; round++) {
    State s;
    state_entry(&s);
    reach(&w, f->start, &s, 0, 0);
    while (w.nwork && !w.budget) {
      int li = dequeue(&w);
      walk_run(&w, li, false);
    }
    // A suspect call (reach) followed by a block another edge reaches
    // (not its fall-through alone) does not return.
    for (int i = 0; i < w.nsuspect && !w.budget; i++) {
      int ix = ins_get(&w, w.suspect[i]);
      int l = ix >= 0 ? lead_get(&w, w.suspect[i] + w.a.insns[ix].len) : -1;
      if (l >= 0 && !w.a.aftercall[l])
        noret_learn(&w, w.suspect[i]);
    }
    if (!w.restart || w.budget || round == 3)
      break;
    walk_forget(&w);
  }
  if (w.budget) {
    vet_find(v, F_UNDECIDED, f, f->start, "undecided: the analysis budget (%ld instructions) ran out in this function",
             v->opt->max_steps);
    site_record(v, f->start, SITE_UNDECIDED);
  } else {
    w.steps = 0;
    for (int li = 0; li < w.nlead; li++)
      walk_run(&w, li, true);
    if (w.unresolved)
      sweep_unreached(&w);
  }
  // The kept arrays go back all zero for the next function: its leaders'
  // and instructions' entries cleared, not the whole range.
  leaders_forget(&w);
  free(w.icache.key);
  free(w.icache.val);
  for (int i = 0; i < w.ninsns; i++)
    if (w.a.insns[i].addr - w.dlo < w.dn)
      w.a.dins[w.a.insns[i].addr - w.dlo] = 0;
  kept = w.a;
}
