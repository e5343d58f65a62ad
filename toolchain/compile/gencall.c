// gencall.c: calls (functions, methods, func values, defer), wide values
// into memory (literals, slicing, concatenation), and the built-ins that
// call the runtime (append, make, copy, print), with Go 1.7's runtime
// names and signatures.
#include "compile.h"

#include <ctype.h>
#include <string.h>

static bool is_builtin_call(Node *e) {
  return e->kind == N_CALL && e->l->kind == N_IDENT && e->l->obj && e->l->obj->kind == O_BUILTIN;
}

// ---------------------------------------------------------------- calls

typedef struct {
  Type *ft;
  Type *recv;       // method: the receiver's type as the method takes it
  Method *m;
  const char *sym;  // direct call
  Node *fnval;      // call through a func value
} Callee;

static Callee callee_of(Node *call) {
  Callee c = {0};
  Node *f = call->l;
  while (f->kind == N_PAREN)
    f = f->l;
  if (f->kind == N_SELECTOR && f->method) {
    c.m = f->method;
    c.ft = underlying(c.m->fn->type);
    c.recv = c.m->ptrrecv ? ptrto(f->mrecv) : f->mrecv;
    c.sym = obj_sym(c.m->fn);
    return c;
  }
  c.ft = underlying(f->type);
  if ((f->kind == N_IDENT || f->kind == N_SELECTOR) && f->obj && f->obj->kind == O_FUNC) {
    c.sym = obj_sym(f->obj);
    return c;
  }
  c.fnval = f;
  return c;
}

int call_result_off(Node *call) {
  Callee c = callee_of(call);
  ArgLayout l = arg_layout(c.ft, c.recv);
  return l.nres ? l.resoff[0] : l.size;
}


ArgLayout call_layout(Node *call) {
  Callee c = callee_of(call);
  return arg_layout(c.ft, c.recv);
}

// The receiver of a method call into dst.
static void gen_receiver(Node *sel, Method *m, Mem dst) {
  Node *x = sel->l;
  Type *t = x->type;
  Mem cur;
  bool curptr;   // cur holds a pointer to the object rather than the object
  if (underlying(t)->kind == TY_PTR) {
    gen_eval(x);
    Mem p = temp_words(4);
    emit("MOVL\tAX, %s", mem_str(p, 0));
    cur = p;
    curptr = true;
  } else if (is_addressable(x)) {
    Mem a = gen_addr(x, "SI");
    if (a.kind == M_REG) {
      emit("LEAL\t%s, AX", mem_str(a, 0));
      Mem p = temp_words(4);
      emit("MOVL\tAX, %s", mem_str(p, 0));
      cur = p;
      curptr = true;
    } else {
      cur = a;
      curptr = false;
    }
  } else {
    cur = gen_value_mem(x);
    curptr = false;
  }
  for (int i = 0; i < sel->npath; i++) {
    Node *s = sel->path[i];
    if (curptr) {
      emit("MOVL\t%s, SI", mem_str(cur, 0));
      cur = (Mem){M_REG, NULL, s->fieldoff, "SI"};
    } else {
      cur = mem_add(cur, s->fieldoff);
    }
    curptr = false;
    if (underlying(s->type)->kind == TY_PTR) {
      emit("MOVL\t%s, AX", mem_str(cur, 0));
      Mem p = temp_words(4);
      emit("MOVL\tAX, %s", mem_str(p, 0));
      cur = p;
      curptr = true;
    }
  }
  if (m->ptrrecv) {
    if (curptr)
      emit("MOVL\t%s, AX", mem_str(cur, 0));
    else
      emit("LEAL\t%s, AX", mem_str(cur, 0));
    emit("MOVL\tAX, %s", mem_str(dst, 0));
  } else {
    Type *rt = m->fn->recv;
    if (curptr) {
      emit("MOVL\t%s, SI", mem_str(cur, 0));
      cur = (Mem){M_REG, NULL, 0, "SI"};
    }
    copy_mem(dst, cur, rt->size);
  }
}

