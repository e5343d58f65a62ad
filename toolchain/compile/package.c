// package.c: the package-level declarations of the package being compiled
// and of every package it imports, read from the imported package's .go
// files with bodies skipped (Go's export data, rebuilt from source), and
// each object's type or value resolved on first use.
#include "compile.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

const char *import_dirs[16];
int nimport_dirs;

const char *pkg_symprefix(Package *pkg, Package *cur) {
  if (pkg == cur)
    return "·";
  return cfmt("%s·", pkg->path);
}

static Map packages;   // import path -> Package*

void package_reset(void) { map_free(&packages); }

// A file's text in the arena (NULL if it cannot be read).
static char *read_whole(const char *path) {
  size_t len;
  char *text = read_file(path, &len);
  if (!text)
    return NULL;
  char *s = cstrndup(text, len);
  free(text);
  return s;
}

static Package *builtin_runtime(void) {
  Package *p = calloc_c(sizeof *p);
  p->path = "runtime";
  p->name = "runtime";
  p->isruntime = true;
  p->scope = scope_new(universe);
  Obj *o = new_obj(O_FUNC, "GC", new_type(TY_FUNC));
  o->type->size = o->type->align = 4;
  o->pkg = p;
  o->sym = "GC";
  o->isasm = true;
  scope_add(p->scope, o);
  return p;
}

Package *import_package(const char *path, CPos at) {
  Package *p = map_get(&packages, path);
  if (p)
    return p;
  if (!strcmp(path, "unsafe")) {
    p = calloc_c(sizeof *p);
    p->path = p->name = "unsafe";
    p->scope = scope_new(universe);
    map_put(&packages, path, p);
    return p;
  }
  char *dir = NULL;
  for (int i = 0; i < nimport_dirs && !dir; i++) {
    char *d = cfmt("%s/%s", import_dirs[i], path);
    struct stat st;
    if (stat(d, &st) == 0 && S_ISDIR(st.st_mode))
      dir = d;
  }
  if (!dir && !strcmp(path, "runtime")) {
    p = builtin_runtime();
    map_put(&packages, path, p);
    return p;
  }
  if (!dir)
    cfatal(at, "can't find import: \"%s\"", path);
  DIR *d = opendir(dir);
  if (!d)
    cfatal(at, "can't find import: \"%s\"", path);
  char *names[256];
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t l = strlen(e->d_name);
    if (l > 3 && !strcmp(e->d_name + l - 3, ".go") && !(l > 8 && !strcmp(e->d_name + l - 8, "_test.go")) && n < 256)
      names[n++] = cstrndup(e->d_name, l);
  }
  closedir(d);
  qsort(names, n, sizeof names[0], cmp_strp);
  p = calloc_c(sizeof *p);
  p->path = cstrndup(path, strlen(path));
  p->scope = scope_new(universe);
  map_put(&packages, path, p);
  FileAST *files[256];
  int nf = 0;
  for (int i = 0; i < n; i++) {
    char *file = cfmt("%s/%s", dir, names[i]);
    char *src = read_whole(file);
    if (!src || !build_tags_ok(src))
      continue;
    FileAST *fa = file_ast(parse_go_file(file, src));
    if (p->name && strcmp(p->name, fa->pkgname))
      cfatal(fa->pkgpos, "found packages %s and %s in %s", p->name, fa->pkgname, dir);
    p->name = fa->pkgname;
    files[nf++] = fa;
  }
  if (!nf) {
    if (!strcmp(path, "runtime")) {
      p = builtin_runtime();
      map_put(&packages, path, p);
      return p;
    }
    cfatal(at, "can't find import: \"%s\" (no Go files in %s)", path, dir);
  }
  Package *saved = curpkg;
  curpkg = p;
  declare_package(p, files, nf);
  for (int i = 0; i < p->scope->n; i++)
    resolve_obj(p->scope->objs[i]);
  plan_init(p, files, nf);
  curpkg = saved;
  return p;
}

