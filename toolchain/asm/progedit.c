// progedit.c: pass 1, run over every instruction of a TEXT block in order
// (Go's obj6 progedit): TLS to its two-instruction form, then under
// -dynlink the GOT rewrite, then under -shared the PC-relative rewrite.
//
// Instructions a rewrite inserts carry MARK_INSERTED exactly where Go sets
// RegTo2, so they are not rewritten twice; the others (the LEAL of the GOT
// address before a call, the GOT load of a data reference) are meant to be
// seen again by the rewrites that follow them.
#include "asm/asm.h"

#include <string.h>

static void nopout(Prog *p) {
  p->as = ANOP;
  p->prefix = 0;
  p->from = p->from3 = p->to = (Addr){0};
}

// The instruction p was written as is now `to`, after what a rewrite put in
// front of it: its prefix goes with it (LOCK on the thunk call would be
// `lock call`, SIGILL).
static void move_prefix(Prog *p, Prog *to) {
  to->prefix = p->prefix;
  if (to != p)
    p->prefix = 0;
}

static bool mentions_cx(const Addr *a) {
  switch (a->type) {
  case A_REG:
    return reg_full(a->reg) == REG_CX;
  case A_MEM:
  case A_ADDR:
    return a->reg == REG_CX || a->index == REG_CX;
  default:
    return false;
  }
}

// A write of CX that does not read it first: the rewritten instruction may
// load through CX and overwrite it.
static bool writes_cx_only(const Prog *p, const Addr *a) {
  if (a != &p->to || a->type != A_REG || reg_full(a->reg) != REG_CX)
    return false;
  switch (optab[p->as].shape) {
  case SH_EXTEND:
  case SH_LEA:
    return true;
  case SH_MOVE:
    return p->as == AMOVL || p->as == AMOVW || p->as == AMOVB;
  default:
    return false;
  }
}

// The rewrites put an address in CX and use it in place of `named`. Any
// other use of CX in the instruction would then see the wrong value; Go's
// compiler avoided that, and we say so rather than emit wrong code.
static bool check_cx(const Prog *p, const Addr *named, const char *why) {
  if (op_implicit_regs(p) & REGMASK(REG_CX)) {
    error_at(p->pos, "%s%s%s reads CX without naming it, and the %s rewrite of %s loads an "
             "address into CX; address %s through a register (LEAL/MOVL $%s(SB), R)",
             p->prefix ? optab[p->prefix].go : "", p->prefix ? " " : "", optab[p->as].go, why,
             named->sym ? named->sym->name : "this reference",
             named->sym ? named->sym->name : "it", named->sym ? named->sym->name : "sym");
    return false;
  }
  if (named->index == REG_CX) {
    error_at(p->pos, "%s: CX cannot index %s under %s: the rewrite loads the address into CX",
             optab[p->as].go, named->sym ? named->sym->name : "a symbol", why);
    return false;
  }
  const Addr *ops[] = {&p->from, &p->from3, &p->to};
  for (int i = 0; i < 3; i++) {
    const Addr *a = ops[i];
    if (a == named || !mentions_cx(a) || writes_cx_only(p, a))
      continue;
    error_at(p->pos, "%s: CX is used by the %s rewrite of %s; use another register",
             optab[p->as].go, why, named->sym ? named->sym->name : "this reference");
    return false;
  }
  return true;
}

static bool is_global(const Addr *a) {
  return a->name == N_EXTERN && a->sym && !a->sym->local;
}

