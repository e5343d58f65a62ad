// defer.c: Go's defer protocol, the half of issue 15916 no call site shows.
//
// Go 1.7's deferreturn runs a deferred function through jmpdefer, which
// makes it return to the `CALL runtime.deferreturn` that led there, so that
// deferreturn runs again: it rewinds the return address by a fixed number of
// bytes, `SUBL $N, (SP)`. N must be the length of the whole call sequence —
// 16 for -dynlink's `call thunk; lea GOT(%ecx),%ebx; call deferreturn@plt`,
// 5 for a bare call. With 5 in a shared library (bug 2), the deferred call
// returns onto the `call deferreturn@plt` itself, with EBX holding whatever
// the deferred function left there.
//
// So: N is read from runtime.jmpdefer's own bytes (in this module, in the
// library named by -runtime, or in a library this module needs, looked up
// beside it as the loader would with RUNPATH $ORIGIN), and at every
// deferreturn call site, (return address - N) must start a straight run of
// instructions that reaches the call with EBX holding the GOT (when the call
// goes through a PIC PLT entry) starting from nothing known.
#include "vet/vet.h"

#include "internal/internal.h"

#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int defer_read_rewind(const Elf *e) {
  const VSym *s = elf_sym_named(e, "runtime.jmpdefer");
  if (!s)
    return -1;
  uint32_t a = s->value;
  for (int i = 0; i < 16; i++) {
    Insn in;
    if (!decode_at(e, a, &in) || in.kind == I_BAD)
      return -1;
    if (in.m == M_SUB && in.nops == 2 && in.op[0].kind == 'm' && in.op[0].mem.base == R_ESP &&
        in.op[0].mem.index == R_NONE && in.op[0].mem.disp == 0 && in.op[1].kind == 'i' && in.op[1].imm > 0 &&
        in.op[1].imm < 256)
      return (int)in.op[1].imm;
    if (in.kind != I_OTHER)
      return -1;
    a += in.len;
  }
  return -1;
}

// What a module says of the defer protocol: jmpdefer's rewind N; 0 when it
// defines runtime.deferreturn but no jmpdefer (Go 1.13 on: deferred calls
// return normally, nothing is rewound); -1 when it is not the runtime.
static int probe(const Elf *e) {
  int r = defer_read_rewind(e);
  if (r >= 0)
    return r;
  if (!elf_sym_named(e, "runtime.jmpdefer") && elf_sym_named(e, "runtime.deferreturn"))
    return 0;
  return -1;
}

static int rewind_in(const char *path) {
  Elf e;
  char err[256];
  if (access(path, R_OK) != 0 || elf_open(&e, path, err, sizeof err) < 0)
    return -1;
  int r = probe(&e);
  elf_close(&e);
  return r;
}

int defer_rewind(Vet *v) {
  static char from[4096];
  v->rewind_from = NULL;
  if (v->opt->runtime) {
    v->rewind_from = v->opt->runtime;
    return v->opt->rewind;
  }
  int r = probe(v->e);
  if (r >= 0) {
    v->rewind_from = "this module";
    return r;
  }
  // The libraries it needs, where the loader would look first: beside it,
  // then its RUNPATH (with $ORIGIN).
  char *dup = xstrdup(v->e->path);
  const char *dir = dirname(dup);
  char *rp = xstrdup(v->e->runpath ? v->e->runpath : "");
  char *dirs[16];
  int nd = 0;
  dirs[nd++] = (char *)dir;
  for (char *sv = NULL, *t = strtok_r(rp, ":", &sv); t && nd < 16; t = strtok_r(NULL, ":", &sv))
    dirs[nd++] = strncmp(t, "$ORIGIN", 7) == 0 ? xasprintf("%s%s", dir, t + 7) : xstrdup(t);
  for (int k = 0; k < nd && r < 0; k++)
    for (int i = 0; i < v->e->nneeded && r < 0; i++) {
      snprintf(from, sizeof from, "%s/%s", dirs[k], v->e->needed[i]);
      r = rewind_in(from);
    }
  for (int k = 1; k < nd; k++)
    free(dirs[k]);
  free(rp);
  free(dup);
  if (r >= 0)
    v->rewind_from = from;
  return r;
}

bool defer_is_deferreturn(const Elf *e, uint32_t target) {
  const PltEnt *pe = plt_at(e, target);
  if (pe)
    return pe->name && strncmp(pe->name, "runtime.deferreturn", 19) == 0 &&
           (pe->name[19] == 0 || pe->name[19] == '@');
  const VSym *s = elf_sym_at(e, target);
  return s && s->value == target && strcmp(s->name, "runtime.deferreturn") == 0;
}

