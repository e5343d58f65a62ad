// check.c: the semantic checks of instructions and data, beside optab's
// shapes: operand counts and kinds, register and immediate sizes (as the
// parser reads each instruction), a TLS base no pass rewrote (before a
// block is emitted), DATA against its GLOBL (before the data is emitted).
// emit.c writes only text.
#include "asm/asm.h"

#include <stdlib.h>
#include <string.h>

enum { K_R = 1, K_M = 2, K_I = 4, K_A = 8, K_BR = 16 };

static int kind_of(const Addr *a) {
  switch (a->type) {
  case A_REG: return K_R;
  case A_MEM: return K_M;
  case A_CONST: return K_I;
  case A_ADDR: return K_A;
  case A_BRANCH: return K_BR;
  default: return 0;
  }
}

static const char *kind_name(const Addr *a) {
  switch (a->type) {
  case A_REG: return "register";
  case A_MEM: return "memory";
  case A_CONST: return "immediate";
  case A_ADDR: return "address";
  case A_BRANCH: return a->reg == REG_PC ? "n(PC)" : "label";
  case A_STRING: return "string";
  default: return "nothing";
  }
}

static bool want(const Prog *p, const Addr *a, int kinds, const char *what) {
  if (kind_of(a) & kinds)
    return true;
  error_at(p->pos, "%s: %s operand cannot be %s", optab[p->as].go, what, kind_name(a));
  return false;
}

// Registers must fit the operand size: AX in a byte instruction means AL,
// as in Go; SP has no byte form on 386 (BP, SI and DI neither, but Go 1.7
// did a byte operation on them through AX..DX: emit.c); AL never stands
// for a wider register.
static bool reg_fits(const Prog *p, const Addr *a, int size) {
  if (a->type != A_REG)
    return true;
  int r = a->reg;
  if (reg_is_seg(r)) {
    // Go 1.7's 386 table: MOVW between a segment register and a general
    // register or memory, PUSHL/PUSHW of one, POPL/POPW into one but CS.
    const Addr *other = a == &p->from ? &p->to : &p->from;
    bool ok = p->as == AMOVW
                  ? (other->type == A_MEM ||
                     (other->type == A_REG && other->reg >= REG_AX && other->reg <= REG_DI)) &&
                        !(a == &p->to && r == REG_CS)
                  : p->as == APUSHL || p->as == APUSHW ||
                        ((p->as == APOPL || p->as == APOPW) && r != REG_CS);
    if (!ok)
      error_at(p->pos, "%s: segment register %s only in MOVW to or from a register or memory, "
               "PUSHL/PUSHW and POPL/POPW (not into CS)", optab[p->as].go, reg_goname(r));
    return ok;
  }
  if (r == REG_TLS) {
    // get_tls(R) of go_tls.h: the thread pointer into a general register.
    if (p->as == AMOVL && a == &p->from && p->to.type == A_REG && p->to.reg >= REG_AX &&
        p->to.reg <= REG_DI && p->to.reg != REG_SP)
      return true;
    error_at(p->pos, "%s: TLS is only allowed as MOVL TLS, R", optab[p->as].go);
    return false;
  }
  if (size == 1 && r == REG_SP) {
    error_at(p->pos, "%s: %s has no byte form", optab[p->as].go, reg_goname(r));
    return false;
  }
  if (size != 1 && r >= REG_AL && r <= REG_BH) {
    error_at(p->pos, "%s: byte register %s in a %d-byte operation", optab[p->as].go,
             reg_goname(r), size);
    return false;
  }
  return true;
}

static bool imm_fits(const Prog *p, const Addr *a, int size) {
  if (a->type != A_CONST)
    return true;
  int64_t v = a->offset;
  int64_t lo = size == 1 ? -128 : size == 2 ? -32768 : INT32_MIN;
  int64_t hi = size == 1 ? 255 : size == 2 ? 65535 : UINT32_MAX;
  if (v < lo || v > hi) {
    error_at(p->pos, "%s: immediate %lld out of range for a %d-byte operand",
             optab[p->as].go, (long long)v, size);
    return false;
  }
  return true;
}

static bool not_both_mem(const Prog *p) {
  if (p->from.type == A_MEM && p->to.type == A_MEM) {
    error_at(p->pos, "%s: both operands are memory", optab[p->as].go);
    return false;
  }
  return true;
}

// A branch hint, JEQ $1, x (likely) or $0 (unlikely): Go 1.7's yjcond had
// only the classes Yi0 and Yi1 for it, so asm6 refused any other value as
// an invalid instruction; follow.c reads it, and no byte comes of it.
static bool hint_fits(const Prog *p) {
  if (p->from.offset == 0 || p->from.offset == 1)
    return true;
  error_at(p->pos, "%s: branch hint $%lld is neither $0 (unlikely) nor $1 (likely)",
           optab[p->as].go, (long long)p->from.offset);
  return false;
}

