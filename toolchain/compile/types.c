// types.c: types and their 386 layout, scopes, the universe, and type
// expressions resolved to Types. The package-level declarations that use
// them are package.c's.
#include "compile.h"

#include <stdlib.h>
#include <string.h>

Type *t_bool, *t_int, *t_int8, *t_int16, *t_int32, *t_int64, *t_uint, *t_uint8, *t_uint16,
    *t_uint32, *t_uint64, *t_uintptr, *t_string, *t_nil, *t_untyped_int, *t_untyped_rune,
    *t_untyped_bool, *t_untyped_string;
Scope *universe;

static int ntypes;
static Type *t_unsafeptr;   // unsafe.Pointer, made on first use

// The large scopes' tables, Maps whose memory is not the arena's: freed here.
static Map **scope_tabs;
static int nscope_tabs, capscope_tabs;

int scope_tabs_mark(void) { return nscope_tabs; }

// The tables of the scopes made since mark (a function body's): their
// scopes are in the body's arena, about to be reset.
void scope_tabs_release(int mark) {
  while (nscope_tabs > mark) {
    Map *m = scope_tabs[--nscope_tabs];
    map_free(m);
    free(m);
  }
}

void types_reset(void) {
  scope_tabs_release(0);
  free(scope_tabs);
  scope_tabs = NULL;
  capscope_tabs = 0;
  universe = NULL;
  ntypes = 0;
  t_unsafeptr = NULL;
}

Type *new_type(TypeKind k) {
  Type *t = calloc_c(sizeof *t);
  t->kind = k;
  t->id = ++ntypes;
  return t;
}

static Type *basic(TypeKind k, int size) {
  Type *t = new_type(k);
  t->size = size;
  t->align = size > 4 ? 4 : size ? size : 1;
  return t;
}

Type *underlying(Type *t) {
  while (t && t->kind == TY_NAMED) {
    if (!t->under) {
      if (!t->decl)
        return t;
      if (t->resolving) {
        cerror(t->decl->pos, "invalid recursive type %s", t->name);
        t->under = t_int;
        return t->under;
      }
      t->resolving = true;
      // A package-level type resolved from a body lives on after it.
      Type *u;
      IN_PKG_ARENA(u = resolve_type(t->decl->typ, t->declscope));
      t->resolving = false;
      t->under = underlying(u);
      t->size = t->under->size;
      t->align = t->under->align;
    }
    t = t->under;
  }
  return t;
}

// The cached *T and []T outlive a function body that asks for them first:
// the package's arena.
Type *ptrto(Type *t) {
  if (!t->ptrto) {
    Type *p;
    IN_PKG_ARENA(p = basic(TY_PTR, 4));
    p->elem = t;
    t->ptrto = p;
  }
  return t->ptrto;
}

Type *slice_of(Type *t) {
  if (!t->sliceof) {
    Type *s;
    IN_PKG_ARENA(s = basic(TY_SLICE, 12));
    s->align = 4;
    s->elem = t;
    t->sliceof = s;
  }
  return t->sliceof;
}

bool is_integer(Type *t) {
  t = underlying(t);
  return t && ((t->kind >= TY_INT8 && t->kind <= TY_UINTPTR) || t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_RUNE);
}

bool is_unsigned(Type *t) {
  t = underlying(t);
  return t && t->kind >= TY_UINT8 && t->kind <= TY_UINTPTR;
}

bool is_untyped(Type *t) {
  return t && (t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_RUNE || t->kind == TY_UNTYPED_BOOL ||
               t->kind == TY_UNTYPED_STRING || t->kind == TY_NIL);
}

