// split.c: pass 3, Go's obj6 preprocess for one TEXT block: load g into CX,
// the stack-split check and its out-of-line morestack block, the frame
// (SUBL on entry, ADDL before each RET), and FP/pseudo-SP operands turned
// into hardware SP offsets.
#include "asm/asm.h"

// Go 1.7 on linux/386, the runtime's side of the contract (pic386/abi.h,
// which also shows the bytes these checks become; runtime/traceback.c
// decodes them).
enum {
  STACK_SMALL = StackSmall,
  STACK_BIG = StackBig,
  STACK_GUARD = AsmStackGuard,
  G_STACKGUARD0 = ABI_G_STACKGUARD0,
  G_PANIC = ABI_G_PANIC,
};
#define STACK_PREEMPT StackPreempt

static Addr reg(int r) { return (Addr){.type = A_REG, .reg = r}; }
static Addr imm(int64_t v) { return (Addr){.type = A_CONST, .offset = v}; }
static Addr mem(int base, int64_t off) { return (Addr){.type = A_MEM, .reg = base, .offset = off}; }

static Prog *emit(Ctxt *c, Prog *after, int as, Addr from, Addr to) {
  Prog *p = prog_append(c, after);
  p->as = as;
  p->from = from;
  p->to = to;
  return p;
}

static Prog *branch(Ctxt *c, Prog *after, int as) {
  Prog *p = prog_append(c, after);
  p->as = as;
  p->to.type = A_BRANCH;
  return p;
}

static void set_target(Prog *p, Prog *target) {
  p->to.target = target;
  target->mark |= MARK_TARGET;
}

// MOVL 0(TLS), CX, put through progedit like every other instruction so
// that it takes the TLS form of the mode. Returns the last instruction.
static Prog *load_g_cx(Ctxt *c, Func *fn, Prog *p) {
  p->as = AMOVL;
  p->from = mem(REG_TLS, 0);
  p->to = reg(REG_CX);
  Prog *next = p->link;
  progedit(c, fn, p);
  while (p->link != next) {
    p = p->link;
    progedit(c, fn, p);
  }
  return p;
}

// Appends the check after p and the morestack block at the end of the
// function; returns the last instruction of the check.
static Prog *stacksplit(Ctxt *c, Func *fn, Prog *p, int64_t frame) {
  Prog *jeq = NULL;
  if (frame <= STACK_SMALL) {
    // SP <= stackguard0: CMPL SP, 8(CX)
    p = emit(c, p, ACMPL, reg(REG_SP), mem(REG_CX, G_STACKGUARD0));
  } else if (frame <= STACK_BIG) {
    // SP-frame <= stackguard0-StackSmall
    p = emit(c, p, ALEAL, mem(REG_SP, -(frame - STACK_SMALL)), reg(REG_AX));
    p = emit(c, p, ACMPL, reg(REG_AX), mem(REG_CX, G_STACKGUARD0));
  } else {
    // Such a frame could wrap SP below zero: compare distances instead, and
    // test for StackPreempt first because it breaks that arithmetic.
    p = emit(c, p, AMOVL, mem(REG_CX, G_STACKGUARD0), reg(REG_SI));
    p = emit(c, p, ACMPL, reg(REG_SI), imm(STACK_PREEMPT));
    p = jeq = branch(c, p, AJEQ);
    p = emit(c, p, ALEAL, mem(REG_SP, STACK_GUARD), reg(REG_AX));
    p = emit(c, p, ASUBL, reg(REG_SI), reg(REG_AX));
    p = emit(c, p, ACMPL, reg(REG_AX), imm(frame + (STACK_GUARD - STACK_SMALL)));
  }
  Prog *jls = branch(c, p, AJLS);

  Prog *last = fn->text;
  while (last->link)
    last = last->link;
  Prog *call = prog_append(c, last);
  call->pos = fn->pos;
  call->as = ACALL;
  call->mark = MARK_MORESTACK;
  call->to = (Addr){
      .type = A_BRANCH, .name = N_EXTERN,
      .sym = sym_lookup(c, fn->flags & F_NEEDCTXT ? "runtime.morestack" : "runtime.morestack_noctxt",
                        false)};
  Prog *callend = call;
  if (!c->bug_morestack) {
    // The fix for issue 15916, bug 1: the call is made PIC-safe like any
    // other call, and the JMP back follows the end of what it expands into.
    progedit(c, fn, callend);
    for (; callend->link; callend = callend->link)
      progedit(c, fn, callend->link);
  }
  Prog *jmp = branch(c, callend, AJMP);
  jmp->mark |= MARK_MORESTACK;
  set_target(jmp, fn->text->link);
  set_target(jls, call);
  if (jeq)
    set_target(jeq, call);
  return jls;
}

