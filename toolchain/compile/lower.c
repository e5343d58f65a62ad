// lower.c: what the back end should not have to work out. Fields and
// methods reached through embedded structs (Go's promotion, shallowest
// depth first), the symbols of functions and methods, and where each
// variable lives: a parameter in the argument block, a local in the frame,
// or -- when its address is taken or a function literal captures it -- in a
// heap object from runtime.newobject, reached through a frame slot (Go's
// escape analysis, at its most conservative).
#include "compile.h"

#include <string.h>

GoFunc *new_func(const char *name, const char *sym, Node *decl, Type *type) {
  GoFunc *f = calloc_c(sizeof *f);
  f->name = name;
  f->sym = sym;
  f->decl = decl;
  f->type = type;
  return f;
}

// Go 1.7 names methods pkg.T.m and pkg.(*T).m; the assembly dialect takes
// no parentheses in a symbol, so both are T·m here (a type cannot have a
// value and a pointer method of the same name, so they cannot clash).
const char *method_sym(Type *recv, const char *name) {
  return cfmt("%s·%s", recv->name, name);
}

const char *obj_sym(Obj *o) {
  return cfmt("%s%s", pkg_symprefix(o->pkg, mainpkg), o->sym);
}

// A step through an embedded field, for the back end.
static Node *step(Field *f, int off, CPos p) {
  Node *n = new_node(N_SELECTOR, p);
  n->field = f;
  n->fieldoff = off;
  n->type = f->type;
  n->name = f->name;
  return n;
}

static Type *struct_of(Type *t, bool *viaptr) {
  Type *u = underlying(t);
  *viaptr = false;
  if (u->kind == TY_PTR) {
    *viaptr = true;
    u = underlying(u->elem);
  }
  return u->kind == TY_STRUCT ? u : NULL;
}

// Breadth-first over embedded fields: returns the field named name at the
// shallowest depth, with the embedded steps leading to it.
Field *find_field(Type *t, const char *name, int *off, Node ***path, int *npath, CPos p) {
  typedef struct {
    Type *t;
    Node *steps[8];
    int n;
  } Ent;
  Ent cur[32], nxt[32];
  int ncur = 1, nnxt;
  cur[0].t = t;
  cur[0].n = 0;
  for (int depth = 0; depth < 8 && ncur; depth++) {
    Field *found = NULL;
    Ent *at = NULL;
    int foundn = 0;
    nnxt = 0;
    for (int i = 0; i < ncur; i++) {
      bool viaptr;
      Type *st = struct_of(cur[i].t, &viaptr);
      if (!st || (depth > 0 && viaptr && underlying(cur[i].t)->kind == TY_PTR && 0))
        continue;
      for (int j = 0; j < st->nfields; j++) {
        Field *f = &st->fields[j];
        if (!strcmp(f->name, name)) {
          if (!found || at != &cur[i])
            foundn++;
          found = f;
          at = &cur[i];
        } else if (f->embedded && nnxt < 32 && cur[i].n < 7) {
          nxt[nnxt] = cur[i];
          nxt[nnxt].steps[nxt[nnxt].n++] = step(f, f->offset, p);
          nxt[nnxt].t = f->type;
          nnxt++;
        }
      }
    }
    if (found) {
      if (foundn > 1)
        cerror(p, "ambiguous selector %s", name);
      *off = found->offset;
      *npath = at->n;
      *path = calloc_c((at->n + 1) * sizeof(Node *));
      memcpy(*path, at->steps, at->n * sizeof(Node *));
      return found;
    }
    memcpy(cur, nxt, nnxt * sizeof(Ent));
    ncur = nnxt;
  }
  return NULL;
}

static Method *own_method(Type *t, const char *name, Type **owner) {
  Type *nt = t;
  if (nt->kind != TY_NAMED && underlying(nt)->kind == TY_PTR)
    nt = underlying(nt)->elem;
  if (nt->kind != TY_NAMED)
    return NULL;
  underlying(nt);
  for (int i = 0; i < nt->nmethods; i++)
    if (!strcmp(nt->methods[i].name, name)) {
      *owner = nt;
      return &nt->methods[i];
    }
  return NULL;
}

