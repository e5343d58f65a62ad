// genfunc.c: one function -> one TEXT block: argument offsets, the entry
// code Go 1.7 put before the body (results zeroed when the function defers
// or names them, escaping parameters copied to the heap, a closure's
// captured addresses taken from DX), the body, the deferreturn path, and
// the frame size; and the promoted-method wrappers.
#include "compile.h"

#include <errno.h>
#include <string.h>

enum { FLAG_WRAPPER = 32, FLAG_NEEDCTXT = 64 };

static void flush_text(GoFunc *f, int flags, int argsize) {
  int frame = (fg->autosize + fg->maxout + 3) & ~3;
  const char *sym = func_sym(f);
  if (flags)
    buf_printf(&gen.out, "TEXT %s(SB), %d, $%d-%d\n", sym, flags, frame, argsize);
  else
    buf_printf(&gen.out, "TEXT %s(SB), $%d-%d\n", sym, frame, argsize);
  buf_putn(&gen.out, fg->body.buf ? fg->body.buf : "", fg->body.len);
  buf_putc(&gen.out, '\n');
  buf_free(&fg->body);
}

static void gen_wrapper(GoFunc *f) {
  Method *m = f->wrapped;
  Type *inner_recv = m->ptrrecv ? ptrto(m->fn->recv) : m->fn->recv;
  ArgLayout outer = arg_layout(underlying(f->type), f->wrapper_recv);
  ArgLayout inner = arg_layout(underlying(f->type), inner_recv);
  need_out(inner.size);
  emit("MOVL\trecv+0(FP), AX");
  emit("TESTB\tAL, (AX)");
  for (int i = 0; i < f->wrap_npath; i++) {
    Node *s = f->wrap_path[i];
    if (underlying(s->type)->kind == TY_PTR)
      emit("MOVL\t%d(AX), AX", s->fieldoff);
    else if (s->fieldoff)
      emit("LEAL\t%d(AX), AX", s->fieldoff);
  }
  if (m->ptrrecv) {
    emit("MOVL\tAX, (SP)");
  } else {
    emit("MOVL\tAX, SI");
    copy_mem(out(0), (Mem){M_REG, NULL, 0, "SI"}, m->fn->recv->size);
  }
  for (int i = 1; i < outer.n; i++)
    copy_mem(out(inner.off[i]), (Mem){M_PARAM, cfmt("arg%d", i), outer.off[i], NULL}, outer.types[i]->size);
  emit("CALL\t%s(SB)", obj_sym(m->fn));
  for (int i = 0; i < outer.nres; i++)
    copy_mem((Mem){M_PARAM, cfmt("r%d", i), outer.resoff[i], NULL}, out(inner.resoff[i]), outer.restypes[i]->size);
  emit("RET");
  flush_text(f, FLAG_WRAPPER, outer.size);
}

static void gen_function(GoFunc *f) {
  FnGen g = {0};
  fg = &g;
  g.fn = f;
  if (f->iswrapper) {
    gen_wrapper(f);
    fg = NULL;
    return;
  }
  ArgLayout l = arg_layout(underlying(f->type), f->recvobj ? f->recvobj->type : NULL);
  for (int i = 0; i < f->nparamobjs; i++)
    f->params[i]->offset = l.off[i];
  for (int i = 0; i < f->nresultobjs; i++)
    f->results[i]->offset = l.resoff[i];
  // A closure's captured addresses, one slot each at the frame's top.
  g.autosize = 4 * f->ncaptures;
  for (int i = 0; i < f->ncaptures; i++) {
    emit("MOVL\t%d(DX), AX", 4 * (i + 1));
    emit("MOVL\tAX, addr_%s%+d(SP)", asm_name(f->captures[i]->name), -4 * (i + 1));
  }
  if (f->hasdefer)
    g.retlabel = new_label();
  // Results: zeroed when the function defers (a deferred call may see
  // them) or names them.
  for (int i = 0; i < f->nresultobjs; i++) {
    Obj *o = f->results[i];
    bool named = strncmp(o->name, "~r", 2) != 0;
    if (f->hasdefer || named)
      zero_mem((Mem){M_PARAM, asm_name(o->name), o->offset, NULL}, o->type->size);
  }
  // Escaping parameters and results live on the heap.
  for (int i = 0; i < f->nparamobjs + f->nresultobjs; i++) {
    Obj *o = i < f->nparamobjs ? f->params[i] : f->results[i - f->nparamobjs];
    if (o->vclass != V_HEAP)
      continue;
    o->slot = -(g.autosize += 4);
    emit("MOVL\t$%s(SB), AX", type_sym(o->type));
    emit("MOVL\tAX, (SP)");
    rtcall("newobject", 8);
    emit("MOVL\t4(SP), AX");
    emit("MOVL\tAX, addr_%s%+d(SP)", asm_name(o->name), o->slot);
    if (i < f->nparamobjs) {
      emit("MOVL\tAX, DI");
      copy_mem((Mem){M_REG, NULL, 0, "DI"}, (Mem){M_PARAM, asm_name(o->name), o->offset, NULL}, o->type->size);
    }
  }
  if (mainpkg->needinit && !strcmp(mainpkg->name, "main") && f->decl->kind == N_FUNCDECL && !f->decl->recvtype &&
      !strcmp(f->decl->name, "main")) {
    // This runtime starts main.main itself: initialisation comes first.
    emit("CALL\t·init(SB)");
  }
  Node *body = f->decl->body;
  gen_block(body);
  // Falling off the end: the implicit return.
  Node *last = body->nlist ? body->list[body->nlist - 1] : NULL;
  if (!last || last->kind != N_RETURN)
    gen_return_seq();
  if (f->hasdefer) {
    // deferproc returned 1: a recovered panic returns through here.
    emit_label(g.retlabel);
    gen_return_seq();
  }
  flush_text(f, f->ncaptures ? FLAG_NEEDCTXT : 0, l.size);
  fg = NULL;
}