// Variadic arguments packed as a slice literal.
static Node **call_args(Node *call, Type *ft, int *n) {
  if (!ft->variadic || call->hasdots || call->isdefault) {
    *n = call->nlist;
    return call->list;
  }
  int nfixed = ft->nparams - 1;
  Node **args = calloc_c((ft->nparams + 1) * sizeof(Node *));
  if (nfixed)
    memcpy(args, call->list, nfixed * sizeof(Node *));
  Node *lit = new_node(N_COMPOSITE, call->pos);
  lit->type = ft->params[nfixed];
  // (no list at all for f() of a func(...T): NULL + 0 is undefined in C)
  lit->list = call->nlist > nfixed ? call->list + nfixed : NULL;
  lit->nlist = call->nlist - nfixed;
  lit->ival = lit->nlist;   // the slice literal's length
  for (int i = 0; i < lit->nlist; i++)
    lit->list[i]->elemidx = i;
  if (lit->nlist == 0) {
    Node *nil = new_node(N_IDENT, call->pos);
    nil->obj = scope_find(universe, "nil");
    nil->type = ft->params[nfixed];
    args[nfixed] = nil;
  } else {
    args[nfixed] = lit;
  }
  *n = ft->nparams;
  return args;
}

void gen_call(Node *call, int deferlabel) {
  Callee c = callee_of(call);
  ArgLayout l = arg_layout(c.ft, c.recv);
  int base = deferlabel ? 8 : 0;
  int nargs;
  Node **args = call_args(call, c.ft, &nargs);
  Node *sel = call->l;
  while (sel->kind == N_PAREN)
    sel = sel->l;
  bool spill = c.fnval && has_call(c.fnval);
  for (int i = 0; i < nargs && !spill; i++)
    spill = has_call(args[i]);
  if (c.m && has_call(sel->l))
    spill = true;
  if (call->isdefault)
    spill = true;
  need_out(base + l.size);
  Mem fv = {0};
  bool havefv = false;
  if (c.fnval && spill) {
    gen_eval(c.fnval);
    fv = temp_words(4);
    emit("MOVL\tAX, %s", mem_str(fv, 0));
    havefv = true;
  }
  int r0 = c.recv ? 1 : 0;
  if (spill) {
    // Every argument into a temporary first: a later one may call.
    Mem *tmp = calloc_c((l.n + 1) * sizeof(Mem));
    if (c.recv) {
      tmp[0] = new_temp(l.types[0]);
      gen_receiver(sel, c.m, tmp[0]);
    }
    if (call->isdefault) {
      // f(g()): g's results are f's arguments.
      Node *g = args[0];
      gen_call(g, 0);
      ArgLayout gl = call_layout(g);
      for (int i = 0; i < gl.nres; i++) {
        tmp[r0 + i] = new_temp(gl.restypes[i]);
        copy_mem(tmp[r0 + i], out(gl.resoff[i]), gl.restypes[i]->size);
      }
    } else {
      for (int i = 0; i < nargs; i++) {
        tmp[r0 + i] = new_temp(l.types[r0 + i]);
        gen_into(args[i], tmp[r0 + i]);
      }
    }
    for (int i = 0; i < l.n; i++)
      copy_mem(out(base + l.off[i]), tmp[i], l.types[i]->size);
  } else {
    if (c.recv)
      gen_receiver(sel, c.m, out(base + l.off[0]));
    for (int i = 0; i < nargs; i++)
      gen_into(args[i], out(base + l.off[r0 + i]));
  }
  if (deferlabel) {
    emit("MOVL\t$%d, (SP)", l.size);
    if (havefv) {
      emit("MOVL\t%s, AX", mem_str(fv, 0));
    } else if (c.fnval) {
      gen_eval(c.fnval);
    } else {
      emit("MOVL\t$%s(SB), AX", funcval_sym_name(c.sym));
    }
    emit("MOVL\tAX, 4(SP)");
    emit("CALL\truntime·deferproc(SB)");
    emit("CMPL\tAX, $0");
    emit("JNE\tL%d", deferlabel);
    return;
  }
  if (c.fnval) {
    if (havefv)
      emit("MOVL\t%s, DX", mem_str(fv, 0));
    else {
      gen_eval(c.fnval);
      emit("MOVL\tAX, DX");
    }
    emit("MOVL\t(DX), BX");
    emit("CALL\tBX");
  } else {
    emit("CALL\t%s(SB)", c.sym);
  }
}

