// gen.c: statements and functions -> TEXT blocks. The body is generated
// first, so the frame (locals and temporaries, then the largest outgoing
// argument area below them) is known when the TEXT line is written; the
// assembler adds the prologue (g load, stack check, SUBL) and the ADDL
// before each RET, as Go's back end left them to obj6.
//
// Defer, as Go 1.7 emitted it: deferproc, CMPL AX, $0, JNE to a return
// path placed after the body; every return is XCHGL AX, AX (a nop the
// runtime's jmpdefer relies on never being a call), CALL deferreturn, RET.
#include "compile.h"

#include <string.h>

Gen gen;

const char *func_sym(GoFunc *f) {
  if (f->sym && f->decl && f->decl->kind == N_FUNCDECL)
    return obj_sym(f->decl->obj);
  if (!f->sym) {
    // F.func1 -> ·F·func1
    char *s = cfmt("·%s", f->name);
    for (char *p = s + 2; *p; p++)
      if (*p == '.')
        *p = '\x01';
    Buf b = {0};
    for (char *p = s; *p; p++) {
      if (*p == '\x01')
        buf_puts(&b, "·");
      else
        buf_putc(&b, *p);
    }
    f->sym = cstrndup(b.buf + strlen("·"), b.len - strlen("·"));
    buf_free(&b);
  }
  return cfmt("·%s", f->sym);
}

typedef struct LoopCtx {
  struct LoopCtx *outer;
  Node *stmt;
  int brk, cont;
} LoopCtx;
static LoopCtx *loopctx;
static int fallthrough_to;

void gen_reset(void) {
  buf_free(&gen.out);
  gen = (Gen){0};
  loopctx = NULL;
  fallthrough_to = 0;
  fg = NULL;
}

void gen_block(Node *b);

// Results copied back from the heap, for results a closure captured.
static void copy_out_results(void) {
  GoFunc *f = fg->fn;
  for (int i = 0; i < f->nresultobjs; i++) {
    Obj *o = f->results[i];
    if (o->vclass == V_HEAP) {
      Mem h = var_mem(o, "SI");
      copy_mem((Mem){M_PARAM, asm_name(o->name), o->offset, NULL}, h, o->type->size);
    }
  }
}

void gen_return_seq(void) {
  if (fg->fn->hasdefer) {
    emit("XCHGL\tAX, AX");
    emit("CALL\truntime·deferreturn(SB)");
  }
  copy_out_results();
  emit("RET");
}

static void assign_to_lhs(Node *l, Mem src) {
  // src: a value in memory (temp); stored into the lhs l
  if (l->kind == N_IDENT && !strcmp(l->name, "_"))
    return;
  Mem d = gen_addr(l, "DI");
  copy_mem(d, src, underlying(l->type)->size);
}

static bool simple_dst(Node *l) {
  if (l->kind == N_PAREN)
    return simple_dst(l->l);
  return l->kind == N_IDENT && l->obj && l->obj->kind == O_VAR &&
         (l->obj->vclass == V_GLOBAL || (l->obj->fn == fg->fn && (l->obj->vclass == V_AUTO || l->obj->vclass == V_PARAM)));
}

void gen_assign_mem(Node *lhs, Node *rhs) {
  if (lhs->kind == N_IDENT && !strcmp(lhs->name, "_")) {
    if (has_call(rhs)) {
      Mem t = new_temp(rhs->type);
      gen_into(rhs, t);
    }
    return;
  }
  if (lhs->kind == N_SELECTOR && lhs->obj && lhs->obj->kind == O_VAR) {
    gen_into(rhs, var_mem(lhs->obj, "DI"));   // another package's global
    return;
  }
  if (simple_dst(lhs)) {
    gen_into(rhs, var_mem(lhs->obj, "DI"));
    return;
  }
  Type *t = lhs->type;
  if (is_scalar(t)) {
    gen_eval(rhs);
    Mem tmp = temp_words(8);
    gen_store_ax(t, tmp);
    Mem d = gen_addr(lhs, "DI");
    load_ax(t, tmp);
    gen_store_ax(t, d);
    return;
  }
  Mem tmp = new_temp(t);
  gen_into(rhs, tmp);
  assign_to_lhs(lhs, tmp);
}

