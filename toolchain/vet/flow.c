// flow.c: the forward data-flow over EBX, one function at a time.
//
// The abstract state holds a Val for each register and for up to NSLOT
// stack slots (a stack address is "frame base b + offset": the entry SP is
// base 0, `and $-16,%esp` starts a new base). EBX gets a known value from
// a PC thunk or the `call 1f; 1: pop` idiom followed by add/lea of
// _GLOBAL_OFFSET_TABLE_ (concrete link-time addresses), from a stack slot it
// was saved to, or from another register; anything else makes it unknown.
// At function entry everything is unknown but ESP (base 0, offset 0).
//
// Recursive descent with a worklist of leaders (jump targets and join
// points), each with the join of the states reaching it. A leader found
// inside a run already walked splits that run (its start is walked again).
// When nothing changes, a last walk over every run with the final states
// checks each call or jump into a PIC PLT entry: EBX must be the GOT.
// Jumps are followed into code outside the function (gcc's .cold parts);
// a jump to the start of another function is a tail call.
#include "vet/vet.h"

#include "pic386.h"

#include <stdlib.h>
#include <string.h>

// ---- values ------------------------------------------------------------------

static const Val UNK = {V_UNK, 0, 0, 0};
static Val cst(uint32_t c) { return (Val){V_CONST, 0, 0, c}; }
static Val stk(uint32_t base, uint32_t off) { return (Val){V_STACK, 0, base, off}; }

static bool val_eq(Val a, Val b) {
  return a.kind == b.kind && a.bounded == b.bounded && a.base == b.base && a.v == b.v;
}

static Val val_join(Val a, Val b) {
  if (val_eq(a, b))
    return a;
  if (a.kind == V_UNK && b.kind == V_UNK && a.bounded && b.bounded)
    return (Val){V_UNK, 1, 0, a.v > b.v ? a.v : b.v};
  return UNK;
}

const char *val_text(const Vet *v, Val x, char *buf, size_t n) {
  uint32_t got = v->e->got;
  switch (x.kind) {
  case V_CONST:
    if (x.v == got)
      snprintf(buf, n, "the GOT (0x%x)", got);
    else if (x.v - got < 0x400 || got - x.v < 0x400)
      snprintf(buf, n, "GOT%+d (0x%x), not the GOT", (int32_t)(x.v - got), x.v);
    else
      snprintf(buf, n, "0x%x, not the GOT (0x%x)", x.v, got);
    break;
  case V_STACK: snprintf(buf, n, "a stack address"); break;
  case V_JT: snprintf(buf, n, "a value loaded from a table"); break;
  default: snprintf(buf, n, "unknown"); break;
  }
  return buf;
}

// ---- state -------------------------------------------------------------------

void state_entry(State *s) {
  memset(s, 0, sizeof *s);
  for (int i = 0; i < VNREG; i++)
    s->r[i] = UNK;
  s->r[R_ESP] = stk(0, 0);
  s->why = W_ENTRY;
}

static Val slot_get(const State *s, uint32_t base, int32_t off) {
  for (int i = 0; i < s->nslot; i++)
    if (s->slot[i].base == base && s->slot[i].off == off)
      return s->slot[i].v;
  return UNK;
}

// Forgets the slots a write of `bytes` bytes at base+off overlaps.
static void slot_kill(State *s, uint32_t base, int32_t off, int bytes) {
  for (int i = 0; i < s->nslot;)
    if (s->slot[i].base == base && s->slot[i].off < off + bytes && off < s->slot[i].off + 4)
      s->slot[i] = s->slot[--s->nslot];
    else
      i++;
}

static uint32_t cur_got;   // the module's GOT, for slot_set's choice

static void slot_set(State *s, uint32_t base, int32_t off, Val x) {
  slot_kill(s, base, off, 4);
  if (x.kind == V_UNK && !x.bounded)
    return;
  if (s->nslot == NSLOT) {
    // Full: forget a slot that does not hold the GOT (what EBX is reloaded
    // from), preferring one that holds no constant at all.
    int k = -1;
    for (int i = 0; i < s->nslot && k < 0; i++)
      if (s->slot[i].v.kind != V_CONST)
        k = i;
    for (int i = 0; i < s->nslot && k < 0; i++)
      if (s->slot[i].v.v != cur_got)
        k = i;
    if (k < 0)
      k = 0;
    s->slot[k] = s->slot[--s->nslot];
  }
  s->slot[s->nslot].base = base;
  s->slot[s->nslot].off = off;
  s->slot[s->nslot].v = x;
  s->nslot++;
}

