// report.c: findings, one line each (or one JSON object each), and totals.
//
// Findings are held per file until the file is done, because a weak entry
// (a function only an FDE names) analyzed on its own may turn out to be a
// part of another function, reached by that function's jump: its own
// findings and site checks are then dropped, as that flow checked the same
// code with the right EBX. A site is proven when every flow that reached it
// proved it.
#include "vet/vet.h"

#include "internal/internal.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const char *const kind_names[] = {"plt-ebx", "plt-tail-ebx", "deferreturn-rewind", "undecided", "got"};

static char *func_label(Vet *v, const VFunc *f, uint32_t addr, uint32_t *off) {
  const VSym *s = elf_sym_at(v->e, addr);
  const VFunc *c = funcs_covering(&v->fs, addr);
  // The nearest start wins: a symbol, or a function known by its FDE.
  if (s && (!c || s->value >= c->start) && (s->size == 0 || addr < s->value + s->size || !c)) {
    *off = addr - s->value;
    return xstrdup(s->name);
  }
  if (!c)
    c = f;
  *off = addr - c->start;
  return c->name ? xstrdup(c->name) : xasprintf("sub_%x", c->start);
}

void vet_find(Vet *v, int kind, const VFunc *f, uint32_t addr, const char *fmt, ...) {
  if (v->nfd == v->capfd) {
    v->capfd = v->capfd ? v->capfd * 2 : 16;
    v->fd = xrealloc(v->fd, v->capfd * sizeof(Finding));
  }
  Finding *d = &v->fd[v->nfd++];
  d->kind = (uint8_t)kind;
  d->addr = addr;
  d->root = v->cur ? v->cur->start : 0;
  d->func = func_label(v, f, addr, &d->off);
  va_list ap;
  va_start(ap, fmt);
  if (vasprintf(&d->what, fmt, ap) < 0)
    fatal("out of memory");
  va_end(ap);
}

void site_record(Vet *v, uint32_t addr, int status) {
  if (v->nsr == v->capsr) {
    v->capsr = v->capsr ? v->capsr * 2 : 64;
    v->sr = xrealloc(v->sr, v->capsr * sizeof(SiteRec));
  }
  v->sr[v->nsr++] = (SiteRec){addr, v->cur ? v->cur->start : 0, (uint8_t)status};
}

void json_str(FILE *f, const char *s) {
  fputc('"', f);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\')
      fprintf(f, "\\%c", *p);
    else if (*p < 0x20)
      fprintf(f, "\\u%04x", *p);
    else
      fputc(*p, f);
  }
  fputc('"', f);
}

static int fd_cmp(const void *a, const void *b) {
  const Finding *x = a, *y = b;
  if (x->addr != y->addr)
    return x->addr < y->addr ? -1 : 1;
  return x->kind - y->kind;
}

static int sr_cmp(const void *a, const void *b) {
  const SiteRec *x = a, *y = b;
  return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static bool weak_root(const Vet *v, uint32_t root) {
  const VFunc *f = funcs_find(&v->fs, root);
  return f && f->weak_entry;
}

// The verdict at each site, from the flows that reached it. A flow rooted
// at a weak entry (a function only an FDE names) starts from nothing known,
// which is right for a real function but not for a .cold part or a landing
// pad that another flow reaches with its real state: so where a strong
// root's flow reached a site, its records decide; where only weak roots'
// did, one that proved it decides (it is the flow with the context).
// Returns the verdict; *weak_decides: whether weak roots' records decide.
static int site_verdict(const Vet *v, int lo, int hi, bool *weak_decides) {
  bool strong = false;
  for (int i = lo; i < hi; i++)
    if (!weak_root(v, v->sr[i].root))
      strong = true;
  *weak_decides = !strong;
  int worst = SITE_OK;
  bool any_ok = false;
  for (int i = lo; i < hi; i++) {
    if (!strong != weak_root(v, v->sr[i].root))
      continue;
    if (v->sr[i].status == SITE_OK)
      any_ok = true;
    else if (worst != SITE_BAD)
      worst = v->sr[i].status;
  }
  return !strong && any_ok ? SITE_OK : worst;
}

static int sr_find(const Vet *v, uint32_t addr) {
  int lo = 0, hi = v->nsr;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (v->sr[m].addr < addr)
      lo = m + 1;
    else
      hi = m;
  }
  return lo;
}