// Checks operand count and kinds against the instruction's shape.
bool check_operands(Prog *p, int n) {
  const OpInfo *op = &optab[p->as];
  int sz = op->size;
  static const int counts[][2] = {
      [SH_NONE] = {0, 0},  [SH_MOVE] = {2, 2},  [SH_CMP] = {2, 2},   [SH_TEST] = {2, 2},
      [SH_UNARY] = {1, 1}, [SH_SHIFT] = {2, 3}, [SH_IMUL] = {1, 2},  [SH_IMUL3] = {3, 3},
      [SH_EXTEND] = {2, 2}, [SH_LEA] = {2, 2},  [SH_XCHG] = {2, 2},  [SH_XADD] = {2, 2},
      [SH_CMOV] = {2, 2},  [SH_PUSH] = {1, 1},  [SH_BRANCH] = {1, 2}, [SH_INT] = {1, 1},
      [SH_RAW] = {1, 1},   [SH_PSEUDO] = {0, 3},
  };
  if (n < counts[op->shape][0] || n > counts[op->shape][1] ||
      (op->shape == SH_SHIFT && n == 3 && !is_double_shift(p->as)) ||
      (op->shape == SH_BRANCH && n == 2 && !op_takes_hint(p->as))) {
    int lo = counts[op->shape][0], hi = counts[op->shape][1];
    if (op->shape == SH_SHIFT && !is_double_shift(p->as))
      hi = 2;
    if (op->shape == SH_BRANCH && !op_takes_hint(p->as))
      hi = 1;
    if (lo == hi)
      error_at(p->pos, "%s takes %d operand%s, not %d", op->go, lo, lo == 1 ? "" : "s", n);
    else
      error_at(p->pos, "%s takes %d to %d operands, not %d", op->go, lo, hi, n);
    return false;
  }
  Addr *f = &p->from, *t = &p->to, *m = &p->from3;
  switch (op->shape) {
  case SH_NONE:
  case SH_PSEUDO:
    return true;
  case SH_MOVE:
    return want(p, f, K_R | K_M | K_I | K_A, "source") && want(p, t, K_R | K_M, "destination") &&
           not_both_mem(p) && reg_fits(p, f, sz) && reg_fits(p, t, sz) && imm_fits(p, f, sz);
  case SH_CMP:
    return want(p, f, K_R | K_M, "first") && want(p, t, K_R | K_M | K_I | K_A, "second") &&
           not_both_mem(p) && reg_fits(p, f, sz) && reg_fits(p, t, sz) && imm_fits(p, t, sz);
  case SH_TEST:
    return want(p, f, K_R | K_M | K_I, "first") && want(p, t, K_R | K_M, "second") &&
           not_both_mem(p) && reg_fits(p, f, sz) && reg_fits(p, t, sz) && imm_fits(p, f, sz);
  case SH_UNARY: {
    Addr *a = f->type ? f : t;
    if (!strncmp(op->go, "PREFETCH", 8))
      return want(p, a, K_M, "the");
    return want(p, a, K_R | K_M, "the") && reg_fits(p, a, sz);
  }
  case SH_SHIFT: {
    if (!want(p, f, K_R | K_I, "count"))
      return false;
    if (f->type == A_REG && reg_full(f->reg) != REG_CX) {
      error_at(p->pos, "%s: a shift count register must be CX", op->go);
      return false;
    }
    if (f->type == A_CONST && (f->offset < 0 || f->offset > 255)) {
      error_at(p->pos, "%s: shift count %lld out of range 0..255", op->go, (long long)f->offset);
      return false;
    }
    if (n == 3 && !(want(p, m, K_R, "source") && reg_fits(p, m, sz)))
      return false;
    return want(p, t, K_R | K_M, "destination") && reg_fits(p, t, sz);
  }
  case SH_IMUL:
    if (n == 1)
      return want(p, f, K_R | K_M, "the") && reg_fits(p, f, sz);
    return want(p, f, K_R | K_M | K_I, "source") && want(p, t, K_R, "destination") &&
           reg_fits(p, f, sz) && reg_fits(p, t, sz) && imm_fits(p, f, sz);
  case SH_IMUL3:
    return want(p, f, K_I, "first") && want(p, m, K_R | K_M, "second") &&
           want(p, t, K_R, "third") && reg_fits(p, m, sz) && reg_fits(p, t, sz) &&
           imm_fits(p, f, sz);
  case SH_EXTEND:
    return want(p, f, K_R | K_M, "source") && want(p, t, K_R, "destination") &&
           reg_fits(p, f, sz) && reg_fits(p, t, p->as == AMOVBWZX || p->as == AMOVBWSX ? 2 : 4);
  case SH_LEA:
    return want(p, f, K_M, "source") && want(p, t, K_R, "destination") && reg_fits(p, t, sz);
  case SH_XCHG:
    return want(p, f, K_R | K_M, "first") && want(p, t, K_R | K_M, "second") &&
           not_both_mem(p) && reg_fits(p, f, sz) && reg_fits(p, t, sz);
  case SH_XADD:
  case SH_CMOV:
    if (op->shape == SH_XADD)
      return want(p, f, K_R, "source") &&
             want(p, t, p->as == AMOVNTIL ? K_M : K_R | K_M, "destination") &&
             reg_fits(p, f, sz) && reg_fits(p, t, sz);
    return want(p, f, K_R | K_M, "source") && want(p, t, K_R, "destination") &&
           reg_fits(p, f, sz) && reg_fits(p, t, sz);
  case SH_PUSH: {
    Addr *a = f->type ? f : t;
    int kinds = (p->as == APUSHL || p->as == APUSHW) ? K_R | K_M | K_I | K_A : K_R | K_M;
    return want(p, a, kinds, "the") && reg_fits(p, a, sz) && imm_fits(p, a, sz);
  }
  case SH_BRANCH:
    if (n == 2 && !(want(p, f, K_I, "hint") && hint_fits(p)))
      return false;
    if (op_is_jcc(p->as)) {
      if (!want(p, t, K_BR, "target"))
        return false;
      // Go 1.7's yjcond has no row for a symbol: `JEQ f(SB)` is its
      // "invalid instruction". Only CALL and JMP leave the TEXT block.
      if (t->sym) {
        error_at(p->pos, "%s: target cannot be a symbol (%s(SB)): a conditional jump stays inside its TEXT block",
                 optab[p->as].go, t->sym->name);
        return false;
      }
      return true;
    }
    return want(p, t, K_BR | K_R | K_M, "target") && reg_fits(p, t, 4);
  case SH_INT:
    if (!want(p, f, K_I, "the"))
      return false;
    if (f->offset < 0 || f->offset > 255) {
      error_at(p->pos, "INT: vector %lld out of range 0..255", (long long)f->offset);
      return false;
    }
    return true;
  case SH_RAW:
    return want(p, f, K_I, "the") && imm_fits(p, f, sz);
  }
  return true;
}

