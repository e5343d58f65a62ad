// sym.c: the symbol table. Symbols named only by instructions live as long
// as their TEXT block; those that data needs outlive it (Ctxt's comment). A
// TEXT definition leaves only a TextDef, found by the hash of its name, so
// memory does not grow with the number of functions. DATA and GLOBL attach
// initialisers and sizes to symbols, which live for the whole file.
#include "asm/asm.h"

#include <stdlib.h>
#include <string.h>

// The ELF name of a Go symbol: ·x -> pkg.x, a/b·x -> a/b.x; x<> stays
// file-local and keeps its <> so it can never collide with a global.
// The result lives until the next call.
const char *elf_name(Ctxt *c, const char *s, int len, bool *local) {
  static Buf b;
  b.len = 0;
  *local = len >= 2 && s[len - 2] == '<' && s[len - 1] == '>';
  static const char dot[] = "\xc2\xb7";
  if (len >= 2 && memcmp(s, dot, 2) == 0)
    buf_puts(&b, c->pkg);
  int from = 0;
  for (int i = 0; i + 1 < len; i++)
    if (memcmp(s + i, dot, 2) == 0) {
      buf_putn(&b, s + from, i - from);
      buf_putc(&b, '.');
      from = i + 2;
      i++;
    }
  buf_putn(&b, s + from, len - from);
  buf_putc(&b, 0);
  return b.buf;
}

Sym *sym_lookup(Ctxt *c, const char *name, bool local) {
  size_t n = strlen(name);
  uint64_t h = map_hashn(name, n);
  Sym *s = map_getn_hashed(&c->syms, name, n, h);
  if (!s)
    s = map_getn_hashed(&c->tsyms, name, n, h);
  if (!s) {
    s = xcalloc(1, sizeof *s);
    s->name = map_put(&c->tsyms, name, s);   // one copy of the name, the map's
    s->local = local;
  }
  return s;
}

// The end of a TEXT block: symbols that must outlive it move to syms, the
// rest are freed.
void syms_release(Ctxt *c) {
  for (size_t i = 0; i < c->tsyms.cap; i++) {
    Sym *s = c->tsyms.keys[i] ? c->tsyms.vals[i] : NULL;
    if (!s)
      continue;
    if (s->persist)
      s->name = map_put(&c->syms, s->name, s);
    else
      free(s);
  }
  map_clear(&c->tsyms);
}

uint32_t file_index(Ctxt *c, const char *file) {
  for (int i = 0; i < c->ndeffiles; i++)
    if (c->deffiles[i] == file)
      return i;
  c->deffiles = xrealloc(c->deffiles, (c->ndeffiles + 1) * sizeof *c->deffiles);
  c->deffiles[c->ndeffiles] = file;
  return c->ndeffiles++;
}

TextDef *textdef(Ctxt *c, const char *name, bool add) {
  if (add && (c->ndefs + 1) * 4 > c->capdefs * 3) {
    size_t cap = c->capdefs ? c->capdefs * 2 : 256;
    TextDef *nd = xcalloc(cap, sizeof *nd);
    for (size_t i = 0; i < c->capdefs; i++)
      if (c->defs[i].hash) {
        size_t j = c->defs[i].hash & (cap - 1);
        while (nd[j].hash)
          j = (j + 1) & (cap - 1);
        nd[j] = c->defs[i];
      }
    free(c->defs);
    c->defs = nd;
    c->capdefs = cap;
  }
  if (!c->capdefs)
    return NULL;
  uint64_t h = map_hash(name) | 1;   // 0 marks an empty slot
  size_t j = h & (c->capdefs - 1);
  for (; c->defs[j].hash; j = (j + 1) & (c->capdefs - 1))
    if (c->defs[j].hash == h)
      return &c->defs[j];
  if (!add)
    return NULL;
  c->defs[j].hash = h;
  c->ndefs++;
  return &c->defs[j];
}