// Joins b into a; true if a changed (the path does not count).
static bool state_join(State *a, const State *b, uint32_t at) {
  bool ch = false;
  for (int i = 0; i < VNREG; i++) {
    Val j = val_join(a->r[i], b->r[i]);
    if (!val_eq(j, a->r[i])) {
      if (i == R_EBX) {
        a->why = W_JOIN;
        a->why_at = at;
        a->npath = 0;
      }
      a->r[i] = j;
      ch = true;
    }
  }
  for (int i = 0; i < a->nslot;) {
    Val o = slot_get(b, a->slot[i].base, a->slot[i].off);
    Val j = val_join(a->slot[i].v, o);
    if (!val_eq(j, a->slot[i].v)) {
      ch = true;
      if (j.kind == V_UNK && !j.bounded) {
        a->slot[i] = a->slot[--a->nslot];
        continue;
      }
      a->slot[i].v = j;
    }
    i++;
  }
  return ch;
}

// ---- one instruction ---------------------------------------------------------

// Where a memory operand is, if it is a stack slot: base and offset.
static bool mem_slot(const State *s, const Mem *m, uint32_t *base, int32_t *off) {
  if (m->seg || m->base == R_NONE || m->index != R_NONE)
    return false;
  Val b = s->r[m->base];
  if (b.kind != V_STACK)
    return false;
  *base = b.base;
  *off = (int32_t)b.v + m->disp;
  return true;
}

static Val rd(const State *s, const Opnd *o) {
  switch (o->kind) {
  case 'r': return o->reg == R_NONE || o->partial ? UNK : s->r[o->reg];
  case 'i': return cst((uint32_t)o->imm);
  case 'm': {
    uint32_t b;
    int32_t off;
    if (o->mem.size != 32)
      return UNK;
    if (mem_slot(s, &o->mem, &b, &off))
      return slot_get(s, b, off);
    // A jump table entry: table(%base,%index,4) with a known base, or an
    // absolute table(,%index,4); the index's bound rides along in .base's
    // place as the count of entries.
    if (!o->mem.seg && o->mem.index != R_NONE && o->mem.scale == 4) {
      Val ix = s->r[o->mem.index];
      uint32_t t;
      if (o->mem.base == R_NONE)
        t = (uint32_t)o->mem.disp;
      else if (s->r[o->mem.base].kind == V_CONST)
        t = s->r[o->mem.base].v + (uint32_t)o->mem.disp;
      else
        return UNK;
      Val j = {V_JT, ix.kind == V_UNK && ix.bounded, 0, t};
      j.base = 0;   // addend
      if (ix.kind == V_UNK && ix.bounded)
        j.bounded = (uint8_t)(ix.v < 255 ? ix.v + 1 : 255);
      return j;
    }
    return UNK;
  }
  default: return UNK;
  }
}

static void wr(State *s, const Opnd *o, Val x) {
  if (o->kind == 'r') {
    if (o->reg != R_NONE)
      s->r[o->reg] = o->partial ? UNK : x;
  } else if (o->kind == 'm') {
    uint32_t b;
    int32_t off;
    if (mem_slot(s, &o->mem, &b, &off)) {
      if (o->mem.size == 32)
        slot_set(s, b, off, x);
      else
        slot_kill(s, b, off, o->mem.size ? o->mem.size / 8 : 64);
    }
    // A store through an index or an unknown pointer is taken to stay
    // inside its object (an array, a buffer): compiled code does not reach
    // its spill slots that way.
  }
}

static void push(State *s, Val x) {
  Val sp = s->r[R_ESP];
  if (sp.kind != V_STACK)
    return;
  sp.v -= 4;
  s->r[R_ESP] = sp;
  slot_set(s, sp.base, (int32_t)sp.v, x);
}

