// genexpr.c: expressions -> 386 assembly. A scalar value (at most a word,
// or an int64 as AX:DX) is computed into AX, sign- or zero-extended to 32
// bits by its type; anything wider (strings, slices, structs, arrays) is
// built in memory. Every register is free between expressions: a value
// that must survive the evaluation of another lives in a frame temporary,
// as Go 1.7's back end kept it (autotmp_N). BX is the scratch register for
// memory-to-memory moves, SI and DI hold pointers, CX is left to the
// assembler's -dynlink GOT loads and to shift counts.
#include "compile.h"

#include <stdlib.h>
#include <string.h>

FnGen *fg;

void emit(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = NULL;
  if (vasprintf(&s, fmt, ap) < 0)
    fatal("out of memory");
  va_end(ap);
  buf_putc(&fg->body, '\t');
  buf_puts(&fg->body, s);
  buf_putc(&fg->body, '\n');
  free(s);
}

int new_label(void) { return ++fg->nlabels; }

void emit_label(int l) { buf_printf(&fg->body, "L%d:\n", l); }

const char *mem_str(Mem m, int extra) {
  int off = m.off + extra;
  switch (m.kind) {
  case M_AUTO: return cfmt("%s%+d(SP)", m.name, off);
  case M_PARAM: return cfmt("%s+%d(FP)", m.name, off);
  case M_GLOBAL: return off ? cfmt("%s+%d(SB)", m.name, off) : cfmt("%s(SB)", m.name);
  case M_REG: return off ? cfmt("%d(%s)", off, m.reg) : cfmt("(%s)", m.reg);
  case M_OUT: return off ? cfmt("%d(SP)", off) : "(SP)";
  }
  return "?";
}

Mem mem_add(Mem m, int extra) {
  m.off += extra;
  return m;
}

