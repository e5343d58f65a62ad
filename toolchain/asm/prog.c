// prog.c: the instruction list. A TEXT block's Progs live in the text
// arena and are linked in order; the parser builds the list, and the passes
// (progedit, follow, split) insert into it through these, never through
// the parser.
#include "asm/asm.h"

Prog *prog_new(Ctxt *c, const Prog *like) {
  Prog *p = arena_alloc(&c->text_arena, sizeof *p);
  if (like)
    p->pos = like->pos;
  return p;
}

Prog *prog_append(Ctxt *c, Prog *p) {
  Prog *q = prog_new(c, p);
  q->link = p->link;
  p->link = q;
  return q;
}

