// check.c: type checking of function bodies. Every expression gets its
// Type, constant expressions their value, identifiers their Obj; locals are
// collected per function, and variables used by a function literal from an
// enclosing function are recorded as its captures (constants, assignability
// and binary operators are checkops.c's). Errors are worded as the Go 1.7
// compiler (gc) worded them.
#include "compile.h"

#include <string.h>

Package *curpkg, *mainpkg;
int64_t cur_iota = -1;
GoFunc **funcs;
int nfuncs;
static int capfuncs;
GoFunc *curfn;
// The function holding the literals of package variables' initialisers
// (Go's glob..funcN), made on first use per package.
static GoFunc *glob;
static Package *globpkg;

void check_reset(void) {
  curpkg = mainpkg = NULL;
  cur_iota = -1;
  funcs = NULL;
  nfuncs = capfuncs = 0;
  curfn = glob = NULL;
  globpkg = NULL;
}

void add_func(GoFunc *f) {
  if (curpkg != mainpkg)
    return;   // an imported package's literal: its own compilation has it
  if (nfuncs == capfuncs) {
    capfuncs = capfuncs ? capfuncs * 2 : 32;
    GoFunc **v;
    IN_PKG_ARENA(v = calloc_c(capfuncs * sizeof *v));   // the list outlives a body
    if (nfuncs)
      memcpy(v, funcs, nfuncs * sizeof *v);
    funcs = v;
  }
  funcs[nfuncs++] = f;
}

void objs_push(Obj ***v, int *n, int *cap, Obj *o) {
  if (*n == *cap) {
    *cap = *cap ? *cap * 2 : 8;
    Obj **nv = calloc_c(*cap * sizeof *nv);
    if (*n)
      memcpy(nv, *v, *n * sizeof *nv);
    *v = nv;
  }
  (*v)[(*n)++] = o;
}

const char *expr_string(Node *n) {
  if (!n)
    return "?";
  switch (n->kind) {
  case N_IDENT: return n->name;
  case N_INTLIT: return n->sval ? n->sval : cfmt("%lld", (long long)n->ival);
  case N_CHARLIT: return cfmt("'%c'", (int)n->ival);
  case N_STRLIT: return cfmt("\"%.*s\"", n->slen, n->sval);
  case N_SELECTOR: return cfmt("%s.%s", expr_string(n->l), n->name);
  case N_PAREN: return cfmt("(%s)", expr_string(n->l));
  case N_STAR: return cfmt("*%s", expr_string(n->l));
  case N_ADDR: return cfmt("&%s", expr_string(n->l));
  case N_INDEX: return cfmt("%s[%s]", expr_string(n->l), expr_string(n->r));
  case N_SLICE: return cfmt("%s[%s:%s]", expr_string(n->l), n->lo ? expr_string(n->lo) : "", n->hi ? expr_string(n->hi) : "");
  case N_CALL: case N_CONV: {
    Buf b = {0};
    buf_printf(&b, "%s(", expr_string(n->l));
    for (int i = 0; i < n->nlist; i++)
      buf_printf(&b, "%s%s", i ? ", " : "", expr_string(n->list[i]));
    buf_putc(&b, ')');
    char *s = cstrndup(b.buf, b.len);
    buf_free(&b);
    return s;
  }
  case N_UNARY: return cfmt("%c%s", n->op, expr_string(n->l));
  case N_BINARY: {
    static const char *ops[] = {[OP_EQ - OP_EQ] = "==", "!=", "<=", ">=", "&&", "||", "<<", ">>", "&^"};
    const char *o = n->op >= OP_EQ ? ops[n->op - OP_EQ] : cfmt("%c", n->op);
    return cfmt("%s %s %s", expr_string(n->l), o, expr_string(n->r));
  }
  case N_FUNCLIT: return "func literal";
  case N_COMPOSITE: return cfmt("%s literal", n->typ ? expr_string(n->typ) : "composite");
  case N_TSLICE: return cfmt("[]%s", expr_string(n->l));
  case N_TPTR: return cfmt("*%s", expr_string(n->l));
  case N_TARRAY: return cfmt("[%s]%s", n->r ? expr_string(n->r) : "...", expr_string(n->l));
  default: return "expression";
  }
}

