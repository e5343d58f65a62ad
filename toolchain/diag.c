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

// Positions are interned in a small hash table keyed by (file, line, from),
// so every token of a line shares one Pos and a Pos lives for the whole run.
typedef struct PosNode {
  struct PosNode *next;
  Pos pos;
} PosNode;

enum { POS_BUCKETS = 4096 };
static PosNode *pos_table[POS_BUCKETS];
static Arena pos_arena;

const Pos *pos_intern(const Pos *p) {
  uintptr_t h = ((uintptr_t)p->file * 31u + (uintptr_t)p->line * 2654435761u +
                 (uintptr_t)p->from) % POS_BUCKETS;
  for (PosNode *n = pos_table[h]; n; n = n->next)
    if (n->pos.file == p->file && n->pos.line == p->line && n->pos.from == p->from)
      return &n->pos;
  PosNode *n = arena_alloc(&pos_arena, sizeof *n);
  n->pos = *p;
  n->next = pos_table[h];
  pos_table[h] = n;
  return &n->pos;
}