static void gen_multi_assign(Node **lhs, int nl, Node **rhs, int nr) {
  if (nr == 1 && nl > 1) {
    Node *call = rhs[0];
    gen_call(call, 0);

    ArgLayout l = call_layout(call);
    Mem *tmp = calloc_c((nl + 1) * sizeof(Mem));
    for (int i = 0; i < nl; i++) {
      tmp[i] = new_temp(l.restypes[i]);
      copy_mem(tmp[i], out(l.resoff[i]), l.restypes[i]->size);
    }
    for (int i = 0; i < nl; i++)
      if (lhs[i])
        assign_to_lhs(lhs[i], tmp[i]);
    return;
  }
  if (nl == 1) {
    gen_assign_mem(lhs[0], rhs[0]);
    return;
  }
  // a, b = b, a: every value first
  Mem *tmp = calloc_c((nl + 1) * sizeof(Mem));
  for (int i = 0; i < nr; i++) {
    tmp[i] = new_temp(rhs[i]->type);
    gen_into(rhs[i], tmp[i]);
  }
  for (int i = 0; i < nl; i++)
    if (lhs[i])
      assign_to_lhs(lhs[i], tmp[i]);
}

// A new variable: its slot (heap object for an escaping one), zeroed.
static void declare_var(Obj *o) {
  if (o->vclass == V_HEAP) {
    if (!o->slot)
      o->slot = -(fg->autosize += 4);
    emit("MOVL\t$%s(SB), AX", type_sym(o->type));
    emit("MOVL\tAX, (SP)");
    rtcall("newobject", 8);
    emit("MOVL\t4(SP), AX");
    emit("MOVL\tAX, addr_%s%+d(SP)", asm_name(o->name), o->slot);
    return;
  }
  zero_mem(var_mem(o, "DI"), o->type->size);
}

static void gen_define(Node *s) {
  for (int i = 0; i < s->nlist; i++)
    if (s->defs[i] && s->defs[i]->vclass == V_HEAP)
      declare_var(s->defs[i]);
  Node **lhs = calloc_c((s->nlist + 1) * sizeof(Node *));
  for (int i = 0; i < s->nlist; i++)
    lhs[i] = strcmp(s->list[i]->name, "_") ? s->list[i] : NULL;
  if (s->nrlist == 1 && s->nlist > 1) {
    gen_multi_assign(lhs, s->nlist, s->rlist, 1);
    return;
  }
  if (s->nlist == 1) {
    if (lhs[0])
      gen_assign_mem(lhs[0], s->rlist[0]);
    else
      gen_assign_mem(s->list[0], s->rlist[0]);
    return;
  }
  gen_multi_assign(lhs, s->nlist, s->rlist, s->nrlist);
}

