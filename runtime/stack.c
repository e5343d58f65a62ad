// stack.c: segmented stacks. The segments, newstack and oldstack (the C
// halves of morestack and lessstack, run on the system stack), the
// environment's settings, and the statistics that show what the guard
// area is really used for.
//
// The goroutine's segments form one chain from the first; gp->seg is the
// one in use, those after it are cached for the next split. Leaving a
// segment keeps it, so a call that splits in a loop costs no system call
// after its first iteration, and a deep recursion done again finds its
// segments mapped, as a C thread finds the stack pages it touched before.
// The cache is bounded like that stack: while more than SegmentCache
// segments are cached and they map more than cachecap bytes
// (PIC386_STACK_CACHE, 8 MB), the farthest is unmapped as each return
// leaves one. runtime.GC gives back all beyond SegmentCache, where Go's GC
// shrinks goroutine stacks.
#include "runtime.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

static size_t segsize = DefaultSegment;   // a segment's mapping, guard page not counted
static uintptr stacklimit = DefaultStackLimit;
static uintptr cachecap = DefaultStackCache;
bool stats;

static struct stkseg *tail;   // the last segment of the chain (one goroutine)
static uint32_t nsegs;
static uintptr cached;        // bytes mapped by the segments after gp->seg

static struct {
  uint64_t splits, mapped, unmapped;
  uintptr deepest;   // most bytes used below stackguard0, over all segments
} st;

// Bytes of the guard area painted when statistics are on: the lowest byte
// that no longer holds the pattern is as deep as anything went.
enum { Paint = 0xa5 };

// The stack a mapping of size bytes (guard page not counted) provides:
// all but the header at its top.
static uintptr usable(uintptr size) {
  return size - ((sizeof(struct stkseg) + 15) & ~(uintptr)15);
}

static uintptr roundpage(uintptr n) {
  return (n + PageSize - 1) & ~(uintptr)(PageSize - 1);
}

// A number of bytes from the environment: decimal, optionally with k or m
// (1024, 1048576); 0 only where zero means something. A bad value is fatal
// rather than silently ignored.
static uintptr envbytes(const char *name, uintptr def, bool zero_ok) {
  const char *v = getenv(name);
  if (!v || !*v)
    return def;
  char *end;
  unsigned long long n = strtoull(v, &end, 10);
  if (*end == 'k' || *end == 'K')
    n <<= 10, end++;
  else if (*end == 'm' || *end == 'M')
    n <<= 20, end++;
  if (*end || end == v || (n == 0 && !zero_ok) || n > UINT32_MAX) {
    prints("runtime: ");
    prints(name);
    prints("=");
    prints(v);
    prints(": want a number of bytes\n");
    exit2();
  }
  return (uintptr)n;
}

void stackinit(void) {
  // A segment must hold its header, the guard area and a few frames.
  uintptr min = roundpage(StackGuard + 4 * StackSmall + sizeof(struct stkseg));
  segsize = roundpage(envbytes("PIC386_STACK_SEGMENT", DefaultSegment, false));
  if (segsize < min)
    segsize = min;
  stacklimit = envbytes("PIC386_STACK_LIMIT", DefaultStackLimit, false);
  cachecap = envbytes("PIC386_STACK_CACHE", DefaultStackCache, true);
  const char *s = getenv("PIC386_STACK_STATS");
  stats = s && *s && strcmp(s, "0") != 0;
}

static void measure(const struct stkseg *s) {
  const uint8_t *p = (const uint8_t *)s->lo, *sg = p + StackGuard;
  while (p < sg && *p == Paint)
    p++;
  uintptr used = (uintptr)(sg - p);
  if (used > st.deepest)
    st.deepest = used;
}

// size: the mapping without its guard page, a multiple of the page size.
static struct stkseg *segmap(size_t size) {
  size_t len = size + PageSize;
  void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) {
    prints("runtime: cannot map a stack segment of ");
    printu(len);
    prints(" bytes\n");
    throw("out of memory");
  }
  if (mprotect(p, PageSize, PROT_NONE) != 0)
    throw("cannot protect a stack guard page");
  uintptr top = (uintptr)p + len;
  struct stkseg *s = (struct stkseg *)((top - sizeof *s) & ~(uintptr)15);
  s->base = (uintptr)p;
  s->maplen = len;
  s->lo = s->base + PageSize;
  s->hi = (uintptr)s;
  s->prev = s->next = NULL;
  s->retsp = NULL;
  s->argsize = 0;
  if (stats)
    memset((void *)s->lo, Paint, StackGuard);
  st.mapped++;
  return s;
}

static void segunmap(struct stkseg *s) {
  if (stats)
    measure(s);
  munmap((void *)s->base, s->maplen);
  st.unmapped++;
}

static void segenter(struct g *gp, struct stkseg *s) {
  gp->seg = s;
  gp->stack.lo = s->lo;
  gp->stack.hi = s->hi;
  gp->stackguard0 = gp->stackguard1 = s->lo + StackGuard;
}

struct stkseg *stackfirst(struct g *gp) {
  struct stkseg *s = segmap(segsize);
  s->depth = 0;
  tail = s;
  nsegs = 1;
  gp->stackinuse = s->hi - s->lo;
  segenter(gp, s);
  return s;
}

