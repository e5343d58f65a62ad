// data.c: the package's data. Package variables with their static
// initialisers laid out as Go 1.7's sinit did -- bytes and pointer
// relocations, no init code (`var HasMask = []string{"hi"}` is a
// statictmp array and a slice header pointing at it); string bytes;
// funcvals (F·f: a word holding F's address, DUPOK, as Go emitted one in
// every package that took a function's value); and the type words that
// runtime.newobject/makeslice/growslice read (Go 1.7's _type.size at 0,
// slicetype.elem at 32).
#include "compile.h"

#include <string.h>

static Buf data;          // DATA/GLOBL lines, after the code
static Map strings;       // contents (hex) -> symbol
static Map funcvals;      // function symbol -> funcval symbol
static Map typesyms;      // descriptor key -> symbol
static int nstrings, nstatic;

void data_reset(void) {
  buf_free(&data);
  map_free(&strings);
  map_free(&funcvals);
  map_free(&typesyms);
  nstrings = nstatic = 0;
}

// F_DUPOK, F_RODATA, F_NOPTR: textflag.h's values, from pic386/abi.h (internal.h).

static void data_bytes(const char *sym, const unsigned char *b, int n) {
  int k = 0;
  while (k < n) {
    int chunk = n - k >= 8 ? 8 : n - k;
    bool plain = true;
    for (int i = 0; i < chunk; i++)
      if (b[k + i] < 0x20 || b[k + i] > 0x7e || b[k + i] == '"' || b[k + i] == '\\')
        plain = false;
    if (plain) {
      buf_printf(&data, "DATA %s+%d(SB)/%d, $\"%.*s\"\n", sym, k, chunk, chunk, (const char *)b + k);
      k += chunk;
    } else {
      buf_printf(&data, "DATA %s+%d(SB)/1, $%d\n", sym, k, b[k]);
      k++;
    }
  }
}

const char *string_sym(const char *s, int len) {
  Buf key = {0};
  for (int i = 0; i < len; i++)
    buf_printf(&key, "%02x", (unsigned char)s[i]);
  buf_putc(&key, 0);
  const char *sym = map_get(&strings, key.buf);
  if (!sym) {
    IN_PKG_ARENA(sym = cfmt("go·string·%d<>", nstrings++));   // the map's values outlive the body
    map_put(&strings, key.buf, (void *)sym);
    data_bytes(sym, (const unsigned char *)s, len);
    buf_printf(&data, "GLOBL %s(SB), %d, $%d\n", sym, F_RODATA | F_NOPTR, len);
  }
  buf_free(&key);
  return sym;
}

const char *funcval_sym_name(const char *fsym) {
  const char *v = map_get(&funcvals, fsym);
  if (!v) {
    IN_PKG_ARENA(v = cfmt("%s·f", fsym));
    map_put(&funcvals, fsym, (void *)v);
    buf_printf(&data, "DATA %s+0(SB)/4, $%s(SB)\n", v, fsym);
    buf_printf(&data, "GLOBL %s(SB), %d, $4\n", v, F_DUPOK | F_RODATA);
  }
  return v;
}

const char *funcval_sym(GoFunc *f) { return funcval_sym_name(func_sym(f)); }

const char *type_sym(Type *t) {
  Type *u = underlying(t);
  const char *elem = u->kind == TY_SLICE ? type_sym(u->elem) : NULL;
  char *key = cfmt("%d/%d/%s", u->size, has_pointers(t), elem ? elem : "");
  const char *sym = map_get(&typesyms, key);
  if (!sym) {
    IN_PKG_ARENA(sym = cfmt("type·%d<>", (int)typesyms.n));
    map_put(&typesyms, key, (void *)sym);
    buf_printf(&data, "DATA %s+0(SB)/4, $%d\n", sym, u->size);
    buf_printf(&data, "DATA %s+4(SB)/4, $%d\n", sym, has_pointers(t) ? u->size : 0);
    if (elem)
      buf_printf(&data, "DATA %s+32(SB)/4, $%s(SB)\n", sym, elem);
    buf_printf(&data, "GLOBL %s(SB), %d, $36\n", sym, F_RODATA | (elem ? 0 : F_NOPTR));
  }
  return sym;
}

