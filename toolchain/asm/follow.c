// follow.c: the pass between progedit and preprocess, as Go 1.7 ran it for
// every function (cmd/internal/obj: linkpatch's brloop, then the
// architecture's Follow, obj6.go's follow/xfol; ctxt.Flag_optimize is
// always on in the assembler).
//
//   brloop  a branch to a JMP goes to where the chain of JMPs ends;
//   xfol    lays the code out again, starting at TEXT and following the
//           flow: a JMP disappears where its target can be placed next, code
//           no path reaches (after a JMP or RET, not a branch target) is
//           dropped, a conditional jump whose fall-through is already placed
//           is inverted so that its target becomes the fall-through, and a
//           jump back to already-placed code either copies up to four
//           instructions ending in a conditional jump (inverted) or becomes a
//           new JMP carrying the source line of its target.
//
// The result is what Go's assembler encoded, so it is what pic386 emits and
// what -S lists. xfol is recursive in Go (one level per conditional jump);
// here its two recursive calls keep their continuations on an explicit stack,
// so a long chain of conditional jumps costs heap, not C stack.
#include "asm/asm.h"

#include <stdlib.h>

// Go's Pcond: the branch target inside this function.
static Prog *pcond(const Prog *p) {
  return p->to.type == A_BRANCH ? p->to.target : NULL;
}

static bool nofollow(int as) { return as == AJMP || as == ARET; }

static bool pushpop(int as) {
  return as == APUSHL || as == APUSHFL || as == APUSHW || as == APOPL || as == APOPFL ||
         as == APOPW;
}

static int relinv(int as) {
  switch (as) {
  case AJEQ: return AJNE;
  case AJNE: return AJEQ;
  case AJLE: return AJGT;
  case AJLS: return AJHI;
  case AJLT: return AJGE;
  case AJMI: return AJPL;
  case AJGE: return AJLT;
  case AJPL: return AJMI;
  case AJGT: return AJLE;
  case AJHI: return AJLS;
  case AJCS: return AJCC;
  case AJCC: return AJCS;
  case AJPS: return AJPC;
  case AJPC: return AJPS;
  case AJOS: return AJOC;
  case AJOC: return AJOS;
  default: return -1;   // LOOP, JCXZL: no inverse
  }
}

// Go's Brchain: where a chain of at most 20 JMPs starting at p ends, or
// NULL for a longer one.
static Prog *brchain(Prog *p) {
  for (int i = 0; i < 20; i++) {
    if (!p || p->as != AJMP || !pcond(p))
      return p;
    p = pcond(p);
  }
  return NULL;
}

// Go's brloop: the end of a JMP chain, NULL for a cycle or a chain of 5000
// JMPs. A JMP whose target was cleared (NULL) ends a chain.
static Prog *brloop(Prog *p) {
  int n = 0;
  Prog *q;
  for (q = p; q; q = pcond(q)) {
    if (q->as != AJMP || !pcond(q))
      break;
    if (++n >= 5000)
      return NULL;
  }
  return q;
}

// What is left to do after a recursive xfol in Go.
typedef enum {
  K_START,   // xfol(p)
  K_COND,    // after xfol(p->link) for conditional jump p: go on at its target
  K_COPY,    // after xfol(q->link) for an inverted copy q: go on at q->link
} Kind;

typedef struct {
  Kind kind;
  Prog *p;
} Cont;

typedef struct {
  Cont *v;
  int n, cap;
} Stack;

static void push(Stack *s, Kind kind, Prog *p) {
  if (s->n == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 64;
    s->v = xrealloc(s->v, s->cap * sizeof *s->v);
  }
  s->v[s->n++] = (Cont){kind, p};
}

static void place(Prog **last, Prog *p) {
  (*last)->link = p;
  *last = p;
}