static void gen_range(Node *s) {
  Type *u = underlying(s->r->type);
  bool isptr = u->kind == TY_PTR;
  if (isptr)
    u = underlying(u->elem);
  bool isstr = is_string(u);
  // The ranged value, once.
  Mem base = temp_words(12);
  Mem len = temp_words(4), idx = temp_words(4);
  if (u->kind == TY_ARRAY) {
    if (isptr) {
      gen_eval(s->r);
    } else {
      Mem a = is_addressable(s->r) ? gen_addr(s->r, "SI") : gen_value_mem(s->r);
      // Go ranges over a copy of an array; the subset's programs do not
      // change an array while ranging over it by value, so the address will do.
      emit("LEAL\t%s, AX", mem_str(a, 0));
    }
    emit("MOVL\tAX, %s", mem_str(base, 0));
    emit("MOVL\t$%lld, %s", (long long)u->len, mem_str(len, 0));
  } else {
    gen_into(s->r, base);
    copy_mem(len, mem_add(base, 4), 4);
  }
  Node *kn = s->nlist > 0 ? s->list[0] : NULL, *vn = s->nlist > 1 ? s->list[1] : NULL;
  if (kn && kn->kind == N_IDENT && !strcmp(kn->name, "_"))
    kn = NULL;
  if (vn && vn->kind == N_IDENT && !strcmp(vn->name, "_"))
    vn = NULL;
  if (s->isdefault)
    for (int i = 0; i < 2; i++)
      if (s->defs && s->defs[i])
        declare_var(s->defs[i]);
  emit("MOVL\t$0, %s", mem_str(idx, 0));
  Mem next = temp_words(4);   // strings: the index after this rune
  int top = new_label(), cont = new_label(), brk = new_label();
  emit_label(top);
  emit("MOVL\t%s, AX", mem_str(idx, 0));
  emit("CMPL\tAX, %s", mem_str(len, 0));
  emit("JGE\tL%d", brk);
  Mem kv = temp_words(4);
  emit("MOVL\tAX, %s", mem_str(kv, 0));
  if (isstr) {
    // decoderune(s string, k int) (r rune, pos int), Go 1.7's charntorune
    copy_mem(out(0), base, 8);
    emit("MOVL\tAX, 8(SP)");
    rtcall("decoderune", 20);
    emit("MOVL\t16(SP), AX");
    emit("MOVL\tAX, %s", mem_str(next, 0));
    if (vn) {
      Mem r = temp_words(4);
      emit("MOVL\t12(SP), AX");
      emit("MOVL\tAX, %s", mem_str(r, 0));
      assign_to_lhs(vn, r);
    }
  } else if (vn) {
    Type *et = u->elem;
    int esize = underlying(et)->size;
    emit("MOVL\t%s, AX", mem_str(kv, 0));
    emit("IMULL\t$%d, AX", esize ? esize : 1);
    emit("ADDL\t%s, AX", mem_str(base, 0));
    emit("MOVL\tAX, SI");
    Mem v = new_temp(et);
    copy_mem(v, (Mem){M_REG, NULL, 0, "SI"}, esize);
    assign_to_lhs(vn, v);
  }
  if (kn)
    assign_to_lhs(kn, kv);
  LoopCtx lc = {loopctx, s, brk, cont};
  loopctx = &lc;
  gen_block(s->body);
  loopctx = lc.outer;
  emit_label(cont);
  if (isstr) {
    emit("MOVL\t%s, AX", mem_str(next, 0));
    emit("MOVL\tAX, %s", mem_str(idx, 0));
  } else {
    emit("INCL\t%s", mem_str(idx, 0));
  }
  emit("JMP\tL%d", top);
  emit_label(brk);
}

static void gen_switch(Node *s) {
  if (s->init)
    gen_stmt(s->init);
  Mem tag = {0};
  bool havetag = s->cond != NULL;
  if (havetag) {
    tag = new_temp(s->cond->type);
    gen_into(s->cond, tag);
  }
  int brk = new_label();
  int *bodies = calloc_c((s->nlist + 1) * sizeof(int));
  for (int i = 0; i < s->nlist; i++)
    bodies[i] = new_label();
  int deflt = -1;
  for (int i = 0; i < s->nlist; i++) {
    Node *c = s->list[i];
    if (c->isdefault) {
      deflt = i;
      continue;
    }
    for (int j = 0; j < c->nrlist; j++) {
      Node *e = c->rlist[j];
      if (!havetag) {
        gen_cond(e, true, bodies[i]);
        continue;
      }
      // tag == e
      Node *id = new_node(N_IDENT, e->pos);
      Obj *o = calloc_c(sizeof *o);
      o->kind = O_VAR;
      o->vclass = V_AUTO;
      o->name = tag.name;
      o->offset = tag.off;
      o->type = s->cond->type;
      o->fn = fg->fn;
      id->obj = o;
      id->type = s->cond->type;
      id->name = tag.name;
      Node *cmp = new_node(N_BINARY, e->pos);
      cmp->op = OP_EQ;
      cmp->l = id;
      cmp->r = e;
      cmp->type = t_bool;
      if (is_string(s->cond->type)) {
        gen_eval(cmp);
        emit("CMPB\tAL, $0");
        emit("JNE\tL%d", bodies[i]);
      } else {
        gen_cond(cmp, true, bodies[i]);
      }
    }
  }
  emit("JMP\tL%d", deflt >= 0 ? bodies[deflt] : brk);
  LoopCtx lc = {loopctx, s, brk, loopctx ? loopctx->cont : 0};
  loopctx = &lc;
  for (int i = 0; i < s->nlist; i++) {
    emit_label(bodies[i]);
    int saved = fallthrough_to;
    fallthrough_to = i + 1 < s->nlist ? bodies[i + 1] : brk;
    gen_block(s->list[i]->body);
    fallthrough_to = saved;
    Node *b = s->list[i]->body;
    if (!(b->nlist && b->list[b->nlist - 1]->kind == N_FALLTHROUGH))
      emit("JMP\tL%d", brk);
  }
  loopctx = lc.outer;
  emit_label(brk);
}

