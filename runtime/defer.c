// defer.c: the C halves of deferproc and deferreturn (Go 1.7's protocol),
// and the pool their records come from.
//
// A record is a struct _defer followed by the deferred call's argument
// bytes. Records are reused through free lists by size class, as Go's
// per-P deferpool: a defer in a loop allocates once.
#include "runtime.h"

#include <stdlib.h>
#include <string.h>

// Class c holds up to MinArgs + 16*c argument bytes, as Go's deferclass;
// bigger records come from malloc and go back to free.
enum {
  Classes = 5,
  MinArgs = 16 - sizeof(struct _defer) % 16,
};

static struct _defer *pool[Classes];
static uint64_t ndefers, nallocs;   // for PIC386_STACK_STATS

static uint32_t deferclass(uint32_t siz) {
  return siz <= MinArgs ? 0 : (siz - MinArgs + 15) / 16;
}

static struct _defer *newdefer(uint32_t siz) {
  uint32_t c = deferclass(siz);
  struct _defer *d;
  if (c < Classes && pool[c]) {
    d = pool[c];
    pool[c] = d->link;
  } else {
    uint32_t cap = c < Classes ? MinArgs + 16 * c : siz;
    d = malloc(sizeof *d + cap);
    if (!d)
      throw("out of memory");
    nallocs++;
  }
  ndefers++;
  d->siz = (int32_t)siz;
  d->started = false;
  d->_panic = NULL;
  return d;
}

static void freedefer(struct _defer *d) {
  uint32_t c = deferclass((uint32_t)d->siz);
  if (c >= Classes) {
    free(d);
    return;
  }
  d->fn = NULL;
  d->link = pool[c];
  pool[c] = d;
}

// func deferproc(siz int32, fn *funcval), from the deferring function F:
// argp[0] = siz, argp[1] = fn, the arguments from argp[2]; argp is F's SP
// and argp[-1] deferproc's return address in F. Returns 0 for AX.
HIDDEN int32_t deferproc_m(uintptr *argp) GONAME(deferproc_m);
int32_t deferproc_m(uintptr *argp) {
  int32_t siz = (int32_t)argp[0];
  if (siz < 0)
    throw("deferproc: negative argument size");
  struct g *gp = getg();
  struct _defer *d = newdefer((uint32_t)siz);
  d->fn = (struct funcval *)argp[1];
  d->sp = (uintptr)argp;
  d->pc = argp[-1];
  memcpy(d + 1, argp + 2, (size_t)siz);
  d->link = gp->_defer;
  gp->_defer = d;
  return 0;
}

// func deferreturn(arg0 uintptr), from F: argp = &arg0 is F's SP. If the
// innermost record is F's, its arguments go to argp (where the deferred
// function, entered by jmpdefer with SP = argp-4, finds them) and its
// funcval is returned; otherwise nil, and deferreturn returns to F.
HIDDEN struct funcval *deferreturn_m(uintptr *argp) GONAME(deferreturn_m);
struct funcval *deferreturn_m(uintptr *argp) {
  struct g *gp = getg();
  struct _defer *d = gp->_defer;
  if (!d || d->sp != (uintptr)argp)
    return NULL;
  memmove(argp, d + 1, (size_t)d->siz);
  struct funcval *fn = d->fn;
  gp->_defer = d->link;
  freedefer(d);
  return fn;
}

void deferstats(void) {
  prints("runtime: defer: defers=");
  printu(ndefers);
  prints(" records=");
  printu(nallocs);
  prints("\n");
}