// The package-level objects of the files; methods are attached to their
// receiver's named type once every name is known.
void declare_package(Package *pkg, FileAST **files, int nfiles) {
  Obj **methods = NULL;
  int nmethods = 0, capm = 0;
  for (int f = 0; f < nfiles; f++) {
    FileAST *fa = files[f];
    Scope *fs = scope_new(pkg->scope);
    for (int i = 0; i < fa->nimports; i++) {
      Node *im = fa->imports[i];
      Package *ip = import_package(im->sval, im->pos);
      {
        bool have = false;
        for (int k = 0; k < pkg->nimports; k++)
          have = have || pkg->imports[k] == ip;
        if (!have) {
          Package **v = calloc_c((pkg->nimports + 1) * sizeof *v);
          if (pkg->nimports)
            memcpy(v, pkg->imports, pkg->nimports * sizeof *v);
          v[pkg->nimports++] = ip;
          pkg->imports = v;
        }
      }
      Obj *o = new_obj(O_PKG, im->name ? im->name : ip->name, NULL);
      o->pos = im->pos;
      o->ipkg = ip;
      o->spec = im;
      im->obj = o;
      if (strcmp(o->name, "_"))
        scope_add(fs, o);
    }
    for (int i = 0; i < fa->ndecls; i++) {
      Node *d = fa->decls[i];
      switch (d->kind) {
      case N_TYPEDECL: {
        Obj *o = new_obj(O_TYPE, d->name, NULL);
        o->pos = d->pos;
        o->pkg = pkg;
        o->dscope = fs;
        o->spec = d;
        o->resolved = false;
        if (!d->isdefault) {
          Type *t = new_type(TY_NAMED);
          t->name = d->name;
          t->pkg = pkg;
          t->decl = d;
          t->declscope = fs;
          o->type = t;
        }
        if (scope_lookup_local(pkg->scope, d->name))
          cerror(d->pos, "%s redeclared in this block", d->name);
        scope_add(pkg->scope, o);
        break;
      }
      case N_VARDECL:
      case N_CONSTDECL:
        for (int j = 0; j < d->nlist; j++) {
          Obj *o = new_obj(d->kind == N_VARDECL ? O_VAR : O_CONST, d->list[j]->name, NULL);
          o->pos = d->list[j]->pos;
          o->pkg = pkg;
          o->dscope = fs;
          o->spec = d;
          o->index = j;
          o->resolved = false;
          o->vclass = V_GLOBAL;
          d->list[j]->obj = o;
          if (!strcmp(o->name, "_"))
            continue;
          if (scope_lookup_local(pkg->scope, o->name))
            cerror(o->pos, "%s redeclared in this block", o->name);
          scope_add(pkg->scope, o);
          if (o->kind == O_VAR)
            o->sym = o->name;
        }
        break;
      case N_FUNCDECL: {
        Obj *o = new_obj(O_FUNC, d->name, NULL);
        o->pos = d->pos;
        o->pkg = pkg;
        o->dscope = fs;
        o->spec = d;
        o->decl = d;
        o->resolved = false;
        o->isasm = !d->body;
        d->obj = o;
        if (d->recvtype) {
          if (nmethods == capm) {
            capm = capm ? capm * 2 : 16;
            Obj **nm = calloc_c(capm * sizeof *nm);
            if (nmethods)
              memcpy(nm, methods, nmethods * sizeof *nm);
            methods = nm;
          }
          methods[nmethods++] = o;
          break;
        }
        if (!strcmp(d->name, "init") || !strcmp(d->name, "_")) {
          if (!strcmp(d->name, "init") && (d->nparams || d->nresults))
            cerror(d->pos, "func init must have no arguments and no return values");
          o->sym = cfmt("%s·%d", d->name, pkg->nuserinits + 1);
          if (!strcmp(d->name, "init")) {
            Obj **v = calloc_c((pkg->nuserinits + 1) * sizeof *v);
            if (pkg->nuserinits)
              memcpy(v, pkg->userinits, pkg->nuserinits * sizeof *v);
            v[pkg->nuserinits++] = o;
            pkg->userinits = v;
          }
          break;
        }
        if (!strcmp(d->name, "main") && !strcmp(pkg->name ? pkg->name : "", "main") && (d->nparams || d->nresults))
          cerror(d->pos, "func main must have no arguments and no return values");
        if (scope_lookup_local(pkg->scope, d->name))
          cerror(d->pos, "%s redeclared in this block", d->name);
        scope_add(pkg->scope, o);
        o->sym = d->name;
        break;
      }
      default:
        break;
      }
    }
  }
  // Methods: the receiver's base type must be a named type of this package.
  for (int i = 0; i < nmethods; i++) {
    Obj *o = methods[i];
    Node *rt = o->decl->recvtype->typ;
    bool ptr = false;
    if (rt->kind == N_TPTR || rt->kind == N_STAR) {
      ptr = true;
      rt = rt->l;
    }
    if (rt->kind == N_PAREN)
      rt = rt->l;
    Obj *to = rt->kind == N_IDENT ? scope_lookup_local(pkg->scope, rt->name) : NULL;
    if (!to || to->kind != O_TYPE || !to->type || to->type->kind != TY_NAMED) {
      cerror(rt->pos, rt->kind == N_IDENT && !to ? "undefined: %s" : "invalid receiver type %s",
             rt->kind == N_IDENT ? rt->name : expr_string(rt));
      continue;
    }
    Type *t = to->type;
    for (int j = 0; j < t->nmethods; j++)
      if (!strcmp(t->methods[j].name, o->name))
        cerror(o->pos, "method redeclared: %s.%s", t->name, o->name);
    Method *nm = calloc_c((t->nmethods + 1) * sizeof *nm);
    if (t->nmethods)
      memcpy(nm, t->methods, t->nmethods * sizeof *nm);
    nm[t->nmethods].name = o->name;
    nm[t->nmethods].fn = o;
    nm[t->nmethods].ptrrecv = ptr;
    t->methods = nm;
    t->nmethods++;
    o->recv = t;
    o->sym = method_sym(t, o->name);
  }
}