// pkg.init, Go 1.7's shape: initdone 0 -> 1 while running, 2 when done;
// found at 1 means a cycle (runtime.throwinit).
void gen_init(void) {
  Package *p = mainpkg;
  if (!p->needinit)
    return;
  FnGen g = {0};
  fg = &g;
  GoFunc f = {0};
  f.name = "init";
  f.sym = "init";
  g.fn = &f;
  int l1 = new_label(), l2 = new_label();
  emit("MOVBLZX\t·initdone(SB), BX");
  emit("CMPB\tBX, $1");
  emit("JLS\tL%d", l1);
  emit("RET");
  emit_label(l1);
  emit("MOVBLZX\t·initdone(SB), BX");
  emit("CMPB\tBX, $1");
  emit("JNE\tL%d", l2);
  rtcall("throwinit", 0);
  emit("UD2");
  emit_label(l2);
  emit("MOVB\t$1, ·initdone(SB)");
  for (int i = 0; i < p->nimports; i++)
    if (p->imports[i]->needinit)
      emit("CALL\t%s·init(SB)", p->imports[i]->path);
  for (int i = 0; i < p->ndyninits; i++)
    gen_stmt(p->dyninits[i]);
  for (int i = 0; i < p->nuserinits; i++)
    emit("CALL\t%s(SB)", obj_sym(p->userinits[i]));
  emit("MOVB\t$2, ·initdone(SB)");
  emit("RET");
  int frame = (g.autosize + g.maxout + 3) & ~3;
  buf_printf(&gen.out, "TEXT ·init(SB), $%d-0\n", frame);
  buf_putn(&gen.out, g.body.buf ? g.body.buf : "", g.body.len);
  buf_putc(&gen.out, '\n');
  buf_free(&g.body);
  fg = NULL;
}

void gen_begin(void) {
  buf_printf(&gen.out, "// Code generated by pic386 compile from package %s (%s). DO NOT EDIT.\n\n", mainpkg->name,
             mainpkg->path);
}

static void gen_funcs(int from) {
  for (int i = from; i < nfuncs; i++) {
    GoFunc *f = funcs[i];
    if (f->decl && f->decl->kind == N_FUNCDECL && !f->decl->body)
      continue;   // implemented in assembly
    gen_function(f);
  }
}

// gen_pending's funcs[from..], when gen_try has its way.
static int pending_from;
static void gen_pending_funcs(void) { gen_funcs(pending_from); }

void gen_pending(int from) {
  if (cerrors || gen_stopped())
    return;   // nothing will be written
  lower_funcs(from);
  pending_from = from;
  if (gen_try(gen_pending_funcs))
    gen_flush();
}

void gen_end(int from) {
  lower_funcs(from);
  gen_funcs(from);
  gen_init();
  gen_globals();
  gen_data_flush();
  gen_flush();
}

void gen_flush(void) {
  if (!gen.sink || !gen.out.len)
    return;
  if (fwrite(gen.out.buf, 1, gen.out.len, gen.sink) != gen.out.len)
    gen.sinkerr = gen.sinkerr ? gen.sinkerr : errno ? errno : EIO;
  gen.out.len = 0;
}