void report_file(Vet *v) {
  const Options *o = v->opt;
  if (v->nsr)
    qsort(v->sr, v->nsr, sizeof(SiteRec), sr_cmp);
  // A finding stands if its site's verdict is not "proven" and its flow is
  // among those that decide there.
  int n = 0;
  for (int i = 0; i < v->nfd; i++) {
    Finding *d = &v->fd[i];
    int lo = sr_find(v, d->addr), hi = lo;
    while (hi < v->nsr && v->sr[hi].addr == d->addr)
      hi++;
    bool keep = true;
    if (hi > lo) {
      bool wd;
      int verdict = site_verdict(v, lo, hi, &wd);
      keep = verdict != SITE_OK && wd == weak_root(v, d->root);
    }
    if (keep)
      v->fd[n++] = *d;
    else {
      free(d->func);
      free(d->what);
    }
  }
  v->nfd = n;
  if (v->nfd)
    qsort(v->fd, v->nfd, sizeof(Finding), fd_cmp);
  for (int i = 0; i < v->nfd; i++) {
    Finding *d = &v->fd[i];
    if (i > 0 && d->addr == v->fd[i - 1].addr && d->kind == v->fd[i - 1].kind)
      continue;   // the same site reached by two flows
    if (d->kind == F_UNDECIDED)
      v->tot->undecided++;
    else
      v->tot->findings++;
    if (o->json) {
      printf("{\"type\":\"finding\",\"file\":");
      json_str(stdout, v->e->path);
      printf(",\"function\":");
      json_str(stdout, d->func);
      printf(",\"offset\":%u,\"address\":\"0x%x\",\"kind\":\"%s\",\"message\":", d->off, d->addr,
             kind_names[d->kind]);
      json_str(stdout, d->what);
      printf("}\n");
    } else if (!o->quiet)
      printf("%s: %s+0x%x (0x%x): %s\n", v->e->path, d->func, d->off, d->addr, d->what);
  }
  for (int i = 0; i < v->nfd; i++) {
    free(v->fd[i].func);
    free(v->fd[i].what);
  }
  free(v->fd);
  v->fd = NULL;
  v->nfd = v->capfd = 0;
  // Sites: proven when the flows that decide there proved it.
  for (int i = 0; i < v->nsr;) {
    int j = i;
    while (j < v->nsr && v->sr[j].addr == v->sr[i].addr)
      j++;
    bool wd;
    v->tot->sites++;
    if (v->sr[i].status == SITE_DEAD)
      v->tot->unreached++;   // its only record (unreached.c)
    else if (site_verdict(v, i, j, &wd) == SITE_OK)
      v->tot->proven++;
    i = j;
  }
  free(v->sr);
  v->sr = NULL;
  v->nsr = v->capsr = 0;
  fflush(stdout);
}

void report_error(const Options *o, const char *path, const char *msg) {
  if (o->json) {
    printf("{\"type\":\"error\",\"file\":");
    json_str(stdout, path);
    printf(",\"message\":");
    json_str(stdout, msg);
    printf("}\n");
    fflush(stdout);
  }
  fprintf(stderr, "pic386 vet: %s: %s\n", path, msg);
}

void report_note(const Options *o, const char *path, const char *msg) {
  if (o->json) {
    printf("{\"type\":\"note\",\"file\":");
    json_str(stdout, path);
    printf(",\"message\":");
    json_str(stdout, msg);
    printf("}\n");
  } else if (!o->quiet)
    printf("%s: %s\n", path, msg);
}

void report_summary(const Options *o, const Totals *t, double secs) {
  if (o->json) {
    printf("{\"type\":\"summary\",\"files\":%d,\"functions\":%ld,\"plt_sites\":%ld,\"proven\":%ld,"
           "\"findings\":%ld,\"undecided\":%ld,\"deferreturn_sites\":%ld,\"absolute_plt\":%d,"
           "\"unreached\":%ld,\"unreadable\":%d,\"code_bytes\":%.0f,\"seconds\":%.3f}\n",
           t->files, t->functions, t->sites, t->proven, t->findings, t->undecided, t->defer_sites, t->absolute,
           t->unreached, t->unreadable, t->code_bytes, secs);
    return;
  }
  printf("vet: %d files, %ld functions, %ld PLT call sites: %ld proven, %ld findings, %ld undecided",
         t->files, t->functions, t->sites, t->proven, t->findings, t->undecided);
  if (t->unreached)
    printf(", %ld unreached (after calls that do not return)", t->unreached);
  printf("; %ld deferreturn sites", t->defer_sites);
  if (t->absolute)
    printf("; %d non-PIE with an absolute PLT (nothing to check)", t->absolute);
  if (t->unreadable)
    printf("; %d unreadable", t->unreadable);
  printf(" (%.1f MB of code, %.2f s)\n", t->code_bytes / 1e6, secs);
}
