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

// The lexer interns one position per source line, and the tokens of a line
// arrive together, so remembering the last position handed out is all the
// sharing there is to get; a position lives for the whole run.
static Arena pos_arena;

const Pos *pos_intern(const Pos *p) {
  static Pos *last;
  if (last && last->file == p->file && last->line == p->line && last->from == p->from)
    return last;
  last = arena_alloc(&pos_arena, sizeof *last);
  *last = *p;
  return last;
}
