// cpp.c: Go's assembler preprocessor: #include, #define, #undef, #ifdef,
// #ifndef, #else, #endif and #line over the tokens of lex.c, so the parser
// sees one stream of statements.
//
// Semantics are cmd/asm's (Go 1.7), not C's: a macro's arguments are not
// expanded before substitution, the result is rescanned, there is no # or
// ##, and a continued line in a #define body is a statement break. A
// macro's tokens carry the position of its invocation. Recursion is caught
// the way Go catches it, by the depth of expansions that are still being
// read (a macro whose expansion ends in its own invocation never finishes
// its frame), so `#define a a` and `m(m(1))` both behave as in Go.
//
// Token lifetime: the text of a token returned by cpp_next (s/len; it is
// not NUL-terminated) stays valid until the call of cpp_next that follows
// the return of a TK_EOL. Every token of a statement, including the ones
// before a ';', is therefore still readable when its TK_EOL arrives, and
// none is after that. Positions (pos) are interned and live for the run.
//
// cpp_next never returns two TK_EOLs in a row nor one first, so the parser
// sees no empty statements.
//
// This file: the directives, the include stack, conditionals, cpp_open and
// cpp_close. macro.c: the macro table, expansion, cpp_next and the read
// from the current file that sends directives here; the state
// both share (Cpp, Macro, Frame, ...) is in asm.h.
#include "asm/asm.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

// Directives are not on the hot path: they may copy tokens around.
Token cpp_lexed(Lexer *lx) {
  Token t;
  lex_next(lx, &t);
  return t;
}

void tokvec_push(TokVec *v, Token t) {
  if (v->n == v->cap) {
    v->cap = v->cap ? 2 * v->cap : 16;
    v->v = xrealloc(v->v, v->cap * sizeof *v->v);
  }
  v->v[v->n++] = t;
}

static bool is_name(const Token *t, const char *s) {
  return (size_t)t->len == strlen(s) && memcmp(t->s, s, t->len) == 0;
}

// File names live as long as the positions that point at them: the run.
static Map names;

const char *cpp_intern_name(const char *s) {
  char *v = map_get(&names, s);
  if (!v) {
    v = xstrdup(s);
    map_put(&names, s, v);
  }
  return v;
}

// ---------------------------------------------------------------- directives


// After a directive's operands only the end of the line may come.
static void end_line(Lexer *lx, const Token *t, const Token *d) {
  if (is_nl(t))
    return;
  error_at(t->pos, "unexpected %.*s after #%.*s", t->kind == TK_STRING ? 6 : t->len,
           t->kind == TK_STRING ? "string" : t->s, d->len, d->s);
  lex_skip_line(lx);
}

// Reads to the end of the line: nothing may be there.
static void expect_end(Lexer *lx, const Token *d) {
  Token t = cpp_lexed(lx);
  end_line(lx, &t, d);
}

// Skips the rest of a directive line unless t ended it.
static void drop_line(Lexer *lx, const Token *t) {
  if (!is_nl(t))
    lex_skip_line(lx);
}