// The type of a function declaration, the value of a constant, the type of
// a package variable: worked out when first needed, so declarations may
// come in any order.
static void resolve_obj_in(Obj *o);

// A package-level object is resolved once, perhaps from a function body:
// what it makes (its type, its value) lives in the package's arena.
void resolve_obj(Obj *o) {
  if (o->resolved)
    return;
  IN_PKG_ARENA(resolve_obj_in(o));
}

static void resolve_obj_in(Obj *o) {
  if (o->resolved)
    return;
  if (o->resolving) {
    cerror(o->pos, "initialization loop or invalid recursive reference to %s", o->name);
    o->type = t_int;
    o->resolved = true;
    return;
  }
  o->resolving = true;
  Package *saved = curpkg;
  curpkg = o->pkg;
  Node *d = o->spec;
  switch (o->kind) {
  case O_TYPE:
    if (d->isdefault)
      o->type = resolve_type(d->typ, o->dscope);
    else
      underlying(o->type);
    break;
  case O_FUNC: {
    // Its signature's nodes, parsed again for this (they are its body's
    // while that is compiled: put back after).
    Node **params = d->params, **results = d->results;
    if (d->lazy)
      sig_parse(d);
    Type *t = func_type(d, o->dscope);
    if (d->lazy) {
      d->params = params;
      d->results = results;
      sig_done();
    }
    o->type = t;
    if (d->recvtype) {
      Type *rt = resolve_type(d->recvtype->typ, o->dscope);
      (void)rt;
    }
    break;
  }
  case O_CONST: {
    int64_t saved_iota = cur_iota;
    cur_iota = d->ival;
    if (o->index >= d->nrlist) {
      cerror(o->pos, "missing value in const declaration");
      o->type = t_untyped_int;
    } else {
      Node *e = d->rlist[o->index];
      // An implicit repetition re-checks the same expression with this iota.
      Type *want = d->typ ? resolve_type(d->typ, o->dscope) : NULL;
      Type *t = check_expr(e, o->dscope, want);
      if (!e->isconst) {
        cerror(e->pos, "const initializer %s is not a constant", expr_string(e));
      } else {
        o->cval = e->cval;
        o->ubig = e->ubig;
        o->sval = e->sval;
        o->slen = e->slen;
      }
      o->type = want ? want : t;
    }
    if (o->index == d->nlist - 1 && d->nrlist > d->nlist)
      cerror(d->pos, "extra expression in const declaration");
    cur_iota = saved_iota;
    break;
  }
  case O_VAR:
    if (d->typ) {
      o->type = resolve_type(d->typ, o->dscope);
    }
    if (d->nrlist) {
      if (d->nrlist != d->nlist) {
        if (o->index == 0)
          cerror(d->pos, "assignment mismatch: %d variables but %d values", d->nlist, d->nrlist);
        if (!o->type)
          o->type = t_int;
        break;
      }
      Node *e = d->rlist[o->index];
      o->init = e;
      Type *t = check_expr(e, o->dscope, o->type);
      if (o->type && t)
        assign_to(e, o->type, "assignment");
      if (!o->type) {
        if (t && t->kind == TY_NIL) {
          cerror(e->pos, "use of untyped nil");
          t = t_int;
        }
        o->type = default_type(t);
      }
    }
    if (!o->type)
      o->type = t_int;
    break;
  default:
    break;
  }
  curpkg = saved;
  o->resolving = false;
  o->resolved = true;
}