// ---------------------------------------------------------------- wide values

static void gen_concat(Node *e, Mem dst) {
  Node *ops[64];
  int n = 0;
  // flatten a + b + c (left-leaning)
  Node *stack[64];
  int sp = 0;
  stack[sp++] = e;
  while (sp) {
    Node *x = stack[--sp];
    while (x->kind == N_PAREN)
      x = x->l;
    if (x->kind == N_BINARY && x->op == '+' && !x->isconst && n + sp < 60) {
      stack[sp++] = x->r;
      stack[sp++] = x->l;
    } else {
      ops[n++] = x;
    }
  }
  Mem *tmp = calloc_c((n + 1) * sizeof(Mem));
  for (int i = 0; i < n; i++) {
    tmp[i] = new_temp(t_string);
    gen_into(ops[i], tmp[i]);
  }
  if (n <= 5) {
    emit("MOVL\t$0, (SP)");
    for (int i = 0; i < n; i++)
      copy_mem(out(4 + 8 * i), tmp[i], 8);
    rtcall(cfmt("concatstring%d", n), 4 + 8 * n + 8);
    copy_mem(dst, out(4 + 8 * n), 8);
    return;
  }
  // concatstrings(buf, a []string): the operands are already adjacent
  emit("MOVL\t$0, (SP)");
  emit("LEAL\t%s, AX", mem_str(tmp[n - 1], 0));
  // temps are allocated downwards: tmp[n-1] is lowest; copy to an array
  Mem arr = temp_words(8 * n);
  for (int i = 0; i < n; i++)
    copy_mem(mem_add(arr, 8 * i), tmp[i], 8);
  emit("LEAL\t%s, AX", mem_str(arr, 0));
  emit("MOVL\tAX, 4(SP)");
  emit("MOVL\t$%d, 8(SP)", n);
  emit("MOVL\t$%d, 12(SP)", n);
  rtcall("concatstrings", 24);
  copy_mem(dst, out(16), 8);
}

static void to_temp_int(Node *x, Mem t) {
  gen_eval(x);
  emit("MOVL\tAX, %s", mem_str(t, 0));
}

static void gen_slice(Node *e, Mem dst) {
  Node *x = e->l;
  Type *u = underlying(x->type);
  bool isstr = is_string(u);
  int esize = isstr ? 1 : u->kind == TY_SLICE ? underlying(u->elem)->size
                                               : underlying((u->kind == TY_PTR ? underlying(u->elem) : u)->elem)->size;
  Mem s = temp_words(12);
  if (isstr) {
    gen_into(x, s);
    emit("MOVL\t%s, BX", mem_str(s, 4));
    emit("MOVL\tBX, %s", mem_str(s, 8));
  } else if (u->kind == TY_SLICE) {
    gen_into(x, s);
  } else {
    Type *at = u->kind == TY_PTR ? underlying(u->elem) : u;
    if (u->kind == TY_PTR)
      gen_eval(x);
    else {
      Mem a = gen_addr(x, "SI");
      emit("LEAL\t%s, AX", mem_str(a, 0));
    }
    emit("MOVL\tAX, %s", mem_str(s, 0));
    emit("MOVL\t$%lld, %s", (long long)at->len, mem_str(s, 4));
    emit("MOVL\t$%lld, %s", (long long)at->len, mem_str(s, 8));
  }
  Mem lo = temp_words(4), hi = temp_words(4), mx = temp_words(4);
  if (e->lo)
    to_temp_int(e->lo, lo);
  else
    emit("MOVL\t$0, %s", mem_str(lo, 0));
  if (e->hi)
    to_temp_int(e->hi, hi);
  else
    copy_mem(hi, mem_add(s, 4), 4);
  if (e->max)
    to_temp_int(e->max, mx);
  else
    copy_mem(mx, mem_add(s, 8), 4);
  // 0 <= lo <= hi <= max <= cap, unsigned
  int bad = new_label(), ok = new_label();
  emit("MOVL\t%s, AX", mem_str(mx, 0));
  emit("CMPL\tAX, %s", mem_str(s, isstr ? 4 : 8));
  emit("JHI\tL%d", bad);
  emit("MOVL\t%s, AX", mem_str(hi, 0));
  emit("CMPL\tAX, %s", mem_str(mx, 0));
  emit("JHI\tL%d", bad);
  emit("MOVL\t%s, AX", mem_str(lo, 0));
  emit("CMPL\tAX, %s", mem_str(hi, 0));
  emit("JLS\tL%d", ok);
  emit_label(bad);
  panic_call("panicslice");
  emit_label(ok);
  // ptr + lo*esize (Go 1.7 leaves the pointer alone when the result is empty
  // past the end; ours points at most one past, which is harmless here)
  emit("MOVL\t%s, AX", mem_str(lo, 0));
  if (esize != 1)
    emit("IMULL\t$%d, AX", esize);
  emit("ADDL\t%s, AX", mem_str(s, 0));
  emit("MOVL\tAX, %s", mem_str(dst, 0));
  emit("MOVL\t%s, AX", mem_str(hi, 0));
  emit("SUBL\t%s, AX", mem_str(lo, 0));
  emit("MOVL\tAX, %s", mem_str(dst, 4));
  if (!isstr) {
    emit("MOVL\t%s, AX", mem_str(mx, 0));
    emit("SUBL\t%s, AX", mem_str(lo, 0));
    emit("MOVL\tAX, %s", mem_str(dst, 8));
  }
}