static void do_define(Cpp *cpp, Lexer *lx) {
  Token name = cpp_lexed(lx);
  if (name.kind != TK_IDENT) {
    error_at(name.pos, "bad macro name in #define");
    drop_line(lx, &name);
    return;
  }
  // From here a continued line is a token: Go keeps it as a newline.
  lex_set_define(lx, true);
  Token t = cpp_lexed(lx);
  TokVec params = {0}, body = {0};
  Map pnames = {0};     // parameter -> its number + 1: no quadratic scans
  int nparams = -1;
  if (is_punct(&t, '(') && !t.space) {
    nparams = 0;
    t = cpp_lexed(lx);
    if (!is_punct(&t, ')')) {
      for (;;) {
        if (t.kind != TK_IDENT)
          goto bad;
        char *pn = xstrndup(t.s, t.len);
        bool dup = map_has(&pnames, pn);
        if (!dup)
          map_put(&pnames, pn, (void *)(intptr_t)(params.n + 1));
        free(pn);
        if (dup) {
          error_at(t.pos, "duplicate parameter %.*s in #define of %.*s", t.len, t.s, name.len, name.s);
          goto bad_reported;
        }
        tokvec_push(&params, t);
        t = cpp_lexed(lx);
        if (is_punct(&t, ')'))
          break;
        if (!is_punct(&t, ','))
          goto bad;
        t = cpp_lexed(lx);
      }
    }
    nparams = params.n;
    t = cpp_lexed(lx);
  }
  for (; !is_nl(&t); t = cpp_lexed(lx)) {
    if (t.kind == TK_EOL && t.s[0] == '\\')
      t.s = "\n", t.len = 1;
    if (t.kind == TK_IDENT) {
      t.num = 0;
      if (params.n) {
        char *pn = xstrndup(t.s, t.len);
        t.num = (uintptr_t)map_get(&pnames, pn);
        free(pn);
      }
    }
    tokvec_push(&body, t);
  }
  lex_set_define(lx, false);
  macro_define(cpp, macro_new(name.s, name.len, nparams, &body), name.pos, false);
  free(params.v);
  free(body.v);
  map_free(&pnames);
  return;
bad:
  error_at(t.pos, "bad parameter list in #define of %.*s", name.len, name.s);
bad_reported:
  lex_set_define(lx, false);
  drop_line(lx, &t);
  free(params.v);
  free(body.v);
  map_free(&pnames);
}

static void do_undef(Cpp *cpp, Lexer *lx, const Token *d) {
  Token t = cpp_lexed(lx);
  if (t.kind != TK_IDENT) {
    error_at(t.pos, "bad macro name in #undef");
    drop_line(lx, &t);
    return;
  }
  macro_undef(cpp, t.s, t.len);
  expect_end(lx, d);
}

static void push_cond(Cpp *cpp, Cond c) {
  if (cpp->nconds == cpp->capconds) {
    cpp->capconds = cpp->capconds ? 2 * cpp->capconds : 8;
    cpp->conds = xrealloc(cpp->conds, cpp->capconds * sizeof *cpp->conds);
  }
  cpp->conds[cpp->nconds++] = c;
}

static void do_ifdef(Cpp *cpp, Lexer *lx, const Token *d, bool ifndef, bool skip) {
  Cond c = {.pos = pos_keep(d->pos), .depth = cpp->nlex, .ifndef = ifndef, .parent_on = !skip};
  if (skip) {
    // Only the nesting matters in text that is not read.
    lex_skip_line(lx);
  } else {
    Token t = cpp_lexed(lx);
    if (t.kind != TK_IDENT) {
      error_at(t.pos, "#%s: expected macro name", ifndef ? "ifndef" : "ifdef");
      drop_line(lx, &t);
    } else {
      c.cond = (macro_lookup(cpp, t.s, t.len) != NULL) != ifndef;
      expect_end(lx, d);
    }
  }
  c.on = c.parent_on && c.cond;
  push_cond(cpp, c);
}

// The #ifdef that an #else or #endif belongs to: one of this file's.
static Cond *this_cond(Cpp *cpp, Lexer *lx, const Token *d) {
  Cond *c = cpp->nconds ? &cpp->conds[cpp->nconds - 1] : NULL;
  if (!c || c->depth != cpp->nlex) {
    error_at(d->pos, "#%.*s without #ifdef", d->len, d->s);
    lex_skip_line(lx);
    return NULL;
  }
  return c;
}

static void do_else(Cpp *cpp, Lexer *lx, const Token *d, bool skip) {
  Cond *c = this_cond(cpp, lx, d);
  if (!c)
    return;
  if (c->else_seen)
    error_at(d->pos, "duplicate #else (the #ifdef is at %s:%d)", c->pos->file, c->pos->line);
  c->else_seen = true;
  c->on = c->parent_on && !c->cond;
  if (skip)
    lex_skip_line(lx);
  else
    expect_end(lx, d);
}

static void do_endif(Cpp *cpp, Lexer *lx, const Token *d, bool skip) {
  if (!this_cond(cpp, lx, d))
    return;
  cpp->nconds--;
  if (skip)
    lex_skip_line(lx);
  else
    expect_end(lx, d);
}

