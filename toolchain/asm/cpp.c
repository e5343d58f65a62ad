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
#include "asm/asm.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

// Limits (README, "Limits"). Go's cmd/asm stops at 100 readers on its
// input stack ("input recursion") and at 100 expansions that produce no
// token ("recursive macro invocation"); it has no total, so a few
// exponential macros run it out of memory. Ours is a budget for the run.
enum {
  MAX_INCLUDE = 100,       // files open at once, the top one included
  MAX_EXPAND = 100,        // macro expansions being read at once (Go's limit)
  MAX_FRAME_TOKS = 1 << 18,    // tokens held by those expansions
  MAX_EXPANSION = 1 << 18  // tokens produced by expansions in the whole run
};

typedef struct Macro Macro;
struct Macro {
  Macro *next;          // hash chain
  char *name;
  int len;
  uint32_t hash;
  int nparams;          // -1: object-like
  Token *body;          // an identifier naming parameter i has num i+1
  int nbody;
  char *text;           // the bytes of the body tokens
};

typedef struct {
  const Pos *pos;       // of the #ifdef
  int depth;            // the file it is in: index in the include stack
  bool ifndef;
  bool parent_on;       // the enclosing text is being read
  bool cond;            // the tested condition
  bool on;              // this branch is being read
  bool else_seen;
} Cond;

// A macro expansion being read.
typedef struct {
  Token *toks;
  int n, i;
  bool owned;           // toks were made for this expansion (arguments)
  const Pos *pos;       // of the invocation
} Frame;

typedef struct {
  Token *v;
  int n, cap;
} TokVec;

// A file on the include stack, to recognise a file that includes itself.
typedef struct {
  dev_t dev;
  ino_t ino;
} FileId;

struct Cpp {
  Lexer *lex[MAX_INCLUDE];
  const char *path[MAX_INCLUDE];   // as opened: #include "x" is relative to it
  FileId id[MAX_INCLUDE];
  int nlex;
  const char *const *incdirs;
  // cpp_on_include: told of every file an #include tries, found or not.
  void (*on_include)(void *arg, const char *path, bool found);
  void *on_include_arg;

  Macro **tab;
  uint32_t tabcap;
  int nmacros;
  uint64_t lenmask;     // bit min(len, 63) set: some macro name has that length

  Cond *conds;
  int nconds, capconds;

  Frame frames[MAX_EXPAND];
  int nframes;
  int frame_toks;
  long produced;        // tokens from frames in the whole run

  Token pushback;
  bool has_pushback;
  bool stmt_start;      // nothing but TK_EOL returned since the last TK_EOL
};

// Directives are not on the hot path: they may copy tokens around.
static Token lexed(Lexer *lx) {
  Token t;
  lex_next(lx, &t);
  return t;
}

static void vec_push(TokVec *v, Token t) {
  if (v->n == v->cap) {
    v->cap = v->cap ? 2 * v->cap : 16;
    v->v = xrealloc(v->v, v->cap * sizeof *v->v);
  }
  v->v[v->n++] = t;
}

static bool is_punct(const Token *t, char c) { return t->kind == TK_PUNCT && t->len == 1 && t->s[0] == c; }

// The end of a directive's line (a ';' is not).
static bool is_nl(const Token *t) { return t->kind == TK_EOF || (t->kind == TK_EOL && t->s[0] == '\n'); }

static bool is_name(const Token *t, const char *s) {
  return (size_t)t->len == strlen(s) && memcmp(t->s, s, t->len) == 0;
}

// File names live as long as the positions that point at them: the run.
static Map names;

static const char *intern_name(const char *s) {
  char *v = map_get(&names, s);
  if (!v) {
    v = xstrdup(s);
    map_put(&names, s, v);
  }
  return v;
}

// ---------------------------------------------------------------- macros

