// alloc.c: what compiled Go code calls for memory and strings, with Go
// 1.7's names and argument layouts (runtime.newobject, makeslice,
// growslice, concatstring2..5, ...), and the run-time panics its bounds and
// division checks raise. Memory comes from anonymous mappings, bump
// allocated and zeroed; nothing is freed (there is no collector, as GC()
// says). Each function is reached through a stub in asm_386.s that
// switches to the system stack and passes the address of its arguments.
#include "runtime.h"

#include <string.h>
#include <sys/mman.h>

struct goslice {
  uint8_t *p;
  int32_t len, cap;
};

// Go 1.7's _type starts with its size; a slicetype's elem follows the
// 32-byte _type.
struct gotype {
  uintptr size;
  uintptr ptrdata;
  uint32_t hash;
  uint8_t tflag, align, fieldalign, kind;
  void *alg, *gcdata;
  int32_t str, ptrtothis;
  struct gotype *elem;   // slicetype only
};

static uint8_t *arena_p, *arena_end;

static _Noreturn void runtime_panic(const uintptr *argp, const char *what) {
  if (m0.dying++)
    exit2();
  prints("panic: runtime error: ");
  prints(what);
  prints("\n\n");
  traceback(argp[-1], (uintptr)argp, TB_RETURN);
  exit2();
}

