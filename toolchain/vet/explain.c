// explain.c: what a finding says, and the straight-line replay that
// deferreturn's check (defer.c) explains with.
//
// A finding names the origin of the EBX it saw (the instruction that set
// it, the function's entry, a Go call that clobbered it, a join of paths
// that disagree, jmpdefer's return) and the last branches taken since, as
// the walk (flow.c) recorded them in the state: enough to find the bug in a
// disassembly without re-running the analysis.
#include "vet/vet.h"

#include <string.h>

static void origin_text(const Vet *v, const State *s, char *buf, size_t n) {
  char t[96];
  Insn in;
  switch (s->why) {
  case W_ENTRY: snprintf(buf, n, "function entry"); break;
  case W_INSN:
    if (decode_at(v->e, s->why_at, &in))
      insn_text(v->e, &in, t, sizeof t);
    else
      snprintf(t, sizeof t, "?");
    snprintf(buf, n, "set by `%s` at 0x%x", t, s->why_at);
    break;
  case W_CALL:
    snprintf(buf, n, "clobbered by the call at 0x%x (Go code: a call does not preserve EBX)", s->why_at);
    break;
  case W_JOIN: snprintf(buf, n, "paths with different EBX meet at 0x%x", s->why_at); break;
  case W_REWIND: snprintf(buf, n, "jmpdefer's return to 0x%x", s->why_at); break;
  case W_RESUME: snprintf(buf, n, "the runtime's resume of a recovered frame at 0x%x", s->why_at); break;
  }
  size_t l = strlen(buf);
  for (int i = 0; i < s->npath && l + 16 < n; i++)
    l += snprintf(buf + l, n - l, " → 0x%x", s->path[i]);
}

// Describes why EBX is not the GOT at insn `in` reached with state s.
void flow_explain(Vet *v, const Insn *in, const State *s, char *buf, size_t n) {
  char t[96], val[96], org[400];
  insn_text(v->e, in, t, sizeof t);
  val_text(v, s->r[R_EBX], val, sizeof val);
  origin_text(v, s, org, sizeof org);
  snprintf(buf, n, "%s with EBX %s: %s → here%s", t, val, org,
           s->why == W_ENTRY && s->r[R_EBX].kind == V_UNK ? ", no GOT load on the way" : "");
}

// Replays the straight run [start, site) from s (what jmpdefer's return
// lands on: defer.c): calls and the PC thunks as the walk does them, any
// branch on the way refused. False with the reason in why.
bool flow_straight(Vet *v, uint32_t start, uint32_t site, State *s, char *why, size_t n) {
  const Elf *e = v->e;
  for (uint32_t a = start; a < site;) {
    Insn in;
    if (!decode_at(e, a, &in) || in.kind == I_BAD) {
      snprintf(why, n, "0x%x is not an instruction", a);
      return false;
    }
    uint32_t next = a + in.len;
    if (next > site) {
      snprintf(why, n, "0x%x is not an instruction boundary on the way to the call (the instruction at 0x%x ends at 0x%x)",
               start, a, next);
      return false;
    }
    if (in.kind == I_CALL && in.target == next)
      state_push(s, val_const(next));
    else if (in.kind == I_CALL && cfg_thunk_reg(e, in.target) != R_NONE) {
      int r = cfg_thunk_reg(e, in.target);
      s->r[r] = val_const(next);
      if (r == R_EBX)
        s->why = W_INSN, s->why_at = a, s->npath = 0;
    } else if (in.kind == I_CALL || in.kind == I_CALLI) {
      s->r[R_EAX] = s->r[R_ECX] = s->r[R_EDX] = UNK;
      if (v->cur && v->cur->go) {
        s->r[R_EBX] = s->r[R_EBP] = s->r[R_ESI] = s->r[R_EDI] = UNK;
        s->why = W_CALL, s->why_at = a, s->npath = 0;
      }
    } else if (in.kind == I_OTHER)
      state_transfer(v, s, &in);
    else {
      snprintf(why, n, "a branch at 0x%x before the call", a);
      return false;
    }
    a = next;
  }
  return true;
}
