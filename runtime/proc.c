// proc.c: start-up and the end: C main, which glibc's crt1 calls, sets up
// the one thread's m, g0 and the goroutine, and runs main.main on the
// goroutine's first stack segment; throw and the fatal exit.
#include "runtime.h"

#include <unistd.h>

struct m m0;
struct g g0;
struct g g1;

int main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  m0.g0 = &g0;
  m0.curg = &g1;
  g0.m = &m0;
  g1.m = &m0;
  runtime_tlsg = &g1;
  moduleinit();
  stackinit();
  signalinit();
  abicheck();
  struct stkseg *s = stackfirst(&g1);
  rt0_go(s->hi);
  if (stats) {
    stackstats();
    deferstats();
  }
  return 0;
}

_Noreturn void exit2(void) {
  _exit(2);
}

// A fatal error found by the runtime's C code: the goroutine's traceback
// starts where it stopped, in morestack or at its last switch to the
// system stack.
_Noreturn void throw(const char *s) {
  if (m0.dying++) {
    prints("fatal error: ");
    prints(s);
    prints(" (during a fatal report)\n");
    exit2();
  }
  prints("fatal error: ");
  prints(s);
  prints("\n\n");
  if (m0.splitting) {
    traceback(m0.morepc, (uintptr)m0.moresp, TB_ENTRY);
  } else {
    uintptr *sp = (uintptr *)g1.sched.sp;
    if (sp && segof(&g1, (uintptr)sp))
      traceback(sp[0], (uintptr)(sp + 1), TB_RETURN);
  }
  exit2();
}

// func throw(s string), from Go code: traced from its caller.
HIDDEN _Noreturn void throw_m(const struct gostring *s) GONAME(throw_m);
_Noreturn void throw_m(const struct gostring *s) {
  if (m0.dying++)
    exit2();
  prints("fatal error: ");
  if (s->n > 0)
    gwrite(s->p, (size_t)s->n);
  prints("\n\n");
  const uintptr *argp = (const uintptr *)s;
  traceback(argp[-1], (uintptr)argp, TB_RETURN);
  exit2();
}

// func getcallerpc(argp unsafe.Pointer) uintptr: the word below argp, or,
// when that is lessstack because the function was moved by morestack, the
// return address morestack saved on the old segment.
HIDDEN uintptr getcallerpc_m(const uintptr *a) GONAME(getcallerpc_m);
uintptr getcallerpc_m(const uintptr *a) {
  const uintptr *argp = (const uintptr *)a[0];
  uintptr pc = argp[-1];
  if (pc == (uintptr)lessstack) {
    struct stkseg *s = segof(&g1, (uintptr)argp);
    if (s && s->retsp)
      pc = *s->retsp;
  }
  return pc;
}