// The #ifdefs still open at the end of the current file.
void cpp_close_conds(Cpp *cpp) {
  while (cpp->nconds && cpp->conds[cpp->nconds - 1].depth == cpp->nlex) {
    Cond *c = &cpp->conds[--cpp->nconds];
    error_at(c->pos, "unterminated #%s", c->ifndef ? "ifndef" : "ifdef");
  }
}

static int open_file(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return -1;
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    errno = EISDIR;
    return -1;
  }
  return fd;
}

// Opens dir/name (name alone for an empty dir). On failure *err keeps the
// first error that is more than "no such file".
static int try_open(const char *dir, size_t dirlen, const char *name, char **path, int *err) {
  size_t n = dirlen;
  while (n > 0 && dir[n - 1] == '/')
    n--;
  free(*path);
  *path = dirlen ? xasprintf("%.*s/%s", (int)n, dir, name) : xstrdup(name);
  int fd = open_file(*path);
  if (fd < 0 && errno != ENOENT && errno != ENOTDIR && !*err)
    *err = errno;
  return fd;
}

// try_open, and the file tried told to cpp_on_include's function.
static int probe(Cpp *cpp, const char *dir, size_t dirlen, const char *name, char **path, int *err) {
  int fd = try_open(dir, dirlen, name, path, err);
  if (cpp->on_include)
    cpp->on_include(cpp->on_include_arg, *path, fd >= 0);
  return fd;
}

static void do_include(Cpp *cpp, Lexer *lx, const Token *d) {
  Token t;
  bool angle = lex_header_name(lx, &t);
  if (!angle) {
    t = cpp_lexed(lx);
    if (t.kind != TK_STRING) {
      error_at(t.pos, "#include: expected \"file\" or <file>");
      drop_line(lx, &t);
      return;
    }
  }
  if (t.len == 0 || memchr(t.s, 0, t.len)) {
    error_at(t.pos, "#include: bad file name");
    drop_line(lx, &t);
    return;
  }
  char lq = angle ? '<' : '"', rq = angle ? '>' : '"';
  char *name = xstrndup(t.s, t.len);
  expect_end(lx, d);

  // "x": next to the including file, then each -I; <x>: -I only.
  int fd = -1, err = 0;
  char *path = NULL;
  if (name[0] == '/') {
    fd = probe(cpp, "", 0, name, &path, &err);
  } else {
    if (!angle) {
      const char *cur = cpp->path[cpp->nlex - 1];
      const char *slash = strrchr(cur, '/');
      fd = probe(cpp, cur, slash ? (size_t)(slash - cur + 1) : 0, name, &path, &err);
    }
    for (int i = 0; fd < 0 && cpp->incdirs && cpp->incdirs[i]; i++)
      fd = probe(cpp, cpp->incdirs[i], strlen(cpp->incdirs[i]), name, &path, &err);
  }
  struct stat st;
  if (fd >= 0 && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
    // A device or a pipe (/dev/zero, /dev/stdin) could feed us forever.
    error_at(d->pos, "#include %c%s%c: not a regular file", lq, name, rq);
    close(fd);
  } else if (fd >= 0 && cpp->nlex == MAX_INCLUDE) {
    // Go's "input recursion". Reading on would read the rest of every
    // file on the stack again: one message, and the input ends here.
    int k = cpp->nlex - 1;   // the nearest level that is this file
    while (k >= 0 && !(cpp->id[k].dev == st.st_dev && cpp->id[k].ino == st.st_ino))
      k--;
    if (k >= 0)
      error_at(d->pos, "#include %c%s%c: nested more than %d deep: %s includes itself%s", lq, name,
               rq, MAX_INCLUDE, path, k == cpp->nlex - 1 ? "" : " through other files");
    else
      error_at(d->pos, "#include %c%s%c: nested more than %d deep", lq, name, rq, MAX_INCLUDE);
    diag_stop();
    close(fd);
  } else if (fd >= 0) {
    const char *file = cpp_intern_name(path);
    cpp->path[cpp->nlex] = file;
    cpp->id[cpp->nlex] = (FileId){st.st_dev, st.st_ino};
    cpp->lex[cpp->nlex++] = lex_open_fd(fd, true, file, pos_keep(d->pos));
  } else if (err) {
    error_at(d->pos, "#include %c%s%c: %s", lq, name, rq, strerror(err));
  } else {
    error_at(d->pos, "#include %c%s%c: not found", lq, name, rq);
  }
  free(path);
  free(name);
}