// -dynlink: every global is reached through its GOT entry, and BX holds the
// GOT at every call that may go through a PLT (Go's rewriteToUseGot).
static void rewrite_to_use_got(Ctxt *c, Prog *p) {
  int written = p->as;   // for messages: LEAL becomes MOVL below
  if (p->as == ALEAL && p->from.type == A_MEM && is_global(&p->from)) {
    // LEAL sym(SB), R is MOVL $sym(SB), R, rewritten below.
    p->as = AMOVL;
    p->from.type = A_ADDR;
  }
  if (p->from.type == A_ADDR && is_global(&p->from)) {
    if (!check_cx(p, &p->from, "-dynlink"))
      return;
    if (p->from.index) {
      // The GOT load would be indexed instead of the address: wrong code
      // (Go 1.7 made it), so refuse it.
      error_at(p->pos, "%s: cannot index the address of %s under -dynlink; load $%s(SB) "
               "into a register and index that", optab[written].go, p->from.sym->name,
               p->from.sym->name);
      return;
    }
    bool complex_dest = p->to.type != A_REG || p->as != AMOVL;
    Addr dest = p->to;
    int as = p->as;
    if (complex_dest) {
      // PUSHL $sym(SB) -> MOVL sym@GOT, CX; PUSHL CX
      p->as = AMOVL;
      p->to = (Addr){.type = A_REG, .reg = REG_CX};
    }
    p->from.type = A_MEM;
    p->from.name = N_GOTREF;
    Prog *q = p;
    if (p->from.offset != 0) {
      q = prog_append(c, p);
      q->as = ALEAL;
      q->from = (Addr){.type = A_MEM, .reg = p->to.reg, .offset = p->from.offset};
      q->to = p->to;
      p->from.offset = 0;
    }
    if (complex_dest) {
      q = prog_append(c, q);
      q->as = as;
      q->from = (Addr){.type = A_REG, .reg = REG_CX};
      q->to = dest;
      move_prefix(p, q);
    }
  }
  if (is_global(&p->from3)) {
    error_at(p->pos, "%s: cannot handle a global in the middle operand with -dynlink",
             optab[p->as].go);
    return;
  }
  Addr *source;
  if (is_global(&p->from)) {
    if (is_global(&p->to)) {
      error_at(p->pos, "%s: cannot handle globals on both sides with -dynlink", optab[p->as].go);
      return;
    }
    source = &p->from;
  } else if (is_global(&p->to)) {
    source = &p->to;
  } else {
    return;
  }
  if (p->as == ACALL) {
    if (p->mark & MARK_INSERTED)
      return;
    // LEAL _GLOBAL_OFFSET_TABLE_(SB), BX; CALL sym(SB): the LEAL is made
    // PC-relative when progedit reaches it; the CALL is final.
    Prog *p1 = prog_append(c, p);
    Prog *p2 = prog_append(c, p1);
    p1->as = ALEAL;
    p1->from = (Addr){.type = A_MEM, .name = N_STATIC,
                      .sym = sym_lookup(c, "_GLOBAL_OFFSET_TABLE_", true)};
    p1->to = (Addr){.type = A_REG, .reg = REG_BX};
    p2->as = p->as;
    p2->to = p->to;
    move_prefix(p, p2);
    p2->mark |= MARK_INSERTED | (p->mark & MARK_MORESTACK);
    p1->mark |= p->mark & MARK_MORESTACK;
    nopout(p);
    return;
  }
  if (p->as == ATEXT || p->as == AFUNCDATA || p->as == APCDATA || p->as == ARET ||
      optab[p->as].shape == SH_BRANCH)
    return;
  if (source->type != A_MEM) {
    error_at(p->pos, "%s: cannot handle this use of %s with -dynlink", optab[p->as].go,
             source->sym->name);
    return;
  }
  if (!check_cx(p, source, "-dynlink"))
    return;
  // MOVL sym+8(SB), AX -> MOVL sym@GOT, CX; MOVL 8(CX), AX
  Prog *p1 = prog_append(c, p);
  Prog *p2 = prog_append(c, p1);
  p1->as = AMOVL;
  p1->from = (Addr){.type = A_MEM, .name = N_GOTREF, .sym = source->sym};
  p1->to = (Addr){.type = A_REG, .reg = REG_CX};
  p2->as = p->as;
  p2->from = p->from;
  p2->from3 = p->from3;
  p2->to = p->to;
  move_prefix(p, p2);
  Addr *s2 = source == &p->from ? &p2->from : &p2->to;
  s2->reg = REG_CX;
  s2->name = N_NONE;
  s2->sym = NULL;
  nopout(p);
}

// A reference that -shared makes PC-relative (Go's isName).
static bool is_name(const Addr *a) {
  if (!a->sym || (a->type != A_MEM && a->type != A_ADDR) || a->reg != REG_NONE)
    return false;
  if (a->sym->flags & F_TLSBSS)
    return false;
  return a->name == N_EXTERN || a->name == N_STATIC || a->name == N_GOTREF;
}

