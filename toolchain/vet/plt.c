// plt.c: the PLT entries of a linked module, and the GOT they imply.
//
// The layouts GNU ld and lld write for i386 (the entry a call targets):
//   .plt      PIC      ff a3 d32        jmp *d32(%ebx); push $reloff; jmp PLT0   16 bytes
//             absolute ff 25 a32        jmp *a32                                 16 bytes
//   .plt.sec  (IBT)    f3 0f 1e fb      endbr32, then the jmp as above           16 bytes
//                      (.plt's entries then hold only endbr32; push; jmp PLT0)
//   .plt.got  PIC or absolute jmp, 8 bytes (16 with endbr32), for symbols
//             whose GOT slot is also used for data (GLOB_DAT)
// The first .plt entry (PLT0: push 4(%ebx); jmp *8(%ebx)) is never called.
//
// The GOT: a PIC entry's slot is GOT + d32, and the n-th entry's slot is the
// n-th R_386_JMP_SLOT of .rel.plt, so each entry gives GOT = r_offset - d32.
// They must all agree, and agree with DT_PLTGOT (a finding otherwise).
#include "vet/vet.h"

#include "internal/internal.h"

#include <stdlib.h>
#include <string.h>

static int rel_cmp(const void *a, const void *b) {
  const VRel *x = a, *y = b;
  return x->offset < y->offset ? -1 : x->offset > y->offset;
}

static int plt_cmp(const void *a, const void *b) {
  const PltEnt *x = a, *y = b;
  return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static const VRel *rel_at(const Elf *e, uint32_t a) {
  int lo = 0, hi = e->nrels;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (e->rels[m].offset < a)
      lo = m + 1;
    else
      hi = m;
  }
  return lo < e->nrels && e->rels[lo].offset == a ? &e->rels[lo] : NULL;
}

static const char *rel_name(const Elf *e, uint32_t slot) {
  const VRel *r = rel_at(e, slot);
  if (!r || r->sym == 0 || r->sym >= (uint32_t)e->ndynsyms)
    return NULL;
  return e->dynsyms[r->sym].name;
}

// The jmp of a PLT entry at p (n bytes): its offset in the entry, or -1.
static int entry_jmp(const uint8_t *p, uint32_t n, bool *pic, int32_t *disp) {
  int o = 0;
  if (n >= 4 && p[0] == 0xf3 && p[1] == 0x0f && p[2] == 0x1e && p[3] == 0xfb)
    o = 4;   // endbr32
  if (n >= (uint32_t)o + 1 && p[o] == 0xf2)
    o++;     // bnd (MPX-era layouts)
  if (n < (uint32_t)o + 6 || p[o] != 0xff || (p[o + 1] != 0xa3 && p[o + 1] != 0x25))
    return -1;
  *pic = p[o + 1] == 0xa3;
  memcpy(disp, p + o + 2, 4);
  return o;
}