// ---------------------------------------------------------------- static initialisers

typedef struct {
  int off;
  const char *sym;
  int add;
} Reloc;

typedef struct {
  unsigned char *b;
  int size;
  Reloc *r;
  int nr, capr;
} Image;

static void add_reloc(Image *im, int off, const char *sym, int add) {
  if (im->nr == im->capr) {
    im->capr = im->capr ? im->capr * 2 : 8;
    Reloc *nr = calloc_c(im->capr * sizeof *nr);
    if (im->nr)
      memcpy(nr, im->r, im->nr * sizeof *nr);
    im->r = nr;
  }
  im->r[im->nr++] = (Reloc){off, sym, add};
}

static void put_int(Image *im, int off, int64_t v, int size) {
  for (int i = 0; i < size; i++)
    im->b[off + i] = (unsigned char)(v >> (8 * i));
}

static void write_image(const char *sym, Image *im, int flags);

static bool static_value(Node *e, Image *im, int off);

// A static object of e's value (statictmp_N) and its symbol.
static const char *static_object(Node *e, Type *t) {
  Image im = {0};
  im.size = underlying(t)->size;
  im.b = calloc_c(im.size + 1);
  const char *sym = cfmt("·statictmp_%d", nstatic++);
  if (e && !static_value(e, &im, 0))
    return NULL;
  write_image(sym, &im, has_pointers(t) ? 0 : F_NOPTR);
  return sym;
}

static bool static_value(Node *e, Image *im, int off) {
  while (e->kind == N_PAREN)
    e = e->l;
  Type *t = e->type;
  Type *u = underlying(t);
  if (e->isconst) {
    if (is_string(u)) {
      if (e->slen)
        add_reloc(im, off, string_sym(e->sval, e->slen), 0);
      put_int(im, off + 4, e->slen, 4);
    } else {
      put_int(im, off, e->cval, u->size);
    }
    return true;
  }
  switch (e->kind) {
  case N_IDENT:
    if (e->obj->kind == O_NIL)
      return true;
    if (e->obj->kind == O_FUNC) {
      add_reloc(im, off, funcval_sym_name(obj_sym(e->obj)), 0);
      return true;
    }
    return false;
  case N_SELECTOR:
    if (e->obj && e->obj->kind == O_FUNC) {
      add_reloc(im, off, funcval_sym_name(obj_sym(e->obj)), 0);
      return true;
    }
    return false;
  case N_FUNCLIT:
    if (e->fn->ncaptures)
      return false;
    add_reloc(im, off, funcval_sym(e->fn), 0);
    return true;
  case N_CONV:
    if (is_integer(u) || identical(u, underlying(e->list[0]->type)))
      return static_value(e->list[0], im, off);
    return false;
  case N_ADDR: {
    Node *x = e->l;
    while (x->kind == N_PAREN)
      x = x->l;
    if (x->kind == N_COMPOSITE) {
      const char *s = static_object(x, x->type);
      if (!s)
        return false;
      add_reloc(im, off, s, 0);
      return true;
    }
    if (x->kind == N_IDENT && x->obj->kind == O_VAR && x->obj->vclass == V_GLOBAL) {
      add_reloc(im, off, obj_sym(x->obj), 0);
      return true;
    }
    if (x->kind == N_SELECTOR && x->obj && x->obj->kind == O_VAR) {
      add_reloc(im, off, obj_sym(x->obj), 0);
      return true;
    }
    return false;
  }
  case N_COMPOSITE:
    if (u->kind == TY_SLICE) {
      Type *at = new_type(TY_ARRAY);
      at->elem = u->elem;
      at->len = e->ival;
      at->size = (int)(underlying(u->elem)->size * e->ival);
      at->align = 4;
      Node arr = *e;
      arr.type = at;
      const char *s = static_object(&arr, at);
      if (!s)
        return false;
      add_reloc(im, off, s, 0);
      put_int(im, off + 4, e->ival, 4);
      put_int(im, off + 8, e->ival, 4);
      return true;
    }
    for (int i = 0; i < e->nlist; i++) {
      Node *x = e->list[i];
      int o;
      if (u->kind == TY_STRUCT)
        o = x->field->offset;
      else
        o = (int)(x->elemidx * underlying(u->elem)->size);
      if (x->kind == N_KEYVAL)
        x = x->r;
      if (!static_value(x, im, off + o))
        return false;
    }
    return true;
  default:
    return false;
  }
}