static Val pop(State *s) {
  Val sp = s->r[R_ESP];
  if (sp.kind != V_STACK)
    return UNK;
  Val x = slot_get(s, sp.base, (int32_t)sp.v);
  slot_kill(s, sp.base, (int32_t)sp.v, 4);   // below SP is gone (signals)
  sp.v += 4;
  s->r[R_ESP] = sp;
  return x;
}

static Val add(Val a, Val b, bool sub) {
  if (b.kind != V_CONST)
    return a.kind == V_CONST && !sub && b.kind == V_JT ? (Val){V_JT, b.bounded, b.base + a.v, b.v} : UNK;
  uint32_t c = sub ? -b.v : b.v;
  switch (a.kind) {
  case V_CONST: return cst(a.v + c);
  case V_STACK: return stk(a.base, a.v + c);
  case V_JT: return sub ? UNK : (Val){V_JT, a.bounded, a.base + c, a.v};
  default: return UNK;
  }
}

// The compare a following ja/jbe bounds: cmp reg, imm.
static uint8_t cmp_reg = R_NONE;
static uint32_t cmp_imm;

// Applies in (not a branch's control effect) to s.
static void transfer(Vet *v, State *s, const Insn *in) {
  Val ebx = s->r[R_EBX];
  uint32_t esp_base = s->r[R_ESP].kind == V_STACK ? s->r[R_ESP].base : 0;
  bool esp_known = s->r[R_ESP].kind == V_STACK;
  const Opnd *a = &in->op[0], *b = &in->op[1];
  bool flags_kept = false;
  switch (in->m) {
  case M_MOV:
    if (in->nops == 2) {
      Val x = rd(s, b);
      if (b->kind == 'r' && b->reg != R_NONE && !b->partial && a->kind == 'r' && cmp_reg == a->reg)
        cmp_reg = R_NONE;
      wr(s, a, b->kind == 'm' && b->mem.seg ? UNK : x);
      flags_kept = true;
      goto done;
    }
    break;
  case M_LEA:
    if (in->nops == 2 && a->kind == 'r' && b->kind == 'm') {
      const Mem *m = &b->mem;
      Val x = UNK;
      if (m->index == R_NONE && m->base != R_NONE)
        x = add(s->r[m->base], cst((uint32_t)m->disp), false);
      else if (m->index == R_NONE && m->base == R_NONE)
        x = cst((uint32_t)m->disp);
      else if (m->base == R_NONE && m->scale == 1)
        x = add(s->r[m->index], cst((uint32_t)m->disp), false);
      wr(s, a, x);
      flags_kept = true;
      goto done;
    }
    break;
  case M_ADD:
  case M_SUB:
    if (in->nops == 2 && (a->kind == 'r' || a->kind == 'm')) {
      Val x = add(rd(s, a), rd(s, b), in->m == M_SUB);
      if (a->kind == 'r' && b->kind == 'r' && in->m == M_ADD && x.kind == V_UNK)
        x = add(rd(s, b), rd(s, a), false);   // add %ebx, %edx with edx a table entry
      wr(s, a, x);
      goto done;
    }
    break;
  case M_AND:
    if (in->nops == 2 && a->kind == 'r' && !a->partial && a->reg == R_ESP && s->r[R_ESP].kind == V_STACK) {
      // Realigned: a new frame base, named by this instruction.
      s->r[R_ESP] = stk(in->addr | 0x80000000u, 0);
      goto done;
    }
    break;
  case M_XOR:
    if (in->nops == 2 && a->kind == 'r' && b->kind == 'r' && a->reg == b->reg && !a->partial) {
      wr(s, a, cst(0));
      goto done;
    }
    break;
  case M_CMP:
    if (in->nops == 2 && a->kind == 'r' && !a->partial && a->reg != R_NONE && b->kind == 'i') {
      cmp_reg = a->reg;
      cmp_imm = (uint32_t)b->imm;
      return;
    }
    break;
  case M_PUSH:
    if (in->nops == 1) {
      Val x = rd(s, a);
      if (a->kind == 'm' && a->mem.base == R_ESP && esp_known)
        x = UNK;   // rare: pushl off(%esp); the slot lookup above used the old SP, fine, but be safe
      push(s, x);
      flags_kept = true;
      goto done;
    }
    break;
  case M_POP:
    if (in->nops == 1) {
      Val x = pop(s);
      wr(s, a, x);
      flags_kept = true;
      goto done;
    }
    break;
  case M_XCHG:
    if (in->nops == 2 && a->kind == 'r' && b->kind == 'r' && !a->partial && !b->partial && a->reg != R_NONE &&
        b->reg != R_NONE) {
      Val t = s->r[a->reg];
      s->r[a->reg] = s->r[b->reg];
      s->r[b->reg] = t;
      goto done;
    }
    break;
  case M_LEAVE:
    s->r[R_ESP] = s->r[R_EBP];
    s->r[R_EBP] = pop(s);
    goto done;
  case M_PUSHA: {
    Val sp = s->r[R_ESP];
    for (int r = R_EAX; r <= R_EDI; r++)
      push(s, r == R_ESP ? sp : s->r[r]);
    goto done;
  }
  case M_POPA:
    for (int r = R_EDI; r >= R_EAX; r--) {
      Val x = pop(s);
      if (r != R_ESP)
        s->r[r] = x;
    }
    goto done;
  default:
    break;
  }
  // Not modeled: every register it writes becomes unknown, and every stack
  // slot it writes is forgotten.
  for (int r = 0; r < VNREG; r++)
    if (in->writes & (1u << r))
      s->r[r] = UNK;
  for (int i = 0; i < in->nops; i++)
    if (in->op[i].kind == 'm' && in->op[i].write)
      wr(s, &in->op[i], UNK);
done:
  if (!flags_kept && in->kind == I_OTHER)
    cmp_reg = R_NONE;
  if (s->r[R_ESP].kind == V_STACK && esp_known && s->r[R_ESP].base == esp_base) {
    // SP moved up: what is below it is gone.
    for (int i = 0; i < s->nslot;)
      if (s->slot[i].base == esp_base && s->slot[i].off < (int32_t)s->r[R_ESP].v)
        s->slot[i] = s->slot[--s->nslot];
      else
        i++;
  }
  if (!val_eq(ebx, s->r[R_EBX]) || (in->writes & (1u << R_EBX))) {
    s->why = W_INSN;
    s->why_at = in->addr;
    s->npath = 0;
  }
  (void)v;
}

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
  uint32_t h = (k * 2654435761u) & (t->cap - 1);
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
  uint32_t h = (k * 2654435761u) & (t->cap - 1);
  while (t->val[h] >= 0) {
    if (t->key[h] == k)
      return t->val[h];
    h = (h + 1) & (t->cap - 1);
  }
  return -1;
}