static void *mallocgc(uintptr n, const uintptr *argp) {
  if (n == 0)
    n = 1;
  n = (n + 7) & ~(uintptr)7;
  if (n > 1 << 20) {
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
      runtime_panic(argp, "out of memory");
    return p;
  }
  if ((uintptr)(arena_end - arena_p) < n) {
    uintptr chunk = 4 << 20;
    void *p = mmap(NULL, chunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
      runtime_panic(argp, "out of memory");
    arena_p = p;
    arena_end = arena_p + chunk;
  }
  void *r = arena_p;
  arena_p += n;
  return r;
}

#define ENTRY(name) HIDDEN void name##_m(uintptr *a) GONAME(name##_m); void name##_m(uintptr *a)

// func newobject(typ *_type) unsafe.Pointer
ENTRY(newobject) {
  a[1] = (uintptr)mallocgc(((struct gotype *)a[0])->size, a);
}

// func makeslice(t *slicetype, len64, cap64 int64) slice
ENTRY(makeslice) {
  struct gotype *t = (struct gotype *)a[0];
  int64_t len = *(int64_t *)&a[1], cap = *(int64_t *)&a[3];
  uintptr es = t->elem->size;
  if (len < 0 || len > INT32_MAX || (es && (uint64_t)len > 0x7fffffffu / es))
    runtime_panic(a, "makeslice: len out of range");
  if (cap < len || cap > INT32_MAX || (es && (uint64_t)cap > 0x7fffffffu / es))
    runtime_panic(a, "makeslice: cap out of range");
  struct goslice *r = (struct goslice *)&a[5];
  r->p = mallocgc(es * (uintptr)cap, a);
  r->len = (int32_t)len;
  r->cap = (int32_t)cap;
}

// func growslice(t *slicetype, old slice, cap int) slice: the new slice
// has old's length and room for cap, doubling below 1024 elements and
// growing by a quarter above, as Go 1.7 did.
ENTRY(growslice) {
  struct gotype *t = (struct gotype *)a[0];
  struct goslice *old = (struct goslice *)&a[1];
  int32_t cap = (int32_t)a[4];
  uintptr es = t->elem->size;
  if (cap < old->cap || (es && (uint64_t)cap > 0x7fffffffu / es))
    runtime_panic(a, "growslice: cap out of range");
  int32_t newcap = old->cap;
  if (cap > 2 * newcap) {
    newcap = cap;
  } else if (old->len < 1024) {
    newcap = 2 * newcap;
  } else {
    while (newcap < cap)
      newcap += newcap / 4;
  }
  if (newcap < cap)
    newcap = cap;
  struct goslice *r = (struct goslice *)&a[5];
  uint8_t *p = mallocgc(es * (uintptr)newcap, a);
  memmove(p, old->p, es * (uintptr)old->len);
  r->p = p;
  r->len = old->len;
  r->cap = newcap;
}

// func memmove(to, from unsafe.Pointer, n uintptr)
ENTRY(memmove) {
  memmove((void *)a[0], (void *)a[1], a[2]);
}

static void concat(uintptr *a, const struct gostring *s, int n, struct gostring *r) {
  uintptr total = 0;
  for (int i = 0; i < n; i++)
    total += (uintptr)s[i].n;
  if (total > INT32_MAX)
    runtime_panic(a, "string concatenation too long");
  uint8_t *p = mallocgc(total, a);
  uintptr k = 0;
  for (int i = 0; i < n; i++) {
    memcpy(p + k, s[i].p, (size_t)s[i].n);
    k += (uintptr)s[i].n;
  }
  r->p = (const char *)p;
  r->n = (int32_t)total;
}

// func concatstringN(buf *tmpBuf, a0, ..., aN-1 string) string
ENTRY(concatstring2) { concat(a, (struct gostring *)&a[1], 2, (struct gostring *)&a[5]); }
ENTRY(concatstring3) { concat(a, (struct gostring *)&a[1], 3, (struct gostring *)&a[7]); }
ENTRY(concatstring4) { concat(a, (struct gostring *)&a[1], 4, (struct gostring *)&a[9]); }
ENTRY(concatstring5) { concat(a, (struct gostring *)&a[1], 5, (struct gostring *)&a[11]); }
// func concatstrings(buf *tmpBuf, a []string) string
ENTRY(concatstrings) {
  struct goslice *s = (struct goslice *)&a[1];
  concat(a, (struct gostring *)s->p, s->len, (struct gostring *)&a[4]);
}

// func eqstring(s1, s2 string) bool
ENTRY(eqstring) {
  struct gostring *x = (struct gostring *)&a[0], *y = (struct gostring *)&a[2];
  *(uint8_t *)&a[4] = x->n == y->n && memcmp(x->p, y->p, (size_t)x->n) == 0;
}

// func cmpstring(s1, s2 string) int
ENTRY(cmpstring) {
  struct gostring *x = (struct gostring *)&a[0], *y = (struct gostring *)&a[2];
  int32_t n = x->n < y->n ? x->n : y->n;
  int c = memcmp(x->p, y->p, (size_t)n);
  a[4] = (uintptr)(int32_t)(c < 0 ? -1 : c > 0 ? 1 : x->n < y->n ? -1 : x->n > y->n ? 1 : 0);
}

// func slicebytetostring(buf *tmpBuf, b []byte) string
ENTRY(slicebytetostring) {
  struct goslice *b = (struct goslice *)&a[1];
  struct gostring *r = (struct gostring *)&a[4];
  uint8_t *p = mallocgc((uintptr)b->len, a);
  memcpy(p, b->p, (size_t)b->len);
  r->p = (const char *)p;
  r->n = b->len;
}

// func stringtoslicebyte(buf *tmpBuf, s string) []byte
ENTRY(stringtoslicebyte) {
  struct gostring *s = (struct gostring *)&a[1];
  struct goslice *r = (struct goslice *)&a[3];
  r->p = mallocgc((uintptr)s->n, a);
  memcpy(r->p, s->p, (size_t)s->n);
  r->len = r->cap = s->n;
}

// func slicecopy(to, fm slice, width uintptr) int
ENTRY(slicecopy) {
  struct goslice *to = (struct goslice *)&a[0], *fm = (struct goslice *)&a[3];
  int32_t n = to->len < fm->len ? to->len : fm->len;
  memmove(to->p, fm->p, (size_t)n * a[6]);
  a[7] = (uintptr)n;
}

// func slicestringcopy(to []byte, fm string) int
ENTRY(slicestringcopy) {
  struct goslice *to = (struct goslice *)&a[0];
  struct gostring *fm = (struct gostring *)&a[3];
  int32_t n = to->len < fm->n ? to->len : fm->n;
  memmove(to->p, fm->p, (size_t)n);
  a[5] = (uintptr)n;
}

// func decoderune(s string, k int) (r rune, pos int): the rune at s[k]
// and the index after it; a bad sequence is U+FFFD, one byte long.
ENTRY(decoderune) {
  const uint8_t *s = (const uint8_t *)a[0];
  int32_t n = (int32_t)a[1], k = (int32_t)a[2];
  uint32_t c = s[k], r = 0xfffd;
  int len = 1;
  if (c < 0x80) {
    r = c;
  } else if (c >= 0xc2 && c < 0xe0 && k + 1 < n && (s[k + 1] & 0xc0) == 0x80) {
    r = (c & 0x1f) << 6 | (s[k + 1] & 0x3f), len = 2;
  } else if (c >= 0xe0 && c < 0xf0 && k + 2 < n && (s[k + 1] & 0xc0) == 0x80 && (s[k + 2] & 0xc0) == 0x80) {
    r = (c & 0x0f) << 12 | (s[k + 1] & 0x3f) << 6 | (s[k + 2] & 0x3f);
    if (r >= 0x800 && !(r >= 0xd800 && r < 0xe000))
      len = 3;
    else
      r = 0xfffd;
  } else if (c >= 0xf0 && c < 0xf5 && k + 3 < n && (s[k + 1] & 0xc0) == 0x80 && (s[k + 2] & 0xc0) == 0x80 &&
             (s[k + 3] & 0xc0) == 0x80) {
    r = (c & 0x07) << 18 | (s[k + 1] & 0x3f) << 12 | (s[k + 2] & 0x3f) << 6 | (s[k + 3] & 0x3f);
    if (r >= 0x10000 && r <= 0x10ffff)
      len = 4;
    else
      r = 0xfffd;
  }
  a[3] = r;
  a[4] = (uintptr)(k + len);
}

// func int64div(n, d int64) int64, and the others of vlrt.go
ENTRY(int64div) {
  int64_t n = *(int64_t *)&a[0], d = *(int64_t *)&a[2];
  if (d == 0)
    runtime_panic(a, "integer divide by zero");
  *(int64_t *)&a[4] = d == -1 ? (int64_t)(0 - (uint64_t)n) : n / d;
}
ENTRY(int64mod) {
  int64_t n = *(int64_t *)&a[0], d = *(int64_t *)&a[2];
  if (d == 0)
    runtime_panic(a, "integer divide by zero");
  *(int64_t *)&a[4] = d == -1 ? 0 : n % d;
}
ENTRY(uint64div) {
  uint64_t n = *(uint64_t *)&a[0], d = *(uint64_t *)&a[2];
  if (d == 0)
    runtime_panic(a, "integer divide by zero");
  *(uint64_t *)&a[4] = n / d;
}
ENTRY(uint64mod) {
  uint64_t n = *(uint64_t *)&a[0], d = *(uint64_t *)&a[2];
  if (d == 0)
    runtime_panic(a, "integer divide by zero");
  *(uint64_t *)&a[4] = n % d;
}

// The checks compiled code makes: Go's panics, which this runtime cannot
// recover, reported as Go reported them unrecovered.
HIDDEN _Noreturn void panicindex_m(uintptr *a) GONAME(panicindex_m);
_Noreturn void panicindex_m(uintptr *a) { runtime_panic(a, "index out of range"); }
HIDDEN _Noreturn void panicslice_m(uintptr *a) GONAME(panicslice_m);
_Noreturn void panicslice_m(uintptr *a) { runtime_panic(a, "slice bounds out of range"); }
HIDDEN _Noreturn void panicdivide_m(uintptr *a) GONAME(panicdivide_m);
_Noreturn void panicdivide_m(uintptr *a) { runtime_panic(a, "integer divide by zero"); }

// A package's init found running already: an initialisation cycle.
HIDDEN _Noreturn void throwinit_m(uintptr *a) GONAME(throwinit_m);
_Noreturn void throwinit_m(uintptr *a) {
  if (m0.dying++)
    exit2();
  prints("fatal error: recursive call during initialization - linker skew\n\n");
  traceback(a[-1], (uintptr)a, TB_RETURN);
  exit2();
}