// ---------------------------------------------------------------- expressions


Obj *declare_local(Scope *sc, const char *name, Type *t, CPos pos) {
  Obj *o = calloc_c(sizeof *o);
  o->kind = O_VAR;
  o->name = name;
  o->type = t;
  o->pos = pos;
  o->pkg = curpkg;
  o->fn = curfn;
  o->vclass = V_AUTO;
  o->resolved = true;
  if (strcmp(name, "_")) {
    Obj *old = scope_lookup_local(sc, name);
    if (old)
      cerror(pos, "%s redeclared in this block", name);
    scope_add(sc, o);
  }
  if (curfn)
    objs_push(&curfn->locals, &curfn->nlocals, &curfn->localcap, o);
  return o;
}

// A use of a local of an enclosing function: every function literal in
// between captures it.
static void capture(Obj *o) {
  o->captured = true;
  for (GoFunc *f = curfn; f && f != o->fn; f = f->outer) {
    bool have = false;
    for (int i = 0; i < f->ncaptures; i++)
      if (f->captures[i] == o)
        have = true;
    if (!have) {
      int cap = f->ncaptures;   // grown one at a time: few captures
      Obj **v = calloc_c((cap + 1) * sizeof *v);
      if (cap)
        memcpy(v, f->captures, cap * sizeof *v);
      v[cap] = o;
      f->captures = v;
      f->ncaptures++;
    }
  }
}

static Type *check_ident(Node *n, Scope *sc) {
  if (!strcmp(n->name, "_")) {
    cerror(n->pos, "cannot use _ as value");
    return NULL;
  }
  Obj *o = scope_find(sc, n->name);
  if (!o) {
    cerror(n->pos, "undefined: %s", n->name);
    return NULL;
  }
  n->obj = o;
  resolve_obj(o);
  switch (o->kind) {
  case O_VAR:
    o->used = true;
    if (o->fn && o->fn != curfn)
      capture(o);
    return o->type;
  case O_CONST:
    n->isconst = true;
    if (o->index == -1 && o->type == t_untyped_int && !strcmp(o->name, "iota")) {
      if (cur_iota < 0) {
        cerror(n->pos, "cannot use iota outside constant declaration");
        return t_untyped_int;
      }
      n->cval = cur_iota;
      return t_untyped_int;
    }
    n->cval = o->cval;
    n->ubig = o->ubig;
    n->sval = o->sval;
    n->slen = o->slen;
    return o->type;
  case O_TYPE:
    n->istype = true;
    if (!o->type && o->sval)
      unsupported(n->pos, o->sval);
    return o->type;
  case O_FUNC:
    return o->type;
  case O_NIL:
    return t_nil;
  case O_PKG:
    cerror(n->pos, "use of package %s without selector", n->name);
    return NULL;
  case O_BUILTIN:
    if (o->builtin == B_PANIC || o->builtin == B_RECOVER)
      unsupported(n->pos, "panic and recover");
    cerror(n->pos, "%s (built-in function) must be called", n->name);
    return NULL;
  }
  return NULL;
}

