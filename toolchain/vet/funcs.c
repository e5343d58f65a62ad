// funcs.c: where the functions of a module start and end, and which are Go.
//
// Sources, best first: the symbol tables (.symtab, else only .dynsym's
// exports in a stripped library), the .eh_frame FDEs (every function gcc
// compiled, exported or not: what a stripped object still says), the entry
// points (e_entry, DT_INIT, DT_FINI), and, during the analysis, the target
// of every direct call.
//
// A function only an FDE names may be a part of another function (gcc's
// .cold blocks, reached by a jump with the parent's EBX), so it is a weak
// entry: analyzed on its own only if no other flow reaches it (flow.c).
//
// Go: a module is Go when it has a Go build-id note, a pic386_functab, or
// symbols of package runtime. In such a module, a function no FDE covers is
// Go code (Go's compilers and pic386's assembler emit no .eh_frame; gcc, for
// the module's C parts, does); in Go code a call does not preserve EBX.
#include "vet/vet.h"

#include "internal/internal.h"

#include <stdlib.h>
#include <string.h>

// ---- the start -> index table ---------------------------------------------

typedef struct {
  uint32_t *key;
  int *idx;
  int cap;
} Index;

static Index ix;   // one module at a time; funcs_free resets it

// The same starts as a bitmap over the executable sections: the walk asks
// "does a function start here" after every instruction, and nearly always
// the answer is no; a bit next to the last one answers that without a
// probe of the table (a cache miss in a large module).
static struct {
  uint8_t *bits;
  uint32_t lo, hi;
} sb;

static bool sb_has(uint32_t a) { return a >= sb.lo && a < sb.hi; }

static void ix_put(uint32_t k, int i);
static void ix_grow(void) {
  Index old = ix;
  ix.cap = old.cap ? old.cap * 2 : 1024;
  ix.key = xcalloc(ix.cap, sizeof(uint32_t));
  ix.idx = xmalloc(ix.cap * sizeof(int));
  for (int i = 0; i < ix.cap; i++)
    ix.idx[i] = -1;
  for (int i = 0; i < old.cap; i++)
    if (old.idx[i] >= 0)
      ix_put(old.key[i], old.idx[i]);
  free(old.key);
  free(old.idx);
}

static void ix_put(uint32_t k, int i) {
  uint32_t h = addr_hash(k) & (ix.cap - 1);
  while (ix.idx[h] >= 0 && ix.key[h] != k)
    h = (h + 1) & (ix.cap - 1);
  ix.key[h] = k;
  ix.idx[h] = i;
}

static int ix_get(uint32_t k) {
  if (!ix.cap)
    return -1;
  uint32_t h = addr_hash(k) & (ix.cap - 1);
  while (ix.idx[h] >= 0) {
    if (ix.key[h] == k)
      return ix.idx[h];
    h = (h + 1) & (ix.cap - 1);
  }
  return -1;
}

void funcs_add(Funcs *fs, uint32_t start, uint32_t end, const char *name, int from) {
  int i = ix_get(start);
  if (i >= 0) {
    VFunc *f = &fs->f[i];
    if (end > f->end)
      f->end = end;
    if (!f->name && name)
      f->name = name;
    if (from < f->from) {   // a better source: a symbol or a call makes it a real entry
      f->from = from;
      f->weak_entry = false;
    }
    return;
  }
  if (fs->n == fs->cap) {
    fs->cap = fs->cap ? fs->cap * 2 : 256;
    fs->f = xrealloc(fs->f, fs->cap * sizeof(VFunc));
  }
  if ((fs->n + 1) * 2 > ix.cap)
    ix_grow();
  fs->f[fs->n] = (VFunc){start, end, name, (uint8_t)from, false, from == FN_FDE};
  if (name && strstr(name, ".cold"))
    fs->f[fs->n].weak_entry = true;
  ix_put(start, fs->n);
  if (sb_has(start))
    sb.bits[(start - sb.lo) / 8] |= (uint8_t)(1u << ((start - sb.lo) % 8));
  fs->n++;
}

