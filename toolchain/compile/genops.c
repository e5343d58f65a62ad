// genops.c: operators, conversions, calls and built-ins -> 386 assembly,
// with genexpr.c's conventions (scalars in AX / AX:DX, wider values in
// memory, temporaries in the frame).
#include "compile.h"

#include <string.h>

ArgLayout arg_layout(Type *ft, Type *recv) {
  ArgLayout l = {0};
  int np = ft->nparams + (recv ? 1 : 0);
  l.n = np;
  l.nres = ft->nresults;
  l.off = calloc_c((np + 1) * sizeof(int));
  l.types = calloc_c((np + 1) * sizeof(Type *));
  l.resoff = calloc_c((ft->nresults + 1) * sizeof(int));
  l.restypes = ft->results;
  int off = 0;
  for (int i = 0; i < np; i++) {
    Type *t = recv ? (i == 0 ? recv : ft->params[i - 1]) : ft->params[i];
    l.types[i] = t;
    underlying(t);
    int a = t->align ? t->align : 1;
    off = (off + a - 1) / a * a;
    l.off[i] = off;
    off += t->size;
  }
  off = (off + 3) & ~3;
  for (int i = 0; i < ft->nresults; i++) {
    Type *t = ft->results[i];
    underlying(t);
    int a = t->align ? t->align : 1;
    off = (off + a - 1) / a * a;
    l.resoff[i] = off;
    off += t->size;
  }
  l.size = (off + 3) & ~3;
  return l;
}

void need_out(int size) {
  if (size > fg->maxout)
    fg->maxout = size;
}

Mem out(int off) { return (Mem){M_OUT, NULL, off, NULL}; }

// ---------------------------------------------------------------- runtime calls

// A runtime call whose arguments are already in the outgoing area.
void rtcall(const char *fn, int argsize) {
  need_out(argsize);
  emit("CALL\truntime·%s(SB)", fn);
}

// String bytes at a file-local symbol; the value's two words into dst.
void string_lit_into(const char *s, int len, Mem dst) {
  if (len == 0) {
    emit("MOVL\t$0, %s", mem_str(dst, 0));
  } else {
    emit("MOVL\t$%s(SB), BX", string_sym(s, len));
    emit("MOVL\tBX, %s", mem_str(dst, 0));
  }
  emit("MOVL\t$%d, %s", len, mem_str(dst, 4));
}

// ---------------------------------------------------------------- scalars

static bool simple_operand(Node *e) {
  if (e->isconst && is_integer(e->type) && !is_wide(e->type))
    return true;
  if (e->kind == N_IDENT && e->obj && e->obj->kind == O_VAR && !is_wide(e->type) && underlying(e->type)->size == 4) {
    Obj *o = e->obj;
    return o->fn == fg->fn ? (o->vclass == V_PARAM || o->vclass == V_AUTO) : o->vclass == V_GLOBAL;
  }
  return false;
}

static const char *operand_str(Node *e) {
  if (e->isconst)
    return cfmt("$%d", (int32_t)e->cval);
  return mem_str(var_mem(e->obj, "SI"), 0);
}

static const char *jcc(int op, bool uns) {
  switch (op) {
  case OP_EQ: return "JEQ";
  case OP_NE: return "JNE";
  case '<': return uns ? "JCS" : "JLT";
  case OP_LE: return uns ? "JLS" : "JLE";
  case '>': return uns ? "JHI" : "JGT";
  case OP_GE: return uns ? "JCC" : "JGE";
  }
  return "JMP";
}

static int negate(int op) {
  switch (op) {
  case OP_EQ: return OP_NE;
  case OP_NE: return OP_EQ;
  case '<': return OP_GE;
  case OP_GE: return '<';
  case '>': return OP_LE;
  case OP_LE: return '>';
  }
  return op;
}

static bool is_cmp(int op) {
  return op == OP_EQ || op == OP_NE || op == '<' || op == '>' || op == OP_LE || op == OP_GE;
}

