// checkcall.c: calls -- of functions, methods, func values, built-ins --
// and conversions, checked as Go's compiler checked them.
#include "compile.h"

#include <string.h>

static Type *t_void;   // the "type" of a call without results

void checkcall_reset(void) { t_void = NULL; }

Type *t_void_get(void) {
  if (!t_void)   // made once, perhaps in a body: the package's arena
    IN_PKG_ARENA(t_void = new_type(TY_TUPLE));
  return t_void;
}

static Type *tuple_of(Type *ft) {
  if (ft->nresults == 0)
    return t_void_get();
  if (ft->nresults == 1)
    return ft->results[0];
  Type *t = new_type(TY_TUPLE);
  t->results = ft->results;
  t->nresults = ft->nresults;
  return t;
}

bool value_ok(Node *e) {
  if (!e->type)
    return false;
  if (e->type->kind == TY_TUPLE) {
    if (e->type->nresults == 0)
      cerror(e->pos, "%s used as value", expr_string(e));
    else
      cerror(e->pos, "multiple-value %s in single-value context", expr_string(e));
    return false;
  }
  if (e->istype) {
    cerror(e->pos, "type %s is not an expression", expr_string(e));
    return false;
  }
  return true;
}

static Type *check_conversion(Node *n, Scope *sc, Type *to) {
  n->kind = N_CONV;
  n->type = to;
  if (n->nlist != 1) {
    cerror(n->pos, n->nlist ? "too many arguments to conversion to %s: %s" : "missing argument to conversion to %s: %s",
           type_string(to), expr_string(n));
    return to;
  }
  Node *x = n->list[0];
  Type *from = check(x, sc, to);
  if (!from || !value_ok(x))
    return to;
  Type *uf = underlying(from), *ut = underlying(to);
  bool ok = assignable(from, to) || identical(uf, ut) ||
            (is_integer(uf) && is_integer(ut)) ||
            (uf->kind == TY_PTR && ut->kind == TY_PTR && identical(underlying(uf->elem), underlying(ut->elem))) ||
            (uf->kind == TY_UNSAFEPTR && (ut->kind == TY_PTR || ut->kind == TY_UINTPTR)) ||
            (ut->kind == TY_UNSAFEPTR && (uf->kind == TY_PTR || uf->kind == TY_UINTPTR)) ||
            (is_string(ut) && is_integer(uf)) ||
            (is_string(ut) && uf->kind == TY_SLICE && underlying(uf->elem)->kind == TY_UINT8) ||
            (is_string(uf) && ut->kind == TY_SLICE && underlying(ut->elem)->kind == TY_UINT8);
  if (!ok) {
    cerror(n->pos, "cannot convert %s (type %s) to type %s", expr_string(x), type_string(from), type_string(to));
    return to;
  }
  if (x->isconst) {
    if (is_integer(ut) && is_integer(uf)) {
      if (is_untyped(from) && const_overflows(x, to))
        cerror(expr_start(x), "constant %s overflows %s", const_text(x), type_string(to));
      n->isconst = true;
      n->cval = wrap(x->cval, to);
      n->ubig = ut->kind == TY_UINT64 && n->cval < 0;
    } else if (is_string(ut) && is_string(uf)) {
      n->isconst = true;
      n->sval = x->sval;
      n->slen = x->slen;
    } else if (is_bool(ut) && is_bool(uf)) {
      n->isconst = true;
      n->cval = x->cval;
    }
  }
  if (is_untyped(from) && is_integer(ut) && is_integer(uf))
    x->type = to;   // checked against to above
  else if (is_untyped(from) && !(is_string(ut) && is_integer(uf)))
    assign_to(x, default_type(from), "conversion");
  else if (is_untyped(from))
    assign_to(x, t_int32, "conversion");
  if (is_string(ut) && is_integer(uf))
    unsupported(n->pos, "conversions from integer to string");
  return to;
}

static void check_args(Node *n, Scope *sc, Type *ft, const char *fname) {
  // f(g()) where g returns several values
  if (n->nlist == 1 && !n->hasdots) {
    Type *at = check(n->list[0], sc, ft->nparams ? ft->params[0] : NULL);
    if (at && at->kind == TY_TUPLE && at->nresults > 1) {
      if (at->nresults != ft->nparams && !ft->variadic) {
        cerror(n->pos, "%s arguments in call to %s", at->nresults < ft->nparams ? "not enough" : "too many", fname);
        return;
      }
      for (int i = 0; i < at->nresults; i++) {
        Type *pt = i < ft->nparams ? ft->params[i] : NULL;
        if (ft->variadic && i >= ft->nparams - 1)
          pt = ft->params[ft->nparams - 1]->elem;
        if (pt && !assignable(at->results[i], pt))
          cerror(n->list[0]->pos, "cannot use %s value as type %s in argument to %s", type_string(at->results[i]),
                 type_string(pt), fname);
      }
      n->isdefault = true;   // a spread call
      return;
    }
  } else {
    for (int i = 0; i < n->nlist; i++) {
      Type *want = NULL;
      if (i < ft->nparams)
        want = ft->params[i];
      if (ft->variadic && i >= ft->nparams - 1 && !n->hasdots)
        want = ft->params[ft->nparams - 1]->elem;
      check(n->list[i], sc, want);
    }
  }
  int nfixed = ft->variadic ? ft->nparams - 1 : ft->nparams;
  if (n->hasdots && !ft->variadic) {
    cerror(n->pos, "invalid use of ... in call to %s", fname);
    return;
  }
  if (n->nlist < nfixed || (!ft->variadic && n->nlist > nfixed) || (n->hasdots && n->nlist != ft->nparams)) {
    cerror(n->pos, "%s arguments in call to %s", n->nlist < nfixed ? "not enough" : "too many", fname);
    return;
  }
  for (int i = 0; i < n->nlist; i++) {
    Node *a = n->list[i];
    if (!value_ok(a))
      continue;
    Type *pt = i < nfixed ? ft->params[i] : n->hasdots ? ft->params[i] : ft->params[ft->nparams - 1]->elem;
    assign_to(a, pt, cfmt("argument to %s", fname));
  }
}

