// pcln.c: where Go's runtime resumes a frame whose deferred call recovered
// a panic, read from the module's pclntab.
//
// From Go 1.14 on there is no jmpdefer: a deferred call returns normally,
// and the `CALL runtime.deferreturn` at a function's exit is reached only
// when a deferred call recovers a panic. The runtime then resumes the frame
// at entry + _func.deferreturn (runtime/panic.go, recovery), an offset the
// linker computes (cmd/link/internal/ld/pcln.go, computeDeferReturn): on
// 386 the call's own start, backed off 11 bytes more in -buildmode=shared,
// -linkshared and plugins to the `CALL __x86.get_pc_thunk.bx; LEAL
// _GLOBAL_OFFSET_TABLE_(BX), BX` before it. Without that back-off (or with
// a wrong one) the frame resumes with EBX not loaded: issue 15916's bug 2
// again, in another form. defer.c checks each resume point as it checks
// jmpdefer's rewind.
//
// Formats read (runtime/symtab.go pcHeader, internal/abi/symtab.go magics,
// runtime/runtime2.go _func), Go 1.18 on, 32-bit pointers:
//   pcHeader: magic u32 (0xfffffff0 1.18-1.19, 0xfffffff1 1.20 on), 2 pad
//     bytes, minLC u8, ptrSize u8, then ptrSize words: nfunc, nfiles,
//     textStart (0 from some version on: "no longer stored"), and the
//     offsets from the header of funcnametab, cutab, filetab, pctab, and
//     pclntab (the functab and the _func records);
//   functab: nfunc pairs {entryOff u32, funcOff u32} (and an end entry);
//   _func at pclntab + funcOff: entryOff u32, nameOff i32, args i32,
//     deferreturn u32, ...
// The text start that entryOff counts from is moduledata.text, the
// module's runtime.text: its symbol when the file has one, else the
// header's textStart when not 0, else the offset of a function whose name
// the symbol table also holds. A function whose symbol disagrees with the
// result is reported (its resume point is not known).
//
// The file may be hostile: every offset is checked against the section
// before it is read, and nothing is allocated beyond what the section holds.
#include "vet/vet.h"

#include "internal/internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  const uint8_t *p;
  uint32_t n;   // bytes in the section
} Tab;

static bool rd32(const Tab *t, uint32_t off, uint32_t *v) {
  if (off > t->n || t->n - off < 4)
    return false;
  const uint8_t *b = t->p + off;
  *v = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
  return true;
}

// The NUL-terminated string at off, or NULL if it runs out of the section.
static const char *str_in(const Tab *t, uint32_t off) {
  if (off >= t->n || !memchr(t->p + off, 0, t->n - off))
    return NULL;
  return (const char *)t->p + off;
}

static const VSec *pcln_section(const Elf *e) {
  const VSec *s = elf_sec_named(e, ".gopclntab");
  if (!s)
    s = elf_sec_named(e, ".data.rel.ro.gopclntab");   // PIE, internal linking
  return s;
}

int pcln_resumes(const Elf *e, GoResume **out, char *why, size_t n) {
  *out = NULL;
  const VSec *s = pcln_section(e);
  if (!s) {
    snprintf(why, n, "no .gopclntab section");
    return -1;
  }
  if (s->type == SHT_NOBITS || s->off > e->size || s->size > e->size - s->off) {
    snprintf(why, n, ".gopclntab's contents are outside the file");
    return -1;
  }
  Tab t = {e->data + s->off, s->size};
  uint32_t magic, nfunc = 0, text0 = 0, nameoff = 0, pclnoff = 0;
  if (!rd32(&t, 0, &magic) || t.n < 40) {
    snprintf(why, n, ".gopclntab is too short for a header");
    return -1;
  }
  if (magic != 0xfffffff0u && magic != 0xfffffff1u) {
    snprintf(why, n, ".gopclntab's magic 0x%x is not Go 1.18's or 1.20's", magic);
    return -1;
  }
  if (t.p[7] != 4) {
    snprintf(why, n, ".gopclntab's pointer size is %u, not 4", t.p[7]);
    return -1;
  }
  rd32(&t, 8, &nfunc);
  rd32(&t, 16, &text0);
  rd32(&t, 20, &nameoff);
  rd32(&t, 36, &pclnoff);
  // The functab's nfunc pairs must fit, before anything is allocated.
  if (pclnoff > t.n || nfunc > (t.n - pclnoff) / 8) {
    snprintf(why, n, ".gopclntab's functab (%u functions at 0x%x) runs out of the section", nfunc, pclnoff);
    return -1;
  }
  if (nameoff > t.n) {
    snprintf(why, n, ".gopclntab's funcnametab offset 0x%x is outside the section", nameoff);
    return -1;
  }
  Tab names = {t.p + nameoff, t.n - nameoff};
  Tab pcln = {t.p + pclnoff, t.n - pclnoff};
  // The text start: runtime.text, the header's, or a named function's.
  const VSym *rt = elf_sym_named(e, "runtime.text");
  bool known = rt || text0;
  uint32_t text = rt ? rt->value : text0;
  for (uint32_t i = 0; i < nfunc && !known; i++) {
    uint32_t eoff = 0, foff = 0, nameo;
    rd32(&pcln, i * 8, &eoff);
    rd32(&pcln, i * 8 + 4, &foff);
    if (foff > UINT32_MAX - 8 || !rd32(&pcln, foff + 4, &nameo))
      continue;
    const char *name = str_in(&names, nameo);
    const VSym *sym = name && *name ? elf_sym_named(e, name) : NULL;
    if (sym) {
      text = sym->value - eoff;
      known = true;
    }
  }
  if (!known) {
    snprintf(why, n, "the text start of .gopclntab's offsets is unknown (no runtime.text, no textStart, no named function)");
    return -1;
  }
  int cnt = 0, cap = 0;
  GoResume *r = NULL;
  for (uint32_t i = 0; i < nfunc; i++) {
    uint32_t eoff = 0, foff = 0, fentry, nameo, dr;
    rd32(&pcln, i * 8, &eoff);
    rd32(&pcln, i * 8 + 4, &foff);
    // A record that runs out of the section is no function vet can read.
    if (foff > UINT32_MAX - 16 || !rd32(&pcln, foff, &fentry) || !rd32(&pcln, foff + 4, &nameo) ||
        !rd32(&pcln, foff + 12, &dr))
      continue;
    if (dr == 0)
      continue;
    const char *name = str_in(&names, nameo);
    const VSym *sym = name && *name ? elf_sym_named(e, name) : NULL;
    if (cnt == cap) {
      cap = cap ? cap * 2 : 16;
      r = xrealloc(r, cap * sizeof *r);
    }
    uint32_t entry = text + fentry;
    r[cnt++] = (GoResume){entry, entry + dr, name, sym && sym->value != entry ? sym->value : 0};
  }
  *out = r;
  return cnt;
}