// Two string values compared by the runtime: cmpstring's int in AX,
// compared with 0 by op.
static void string_compare(Node *e) {
  Mem a = gen_value_mem(e->l);
  if (a.kind == M_REG) {
    Mem t = temp_words(8);
    copy_mem(t, a, 8);
    a = t;
  }
  Mem b = gen_value_mem(e->r);
  if (b.kind == M_REG || has_call(e->r)) {
    Mem t = temp_words(8);
    copy_mem(t, b, 8);
    b = t;
  }
  copy_mem(out(0), a, 8);
  copy_mem(out(8), b, 8);
  if (e->op == OP_EQ || e->op == OP_NE) {
    rtcall("eqstring", 20);
    emit("MOVBLZX\t16(SP), AX");
    if (e->op == OP_NE)
      emit("XORL\t$1, AX");
    return;
  }
  rtcall("cmpstring", 20);
  emit("MOVL\t16(SP), AX");
  emit("CMPL\tAX, $0");
  int t = new_label(), end = new_label();
  emit("%s\tL%d", jcc(e->op, false), t);
  emit("MOVL\t$0, AX");
  emit("JMP\tL%d", end);
  emit_label(t);
  emit("MOVL\t$1, AX");
  emit_label(end);
}

// Left in AX(:DX), right in a temp (or an immediate/simple operand).
static const char *binary_operands(Node *e) {
  if (simple_operand(e->r) && !is_wide(e->l->type)) {
    gen_eval(e->l);
    return operand_str(e->r);
  }
  gen_eval(e->r);
  Mem t = temp_words(8);
  gen_store_ax(is_wide(e->r->type) ? e->r->type : t_uint32, t);
  if (is_wide(e->r->type)) {
    gen_eval(e->l);
    return mem_str(t, 0);
  }
  gen_eval(e->l);
  return mem_str(t, 0);
}

static void wide_binary(Node *e) {
  gen_eval(e->r);
  Mem t = temp_words(8);
  emit("MOVL\tAX, %s", mem_str(t, 0));
  emit("MOVL\tDX, %s", mem_str(t, 4));
  gen_eval(e->l);
  bool uns = is_unsigned(e->type);
  switch (e->op) {
  case '+': emit("ADDL\t%s, AX", mem_str(t, 0)); emit("ADCL\t%s, DX", mem_str(t, 4)); return;
  case '-': emit("SUBL\t%s, AX", mem_str(t, 0)); emit("SBBL\t%s, DX", mem_str(t, 4)); return;
  case '&': emit("ANDL\t%s, AX", mem_str(t, 0)); emit("ANDL\t%s, DX", mem_str(t, 4)); return;
  case '|': emit("ORL\t%s, AX", mem_str(t, 0)); emit("ORL\t%s, DX", mem_str(t, 4)); return;
  case '^': emit("XORL\t%s, AX", mem_str(t, 0)); emit("XORL\t%s, DX", mem_str(t, 4)); return;
  case OP_ANDNOT:
    emit("MOVL\t%s, BX", mem_str(t, 0)); emit("NOTL\tBX"); emit("ANDL\tBX, AX");
    emit("MOVL\t%s, BX", mem_str(t, 4)); emit("NOTL\tBX"); emit("ANDL\tBX, DX");
    return;
  case '*': {
    // (ah:al)*(bh:bl) mod 2^64 = al*bl + ((ah*bl + al*bh) << 32)
    Mem l = temp_words(8);
    emit("MOVL\tAX, %s", mem_str(l, 0));
    emit("MOVL\tDX, %s", mem_str(l, 4));
    emit("MOVL\t%s, BX", mem_str(l, 4));
    emit("IMULL\t%s, BX", mem_str(t, 0));
    emit("MOVL\t%s, CX", mem_str(t, 4));
    emit("IMULL\t%s, CX", mem_str(l, 0));
    emit("ADDL\tCX, BX");
    emit("MOVL\t%s, AX", mem_str(l, 0));
    emit("MULL\t%s", mem_str(t, 0));
    emit("ADDL\tBX, DX");
    return;
  }
  case '/': case '%': {
    Mem l = temp_words(8);
    emit("MOVL\tAX, %s", mem_str(l, 0));
    emit("MOVL\tDX, %s", mem_str(l, 4));
    copy_mem(out(0), l, 8);
    copy_mem(out(8), t, 8);
    rtcall(e->op == '/' ? (uns ? "uint64div" : "int64div") : (uns ? "uint64mod" : "int64mod"), 24);
    emit("MOVL\t16(SP), AX");
    emit("MOVL\t20(SP), DX");
    return;
  }
  }
}