typedef struct {
  Vet *v;
  const VFunc *f;
  Tab lead;        // leader address -> index
  Tab owner;       // instruction address -> the leader whose run walked it
  uint32_t *laddr;
  State *st;
  int nlead, caplead;
  int *work;
  bool *queued, *aftercall;
  int nwork, capwork;
  long steps;
  bool unresolved, budget;
  uint32_t unresolved_at;
  Tab icache;      // instruction address -> insns[]
  Insn *insns;
  int ninsns, capinsns;
} Walk;

// The worklist is a heap by address: code is mostly laid out in flow
// order, so lowest address first walks a run after the runs that reach it,
// and loops settle in a few rounds.
static void enqueue(Walk *w, int li) {
  if (w->queued[li])
    return;
  if (w->nwork == w->capwork) {
    w->capwork = w->capwork ? w->capwork * 2 : 64;
    w->work = xrealloc(w->work, w->capwork * sizeof(int));
  }
  int i = w->nwork++;
  while (i > 0 && w->laddr[w->work[(i - 1) / 2]] > w->laddr[li]) {
    w->work[i] = w->work[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  w->work[i] = li;
  w->queued[li] = true;
}

static int dequeue(Walk *w) {
  int top = w->work[0], last = w->work[--w->nwork], i = 0;
  for (;;) {
    int c = 2 * i + 1;
    if (c >= w->nwork)
      break;
    if (c + 1 < w->nwork && w->laddr[w->work[c + 1]] < w->laddr[w->work[c]])
      c++;
    if (w->laddr[w->work[c]] >= w->laddr[last])
      break;
    w->work[i] = w->work[c];
    i = c;
  }
  if (w->nwork)
    w->work[i] = last;
  w->queued[top] = false;
  return top;
}

// Instructions are decoded once per function walk and kept (memory bounded
// by the code one function's flow covers).
static bool walk_decode(Walk *w, uint32_t a, Insn *in) {
  int i = tab_get(&w->icache, a);
  if (i >= 0) {
    *in = w->insns[i];
    return in->kind != I_BAD;
  }
  bool ok = decode_at(w->v->e, a, in) && in->kind != I_BAD && elf_exec(w->v->e, a);
  if (!ok)
    in->kind = I_BAD;
  if (w->ninsns == w->capinsns) {
    w->capinsns = w->capinsns ? w->capinsns * 2 : 256;
    w->insns = xrealloc(w->insns, w->capinsns * sizeof(Insn));
  }
  w->insns[w->ninsns] = *in;
  tab_put(&w->icache, a, w->ninsns++);
  return ok;
}

// Whether two states disagree on the stack depth.
static bool sp_conflict(const State *a, const State *b) {
  return a->r[R_ESP].kind == V_STACK && b->r[R_ESP].kind == V_STACK && !val_eq(a->r[R_ESP], b->r[R_ESP]);
}

// The state s reaches address t along a branch at `from` (0: falling into a
// leader); after_call: falling through a call.
//
// Compiled code has one stack depth at every join. Where the fallthrough of
// a call brings another depth than the other edges, that call does not
// return (abort-like functions vet cannot prove so, e.g. one that ends in
// a raw exit system call), and the edge is dropped.
static void reach(Walk *w, uint32_t t, const State *s, uint32_t from, bool after_call) {
  State in = *s;
  if (trace_hi && t >= trace_lo && t < trace_hi && getenv("T3"))
    fprintf(stderr, "reach %x from %x ac=%d esp=%d/%x lead=%d\n", t, from, after_call, s->r[R_ESP].kind, s->r[R_ESP].v,
            tab_get(&w->lead, t));
  if (from && in.npath < NPATH)
    in.path[in.npath++] = from;
  else if (from) {
    memmove(in.path, in.path + 1, (NPATH - 1) * sizeof(uint32_t));
    in.path[NPATH - 1] = from;
  }
  int li = tab_get(&w->lead, t);
  if (trace_hi && t >= trace_lo && t < trace_hi && (li < 0 || w->st[li].r[R_ESP].kind == V_STACK) &&
      (li >= 0 ? !val_eq(w->st[li].r[R_ESP], in.r[R_ESP]) : in.r[R_ESP].kind != V_STACK) && getenv("T2"))
    fprintf(stderr, "join at %x from %x%s: esp %d/%x vs %d/%x\n", t, from, after_call ? " (after a call)" : "",
            li >= 0 ? w->st[li].r[R_ESP].kind : -1, li >= 0 ? w->st[li].r[R_ESP].v : 0, in.r[R_ESP].kind,
            in.r[R_ESP].v);
  if (li >= 0 && sp_conflict(&w->st[li], &in) && w->st[li].r[R_ESP].base == in.r[R_ESP].base) {
    // A callee outside the module that returns a struct pops its hidden
    // pointer (ret $4), which vet cannot see: where two edges differ by
    // just that and the lower one came through a PLT call, the callee
    // popped it.
    int32_t d = (int32_t)(w->st[li].r[R_ESP].v - in.r[R_ESP].v);
    if (d == 4 && in.ext_call)
      in.r[R_ESP] = w->st[li].r[R_ESP];
    else if (d == -4 && w->st[li].ext_call) {
      w->st[li].r[R_ESP] = in.r[R_ESP];
      enqueue(w, li);
    }
  }
  if (li >= 0) {
    w->st[li].ext_call |= in.ext_call;
    if (sp_conflict(&w->st[li], &in)) {
      if (after_call)
        return;
      if (w->aftercall[li]) {
        w->st[li] = in;
        w->aftercall[li] = false;
        enqueue(w, li);
        return;
      }
    }
    if (!after_call)
      w->aftercall[li] = false;
    if (state_join(&w->st[li], &in, t))
      enqueue(w, li);
    return;
  }
  if (w->nlead == w->caplead) {
    w->caplead = w->caplead ? w->caplead * 2 : 64;
    w->laddr = xrealloc(w->laddr, w->caplead * sizeof(uint32_t));
    w->st = xrealloc(w->st, w->caplead * sizeof(State));
    w->queued = xrealloc(w->queued, w->caplead * sizeof(bool));
    w->aftercall = xrealloc(w->aftercall, w->caplead * sizeof(bool));
  }
  li = w->nlead++;
  w->laddr[li] = t;
  w->st[li] = in;
  w->queued[li] = false;
  w->aftercall[li] = after_call;
  tab_put(&w->lead, t, li);
  enqueue(w, li);
  // A leader inside a run already walked splits it: walk that run again.
  int o = tab_get(&w->owner, t);
  if (o >= 0 && o != li)
    enqueue(w, o);
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
    x = rd(s, &in->op[0]);
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
    reach(w, t, s, in->addr, false);
    found++;
  }
  return found > 0;
}

static void trace(Vet *v, const Insn *in, const State *s) {
  char t[96], b[64];
  insn_text(v->e, in, t, sizeof t);
  fprintf(stderr, "%x: %-40s esp=%s/%x ebx=%s slots:", in->addr, t,
          s->r[R_ESP].kind == V_STACK ? "stk" : "?", s->r[R_ESP].v, val_text(v, s->r[R_EBX], b, sizeof b));
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
    reach(w, lp, &ls, in->addr, false);
  }
}