const VFunc *funcs_find(const Funcs *fs, uint32_t a) {
  if (sb_has(a) && !(sb.bits[(a - sb.lo) / 8] & (1u << ((a - sb.lo) % 8))))
    return NULL;
  int i = ix_get(a);
  return i >= 0 ? &fs->f[i] : NULL;
}

bool funcs_in_fde(const Funcs *fs, uint32_t a) {
  int lo = 0, hi = fs->nfde;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (fs->fde_hi[m] <= a)
      lo = m + 1;
    else
      hi = m;
  }
  return lo < fs->nfde && fs->fde_lo[lo] <= a && a < fs->fde_hi[lo];
}

// ---- .eh_frame ---------------------------------------------------------------

typedef struct {
  const uint8_t *p, *end;
  uint32_t addr;   // of *p
  bool bad;
} Rd;

static uint64_t uleb(Rd *r) {
  uint64_t v = 0;
  for (int sh = 0; r->p < r->end; sh += 7) {
    uint8_t b = *r->p++;
    r->addr++;
    if (sh < 64)
      v |= (uint64_t)(b & 0x7f) << sh;
    if (!(b & 0x80))
      return v;
  }
  r->bad = true;
  return 0;
}

static uint32_t rd32(Rd *r) {
  if (r->end - r->p < 4) {
    r->bad = true;
    return 0;
  }
  uint32_t v;
  memcpy(&v, r->p, 4);
  r->p += 4;
  r->addr += 4;
  return v;
}

// A pointer in DW_EH_PE encoding enc; absolute for the range (rel=false).
static uint32_t eh_ptr(Rd *r, uint8_t enc, bool rel) {
  uint32_t at = r->addr, v;
  switch (enc & 0x0f) {
  case 0x00: case 0x03: case 0x0b: v = rd32(r); break;
  case 0x02: case 0x0a:
    if (r->end - r->p < 2) { r->bad = true; return 0; }
    { uint16_t h; memcpy(&h, r->p, 2); r->p += 2; r->addr += 2; v = (enc & 8) ? (uint32_t)(int16_t)h : h; }
    break;
  case 0x01: v = (uint32_t)uleb(r); break;
  default: r->bad = true; return 0;
  }
  if (rel && (enc & 0x70) == 0x10)
    v += at;
  return v;
}

static int64_t sleb(Rd *r) {
  int64_t v = 0;
  for (int sh = 0; r->p < r->end; sh += 7) {
    uint8_t b = *r->p++;
    r->addr++;
    if (sh < 64)
      v |= (int64_t)(b & 0x7f) << sh;
    if (!(b & 0x80)) {
      if (sh + 7 < 64 && (b & 0x40))
        v |= -((int64_t)1 << (sh + 7));
      return v;
    }
  }
  r->bad = true;
  return 0;
}

// ---- the CFA rule: call frame instructions ------------------------------------

// One FDE's program as rows: from loc on, CFA = reg + off (reg -1: a rule
// vet does not follow). The last FDE read is kept (a walk asks about one
// function's addresses in a row); funcs_discover and funcs_free forget it.
typedef struct {
  uint32_t loc;
  int32_t reg, off;
} CfaRow;
static struct {
  int fde;   // fs index of the rows, or -1
  CfaRow *row;
  int n, cap;
} cfa = {.fde = -1};

static void cfa_row(uint32_t loc, int32_t reg, int32_t off) {
  if (cfa.n && cfa.row[cfa.n - 1].loc == loc) {
    cfa.row[cfa.n - 1].reg = reg, cfa.row[cfa.n - 1].off = off;
    return;
  }
  if (cfa.n == cfa.cap) {
    cfa.cap = cfa.cap ? cfa.cap * 2 : 64;
    cfa.row = xrealloc(cfa.row, cfa.cap * sizeof(CfaRow));
  }
  cfa.row[cfa.n++] = (CfaRow){loc, reg, off};
}