static void gen_composite(Node *e, Mem dst) {
  Type *t = e->type;
  Type *u = underlying(t);
  if (u->kind == TY_SLICE) {
    int n = (int)e->ival;
    Type *et = u->elem;
    Type *at = new_type(TY_ARRAY);
    at->elem = et;
    at->len = n;
    at->size = underlying(et)->size * n;
    at->align = 4;
    Mem arr = new_temp(at);
    zero_mem(arr, at->size);
    for (int i = 0; i < e->nlist; i++) {
      Node *x = e->list[i];
      int idx = (int)x->elemidx;
      if (x->kind == N_KEYVAL)
        x = x->r;
      gen_into(x, mem_add(arr, idx * underlying(et)->size));
    }
    emit("MOVL\t$%s(SB), AX", type_sym(at));
    emit("MOVL\tAX, (SP)");
    rtcall("newobject", 8);
    emit("MOVL\t4(SP), DI");
    emit("MOVL\tDI, %s", mem_str(dst, 0));
    if (at->size)
      copy_mem((Mem){M_REG, NULL, 0, "DI"}, arr, at->size);
    emit("MOVL\t$%d, %s", n, mem_str(dst, 4));
    emit("MOVL\t$%d, %s", n, mem_str(dst, 8));
    return;
  }
  zero_mem(dst, u->size);
  for (int i = 0; i < e->nlist; i++) {
    Node *x = e->list[i];
    int off;
    if (u->kind == TY_STRUCT) {
      off = x->field->offset;
      if (x->kind == N_KEYVAL)
        x = x->r;
    } else {
      off = (int)(x->elemidx * underlying(u->elem)->size);
      if (x->kind == N_KEYVAL)
        x = x->r;
    }
    gen_into(x, mem_add(dst, off));
  }
}

static void gen_conv_into(Node *e, Mem dst) {
  Node *x = e->list[0];
  Type *to = underlying(e->type), *from = underlying(x->type);
  if (is_string(to) && from->kind == TY_SLICE) {
    Mem s = new_temp(x->type);
    gen_into(x, s);
    emit("MOVL\t$0, (SP)");
    copy_mem(out(4), s, 12);
    rtcall("slicebytetostring", 24);
    copy_mem(dst, out(16), 8);
    return;
  }
  if (to->kind == TY_SLICE && is_string(from)) {
    Mem s = new_temp(t_string);
    gen_into(x, s);
    emit("MOVL\t$0, (SP)");
    copy_mem(out(4), s, 8);
    rtcall("stringtoslicebyte", 24);
    copy_mem(dst, out(12), 12);
    return;
  }
  gen_into(x, dst);
}