Method *find_method(Type *t, const char *name, Node ***path, int *npath, Type **owner) {
  Method *m = own_method(t, name, owner);
  if (m) {
    *npath = 0;
    *path = NULL;
    return m;
  }
  typedef struct {
    Type *t;
    Node *steps[8];
    int n;
  } Ent;
  Ent cur[32], nxt[32];
  int ncur = 1, nnxt;
  cur[0].t = t;
  cur[0].n = 0;
  for (int depth = 0; depth < 8 && ncur; depth++) {
    nnxt = 0;
    for (int i = 0; i < ncur; i++) {
      bool viaptr;
      Type *st = struct_of(cur[i].t, &viaptr);
      if (!st)
        continue;
      for (int j = 0; j < st->nfields; j++) {
        Field *f = &st->fields[j];
        if (!f->embedded || nnxt >= 32 || cur[i].n >= 7)
          continue;
        nxt[nnxt] = cur[i];
        nxt[nnxt].steps[nxt[nnxt].n++] = step(f, f->offset, (CPos){0});
        nxt[nnxt].t = f->type;
        nnxt++;
      }
    }
    for (int i = 0; i < nnxt; i++) {
      m = own_method(nxt[i].t, name, owner);
      if (m) {
        *npath = nxt[i].n;
        *path = calloc_c((nxt[i].n + 1) * sizeof(Node *));
        memcpy(*path, nxt[i].steps, nxt[i].n * sizeof(Node *));
        return m;
      }
    }
    memcpy(cur, nxt, nnxt * sizeof(Ent));
    ncur = nnxt;
  }
  return NULL;
}

// The promoted methods of the package's struct types: Go generates a
// wrapper for each (pkg.(*Outer).M), for method tables; so do we, as the
// back end's Funcs, so that a library exports them as Go's did.
void gen_wrappers(void) {
  Scope *sc = mainpkg->scope;
  for (int i = 0; i < sc->n; i++) {
    Obj *o = sc->objs[i];
    if (o->kind != O_TYPE || !o->type || o->type->kind != TY_NAMED || o->type->pkg != mainpkg)
      continue;
    Type *nt = o->type;
    Type *st = underlying(nt);
    if (st->kind != TY_STRUCT)
      continue;
    for (int j = 0; j < st->nfields; j++) {
      Field *f = &st->fields[j];
      if (!f->embedded)
        continue;
      Type *et = f->type;
      Type *en = et->kind == TY_NAMED ? et : underlying(et)->kind == TY_PTR ? underlying(et)->elem : NULL;
      if (!en || en->kind != TY_NAMED)
        continue;
      underlying(en);
      for (int k = 0; k < en->nmethods; k++) {
        Method *m = &en->methods[k];
        // An own method or field of the same name hides the promoted one.
        bool hidden = false;
        for (int q = 0; q < nt->nmethods; q++)
          if (!strcmp(nt->methods[q].name, m->name))
            hidden = true;
        for (int q = 0; q < st->nfields; q++)
          if (!strcmp(st->fields[q].name, m->name))
            hidden = true;
        if (hidden)
          continue;
        resolve_obj(m->fn);
        GoFunc *w = new_func(cfmt("(*%s).%s", nt->name, m->name), method_sym(nt, m->name), NULL, m->fn->type);
        w->iswrapper = true;
        w->wrapped = m;
        w->wrapper_recv = ptrto(nt);
        w->wrap_path = calloc_c(2 * sizeof(Node *));
        w->wrap_path[0] = step(f, f->offset, (CPos){0});
        w->wrap_npath = 1;
        add_func(w);
      }
    }
  }
}

// funcs[from..]: a declared function and its literals, whose bodies have
// all been checked (a literal's captures mark the outer's variables).
void lower_funcs(int from) {
  for (int i = from; i < nfuncs; i++) {
    GoFunc *f = funcs[i];
    for (int j = 0; j < f->nlocals; j++) {
      Obj *o = f->locals[j];
      if (o->addrtaken || o->captured)
        o->vclass = V_HEAP;
    }
  }
}

// What pkg.init must do: the package variables whose initialisers sinit
// cannot lay out as data (in declaration order; Go sorted them by
// dependency), the init functions, and the imports' inits first.
void plan_init(Package *pkg, FileAST **files, int nfiles) {
  NodeVec v = {0};
  for (int f = 0; f < nfiles; f++)
    for (int i = 0; i < files[f]->ndecls; i++) {
      Node *d = files[f]->decls[i];
      if (d->kind != N_VARDECL || !d->nrlist)
        continue;
      bool dynamic = d->nrlist != d->nlist;
      for (int j = 0; j < d->nrlist && !dynamic; j++)
        dynamic = !is_static_init(d->rlist[j]);
      if (!dynamic)
        continue;
      Node *a = new_node(N_ASSIGN, d->pos);
      a->nlist = d->nlist;
      a->list = calloc_c((d->nlist + 1) * sizeof(Node *));
      for (int j = 0; j < d->nlist; j++) {
        Node *id = new_node(N_IDENT, d->list[j]->pos);
        id->name = d->list[j]->name;
        id->obj = d->list[j]->obj;
        if (id->obj) {
          id->obj->dyninit = true;
          id->type = id->obj->type;
        }
        a->list[j] = id;
      }
      a->rlist = d->rlist;
      a->nrlist = d->nrlist;
      gp_push(&v, a);
    }
  pkg->dyninits = v.v;
  pkg->ndyninits = v.n;
  pkg->needinit = pkg->nuserinits || pkg->ndyninits;
  for (int i = 0; i < pkg->nimports; i++)
    pkg->needinit = pkg->needinit || pkg->imports[i]->needinit;
}