// -shared: CALL __x86.get_pc_thunk.cx before any instruction naming a
// global; the reference becomes relative to CX, which then holds the
// address of the instruction itself (Go's rewriteToPcrel, 1.7: always CX).
static void rewrite_to_pcrel(Ctxt *c, Prog *p) {
  if (p->mark & MARK_INSERTED)
    return;
  if (p->as == ATEXT || p->as == AFUNCDATA || p->as == APCDATA || p->as == ACALL ||
      p->as == ARET || p->as == AJMP)
    return;
  if (is_name(&p->from) && p->from.type == A_ADDR && p->to.type != A_REG) {
    // MOVL $sym, (SP) -> MOVL $sym, CX; MOVL CX, (SP)
    if (!check_cx(p, &p->from, "-shared"))
      return;
    Prog *q = prog_append(c, p);
    q->as = p->as;
    q->from = (Addr){.type = A_REG, .reg = REG_CX};
    q->to = p->to;
    move_prefix(p, q);
    p->as = AMOVL;
    p->to = (Addr){.type = A_REG, .reg = REG_CX};
  }
  bool f = is_name(&p->from), m = is_name(&p->from3), t = is_name(&p->to);
  if (!f && !m && !t)
    return;
  if (!check_cx(p, f ? &p->from : m ? &p->from3 : &p->to, "-shared"))
    return;
  Prog *q = prog_append(c, p);
  Prog *r = prog_append(c, q);
  q->as = ACALL;
  q->to = (Addr){.type = A_BRANCH, .name = N_EXTERN,
                 .sym = sym_lookup(c, "__x86.get_pc_thunk.cx", true)};
  q->mark |= MARK_INSERTED | (p->mark & MARK_MORESTACK);
  c->thunks |= 1u << REG_CX;
  r->as = p->as;
  r->from = p->from;
  r->from3 = p->from3;
  r->to = p->to;
  move_prefix(p, r);
  r->mark |= MARK_INSERTED | MARK_PCLABEL | (p->mark & MARK_MORESTACK);
  if (f)
    r->from.reg = REG_CX, r->from.pcrel = true;
  if (m)
    r->from3.reg = REG_CX, r->from3.pcrel = true;
  if (t)
    r->to.reg = REG_CX, r->to.pcrel = true;
  nopout(p);
}

void progedit(Ctxt *c, Func *fn, Prog *p) {
  (void)fn;
  // TLS on linux/386 is always the two-instruction form: the g load the
  // prologue inserts, MOVL 0(TLS), R, becomes MOVL TLS, R; MOVL 0(R)(TLS*2), R.
  if (p->as == AMOVL && p->from.type == A_MEM && p->from.reg == REG_TLS &&
      p->to.type == A_REG && p->to.reg >= REG_AX && p->to.reg <= REG_DI) {
    Prog *q = prog_append(c, p);
    q->as = AMOVL;
    q->from = p->from;
    q->from.reg = p->to.reg;
    q->from.index = REG_TLS;
    q->from.scale = 2;
    q->to = p->to;
    q->mark = p->mark & MARK_MORESTACK;
    p->from = (Addr){.type = A_REG, .reg = REG_TLS};
  }
  if (p->from.type == A_REG && p->from.reg == REG_TLS &&
      !(p->as == AMOVL && p->to.type == A_REG && p->to.reg >= REG_AX && p->to.reg <= REG_DI &&
        p->to.reg != REG_SP)) {
    error_at(p->pos, "TLS can only be loaded into a register: MOVL TLS, R");
    return;
  }

  // A thread-local variable has no address of its own, only an offset from
  // the thread pointer: as sym(SB) it would be a meaningless absolute, and
  // under -dynlink a GOT load that the PC-relative rewrite refuses.
  const Addr *ops[] = {&p->from, &p->from3, &p->to};
  for (int i = 0; i < 3; i++) {
    const Addr *a = ops[i];
    if (a->sym && (a->sym->flags & F_TLSBSS) && (a->name == N_EXTERN || a->name == N_STATIC)) {
      error_at(p->pos, "%s: %s is thread-local (TLSBSS): TLS is reached through the TLS "
               "register, as g is (get_tls(R); MOVL g(R), R), never as %s(SB)",
               optab[p->as].go, a->sym->name, a->sym->name);
      return;
    }
  }

  // MOVL $name+off(FP), R and $off(R) are address arithmetic: LEAL.
  if (p->from.type == A_ADDR && p->from.name != N_EXTERN && p->from.name != N_STATIC &&
      p->as == AMOVL) {
    if (p->to.type != A_REG) {
      error_at(p->pos, "MOVL: an address of a local or argument needs a register destination");
      return;
    }
    p->as = ALEAL;
    p->from.type = A_MEM;
  }

  int before = nerrors;
  if (c->dynlink)
    rewrite_to_use_got(c, p);
  if (c->shared && nerrors == before)   // one diagnostic per instruction
    rewrite_to_pcrel(c, p);
}