static void xfol(Ctxt *c, Prog *start, Prog **last) {
  Stack st = {0};
  push(&st, K_START, start);
  while (st.n) {
    Cont k = st.v[--st.n];
    Prog *p = k.p, *q;
    if (k.kind == K_COND) {
      if (pcond(p)->mark & MARK_DONE)
        continue;
      p = pcond(p);
    } else if (k.kind == K_COPY) {
      p = p->link;
      if (!p || (p->mark & MARK_DONE))
        continue;
    }
    for (;;) {   // Go's `loop:`
      if (!p)
        break;
      if (p->as == AJMP && (q = pcond(p)) && q->as != ATEXT) {
        // Done with the JMP: lay out its target here instead.
        p->mark |= MARK_DONE;
        p = q;
        if (!(p->mark & MARK_DONE))
          continue;
      }
      if (p->mark & MARK_DONE) {
        // p is placed already: copy up to 4 instructions ending in a
        // conditional jump whose target is not placed yet, or jump to p.
        bool recursed = false;
        int i = 0, a = 0;
        for (q = p; i < 4; i++, q = q->link) {
          if (!q || q == *last)
            break;
          a = q->as;
          if (a == ANOP) {
            i--;
            continue;
          }
          if (nofollow(a) || pushpop(a))
            break;
          if (!pcond(q) || (pcond(q)->mark & MARK_DONE))
            continue;
          // JCXZL has no inverse either (Go 1.7 died on one here: "unknown
          // relation"), so it is passed over like LOOP.
          if (a == ACALL || a == ALOOP || a == AJCXZL)
            continue;
          for (;;) {
            if (p->as == ANOP) {
              p = p->link;
              continue;
            }
            q = prog_new(c, p);
            *q = *p;   // link too, as Go's Copyp: an inverted copy's target is it
            p = p->link;
            q->mark |= MARK_DONE;
            place(last, q);
            if (q->as != a || !pcond(q) || (pcond(q)->mark & MARK_DONE))
              continue;
            q->as = relinv(q->as);
            p = pcond(q);
            q->to.target = q->link;
            q->link = p;
            push(&st, K_COPY, q);
            push(&st, K_START, q->link);
            recursed = true;
            break;
          }
          break;
        }
        if (recursed)
          break;
        q = prog_new(c, p);
        q->as = AJMP;
        q->to.type = A_BRANCH;
        q->to.target = p;
        q->mark = MARK_INSERTED;
        p = q;
      }
      // Place p.
      p->mark |= MARK_DONE;
      place(last, p);
      int a = p->as;
      if (nofollow(a))
        break;
      if (pcond(p) && a != ACALL) {
        // A conditional jump: lay out one path now, the other after it.
        if ((q = brchain(pcond(p))))
          p->to.target = q;
        if ((q = brchain(p->link)))
          p->link = q;
        q = p->link;
        if (p->from.type == A_CONST) {
          // A hint (JEQ $1, x: likely; $0: unlikely; check.c allows only
          // these, on the conditional jumps that have an inverse): a likely
          // jump is inverted so that its target falls through, wherever
          // the two paths are placed; an unlikely one is left as it is,
          // even when its fall-through is placed already (a JMP back to it
          // follows). Go 1.7 died on a likely jump that ended the function
          // (nil Link); it is left as it is here.
          if (p->from.offset == 1 && q) {
            p->as = relinv(a);
            p->link = pcond(p);
            p->to.target = q;
          }
        } else if (q && (q->mark & MARK_DONE) && a != ALOOP && relinv(a) >= 0) {
          p->as = relinv(a);
          p->link = pcond(p);
          p->to.target = q;
        }
        push(&st, K_COND, p);
        push(&st, K_START, p->link);
        break;
      }
      p = p->link;
    }
  }
  free(st.v);
}

void follow(Ctxt *c, Func *fn) {
  // Go's linkpatch: each branch in text order, its target replaced in place,
  // so a JMP of a cycle whose target brloop cleared first (Go's nil Pcond)
  // ends every chain that reaches it later: in `l1: JMP l2; l2: JMP l1;
  // ...; JEQ l1` l1 loses its target, l2 and the JEQ then go to l1.
  for (Prog *p = fn->text; p; p = p->link)
    if (pcond(p))
      p->to.target = brloop(pcond(p));
  Prog head = {0}, *last = &head;
  xfol(c, fn->text, &last);
  last->link = NULL;
  fn->text = head.link;
  // A branch left without a target (xfol took it for no branch at all) goes
  // to itself, as span6 made it (`loop: JMP loop` is eb fe). Not before
  // xfol: there a target of itself would be followed, chained and inverted.
  for (Prog *p = fn->text; p; p = p->link)
    if (p->to.type == A_BRANCH && !p->to.target && !p->to.sym)
      p->to.target = p;
  // Branch targets as they are now: a jump may have gone, or a new one come.
  for (Prog *p = fn->text; p; p = p->link)
    p->mark &= ~(MARK_TARGET | MARK_DONE);
  for (Prog *p = fn->text; p; p = p->link)
    if (pcond(p))
      pcond(p)->mark |= MARK_TARGET;
}