// Runs the instructions in r from *loc (the CIE's initial ones, then the
// FDE's), adding a row at each advance; false on an opcode it does not know.
static bool cfa_run(Rd *r, uint32_t *loc, int32_t *reg, int32_t *off, uint64_t caf, int64_t daf, uint8_t enc) {
  int32_t stk[8][2];
  int nstk = 0;
  while (r->p < r->end && !r->bad) {
    uint8_t op = *r->p++;
    r->addr++;
    uint32_t adv = 0;
    if (op >> 6 == 2)
      uleb(r);   // offset: a register's rule
    if (op >> 6 != 1 && op >> 6)
      continue;   // and restore
    if (op >> 6 == 1)
      adv = op & 0x3f;
    else switch (op) {
    case 0x00:   // DW_CFA_nop
      break;
    case 0x01:   // DW_CFA_set_loc
      cfa_row(*loc, *reg, *off);
      *loc = eh_ptr(r, enc, true);
      continue;
    case 0x02:   // DW_CFA_advance_loc1
      if (r->p < r->end) {
        adv = *r->p++;
        r->addr++;
      }
      break;
    case 0x03:   // DW_CFA_advance_loc2
      if (r->end - r->p < 2)
        return false;
      adv = r->p[0] | r->p[1] << 8;
      r->p += 2, r->addr += 2;
      break;
    case 0x04:   // DW_CFA_advance_loc4
      adv = rd32(r);
      break;
    case 0x05: case 0x09: case 0x14: case 0x2f: uleb(r); uleb(r); continue;
    case 0x06: case 0x07: case 0x08: case 0x2e: uleb(r); continue;
    case 0x0a:
      if (nstk == 8)
        return false;
      stk[nstk][0] = *reg, stk[nstk][1] = *off, nstk++;
      continue;
    case 0x0b:
      if (!nstk)
        return false;
      nstk--, *reg = stk[nstk][0], *off = stk[nstk][1];
      continue;
    case 0x0c: *reg = (int32_t)uleb(r); *off = (int32_t)uleb(r); continue;
    case 0x0d: *reg = (int32_t)uleb(r); continue;
    case 0x0e: *off = (int32_t)uleb(r); continue;
    case 0x0f: case 0x10: case 0x16: {   // expressions: the CFA's is not followed
      if (op != 0x0f)
        uleb(r);
      uint64_t n = uleb(r);
      if (n > (uint64_t)(r->end - r->p))
        return false;
      r->p += n, r->addr += (uint32_t)n;
      if (op == 0x0f)
        *reg = -1;
      continue;
    }
    case 0x11: case 0x15: uleb(r); sleb(r); continue;
    case 0x12: *reg = (int32_t)uleb(r); *off = (int32_t)(sleb(r) * daf); continue;
    case 0x13: *off = (int32_t)(sleb(r) * daf); continue;
    default: return false;
    }
    if (adv) {
      cfa_row(*loc, *reg, *off);
      *loc += (uint32_t)(adv * caf);
    }
  }
  return !r->bad;
}