bool is_string(Type *t) {
  t = underlying(t);
  return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool is_bool(Type *t) {
  t = underlying(t);
  return t && (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL);
}

Type *default_type(Type *t) {
  if (!t)
    return t;
  switch (t->kind) {
  case TY_UNTYPED_INT: return t_int;
  case TY_UNTYPED_RUNE: return t_int32;
  case TY_UNTYPED_BOOL: return t_bool;
  case TY_UNTYPED_STRING: return t_string;
  default: return t;
  }
}

bool identical(Type *a, Type *b) {
  if (a == b)
    return true;
  if (!a || !b || a->kind != b->kind || a->kind == TY_NAMED)
    return false;
  switch (a->kind) {
  case TY_PTR: case TY_SLICE:
    return identical(a->elem, b->elem);
  case TY_ARRAY:
    return a->len == b->len && identical(a->elem, b->elem);
  case TY_STRUCT:
    if (a->nfields != b->nfields)
      return false;
    for (int i = 0; i < a->nfields; i++)
      if (strcmp(a->fields[i].name, b->fields[i].name) || a->fields[i].embedded != b->fields[i].embedded ||
          !identical(a->fields[i].type, b->fields[i].type))
        return false;
    return true;
  case TY_FUNC:
    if (a->nparams != b->nparams || a->nresults != b->nresults || a->variadic != b->variadic)
      return false;
    for (int i = 0; i < a->nparams; i++)
      if (!identical(a->params[i], b->params[i]))
        return false;
    for (int i = 0; i < a->nresults; i++)
      if (!identical(a->results[i], b->results[i]))
        return false;
    return true;
  default:
    return true;   // basic kinds are unique objects, except byte/rune aliases
  }
}

static void type_str(Buf *b, Type *t) {
  if (!t) {
    buf_puts(b, "<nil>");
    return;
  }
  switch (t->kind) {
  case TY_NAMED:
    if (t->pkg && t->pkg != curpkg)
      buf_printf(b, "%s.", t->pkg->name);
    buf_puts(b, t->name);
    return;
  case TY_PTR: buf_putc(b, '*'); type_str(b, t->elem); return;
  case TY_SLICE: buf_puts(b, "[]"); type_str(b, t->elem); return;
  case TY_ARRAY: buf_printf(b, "[%lld]", (long long)t->len); type_str(b, t->elem); return;
  case TY_STRUCT:
    buf_puts(b, "struct {");
    for (int i = 0; i < t->nfields; i++) {
      buf_puts(b, i ? "; " : " ");
      if (!t->fields[i].embedded)
        buf_printf(b, "%s ", t->fields[i].name);
      type_str(b, t->fields[i].type);
    }
    buf_puts(b, t->nfields ? " }" : "}");
    return;
  case TY_FUNC:
    buf_puts(b, "func(");
    for (int i = 0; i < t->nparams; i++) {
      if (i)
        buf_puts(b, ", ");
      if (t->variadic && i == t->nparams - 1) {
        buf_puts(b, "...");
        type_str(b, t->params[i]->elem);
      } else {
        type_str(b, t->params[i]);
      }
    }
    buf_putc(b, ')');
    if (t->nresults == 1) {
      buf_putc(b, ' ');
      type_str(b, t->results[0]);
    } else if (t->nresults > 1) {
      buf_puts(b, " (");
      for (int i = 0; i < t->nresults; i++) {
        if (i)
          buf_puts(b, ", ");
        type_str(b, t->results[i]);
      }
      buf_putc(b, ')');
    }
    return;
  case TY_TUPLE:
    buf_putc(b, '(');
    for (int i = 0; i < t->nresults; i++) {
      if (i)
        buf_puts(b, ", ");
      type_str(b, t->results[i]);
    }
    buf_putc(b, ')');
    return;
  default: {
    static const char *names[] = {
        [TY_BOOL] = "bool", [TY_INT8] = "int8", [TY_INT16] = "int16", [TY_INT32] = "int32",
        [TY_INT64] = "int64", [TY_INT] = "int", [TY_UINT8] = "uint8", [TY_UINT16] = "uint16",
        [TY_UINT32] = "uint32", [TY_UINT64] = "uint64", [TY_UINT] = "uint", [TY_UINTPTR] = "uintptr",
        [TY_STRING] = "string", [TY_UNSAFEPTR] = "unsafe.Pointer", [TY_NIL] = "nil",
        [TY_UNTYPED_INT] = "untyped number", [TY_UNTYPED_RUNE] = "untyped rune",
        [TY_UNTYPED_BOOL] = "untyped bool", [TY_UNTYPED_STRING] = "untyped string",
    };
    buf_puts(b, names[t->kind] ? names[t->kind] : "?");
  }
  }
}

const char *type_string(Type *t) {
  Buf b = {0};
  type_str(&b, t);
  char *s = cstrndup(b.buf, b.len);
  buf_free(&b);
  return s;
}

void layout_struct(Type *t) {
  int off = 0, align = 1;
  for (int i = 0; i < t->nfields; i++) {
    Type *ft = t->fields[i].type;
    underlying(ft);
    int a = ft->align ? ft->align : 1;
    off = (off + a - 1) / a * a;
    t->fields[i].offset = off;
    off += ft->size;
    if (a > align)
      align = a;
  }
  t->align = align;
  t->size = (off + align - 1) / align * align;
}

bool has_pointers(Type *t) {
  t = underlying(t);
  switch (t->kind) {
  case TY_PTR: case TY_SLICE: case TY_STRING: case TY_FUNC: case TY_UNSAFEPTR:
    return true;
  case TY_ARRAY:
    return t->len > 0 && has_pointers(t->elem);
  case TY_STRUCT:
    for (int i = 0; i < t->nfields; i++)
      if (has_pointers(t->fields[i].type))
        return true;
    return false;
  default:
    return false;
  }
}

// ---------------------------------------------------------------- scopes

Scope *scope_new(Scope *outer) {
  Scope *s = calloc_c(sizeof *s);
  s->outer = outer;
  return s;
}

enum { SCOPE_HASH_MIN = 16 };   // a linear search is as fast below this

void scope_add(Scope *s, Obj *o) {
  if (s->n == s->cap) {
    int nc = s->cap ? s->cap * 2 : 8;
    Obj **v = calloc_c(nc * sizeof *v);
    if (s->n)
      memcpy(v, s->objs, s->n * sizeof *v);
    s->objs = v;
    s->cap = nc;
  }
  s->objs[s->n++] = o;
  if (s->n < SCOPE_HASH_MIN)
    return;
  // A later declaration of a name hides an earlier one, as the linear
  // search from the end finds it: map_put replaces.
  if (!s->tab) {   // built in declaration order
    if (nscope_tabs == capscope_tabs)
      scope_tabs = xrealloc(scope_tabs, (capscope_tabs = capscope_tabs ? 2 * capscope_tabs : 16) *
                                            sizeof *scope_tabs);
    s->tab = scope_tabs[nscope_tabs++] = xcalloc(1, sizeof *s->tab);
    for (int i = 0; i < s->n; i++)
      map_put(s->tab, s->objs[i]->name, s->objs[i]);
  } else {
    map_put(s->tab, o->name, o);
  }
}

Obj *scope_lookup_local(Scope *s, const char *name) {
  if (s->tab)
    return map_get(s->tab, name);
  for (int i = s->n - 1; i >= 0; i--)
    if (!strcmp(s->objs[i]->name, name))
      return s->objs[i];
  return NULL;
}

Obj *scope_find(Scope *s, const char *name) {
  for (; s; s = s->outer) {
    Obj *o = scope_lookup_local(s, name);
    if (o)
      return o;
  }
  return NULL;
}

Obj *new_obj(ObjKind k, const char *name, Type *t) {
  Obj *o = calloc_c(sizeof *o);
  o->kind = k;
  o->name = name;
  o->type = t;
  o->resolved = true;
  return o;
}

void universe_init(void) {
  universe = scope_new(NULL);
  struct {
    const char *name;
    Type **t;
    TypeKind k;
    int size;
  } basics[] = {
      {"bool", &t_bool, TY_BOOL, 1},       {"int", &t_int, TY_INT, 4},
      {"int8", &t_int8, TY_INT8, 1},       {"int16", &t_int16, TY_INT16, 2},
      {"int32", &t_int32, TY_INT32, 4},    {"int64", &t_int64, TY_INT64, 8},
      {"uint", &t_uint, TY_UINT, 4},       {"uint8", &t_uint8, TY_UINT8, 1},
      {"uint16", &t_uint16, TY_UINT16, 2}, {"uint32", &t_uint32, TY_UINT32, 4},
      {"uint64", &t_uint64, TY_UINT64, 8}, {"uintptr", &t_uintptr, TY_UINTPTR, 4},
      {"string", &t_string, TY_STRING, 8},
  };
  for (size_t i = 0; i < sizeof basics / sizeof basics[0]; i++) {
    *basics[i].t = basic(basics[i].k, basics[i].size);
    scope_add(universe, new_obj(O_TYPE, basics[i].name, *basics[i].t));
  }
  t_string->align = 4;
  scope_add(universe, new_obj(O_TYPE, "byte", t_uint8));
  scope_add(universe, new_obj(O_TYPE, "rune", t_int32));
  t_nil = basic(TY_NIL, 4);
  t_untyped_int = basic(TY_UNTYPED_INT, 8);
  t_untyped_rune = basic(TY_UNTYPED_RUNE, 4);
  t_untyped_bool = basic(TY_UNTYPED_BOOL, 1);
  t_untyped_string = basic(TY_UNTYPED_STRING, 8);
  Obj *o = new_obj(O_CONST, "true", t_untyped_bool);
  o->cval = 1;
  scope_add(universe, o);
  scope_add(universe, new_obj(O_CONST, "false", t_untyped_bool));
  scope_add(universe, new_obj(O_NIL, "nil", t_nil));
  o = new_obj(O_CONST, "iota", t_untyped_int);
  o->index = -1;   // its value is the spec's
  scope_add(universe, o);
  struct {
    const char *name;
    Builtin b;
  } builtins[] = {
      {"len", B_LEN}, {"cap", B_CAP}, {"append", B_APPEND}, {"copy", B_COPY}, {"make", B_MAKE},
      {"new", B_NEW}, {"print", B_PRINT}, {"println", B_PRINTLN}, {"panic", B_PANIC},
      {"recover", B_RECOVER}, {"complex", B_COMPLEX}, {"real", B_REAL}, {"imag", B_IMAG},
      {"delete", B_DELETE}, {"close", B_CLOSE},
  };
  for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
    o = new_obj(O_BUILTIN, builtins[i].name, NULL);
    o->builtin = builtins[i].b;
    scope_add(universe, o);
  }
  static const char *refused[][2] = {
      {"float32", "floating-point numbers"}, {"float64", "floating-point numbers"},
      {"complex64", "complex numbers"}, {"complex128", "complex numbers"},
      {"error", "interfaces"}, {"any", "interfaces"},
  };
  for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) {
    o = new_obj(O_TYPE, refused[i][0], NULL);
    o->sval = refused[i][1];   // resolve_type refuses it by this name
    scope_add(universe, o);
  }
}

