// diag.c: diagnostics in the form `file:line: message`, with the chain of
// #include positions that led to the file.
#include "pic386.h"

#include <stdlib.h>
#include <string.h>

int nerrors;
const char *progname = "pic386";

// Go's assembler stops after this many errors; so do we, so that a file of
// garbage produces a screenful, not a flood.
enum { MAX_ERRORS = 20 };

static void report(const Pos *pos, const char *kind, const char *fmt, va_list ap) {
  if (pos) {
    fprintf(stderr, "%s:%d: %s", pos->file, pos->line, kind);
  } else {
    fprintf(stderr, "%s: %s", progname, kind);
  }
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  for (const Pos *p = pos ? pos->from : NULL; p; p = p->from)
    fprintf(stderr, "\tincluded from %s:%d\n", p->file, p->line);
}

void error_at(const Pos *pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report(pos, "", fmt, ap);
  va_end(ap);
  if (++nerrors >= MAX_ERRORS) {
    fprintf(stderr, "%s: too many errors\n", progname);
    exit(1);
  }
}

void warn_at(const Pos *pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report(pos, "warning: ", fmt, ap);
  va_end(ap);
}

void fatal(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report(NULL, "", fmt, ap);
  va_end(ap);
  exit(1);
}

// Positions. The lexer interns one per source line and the tokens of a line
// arrive together, so remembering the last one is all the sharing there is.
// Line positions live in two generations: pos_release, called by the parser
// when a TEXT block is done, frees the older one, so memory stays bounded by
// the largest function, not the length of the file. What must outlive its
// function (a definition, an #include site) is copied by pos_keep.
static Arena gen[2];
static int cur;
static Pos *last;

const Pos *pos_intern(const Pos *p) {
  if (last && last->file == p->file && last->line == p->line && last->from == p->from)
    return last;
  last = arena_alloc(&gen[cur], sizeof *last);
  *last = *p;
  return last;
}

// Frees the older generation, unless the line being read still lives there
// (two TEXT statements on one line): the lexer holds on to its position.
void pos_release(void) {
  int old = cur ^ 1;
  if (last && arena_owns(&gen[old], last))
    return;
  arena_reset(&gen[old]);
  cur = old;
}

const Pos *pos_keep(const Pos *p) {
  static Arena keep;
  static const Pos *lastin, *lastout;
  if (!p)
    return NULL;
  if (p == lastin)
    return lastout;
  Pos *k = arena_alloc(&keep, sizeof *k);
  *k = *p;
  k->from = pos_keep(p->from);
  lastin = p;
  return lastout = k;
}