static Type *check_builtin(Node *n, Scope *sc, Builtin b) {
  n->builtin = b;
  const char *name = n->l->name;
  switch (b) {
  case B_PANIC: case B_RECOVER:
    unsupported(n->pos, "panic and recover");
  case B_COMPLEX: case B_REAL: case B_IMAG:
    unsupported(n->pos, "complex numbers");
  case B_DELETE:
    unsupported(n->pos, "maps");
  case B_CLOSE:
    unsupported(n->pos, "channels");
  case B_PRINT: case B_PRINTLN:
    if (n->nlist == 1 && n->list[0]->kind == N_CALL) {
      Type *t = check(n->list[0], sc, NULL);
      if (t && t->kind == TY_TUPLE && t->nresults > 1) {
        n->isdefault = true;   // print(f()): each of f's results
        n->type = t_void_get();
        return n->type;
      }
    }
    for (int i = 0; i < n->nlist; i++) {
      Type *t = n->list[i]->type ? n->list[i]->type : check(n->list[i], sc, NULL);
      if (!t || !value_ok(n->list[i]))
        continue;
      Type *u = underlying(t);
      if (t->kind == TY_NIL) {
        cerror(n->list[i]->pos, "use of untyped nil");
        continue;
      }
      if (is_untyped(t))
        assign_to(n->list[i], default_type(t), "argument to print");
      else if (u->kind == TY_STRUCT || u->kind == TY_ARRAY)
        cerror(n->list[i]->pos, "illegal types for operand: %s\n\t%s", name, type_string(t));
    }
    n->type = t_void_get();
    return n->type;
  case B_LEN: case B_CAP: {
    if (n->nlist != 1) {
      cerror(n->pos, n->nlist ? "too many arguments to %s: %s" : "missing argument to %s: %s", name, expr_string(n));
      return t_int;
    }
    Type *t = check(n->list[0], sc, NULL);
    if (!t || !value_ok(n->list[0]))
      return t_int;
    Type *u = underlying(t);
    if (u->kind == TY_PTR && underlying(u->elem)->kind == TY_ARRAY)
      u = underlying(u->elem);
    if (u->kind == TY_ARRAY) {
      n->isconst = true;
      n->cval = u->len;
    } else if (is_string(u) && b == B_LEN) {
      if (n->list[0]->isconst) {
        n->isconst = true;
        n->cval = n->list[0]->slen;
      }
      if (is_untyped(t))
        assign_to(n->list[0], t_string, "len");
    } else if (u->kind != TY_SLICE) {
      cerror(n->pos, "invalid argument %s (type %s) for %s", expr_string(n->list[0]), type_string(t), name);
    }
    return t_int;
  }
  case B_NEW: {
    if (n->nlist != 1) {
      cerror(n->pos, n->nlist ? "too many arguments to new(%s)" : "missing argument to new", n->nlist ? expr_string(n->list[0]) : "");
      return NULL;
    }
    Type *t = check(n->list[0], sc, NULL);
    if (!t)
      return NULL;
    if (!n->list[0]->istype) {
      cerror(n->pos, "%s is not a type", expr_string(n->list[0]));
      return NULL;
    }
    return ptrto(t);
  }
  case B_MAKE: {
    if (n->nlist < 1) {
      cerror(n->pos, "missing argument to make");
      return NULL;
    }
    Type *t = check(n->list[0], sc, NULL);
    if (!t)
      return NULL;
    if (!n->list[0]->istype) {
      cerror(n->pos, "%s is not a type", expr_string(n->list[0]));
      return NULL;
    }
    if (underlying(t)->kind != TY_SLICE) {
      cerror(n->pos, "cannot make type %s", type_string(t));
      return NULL;
    }
    if (n->nlist < 2) {
      cerror(n->pos, "missing len argument to make(%s)", type_string(t));
      return t;
    }
    if (n->nlist > 3) {
      cerror(n->pos, "too many arguments to make(%s)", type_string(t));
      return t;
    }
    for (int i = 1; i < n->nlist; i++) {
      Type *at = check(n->list[i], sc, t_int);
      if (at && !is_integer(at)) {
        cerror(n->list[i]->pos, "non-integer %s argument in make(%s) - %s", i == 1 ? "len" : "cap", type_string(t), type_string(at));
        continue;
      }
      if (at && is_untyped(at))
        assign_to(n->list[i], t_int, "make");
      if (n->list[i]->isconst && n->list[i]->cval < 0)
        cerror(n->list[i]->pos, "negative %s argument in make(%s)", i == 1 ? "len" : "cap", type_string(t));
    }
    if (n->nlist == 3 && n->list[1]->isconst && n->list[2]->isconst && n->list[1]->cval > n->list[2]->cval)
      cerror(n->pos, "len larger than cap in make(%s)", type_string(t));
    return t;
  }
  case B_APPEND: {
    if (n->nlist < 1) {
      cerror(n->pos, "missing arguments to append");
      return NULL;
    }
    Type *t = check(n->list[0], sc, NULL);
    if (!t || !value_ok(n->list[0]))
      return NULL;
    if (underlying(t)->kind != TY_SLICE) {
      cerror(n->pos, "first argument to append must be slice; have %s (type %s)", expr_string(n->list[0]), type_string(t));
      return NULL;
    }
    Type *et = underlying(t)->elem;
    if (n->hasdots) {
      if (n->nlist != 2) {
        cerror(n->pos, "can only use ... with final argument in list");
        return t;
      }
      Type *at = check(n->list[1], sc, t);
      if (at && is_string(at) && underlying(et)->kind == TY_UINT8) {
        if (is_untyped(at))
          assign_to(n->list[1], t_string, "append");
        return t;
      }
      if (at && value_ok(n->list[1]))
        assign_to(n->list[1], t, "append");
      return t;
    }
    for (int i = 1; i < n->nlist; i++) {
      check(n->list[i], sc, et);
      if (value_ok(n->list[i]))
        assign_to(n->list[i], et, "append");
    }
    return t;
  }
  case B_COPY: {
    if (n->nlist != 2) {
      cerror(n->pos, n->nlist < 2 ? "missing arguments to copy" : "too many arguments to copy");
      return t_int;
    }
    Type *a = check(n->list[0], sc, NULL), *c = check(n->list[1], sc, NULL);
    if (!a || !c)
      return t_int;
    if (underlying(a)->kind != TY_SLICE) {
      cerror(n->pos, "arguments to copy must be slices; have %s, %s", type_string(a), type_string(c));
      return t_int;
    }
    if (is_string(c) && underlying(underlying(a)->elem)->kind == TY_UINT8) {
      if (is_untyped(c))
        assign_to(n->list[1], t_string, "copy");
      return t_int;
    }
    if (underlying(c)->kind != TY_SLICE || !identical(underlying(underlying(a)->elem), underlying(underlying(c)->elem)))
      cerror(n->pos, "arguments to copy have different element types: %s and %s", type_string(a), type_string(c));
    return t_int;
  }
  }
  return NULL;
}