// A selector on a value or a type: field, method, or promoted one.
static Type *check_selector(Node *n, Scope *sc) {
  if (n->l->kind == N_IDENT) {
    Obj *p = scope_find(sc, n->l->name);
    if (p && p->kind == O_PKG) {
      p->pkgused = true;
      if (!strcmp(p->ipkg->path, "unsafe")) {
        if (!strcmp(n->name, "Pointer")) {
          n->istype = true;
          return resolve_type(n, sc);
        }
        unsupported(n->pos, cfmt("unsafe.%s", n->name));
      }
      Obj *o = scope_lookup_local(p->ipkg->scope, n->name);
      if (!(n->name[0] >= 'A' && n->name[0] <= 'Z')) {
        cerror(n->pos, "cannot refer to unexported name %s.%s", n->l->name, n->name);
        return NULL;
      }
      if (!o) {
        cerror(n->pos, "undefined: %s.%s", n->l->name, n->name);
        return NULL;
      }
      resolve_obj(o);
      n->obj = o;
      switch (o->kind) {
      case O_CONST:
        n->isconst = true;
        n->cval = o->cval;
        n->ubig = o->ubig;
        n->sval = o->sval;
        n->slen = o->slen;
        return o->type;
      case O_TYPE:
        n->istype = true;
        return o->type;
      default:
        return o->type;
      }
    }
  }
  Type *t = check(n->l, sc, NULL);
  if (!t)
    return NULL;
  if (n->l->istype) {
    // A method expression T.m: outside the subset.
    unsupported(n->pos, "method expressions");
  }
  Type *owner = NULL;
  Node **path = NULL;
  int npath = 0;
  int off = 0;
  Field *f = find_field(t, n->name, &off, &path, &npath, n->pos);
  if (f) {
    n->field = f;
    n->fieldoff = off;
    n->path = path;
    n->npath = npath;
    return f->type;
  }
  Method *m = find_method(t, n->name, &path, &npath, &owner);
  if (m) {
    n->method = m;
    n->mrecv = owner;
    n->path = path;
    n->npath = npath;
    resolve_obj(m->fn);
    return m->fn->type;
  }
  cerror(n->pos, "%s undefined (type %s has no field or method %s)", expr_string(n), type_string(t), n->name);
  return NULL;
}


static Type *check_composite(Node *n, Scope *sc, Type *t) {
  if (n->typ) {
    if (n->typ->kind == N_TARRAY && n->typ->hasdots) {
      Type *et = resolve_type(n->typ->l, sc);
      t = new_type(TY_ARRAY);
      t->elem = et;
      int64_t max = 0, idx = 0;
      for (int i = 0; i < n->nlist; i++) {
        if (n->list[i]->kind == N_KEYVAL) {
          check(n->list[i]->l, sc, t_int);
          if (n->list[i]->l->isconst)
            idx = n->list[i]->l->cval;
        }
        idx++;
        if (idx > max)
          max = idx;
      }
      t->len = max;
      underlying(et);
      t->size = (int)(et->size * max);
      t->align = et->align;
    } else {
      t = resolve_type(n->typ, sc);
    }
  }
  if (!t) {
    cerror(n->pos, "missing type in composite literal");
    return NULL;
  }
  n->type = t;
  Type *u = underlying(t);
  if (u->kind == TY_STRUCT) {
    bool keyed = n->nlist && n->list[0]->kind == N_KEYVAL;
    if (!keyed && n->nlist && n->nlist != u->nfields)
      cerror(n->pos, n->nlist < u->nfields ? "too few values in struct initializer" : "too many values in struct initializer");
    for (int i = 0; i < n->nlist; i++) {
      Node *e = n->list[i];
      if ((e->kind == N_KEYVAL) != keyed) {
        cerror(e->pos, "mixture of field:value and value initializers");
        continue;
      }
      if (keyed) {
        if (e->l->kind != N_IDENT) {
          cerror(e->l->pos, "invalid field name %s in struct initializer", expr_string(e->l));
          continue;
        }
        Field *f = NULL;
        for (int j = 0; j < u->nfields; j++)
          if (!strcmp(u->fields[j].name, e->l->name))
            f = &u->fields[j];
        if (!f) {
          cerror(e->l->pos, "unknown field '%s' in struct literal of type %s", e->l->name, type_string(t));
          continue;
        }
        for (int j = 0; j < i; j++)
          if (n->list[j]->kind == N_KEYVAL && n->list[j]->field == f)
            cerror(e->l->pos, "duplicate field name %s in struct literal", e->l->name);
        e->field = f;
        Node *v = e->r;
        if (v->kind == N_COMPOSITE && !v->typ)
          check_composite(v, sc, f->type);
        else
          check(v, sc, f->type);
        assign_to(v, f->type, "field value");
      } else if (i < u->nfields) {
        e->field = &u->fields[i];
        if (e->kind == N_COMPOSITE && !e->typ)
          check_composite(e, sc, u->fields[i].type);
        else
          check(e, sc, u->fields[i].type);
        assign_to(e, u->fields[i].type, "field value");
      }
    }
    return t;
  }
  if (u->kind == TY_ARRAY || u->kind == TY_SLICE) {
    int64_t idx = 0, max = 0;
    for (int i = 0; i < n->nlist; i++) {
      Node *e = n->list[i];
      if (e->kind == N_KEYVAL) {
        check(e->l, sc, t_int);
        if (!e->l->isconst || !is_integer(e->l->type)) {
          cerror(e->l->pos, "index must be non-negative integer constant");
        } else {
          idx = e->l->cval;
        }
        e->elemidx = idx;
        e = e->r;
      } else {
        n->list[i]->elemidx = idx;
      }
      if (u->kind == TY_ARRAY && idx >= u->len)
        cerror(e->pos, "array index %lld out of bounds [0:%lld]", (long long)idx, (long long)u->len);
      if (e->kind == N_COMPOSITE && !e->typ)
        check_composite(e, sc, u->elem);
      else if (e->kind == N_ADDR && e->l->kind == N_COMPOSITE && !e->l->typ && underlying(u->elem)->kind == TY_PTR) {
        check_composite(e->l, sc, underlying(u->elem)->elem);
        e->type = ptrto(e->l->type);
      } else
        check(e, sc, u->elem);
      assign_to(e, u->elem, "array or slice literal");
      idx++;
      if (idx > max)
        max = idx;
    }
    n->ival = max;   // the slice literal's length
    return t;
  }
  cerror(n->pos, "invalid type for composite literal: %s", type_string(t));
  return t;
}