static bool is_go(const Walk *w) { return w->f->go; }

// Walks the run from leader li; check: the final pass, checking sites.
static void walk_run(Walk *w, int li, bool check) {
  Vet *v = w->v;
  const Elf *e = v->e;
  State s = w->st[li];
  uint32_t a = w->laddr[li];
  bool after_call = w->aftercall[li];   // reached only by falling out of calls
  cmp_reg = R_NONE;
  for (bool first = true;; first = false) {
    if (!first) {
      int l2 = tab_get(&w->lead, a);
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
    Insn in;
    if (!walk_decode(w, a, &in))
      return;
    if (!check) {
      int o = tab_get(&w->owner, a);
      if (o >= 0 && o != li && !first) {
        // Two runs meet here without a leader: make one.
        reach(w, a, &s, 0, after_call);
        return;
      }
      tab_put(&w->owner, a, li);
    } else {
      uint32_t off = a - v->seen_lo;
      if (a >= v->seen_lo && a < v->seen_hi) {
        v->seen[off / 8] |= 1u << (off % 8);
      }
    }
    if (check && trace_hi && a >= trace_lo && a < trace_hi)
      trace(v, &in, &s);
    uint32_t next = a + in.len;
    const PltEnt *pe;
    switch (in.kind) {
    case I_JMP:
    case I_JCC: {
      State ts = s, fs = s;
      if (cmp_reg != R_NONE && (in.m == M_JA || in.m == M_JAE || in.m == M_JBE || in.m == M_JB)) {
        // cmp reg, imm; ja: falling through, reg <= imm (jae: < imm); jbe
        // taken, reg <= imm (jb: < imm).
        uint32_t bound = (in.m == M_JA || in.m == M_JBE) ? cmp_imm : cmp_imm - 1;
        State *bs = (in.m == M_JA || in.m == M_JAE) ? &fs : &ts;
        if (bs->r[cmp_reg].kind == V_UNK && cmp_imm < 0x10000 && (cmp_imm || in.m == M_JA || in.m == M_JBE))
          bs->r[cmp_reg] = (Val){V_UNK, 1, 0, bound};
      }
      if (in_plt(e, in.target, &pe)) {
        if (check)
          check_site(w, &in, pe, &ts);
      } else if (in.target != w->f->start && funcs_find(&v->fs, in.target) &&
                 !funcs_find(&v->fs, in.target)->weak_entry) {
        // A tail call to another function: analyzed from its own entry.
      } else if (!check && elf_exec(e, in.target))
        reach(w, in.target, &ts, a, false);
      if (in.kind == I_JMP)
        return;
      s = fs;
      break;
    }
    case I_JMPI:
      if (!check && !jump_table(w, &in, &s)) {
        // Through the GOT (jmp *f@GOT(%ebx)) or a function pointer: a tail
        // call; anything else may leave code unreached (checked after).
        const Opnd *o = &in.op[0];
        bool tail = o->kind == 'm' && o->mem.base != R_NONE && s.r[o->mem.base].kind == V_CONST;
        if (!tail && !w->unresolved) {
          w->unresolved = true;
          w->unresolved_at = a;
        }
      }
      return;
    case I_CALL:
      if (in.target == next) {   // call 1f; 1: pop %reg
        push(&s, cst(next));
        break;
      }
      if (check && defer_is_deferreturn(e, in.target))
        defer_site(v, w->f, a, in.len, &s);
      if (in_plt(e, in.target, &pe)) {
        if (check)
          check_site(w, &in, pe, &s);
      } else {
        int tr = cfg_thunk_reg(e, in.target);
        if (tr != R_NONE) {
          Val old = s.r[R_EBX];
          s.r[tr] = cst(next);
          if (tr == R_EBX && !val_eq(old, s.r[R_EBX])) {
            s.why = W_INSN, s.why_at = a, s.npath = 0;
          }
          break;
        }
        if (!check && elf_exec(e, in.target) && !funcs_find(&v->fs, in.target))
          funcs_add(&v->fs, in.target, in.target, NULL, FN_CALL);
      }
      if (!check)
        landing_pad(w, &in, &s);   // a call that does not return may throw
      if (plt_at(e, in.target))
        s.ext_call = true;
      if (cfg_noreturn(e, in.target))
        return;
      if (s.r[R_ESP].kind == V_STACK) {
        int pops = cfg_callee_pops(e, in.target);
        if (pops)
          s.r[R_ESP].v += (uint32_t)pops;
      }
      goto call;
    case I_CALLI:
    call: {
      Val old = s.r[R_EBX];
      if (!check && in.kind == I_CALLI)
        landing_pad(w, &in, &s);
      s.r[R_EAX] = s.r[R_ECX] = s.r[R_EDX] = UNK;
      if (is_go(w)) {
        // Go's ABI0: every register is the caller's to save.
        s.r[R_EBX] = s.r[R_EBP] = s.r[R_ESI] = s.r[R_EDI] = UNK;
        s.nslot = 0;
        s.why = W_CALL, s.why_at = a, s.npath = 0;
        (void)old;
      }
      cmp_reg = R_NONE;
      break;
    }
    case I_RET:
    case I_STOP:
      return;
    default:
      transfer(v, &s, &in);
    }
    // Falling into another function's start: it is analyzed from its own
    // entry; this path ends (a call that does not return, or padding).
    // Padding after a call keeps it "after a call".
    if (!in.nop)
      after_call = (in.kind == I_CALL && in.target != next) || in.kind == I_CALLI;
    const VFunc *nf = funcs_find(&v->fs, next);
    if ((nf && nf->start != w->f->start && !nf->weak_entry) || !elf_exec(e, next))
      return;
    a = next;
  }
}

// ---- checks ------------------------------------------------------------------

static void origin_text(const Vet *v, const State *s, char *buf, size_t n) {
  char t[96];
  Insn in;
  switch (s->why) {
  case W_ENTRY: snprintf(buf, n, "function entry"); break;
  case W_INSN:
    if (decode_at(v->e, s->why_at, &in))
      insn_text(v->e, &in, t, sizeof t);
    else
      snprintf(t, sizeof t, "?");
    snprintf(buf, n, "set by `%s` at 0x%x", t, s->why_at);
    break;
  case W_CALL:
    snprintf(buf, n, "clobbered by the call at 0x%x (Go code: a call does not preserve EBX)", s->why_at);
    break;
  case W_JOIN: snprintf(buf, n, "paths with different EBX meet at 0x%x", s->why_at); break;
  case W_REWIND: snprintf(buf, n, "jmpdefer's return to 0x%x", s->why_at); break;
  }
  size_t l = strlen(buf);
  for (int i = 0; i < s->npath && l + 16 < n; i++)
    l += snprintf(buf + l, n - l, " → 0x%x", s->path[i]);
}

// Describes why EBX is not the GOT at insn `in` reached with state s.
void flow_explain(Vet *v, const Insn *in, const State *s, char *buf, size_t n) {
  char t[96], val[96], org[400];
  insn_text(v->e, in, t, sizeof t);
  val_text(v, s->r[R_EBX], val, sizeof val);
  origin_text(v, s, org, sizeof org);
  snprintf(buf, n, "%s with EBX %s: %s → here%s", t, val, org,
           s->why == W_ENTRY && s->r[R_EBX].kind == V_UNK ? ", no GOT load on the way" : "");
}

static void check_site(Walk *w, const Insn *in, const PltEnt *pe, const State *s) {
  Vet *v = w->v;
  if (!pe->pic)
    return;   // an absolute entry: EBX does not matter
  Val b = s->r[R_EBX];
  bool ok = b.kind == V_CONST && b.v == v->e->got;
  site_record(v, in->addr, ok ? SITE_OK : SITE_BAD);
  if (ok)
    return;
  char msg[700];
  flow_explain(v, in, s, msg, sizeof msg);
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
        tab_get(&w->owner, a) < 0) {
      site_record(v, a, SITE_UNDECIDED);
      char t[96];
      insn_text(e, &in, t, sizeof t);
      vet_find(v, F_UNDECIDED, w->f, a, "undecided: %s not reached: the indirect jump at 0x%x was not resolved", t,
               w->unresolved_at);
    }
    a += in.len;
  }
}

