// diag.c: diagnostics in the form `file:line: message`, with the chain of
// #include positions that led to the file.
//
// Nothing here exits on bad input: after MAX_ERRORS diagnostics the rest
// are counted but not printed, and the preprocessor reads as if the input
// had ended (cpp_next returns TK_EOF), so every stage winds down through
// its ordinary code and frees what it holds. `pic386 asm` and the fuzzing
// harness (fuzz/) run the same code for that reason. Only fatal() exits:
// out of memory, where there is nothing left to recover with.
#include "internal/internal.h"

#include <stdlib.h>
#include <string.h>

int nerrors;
const char *progname = "pic386";

// A message longer than this is cut (a 10 MB identifier is not echoed
// whole), and an #include chain longer than MAX_CHAIN is shown by its ends.
enum { MAX_MESSAGE = 400, MAX_CHAIN = 8 };

static void put_message(const char *kind, const char *fmt, va_list ap) {
  char *msg;
  if (vasprintf(&msg, fmt, ap) < 0) {
    fprintf(stderr, "%s(message lost: out of memory)\n", kind);
    return;
  }
  size_t n = strlen(msg);
  if (n <= MAX_MESSAGE) {
    fprintf(stderr, "%s%s\n", kind, msg);
  } else {
    size_t cut = MAX_MESSAGE;
    while (cut > 0 && ((unsigned char)msg[cut] & 0xc0) == 0x80)
      cut--;   // not inside a UTF-8 sequence
    fprintf(stderr, "%s%.*s... (%zu bytes cut)\n", kind, (int)cut, msg, n - cut);
  }
  free(msg);
}

static void report(const Pos *pos, const char *kind, const char *fmt, va_list ap) {
  if (pos)
    fprintf(stderr, "%s:%d: ", pos->file, pos->line);
  else
    fprintf(stderr, "%s: ", progname);
  put_message(kind, fmt, ap);
  int depth = 0;
  for (const Pos *p = pos ? pos->from : NULL; p; p = p->from)
    depth++;
  int i = 0;
  for (const Pos *p = pos ? pos->from : NULL; p; p = p->from, i++) {
    if (depth > MAX_CHAIN && i == MAX_CHAIN / 2)
      fprintf(stderr, "\t... %d more #include levels\n", depth - MAX_CHAIN);
    if (depth > MAX_CHAIN && i >= MAX_CHAIN / 2 && i < depth - MAX_CHAIN / 2)
      continue;
    fprintf(stderr, "\tincluded from %s:%d\n", p->file, p->line);
  }
}

// Set by MAX_ERRORS or diag_stop: no more diagnostics, no more input.
static bool stopped;

void diag_stop(void) { stopped = true; }
bool diag_stopped(void) { return stopped; }

void error_at(const Pos *pos, const char *fmt, ...) {
  nerrors++;
  if (stopped)
    return;
  va_list ap;
  va_start(ap, fmt);
  report(pos, "", fmt, ap);
  va_end(ap);
  if (nerrors == MAX_ERRORS) {
    fprintf(stderr, "%s: too many errors\n", progname);
    stopped = true;
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
static Arena keep;
// pos_keep's cache: the position last copied, by value (an interned Pos is
// freed and its memory reused, so its address says nothing), and its copy.
static Pos lastin;
static const Pos *lastout;

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

// A kept position's `from` is itself kept, so comparing `from` by address
// is comparing chains.
const Pos *pos_keep(const Pos *p) {
  if (!p)
    return NULL;
  if (lastout && p->file == lastin.file && p->line == lastin.line && p->from == lastin.from)
    return lastout;
  Pos *k = arena_alloc(&keep, sizeof *k);
  *k = *p;
  k->from = pos_keep(p->from);
  lastin = *p;
  return lastout = k;
}

void diag_release(void) {
  arena_free(&gen[0]);
  arena_free(&gen[1]);
  arena_free(&keep);
  cur = 0;
  last = NULL;
  lastout = NULL;
  nerrors = 0;
  stopped = false;
}