static LoopCtx *find_loop(Node *target) {
  for (LoopCtx *l = loopctx; l; l = l->outer)
    if (l->stmt == target)
      return l;
  return NULL;
}

static void gen_return(Node *s) {
  GoFunc *f = fg->fn;
  if (s->nrlist) {
    if (s->isdefault) {
      Node *call = s->rlist[0];
      gen_call(call, 0);

      ArgLayout l = call_layout(call);
      for (int i = 0; i < f->nresultobjs; i++) {
        Obj *o = f->results[i];
        Mem d = o->vclass == V_HEAP ? (Mem){M_PARAM, asm_name(o->name), o->offset, NULL} : var_mem(o, "DI");
        copy_mem(d, out(l.resoff[i]), o->type->size);
      }
    } else if (s->nrlist == 1) {
      Obj *o = f->results[0];
      Mem d = o->vclass == V_HEAP ? var_mem(o, "DI") : var_mem(o, "DI");
      if (d.kind == M_REG) {
        Mem t = new_temp(o->type);
        gen_into(s->rlist[0], t);
        d = var_mem(o, "DI");
        copy_mem(d, t, o->type->size);
      } else {
        gen_into(s->rlist[0], d);
      }
    } else {
      Mem *tmp = calloc_c((s->nrlist + 1) * sizeof(Mem));
      for (int i = 0; i < s->nrlist; i++) {
        tmp[i] = new_temp(f->results[i]->type);
        gen_into(s->rlist[i], tmp[i]);
      }
      for (int i = 0; i < s->nrlist; i++)
        copy_mem(var_mem(f->results[i], "DI"), tmp[i], f->results[i]->type->size);
    }
  }
  gen_return_seq();
}