Type *check_call(Node *n, Scope *sc, Type *want) {
  (void)want;
  Node *f = n->l;
  while (f->kind == N_PAREN && f->l->kind == N_IDENT)
    f = f->l;
  if (f->kind == N_IDENT) {
    Obj *o = scope_find(sc, f->name);
    if (o && o->kind == O_BUILTIN) {
      n->l = f;
      f->obj = o;
      return check_builtin(n, sc, o->builtin);
    }
  }
  Type *ft = check(n->l, sc, NULL);
  if (!ft)
    return NULL;
  if (n->l->istype)
    return check_conversion(n, sc, ft);
  if (underlying(ft)->kind != TY_FUNC) {
    cerror(n->pos, "cannot call non-function %s (type %s)", expr_string(n->l), type_string(ft));
    return NULL;
  }
  ft = underlying(ft);
  Node *callee = n->l;
  if (callee->kind == N_SELECTOR && callee->method) {
    // The receiver: &x for a pointer method on an addressable value.
    Method *m = callee->method;
    Type *rt = callee->l->type;
    Type *base = callee->npath ? callee->path[callee->npath - 1]->type : rt;
    bool isptr = underlying(base)->kind == TY_PTR;
    if (m->ptrrecv && !isptr) {
      // the embedded value is reached through a pointer, or lies in x
      bool viaptr = underlying(rt)->kind == TY_PTR;
      for (int i = 0; i + 1 < callee->npath; i++)
        viaptr = viaptr || underlying(callee->path[i]->type)->kind == TY_PTR;
      if (!viaptr) {
        if (!is_addressable(callee->l))
          cerror(n->pos, "cannot call pointer method on %s", expr_string(callee->l));
        else
          mark_addrtaken(callee->l);
      }
    }
  }
  check_args(n, sc, ft, expr_string(n->l));
  return tuple_of(ft);
}