// Reads FDE k's program into cfa's rows; false when it cannot.
static bool cfa_read(const Elf *e, const Funcs *fs, int k) {
  cfa.fde = k;
  cfa.n = 0;
  const VSec *s = elf_sec_named(e, ".eh_frame");
  if (!s || s->type == SHT_NOBITS || fs->fde_rec[k] + 8 > s->size)
    return false;
  const uint8_t *base = e->data + s->off, *p = base + fs->fde_rec[k];
  uint32_t len, id, clen;
  memcpy(&len, p, 4);
  memcpy(&id, p + 4, 4);
  uint32_t cie = fs->fde_rec[k] + 4 - id;   // checked when it was scanned
  if (len > s->size - fs->fde_rec[k] - 4 || cie + 8 > s->size)
    return false;
  memcpy(&clen, base + cie, 4);
  if (clen > s->size - cie - 4)
    return false;
  Rd c = {base + cie + 8, base + cie + 4 + clen, s->addr + cie + 8, false};
  if (c.p >= c.end)
    return false;
  uint8_t version = *c.p++;
  c.addr++;
  const char *aug = (const char *)c.p;
  const uint8_t *z = memchr(c.p, 0, c.end - c.p);
  if (!z)
    return false;
  c.addr += z + 1 - c.p;
  c.p = z + 1;
  uint64_t caf = uleb(&c);
  int64_t daf = sleb(&c);
  if (version == 1)
    c.p++, c.addr++;
  else
    uleb(&c);
  uint8_t enc = 0;
  bool hasz = aug[0] == 'z';
  if (hasz) {
    uint64_t n = uleb(&c);
    if (n > (uint64_t)(c.end - c.p))
      return false;
    const uint8_t *dend = c.p + n;
    for (const char *a = aug + 1; *a && c.p < dend; a++) {
      if (*a == 'R')
        enc = *c.p++, c.addr++;
      else if (*a == 'L')
        c.p++, c.addr++;
      else if (*a == 'P') {
        uint8_t pe = *c.p++;
        c.addr++;
        eh_ptr(&c, pe, true);
      } else if (*a != 'S' && *a != 'B')
        return false;
    }
    c.addr += (uint32_t)(dend - c.p);
    c.p = dend;
  } else if (aug[0])
    return false;
  Rd r = {p + 8, p + 4 + len, s->addr + fs->fde_rec[k] + 8, false};
  uint32_t loc = eh_ptr(&r, enc, true);
  eh_ptr(&r, enc & 0x0f, false);
  if (hasz) {
    uint64_t n = uleb(&r);
    if (n > (uint64_t)(r.end - r.p))
      return false;
    r.p += n, r.addr += (uint32_t)n;
  }
  int32_t reg = -1, off = 0;
  uint32_t l0 = loc;
  if (c.bad || r.bad || !cfa_run(&c, &l0, &reg, &off, caf, daf, enc) || !cfa_run(&r, &loc, &reg, &off, caf, daf, enc))
    return cfa.n = 0, false;
  cfa_row(loc, reg, off);
  return true;
}

bool funcs_cfa(const Elf *e, const Funcs *fs, uint32_t a, int *reg, int32_t *off) {
  int lo = 0, hi = fs->nfde;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (fs->fde_hi[m] <= a)
      lo = m + 1;
    else
      hi = m;
  }
  if (lo >= fs->nfde || fs->fde_lo[lo] > a)
    return false;
  if (cfa.fde != lo && !cfa_read(e, fs, lo))
    return false;
  // The last row at or before a.
  int i = 0, j = cfa.n;
  while (i < j) {
    int m = (i + j) / 2;
    if (cfa.row[m].loc <= a)
      i = m + 1;
    else
      j = m;
  }
  if (!i || cfa.row[i - 1].reg < 0 || cfa.row[i - 1].reg >= VNREG)
    return false;
  *reg = cfa.row[i - 1].reg;
  *off = cfa.row[i - 1].off;
  return true;
}

typedef struct {
  uint32_t off;   // of the CIE in .eh_frame
  uint8_t enc, lenc;   // pointer encodings: the FDE's range, its LSDA
  bool z;              // has augmentation data
} Cie;

