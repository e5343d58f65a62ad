// macro.c: the preprocessor's macros: the table (#define, #undef, -D), and
// their expansion as cmd/asm does it (cpp.c's header comment has the
// semantics): frames of tokens being read, arguments, the limits on
// recursion and on the total produced. cpp_next, the preprocessor's output,
// is here with what it runs for every token -- the table lookup, the
// expansion, the read from the current file (cpp_source) -- so that path
// stays in one file; cpp.c holds the directives and the include stack.
#include "asm/asm.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

// ---------------------------------------------------------------- macros

static uint64_t lenbit(int len) { return 1ull << (len < 63 ? len : 63); }

// Every identifier read asks; most are no macro's name, and the length
// mask turns nearly all of them away before any hashing.
Macro *macro_lookup(Cpp *cpp, const char *s, int len) {
  if (!(cpp->lenmask & lenbit(len)))
    return NULL;
  return map_getn(&cpp->macros, s, len);
}

void macro_free(Macro *m) {
  free(m->name);
  free(m->body);
  free(m->text);
  free(m);
}

// A macro from its name and body tokens, whose text is copied.
Macro *macro_new(const char *name, int len, int nparams, const TokVec *body) {
  Macro *m = xcalloc(1, sizeof *m);
  m->name = xstrndup(name, len);
  m->len = len;
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
  for (size_t i = 0; i < cpp->macros.cap; i++)
    if (cpp->macros.keys[i])
      cpp->lenmask |= lenbit(((Macro *)cpp->macros.vals[i])->len);
}

// Installs m. A redefinition is an error unless it is the same; with
// `replace` (-D) the later definition wins.
void macro_define(Cpp *cpp, Macro *m, const Pos *pos, bool replace) {
  Macro *old = map_getn(&cpp->macros, m->name, m->len);
  if (old && !replace) {
    if (!same_macro(old, m))
      error_at(pos, "redefinition of macro %s", m->name);
    macro_free(m);
    return;
  }
  map_put(&cpp->macros, m->name, m);
  if (old)
    macro_free(old);
  cpp->lenmask |= lenbit(m->len);
}

void macro_undef(Cpp *cpp, const char *s, int len) {
  Macro *m = map_getn(&cpp->macros, s, len);
  if (!m)
    return;
  map_deln(&cpp->macros, s, len);
  macro_free(m);
  recompute_lenmask(cpp);
}

// -D name or -D name=value.
void macro_predefine(Cpp *cpp, const char *def) {
  const char *file = cpp_intern_name("<command line>");
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
  for (Token t; (t = cpp_lexed(lx)).kind != TK_EOF;)
    if (!is_nl(&t))
      tokvec_push(&body, t);
  macro_define(cpp, macro_new(def, len, -1, &body), pos, true);
  free(body.v);
  lex_close(lx);
}

// ---------------------------------------------------------------- expansion

// The next token of the files, directives done and false branches skipped.
static void cpp_source(Cpp *cpp, Token *t) {
  for (;;) {
    // Directives are done here without returning: the input must end here
    // too once it is stopped (a file that includes itself twice is a tree
    // of 2^100 #includes, each stopped at depth 100).
    if (diag_stopped()) {
      *t = (Token){.kind = TK_EOF, .s = ""};
      return;
    }
    Lexer *lx = cpp->lex[cpp->nlex - 1];
    if (cpp_skipping(cpp))
      lex_next_skipping(lx, t);
    else
      lex_next(lx, t);
    if (t->kind == TK_DIRECTIVE) {
      Token d = *t;
      cpp_directive(cpp, lx, &d);
      continue;
    }
    if (t->kind == TK_EOF) {
      cpp_close_conds(cpp);
      if (cpp->nlex > 1) {
        lex_close(lx);
        cpp->nlex--;
        continue;
      }
    }
    return;
  }
}


static void pop_frame(Cpp *cpp) {
  Frame *f = &cpp->frames[--cpp->nframes];
  if (f->owned) {
    cpp->frame_toks -= f->n;
    free(f->toks);
  }
}

void macro_drop_frames(Cpp *cpp) {
  while (cpp->nframes)
    pop_frame(cpp);
}

static void unread(Cpp *cpp, Token t) {
  cpp->pushback = t;
  cpp->has_pushback = true;
}

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
        macro_drop_frames(cpp);
        break;
      }
      return;
    }
    pop_frame(cpp);
  }
  cpp_source(cpp, t);
}

// Go pushes an expansion on a stack that is popped only when read past its
// end, so an expansion that invokes its own macro again before finishing
// grows the stack: that is how recursion shows.
static bool push_frame(Cpp *cpp, const Macro *m, Token *toks, int n, bool owned, const Pos *pos) {
  if (cpp->nframes == MAX_EXPAND || (owned && cpp->frame_toks + n > MAX_FRAME_TOKS)) {
    error_at(pos, "recursive macro invocation %s", m->name);
    if (owned)
      free(toks);
    macro_drop_frames(cpp);
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
    tokvec_push(&args, t);
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
        tokvec_push(&out, args.v[j]);
      continue;
    }
    tokvec_push(&out, b);
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

Token cpp_next(Cpp *cpp) {
  Token t;
  for (;;) {
    if (diag_stopped())
      return (Token){.kind = TK_EOF, .s = ""};
    next_raw(cpp, &t);
    if (t.kind == TK_IDENT) {
      Macro *m = macro_lookup(cpp, t.s, t.len);
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