int plt_scan(Elf *e, char *err, size_t errlen) {
  if (e->nrels)
    qsort(e->rels, e->nrels, sizeof(VRel), rel_cmp);
  // .rel.plt in its own order, read again from the file.
  const VSec *relplt = elf_sec_named(e, ".rel.plt");
  uint32_t njs = 0;
  const Elf32_Rel *js = NULL;
  if (relplt && relplt->type == SHT_REL && relplt->entsize == sizeof(Elf32_Rel)) {
    js = (const Elf32_Rel *)(e->data + relplt->off);
    njs = relplt->size / sizeof(Elf32_Rel);
  }
  int cap = 0;
  uint32_t nth = 0;   // the n-th call entry of .plt/.plt.sec
  bool derived = false, disagree = false;
  uint32_t got = 0;
  static const char *names[] = {".plt", ".plt.sec", ".plt.got"};
  bool ibt = elf_sec_named(e, ".plt.sec") != NULL;
  const VSec *plt0 = elf_sec_named(e, ".plt");
  if (plt0 && (plt0->type == SHT_NOBITS || !plt0->size))
    plt0 = NULL;
  for (int k = 0; k < 3; k++) {
    const VSec *s = elf_sec_named(e, names[k]);
    if (!s || s->type == SHT_NOBITS || !(s->flags & SHF_EXECINSTR) || !s->size)
      continue;
    if (k == 0 && ibt)
      continue;   // its entries only push and jump to PLT0
    uint32_t esz = k == 2 ? 8 : 16;
    const uint8_t *p = e->data + s->off;
    if (k == 2 && s->size >= 4 && p[0] == 0xf3 && p[1] == 0x0f)
      esz = 16;
    for (uint32_t o = k == 0 ? 16 : 0; o + esz <= s->size; o += esz) {
      bool pic;
      int32_t disp;
      if (entry_jmp(p + o, esz, &pic, &disp) < 0)
        continue;
      if (e->nplt == cap) {
        cap = cap ? cap * 2 : 64;
        e->plt = xrealloc(e->plt, cap * sizeof(PltEnt));
      }
      e->plt[e->nplt++] = (PltEnt){s->addr + o, esz, pic, disp, NULL};
      if (pic)
        e->any_pic_plt = true;
      else
        e->any_abs_plt = true;
      // The entry's relocation: its `push $off` (in this entry, or in the
      // .plt entry that pairs with a .plt.sec one) is its offset in .rel.plt.
      int jo = entry_jmp(p + o, esz, &pic, &disp);
      const uint8_t *push = NULL;
      if (k == 0 && o + jo + 11 <= s->size && p[o + jo + 6] == 0x68)
        push = p + o + jo + 7;
      else if (k == 1 && plt0 && 16 * (nth + 2) <= plt0->size) {
        const uint8_t *q = e->data + plt0->off + 16 * (nth + 1);
        if (q[0] == 0xf3 && q[4] == 0x68)
          push = q + 5;
      }
      if (k < 2 && pic && push) {
        uint32_t off;
        memcpy(&off, push, 4);
        if (off % sizeof(Elf32_Rel) == 0 && off / sizeof(Elf32_Rel) < njs) {
          Elf32_Rel r;
          memcpy(&r, &js[off / sizeof(Elf32_Rel)], sizeof r);
          if (ELF32_R_TYPE(r.r_info) == R_386_JMP_SLOT) {
            uint32_t g = r.r_offset - (uint32_t)disp;
            if (!derived)
              got = g, derived = true;
            else if (g != got)
              disagree = true;
          }
        }
      }
      if (k < 2)
        nth++;
    }
  }
  if (derived && !disagree)
    e->got = got;
  else if (e->has_pltgot)
    e->got = e->pltgot;
  else if (e->any_pic_plt) {
    snprintf(err, errlen, "PIC PLT entries but no GOT: no DT_PLTGOT and no .rel.plt to derive it from");
    return -1;
  }
  if (e->nplt)
    qsort(e->plt, e->nplt, sizeof(PltEnt), plt_cmp);
  for (int i = 0; i < e->nplt; i++) {
    PltEnt *pe = &e->plt[i];
    pe->name = rel_name(e, pe->pic ? e->got + (uint32_t)pe->disp : (uint32_t)pe->disp);
    if (pe->addr + pe->size > e->plt_end)
      e->plt_end = pe->addr + pe->size;
  }
  if (derived && !disagree && e->has_pltgot && got != e->pltgot) {
    snprintf(err, errlen, "the PLT entries imply GOT 0x%x, DT_PLTGOT says 0x%x", got, e->pltgot);
    return 1;
  }
  if (disagree) {
    snprintf(err, errlen, "the PLT entries do not agree on the GOT (their .rel.plt slots); using DT_PLTGOT 0x%x",
             e->pltgot);
    return 1;
  }
  return 0;
}

const PltEnt *plt_at(const Elf *e, uint32_t a) {
  if (a >= e->plt_end)
    return NULL;   // most calls: code after the PLT (the search would end the same)
  int lo = 0, hi = e->nplt;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (e->plt[m].addr + e->plt[m].size <= a)
      lo = m + 1;
    else
      hi = m;
  }
  if (lo < e->nplt && a >= e->plt[lo].addr && a < e->plt[lo].addr + e->plt[lo].size)
    return &e->plt[lo];
  return NULL;
}
