// checkstmt.c: calls (functions, methods, built-ins, conversions) and
// statements; then the package as a whole: declarations, bodies, unused
// variables and imports, missing returns.
#include "compile.h"

#include <string.h>

static Type *t_void;   // the "type" of a call without results
static Type *t_void_get(void) {
  if (!t_void)
    t_void = new_type(TY_TUPLE);
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

static bool value_ok(Node *e) {
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
      if (is_untyped(from) && !fits(x->cval, to))
        cerror(n->l->pos, "constant %lld overflows %s", (long long)x->cval, type_string(to));
      n->isconst = true;
      n->cval = wrap(x->cval, to);
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
    Buf b = {0};
    cerror(n->pos, "%s arguments in call to %s", n->nlist < nfixed ? "not enough" : "too many", fname);
    buf_free(&b);
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

// ---------------------------------------------------------------- statements

typedef struct Loop {
  struct Loop *outer;
  Node *stmt;          // N_FOR, N_RANGE, N_SWITCH
  const char *label;
  bool isswitch;
} Loop;
static Loop *loops;
static const char *pending_label;

static void check_assign_lhs(Node *l, Scope *sc) {
  if (l->kind == N_IDENT && !strcmp(l->name, "_")) {
    l->type = NULL;
    l->obj = NULL;
    return;
  }
  if (l->kind == N_IDENT) {
    // Assignment alone is not a use.
    Obj *o = scope_find(sc, l->name);
    bool used = o && o->kind == O_VAR ? o->used : true;
    check(l, sc, NULL);
    if (o && o->kind == O_VAR && (!o->fn || o->fn == curfn))
      o->used = used;
  } else {
    check(l, sc, NULL);
  }
  if (l->type && !is_addressable(l) && !(l->kind == N_INDEX && 0)) {
    if (l->kind == N_INDEX && is_string(l->l->type))
      cerror(l->pos, "cannot assign to %s (strings are immutable)", expr_string(l));
    else
      cerror(l->pos, "cannot assign to %s", expr_string(l));
  }
}

static void check_assign(Node *s, Scope *sc) {
  if (s->nrlist == 1 && s->nlist > 1) {
    Type *t = check(s->rlist[0], sc, NULL);
    for (int i = 0; i < s->nlist; i++)
      check_assign_lhs(s->list[i], sc);
    if (!t)
      return;
    if (t->kind != TY_TUPLE) {
      cerror(s->pos, "assignment mismatch: %d variables but 1 value", s->nlist);
      return;
    }
    if (t->nresults != s->nlist) {
      cerror(s->pos, "assignment mismatch: %d variables but %s returns %d value%s", s->nlist, expr_string(s->rlist[0]),
             t->kind == TY_TUPLE ? t->nresults : 1, t->kind == TY_TUPLE && t->nresults == 1 ? "" : (t->kind == TY_TUPLE ? "s" : ""));
      return;
    }
    for (int i = 0; i < s->nlist; i++)
      if (s->list[i]->type && !assignable(t->results[i], s->list[i]->type))
        cerror(s->pos, "cannot assign %s to %s (type %s) in multiple assignment", type_string(t->results[i]),
               expr_string(s->list[i]), type_string(s->list[i]->type));
    return;
  }
  if (s->nlist != s->nrlist) {
    cerror(s->pos, "assignment mismatch: %d variable%s but %d value%s", s->nlist, s->nlist == 1 ? "" : "s", s->nrlist,
           s->nrlist == 1 ? "" : "s");
    return;
  }
  for (int i = 0; i < s->nlist; i++)
    check_assign_lhs(s->list[i], sc);
  for (int i = 0; i < s->nrlist; i++) {
    Type *lt = s->list[i]->type;
    Type *t = check(s->rlist[i], sc, lt);
    if (!t || !value_ok(s->rlist[i]))
      continue;
    if (lt)
      assign_to(s->rlist[i], lt, "assignment");
    else if (t->kind == TY_NIL)
      cerror(s->rlist[i]->pos, "use of untyped nil");
    else if (is_untyped(t))
      assign_to(s->rlist[i], default_type(t), "assignment");
  }
}

static void check_define(Node *s, Scope *sc) {
  Type **types = calloc_c((s->nlist + 1) * sizeof *types);
  if (s->nrlist == 1 && s->nlist > 1) {
    Type *t = check(s->rlist[0], sc, NULL);
    if (t && (t->kind != TY_TUPLE || t->nresults != s->nlist)) {
      cerror(s->pos, "assignment mismatch: %d variables but %s returns %d value%s", s->nlist, expr_string(s->rlist[0]),
             t->kind == TY_TUPLE ? t->nresults : 1, t->kind == TY_TUPLE && t->nresults != 1 ? "s" : "");
      t = NULL;
    }
    for (int i = 0; i < s->nlist; i++)
      types[i] = t ? t->results[i] : NULL;
  } else if (s->nlist != s->nrlist) {
    cerror(s->pos, "assignment mismatch: %d variable%s but %d value%s", s->nlist, s->nlist == 1 ? "" : "s", s->nrlist,
           s->nrlist == 1 ? "" : "s");
    for (int i = 0; i < s->nrlist; i++)
      check(s->rlist[i], sc, NULL);
  } else {
    for (int i = 0; i < s->nrlist; i++) {
      Type *t = check(s->rlist[i], sc, NULL);
      if (t && value_ok(s->rlist[i])) {
        if (t->kind == TY_NIL) {
          cerror(s->rlist[i]->pos, "use of untyped nil");
          t = NULL;
        } else if (is_untyped(t)) {
          assign_to(s->rlist[i], default_type(t), "assignment");
          t = default_type(t);
        }
        types[i] = t;
      }
    }
  }
  s->defs = calloc_c((s->nlist + 1) * sizeof(Obj *));
  bool anynew = false;
  for (int i = 0; i < s->nlist; i++) {
    Node *l = s->list[i];
    if (l->kind != N_IDENT) {
      cerror(l->pos, "non-name %s on left side of :=", expr_string(l));
      continue;
    }
    if (!strcmp(l->name, "_")) {
      continue;
    }
    Obj *old = scope_lookup_local(sc, l->name);
    bool dup = false;
    for (int j = 0; j < i; j++)
      if (s->list[j]->kind == N_IDENT && !strcmp(s->list[j]->name, l->name))
        dup = true;
    if (dup) {
      cerror(l->pos, "%s repeated on left side of :=", l->name);
      continue;
    }
    if (old && old->kind == O_VAR) {
      l->obj = old;
      l->type = old->type;
      if (types[i] && !assignable(types[i], old->type))
        cerror(s->rlist[s->nrlist == 1 ? 0 : i]->pos, "cannot use %s (type %s) as type %s in assignment",
               expr_string(s->rlist[s->nrlist == 1 ? 0 : i]), type_string(types[i]), type_string(old->type));
      continue;
    }
    anynew = true;
  }
  for (int i = 0; i < s->nlist; i++) {
    Node *l = s->list[i];
    if (l->kind != N_IDENT || l->obj)
      continue;
    Obj *o = declare_local(sc, l->name, types[i] ? types[i] : t_int, l->pos);
    l->obj = o;
    l->type = o->type;
    s->defs[i] = o;
  }
  if (!anynew)
    cerror(s->pos, "no new variables on left side of :=");
}

static void check_vardecl(Node *d, Scope *sc) {
  Type *t = d->typ ? resolve_type(d->typ, sc) : NULL;
  Type **types = calloc_c((d->nlist + 1) * sizeof *types);
  if (d->nrlist == 1 && d->nlist > 1) {
    Type *rt = check(d->rlist[0], sc, NULL);
    if (rt && (rt->kind != TY_TUPLE || rt->nresults != d->nlist))
      cerror(d->pos, "assignment mismatch: %d variables but %s returns %d value%s", d->nlist, expr_string(d->rlist[0]),
             rt->kind == TY_TUPLE ? rt->nresults : 1, rt->kind == TY_TUPLE && rt->nresults != 1 ? "s" : "");
    else if (rt)
      for (int i = 0; i < d->nlist; i++) {
        types[i] = t ? t : rt->results[i];
        if (t && !assignable(rt->results[i], t))
          cerror(d->pos, "cannot use %s value as type %s in assignment", type_string(rt->results[i]), type_string(t));
      }
  } else if (d->nrlist) {
    if (d->nrlist != d->nlist)
      cerror(d->pos, "assignment mismatch: %d variable%s but %d value%s", d->nlist, d->nlist == 1 ? "" : "s", d->nrlist,
             d->nrlist == 1 ? "" : "s");
    for (int i = 0; i < d->nrlist; i++) {
      Type *rt = check(d->rlist[i], sc, t);
      if (!rt || !value_ok(d->rlist[i]))
        continue;
      if (t) {
        assign_to(d->rlist[i], t, "assignment");
      } else if (rt->kind == TY_NIL) {
        cerror(d->rlist[i]->pos, "use of untyped nil");
        rt = NULL;
      } else if (is_untyped(rt)) {
        assign_to(d->rlist[i], default_type(rt), "assignment");
        rt = default_type(rt);
      }
      if (i < d->nlist)
        types[i] = t ? t : rt;
    }
  } else {
    for (int i = 0; i < d->nlist; i++)
      types[i] = t;
  }
  for (int i = 0; i < d->nlist; i++) {
    Obj *o = declare_local(sc, d->list[i]->name, types[i] ? types[i] : t_int, d->list[i]->pos);
    d->list[i]->obj = o;
  }
}

static bool terminating(Node *s);

static bool has_break(Node *s, Node *target, bool nested) {
  if (!s)
    return false;
  switch (s->kind) {
  case N_BREAK:
    return s->label == target;
  case N_BLOCK:
    for (int i = 0; i < s->nlist; i++)
      if (has_break(s->list[i], target, nested))
        return true;
    return false;
  case N_IF:
    return has_break(s->body, target, nested) || has_break(s->els, target, nested);
  case N_LABELED:
    return has_break(s->body, target, nested);
  case N_CASE:
    return has_break(s->body, target, nested);
  case N_FOR: case N_RANGE:
    return has_break(s->body, target, true);
  case N_SWITCH:
    for (int i = 0; i < s->nlist; i++)
      if (has_break(s->list[i], target, true))
        return true;
    return false;
  default:
    return false;
  }
}

static bool terminating(Node *s) {
  if (!s)
    return false;
  switch (s->kind) {
  case N_RETURN: case N_GOTO:
    return true;
  case N_EXPRSTMT:
    return false;
  case N_BLOCK:
    return s->nlist && terminating(s->list[s->nlist - 1]);
  case N_IF:
    return s->els && terminating(s->body) && terminating(s->els);
  case N_LABELED:
    return terminating(s->body);
  case N_FOR:
    return !s->cond && !has_break(s->body, s, false);
  case N_SWITCH: {
    bool hasdef = false;
    for (int i = 0; i < s->nlist; i++) {
      Node *c = s->list[i];
      if (c->isdefault)
        hasdef = true;
      Node *b = c->body;
      bool ft = b->nlist && b->list[b->nlist - 1]->kind == N_FALLTHROUGH;
      if ((!terminating(b) && !ft) || has_break(b, s, false))
        return false;
    }
    return hasdef;
  }
  default:
    return false;
  }
}

static void check_cond(Node *c, Scope *sc, const char *what) {
  Type *t = check(c, sc, t_bool);
  if (!t || !value_ok(c))
    return;
  if (!is_bool(t)) {
    cerror(c->pos, "non-bool %s (type %s) used as %s condition", expr_string(c), type_string(t), what);
    return;
  }
  if (is_untyped(t))
    assign_to(c, t_bool, "condition");
}

static void check_range(Node *s, Scope *sc) {
  Type *t = check(s->r, sc, NULL);
  Scope *inner = scope_new(sc);
  s->post = (Node *)inner;
  Type *kt = t_int, *vt = NULL;
  if (t) {
    Type *u = underlying(t);
    if (u->kind == TY_PTR && underlying(u->elem)->kind == TY_ARRAY)
      u = underlying(u->elem);
    if (u->kind == TY_ARRAY || u->kind == TY_SLICE)
      vt = u->elem;
    else if (is_string(u)) {
      vt = t_int32;
      if (is_untyped(t))
        assign_to(s->r, t_string, "range");
    } else
      cerror(s->r->pos, "cannot range over %s (type %s)", expr_string(s->r), type_string(t));
  }
  if (s->isdefault) {
    s->defs = calloc_c(3 * sizeof(Obj *));
    bool anynew = false;
    for (int i = 0; i < s->nlist; i++) {
      Node *l = s->list[i];
      if (l->kind != N_IDENT) {
        cerror(l->pos, "non-name %s on left side of :=", expr_string(l));
        continue;
      }
      if (!strcmp(l->name, "_"))
        continue;
      anynew = true;
      Obj *o = declare_local(inner, l->name, i == 0 ? kt : vt ? vt : t_int, l->pos);
      l->obj = o;
      l->type = o->type;
      s->defs[i] = o;
    }
    if (!anynew && s->nlist)
      cerror(s->pos, "no new variables on left side of :=");
  } else {
    for (int i = 0; i < s->nlist; i++) {
      check_assign_lhs(s->list[i], sc);
      Type *want = i == 0 ? kt : vt;
      if (s->list[i]->type && want && !assignable(want, s->list[i]->type))
        cerror(s->list[i]->pos, "cannot assign type %s to %s (type %s) in range", type_string(want), expr_string(s->list[i]),
               type_string(s->list[i]->type));
    }
  }
  Loop l = {loops, s, pending_label, false};
  pending_label = NULL;
  loops = &l;
  check_block(s->body, inner);
  loops = l.outer;
}

static GoFunc *top_func(void) {
  GoFunc *f = curfn;
  return f;
}

void check_stmt(Node *s, Scope *sc) {
  switch (s->kind) {
  case N_EMPTY:
    return;
  case N_BLOCK:
    if (s->hasdots) {
      for (int i = 0; i < s->nlist; i++)
        check_stmt(s->list[i], sc);
    } else {
      check_block(s, scope_new(sc));
    }
    return;
  case N_VARDECL:
    check_vardecl(s, sc);
    return;
  case N_CONSTDECL:
    for (int i = 0; i < s->nlist; i++) {
      Obj *o = calloc_c(sizeof *o);
      o->kind = O_CONST;
      o->name = s->list[i]->name;
      o->pos = s->list[i]->pos;
      o->pkg = curpkg;
      o->spec = s;
      o->index = i;
      o->dscope = sc;
      resolve_obj(o);
      if (strcmp(o->name, "_"))
        scope_add(sc, o);
    }
    return;
  case N_TYPEDECL: {
    Obj *o = calloc_c(sizeof *o);
    o->kind = O_TYPE;
    o->name = s->name;
    o->pos = s->pos;
    o->pkg = curpkg;
    o->spec = s;
    o->dscope = sc;
    if (!s->isdefault) {
      Type *t = new_type(TY_NAMED);
      t->name = s->name;
      t->pkg = curpkg;
      t->decl = s;
      t->declscope = sc;
      o->type = t;
    }
    scope_add(sc, o);
    resolve_obj(o);
    return;
  }
  case N_EXPRSTMT: {
    Node *e = s->l;
    while (e->kind == N_PAREN)
      e = e->l;
    if (e->kind != N_CALL) {
      Type *t = check(e, sc, NULL);
      if (t || e->kind == N_IDENT)
        cerror(e->pos, "%s evaluated but not used", expr_string(e));
      return;
    }
    check(e, sc, NULL);
    if (e->kind == N_CONV)
      cerror(e->pos, "%s evaluated but not used", expr_string(e));
    else if (e->builtin != B_PRINT && e->builtin != B_PRINTLN && e->builtin != B_COPY && e->l->kind == N_IDENT &&
             e->l->obj && e->l->obj->kind == O_BUILTIN)
      cerror(e->pos, "%s evaluated but not used", expr_string(e));
    return;
  }
  case N_ASSIGN:
    check_assign(s, sc);
    return;
  case N_DEFINE:
    check_define(s, sc);
    return;
  case N_OPASSIGN: {
    Node b = {0};
    b.kind = N_BINARY;
    b.pos = s->pos;
    b.op = s->op;
    b.l = s->l;
    b.r = s->r;
    check_assign_lhs(s->l, sc);
    if (s->l->kind == N_IDENT && s->l->obj)
      s->l->obj->used = true;
    Type *t = check(&b, sc, NULL);
    if (t && s->l->type && !assignable(t, s->l->type))
      cerror(s->pos, "cannot use %s (type %s) as type %s in assignment", expr_string(&b), type_string(t), type_string(s->l->type));
    if (s->r->type && is_untyped(s->r->type))
      assign_to(s->r, s->op == OP_SHL || s->op == OP_SHR ? t_uint : s->l->type, "assignment");
    return;
  }
  case N_INCDEC: {
    check(s->l, sc, NULL);
    if (s->l->type && !is_integer(s->l->type))
      cerror(s->pos, "invalid operation: %s%s (non-numeric type %s)", expr_string(s->l), s->op == '+' ? "++" : "--",
             type_string(s->l->type));
    else if (s->l->type && !is_addressable(s->l))
      cerror(s->pos, "cannot assign to %s", expr_string(s->l));
    return;
  }
  case N_IF: {
    Scope *is = scope_new(sc);
    if (s->init)
      check_stmt(s->init, is);
    check_cond(s->cond, is, "if");
    check_block(s->body, scope_new(is));
    if (s->els)
      check_stmt(s->els, is);
    return;
  }
  case N_FOR: {
    Scope *fs = scope_new(sc);
    if (s->init)
      check_stmt(s->init, fs);
    if (s->cond)
      check_cond(s->cond, fs, "for");
    if (s->post)
      check_stmt(s->post, fs);
    Loop l = {loops, s, pending_label, false};
    pending_label = NULL;
    loops = &l;
    check_block(s->body, scope_new(fs));
    loops = l.outer;
    return;
  }
  case N_RANGE:
    check_range(s, sc);
    return;
  case N_SWITCH: {
    Scope *ss = scope_new(sc);
    if (s->init)
      check_stmt(s->init, ss);
    Type *tag = NULL;
    if (s->cond) {
      tag = check(s->cond, ss, NULL);
      if (tag && value_ok(s->cond) && is_untyped(tag)) {
        assign_to(s->cond, default_type(tag), "switch");
        tag = default_type(tag);
      }
    }
    Loop l = {loops, s, pending_label, true};
    pending_label = NULL;
    loops = &l;
    for (int i = 0; i < s->nlist; i++) {
      Node *c = s->list[i];
      for (int j = 0; j < c->nrlist; j++) {
        Node *e = c->rlist[j];
        if (s->cond) {
          if (!tag)
            continue;
          Node *cmp = new_node(N_BINARY, e->pos);
          cmp->op = OP_EQ;
          cmp->l = s->cond;
          cmp->r = e;
          Type *t = check(e, ss, tag);
          if (t && value_ok(e)) {
            if (!assignable(t, tag) && !assignable(tag, t))
              cerror(e->pos, "invalid case %s in switch on %s (mismatched types %s and %s)", expr_string(e),
                     expr_string(s->cond), type_string(t), type_string(tag));
            else if (is_untyped(t))
              assign_to(e, tag, "switch case");
            else if (!identical(t, tag))
              cerror(e->pos, "invalid case %s in switch on %s (mismatched types %s and %s)", expr_string(e),
                     expr_string(s->cond), type_string(t), type_string(tag));
            Type *u = underlying(tag);
            if (u->kind == TY_SLICE || u->kind == TY_FUNC || u->kind == TY_STRUCT || u->kind == TY_ARRAY)
              cerror(e->pos, "invalid case %s in switch (can only compare %s %s to nil)", expr_string(e),
                     u->kind == TY_SLICE ? "slice" : "func", expr_string(s->cond));
          }
        } else {
          check_cond(e, ss, "case");
        }
      }
      Node *b = c->body;
      for (int j = 0; j < b->nlist; j++)
        if (b->list[j]->kind == N_FALLTHROUGH && (j != b->nlist - 1 || i == s->nlist - 1))
          cerror(b->list[j]->pos, i == s->nlist - 1 && j == b->nlist - 1 ? "cannot fallthrough final case in switch"
                                                                         : "fallthrough statement out of place");
      check_block(b, scope_new(ss));
    }
    loops = l.outer;
    return;
  }
  case N_RETURN: {
    GoFunc *f = top_func();
    Type *ft = f->type;
    if (s->nrlist == 0) {
      if (ft->nresults && f->nresultobjs && !strncmp(f->results[0]->name, "~r", 2))
        cerror(s->pos, "not enough arguments to return");
      return;
    }
    if (s->nrlist == 1 && ft->nresults > 1) {
      Type *t = check(s->rlist[0], sc, NULL);
      if (t && (t->kind != TY_TUPLE || t->nresults != ft->nresults))
        cerror(s->pos, "%s arguments to return", (t->kind == TY_TUPLE ? t->nresults : 1) < ft->nresults ? "not enough" : "too many");
      else if (t)
        for (int i = 0; i < ft->nresults; i++)
          if (!assignable(t->results[i], ft->results[i]))
            cerror(s->pos, "cannot use %s value as type %s in return argument", type_string(t->results[i]), type_string(ft->results[i]));
      s->isdefault = true;
      return;
    }
    if (s->nrlist != ft->nresults) {
      for (int i = 0; i < s->nrlist; i++)
        check(s->rlist[i], sc, NULL);
      cerror(s->pos, "%s arguments to return", s->nrlist < ft->nresults ? "not enough" : "too many");
      return;
    }
    for (int i = 0; i < s->nrlist; i++) {
      Type *t = check(s->rlist[i], sc, ft->results[i]);
      if (t && value_ok(s->rlist[i]))
        assign_to(s->rlist[i], ft->results[i], "return argument");
    }
    return;
  }
  case N_BREAK:
  case N_CONTINUE: {
    Loop *l = loops;
    if (s->labelname) {
      while (l && (!l->label || strcmp(l->label, s->labelname)))
        l = l->outer;
      if (!l) {
        cerror(s->pos, "%s label not defined: %s", s->kind == N_BREAK ? "break" : "continue", s->labelname);
        return;
      }
      if (s->kind == N_CONTINUE && l->isswitch) {
        cerror(s->pos, "invalid continue label %s", s->labelname);
        return;
      }
    } else if (s->kind == N_CONTINUE) {
      while (l && l->isswitch)
        l = l->outer;
    }
    if (!l) {
      cerror(s->pos, "%s is not in a loop%s", s->kind == N_BREAK ? "break" : "continue", s->kind == N_BREAK ? ", switch, or select" : "");
      return;
    }
    s->label = l->stmt;
    return;
  }
  case N_FALLTHROUGH:
    return;
  case N_DEFER: {
    Node *c = s->l;
    check(c, sc, NULL);
    if (c->kind == N_CONV)
      cerror(s->pos, "defer requires function call, not conversion");
    else if (c->l->kind == N_IDENT && c->l->obj && c->l->obj->kind == O_BUILTIN &&
             c->builtin != B_PRINT && c->builtin != B_PRINTLN)
      cerror(s->pos, "defer discards result of %s", expr_string(c));
    else if (c->l->kind == N_IDENT && c->l->obj && c->l->obj->kind == O_BUILTIN)
      unsupported(s->pos, "defer of a built-in function");
    curfn->hasdefer = true;
    return;
  }
  case N_LABELED: {
    pending_label = s->labelname;
    check_stmt(s->body, sc);
    pending_label = NULL;
    return;
  }
  default:
    cerror(s->pos, "unexpected statement");
  }
}

static void unused_vars(Scope *sc) {
  for (int i = 0; i < sc->n; i++) {
    Obj *o = sc->objs[i];
    if (o->kind == O_VAR && !o->used && o->vclass == V_AUTO && o->fn == curfn)
      cerror(o->pos, "%s declared and not used", o->name);
  }
}

void check_block(Node *b, Scope *sc) {
  for (int i = 0; i < b->nlist; i++)
    check_stmt(b->list[i], sc);
  unused_vars(sc);
}

// ---------------------------------------------------------------- the package

static void check_funcdecl(Node *d) {
  Obj *o = d->obj;
  resolve_obj(o);
  Type *t = o->type;
  const char *name = d->name;
  if (o->recv) {
    bool ptr = d->recvtype->typ->kind == N_TPTR || d->recvtype->typ->kind == N_STAR;
    name = ptr ? cfmt("(*%s).%s", o->recv->name, d->name) : cfmt("%s.%s", o->recv->name, d->name);
  }
  GoFunc *f = new_func(name, o->sym, d, t);
  d->fn = f;
  if (!d->body)
    return;   // implemented in assembly
  curfn = f;
  Scope *fs = scope_new(o->dscope);
  f->scope = fs;
  if (d->recvtype) {
    Type *rt = resolve_type(d->recvtype->typ, o->dscope);
    Obj *r = declare_local(fs, d->recvtype->name ? d->recvtype->name : "_", rt, d->recvtype->pos);
    r->vclass = V_PARAM;
    r->isparam = true;
    r->used = true;
    f->recvobj = r;
    objs_push(&f->params, &f->nparamobjs, &(int){f->nparamobjs}, r);
  }
  for (int i = 0; i < d->nparams; i++) {
    Obj *p = declare_local(fs, d->params[i]->name ? d->params[i]->name : "_", t->params[i], d->params[i]->pos);
    p->vclass = V_PARAM;
    p->isparam = true;
    p->used = true;
    objs_push(&f->params, &f->nparamobjs, &(int){f->nparamobjs}, p);
  }
  for (int i = 0; i < d->nresults; i++) {
    Obj *r = declare_local(fs, d->results[i]->name ? d->results[i]->name : cfmt("~r%d", i), t->results[i], d->results[i]->pos);
    r->vclass = V_PARAM;
    r->isparam = true;
    r->isresult = true;
    r->used = true;
    objs_push(&f->results, &f->nresultobjs, &(int){f->nresultobjs}, r);
  }
  add_func(f);   // before its literals, as Go orders them
  check_block(d->body, fs);
  if (t->nresults && !terminating(d->body))
    cerror(d->body->post->pos, "missing return at end of function");
  curfn = NULL;
}

static void check_lits_terminate(void) {
  for (int i = 0; i < nfuncs; i++) {
    GoFunc *f = funcs[i];
    if (f->decl->kind == N_FUNCLIT && f->type->nresults && !terminating(f->decl->body))
      cerror(f->decl->body->post->pos, "missing return at end of function");
  }
}

void check_package(Package *pkg, FileAST **files, int nfiles) {
  curpkg = mainpkg = pkg;
  declare_package(pkg, files, nfiles);
  for (int i = 0; i < pkg->scope->n; i++)
    resolve_obj(pkg->scope->objs[i]);
  for (int f = 0; f < nfiles; f++)
    for (int i = 0; i < files[f]->ndecls; i++) {
      Node *d = files[f]->decls[i];
      if (d->kind == N_FUNCDECL) {
        if (!d->body && d->recvtype)
          cerror(d->pos, "missing function body");
        check_funcdecl(d);
      } else if (d->kind == N_VARDECL) {
        for (int j = 0; j < d->nlist; j++)
          if (d->list[j]->obj)
            resolve_obj(d->list[j]->obj);
      }
    }
  check_lits_terminate();
  // Unused imports, per file.
}