void data_directive(int nops, Addr *ops, int64_t size, const Pos *pos) {
  if (nops != 2 || ops[0].type != A_MEM || !ops[0].sym || ops[0].reg || ops[0].index) {
    error_at(pos, "DATA wants sym+off(SB)/size, value");
    return;
  }
  Addr *v = &ops[1];
  // Go writes a string into any width up to 8; numbers need a machine size.
  if (v->type == A_STRING ? size < 1 || size > 8
                          : size != 1 && size != 2 && size != 4 && size != 8) {
    error_at(pos, "DATA: bad size %lld: want %s", (long long)size,
             v->type == A_STRING ? "1 to 8 for a string" : "1, 2, 4 or 8");
    return;
  }
  switch (v->type) {
  case A_CONST:
    if (size < 8) {
      int64_t lo = -(1ll << (size * 8 - 1)), hi = (1ll << (size * 8)) - 1;
      if (v->offset < lo || v->offset > hi) {
        error_at(pos, "DATA: value %lld does not fit in %d bytes", (long long)v->offset, (int)size);
        return;
      }
    }
    break;
  case A_ADDR:
    if (!v->sym || v->reg || v->index) {
      error_at(pos, "DATA: an address value must be $sym+off(SB)");
      return;
    }
    if (size != 4) {
      error_at(pos, "DATA: an address needs size 4, not %d", (int)size);
      return;
    }
    break;
  case A_STRING:
    if (v->strlen > size) {
      error_at(pos, "DATA: string of %d bytes does not fit in %d", v->strlen, (int)size);
      return;
    }
    break;
  default:
    error_at(pos, "DATA: value must be $constant, $sym(SB) or $\"bytes\"");
    return;
  }
  if (ops[0].offset < 0) {
    error_at(pos, "DATA: negative offset %lld", (long long)ops[0].offset);
    return;
  }
  // Only once nothing can refuse it: a copy made before the offset check
  // leaked when the check failed (found by fuzzing).
  if (v->type == A_STRING)
    v->str = xstrndup(v->str, v->strlen);   // outlives the text arena
  Sym *s = ops[0].sym;
  s->persist = true;
  if (v->type == A_ADDR)
    v->sym->persist = true;
  if (s->ndata == s->capdata) {
    s->capdata = s->capdata ? s->capdata * 2 : 4;
    s->data = xrealloc(s->data, s->capdata * sizeof *s->data);
  }
  s->data[s->ndata++] = (DataInit){ops[0].offset, (int)size, *v, pos_keep(pos)};
}

void globl_directive(Ctxt *c, int nops, Addr *ops, const Pos *pos) {
  if (nops < 2 || ops[0].type != A_MEM || !ops[0].sym || ops[0].reg || ops[0].offset) {
    error_at(pos, "GLOBL wants sym(SB), [flags,] $size");
    return;
  }
  Addr *size = &ops[nops - 1];
  if (size->type != A_CONST || size->offset < 0 || size->offset > 0x7fffffff) {
    error_at(pos, "GLOBL: bad size: want $n with n >= 0");
    return;
  }
  if (nops == 3 && ops[1].type != A_CONST) {
    error_at(pos, "GLOBL: flags must be a constant");
    return;
  }
  if (nops == 3 && (ops[1].offset < 0 || ops[1].offset > INT32_MAX)) {
    error_at(pos, "GLOBL: bad flags %lld", (long long)ops[1].offset);
    return;
  }
  Sym *s = ops[0].sym;
  TextDef *d = textdef(c, s->name, false);
  if (d || s->kind != SYM_UNDEF) {
    error_at(pos, "duplicate %s for %s (first at %s:%d)", d ? "TEXT" : "GLOBL", s->name,
             d ? c->deffiles[d->file] : s->defpos->file, d ? d->line : s->defpos->line);
    return;
  }
  s->persist = true;
  GROW(c->globls, c->nglobls, c->capglobls);
  c->globls[c->nglobls++] = s;
  s->kind = SYM_DATA;
  s->flags = nops == 3 ? (int)ops[1].offset : 0;
  s->size = size->offset;
  s->defpos = pos_keep(pos);
}