// The operands of a shift: the count in CX, the value in AX (AX:DX when
// wide). The count is evaluated first and kept in a temporary while the
// value is; a 64-bit count with a non-zero high word becomes clamp, already
// at least the width, so that the low word alone decides.
static void shift_operands(Node *e, int clamp) {
  gen_eval(e->r);
  if (is_wide(e->r->type)) {
    int ok = new_label();
    emit("CMPL\tDX, $0");
    emit("JEQ\tL%d", ok);
    emit("MOVL\t$%d, AX", clamp);
    emit_label(ok);
  }
  Mem c = temp_words(4);
  emit("MOVL\tAX, %s", mem_str(c, 0));
  gen_eval(e->l);
  emit("MOVL\t%s, CX", mem_str(c, 0));
}

static void wide_shift(Node *e) {
  shift_operands(e, 64);
  bool uns = is_unsigned(e->type);
  int big = new_label(), done = new_label();
  emit("CMPL\tCX, $32");
  emit("JCC\tL%d", big);
  if (e->op == OP_SHL) {
    emit("SHLL\tCX, AX, DX");
    emit("SHLL\tCX, AX");
  } else {
    emit("SHRL\tCX, DX, AX");
    emit("%s\tCX, DX", uns ? "SHRL" : "SARL");
  }
  emit("JMP\tL%d", done);
  emit_label(big);
  int huge = new_label();
  emit("CMPL\tCX, $64");
  emit("JCC\tL%d", huge);
  emit("SUBL\t$32, CX");
  if (e->op == OP_SHL) {
    emit("SHLL\tCX, AX");
    emit("MOVL\tAX, DX");
    emit("MOVL\t$0, AX");
  } else if (uns) {
    emit("SHRL\tCX, DX");
    emit("MOVL\tDX, AX");
    emit("MOVL\t$0, DX");
  } else {
    emit("SARL\tCX, DX");
    emit("MOVL\tDX, AX");
    emit("SARL\t$31, DX");
  }
  emit("JMP\tL%d", done);
  emit_label(huge);
  if (e->op == OP_SHL || uns) {
    emit("MOVL\t$0, AX");
    emit("MOVL\t$0, DX");
  } else {
    emit("SARL\t$31, DX");
    emit("MOVL\tDX, AX");
  }
  emit_label(done);
}

static void shift32(Node *e) {
  shift_operands(e, 255);
  bool uns = is_unsigned(e->type);
  // Go: a count of the width or more gives 0 (or the sign for >>).
  int big = new_label(), done = new_label();
  emit("CMPL\tCX, $32");
  emit("JCC\tL%d", big);
  emit("%s\tCX, AX", e->op == OP_SHL ? "SHLL" : uns ? "SHRL" : "SARL");
  emit("JMP\tL%d", done);
  emit_label(big);
  if (e->op == OP_SHL || uns)
    emit("MOVL\t$0, AX");
  else
    emit("SARL\t$31, AX");
  emit_label(done);
  normalize(e->type);
}

static void compare_value(Node *e) {
  int t = new_label(), end = new_label();
  gen_cond(e, true, t);
  emit("MOVL\t$0, AX");
  emit("JMP\tL%d", end);
  emit_label(t);
  emit("MOVL\t$1, AX");
  emit_label(end);
}