bool is_addressable(Node *n) {
  switch (n->kind) {
  case N_IDENT: return n->obj && n->obj->kind == O_VAR;
  case N_PAREN: return is_addressable(n->l);
  case N_STAR: return true;
  case N_SELECTOR:
    if (n->obj && n->obj->kind == O_VAR)
      return true;   // pkg.V
    return n->field && n->l && (n->npath || underlying(n->l->type)->kind == TY_PTR || is_addressable(n->l));
  case N_INDEX: {
    Type *u = underlying(n->l->type);
    if (u->kind == TY_SLICE || u->kind == TY_PTR)
      return true;
    if (u->kind == TY_ARRAY)
      return is_addressable(n->l);
    return false;
  }
  default: return false;
  }
}

void mark_addrtaken(Node *n) {
  while (n->kind == N_PAREN || (n->kind == N_SELECTOR && n->field && underlying(n->l->type)->kind != TY_PTR && !n->npath) ||
         (n->kind == N_INDEX && underlying(n->l->type)->kind == TY_ARRAY))
    n = n->l;
  if (n->kind == N_IDENT && n->obj && n->obj->kind == O_VAR && n->obj->vclass != V_GLOBAL)
    n->obj->addrtaken = true;
}

static Type *check_funclit(Node *n, Scope *sc) {
  Type *t = resolve_type(n, sc);
  GoFunc *outer = curfn, *saved = curfn;
  if (!outer) {
    // A literal in a package variable's initialiser: Go's glob..funcN.
    if (!glob || globpkg != curpkg) {
      glob = new_func("glob", NULL, NULL, NULL);
      globpkg = curpkg;
    }
    outer = glob;
  }
  GoFunc *f = new_func(cfmt("%s.func%d", outer->name, ++outer->nlits), NULL, n, t);
  f->outer = outer;
  n->fn = f;
  GoFunc *top = outer;
  while (top->outer)
    top = top->outer;
  // Go numbers literals per top-level function: F.func1, F.func2, ...
  if (outer != top) {
    outer->nlits--;
    f->name = cfmt("%s.func%d", top->name, ++top->nlits);
  }
  curfn = f;
  Scope *fs = scope_new(sc);
  f->scope = fs;
  for (int i = 0; i < n->nparams; i++) {
    Obj *o = declare_local(fs, n->params[i]->name ? n->params[i]->name : "_", t->params[i], n->params[i]->pos);
    o->vclass = V_PARAM;
    o->isparam = true;
    o->used = true;
    objs_push(&f->params, &f->nparamobjs, &(int){f->nparamobjs}, o);
  }
  for (int i = 0; i < n->nresults; i++) {
    Obj *o = declare_local(fs, n->results[i]->name ? n->results[i]->name : cfmt("~r%d", i), t->results[i], n->results[i]->pos);
    o->vclass = V_PARAM;
    o->isparam = true;
    o->isresult = true;
    o->used = true;
    objs_push(&f->results, &f->nresultobjs, &(int){f->nresultobjs}, o);
  }
  add_func(f);
  check_block(n->body, fs);
  curfn = saved;
  return t;
}