static void gen_make(Node *e, Mem dst) {
  Type *st = e->type;
  Mem len = temp_words(4), cap = temp_words(4);
  to_temp_int(e->list[1], len);
  if (e->nlist > 2)
    to_temp_int(e->list[2], cap);
  else
    copy_mem(cap, len, 4);
  emit("MOVL\t$%s(SB), AX", type_sym(underlying(st)));
  emit("MOVL\tAX, (SP)");
  emit("MOVL\t%s, AX", mem_str(len, 0));
  emit("MOVL\tAX, 4(SP)");
  emit("MOVL\t$0, 8(SP)");
  emit("MOVL\t%s, AX", mem_str(cap, 0));
  emit("MOVL\tAX, 12(SP)");
  emit("MOVL\t$0, 16(SP)");
  rtcall("makeslice", 32);
  copy_mem(dst, out(20), 12);
}

// append(s, x...) or append(s, a, b): grow through runtime.growslice
// when the capacity is short, as Go 1.7's inline expansion did.
static void gen_append(Node *e, Mem dst) {
  Type *st = e->type;
  Type *et = underlying(st)->elem;
  int esize = underlying(et)->size;
  Mem s = temp_words(12);
  gen_into(e->list[0], s);
  Mem src = {0}, n = temp_words(4);
  int nvals = e->nlist - 1;
  Mem *vals = NULL;
  if (e->hasdots) {
    Type *xt = e->list[1]->type;
    src = temp_words(12);
    gen_into(e->list[1], src);
    (void)xt;
    copy_mem(n, mem_add(src, 4), 4);
  } else {
    vals = calloc_c((nvals + 1) * sizeof(Mem));
    for (int i = 0; i < nvals; i++) {
      vals[i] = new_temp(et);
      gen_into(e->list[1 + i], vals[i]);
    }
    emit("MOVL\t$%d, %s", nvals, mem_str(n, 0));
  }
  Mem newlen = temp_words(4);
  emit("MOVL\t%s, AX", mem_str(s, 4));
  emit("ADDL\t%s, AX", mem_str(n, 0));
  emit("MOVL\tAX, %s", mem_str(newlen, 0));
  int ok = new_label();
  emit("CMPL\tAX, %s", mem_str(s, 8));
  emit("JLS\tL%d", ok);
  emit("MOVL\t$%s(SB), AX", type_sym(underlying(st)));
  emit("MOVL\tAX, (SP)");
  copy_mem(out(4), s, 12);
  emit("MOVL\t%s, AX", mem_str(newlen, 0));
  emit("MOVL\tAX, 16(SP)");
  rtcall("growslice", 32);
  copy_mem(s, out(20), 12);
  emit_label(ok);
  // destination of the new elements: s.ptr + s.len*esize
  if (e->hasdots) {
    emit("MOVL\t%s, AX", mem_str(s, 4));
    if (esize != 1)
      emit("IMULL\t$%d, AX", esize);
    emit("ADDL\t%s, AX", mem_str(s, 0));
    emit("MOVL\tAX, (SP)");
    emit("MOVL\t%s, AX", mem_str(src, 0));
    emit("MOVL\tAX, 4(SP)");
    emit("MOVL\t%s, AX", mem_str(n, 0));
    if (esize != 1)
      emit("IMULL\t$%d, AX", esize);
    emit("MOVL\tAX, 8(SP)");
    rtcall("memmove", 12);
  } else {
    for (int i = 0; i < nvals; i++) {
      emit("MOVL\t%s, AX", mem_str(s, 4));
      if (i)
        emit("ADDL\t$%d, AX", i);
      if (esize != 1)
        emit("IMULL\t$%d, AX", esize);
      emit("ADDL\t%s, AX", mem_str(s, 0));
      emit("MOVL\tAX, DI");
      copy_mem((Mem){M_REG, NULL, 0, "DI"}, vals[i], esize);
    }
  }
  copy_mem(s, mem_add(s, 0), 0);
  emit("MOVL\t%s, AX", mem_str(newlen, 0));
  emit("MOVL\tAX, %s", mem_str(s, 4));
  copy_mem(dst, s, 12);
}