static void gen_binary(Node *e) {
  int op = e->op;
  if (op == OP_ANDAND || op == OP_OROR || is_cmp(op)) {
    if (is_cmp(op) && is_string(e->l->type)) {
      string_compare(e);
      return;
    }
    compare_value(e);
    return;
  }
  if (op == OP_SHL || op == OP_SHR) {
    if (is_wide(e->type))
      wide_shift(e);
    else
      shift32(e);
    return;
  }
  if (is_wide(e->type)) {
    wide_binary(e);
    return;
  }
  bool uns = is_unsigned(e->type);
  if (op == '/' || op == '%') {
    gen_eval(e->r);
    Mem d = temp_words(4);
    emit("MOVL\tAX, %s", mem_str(d, 0));
    gen_eval(e->l);
    emit("MOVL\t%s, BX", mem_str(d, 0));
    int ok = new_label();
    emit("TESTL\tBX, BX");
    emit("JNE\tL%d", ok);
    panic_call("panicdivide");
    emit_label(ok);
    if (uns) {
      emit("MOVL\t$0, DX");
      emit("DIVL\tBX");
    } else {
      // -1: Go defines x / -1 = -x, x % -1 = 0, where IDIVL would trap.
      int notm1 = new_label(), done = new_label();
      emit("CMPL\tBX, $-1");
      emit("JNE\tL%d", notm1);
      if (op == '/')
        emit("NEGL\tAX");
      else
        emit("MOVL\t$0, AX");
      emit("JMP\tL%d", done);
      emit_label(notm1);
      emit("CDQ");
      emit("IDIVL\tBX");
      if (op == '%')
        emit("MOVL\tDX, AX");
      emit_label(done);
      normalize(e->type);
      return;
    }
    if (op == '%')
      emit("MOVL\tDX, AX");
    normalize(e->type);
    return;
  }
  const char *r = binary_operands(e);
  switch (op) {
  case '+': emit(strcmp(r, "$1") ? "ADDL\t%s, AX" : "INCL\tAX", r); break;   // Go 1.7: x+1 is INCL
  case '-': emit(strcmp(r, "$1") ? "SUBL\t%s, AX" : "DECL\tAX", r); break;
  case '*': emit("IMULL\t%s, AX", r); break;
  case '&': emit("ANDL\t%s, AX", r); break;
  case '|': emit("ORL\t%s, AX", r); break;
  case '^': emit("XORL\t%s, AX", r); break;
  case OP_ANDNOT:
    emit("MOVL\t%s, BX", r);
    emit("NOTL\tBX");
    emit("ANDL\tBX, AX");
    break;
  }
  normalize(e->type);
}

void gen_cond(Node *e, bool jumpif, int label) {
  while (e->kind == N_PAREN)
    e = e->l;
  if (e->isconst) {
    if (!!e->cval == jumpif)
      emit("JMP\tL%d", label);
    return;
  }
  if (e->kind == N_UNARY && e->op == '!') {
    gen_cond(e->l, !jumpif, label);
    return;
  }
  if (e->kind == N_BINARY && (e->op == OP_ANDAND || e->op == OP_OROR)) {
    bool isand = e->op == OP_ANDAND;
    if (isand != jumpif) {
      // &&, jump if false / ||, jump if true: either side decides
      gen_cond(e->l, jumpif, label);
      gen_cond(e->r, jumpif, label);
    } else {
      int skip = new_label();
      gen_cond(e->l, !jumpif, skip);
      gen_cond(e->r, jumpif, label);
      emit_label(skip);
    }
    return;
  }
  if (e->kind == N_BINARY && is_cmp(e->op) && !is_string(e->l->type)) {
    int op = jumpif ? e->op : negate(e->op);
    Type *lt = e->l->type;
    bool uns = is_unsigned(lt) || underlying(lt)->kind == TY_PTR || underlying(lt)->kind == TY_UNSAFEPTR;
    if (is_wide(lt)) {
      gen_eval(e->r);
      Mem t = temp_words(8);
      emit("MOVL\tAX, %s", mem_str(t, 0));
      emit("MOVL\tDX, %s", mem_str(t, 4));
      gen_eval(e->l);
      int no = new_label();
      if (op == OP_EQ) {
        emit("CMPL\tDX, %s", mem_str(t, 4));
        emit("JNE\tL%d", no);
        emit("CMPL\tAX, %s", mem_str(t, 0));
        emit("JEQ\tL%d", label);
      } else if (op == OP_NE) {
        emit("CMPL\tDX, %s", mem_str(t, 4));
        emit("JNE\tL%d", label);
        emit("CMPL\tAX, %s", mem_str(t, 0));
        emit("JNE\tL%d", label);
      } else {
        // high words decide unless equal; then the low words, unsigned
        int strict = op == '<' || op == OP_LE ? '<' : '>';
        emit("CMPL\tDX, %s", mem_str(t, 4));
        emit("%s\tL%d", jcc(strict, uns), label);
        emit("JNE\tL%d", no);
        emit("CMPL\tAX, %s", mem_str(t, 0));
        emit("%s\tL%d", jcc(op, true), label);
      }
      emit_label(no);
      return;
    }
    Type *u = underlying(lt);
    if (u->kind == TY_SLICE || u->kind == TY_FUNC) {
      // against nil: the pointer word
      Node *x = e->l->type->kind == TY_NIL || (e->l->kind == N_IDENT && e->l->obj && e->l->obj->kind == O_NIL) ? e->r : e->l;
      if (u->kind == TY_SLICE) {
        Mem m = gen_value_mem(x);
        emit("MOVL\t%s, AX", mem_str(m, 0));
      } else {
        gen_eval(x);
      }
      emit("CMPL\tAX, $0");
      emit("%s\tL%d", jcc(op, true), label);
      return;
    }
    const char *r = binary_operands(e);
    emit("CMPL\tAX, %s", r);
    emit("%s\tL%d", jcc(op, uns), label);
    return;
  }
  gen_eval(e);
  emit("CMPB\tAL, $0");
  emit("%s\tL%d", jumpif ? "JNE" : "JEQ", label);
}