Type *check(Node *n, Scope *sc, Type *want) {
  Type *t = NULL;
  switch (n->kind) {
  case N_IDENT: t = check_ident(n, sc); break;
  case N_INTLIT: n->isconst = true; n->cval = n->ival; n->ubig = n->ival < 0; t = t_untyped_int; break;
  case N_CHARLIT: n->isconst = true; n->cval = n->ival; t = t_untyped_rune; break;
  case N_STRLIT: n->isconst = true; t = t_untyped_string; break;
  case N_PAREN:
    t = check(n->l, sc, want);
    n->isconst = n->l->isconst;
    n->cval = n->l->cval;
    n->ubig = n->l->ubig;
    n->sval = n->l->sval;
    n->slen = n->l->slen;
    n->istype = n->l->istype;
    break;
  case N_FUNCLIT: t = check_funclit(n, sc); break;
  case N_COMPOSITE: t = check_composite(n, sc, n->typ ? NULL : want); break;
  case N_SELECTOR: t = check_selector(n, sc); break;
  case N_INDEX: {
    Type *lt = check(n->l, sc, NULL);
    Type *it = check(n->r, sc, t_int);
    if (!lt || !it)
      return NULL;
    if (!is_integer(it)) {
      cerror(n->r->pos, "invalid array index %s (type %s)", expr_string(n->r), type_string(it));
      return NULL;
    }
    if (is_untyped(it))
      assign_to(n->r, t_int, "index");
    Type *u = underlying(lt);
    if (u->kind == TY_PTR && underlying(u->elem)->kind == TY_ARRAY)
      u = underlying(u->elem);
    if (n->r->isconst && n->r->cval < 0) {
      cerror(n->r->pos, "invalid array index %s (index must be non-negative)", expr_string(n->r));
      return NULL;
    }
    if (u->kind == TY_ARRAY) {
      if (n->r->isconst && n->r->cval >= u->len)
        cerror(n->r->pos, "invalid array index %s (out of bounds for %lld-element array)", expr_string(n->r), (long long)u->len);
      t = u->elem;
    } else if (u->kind == TY_SLICE) {
      t = u->elem;
    } else if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING) {
      if (n->l->isconst && n->r->isconst) {
        if (n->r->cval >= n->l->slen)
          cerror(n->r->pos, "invalid string index %s (out of bounds for %d-byte string)", expr_string(n->r), n->l->slen);
      }
      if (is_untyped(lt))
        assign_to(n->l, t_string, "index");
      t = t_uint8;
    } else {
      cerror(n->pos, "invalid operation: %s (type %s does not support indexing)", expr_string(n), type_string(lt));
      return NULL;
    }
    break;
  }
  case N_SLICE: {
    Type *lt = check(n->l, sc, NULL);
    if (!lt)
      return NULL;
    Node *ix[3] = {n->lo, n->hi, n->max};
    for (int i = 0; i < 3; i++)
      if (ix[i]) {
        Type *it = check(ix[i], sc, t_int);
        if (it && !is_integer(it))
          cerror(ix[i]->pos, "invalid slice index %s (type %s)", expr_string(ix[i]), type_string(it));
        else if (it && is_untyped(it))
          assign_to(ix[i], t_int, "index");
        if (ix[i]->isconst && ix[i]->cval < 0)
          cerror(ix[i]->pos, "invalid slice index %s (index must be non-negative)", expr_string(ix[i]));
      }
    if (n->lo && n->hi && n->lo->isconst && n->hi->isconst && n->lo->cval > n->hi->cval)
      cerror(n->pos, "invalid slice index: %lld > %lld", (long long)n->lo->cval, (long long)n->hi->cval);
    Type *u = underlying(lt);
    if (u->kind == TY_PTR && underlying(u->elem)->kind == TY_ARRAY) {
      t = slice_of(underlying(u->elem)->elem);
    } else if (u->kind == TY_ARRAY) {
      if (!is_addressable(n->l)) {
        cerror(n->pos, "invalid operation %s (slice of unaddressable value)", expr_string(n));
        return NULL;
      }
      mark_addrtaken(n->l);
      t = slice_of(u->elem);
    } else if (u->kind == TY_SLICE) {
      t = lt;
    } else if (is_string(u)) {
      if (n->max)
        cerror(n->pos, "invalid operation %s (3-index slice of string)", expr_string(n));
      if (is_untyped(lt))
        assign_to(n->l, t_string, "slice");
      t = is_untyped(lt) ? t_string : lt;
    } else {
      cerror(n->pos, "cannot slice %s (type %s)", expr_string(n->l), type_string(lt));
      return NULL;
    }
    break;
  }
  case N_CALL: t = check_call(n, sc, want); break;
  case N_STAR: {
    Type *lt = check(n->l, sc, NULL);
    if (!lt)
      return NULL;
    if (n->l->istype) {
      n->istype = true;
      t = ptrto(lt);
      break;
    }
    if (lt->kind == TY_NIL) {
      cerror(n->pos, "invalid indirect of nil");
      return NULL;
    }
    if (underlying(lt)->kind != TY_PTR) {
      cerror(n->pos, "invalid indirect of %s (type %s)", expr_string(n->l), type_string(lt));
      return NULL;
    }
    t = underlying(lt)->elem;
    break;
  }
  case N_ADDR: {
    if (n->l->kind == N_COMPOSITE) {
      Type *lt = check(n->l, sc, want && underlying(want)->kind == TY_PTR ? underlying(want)->elem : NULL);
      if (!lt)
        return NULL;
      t = ptrto(lt);
      break;
    }
    Type *lt = check(n->l, sc, NULL);
    if (!lt)
      return NULL;
    if (!is_addressable(n->l)) {
      cerror(n->pos, "cannot take the address of %s", expr_string(n->l));
      return NULL;
    }
    mark_addrtaken(n->l);
    t = ptrto(lt);
    break;
  }
  case N_UNARY: {
    Type *lt = check(n->l, sc, want);
    if (!lt || !value_ok(n->l))   // -int8: a type is not an operand
      return NULL;
    if (n->op == '!') {
      if (!is_bool(lt)) {
        cerror(n->pos, "invalid operation: ! %s (operator ! not defined on %s)", expr_string(n->l), type_string(lt));
        return NULL;
      }
      if (n->l->isconst) {
        n->isconst = true;
        n->cval = !n->l->cval;
      }
    } else {
      if (!is_integer(lt)) {
        cerror(n->pos, "invalid operation: %c %s (operator %c not defined on %s)", n->op, expr_string(n->l), n->op, type_string(lt));
        return NULL;
      }
      if (n->l->isconst && fold_unary(n, lt) && !is_untyped(lt) && !fits(n->cval, lt))
        cerror(n->pos, "constant %s overflows %s", const_text(n), type_string(lt));
    }
    t = lt;
    break;
  }
  case N_BINARY: t = check_binary(n, sc); break;
  case N_TARRAY: case N_TSLICE: case N_TPTR: case N_TSTRUCT: case N_TFUNC:
    n->istype = true;
    t = resolve_type(n, sc);
    break;
  case N_KEYVAL:
    cerror(n->pos, "unexpected key:value expression");
    return NULL;
  default:
    cerror(n->pos, "unexpected expression");
    return NULL;
  }
  n->type = t;
  return t;
}

Type *check_expr(Node *n, Scope *sc, Type *want) {
  Type *t = check(n, sc, want);
  return t;
}