static void write_image(const char *sym, Image *im, int flags) {
  int k = 0;
  int ri = 0;
  // relocations in offset order (they were added in order per object)
  while (k < im->size) {
    const Reloc *r = NULL;
    for (int i = 0; i < im->nr; i++)
      if (im->r[i].off == k)
        r = &im->r[i];
    if (r) {
      if (r->add)
        buf_printf(&data, "DATA %s+%d(SB)/4, $%s+%d(SB)\n", sym, k, r->sym, r->add);
      else
        buf_printf(&data, "DATA %s+%d(SB)/4, $%s(SB)\n", sym, k, r->sym);
      k += 4;
      ri++;
      continue;
    }
    if (k + 4 <= im->size && !(k & 3)) {
      uint32_t w = im->b[k] | im->b[k + 1] << 8 | im->b[k + 2] << 16 | (uint32_t)im->b[k + 3] << 24;
      if (w)
        buf_printf(&data, "DATA %s+%d(SB)/4, $%d\n", sym, k, (int32_t)w);
      k += 4;
      continue;
    }
    if (im->b[k])
      buf_printf(&data, "DATA %s+%d(SB)/1, $%d\n", sym, k, im->b[k]);
    k++;
  }
  if (flags)
    buf_printf(&data, "GLOBL %s(SB), %d, $%d\n", sym, flags, im->size ? im->size : 1);
  else
    buf_printf(&data, "GLOBL %s(SB), $%d\n", sym, im->size ? im->size : 1);
}

// Whether sinit can lay e out as data (static_value, without writing).
bool is_static_init(Node *e) {
  while (e->kind == N_PAREN)
    e = e->l;
  if (e->isconst)
    return true;
  Type *u = e->type ? underlying(e->type) : NULL;
  switch (e->kind) {
  case N_IDENT:
    return e->obj && (e->obj->kind == O_NIL || e->obj->kind == O_FUNC);
  case N_SELECTOR:
    return e->obj && e->obj->kind == O_FUNC;
  case N_FUNCLIT:
    return e->fn && !e->fn->ncaptures;
  case N_CONV:
    return u && (is_integer(u) || identical(u, underlying(e->list[0]->type))) && is_static_init(e->list[0]);
  case N_ADDR: {
    Node *x = e->l;
    while (x->kind == N_PAREN)
      x = x->l;
    if (x->kind == N_COMPOSITE)
      return is_static_init(x);
    return (x->kind == N_IDENT || x->kind == N_SELECTOR) && x->obj && x->obj->kind == O_VAR && x->obj->vclass == V_GLOBAL;
  }
  case N_COMPOSITE:
    for (int i = 0; i < e->nlist; i++) {
      Node *x = e->list[i];
      if (x->kind == N_KEYVAL)
        x = x->r;
      if (!is_static_init(x))
        return false;
    }
    return true;
  default:
    return false;
  }
}

void gen_globals(void) {
  Scope *sc = mainpkg->scope;
  for (int i = 0; i < sc->n; i++) {
    Obj *o = sc->objs[i];
    if (o->kind != O_VAR)
      continue;
    Type *t = o->type;
    Image im = {0};
    im.size = underlying(t)->size;
    im.b = calloc_c(im.size + 1);
    if (o->init && !o->dyninit && !static_value(o->init, &im, 0))
      fatal("internal error: %s's initialiser is not static", o->name);
    write_image(obj_sym(o), &im, has_pointers(t) ? 0 : F_NOPTR);
  }
}

void gen_data_flush(void) {
  if (mainpkg->needinit)
    buf_puts(&data, "GLOBL ·initdone(SB), 16, $1\n");
  buf_putn(&gen.out, data.buf ? data.buf : "", data.len);
  buf_free(&data);
  map_free(&strings);
  map_free(&funcvals);
  map_free(&typesyms);
}