void flow_function(Vet *v, const VFunc *f) {
  static bool tr;
  if (!tr) {
    tr = true;
    const char *e = getenv("PIC386_VET_TRACE");
    if (e && sscanf(e, "%x-%x", &trace_lo, &trace_hi) != 2)
      trace_lo = trace_hi = 0;
  }
  Walk w = {0};
  w.v = v;
  w.f = f;
  cur_got = v->e->got;
  v->cur = f;
  State s;
  state_entry(&s);
  reach(&w, f->start, &s, 0, false);
  while (w.nwork && !w.budget) {
    int li = dequeue(&w);
    walk_run(&w, li, false);
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
  free(w.lead.key);
  free(w.lead.val);
  free(w.owner.key);
  free(w.owner.val);
  free(w.laddr);
  free(w.st);
  free(w.queued);
  free(w.aftercall);
  free(w.icache.key);
  free(w.icache.val);
  free(w.insns);
  free(w.work);
}

bool flow_straight(Vet *v, uint32_t start, uint32_t site, State *s, char *why, size_t n) {
  const Elf *e = v->e;
  for (uint32_t a = start; a < site;) {
    Insn in;
    if (!decode_at(e, a, &in) || in.kind == I_BAD) {
      snprintf(why, n, "0x%x is not an instruction", a);
      return false;
    }
    uint32_t next = a + in.len;
    if (next > site) {
      snprintf(why, n, "0x%x is not an instruction boundary on the way to the call (the instruction at 0x%x ends at 0x%x)",
               start, a, next);
      return false;
    }
    if (in.kind == I_CALL && in.target == next)
      push(s, cst(next));
    else if (in.kind == I_CALL && cfg_thunk_reg(e, in.target) != R_NONE) {
      int r = cfg_thunk_reg(e, in.target);
      s->r[r] = cst(next);
      if (r == R_EBX)
        s->why = W_INSN, s->why_at = a, s->npath = 0;
    } else if (in.kind == I_CALL || in.kind == I_CALLI) {
      s->r[R_EAX] = s->r[R_ECX] = s->r[R_EDX] = UNK;
      if (v->cur && v->cur->go) {
        s->r[R_EBX] = s->r[R_EBP] = s->r[R_ESI] = s->r[R_EDI] = UNK;
        s->why = W_CALL, s->why_at = a, s->npath = 0;
      }
    } else if (in.kind == I_OTHER)
      transfer(v, s, &in);
    else {
      snprintf(why, n, "a branch at 0x%x before the call", a);
      return false;
    }
    a = next;
  }
  return true;
}