static void gen_conv_scalar(Node *e) {
  Node *x = e->list[0];
  Type *from = x->type, *to = e->type;
  gen_eval(x);
  if (is_wide(to) && !is_wide(from)) {
    if (is_unsigned(from))
      emit("MOVL\t$0, DX");
    else
      emit("CDQ");
    return;
  }
  normalize(to);
}

static void gen_len(Node *e) {
  Node *x = e->list[0];
  Type *u = underlying(x->type);
  if (u->kind == TY_PTR) {
    emit("MOVL\t$%lld, AX", (long long)underlying(u->elem)->len);
    return;
  }
  Mem m = gen_value_mem(x);
  emit("MOVL\t%s, AX", mem_str(m, e->builtin == B_CAP ? 8 : 4));
}

void gen_eval(Node *e) {
  if (e->isconst) {
    int64_t v = e->cval;
    emit("MOVL\t$%d, AX", (int32_t)v);
    if (is_wide(e->type))
      emit("MOVL\t$%d, DX", (int32_t)(v >> 32));
    return;
  }
  switch (e->kind) {
  case N_PAREN:
    gen_eval(e->l);
    return;
  case N_IDENT: {
    Obj *o = e->obj;
    if (o->kind == O_NIL) {
      emit("MOVL\t$0, AX");
      return;
    }
    if (o->kind == O_FUNC) {
      emit("MOVL\t$%s(SB), AX", funcval_sym_name(obj_sym(o)));
      return;
    }
    load_ax(e->type, var_mem(o, "SI"));
    return;
  }
  case N_FUNCLIT: {
    GoFunc *f = e->fn;
    if (!f->ncaptures) {
      emit("MOVL\t$%s(SB), AX", funcval_sym(f));
      return;
    }
    // A closure: {code, &captured...} in a heap object.
    int size = 4 * (f->ncaptures + 1);
    Type *ct = new_type(TY_ARRAY);
    ct->size = size;
    ct->align = 4;
    emit("MOVL\t$%s(SB), AX", type_sym(ct));
    emit("MOVL\tAX, (SP)");
    rtcall("newobject", 8);
    emit("MOVL\t4(SP), DI");
    emit("MOVL\t$%s(SB), AX", func_sym(f));
    emit("MOVL\tAX, (DI)");
    Mem p = temp_words(4);
    emit("MOVL\tDI, %s", mem_str(p, 0));
    for (int i = 0; i < f->ncaptures; i++) {
      Obj *o = f->captures[i];
      Mem m = var_mem(o, "SI");   // V_HEAP: SI = its address
      if (m.kind != M_REG)
        fatal("internal error: captured %s not on the heap", o->name);
      emit("MOVL\t%s, DI", mem_str(p, 0));
      emit("MOVL\tSI, %d(DI)", 4 * (i + 1));
    }
    emit("MOVL\t%s, AX", mem_str(p, 0));
    return;
  }
  case N_SELECTOR:
    if (e->obj) {   // pkg.Name
      Obj *o = e->obj;
      if (o->kind == O_FUNC) {
        emit("MOVL\t$%s(SB), AX", funcval_sym_name(obj_sym(o)));
        return;
      }
      load_ax(e->type, var_mem(o, "SI"));
      return;
    }
    if (e->method)
      unsupported(e->pos, "method values");
    load_ax(e->type, gen_addr(e, "SI"));
    return;
  case N_INDEX:
    load_ax(e->type, gen_addr(e, "SI"));
    return;
  case N_STAR:
    load_ax(e->type, gen_addr(e, "SI"));
    return;
  case N_ADDR: {
    Node *x = e->l;
    while (x->kind == N_PAREN)
      x = x->l;
    if (x->kind == N_COMPOSITE) {
      emit("MOVL\t$%s(SB), AX", type_sym(x->type));
      emit("MOVL\tAX, (SP)");
      rtcall("newobject", 8);
      Mem p = temp_words(4);
      emit("MOVL\t4(SP), AX");
      emit("MOVL\tAX, %s", mem_str(p, 0));
      if (x->nlist) {
        Mem t = new_temp(x->type);
        gen_into(x, t);
        emit("MOVL\t%s, DI", mem_str(p, 0));
        copy_mem((Mem){M_REG, NULL, 0, "DI"}, t, x->type->size);
      }
      emit("MOVL\t%s, AX", mem_str(p, 0));
      return;
    }
    if (x->kind == N_IDENT && x->obj->vclass == V_GLOBAL) {
      emit("MOVL\t$%s(SB), AX", obj_sym(x->obj));
      return;
    }
    Mem m = gen_addr(x, "SI");
    if (m.kind == M_REG && m.off == 0)
      emit("MOVL\t%s, AX", m.reg);
    else
      emit("LEAL\t%s, AX", mem_str(m, 0));
    return;
  }
  case N_UNARY:
    gen_eval(e->l);
    if (e->op == '-') {
      if (is_wide(e->type)) {
        emit("NEGL\tAX");
        emit("ADCL\t$0, DX");
        emit("NEGL\tDX");
      } else {
        emit("NEGL\tAX");
        normalize(e->type);
      }
    } else if (e->op == '^') {
      emit("NOTL\tAX");
      if (is_wide(e->type))
        emit("NOTL\tDX");
      else
        normalize(e->type);
    } else if (e->op == '!') {
      emit("XORL\t$1, AX");
    }
    return;
  case N_BINARY:
    gen_binary(e);
    return;
  case N_CONV:
    gen_conv_scalar(e);
    return;
  case N_CALL:
    if (e->builtin == B_LEN || e->builtin == B_CAP) {
      if (e->l->kind == N_IDENT && e->l->obj && e->l->obj->kind == O_BUILTIN) {
        gen_len(e);
        return;
      }
    }
    if (e->l->kind == N_IDENT && e->l->obj && e->l->obj->kind == O_BUILTIN) {
      if (e->builtin == B_NEW) {
        Type *t = underlying(e->type)->elem;
        emit("MOVL\t$%s(SB), AX", type_sym(t));
        emit("MOVL\tAX, (SP)");
        rtcall("newobject", 8);
        emit("MOVL\t4(SP), AX");
        return;
      }
      if (e->builtin == B_COPY) {
        extern void gen_copy(Node *e);
        gen_copy(e);
        return;
      }
    }
    gen_call(e, 0);
    load_ax(e->type, out(call_result_off(e)));
    return;
  default:
    fatal("internal error: gen_eval of node %d at %s:%d", e->kind, e->pos.file, e->pos.line);
  }
}