static uint32_t hash(const char *s, int len) {
  uint32_t h = 2166136261u;
  for (int i = 0; i < len; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static uint64_t lenbit(int len) { return 1ull << (len < 63 ? len : 63); }

static Macro **slot(Cpp *cpp, const char *s, int len, uint32_t h) {
  Macro **mp = &cpp->tab[h & (cpp->tabcap - 1)];
  for (; *mp; mp = &(*mp)->next)
    if ((*mp)->hash == h && (*mp)->len == len && memcmp((*mp)->name, s, len) == 0)
      break;
  return mp;
}

static Macro *lookup(Cpp *cpp, const char *s, int len) {
  if (!(cpp->lenmask & lenbit(len)))
    return NULL;
  return *slot(cpp, s, len, hash(s, len));
}

static void free_macro(Macro *m) {
  free(m->name);
  free(m->body);
  free(m->text);
  free(m);
}

// A macro from its name and body tokens, whose text is copied.
static Macro *new_macro(const char *name, int len, int nparams, const TokVec *body) {
  Macro *m = xcalloc(1, sizeof *m);
  m->name = xstrndup(name, len);
  m->len = len;
  m->hash = hash(name, len);
  m->nparams = nparams;
  m->nbody = body->n;
  m->body = xmalloc((body->n ? body->n : 1) * sizeof *m->body);
  size_t size = 0;
  for (int i = 0; i < body->n; i++)
    size += body->v[i].len;
  char *w = m->text = xmalloc(size ? size : 1);
  for (int i = 0; i < body->n; i++) {
    Token t = body->v[i];
    memcpy(w, t.s, t.len);
    t.s = w;
    w += t.len;
    t.pos = NULL;   // an expansion takes the position of its invocation
    m->body[i] = t;
  }
  return m;
}

static bool same_macro(const Macro *a, const Macro *b) {
  if (a->nparams != b->nparams || a->nbody != b->nbody)
    return false;
  for (int i = 0; i < a->nbody; i++) {
    const Token *x = &a->body[i], *y = &b->body[i];
    if (x->kind != y->kind || x->len != y->len || x->num != y->num ||
        memcmp(x->s, y->s, x->len) != 0)
      return false;
  }
  return true;
}

static void recompute_lenmask(Cpp *cpp) {
  cpp->lenmask = 0;
  for (uint32_t i = 0; i < cpp->tabcap; i++)
    for (Macro *m = cpp->tab[i]; m; m = m->next)
      cpp->lenmask |= lenbit(m->len);
}

static void grow_table(Cpp *cpp) {
  uint32_t cap = cpp->tabcap ? 2 * cpp->tabcap : 64;
  Macro **tab = xcalloc(cap, sizeof *tab);
  for (uint32_t i = 0; i < cpp->tabcap; i++)
    for (Macro *m = cpp->tab[i], *next; m; m = next) {
      next = m->next;
      m->next = tab[m->hash & (cap - 1)];
      tab[m->hash & (cap - 1)] = m;
    }
  free(cpp->tab);
  cpp->tab = tab;
  cpp->tabcap = cap;
}

// Installs m. A redefinition is an error unless it is the same; with
// `replace` (-D) the later definition wins.
static void define(Cpp *cpp, Macro *m, const Pos *pos, bool replace) {
  if ((uint32_t)cpp->nmacros >= cpp->tabcap)
    grow_table(cpp);
  Macro **mp = slot(cpp, m->name, m->len, m->hash);
  if (*mp) {
    Macro *old = *mp;
    if (replace) {
      m->next = old->next;
      *mp = m;
      free_macro(old);
      return;
    }
    if (!same_macro(old, m))
      error_at(pos, "redefinition of macro %s", m->name);
    free_macro(m);
    return;
  }
  *mp = m;
  cpp->nmacros++;
  cpp->lenmask |= lenbit(m->len);
}

static void undef(Cpp *cpp, const char *s, int len) {
  if (!cpp->tabcap)
    return;
  Macro **mp = slot(cpp, s, len, hash(s, len));
  if (!*mp)
    return;
  Macro *m = *mp;
  *mp = m->next;
  free_macro(m);
  cpp->nmacros--;
  recompute_lenmask(cpp);
}

// -D name or -D name=value.
static void predefine(Cpp *cpp, const char *def) {
  const char *file = intern_name("<command line>");
  const Pos *pos = pos_intern(&(Pos){file, 1, NULL});
  const char *eq = strchr(def, '=');
  int len = eq ? eq - def : (int)strlen(def);
  bool ok = len > 0 && !(def[0] >= '0' && def[0] <= '9');
  for (int i = 0; i < len; i++) {
    unsigned char c = def[i];
    ok &= c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
  }
  if (!ok) {
    error_at(pos, "-D %s: bad macro name", def);
    return;
  }
  const char *value = eq ? eq + 1 : "1";
  Lexer *lx = lex_open_mem(file, value, strlen(value));
  TokVec body = {0};
  // The lexer ends the value's one line with a newline: not part of it.
  for (Token t; (t = lexed(lx)).kind != TK_EOF;)
    if (!is_nl(&t))
      vec_push(&body, t);
  define(cpp, new_macro(def, len, -1, &body), pos, true);
  free(body.v);
  lex_close(lx);
}

// ---------------------------------------------------------------- expansion

static void pop_frame(Cpp *cpp) {
  Frame *f = &cpp->frames[--cpp->nframes];
  if (f->owned) {
    cpp->frame_toks -= f->n;
    free(f->toks);
  }
}

static void drop_frames(Cpp *cpp) {
  while (cpp->nframes)
    pop_frame(cpp);
}

static void unread(Cpp *cpp, Token t) {
  cpp->pushback = t;
  cpp->has_pushback = true;
}

static void source(Cpp *cpp, Token *t);

// The next token before macro expansion: a token put back, the current
// expansions, then the files.
static void next_raw(Cpp *cpp, Token *t) {
  if (cpp->has_pushback) {
    cpp->has_pushback = false;
    *t = cpp->pushback;
    return;
  }
  while (cpp->nframes) {
    Frame *f = &cpp->frames[cpp->nframes - 1];
    if (f->i < f->n) {
      *t = f->toks[f->i++];
      t->pos = f->pos;
      if (t->kind == TK_IDENT)
        t->num = 0;
      if (++cpp->produced > MAX_EXPANSION) {
        // A budget, not a depth: what is spent is spent, so the input ends.
        error_at(f->pos, "macro expansion too large: more than %d tokens in all", MAX_EXPANSION);
        diag_stop();
        drop_frames(cpp);
        break;
      }
      return;
    }
    pop_frame(cpp);
  }
  source(cpp, t);
}

// Go pushes an expansion on a stack that is popped only when read past its
// end, so an expansion that invokes its own macro again before finishing
// grows the stack: that is how recursion shows.
static bool push_frame(Cpp *cpp, const Macro *m, Token *toks, int n, bool owned, const Pos *pos) {
  if (cpp->nframes == MAX_EXPAND || (owned && cpp->frame_toks + n > MAX_FRAME_TOKS)) {
    error_at(pos, "recursive macro invocation %s", m->name);
    if (owned)
      free(toks);
    drop_frames(cpp);
    return false;
  }
  if (owned)
    cpp->frame_toks += n;
  cpp->frames[cpp->nframes++] = (Frame){toks, n, 0, owned, pos};
  return true;
}

// Expands the invocation of m named by `name`. False if there is none
// after all: a function-like macro's name without '(' is an identifier.
static bool expand(Cpp *cpp, const Macro *m, const Token *name) {
  if (m->nparams < 0) {
    push_frame(cpp, m, m->body, m->nbody, false, name->pos);
    return true;
  }
  Token t;
  next_raw(cpp, &t);
  if (!is_punct(&t, '(')) {
    unread(cpp, t);
    return false;
  }

  // Arguments: comma-separated, parentheses nest, the line must not end.
  TokVec args = {0};
  int *start = xmalloc((m->nparams + 2) * sizeof *start);
  int nargs = 0, cap = m->nparams + 2, depth = 0;
  start[0] = 0;
  for (;;) {
    next_raw(cpp, &t);
    if (is_nl(&t)) {
      error_at(name->pos, "unterminated argument list invoking macro %s", m->name);
      unread(cpp, t);
      free(args.v);
      free(start);
      return true;
    }
    if (depth == 0 && (is_punct(&t, ',') || is_punct(&t, ')'))) {
      if (nargs + 2 > cap) {
        cap *= 2;
        start = xrealloc(start, cap * sizeof *start);
      }
      start[++nargs] = args.n;
      if (t.s[0] == ')')
        break;
      continue;
    }
    if (is_punct(&t, '('))
      depth++;
    else if (is_punct(&t, ')'))
      depth--;
    vec_push(&args, t);
  }
  if (m->nparams == 0 && nargs == 1 && args.n == 0)
    nargs = 0;
  if (nargs != m->nparams) {
    error_at(name->pos, "wrong number of arguments to macro %s: have %d, want %d", m->name, nargs,
             m->nparams);
    free(args.v);
    free(start);
    return true;
  }

  TokVec out = {0};
  for (int i = 0; i < m->nbody; i++) {
    Token b = m->body[i];
    if (b.kind == TK_IDENT && b.num) {
      int a = (int)b.num - 1;
      for (int j = start[a]; j < start[a + 1]; j++)
        vec_push(&out, args.v[j]);
      continue;
    }
    vec_push(&out, b);
  }
  for (int i = 0; i < out.n; i++) {
    out.v[i].pos = name->pos;
    if (out.v[i].kind == TK_IDENT)
      out.v[i].num = 0;
  }
  free(args.v);
  free(start);
  push_frame(cpp, m, out.v, out.n, true, name->pos);
  return true;
}

// ---------------------------------------------------------------- directives

static bool skipping(Cpp *cpp) { return cpp->nconds && !cpp->conds[cpp->nconds - 1].on; }

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
  Token t = lexed(lx);
  end_line(lx, &t, d);
}

// Skips the rest of a directive line unless t ended it.
static void drop_line(Lexer *lx, const Token *t) {
  if (!is_nl(t))
    lex_skip_line(lx);
}

static void do_define(Cpp *cpp, Lexer *lx) {
  Token name = lexed(lx);
  if (name.kind != TK_IDENT) {
    error_at(name.pos, "bad macro name in #define");
    drop_line(lx, &name);
    return;
  }
  // From here a continued line is a token: Go keeps it as a newline.
  lex_set_define(lx, true);
  Token t = lexed(lx);
  TokVec params = {0}, body = {0};
  Map pnames = {0};     // parameter -> its number + 1: no quadratic scans
  int nparams = -1;
  if (is_punct(&t, '(') && !t.space) {
    nparams = 0;
    t = lexed(lx);
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
        vec_push(&params, t);
        t = lexed(lx);
        if (is_punct(&t, ')'))
          break;
        if (!is_punct(&t, ','))
          goto bad;
        t = lexed(lx);
      }
    }
    nparams = params.n;
    t = lexed(lx);
  }
  for (; !is_nl(&t); t = lexed(lx)) {
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
    vec_push(&body, t);
  }
  lex_set_define(lx, false);
  define(cpp, new_macro(name.s, name.len, nparams, &body), name.pos, false);
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
  Token t = lexed(lx);
  if (t.kind != TK_IDENT) {
    error_at(t.pos, "bad macro name in #undef");
    drop_line(lx, &t);
    return;
  }
  undef(cpp, t.s, t.len);
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
    Token t = lexed(lx);
    if (t.kind != TK_IDENT) {
      error_at(t.pos, "#%s: expected macro name", ifndef ? "ifndef" : "ifdef");
      drop_line(lx, &t);
    } else {
      c.cond = (lookup(cpp, t.s, t.len) != NULL) != ifndef;
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
static void close_conds(Cpp *cpp) {
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
    t = lexed(lx);
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
    const char *file = intern_name(path);
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
  Token n = lexed(lx);
  if (n.kind != TK_NUM || n.num < 1 || n.num > 1000000000) {
    error_at(n.pos, "#line: expected line number");
    drop_line(lx, &n);
    return;
  }
  Token f = lexed(lx);
  if (f.kind != TK_STRING || f.len == 0 || memchr(f.s, 0, f.len)) {
    error_at(f.pos, "#line: expected file name");
    drop_line(lx, &f);
    return;
  }
  char *name = xstrndup(f.s, f.len);
  const char *file = intern_name(name);
  free(name);
  expect_end(lx, d);
  lex_set_line(lx, file, (int)n.num);
}

static void directive(Cpp *cpp, Lexer *lx, const Token *d) {
  bool skip = skipping(cpp);
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

// The next token of the files, directives done and false branches skipped.
static void source(Cpp *cpp, Token *t) {
  for (;;) {
    // Directives are done here without returning: the input must end here
    // too once it is stopped (a file that includes itself twice is a tree
    // of 2^100 #includes, each stopped at depth 100).
    if (diag_stopped()) {
      *t = (Token){.kind = TK_EOF, .s = ""};
      return;
    }
    Lexer *lx = cpp->lex[cpp->nlex - 1];
    if (skipping(cpp))
      lex_next_skipping(lx, t);
    else
      lex_next(lx, t);
    if (t->kind == TK_DIRECTIVE) {
      Token d = *t;
      directive(cpp, lx, &d);
      continue;
    }
    if (t->kind == TK_EOF) {
      close_conds(cpp);
      if (cpp->nlex > 1) {
        lex_close(lx);
        cpp->nlex--;
        continue;
      }
    }
    return;
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
  file = intern_name(file);
  Cpp *cpp = xcalloc(1, sizeof *cpp);
  cpp->incdirs = incdirs;
  cpp->stmt_start = true;
  grow_table(cpp);
  for (int i = 0; defines && defines[i]; i++)
    predefine(cpp, defines[i]);
  cpp->path[0] = file;
  struct stat st;
  if (fstat(fd, &st) == 0)
    cpp->id[0] = (FileId){st.st_dev, st.st_ino};
  cpp->lex[0] = lex_open_fd(fd, !is_stdin, file, NULL);
  cpp->nlex = 1;
  return cpp;
}

Token cpp_next(Cpp *cpp) {
  Token t;
  for (;;) {
    if (diag_stopped())
      return (Token){.kind = TK_EOF, .s = ""};
    next_raw(cpp, &t);
    if (t.kind == TK_IDENT) {
      Macro *m = lookup(cpp, t.s, t.len);
      if (m && expand(cpp, m, &t))
        continue;
      cpp->stmt_start = false;
    } else if (t.kind == TK_EOL) {
      if (cpp->stmt_start)
        continue;
      cpp->stmt_start = true;
    } else {
      cpp->stmt_start = false;
    }
    // Field by field: a block copy of the token that was just stored stalls
    // on store forwarding, and this is once per token.
    Token r;
    r.kind = t.kind;
    r.s = t.s;
    r.len = t.len;
    r.num = t.num;
    r.pos = t.pos;
    r.space = t.space;
    r.badnum = t.badnum;
    return r;
  }
}

void cpp_on_include(Cpp *cpp, void (*fn)(void *arg, const char *path, bool found), void *arg) {
  cpp->on_include = fn;
  cpp->on_include_arg = arg;
}

void cpp_close(Cpp *cpp) {
  if (!cpp)
    return;
  drop_frames(cpp);
  while (cpp->nlex)
    lex_close(cpp->lex[--cpp->nlex]);
  for (uint32_t i = 0; i < cpp->tabcap; i++)
    for (Macro *m = cpp->tab[i], *next; m; m = next) {
      next = m->next;
      free_macro(m);
    }
  free(cpp->tab);
  free(cpp->conds);
  free(cpp);
}

void cpp_release(void) {
  for (size_t i = 0; i < names.cap; i++)
    if (names.keys[i])
      free(names.vals[i]);
  map_free(&names);
}
