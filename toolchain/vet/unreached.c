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
#include <string.h>

static bool seen_at(const Vet *v, uint32_t a) {
  uint32_t off = a - v->seen_lo;
  return a >= v->seen_lo && a < v->seen_hi && (v->seen[off / 8] & (1u << (off % 8)));
}

static int sr_cmp(const void *a, const void *b) {
  const SiteRec *x = a, *y = b;
  return x->addr < y->addr ? -1 : x->addr > y->addr;
}

// Whether a flow recorded the site (the first n of v->sr, sorted).
static bool recorded(const Vet *v, int n, uint32_t a) {
  int lo = 0, hi = n;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (v->sr[m].addr < a)
      lo = m + 1;
    else
      hi = m;
  }
  return lo < n && v->sr[lo].addr == a;
}

// The target of a rel32 call/jmp/jcc at p (n bytes there), at address a;
// false if the bytes are not one. Asked at every byte of the code: inline.
static inline bool rel32_at(const uint8_t *p, uint32_t n, uint32_t a, uint32_t *t) {
  uint32_t k;
  if (n >= 5 && (p[0] == 0xe8 || p[0] == 0xe9))
    k = 1;
  else if (n >= 6 && p[0] == 0x0f && p[1] >= 0x80 && p[1] <= 0x8f)
    k = 2;
  else
    return false;
  uint32_t rel;
  memcpy(&rel, p + k, 4);   // little-endian, as the file
  *t = a + k + 4 + rel;
  return true;
}

// A linear decode of a section, moving only forward, so that a file's
// candidates cost at most one pass over its code (a hostile file may hold
// millions): where it stands, and what it has seen on the way.
typedef struct {
  uint32_t pos;     // the next instruction's address
  bool dead;        // the last visited instruction is a call that does not return
  uint32_t after;   // that instruction's address, or 0
} Cursor;

// Restarts the cursor at start (a function's entry) if that is ahead of it.
static void cursor_at(Cursor *c, uint32_t start) {
  if (start > c->pos)
    *c = (Cursor){start, false, 0};
}

// Decodes up to the candidate site: true when an instruction starts exactly
// there.
static bool cursor_to(Vet *v, Cursor *c, uint32_t site) {
  const Elf *e = v->e;
  while (c->pos < site) {
    Insn in;
    if (!decode_at(e, c->pos, &in) || in.kind == I_BAD) {
      c->pos++;   // resynchronise, as a linear disassembler does
      continue;
    }
    if (seen_at(v, c->pos)) {
      c->dead = in.kind == I_CALL && cfg_noreturn(e, in.target, NULL);
      c->after = c->pos;
    }
    c->pos += in.len;
  }
  return c->pos == site;
}

// Where the runtime resumes a recovered frame of f (the pclntab's entry +
// _func.deferreturn: defer_resumes), or 0.
static uint32_t resume_of(const Vet *v, const VFunc *f) {
  for (int i = 0; i < v->nres; i++)
    if (v->res[i].resume >= f->start && v->res[i].entry == f->start)
      return v->res[i].resume;
  return 0;
}

void unreached_sites(Vet *v) {
  const Elf *e = v->e;
  if (v->nsr)
    qsort(v->sr, v->nsr, sizeof(SiteRec), sr_cmp);
  int nrec = v->nsr;   // the flows' records, sorted; this pass appends
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
    Cursor c = {s->addr, false, 0};
    for (uint32_t i = 0; i < n; i++) {
      uint32_t a = s->addr + i, t;
      if (!rel32_at(p + i, n - i, a, &t))
        continue;
      const PltEnt *pe = plt_at(e, t);
      if (!pe || !pe->pic || t != pe->addr || seen_at(v, a) || recorded(v, nrec, a))
        continue;
      // Decoded linearly from its function's start, or from where the
      // cursor stands (the section's start, or an earlier candidate).
      const VFunc *f = funcs_covering(&v->fs, a);
      if (f && f->start >= s->addr)
        cursor_at(&c, f->start);
      if (!cursor_to(v, &c, a))
        continue;
      Insn in;
      char text[96];
      if (!decode_at(e, a, &in) || in.kind == I_BAD)
        continue;
      if (c.dead) {
        site_record(v, a, SITE_DEAD);
        continue;
      }
      site_record(v, a, SITE_UNDECIDED);
      insn_text(e, &in, text, sizeof text);
      VFunc none = {a, a, NULL, FN_SYM, false, false};
      const VFunc *owner = f ? f : &none;
      bool dr = v->fs.go_module && defer_is_deferreturn(e, t);
      uint32_t res = dr ? resume_of(v, owner) : 0;
      if (res)
        // The pclntab names where the runtime resumes this function's
        // frame, and it is not here (that run reached another call: checked
        // there): an exit of Go's no path leads to.
        vet_find(v, F_UNDECIDED, owner, a,
                 "undecided: %s not reached: no path vet followed leads here, and the runtime resumes a recovered "
                 "frame of this function at 0x%x (_func.deferreturn), not here",
                 text, res);
      else if (dr)
        // Go >= 1.14 reaches this call only when a deferred call recovers a
        // panic: the runtime resumes the frame there (its _func's
        // deferreturn offset), a way in vet does not model.
        vet_find(v, F_UNDECIDED, owner, a,
                 "undecided: %s not reached: only a recovered panic resumes here (the runtime jumps to it), "
                 "which vet does not model",
                 text);
      else if (c.after)
        vet_find(v, F_UNDECIDED, owner, a,
                 "undecided: %s not reached: no path vet followed leads here (the last instruction it reached "
                 "before it is at 0x%x)",
                 text, c.after);
      else
        vet_find(v, F_UNDECIDED, owner, a, "undecided: %s not reached: no path vet followed leads here", text);
    }
  }
}