static void scan_eh_frame(const Elf *e, Funcs *fs) {
  const VSec *s = elf_sec_named(e, ".eh_frame");
  if (!s || s->type == SHT_NOBITS || !s->size)
    return;
  const uint8_t *base = e->data + s->off, *end = base + s->size;
  Cie cies[64];
  int ncie = 0;
  int cap = 0;
  for (const uint8_t *p = base; end - p >= 8;) {
    uint32_t len;
    memcpy(&len, p, 4);
    if (len == 0)
      break;   // the terminator
    if (len == 0xffffffff || len > (size_t)(end - p) - 4)
      break;   // 64-bit or truncated: stop, what was read stands
    const uint8_t *next = p + 4 + len;
    Rd r = {p + 4, next, s->addr + (uint32_t)(p + 4 - base), false};
    uint32_t id = rd32(&r);
    if (id == 0) {   // a CIE
      uint8_t enc = 0, lenc = 0xff;   // absptr; no LSDA
      bool hasz = false;
      if (r.p < r.end) {
        r.p++, r.addr++;   // version
        const char *aug = (const char *)r.p;
        const uint8_t *z = memchr(r.p, 0, r.end - r.p);
        if (z) {
          r.addr += z + 1 - r.p;
          r.p = z + 1;
          uleb(&r);   // code alignment
          uleb(&r);   // data alignment (sleb; only skipped)
          uleb(&r);   // return register (v1: a byte, < 128 either way)
          if (aug[0] == 'z') {
            hasz = true;
            uleb(&r);
            for (const char *a = aug + 1; *a && !r.bad && r.p < r.end; a++) {
              if (*a == 'R')
                enc = *r.p++, r.addr++;
              else if (*a == 'L')
                lenc = *r.p++, r.addr++;
              else if (*a == 'P') {
                uint8_t pe = *r.p++;
                r.addr++;
                eh_ptr(&r, pe, true);
              } else if (*a != 'S' && *a != 'B')
                break;
            }
          }
        }
      }
      if (ncie < 64)
        cies[ncie++] = (Cie){(uint32_t)(p - base), enc, lenc, hasz};
      else
        cies[(p - base) % 64] = (Cie){(uint32_t)(p - base), enc, lenc, hasz};
    } else {   // an FDE: id is the distance back to its CIE
      uint32_t cieoff = (uint32_t)(p + 4 - base) - id;
      uint8_t enc = 0x1b, lenc = 0xff;
      bool found = false, z = false;
      for (int i = 0; i < ncie; i++)
        if (cies[i].off == cieoff) {
          enc = cies[i].enc;
          lenc = cies[i].lenc;
          z = cies[i].z;
          found = true;
        }
      if (found) {
        uint32_t lo = eh_ptr(&r, enc, true);
        uint32_t n = eh_ptr(&r, enc & 0x0f, false);
        uint32_t lsda = 0;
        if (z && lenc != 0xff) {
          uleb(&r);
          lsda = eh_ptr(&r, lenc, true);
          if (r.bad)
            lsda = 0, r.bad = false;
        }
        if (!r.bad && lo && n && n < 0x10000000 && elf_exec(e, lo)) {
          if (fs->nfde == cap) {
            cap = cap ? cap * 2 : 256;
            fs->fde_lo = xrealloc(fs->fde_lo, cap * sizeof(uint32_t));
            fs->fde_hi = xrealloc(fs->fde_hi, cap * sizeof(uint32_t));
            fs->fde_lsda = xrealloc(fs->fde_lsda, cap * sizeof(uint32_t));
            fs->fde_rec = xrealloc(fs->fde_rec, cap * sizeof(uint32_t));
          }
          fs->fde_rec[fs->nfde] = (uint32_t)(p - base);
          fs->fde_lsda[fs->nfde] = lsda;
          fs->fde_lo[fs->nfde] = lo;
          fs->fde_hi[fs->nfde] = lo + n;
          fs->nfde++;
        }
      }
    }
    p = next;
  }
}

static uint32_t *sort_lo;
static int fde_cmp(const void *a, const void *b) {
  uint32_t x = sort_lo[*(const int *)a], y = sort_lo[*(const int *)b];
  return x < y ? -1 : x > y;
}

static void sort_fdes(Funcs *fs) {
  int n = fs->nfde;
  if (n < 2)
    return;
  int *o = xmalloc(n * sizeof(int));
  for (int i = 0; i < n; i++)
    o[i] = i;
  sort_lo = fs->fde_lo;
  qsort(o, n, sizeof(int), fde_cmp);
  uint32_t *lo = xmalloc(n * sizeof(uint32_t)), *hi = xmalloc(n * sizeof(uint32_t)),
           *ls = xmalloc(n * sizeof(uint32_t)), *rec = xmalloc(n * sizeof(uint32_t));
  for (int i = 0; i < n; i++)
    lo[i] = fs->fde_lo[o[i]], hi[i] = fs->fde_hi[o[i]], ls[i] = fs->fde_lsda[o[i]], rec[i] = fs->fde_rec[o[i]];
  free(fs->fde_lsda);
  fs->fde_lsda = ls;
  free(fs->fde_rec);
  fs->fde_rec = rec;
  free(fs->fde_lo);
  free(fs->fde_hi);
  free(o);
  fs->fde_lo = lo;
  fs->fde_hi = hi;
}