// ---------------------------------------------------------------- type expressions

Type *func_type(Node *n, Scope *sc) {
  Type *t = new_type(TY_FUNC);
  t->size = t->align = 4;
  t->nparams = n->nparams;
  t->params = calloc_c((n->nparams + 1) * sizeof(Type *));
  for (int i = 0; i < n->nparams; i++) {
    Type *pt = resolve_type(n->params[i]->typ, sc);
    if (n->params[i]->hasdots) {
      pt = slice_of(pt);
      t->variadic = true;
    }
    t->params[i] = pt;
  }
  t->nresults = n->nresults;
  t->results = calloc_c((n->nresults + 1) * sizeof(Type *));
  for (int i = 0; i < n->nresults; i++)
    t->results[i] = resolve_type(n->results[i]->typ, sc);
  return t;
}

Type *resolve_type(Node *n, Scope *sc) {
  switch (n->kind) {
  case N_PAREN:
    return resolve_type(n->l, sc);
  case N_IDENT: {
    Obj *o = scope_find(sc, n->name);
    if (!o) {
      cerror(n->pos, "undefined: %s", n->name);
      return t_int;
    }
    if (o->kind != O_TYPE) {
      cerror(n->pos, "%s is not a type", n->name);
      return t_int;
    }
    if (!o->type && o->sval)
      unsupported(n->pos, o->sval);
    resolve_obj(o);
    return o->type;
  }
  case N_SELECTOR: {
    if (n->l->kind == N_IDENT) {
      Obj *p = scope_find(sc, n->l->name);
      if (p && p->kind == O_PKG) {
        p->pkgused = true;
        if (!strcmp(p->ipkg->path, "unsafe") && !strcmp(n->name, "Pointer")) {
          if (!t_unsafeptr)   // lives on after the body that names it first
            IN_PKG_ARENA(t_unsafeptr = basic(TY_UNSAFEPTR, 4));
          return t_unsafeptr;
        }
        Obj *o = scope_lookup_local(p->ipkg->scope, n->name);
        if (!o || o->kind != O_TYPE || !(n->name[0] >= 'A' && n->name[0] <= 'Z')) {
          cerror(n->pos, "undefined: %s.%s", n->l->name, n->name);
          return t_int;
        }
        resolve_obj(o);
        return o->type;
      }
    }
    cerror(n->pos, "%s is not a type", expr_string(n));
    return t_int;
  }
  case N_STAR:
  case N_TPTR:
    return ptrto(resolve_type(n->l, sc));
  case N_TSLICE:
    return slice_of(resolve_type(n->l, sc));
  case N_TARRAY: {
    Type *t = new_type(TY_ARRAY);
    t->elem = resolve_type(n->l, sc);
    if (!n->r) {
      cerror(n->pos, "use of [...] array outside of array literal");
      return t;
    }
    Type *lt = check_expr(n->r, sc, NULL);
    int64_t v;
    if (!n->r->isconst || !is_integer(lt) || !const_value(n->r, &v)) {
      cerror(n->r->pos, "invalid array bound %s", expr_string(n->r));
      v = 0;
    } else if (v < 0) {
      cerror(n->r->pos, "invalid array bound %s", expr_string(n->r));
      v = 0;
    }
    t->len = v;
    underlying(t->elem);
    // Divided, not multiplied: the bound may be near INT64_MAX.
    if (t->elem->size && v > 0x7fffffff / t->elem->size) {
      cerror(n->pos, "type %s larger than address space", type_string(t));
      v = t->len = 0;
    }
    t->size = (int)(t->elem->size * v);
    t->align = t->elem->align ? t->elem->align : 1;
    return t;
  }
  case N_TSTRUCT: {
    Type *t = new_type(TY_STRUCT);
    t->nfields = n->nlist;
    t->fields = calloc_c((n->nlist + 1) * sizeof(Field));
    for (int i = 0; i < n->nlist; i++) {
      Node *f = n->list[i];
      // The node may be a signature's, parsed again for a moment (sig_parse).
      t->fields[i].name = cstrndup(f->name, strlen(f->name));
      t->fields[i].type = resolve_type(f->typ, sc);
      t->fields[i].embedded = f->embedded;
      for (int j = 0; j < i; j++)
        if (strcmp(f->name, "_") && !strcmp(t->fields[j].name, f->name))
          cerror(f->pos, "duplicate field %s", f->name);
    }
    layout_struct(t);
    return t;
  }
  case N_TFUNC:
  case N_FUNCLIT:
    return func_type(n, sc);
  default:
    cerror(n->pos, "%s is not a type", expr_string(n));
    return t_int;
  }
}