// An identifier the assembler accepts, for a local's name in name-8(SP).
const char *asm_name(const char *s) {
  char *r = cstrndup(s, strlen(s));
  for (char *p = r; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_'))
      *p = '_';
  if (r[0] >= '0' && r[0] <= '9')
    return cfmt("_%s", r);
  return r;
}

static int alloc_auto(int size) {
  size = (size + 3) & ~3;
  if (size == 0)
    size = 4;
  fg->autosize += size;
  return -fg->autosize;
}

Mem new_temp(Type *t) {
  int size = t ? t->size : 4;
  Mem m = {M_AUTO, cfmt("autotmp_%d", fg->ntemps++), alloc_auto(size), NULL};
  return m;
}

Mem temp_words(int size) {
  Mem m = {M_AUTO, cfmt("autotmp_%d", fg->ntemps++), alloc_auto(size), NULL};
  return m;
}

// The frame slot of a capture inside a closure, by its index.
static int capture_index(Obj *o) {
  GoFunc *f = fg->fn;
  for (int i = 0; i < f->ncaptures; i++)
    if (f->captures[i] == o)
      return i;
  return -1;
}

Mem var_mem(Obj *o, const char *reg) {
  if (o->vclass == V_GLOBAL)
    return (Mem){M_GLOBAL, obj_sym(o), 0, NULL};
  if (o->fn != fg->fn) {
    // A variable of an enclosing function: its address was copied from
    // the closure's context into a slot at entry.
    int i = capture_index(o);
    if (i < 0)
      fatal("internal error: %s not captured by %s", o->name, fg->fn->name);
    emit("MOVL\taddr_%s%+d(SP), %s", asm_name(o->name), -4 * (i + 1), reg);
    return (Mem){M_REG, NULL, 0, reg};
  }
  if (o->vclass == V_HEAP) {
    if (!o->slot)
      o->slot = alloc_auto(4);
    emit("MOVL\taddr_%s%+d(SP), %s", asm_name(o->name), o->slot, reg);
    return (Mem){M_REG, NULL, 0, reg};
  }
  if (o->vclass == V_PARAM)
    return (Mem){M_PARAM, asm_name(o->name), o->offset, NULL};
  if (!o->offset)
    o->offset = alloc_auto(o->type->size);
  return (Mem){M_AUTO, asm_name(o->name), o->offset, NULL};
}

bool is_wide(Type *t) {
  Type *u = underlying(t);
  return u->kind == TY_INT64 || u->kind == TY_UINT64;
}

bool is_scalar(Type *t) {
  Type *u = underlying(t);
  switch (u->kind) {
  case TY_STRING: case TY_SLICE: case TY_STRUCT: case TY_ARRAY: case TY_TUPLE:
    return false;
  default:
    return true;
  }
}

const char *mov_load(Type *t) {
  Type *u = underlying(t);
  switch (u->size) {
  case 1: return is_unsigned(u) || u->kind == TY_BOOL ? "MOVBLZX" : "MOVBLSX";
  case 2: return is_unsigned(u) ? "MOVWLZX" : "MOVWLSX";
  default: return "MOVL";
  }
}

const char *mov_store(int size) {
  return size == 1 ? "MOVB" : size == 2 ? "MOVW" : "MOVL";
}

const char *reg_sized(const char *r, int size) {
  if (size == 1) {
    if (!strcmp(r, "AX")) return "AL";
    if (!strcmp(r, "BX")) return "BL";
    if (!strcmp(r, "CX")) return "CL";
    if (!strcmp(r, "DX")) return "DL";
  }
  return r;
}

void zero_mem(Mem m, int size) {
  if (size > 64 && m.kind != M_REG) {
    emit("LEAL\t%s, DI", mem_str(m, 0));
    emit("MOVL\t$%d, CX", size / 4);
    emit("MOVL\t$0, AX");
    emit("REP");
    emit("STOSL");
    for (int k = size & ~3; k < size; k++)
      emit("MOVB\t$0, %s", mem_str(m, k));
    return;
  }
  int k = 0;
  for (; k + 4 <= size; k += 4)
    emit("MOVL\t$0, %s", mem_str(m, k));
  for (; k + 2 <= size; k += 2)
    emit("MOVW\t$0, %s", mem_str(m, k));
  for (; k < size; k++)
    emit("MOVB\t$0, %s", mem_str(m, k));
}

void copy_mem(Mem dst, Mem src, int size) {
  if (size > 64) {
    emit("LEAL\t%s, AX", mem_str(src, 0));
    emit("LEAL\t%s, DI", mem_str(dst, 0));
    emit("MOVL\tAX, SI");
    emit("MOVL\t$%d, CX", size / 4);
    emit("REP");
    emit("MOVSL");
    for (int k = size & ~3; k < size; k++) {
      emit("MOVB\t%d(SI), BL", k - (size & ~3));
      emit("MOVB\tBL, %d(DI)", k - (size & ~3));
    }
    return;
  }
  int k = 0;
  for (; k + 4 <= size; k += 4) {
    emit("MOVL\t%s, BX", mem_str(src, k));
    emit("MOVL\tBX, %s", mem_str(dst, k));
  }
  for (; k + 2 <= size; k += 2) {
    emit("MOVW\t%s, BX", mem_str(src, k));
    emit("MOVW\tBX, %s", mem_str(dst, k));
  }
  for (; k < size; k++) {
    emit("MOVB\t%s, BL", mem_str(src, k));
    emit("MOVB\tBL, %s", mem_str(dst, k));
  }
}

void gen_store_ax(Type *t, Mem dst) {
  int size = underlying(t)->size;
  if (size == 8) {
    emit("MOVL\tAX, %s", mem_str(dst, 0));
    emit("MOVL\tDX, %s", mem_str(dst, 4));
  } else if (size == 1) {
    emit("MOVB\tAL, %s", mem_str(dst, 0));
  } else if (size == 2) {
    emit("MOVW\tAX, %s", mem_str(dst, 0));
  } else if (size == 4) {
    emit("MOVL\tAX, %s", mem_str(dst, 0));
  }
}

void load_ax(Type *t, Mem src) {
  if (is_wide(t)) {
    emit("MOVL\t%s, AX", mem_str(src, 0));
    emit("MOVL\t%s, DX", mem_str(src, 4));
  } else {
    emit("%s\t%s, AX", mov_load(t), mem_str(src, 0));
  }
}

// Re-extends AX to t's width after arithmetic.
void normalize(Type *t) {
  Type *u = underlying(t);
  if (u->size == 1)
    emit("%s\tAL, AX", is_unsigned(u) || u->kind == TY_BOOL ? "MOVBLZX" : "MOVBLSX");
  else if (u->size == 2)
    emit("%s\tAX, AX", is_unsigned(u) ? "MOVWLZX" : "MOVWLSX");
}

bool has_call(Node *e) {
  if (!e)
    return false;
  switch (e->kind) {
  case N_CALL:
    return true;
  case N_CONV:
    return (is_string(e->type) && !is_string(e->list[0]->type)) || (!is_string(e->type) && is_string(e->list[0]->type)) ||
           has_call(e->list[0]);
  case N_FUNCLIT:
    return e->fn && e->fn->ncaptures > 0;
  case N_ADDR:
    return e->l->kind == N_COMPOSITE || has_call(e->l) ||
           (e->l->kind == N_IDENT && 0);
  case N_COMPOSITE:
    if (underlying(e->type)->kind == TY_SLICE)
      return true;
    for (int i = 0; i < e->nlist; i++)
      if (has_call(e->list[i]))
        return true;
    return false;
  case N_KEYVAL:
    return has_call(e->r);
  case N_BINARY:
    if (e->op == '+' && is_string(e->type) && !e->isconst)
      return true;
    if ((e->op == OP_EQ || e->op == OP_NE || e->op == '<' || e->op == '>' || e->op == OP_LE || e->op == OP_GE) &&
        e->l->type && is_string(e->l->type) && !e->isconst)
      return true;
    if ((e->op == '/' || e->op == '%') && is_wide(e->type))
      return true;
    return has_call(e->l) || has_call(e->r);
  case N_UNARY: case N_STAR: case N_PAREN: case N_SELECTOR:
    return has_call(e->l);
  case N_INDEX:
    return has_call(e->l) || has_call(e->r);
  case N_SLICE:
    return has_call(e->l) || has_call(e->lo) || has_call(e->hi) || has_call(e->max);
  default:
    return false;
  }
}

// ---------------------------------------------------------------- addresses

void panic_call(const char *fn) {
  emit("CALL\truntime·%s(SB)", fn);
  emit("UD2");
}

// Index check: AX (the index) against the length at lenmem; unsigned, so
// a negative index fails too.
void bounds_check(Mem lenmem, bool isreg_len, int64_t constlen) {
  int ok = new_label();
  if (isreg_len)
    emit("CMPL\tAX, %s", mem_str(lenmem, 0));
  else
    emit("CMPL\tAX, $%lld", (long long)constlen);
  emit("JCS\tL%d", ok);
  panic_call("panicindex");
  emit_label(ok);
}

Mem gen_addr(Node *e, const char *reg) {
  switch (e->kind) {
  case N_PAREN:
    return gen_addr(e->l, reg);
  case N_IDENT:
    return var_mem(e->obj, reg);
  case N_STAR:
    gen_eval(e->l);
    emit("MOVL\tAX, %s", reg);
    emit("TESTB\tAL, (%s)", reg);   // Go's nil check: fault here, not later
    return (Mem){M_REG, NULL, 0, reg};
  case N_SELECTOR: {
    if (e->obj)   // pkg.V
      return var_mem(e->obj, reg);
    Type *bt = e->l->type;
    Mem m;
    if (underlying(bt)->kind == TY_PTR) {
      gen_eval(e->l);
      emit("MOVL\tAX, %s", reg);
      m = (Mem){M_REG, NULL, 0, reg};
    } else if (is_addressable(e->l)) {
      m = gen_addr(e->l, reg);
    } else {
      m = gen_value_mem(e->l);
    }
    for (int i = 0; i < e->npath; i++) {
      Node *s = e->path[i];
      m = mem_add(m, s->fieldoff);
      if (underlying(s->type)->kind == TY_PTR) {
        emit("MOVL\t%s, %s", mem_str(m, 0), reg);
        m = (Mem){M_REG, NULL, 0, reg};
      }
    }
    return mem_add(m, e->fieldoff);
  }
  case N_INDEX: {
    Type *lt = underlying(e->l->type);
    Type *et = e->type;
    int esize = underlying(et)->size;
    if (lt->kind == TY_ARRAY || (lt->kind == TY_PTR && underlying(lt->elem)->kind == TY_ARRAY)) {
      Type *at = lt->kind == TY_PTR ? underlying(lt->elem) : lt;
      if (e->r->isconst) {
        Mem m;
        if (lt->kind == TY_PTR) {
          gen_eval(e->l);
          emit("MOVL\tAX, %s", reg);
          m = (Mem){M_REG, NULL, 0, reg};
        } else if (is_addressable(e->l)) {
          m = gen_addr(e->l, reg);
        } else {
          m = gen_value_mem(e->l);
        }
        return mem_add(m, (int)(e->r->cval * esize));
      }
      // base address to a temp, index into AX, checked
      Mem base = temp_words(4);
      if (lt->kind == TY_PTR) {
        gen_eval(e->l);
      } else {
        Mem m = is_addressable(e->l) ? gen_addr(e->l, "SI") : gen_value_mem(e->l);
        emit("LEAL\t%s, AX", mem_str(m, 0));
      }
      emit("MOVL\tAX, %s", mem_str(base, 0));
      gen_eval(e->r);
      bounds_check(base, false, at->len);
      emit("MOVL\t%s, %s", mem_str(base, 0), reg);
      if (esize == 1 || esize == 2 || esize == 4 || esize == 8) {
        emit("LEAL\t(%s)(AX*%d), %s", reg, esize, reg);
      } else {
        emit("IMULL\t$%d, AX", esize);
        emit("ADDL\tAX, %s", reg);
      }
      return (Mem){M_REG, NULL, 0, reg};
    }
    // slice or string: ptr, len
    Mem s = gen_value_mem(e->l);
    if (s.kind == M_REG) {
      Mem t = temp_words(8);
      copy_mem(t, s, 8);
      s = t;
    }
    gen_eval(e->r);
    bounds_check(mem_add(s, 4), true, 0);
    emit("MOVL\t%s, %s", mem_str(s, 0), reg);
    if (esize == 1 || esize == 2 || esize == 4 || esize == 8) {
      emit("LEAL\t(%s)(AX*%d), %s", reg, esize, reg);
    } else {
      emit("IMULL\t$%d, AX", esize);
      emit("ADDL\tAX, %s", reg);
    }
    return (Mem){M_REG, NULL, 0, reg};
  }
  default: {
    Mem m = gen_value_mem(e);
    return m;
  }
  }
}

// e's value in memory: a variable where it lies, anything else in a temp.
Mem gen_value_mem(Node *e) {
  if (e->kind == N_PAREN)
    return gen_value_mem(e->l);
  if (e->kind == N_IDENT && e->obj && e->obj->kind == O_VAR) {
    Obj *o = e->obj;
    if (o->vclass == V_GLOBAL || (o->fn == fg->fn && (o->vclass == V_PARAM || o->vclass == V_AUTO)))
      return var_mem(o, "SI");
  }
  Mem t = new_temp(e->type);
  gen_into(e, t);
  return t;
}