// #line 123 "file", as Plan 9 tools wrote it.
static void do_line(Lexer *lx, const Token *d) {
  Token n = cpp_lexed(lx);
  if (n.kind != TK_NUM || n.num < 1 || n.num > 1000000000) {
    error_at(n.pos, "#line: expected line number");
    drop_line(lx, &n);
    return;
  }
  Token f = cpp_lexed(lx);
  if (f.kind != TK_STRING || f.len == 0 || memchr(f.s, 0, f.len)) {
    error_at(f.pos, "#line: expected file name");
    drop_line(lx, &f);
    return;
  }
  char *name = xstrndup(f.s, f.len);
  const char *file = cpp_intern_name(name);
  free(name);
  expect_end(lx, d);
  lex_set_line(lx, file, (int)n.num);
}

void cpp_directive(Cpp *cpp, Lexer *lx, const Token *d) {
  bool skip = cpp_skipping(cpp);
  if (is_name(d, "ifdef") || is_name(d, "ifndef"))
    do_ifdef(cpp, lx, d, d->len == 6, skip);
  else if (is_name(d, "else"))
    do_else(cpp, lx, d, skip);
  else if (is_name(d, "endif"))
    do_endif(cpp, lx, d, skip);
  else if (skip)
    lex_skip_line(lx);
  else if (is_name(d, "define"))
    do_define(cpp, lx);
  else if (is_name(d, "undef"))
    do_undef(cpp, lx, d);
  else if (is_name(d, "include"))
    do_include(cpp, lx, d);
  else if (is_name(d, "line"))
    do_line(lx, d);
  else {
    if (d->len == 0)
      error_at(d->pos, "expected directive name after #");
    else
      error_at(d->pos, "unsupported directive #%.*s", d->len, d->s);
    lex_skip_line(lx);
  }
}

// ---------------------------------------------------------------- interface

Cpp *cpp_open(const char *path, const char *const *incdirs, const char *const *defines) {
  int fd = 0;
  bool is_stdin = strcmp(path, "-") == 0;
  const char *file = "<stdin>";
  if (!is_stdin) {
    fd = open_file(path);
    if (fd < 0) {
      error_at(NULL, "open %s: %s", path, strerror(errno));
      return NULL;
    }
    file = path;
  }
  file = cpp_intern_name(file);
  Cpp *cpp = xcalloc(1, sizeof *cpp);
  cpp->incdirs = incdirs;
  cpp->stmt_start = true;
  for (int i = 0; defines && defines[i]; i++)
    macro_predefine(cpp, defines[i]);
  cpp->path[0] = file;
  struct stat st;
  if (fstat(fd, &st) == 0)
    cpp->id[0] = (FileId){st.st_dev, st.st_ino};
  cpp->lex[0] = lex_open_fd(fd, !is_stdin, file, NULL);
  cpp->nlex = 1;
  return cpp;
}


void cpp_on_include(Cpp *cpp, void (*fn)(void *arg, const char *path, bool found), void *arg) {
  cpp->on_include = fn;
  cpp->on_include_arg = arg;
}

void cpp_close(Cpp *cpp) {
  if (!cpp)
    return;
  macro_drop_frames(cpp);
  while (cpp->nlex)
    lex_close(cpp->lex[--cpp->nlex]);
  for (size_t i = 0; i < cpp->macros.cap; i++)
    if (cpp->macros.keys[i])
      macro_free(cpp->macros.vals[i]);
  map_free(&cpp->macros);
  free(cpp->conds);
  free(cpp);
}

void cpp_release(void) {
  for (size_t i = 0; i < names.cap; i++)
    if (names.keys[i])
      free(names.vals[i]);
  map_free(&names);
}
