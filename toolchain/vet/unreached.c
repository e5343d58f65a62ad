// unreached.c: the PLT call sites no flow reached.
//
// The flows (flow.c) record every site they reach. A site none reaches is
// neither proven nor a finding, and must not drop out of the count either:
// the summary counts every direct call or jump into a PIC PLT entry in the
// module's code, as `objdump -d` lists them. They are found by a scan of
// the code's bytes for a rel32 call, jmp or jcc whose target is a PIC PLT
// entry at an address no flow visited; each is confirmed by decoding
// linearly up to it from its function's start (the same bytes inside
// another instruction are not a site), and then judged:
//   - dead: the last instruction before it that a flow visited is a call
//     that does not return (cfg_noreturn), as in gcc's second
//     `call __assert_fail` after a first: counted as unreached, not a
//     finding (proving anything there would prove it of code that never
//     runs);
//   - otherwise undecided: no path vet followed leads there, which may be
//     a jump it resolved only in part or an entry it does not know.
#include "vet/vet.h"

#include <stdlib.h>

static bool seen_at(const Vet *v, uint32_t a) {
  uint32_t off = a - v->seen_lo;
  return a >= v->seen_lo && a < v->seen_hi && (v->seen[off / 8] & (1u << (off % 8)));
}

static bool recorded(const Vet *v, uint32_t a) {
  for (int i = 0; i < v->nsr; i++)
    if (v->sr[i].addr == a)
      return true;
  return false;
}

// The target of a rel32 call/jmp/jcc at p (n bytes there), at address a;
// false if the bytes are not one.
static bool rel32_at(const uint8_t *p, uint32_t n, uint32_t a, uint32_t *len, uint32_t *t) {
  uint32_t k;
  if (n >= 5 && (p[0] == 0xe8 || p[0] == 0xe9))
    k = 1;
  else if (n >= 6 && p[0] == 0x0f && p[1] >= 0x80 && p[1] <= 0x8f)
    k = 2;
  else
    return false;
  int32_t rel = (int32_t)((uint32_t)p[k] | (uint32_t)p[k + 1] << 8 | (uint32_t)p[k + 2] << 16 | (uint32_t)p[k + 3] << 24);
  *len = k + 4;
  *t = a + *len + (uint32_t)rel;
  return true;
}

// Decodes from start to the candidate site; true when an instruction
// starts exactly there. *dead: the last visited instruction before it is a
// call that does not return (its address in *after).
static bool confirm(Vet *v, uint32_t start, uint32_t site, bool *dead, uint32_t *after) {
  const Elf *e = v->e;
  *dead = false;
  *after = 0;
  for (uint32_t a = start; a < site;) {
    Insn in;
    if (!decode_at(e, a, &in) || in.kind == I_BAD) {
      a++;   // resynchronise, as a linear disassembler does
      continue;
    }
    if (seen_at(v, a)) {
      *dead = in.kind == I_CALL && cfg_noreturn(e, in.target);
      *after = a;
    }
    a += in.len;
    if (a == site)
      return true;
  }
  return start == site;
}

void unreached_sites(Vet *v) {
  const Elf *e = v->e;
  for (int si = 0; si < e->nsecs; si++) {
    const VSec *s = &e->secs[si];
    if (!(s->flags & SHF_EXECINSTR) || !(s->flags & SHF_ALLOC) || s->type == SHT_NOBITS || !s->size)
      continue;
    uint32_t n;
    const uint8_t *p = elf_bytes(e, s->addr, &n);
    if (!p)
      continue;
    if (n > s->size)
      n = s->size;
    for (uint32_t i = 0; i < n; i++) {
      uint32_t a = s->addr + i, len, t;
      if ((p[i] != 0xe8 && p[i] != 0xe9 && p[i] != 0x0f) || !rel32_at(p + i, n - i, a, &len, &t))
        continue;
      const PltEnt *pe = plt_at(e, t);
      if (!pe || !pe->pic || t != pe->addr || seen_at(v, a) || recorded(v, a))
        continue;
      // Linear decode from the covering function's start, else from the
      // last instruction a flow visited before it, else the section's.
      const VFunc *f = funcs_covering(&v->fs, a);
      uint32_t start = s->addr;
      if (f && f->start >= s->addr)
        start = f->start;
      else
        for (uint32_t b = a; b > s->addr; b--)
          if (seen_at(v, b - 1)) {
            start = b - 1;
            break;
          }
      bool dead;
      uint32_t after;
      if (!confirm(v, start, a, &dead, &after))
        continue;
      Insn in;
      char text[96];
      if (!decode_at(e, a, &in) || in.kind == I_BAD)
        continue;
      insn_text(e, &in, text, sizeof text);
      VFunc none = {start, start, NULL, FN_SYM, false, false};
      const VFunc *owner = f ? f : &none;
      if (dead) {
        site_record(v, a, SITE_DEAD);
        continue;
      }
      site_record(v, a, SITE_UNDECIDED);
      if (after)
        vet_find(v, F_UNDECIDED, owner, a,
                 "undecided: %s not reached: no path vet followed leads here (the last instruction it reached "
                 "before it is at 0x%x)",
                 text, after);
      else
        vet_find(v, F_UNDECIDED, owner, a, "undecided: %s not reached: no path vet followed leads here", text);
    }
  }
}