// A memory operand based on TLS that no pass rewrote: progedit turns
// MOVL 0(TLS), R into the two-instruction TLS load, and nothing else takes
// TLS as a base. Run on a block as emit.c is about to write it, over the
// operands it writes (not those of pseudo-instructions, BYTE/WORD/LONG, or
// the instructions without operands), so emit.c only writes text.
void check_tls_bases(Func *fn) {
  for (const Prog *p = fn->text->link; p; p = p->link) {
    Shape sh = optab[p->as].shape;
    if (sh == SH_PSEUDO || sh == SH_NONE || sh == SH_RAW)
      continue;
    const Addr *ops[] = {&p->from, &p->from3, &p->to};
    for (int i = 0; i < 3; i++) {
      const Addr *a = ops[i];
      if (a->reg != REG_TLS)   // the common case, first: one test per operand
        continue;
      // $off(R) is written as the memory operand of a LEAL (MOVL and LEAL
      // only; other instructions refuse it in emit.c).
      bool mem = a->type == A_MEM ||
                 (a->type == A_ADDR && a == &p->from && (p->as == AMOVL || p->as == ALEAL));
      if (mem) {
        error_at(p->pos, "%s: TLS is only allowed as MOVL TLS, R and off(R)(TLS*1)",
                 optab[p->as].go);
        break;
      }
    }
  }
}

static int cmp_data(const void *x, const void *y) {
  const DataInit *a = x, *b = y;
  return a->off < b->off ? -1 : a->off > b->off;
}

// The file's data, before emit_end writes it: DATA needs a GLOBL, must lie
// inside its size, must not overlap, and thread-local data has none. Sorts
// each symbol's DATA by offset; a symbol refused is marked baddata and not
// written.
void check_data(Ctxt *c) {
  for (size_t i = 0; i < c->syms.cap; i++) {
    Sym *s = c->syms.keys[i] ? c->syms.vals[i] : NULL;
    if (s && s->ndata && s->kind != SYM_DATA)
      error_at(s->data[0].pos, "DATA for %s without a GLOBL", s->name);
  }
  for (int k = 0; k < c->nglobls; k++) {
    Sym *s = c->globls[k];
    if (s->ndata)   // qsort must not be given the NULL of a symbol without DATA
      qsort(s->data, s->ndata, sizeof *s->data, cmp_data);
    bool ok = true;
    for (int i = 0; i < s->ndata; i++) {
      DataInit *d = &s->data[i];
      if (d->off > s->size - d->size) {   // d->off + d->size may not fit an int64
        error_at(d->pos, "DATA %s+%lld/%d lies outside its GLOBL size %lld", s->name,
                 (long long)d->off, d->size, (long long)s->size);
        ok = false;
      }
      if (i > 0 && d->off - s->data[i - 1].off < s->data[i - 1].size) {   // sorted, offsets >= 0
        error_at(d->pos, "DATA %s+%lld/%d overlaps the DATA at %s:%d", s->name, (long long)d->off,
                 d->size, s->data[i - 1].pos->file, s->data[i - 1].pos->line);
        ok = false;
      }
    }
    if (s->ndata && (s->flags & F_TLSBSS)) {
      error_at(s->data[0].pos, "DATA for TLSBSS symbol %s: thread-local data starts zeroed",
               s->name);
      ok = false;
    }
    s->baddata = !ok;
  }
}