void defer_site(Vet *v, const VFunc *f, uint32_t site, uint32_t len, const State *at) {
  if (!v->fs.go_module || v->rewind == 0)
    return;   // not Go, or a Go whose deferred calls return normally
  v->tot->defer_sites++;
  if (v->rewind < 0) {
    site_record(v, site, SITE_UNDECIDED);
    vet_find(v, F_UNDECIDED, f, site,
             "undecided: call runtime.deferreturn: jmpdefer's rewind is unknown (no runtime.jmpdefer in this module "
             "or a library beside it; name one with -runtime)");
    return;
  }
  uint32_t ret = site + len, start = ret - (uint32_t)v->rewind;
  State s = *at;
  for (int r = 0; r < VNREG; r++)
    if (r != R_ESP)
      s.r[r] = (Val){V_UNK, 0, 0, 0};
  s.why = W_REWIND;
  s.why_at = start;
  s.npath = 0;
  char why[300];
  Insn call;
  decode_at(v->e, site, &call);
  const PltEnt *pe = plt_at(v->e, call.target);
  if (!flow_straight(v, start, site, &s, why, sizeof why)) {
    site_record(v, site, SITE_BAD);
    vet_find(v, F_DEFER, f, site,
             "deferreturn: a deferred call returns to 0x%x (return address 0x%x - jmpdefer's rewind %d, from %s): %s",
             start, ret, v->rewind, v->rewind_from, why);
    return;
  }
  if (!pe || !pe->pic || (s.r[R_EBX].kind == V_CONST && s.r[R_EBX].v == v->e->got))
    return;
  char msg[700];
  flow_explain(v, &call, &s, msg, sizeof msg);
  site_record(v, site, SITE_BAD);
  vet_find(v, F_DEFER, f, site, "deferreturn: a deferred call returns to 0x%x (jmpdefer rewinds %d, from %s): %s",
           start, v->rewind, v->rewind_from, msg);
}

// The call runtime.deferreturn (*call) a straight run from a resume point
// reaches (through the GOT load before it, and nothing else that is not a
// plain instruction): its address, or 0.
static uint32_t resume_call(Vet *v, uint32_t a, Insn *call) {
  for (int i = 0; i < 16; i++) {
    if (!decode_at(v->e, a, call) || call->kind == I_BAD)
      return 0;
    if (call->kind == I_CALL && defer_is_deferreturn(v->e, call->target))
      return a;
    if (call->kind != I_OTHER && !(call->kind == I_CALL && cfg_thunk_reg(v->e, call->target) != R_NONE))
      return 0;
    a += call->len;
  }
  return 0;
}

void defer_resumes(Vet *v) {
  if (!v->fs.go_module || v->rewind != 0)
    return;   // not Go, or a Go with jmpdefer (defer_site checks its rewind)
  GoResume *r;
  char why[300];
  int n = pcln_resumes(v->e, &r, why, sizeof why);
  if (n < 0)
    return;   // unreached.c's message stands for the sites no flow reached
  for (int i = 0; i < n; i++) {
    const VFunc *c = funcs_covering(&v->fs, r[i].resume);
    VFunc f = c ? *c : (VFunc){r[i].entry, r[i].entry, r[i].name, FN_SYM, true, false};
    f.go = true;   // Go code: the run's calls do not preserve EBX
    v->cur = &f;
    Insn call;
    uint32_t site = resume_call(v, r[i].resume, &call);
    const PltEnt *pe = site ? plt_at(v->e, call.target) : NULL;
    if (r[i].symval) {
      // The pclntab's entry is not the symbol's: which one the runtime's
      // text start names, vet cannot tell, so nor where it resumes.
      if (v->e->any_pic_plt)
        vet_find(v, F_UNDECIDED, &f, r[i].resume,
                 "undecided: the pclntab puts %s at 0x%x, its symbol at 0x%x: where the runtime resumes a "
                 "recovered frame (_func.deferreturn) is unknown",
                 r[i].name ? r[i].name : "a function", r[i].entry, r[i].symval);
      continue;
    }
    if (!site) {
      // No deferreturn call ahead: not this check's concern unless the
      // module calls through a PIC PLT, where it may resume anywhere.
      if (v->e->any_pic_plt)
        vet_find(v, F_UNDECIDED, &f, r[i].resume,
                 "undecided: the runtime resumes a recovered frame at 0x%x (_func.deferreturn), which reaches no "
                 "call runtime.deferreturn in a straight run",
                 r[i].resume);
      continue;
    }
    if (!pe || !pe->pic)
      continue;   // a direct call or an absolute PLT: no EBX needed
    v->tot->defer_sites++;
    State s;
    state_entry(&s);
    s.why = W_RESUME;
    s.why_at = r[i].resume;
    char msg[700];
    if (!flow_straight(v, r[i].resume, site, &s, why, sizeof why)) {
      site_record(v, site, SITE_BAD);
      vet_find(v, F_DEFER, &f, site,
               "deferreturn: the runtime resumes a recovered frame at 0x%x (_func.deferreturn): %s", r[i].resume,
               why);
    } else if (s.r[R_EBX].kind == V_CONST && s.r[R_EBX].v == v->e->got)
      site_record(v, site, SITE_OK);
    else {
      flow_explain(v, &call, &s, msg, sizeof msg);
      site_record(v, site, SITE_BAD);
      vet_find(v, F_DEFER, &f, site,
               "deferreturn: the runtime resumes a recovered frame at 0x%x (_func.deferreturn): %s", r[i].resume,
               msg);
    }
  }
  v->cur = NULL;
  v->res = r;   // unreached.c's, freed with the file
  v->nres = n;
}