void gen_copy(Node *e) {
  Mem a = temp_words(12), b = temp_words(12);
  gen_into(e->list[0], a);
  bool str = is_string(e->list[1]->type);
  gen_into(e->list[1], b);
  copy_mem(out(0), a, 12);
  if (str) {
    copy_mem(out(12), b, 8);
    rtcall("slicestringcopy", 24);
    emit("MOVL\t20(SP), AX");
    return;
  }
  copy_mem(out(12), b, 12);
  emit("MOVL\t$%d, 24(SP)", underlying(underlying(e->list[0]->type)->elem)->size);
  rtcall("slicecopy", 32);
  emit("MOVL\t28(SP), AX");
}

// Go 1.7's back end computed a value bound for memory in BX (its first
// free register there), where ours computes in AX: the code after the last
// call of the value's evaluation is rewritten to BX when it touches neither
// BX nor an instruction tied to AX.
static bool value_in_bx(size_t mark) {
  char *b = fg->body.buf + mark;
  size_t n = fg->body.len - mark;
  // the tail after the last CALL
  char *tail = b;
  for (char *q = b; q < b + n; q++)
    if (!strncmp(q, "\tCALL", 5))
      tail = q;
  if (tail != b) {
    char *nl = memchr(tail, '\n', (size_t)(b + n - tail));
    if (!nl)
      return false;
    tail = nl + 1;
  }
  size_t tn = (size_t)(b + n - tail);
  static const char *tied[] = {"BX", "BL", "CDQ", "MULL", "DIVL", "IDIVL", "STOSL", "MOVSL", "DX", "\tIMULL\t", ":", NULL};
  char *t = cstrndup(tail, tn);
  for (int i = 0; tied[i]; i++)
    if (strstr(t, tied[i]))
      return false;
  if (!strstr(t, "AX"))
    return false;
  // AX or AL as a whole word (a register), never inside a name
  for (char *q = tail; q + 1 < b + n; q++) {
    bool start = q == tail || !(isalnum((unsigned char)q[-1]) || q[-1] == '_' || (unsigned char)q[-1] >= 0x80);
    bool end = q + 2 >= b + n || !(isalnum((unsigned char)q[2]) || q[2] == '_' || (unsigned char)q[2] >= 0x80);
    if (q[0] == 'A' && (q[1] == 'X' || q[1] == 'L') && start && end)
      q[0] = 'B';
  }
  return true;
}

void gen_into(Node *e, Mem dst) {
  Type *t = e->type;
  if (!t)
    fatal("internal error: untyped expression at %s:%d", e->pos.file, e->pos.line);
  if (is_scalar(t)) {
    int sz = underlying(t)->size;
    if (e->isconst && dst.kind != M_REG) {
      // Go 1.7 stores a constant straight to memory.
      if (sz == 8) {
        emit("MOVL\t$%d, %s", (int32_t)e->cval, mem_str(dst, 0));
        emit("MOVL\t$%d, %s", (int32_t)(e->cval >> 32), mem_str(dst, 4));
      } else {
        emit("%s\t$%d, %s", mov_store(sz), sz == 4 ? (int32_t)e->cval : sz == 2 ? (int16_t)e->cval : (int8_t)e->cval,
             mem_str(dst, 0));
      }
      return;
    }
    Node *x = e;
    while (x->kind == N_PAREN)
      x = x->l;
    Obj *o = (x->kind == N_IDENT || (x->kind == N_SELECTOR && x->obj)) ? x->obj : NULL;
    if (o && o->kind == O_VAR && dst.kind != M_REG && (o->vclass == V_GLOBAL || (o->fn == fg->fn && o->vclass != V_HEAP))) {
      // variable to memory: through BX, as Go 1.7's back end moved it
      copy_mem(dst, var_mem(o, "SI"), sz);
      return;
    }
    size_t mark = fg->body.len;
    gen_eval(e);
    if (sz == 4 && value_in_bx(mark)) {
      emit("MOVL\tBX, %s", mem_str(dst, 0));
      return;
    }
    gen_store_ax(t, dst);
    return;
  }
  int size = underlying(t)->size;
  if (e->isconst && is_string(t)) {
    string_lit_into(e->sval, e->slen, dst);
    return;
  }
  switch (e->kind) {
  case N_PAREN:
    gen_into(e->l, dst);
    return;
  case N_IDENT:
    if (e->obj->kind == O_NIL) {
      zero_mem(dst, size);
      return;
    }
    copy_mem(dst, var_mem(e->obj, "SI"), size);
    return;
  case N_SELECTOR:
    if (e->obj) {
      copy_mem(dst, var_mem(e->obj, "SI"), size);
      return;
    }
    copy_mem(dst, gen_addr(e, "SI"), size);
    return;
  case N_INDEX:
  case N_STAR:
    copy_mem(dst, gen_addr(e, "SI"), size);
    return;
  case N_COMPOSITE:
    gen_composite(e, dst);
    return;
  case N_SLICE:
    gen_slice(e, dst);
    return;
  case N_BINARY:
    gen_concat(e, dst);
    return;
  case N_CONV:
    gen_conv_into(e, dst);
    return;
  case N_CALL:
    if (is_builtin_call(e)) {
      if (e->builtin == B_APPEND) {
        gen_append(e, dst);
        return;
      }
      if (e->builtin == B_MAKE) {
        gen_make(e, dst);
        return;
      }
    }
    gen_call(e, 0);
    copy_mem(dst, out(call_result_off(e)), size);
    return;
  default:
    fatal("internal error: gen_into of node %d", e->kind);
  }
}