struct stkseg *segof(struct g *gp, uintptr sp) {
  for (struct stkseg *s = gp->seg; s; s = s->prev)
    if (sp >= s->lo && sp <= s->hi)
      return s;
  return NULL;
}

// The limit is exceeded: Go 1.7's report, traced from the function that
// wanted more.
static _Noreturn void overflow(void) {
  prints("runtime: goroutine stack exceeds ");
  printu(stacklimit);
  prints("-byte limit\n");
  throw("stack overflow");
}

// The C half of morestack: f, whose out-of-line block called morestack
// with return address m->morepc, moves to the next segment. Returns the SP
// to resume f's prologue with: a return address to lessstack, then a copy
// of f's arguments, at the top of that segment.
uintptr newstack(void) GONAME(newstack) HIDDEN;
uintptr newstack(void) {
  struct g *gp = getg();
  struct m *mp = gp->m;
  mp->splitting = true;
  const struct func *f = findfunc(mp->morepc);
  if (!f) {
    prints("runtime: morestack called from pc ");
    printx(mp->morepc);
    prints(", which is in no function table\n");
    throw("morestack: unknown caller");
  }
  int32_t args = f->tab->args;
  if (args == ArgsSizeUnknown || args < 0) {
    prints("runtime: ");
    prints(funcname(f));
    prints(" splits its stack but declares no argument size ($frame-args)\n");
    throw("morestack: unknown argument size");
  }
  // The block sits at the top of the new segment in whole words, so that
  // SP stays word-aligned for an argument size like Cas's 13; exactly
  // `args` bytes are copied each way, so the caller's bytes after the
  // block (its frame's padding) are never overwritten on the way back.
  uintptr room = ((uint32_t)args + PtrSize - 1) & ~(uintptr)(PtrSize - 1);
  // f's check must pass at the top: frame below its arguments and its
  // return address, and StackSmall to spare above stackguard0.
  uintptr need = StackGuard + StackSmall + (uint32_t)f->tab->frame + room + PtrSize;
  uintptr size = segsize;
  if (need > usable(size))
    size = roundpage(need + sizeof(struct stkseg)) + segsize;

  struct stkseg *old = gp->seg, *s = old->next;
  bool reuse = s && s->hi - s->lo >= need;
  if (gp->stackinuse + (reuse ? s->hi - s->lo : usable(size)) > stacklimit)
    overflow();
  if (s)
    cached -= s->maplen;   // in use from here, or unmapped just below
  if (s && !reuse) {
    // Cached but too small for this frame: a bigger one takes its place.
    struct stkseg *n = segmap(size);
    n->next = s->next;
    if (n->next)
      n->next->prev = n;
    else
      tail = n;
    segunmap(s);
    s = n;
    s->prev = old;
    old->next = s;
  } else if (!s) {
    s = segmap(size);
    s->prev = old;
    old->next = s;
    tail = s;
    nsegs++;
  }
  s->depth = old->depth + 1;
  gp->stackinuse += s->hi - s->lo;

  s->retsp = mp->moresp;
  s->argsize = (uint32_t)args;
  uintptr *sp = (uintptr *)(s->hi - room);
  memcpy(sp, mp->moresp + 1, (uint32_t)args);
  *--sp = (uintptr)lessstack;
  segenter(gp, s);
  st.splits++;
  mp->splitting = false;
  return (uintptr)sp;
}

// Unmaps the farthest cached segments while more than SegmentCache follow
// cur and they map more than cap bytes.
static void trim(struct stkseg *cur, uintptr cap) {
  while (nsegs - 1 - cur->depth > SegmentCache && cached > cap) {
    struct stkseg *t = tail;
    tail = t->prev;
    tail->next = NULL;
    nsegs--;
    cached -= t->maplen;
    segunmap(t);
  }
}

// The C half of lessstack: the function that moved to gp->seg has
// returned. Its argument block, results included, goes back where it came
// from; returns the old SP, which points at its return address.
uintptr *oldstack(void) GONAME(oldstack) HIDDEN;
uintptr *oldstack(void) {
  struct g *gp = getg();
  struct stkseg *s = gp->seg, *old = s->prev;
  if (!old)
    throw("lessstack on the first stack segment");
  uintptr room = (s->argsize + PtrSize - 1) & ~(uintptr)(PtrSize - 1);
  memcpy(s->retsp + 1, (void *)(s->hi - room), s->argsize);
  uintptr *ret = s->retsp;
  s->retsp = NULL;
  gp->stackinuse -= s->hi - s->lo;
  segenter(gp, old);
  if (stats)
    measure(s);
  cached += s->maplen;
  trim(old, cachecap);
  return ret;
}

// runtime.GC: the cached segments beyond SegmentCache go back.
void gc_m(void) GONAME(gc_m) HIDDEN;
void gc_m(void) {
  trim(getg()->seg, 0);
}

// One line for tests and for tuning StackSystem: how many splits, how many
// system calls they cost, and how deep below stackguard0 anything went.
void stackstats(void) {
  for (struct stkseg *s = tail; s; s = s->prev)
    measure(s);
  prints("runtime: stack: splits=");
  printu(st.splits);
  prints(" mapped=");
  printu(st.mapped);
  prints(" unmapped=");
  printu(st.unmapped);
  prints(" segment=");
  printu(segsize);
  prints(" guard=");
  printu(StackGuard);
  prints(" deepest=");
  printu(st.deepest);
  prints("\n");
}
