// print.c: Go's print built-ins (println and friends) and the runtime's own
// reports. Everything goes straight to fd 2 with write(2), unbuffered, as
// Go 1.7's gwrite does, so output survives a crash at any point and the
// code is safe in a signal handler.
#include "runtime.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

void gwrite(const void *p, size_t n) {
  const char *s = p;
  while (n > 0) {
    ssize_t k = write(2, s, n);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return;
    s += k;
    n -= (size_t)k;
  }
}

void prints(const char *s) {
  gwrite(s, strlen(s));
}

void printu(uint64_t v) {
  char buf[24];
  int i = sizeof buf;
  do
    buf[--i] = (char)('0' + v % 10);
  while (v /= 10);
  gwrite(buf + i, sizeof buf - i);
}

void printi(int64_t v) {
  if (v < 0) {
    gwrite("-", 1);
    printu(-(uint64_t)v);
    return;
  }
  printu((uint64_t)v);
}

void printx(uint64_t v) {
  static const char dig[] = "0123456789abcdef";
  char buf[24];
  int i = sizeof buf;
  do
    buf[--i] = dig[v % 16];
  while (v /= 16);
  buf[--i] = 'x';
  buf[--i] = '0';
  gwrite(buf + i, sizeof buf - i);
}

// The Go-callable side: each receives the address of its Go arguments.

// One thread, so the lock only counts; unbalanced use is a bug worth a throw.
HIDDEN void printlock_m(void *arg) GONAME(printlock_m);
void printlock_m(void *arg) {
  (void)arg;
  getg()->m->printlock++;
}

HIDDEN void printunlock_m(void *arg) GONAME(printunlock_m);
void printunlock_m(void *arg) {
  (void)arg;
  if (--getg()->m->printlock < 0)
    throw("printunlock without printlock");
}

HIDDEN void printbool_m(const uint8_t *v) GONAME(printbool_m);
void printbool_m(const uint8_t *v) {
  prints(*v ? "true" : "false");
}

HIDDEN void printint_m(const int64_t *v) GONAME(printint_m);
void printint_m(const int64_t *v) {
  printi(*v);
}

HIDDEN void printuint_m(const uint64_t *v) GONAME(printuint_m);
void printuint_m(const uint64_t *v) {
  printu(*v);
}

HIDDEN void printhex_m(const uint64_t *v) GONAME(printhex_m);
void printhex_m(const uint64_t *v) {
  printx(*v);
}

HIDDEN void printpointer_m(const uintptr *p) GONAME(printpointer_m);
void printpointer_m(const uintptr *p) {
  printx(*p);
}

HIDDEN void printstring_m(const struct gostring *s) GONAME(printstring_m);
void printstring_m(const struct gostring *s) {
  if (s->n > 0)
    gwrite(s->p, (size_t)s->n);
}

HIDDEN void printnl_m(void *arg) GONAME(printnl_m);
void printnl_m(void *arg) {
  (void)arg;
  gwrite("\n", 1);
}

HIDDEN void printsp_m(void *arg) GONAME(printsp_m);
void printsp_m(void *arg) {
  (void)arg;
  gwrite(" ", 1);
}