bool go_name(const char *n) {
  if (!n || !strchr(n, '.') || n[0] == '.' || strncmp(n, "__x86.", 6) == 0)
    return false;
  static const char *clones[] = {".part.", ".isra.", ".constprop.", ".cold", ".lto_priv.", ".localalias"};
  for (size_t i = 0; i < sizeof clones / sizeof *clones; i++)
    if (strstr(n, clones[i]))
      return false;
  return true;
}

static int func_cmp(const void *a, const void *b) {
  const VFunc *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

void funcs_discover(const Elf *e, Funcs *fs, int abi) {
  memset(fs, 0, sizeof *fs);
  cfa.fde = -1;
  ix_grow();
  uint32_t lo = 0xffffffff, hi = 0;
  for (int i = 0; i < e->nsecs; i++) {
    const VSec *c = &e->secs[i];
    if ((c->flags & SHF_EXECINSTR) && (c->flags & SHF_ALLOC) && c->size) {
      lo = c->addr < lo ? c->addr : lo;
      hi = c->addr + c->size > hi ? c->addr + c->size : hi;
    }
  }
  if (hi > lo && hi - lo <= 512u << 20) {   // vet_file refuses larger spans
    sb.lo = lo;
    sb.hi = hi;
    sb.bits = xcalloc((hi - lo) / 8 + 1, 1);
  }
  for (int i = 0; i < e->nsyms; i++) {
    const VSym *s = &e->syms[i];
    // Local labels of hand-written assembly (NOTYPE, local) are places
    // inside functions, not entries.
    if (s->type == STT_NOTYPE && s->bind == STB_LOCAL)
      continue;
    funcs_add(fs, s->value, s->value + s->size, s->name, FN_SYM);
  }
  scan_eh_frame(e, fs);
  for (int i = 0; i < fs->nfde; i++)
    funcs_add(fs, fs->fde_lo[i], fs->fde_hi[i], NULL, FN_FDE);
  sort_fdes(fs);
  uint32_t ent[3] = {e->etype == ET_EXEC || e->etype == ET_DYN ? e->entry : 0, e->init, e->fini};
  for (int i = 0; i < 3; i++)
    if (ent[i] && elf_exec(e, ent[i]))
      funcs_add(fs, ent[i], ent[i], NULL, FN_ENTRY);
  // Constructors and destructors (crtstuff's have neither a symbol in a
  // stripped object nor an FDE): the words of the init/fini arrays, which
  // in a PIC module hold link-time addresses (R_386_RELATIVE).
  for (int i = 0; i < e->nsecs; i++) {
    const VSec *s = &e->secs[i];
    if ((s->type != SHT_INIT_ARRAY && s->type != SHT_FINI_ARRAY && s->type != SHT_PREINIT_ARRAY) ||
        s->size > (1u << 20))
      continue;
    for (uint32_t o = 0; o + 4 <= s->size; o += 4) {
      uint32_t a;
      if (elf_read32(e, s->addr + o, &a) && a && elf_exec(e, a))
        funcs_add(fs, a, a, NULL, FN_ENTRY);
    }
  }
  // Sorted, so that a function without a size ends where the next begins.
  if (fs->n)
    qsort(fs->f, fs->n, sizeof(VFunc), func_cmp);
  free(ix.key);
  free(ix.idx);
  memset(&ix, 0, sizeof ix);
  ix_grow();
  while ((fs->n + 1) * 2 > ix.cap)
    ix_grow();
  for (int i = 0; i < fs->n; i++) {
    ix_put(fs->f[i].start, i);
    VFunc *f = &fs->f[i];
    // A size the file claims ends at its section's end at the latest.
    const VSec *fsec = elf_sec_at(e, f->start);
    if (fsec && f->end > fsec->addr + fsec->size)
      f->end = fsec->addr + fsec->size;
    if (f->end <= f->start) {
      const VSec *s = elf_sec_at(e, f->start);
      f->end = s ? s->addr + s->size : f->start + 1;
      if (i + 1 < fs->n && fs->f[i + 1].start < f->end)
        f->end = fs->f[i + 1].start;
    }
  }
  bool go = e->go_note || elf_sec_named(e, PIC386_FUNCTAB_SECTION);
  for (int i = 0; i < e->ndynsyms && !go; i++)
    go = strncmp(e->dynsyms[i].name, "runtime.", 8) == 0;
  for (int i = 0; i < e->nsyms && !go; i++)
    go = strncmp(e->syms[i].name, "runtime.", 8) == 0;
  if (abi == ABI_SYSV)
    go = false;
  else if (abi == ABI_GO)
    go = true;
  fs->go_module = go;
  for (int i = 0; i < fs->n && go; i++)
    fs->f[i].go = !funcs_in_fde(fs, fs->f[i].start);
}

const VFunc *funcs_covering(const Funcs *fs, uint32_t a) {
  // fs->f is sorted up to the functions added by calls (appended unsorted).
  const VFunc *best = NULL;
  int lo = 0, hi = fs->n;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (fs->f[m].start <= a)
      lo = m + 1;
    else
      hi = m;
  }
  for (int i = lo - 1; i >= 0 && i >= lo - 4; i--)
    if (fs->f[i].start <= a && a < fs->f[i].end) {
      best = &fs->f[i];
      break;
    }
  return best;
}

