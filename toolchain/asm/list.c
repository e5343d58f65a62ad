// list.c: the -S listing, Go syntax after all passes, one instruction per
// line with its source position, in the manner of `go tool asm -S`. The
// first number is the instruction's index in its function (GNU as, not
// pic386, decides the bytes); branch targets are printed as that index.
#include "asm/asm.h"

// The flags' names and values from the one list of them (pic386/abi.h).
#define FLAGNAME(name, value) {value, #name},
static const struct {
  int bit;
  const char *name;
} flagnames[] = {PIC386_TEXTFLAGS(FLAGNAME)};

static void put_flags(Buf *b, int flags) {
  bool first = true;
  for (size_t i = 0; i < sizeof flagnames / sizeof *flagnames; i++)
    if (flags & flagnames[i].bit) {
      buf_printf(b, "%s%s", first ? "" : "|", flagnames[i].name);
      first = false;
    }
  if (flags & ~F_ALL)
    buf_printf(b, "%s%d", first ? "" : "|", flags & ~F_ALL);
}

static void put_symoff(Buf *b, const Addr *a) {
  buf_puts(b, a->sym->name);
  if (a->name == N_GOTREF)
    buf_puts(b, "@GOT");
  if (a->offset)
    buf_printf(b, "%+lld", (long long)a->offset);
}

void list_addr(Buf *b, const Prog *p, const Addr *a) {
  (void)p;
  switch (a->type) {
  case A_NONE:
    return;
  case A_REG:
    buf_puts(b, reg_goname(a->reg));
    return;
  case A_CONST:
    buf_printf(b, "$%lld", (long long)a->offset);
    return;
  case A_TEXTSIZE:
    if (a->argsize == ARGS_UNKNOWN)
      buf_printf(b, "$%lld", (long long)a->offset);
    else
      buf_printf(b, "$%lld-%d", (long long)a->offset, a->argsize);
    return;
  case A_STRING:
    buf_printf(b, "$\"%.*s\"", a->strlen, a->str);
    return;
  case A_BRANCH:
    if (a->target)
      buf_printf(b, "%d", a->target->id);
    else if (a->sym)
      buf_printf(b, "%s(SB)", a->sym->name);
    else
      buf_puts(b, a->name_text ? a->name_text : "?");
    return;
  case A_ADDR:
  case A_MEM:
    break;
  }
  if (a->type == A_ADDR)
    buf_putc(b, '$');
  if (a->name == N_PARAM || a->name == N_AUTO) {
    buf_printf(b, "%s%+lld(%s)", a->name_text, (long long)a->offset,
               a->name == N_PARAM ? "FP" : "SP");
    return;
  }
  if (a->sym) {
    put_symoff(b, a);
    if (!a->reg && !a->index) {
      buf_puts(b, "(SB)");
      return;
    }
  } else if (a->offset || (!a->reg && !a->index)) {
    buf_printf(b, "%lld", (long long)a->offset);
  }
  if (a->reg)
    buf_printf(b, "(%s)", reg_goname(a->reg));
  else if (a->sym)
    buf_puts(b, "(SB)");
  if (a->index)
    buf_printf(b, "(%s*%d)", reg_goname(a->index), a->scale);
}

void list_func(Ctxt *c, Func *fn) {
  Buf *b = &c->list;
  int n = 0;
  for (Prog *p = fn->text; p; p = p->link)
    p->id = n++;
  buf_printf(b, "%s STEXT%s args=%#x locals=%#llx\n", fn->sym->name,
             fn->flags & F_NOSPLIT ? " nosplit" : "",
             fn->args == ARGS_UNKNOWN ? 0u : (unsigned)fn->args, (unsigned long long)fn->frame);
  for (Prog *p = fn->text; p; p = p->link) {
    buf_printf(b, "\t%05d (%s:%d)\t%s%s%s", p->id, p->pos->file, p->pos->line,
               p->prefix ? optab[p->prefix].go : "", p->prefix ? "; " : "", optab[p->as].go);
    const Addr *ops[4];
    int k = 0;
    if (p->as == ATEXT) {
      ops[k++] = &p->from;
      ops[k++] = &p->to;
    } else {
      if (p->from.type)
        ops[k++] = &p->from;
      if (p->from3.type)
        ops[k++] = &p->from3;
      if (p->to.type)
        ops[k++] = &p->to;
    }
    for (int i = 0; i < k; i++) {
      buf_puts(b, i ? ", " : "\t");
      if (p->as == ATEXT && i == 1 && fn->flags) {
        put_flags(b, fn->flags);
        buf_puts(b, ", ");
      }
      list_addr(b, p, ops[i]);
    }
    buf_putc(b, '\n');
  }
  fwrite(b->buf, 1, b->len, stdout);
  b->len = 0;
}
