// checkstmt.c: statements, then the package as a whole: declarations, each
// declared function through its life (compile_funcdecl), unused variables
// and imports, missing returns.
#include "compile.h"

#include <stdlib.h>
#include <string.h>

// ---------------------------------------------------------------- statements

typedef struct Loop {
  struct Loop *outer;
  Node *stmt;          // N_FOR, N_RANGE, N_SWITCH
  const char *label;
  bool isswitch;
} Loop;
static Loop *loops;
static const char *pending_label;
// Function literals that do not end in a return: Go reported them after
// every declared function's errors, so they wait for the last body.
static CPos *litreturns;
static int nlitreturns, caplitreturns;

void checkstmt_reset(void) {
  loops = NULL;
  pending_label = NULL;
  free(litreturns);
  litreturns = NULL;
  nlitreturns = caplitreturns = 0;
}

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

static void note_lits_terminate(int from) {
  for (int i = from; i < nfuncs; i++) {
    GoFunc *f = funcs[i];
    if (f->decl->kind == N_FUNCLIT && f->type->nresults && !terminating(f->decl->body)) {
      GROW(litreturns, nlitreturns, caplitreturns);
      litreturns[nlitreturns++] = f->decl->body->post->pos;
    }
  }
}

// One declared function's life: its body parsed (again), checked with its
// literals, lowered and generated while no error has been found, and then
// all of it freed. What it made that must last was made in the package's
// arena (compile.h).
static void compile_funcdecl(Node *d) {
  Node *stub = d->body;
  int base = nfuncs;
  body_begin();
  parse_body(d);
  check_funcdecl(d);
  note_lits_terminate(base);
  gen_pending(base);
  nfuncs = base;
  d->body = stub;
  d->params = d->results = NULL;
  d->fn = NULL;
  body_end();
}

void check_package(Package *pkg, FileAST **files, int nfiles) {
  curpkg = mainpkg = pkg;
  declare_package(pkg, files, nfiles);
  for (int i = 0; i < pkg->scope->n; i++)
    resolve_obj(pkg->scope->objs[i]);
  // Before any body is generated: main.main calls pkg.init if it is needed.
  plan_init(pkg, files, nfiles);
  // The literals of package variables' initialisers (glob..funcN) first.
  note_lits_terminate(0);
  gen_begin();
  gen_pending(0);
  for (int f = 0; f < nfiles; f++)
    for (int i = 0; i < files[f]->ndecls; i++) {
      Node *d = files[f]->decls[i];
      if (d->kind == N_FUNCDECL) {
        if (!d->body && d->recvtype)
          cerror(d->pos, "missing function body");
        compile_funcdecl(d);
      } else if (d->kind == N_VARDECL) {
        for (int j = 0; j < d->nlist; j++)
          if (d->list[j]->obj)
            resolve_obj(d->list[j]->obj);
      }
    }
  for (int i = 0; i < nlitreturns; i++)
    cerror(litreturns[i], "missing return at end of function");
  // Unused imports, per file.
}
