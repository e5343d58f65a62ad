// transfer.c: the abstract values and states of the data-flow over EBX, and
// what one instruction does to a state.
//
// The abstract state holds a Val for each register and for up to NSLOT
// stack slots (a stack address is "frame base b + offset": the entry SP is
// base 0, `and $-16,%esp` starts a new base). EBX gets a known value from
// a PC thunk or the `call 1f; 1: pop` idiom followed by add/lea of
// _GLOBAL_OFFSET_TABLE_ (concrete link-time addresses), from a stack slot it
// was saved to, or from another register; anything else makes it unknown.
// At function entry everything is unknown but ESP (base 0, offset 0).
//
// Joins (state_join) and the transfer function (state_transfer) are here;
// the walk that applies them over a function's code is flow.c.
#include "vet/vet.h"

#include <string.h>

// ---- values ------------------------------------------------------------------

const Val UNK = {V_UNK, 0, 0, 0};
Val val_const(uint32_t c) { return (Val){V_CONST, 0, 0, c}; }
static Val stk(uint32_t base, uint32_t off) { return (Val){V_STACK, 0, base, off}; }

// The join of two different values: the larger bound of two bounded
// unknowns (alike: both indices, or both times 4), else the larger of their
// largest values, else unknown.
static Val val_join(Val a, Val b) {
  if (a.kind != V_UNK || b.kind != V_UNK)
    return UNK;
  if (a.bounded && b.bounded && a.base == b.base)
    return (Val){V_UNK, 1, a.base, a.v > b.v ? a.v : b.v};
  uint32_t la = val_limit(a), lb = val_limit(b), l = la > lb ? la : lb;
  return l == UINT32_MAX || l == 0 ? UNK : (Val){V_UNK, 0, 0, l};
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

uint32_t state_got;   // the module's GOT, for slot_set's choice

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
      if (s->slot[i].v.v != state_got)
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

// Joins b into *a; true if *a changed. Equal values, nearly every join's,
// are settled by one comparison.
static inline bool join_into(Val *a, const Val *b) {
  if (val_eq(a, b))
    return false;
  Val j = val_join(*a, *b);
  if (val_eq(&j, a))
    return false;
  *a = j;
  return true;
}

// Joins b into a; true if a changed (the path does not count).
bool state_join(State *a, const State *b, uint32_t at) {
  bool ch = false;
  for (int i = 0; i < VNREG; i++)
    if (join_into(&a->r[i], &b->r[i])) {
      if (i == R_EBX) {
        a->why = W_JOIN;
        a->why_at = at;
        a->npath = 0;
      }
      ch = true;
    }
  if (b->dtor_pad && !a->dtor_pad) {
    a->dtor_pad = b->dtor_pad;
    ch = true;
  }
  for (int i = 0; i < a->nslot;) {
    // A slot is in a state at most once; joined states mostly list theirs
    // in the same order: look where a's is before searching.
    Val o = i < b->nslot && b->slot[i].base == a->slot[i].base && b->slot[i].off == a->slot[i].off
                ? b->slot[i].v
                : slot_get(b, a->slot[i].base, a->slot[i].off);
    if (join_into(&a->slot[i].v, &o)) {
      ch = true;
      if (a->slot[i].v.kind == V_UNK && !a->slot[i].v.bounded) {
        a->slot[i] = a->slot[--a->nslot];   // unknown: not kept
        continue;
      }
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

Val opnd_read(const State *s, const Opnd *o) {
  switch (o->kind) {
  case 'r': return o->reg == R_NONE || o->partial ? UNK : s->r[o->reg];
  case 'i': return val_const((uint32_t)o->imm);
  case 'm': {
    uint32_t b;
    int32_t off;
    if (o->mem.size != 32)
      return UNK;
    if (mem_slot(s, &o->mem, &b, &off))
      return slot_get(s, b, off);
    // A jump table entry: table(%base,%index,4) with a known base, or an
    // absolute table(,%index,4), or table(%base,%index,1) whose index is
    // a bounded one times 4; the index's bound rides along as the count of
    // entries.
    Val ix = o->mem.index != R_NONE ? s->r[o->mem.index] : UNK;
    bool times4 = ix.kind == V_UNK && ix.bounded && ix.base == 4;
    if (!o->mem.seg && o->mem.index != R_NONE && (o->mem.scale == 4 || (o->mem.scale == 1 && times4))) {
      uint32_t t;
      if (o->mem.base == R_NONE)
        t = (uint32_t)o->mem.disp;
      else if (s->r[o->mem.base].kind == V_CONST)
        t = s->r[o->mem.base].v + (uint32_t)o->mem.disp;
      else
        return UNK;
      Val j = {V_JT, 0, 0, t};   // .base: the addend
      if (ix.kind == V_UNK && ix.bounded && (o->mem.scale == 1) == times4)
        j.bounded = (uint16_t)(ix.v + 1);
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

void state_push(State *s, Val x) {
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
  case V_CONST: return val_const(a.v + c);
  case V_STACK: return stk(a.base, a.v + c);
  case V_JT: return sub ? UNK : (Val){V_JT, a.bounded, a.base + c, a.v};
  default: return UNK;
  }
}

// The compare a following ja/jbe bounds: cmp reg, imm.
uint8_t last_cmp_reg = R_NONE, last_cmp_bits = 32;
uint32_t last_cmp_imm;
uint8_t narrow_reg = R_NONE, narrow_bits;
uint32_t narrow_bound;

// Or cmp imm, mem (a switch on a field: `cmpl $N, off(%reg); ja default;
// mov off(%reg), %r; jmp *table(,%r,4)`): after the ja falls through, a
// load of that same memory gets the bound, until the registers of its
// address or any memory are written.
uint8_t mem_cmp;
uint32_t mem_cmp_bound;
static Mem mem_cmp_op;

static bool mem_same(const Mem *a, const Mem *b) {
  return a->base == b->base && a->index == b->index && a->scale == b->scale && a->disp == b->disp &&
         a->seg == b->seg && a->size == b->size;
}

// Applies in (not a branch's control effect) to s.
void state_transfer(Vet *v, State *s, const Insn *in) {
  Val ebx = s->r[R_EBX];
  uint32_t esp_base = s->r[R_ESP].kind == V_STACK ? s->r[R_ESP].base : 0;
  bool esp_known = s->r[R_ESP].kind == V_STACK;
  const Opnd *a = &in->op[0], *b = &in->op[1];
  bool flags_kept = false;
  switch (in->m) {
  case M_MOV:
    if (in->nops == 2) {
      Val x = opnd_read(s, b);
      if (mem_cmp == 2 && b->kind == 'm' && mem_same(&b->mem, &mem_cmp_op) && a->kind == 'r' && !a->partial &&
          x.kind == V_UNK)
        x = (Val){V_UNK, 1, 0, mem_cmp_bound};
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
        x = add(s->r[m->base], val_const((uint32_t)m->disp), false);
      else if (m->index == R_NONE && m->base == R_NONE)
        x = val_const((uint32_t)m->disp);
      else if (m->base == R_NONE && m->scale == 1)
        x = add(s->r[m->index], val_const((uint32_t)m->disp), false);
      else if (m->base == R_NONE && m->scale == 4 && m->disp == 0 && s->r[m->index].kind == V_UNK &&
               s->r[m->index].bounded && s->r[m->index].base == 0)
        x = (Val){V_UNK, 1, 4, s->r[m->index].v};   // a table's index times 4
      wr(s, a, x);
      flags_kept = true;
      goto done;
    }
    break;
  case M_ADD:
  case M_SUB:
    if (in->nops == 2 && (a->kind == 'r' || a->kind == 'm')) {
      Val x = add(opnd_read(s, a), opnd_read(s, b), in->m == M_SUB);
      if (a->kind == 'r' && b->kind == 'r' && in->m == M_ADD && x.kind == V_UNK)
        x = add(opnd_read(s, b), opnd_read(s, a), false);   // add %ebx, %edx with edx a table entry
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
      wr(s, a, val_const(0));
      goto done;
    }
    break;
  case M_MOVZX:
    // Upper bits zero; a bound when a byte or word compare before a ja
    // bounds what it reads (the memory, or the sub-register).
    if (in->nops == 2 && a->kind == 'r' && !a->partial && a->reg != R_NONE && (b->kind == 'r' || b->kind == 'm')) {
      unsigned bits = b->kind == 'm' ? b->mem.size : b->low == 16 ? 16 : 8;
      Val x = {V_UNK, 0, 0, bits == 16 ? 0xffff : 0xff};
      if (b->kind == 'm' && mem_cmp == 2 && mem_same(&b->mem, &mem_cmp_op))
        x = (Val){V_UNK, 1, 0, mem_cmp_bound};
      else if (b->kind == 'r' && b->reg != R_NONE && b->low && narrow_reg == b->reg && narrow_bits == b->low)
        x = (Val){V_UNK, 1, 0, narrow_bound};
      else if (b->kind == 'r' && b->reg != R_NONE && b->low && s->r[b->reg].kind == V_UNK &&
               val_limit(s->r[b->reg]) <= x.v)
        x = s->r[b->reg];   // already that small: the same value
      if (b->kind == 'm' && bits != 8 && bits != 16)
        x = UNK;
      wr(s, a, x);
      flags_kept = true;
      goto done;
    }
    break;
  case M_CMP:
    if (in->nops == 2 && a->kind == 'r' && a->reg != R_NONE && (!a->partial || a->low == 8 || a->low == 16) &&
        b->kind == 'i') {
      last_cmp_reg = a->reg;
      last_cmp_bits = a->partial ? a->low : 32;
      last_cmp_imm = (uint32_t)b->imm & (a->partial ? (1u << a->low) - 1 : 0xffffffffu);
      mem_cmp = 0;
      return;
    }
    if (in->nops == 2 && a->kind == 'm' && (a->mem.size == 32 || a->mem.size == 16 || a->mem.size == 8) &&
        !a->mem.seg && b->kind == 'i') {
      last_cmp_reg = R_NONE;
      last_cmp_imm = (uint32_t)b->imm & (a->mem.size == 32 ? 0xffffffffu : (1u << a->mem.size) - 1);
      mem_cmp = 1;
      mem_cmp_op = a->mem;
      return;
    }
    break;
  case M_PUSH:
    if (in->nops == 1) {
      Val x = opnd_read(s, a);
      if (a->kind == 'm' && a->mem.base == R_ESP && esp_known)
        x = UNK;   // rare: pushl off(%esp); the slot lookup above used the old SP, fine, but be safe
      state_push(s, x);
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
      state_push(s, r == R_ESP ? sp : s->r[r]);
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
  // A compared register written before its branch: the compare no longer
  // says anything of it; nor a bounded sub-register once written.
  if (last_cmp_reg != R_NONE && (in->writes & (1u << last_cmp_reg)))
    last_cmp_reg = R_NONE;
  if (narrow_reg != R_NONE && (in->writes & (1u << narrow_reg)))
    narrow_reg = R_NONE;
  if (!flags_kept && in->kind == I_OTHER) {
    last_cmp_reg = R_NONE;
    if (mem_cmp == 1)
      mem_cmp = 0;
  }
  if (mem_cmp == 2) {
    uint16_t addr = (mem_cmp_op.base != R_NONE ? 1u << mem_cmp_op.base : 0) |
                    (mem_cmp_op.index != R_NONE ? 1u << mem_cmp_op.index : 0);
    bool stores = false;
    for (int i = 0; i < in->nops; i++)
      stores |= in->op[i].kind == 'm' && in->op[i].write;
    if ((in->writes & addr) || stores || in->m == M_PUSH || in->m == M_PUSHA || in->kind != I_OTHER)
      mem_cmp = 0;
  }
  if (s->r[R_ESP].kind == V_STACK && esp_known && s->r[R_ESP].base == esp_base) {
    // SP moved up: what is below it is gone.
    for (int i = 0; i < s->nslot;)
      if (s->slot[i].base == esp_base && s->slot[i].off < (int32_t)s->r[R_ESP].v)
        s->slot[i] = s->slot[--s->nslot];
      else
        i++;
  }
  if (!val_eq(&ebx, &s->r[R_EBX]) || (in->writes & (1u << R_EBX))) {
    s->why = W_INSN;
    s->why_at = in->addr;
    s->npath = 0;
  }
  (void)v;
}