// ---------------------------------------------------------------- print

// One print argument, from memory (spilled) or evaluated in place.
static void print_one(Type *t, Node *x, Mem *from) {
  Type *u = underlying(t);
  const char *fn;
  int size;
  if (u->kind == TY_BOOL) {
    fn = "printbool", size = 4;
  } else if (is_string(u)) {
    fn = "printstring", size = 8;
  } else if (is_integer(u)) {
    fn = is_unsigned(u) ? "printuint" : "printint";
    size = 8;
  } else if (u->kind == TY_SLICE) {
    fn = "printslice", size = 12;
  } else {
    fn = "printpointer", size = 4;
  }
  if (from) {
    if (is_integer(u) && !is_wide(u)) {
      load_ax(t, *from);
      emit(is_unsigned(u) ? "MOVL\t$0, DX" : "CDQ");
      emit("MOVL\tAX, (SP)");
      emit("MOVL\tDX, 4(SP)");
    } else {
      copy_mem(out(0), *from, u->size);
    }
  } else if (is_integer(u) && !is_wide(u)) {
    gen_eval(x);
    emit(is_unsigned(u) ? "MOVL\t$0, DX" : "CDQ");
    emit("MOVL\tAX, (SP)");
    emit("MOVL\tDX, 4(SP)");
  } else if (u->kind == TY_BOOL) {
    gen_eval(x);
    emit("MOVB\tAL, (SP)");
  } else {
    gen_into(x, out(0));
  }
  rtcall(fn, size);
}

void gen_print(Node *e) {
  bool ln = e->builtin == B_PRINTLN;
  int n = e->nlist;
  Type **types = calloc_c((n + 8) * sizeof(Type *));
  Mem *tmp = NULL;
  bool spill = false;
  if (e->isdefault) {
    // print(f()): f's results, kept while the print calls run
    Node *call = e->list[0];
    gen_call(call, 0);
    ArgLayout l = call_layout(call);
    n = l.nres;
    types = l.restypes;
    tmp = calloc_c((n + 1) * sizeof(Mem));
    for (int i = 0; i < n; i++) {
      tmp[i] = new_temp(types[i]);
      copy_mem(tmp[i], out(l.resoff[i]), types[i]->size);
    }
    spill = true;
  } else {
    for (int i = 0; i < n; i++) {
      types[i] = e->list[i]->type;
      spill = spill || has_call(e->list[i]);
    }
    if (spill) {
      tmp = calloc_c((n + 1) * sizeof(Mem));
      for (int i = 0; i < n; i++) {
        tmp[i] = new_temp(types[i]);
        gen_into(e->list[i], tmp[i]);
      }
    }
  }
  rtcall("printlock", 0);
  for (int i = 0; i < n; i++) {
    if (ln && i)
      rtcall("printsp", 0);
    print_one(types[i], spill ? NULL : e->list[i], spill ? &tmp[i] : NULL);
  }
  if (ln)
    rtcall("printnl", 0);
  rtcall("printunlock", 0);
}