void funcs_free(Funcs *fs) {
  free(fs->f);
  free(fs->fde_lo);
  free(fs->fde_hi);
  free(fs->fde_lsda);
  free(fs->fde_rec);
  cfa.fde = -1;
  free(ix.key);
  free(ix.idx);
  memset(&ix, 0, sizeof ix);
  free(sb.bits);
  memset(&sb, 0, sizeof sb);
  memset(fs, 0, sizeof *fs);
}

// The landing pad (C++ catch or cleanup) of a call at `call`, from the LSDA
// (.gcc_except_table) of the FDE covering it: 0 when it has none. The
// unwinder enters it with the callee-saved registers, EBX among them, as
// they were at the call, so it is one more successor of the call.
uint32_t funcs_landing_pad(const Elf *e, const Funcs *fs, uint32_t call, uint32_t len) {
  int lo = 0, hi = fs->nfde;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (fs->fde_hi[m] <= call)
      lo = m + 1;
    else
      hi = m;
  }
  if (lo >= fs->nfde || fs->fde_lo[lo] > call || !fs->fde_lsda[lo])
    return 0;
  uint32_t start = fs->fde_lo[lo], n;
  const uint8_t *p = elf_bytes(e, fs->fde_lsda[lo], &n);
  if (!p)
    return 0;
  Rd r = {p, p + n, fs->fde_lsda[lo], false};
  uint8_t lpenc = *r.p++;
  r.addr++;
  uint32_t lpstart = start;
  if (lpenc != 0xff)
    lpstart = eh_ptr(&r, lpenc, true);
  if (r.p >= r.end)
    return 0;
  uint8_t ttenc = *r.p++;
  r.addr++;
  if (ttenc != 0xff)
    uleb(&r);
  if (r.p >= r.end)
    return 0;
  uint8_t csenc = *r.p++;
  r.addr++;
  uint64_t cslen = uleb(&r);
  if (r.bad || cslen > (uint64_t)(r.end - r.p))
    return 0;
  r.end = r.p + cslen;
  // The personality matches the return address minus one.
  uint32_t ip = call + len - 1 - start;
  while (r.p < r.end && !r.bad) {
    uint32_t cs = eh_ptr(&r, csenc & 0x0f, false), cl = eh_ptr(&r, csenc & 0x0f, false);
    uint32_t lp = eh_ptr(&r, csenc & 0x0f, false);
    uleb(&r);   // action
    if (r.bad)
      return 0;
    if (ip >= cs && ip - cs < cl)
      return lp ? lpstart + lp : 0;
  }
  return 0;
}