// If g._panic != nil && g._panic.argp == FP, g._panic.argp = bottom of frame
// (Go 1.7's WRAPPER prologue, so recover works through wrapper methods).
static Prog *wrapper(Ctxt *c, Prog *p, int64_t frame) {
  p = emit(c, p, AMOVL, mem(REG_CX, G_PANIC), reg(REG_BX));
  p = emit(c, p, ATESTL, reg(REG_BX), reg(REG_BX));
  Prog *jeq = p = branch(c, p, AJEQ);
  p = emit(c, p, ALEAL, mem(REG_SP, frame + 4), reg(REG_DI));
  p = emit(c, p, ACMPL, mem(REG_BX, ABI_PANIC_ARGP), reg(REG_DI));
  Prog *jne = p = branch(c, p, AJNE);
  p = emit(c, p, AMOVL, reg(REG_SP), mem(REG_BX, ABI_PANIC_ARGP));
  Prog *end = prog_append(c, p);
  end->as = ANOP;
  set_target(jeq, end);
  set_target(jne, end);
  return end;
}

// The parser let only 32-bit offsets through, and deltasp is an int: the
// sum cannot overflow, but it can leave the 32 bits of a displacement.
static void resolve(const Prog *p, Addr *a, int deltasp) {
  if (a->name == N_AUTO)
    a->offset += deltasp;
  else if (a->name == N_PARAM)
    a->offset += (int64_t)deltasp + 4;   // above the return address
  else
    return;
  if (a->offset < INT32_MIN || a->offset > INT32_MAX)
    error_at(p->pos, "offset %lld from SP does not fit in 32 bits", (long long)a->offset);
}

void preprocess(Ctxt *c, Func *fn) {
  int64_t frame = fn->frame;
  bool nosplit = fn->flags & F_NOSPLIT;
  Prog *p = fn->text;
  if (!nosplit || (fn->flags & F_WRAPPER))
    p = load_g_cx(c, fn, prog_append(c, p));
  if (!nosplit)
    p = stacksplit(c, fn, p, frame);
  if (frame) {
    p = emit(c, p, ASUBL, imm(frame), reg(REG_SP));
    p->mark |= MARK_ADJSP;
    p->spadj = (int)frame;
  }
  if (fn->flags & F_WRAPPER)
    p = wrapper(c, p, frame);

  int deltasp = 0;
  for (p = fn->text; p; p = p->link) {
    resolve(p, &p->from, deltasp);
    resolve(p, &p->from3, deltasp);
    resolve(p, &p->to, deltasp);
    switch (p->as) {
    case APUSHL:
    case APUSHFL:
      p->spadj = 4;
      deltasp += 4;
      continue;
    case APUSHW:
    case APUSHFW:
      p->spadj = 2;
      deltasp += 2;
      continue;
    case APOPL:
    case APOPFL:
      p->spadj = -4;
      deltasp -= 4;
      continue;
    case APOPW:
    case APOPFW:
      p->spadj = -2;
      deltasp -= 2;
      continue;
    case ASUBL:
      if (p->mark & MARK_ADJSP)
        deltasp += p->spadj;
      continue;
    case ARET:
      break;
    default:
      continue;
    }
    if (deltasp != frame)
      error_at(p->pos, "unbalanced PUSH/POP in %s: SP is off by %lld bytes at RET",
               fn->sym->name, (long long)(deltasp - frame));
    if (frame) {
      // RET becomes ADDL $frame, SP; RET. Code after it is reached by a
      // branch with the frame still in place, so deltasp stays.
      Prog *ret = prog_append(c, p);
      ret->as = ARET;
      ret->to = p->to;
      ret->spadj = (int)frame;
      p->as = AADDL;
      p->from = imm(frame);
      p->to = reg(REG_SP);
      p->mark |= MARK_ADJSP;
      p->spadj = -(int)frame;
      p = ret;
    }
  }
}