void gen_stmt(Node *s) {
  switch (s->kind) {
  case N_EMPTY: case N_TYPEDECL: case N_CONSTDECL: case N_FALLTHROUGH:
    if (s->kind == N_FALLTHROUGH)
      emit("JMP\tL%d", fallthrough_to);
    return;
  case N_BLOCK:
    gen_block(s);
    return;
  case N_VARDECL:
    for (int i = 0; i < s->nlist; i++) {
      Obj *o = s->list[i]->obj;
      declare_var(o);
    }
    if (s->nrlist) {
      Node **lhs = calloc_c((s->nlist + 1) * sizeof(Node *));
      for (int i = 0; i < s->nlist; i++)
        lhs[i] = strcmp(s->list[i]->name, "_") ? s->list[i] : NULL;
      for (int i = 0; i < s->nlist; i++)
        if (lhs[i]) {
          lhs[i]->type = lhs[i]->obj->type;
          lhs[i]->kind = N_IDENT;
        }
      if (s->nrlist == 1 && s->nlist > 1)
        gen_multi_assign(lhs, s->nlist, s->rlist, 1);
      else if (s->nlist == 1)
        gen_assign_mem(lhs[0] ? lhs[0] : s->list[0], s->rlist[0]);
      else
        gen_multi_assign(lhs, s->nlist, s->rlist, s->nrlist);
    }
    return;
  case N_EXPRSTMT: {
    Node *e = s->l;
    while (e->kind == N_PAREN)
      e = e->l;
    if (e->builtin == B_PRINT || e->builtin == B_PRINTLN) {
      if (e->l->kind == N_IDENT && e->l->obj && e->l->obj->kind == O_BUILTIN) {
        gen_print(e);
        return;
      }
    }
    if (e->builtin == B_COPY && e->l->kind == N_IDENT && e->l->obj && e->l->obj->kind == O_BUILTIN) {
      gen_copy(e);
      return;
    }
    gen_call(e, 0);
    return;
  }
  case N_ASSIGN: {
    Node **lhs = calloc_c((s->nlist + 1) * sizeof(Node *));
    for (int i = 0; i < s->nlist; i++)
      lhs[i] = s->list[i]->kind == N_IDENT && !strcmp(s->list[i]->name, "_") ? NULL : s->list[i];
    if (s->nlist == 1 && !lhs[0]) {
      gen_assign_mem(s->list[0], s->rlist[0]);
      return;
    }
    gen_multi_assign(lhs, s->nlist, s->rlist, s->nrlist);
    return;
  }
  case N_DEFINE:
    gen_define(s);
    return;
  case N_OPASSIGN:
  case N_INCDEC: {
    Node *b = new_node(N_BINARY, s->pos);
    b->op = s->op;
    b->l = s->l;
    if (s->kind == N_INCDEC) {
      Node *one = new_node(N_INTLIT, s->pos);
      one->isconst = true;
      one->cval = 1;
      one->type = s->l->type;
      b->r = one;
    } else {
      b->r = s->r;
    }
    b->type = s->l->type;
    if (is_string(b->type))
      b->type = s->l->type;
    // x op= y: x's address is computed twice, which is only a problem
    // when computing it has effects (calls): then through a pointer.
    if (has_call(s->l)) {
      unsupported(s->pos, "op= on an operand that calls a function");
    }
    gen_assign_mem(s->l, b);
    return;
  }
  case N_IF: {
    if (s->init)
      gen_stmt(s->init);
    int els = new_label(), end = new_label();
    gen_cond(s->cond, false, els);
    gen_block(s->body);
    if (s->els)
      emit("JMP\tL%d", end);
    emit_label(els);
    if (s->els) {
      gen_stmt(s->els);
      emit_label(end);
    }
    return;
  }
  case N_FOR: {
    if (s->init)
      gen_stmt(s->init);
    int top = new_label(), cont = new_label(), brk = new_label();
    emit_label(top);
    if (s->cond)
      gen_cond(s->cond, false, brk);
    LoopCtx lc = {loopctx, s, brk, cont};
    loopctx = &lc;
    gen_block(s->body);
    loopctx = lc.outer;
    emit_label(cont);
    if (s->post)
      gen_stmt(s->post);
    emit("JMP\tL%d", top);
    emit_label(brk);
    return;
  }
  case N_RANGE:
    gen_range(s);
    return;
  case N_SWITCH:
    gen_switch(s);
    return;
  case N_RETURN:
    gen_return(s);
    return;
  case N_BREAK: {
    LoopCtx *l = find_loop(s->label);
    emit("JMP\tL%d", l->brk);
    return;
  }
  case N_CONTINUE: {
    LoopCtx *l = find_loop(s->label);
    emit("JMP\tL%d", l->cont);
    return;
  }
  case N_DEFER:
    gen_call(s->l, fg->retlabel);
    return;
  case N_LABELED:
    gen_stmt(s->body);
    return;
  default:
    fatal("internal error: statement %d", s->kind);
  }
}

void gen_block(Node *b) {
  for (int i = 0; i < b->nlist; i++)
    gen_stmt(b->list[i]);
}

