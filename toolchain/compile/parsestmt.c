// parsestmt.c: statements, declarations and files, by recursive descent
// over Go's grammar (expressions and types are parse.c's); and the `//
// +build` lines that decide whether a file belongs to the build.
#include "compile.h"

#include <string.h>

// ---------------------------------------------------------------- statements

static Node *parse_stmt(GoParser *p);

static Node **parse_stmtlist(GoParser *p, int *n) {
  NodeVec v = {0};
  while (!gp_is(p, "}") && !gp_is(p, "case") && !gp_is(p, "default") && p->tok.kind != T_EOF) {
    Node *s = parse_stmt(p);
    if (s)
      gp_push(&v, s);
    if (gp_is(p, "}") || gp_is(p, "case") || gp_is(p, "default"))
      break;
    if (!gp_is(p, ";")) {
      if (p->tok.kind == T_EOF)
        break;
      gp_syntax(p, "semicolon, newline, or }");
    }
    gp_next(p);
  }
  *n = v.n;
  return v.v;
}

Node *parse_block(GoParser *p) {
  Node *b = new_node(N_BLOCK, p->tok.pos);
  gp_want(p, "{");
  b->list = parse_stmtlist(p, &b->nlist);
  b->post = new_node(N_EMPTY, p->tok.pos);   // the closing brace's position
  gp_want(p, "}");
  return b;
}

static Node *parse_vardecl_spec(GoParser *p, NodeKind k, Node *prev, int iota) {
  Node *n = new_node(k, p->tok.pos);
  NodeVec names = {0};
  do {
    Node *id = new_node(N_IDENT, p->tok.pos);
    id->name = gp_ident(p);
    gp_push(&names, id);
  } while (gp_got(p, ","));
  n->list = names.v;
  n->nlist = names.n;
  n->ival = iota;
  if (!gp_is(p, "=") && !gp_is(p, ";") && !gp_is(p, ")"))
    n->typ = parse_type(p);
  if (gp_got(p, "=")) {
    n->rlist = parse_exprlist(p, &n->nrlist);
  } else if (k == N_CONSTDECL) {
    if (!prev || n->typ)
      cfatal(n->pos, prev ? "const declaration cannot have type without expression" : "missing init expr for const declaration");
    n->typ = prev->typ;
    n->rlist = prev->rlist;
    n->nrlist = prev->nrlist;
    n->isdefault = true;   // an implicit repetition
  }
  return n;
}

static void parse_decl_group(GoParser *p, NodeVec *out) {
  CPos at = p->tok.pos;
  bool isconst = gp_is(p, "const"), isvar = gp_is(p, "var");
  gp_next(p);
  if (isconst || isvar) {
    NodeKind k = isconst ? N_CONSTDECL : N_VARDECL;
    if (gp_got(p, "(")) {
      Node *prev = NULL;
      int iota = 0;
      while (!gp_is(p, ")")) {
        Node *n = parse_vardecl_spec(p, k, prev, iota++);
        prev = n;
        gp_push(out, n);
        if (!gp_is(p, ")"))
          gp_want(p, ";");
      }
      gp_next(p);
    } else {
      gp_push(out, parse_vardecl_spec(p, k, NULL, 0));
    }
    return;
  }
  // type
  bool group = gp_got(p, "(");
  do {
    if (group && gp_is(p, ")"))
      break;
    Node *n = new_node(N_TYPEDECL, p->tok.pos);
    n->name = gp_ident(p);
    if (gp_is(p, "["))
      unsupported(p->tok.pos, "generics");
    if (gp_got(p, "="))
      n->isdefault = true;   // alias
    n->typ = parse_type(p);
    gp_push(out, n);
    if (group && !gp_is(p, ")"))
      gp_want(p, ";");
  } while (group);
  if (group)
    gp_want(p, ")");
  (void)at;
}

static Node *parse_if(GoParser *p) {
  Node *n = new_node(N_IF, p->tok.pos);
  gp_next(p);
  int lev = p->exprlev;
  p->exprlev = -1;
  if (gp_is(p, "{"))
    cfatal(p->tok.pos, "missing condition in if statement");
  Node *s = NULL;
  if (!gp_is(p, ";"))
    s = parse_simple_stmt(p, false);
  if (gp_got(p, ";")) {
    n->init = s;
    if (gp_is(p, "{"))
      cfatal(p->tok.pos, "missing condition in if statement");
    s = parse_simple_stmt(p, false);
  }
  if (!s || s->kind != N_EXPRSTMT)
    cfatal(n->pos, "syntax error: cannot use %s as value", s && s->kind == N_DEFINE ? "assignment" : "statement");
  n->cond = s->l;
  p->exprlev = lev;
  n->body = parse_block(p);
  if (gp_got(p, "else")) {
    if (gp_is(p, "if"))
      n->els = parse_if(p);
    else if (gp_is(p, "{"))
      n->els = parse_block(p);
    else
      gp_syntax(p, "if statement or block");
  }
  return n;
}

static Node *parse_for(GoParser *p) {
  Node *n = new_node(N_FOR, p->tok.pos);
  gp_next(p);
  int lev = p->exprlev;
  p->exprlev = -1;
  if (!gp_is(p, "{")) {
    Node *s1 = NULL;
    if (!gp_is(p, ";"))
      s1 = parse_simple_stmt(p, true);
    if (s1 && s1->kind == N_RANGE) {
      s1->pos = n->pos;
      p->exprlev = lev;
      s1->body = parse_block(p);
      return s1;
    }
    if (gp_is(p, ";")) {
      gp_next(p);
      n->init = s1;
      if (!gp_is(p, ";")) {
        Node *c = parse_simple_stmt(p, false);
        if (c->kind != N_EXPRSTMT)
          cfatal(c->pos, "syntax error: expected for loop condition");
        n->cond = c->l;
      }
      gp_want(p, ";");
      if (!gp_is(p, "{"))
        n->post = parse_simple_stmt(p, false);
      if (n->post && n->post->kind == N_DEFINE)
        cfatal(n->post->pos, "syntax error: cannot declare in post statement of for loop");
    } else {
      if (!s1 || s1->kind != N_EXPRSTMT)
        cfatal(n->pos, "syntax error: expected for loop condition");
      n->cond = s1->l;
    }
  }
  p->exprlev = lev;
  n->body = parse_block(p);
  return n;
}

static Node *parse_switch(GoParser *p) {
  Node *n = new_node(N_SWITCH, p->tok.pos);
  gp_next(p);
  int lev = p->exprlev;
  p->exprlev = -1;
  if (!gp_is(p, "{")) {
    Node *s = NULL;
    if (!gp_is(p, ";"))
      s = parse_simple_stmt(p, false);
    if (gp_got(p, ";")) {
      n->init = s;
      s = NULL;
      if (!gp_is(p, "{"))
        s = parse_simple_stmt(p, false);
    }
    if (s) {
      if (s->kind != N_EXPRSTMT)
        cfatal(s->pos, "syntax error: switch expression must be an expression");
      n->cond = s->l;
    }
  }
  p->exprlev = lev;
  gp_want(p, "{");
  NodeVec cases = {0};
  bool hasdefault = false;
  while (!gp_is(p, "}")) {
    Node *c = new_node(N_CASE, p->tok.pos);
    if (gp_got(p, "default")) {
      if (hasdefault)
        cfatal(c->pos, "multiple defaults in switch");
      hasdefault = true;
      c->isdefault = true;
    } else {
      gp_want(p, "case");
      c->rlist = parse_exprlist(p, &c->nrlist);
    }
    gp_want(p, ":");
    Node *b = new_node(N_BLOCK, p->tok.pos);
    b->list = parse_stmtlist(p, &b->nlist);
    c->body = b;
    gp_push(&cases, c);
  }
  gp_want(p, "}");
  n->list = cases.v;
  n->nlist = cases.n;
  return n;
}

Node *parse_simple_stmt(GoParser *p, bool rangeok) {
  CPos at = p->tok.pos;
  if (rangeok && gp_is(p, "range")) {
    gp_next(p);
    Node *n = new_node(N_RANGE, at);
    n->r = parse_expr(p);
    return n;
  }
  int nl;
  Node **lhs = parse_exprlist(p, &nl);
  CPos opat = p->tok.pos;
  if (gp_is(p, ":=") || gp_is(p, "=")) {
    bool def = gp_is(p, ":=");
    gp_next(p);
    if (rangeok && gp_is(p, "range")) {
      gp_next(p);
      Node *n = new_node(N_RANGE, at);
      n->list = lhs;
      n->nlist = nl;
      n->isdefault = def;
      if (nl > 2)
        cfatal(at, "range clause permits at most two iteration variables");
      n->r = parse_expr(p);
      return n;
    }
    Node *n = new_node(def ? N_DEFINE : N_ASSIGN, opat);
    n->list = lhs;
    n->nlist = nl;
    n->rlist = parse_exprlist(p, &n->nrlist);
    return n;
  }
  static const struct {
    const char *s;
    int op;
  } opassign[] = {{"+=", '+'}, {"-=", '-'}, {"*=", '*'}, {"/=", '/'}, {"%=", '%'}, {"&=", '&'},
                  {"|=", '|'}, {"^=", '^'}, {"<<=", OP_SHL}, {">>=", OP_SHR}, {"&^=", OP_ANDNOT}, {NULL, 0}};
  for (int i = 0; opassign[i].s; i++) {
    if (gp_is(p, opassign[i].s)) {
      gp_next(p);
      if (nl != 1)
        cfatal(opat, "syntax error: unexpected %s, expecting := or = or comma", opassign[i].s);
      Node *n = new_node(N_OPASSIGN, opat);
      n->op = opassign[i].op;
      n->l = lhs[0];
      n->r = parse_expr(p);
      return n;
    }
  }
  if (gp_is(p, "++") || gp_is(p, "--")) {
    Node *n = new_node(N_INCDEC, opat);
    n->op = gp_is(p, "++") ? '+' : '-';
    n->l = lhs[0];
    gp_next(p);
    return n;
  }
  if (gp_is(p, "<-"))
    unsupported(opat, "channels");
  if (nl != 1)
    gp_syntax(p, ":= or = or comma");
  if (gp_is(p, ":") && lhs[0]->kind == N_IDENT) {
    // a label
    gp_next(p);
    Node *n = new_node(N_LABELED, at);
    n->labelname = lhs[0]->name;
    return n;
  }
  Node *n = new_node(N_EXPRSTMT, at);
  n->l = lhs[0];
  return n;
}

static Node *parse_stmt(GoParser *p) {
  CPos at = p->tok.pos;
  if (gp_is(p, ";"))
    return new_node(N_EMPTY, at);
  if (gp_is(p, "var") || gp_is(p, "const") || gp_is(p, "type")) {
    NodeVec v = {0};
    parse_decl_group(p, &v);
    Node *b = new_node(N_BLOCK, at);
    b->list = v.v;
    b->nlist = v.n;
    b->hasdots = true;   // a declaration group: no scope of its own
    return b;
  }
  if (gp_is(p, "{"))
    return parse_block(p);
  if (gp_is(p, "if"))
    return parse_if(p);
  if (gp_is(p, "for"))
    return parse_for(p);
  if (gp_is(p, "switch")) {
    return parse_switch(p);
  }
  if (gp_is(p, "return")) {
    gp_next(p);
    Node *n = new_node(N_RETURN, at);
    if (!gp_is(p, ";") && !gp_is(p, "}"))
      n->rlist = parse_exprlist(p, &n->nrlist);
    return n;
  }
  if (gp_is(p, "break") || gp_is(p, "continue")) {
    Node *n = new_node(gp_is(p, "break") ? N_BREAK : N_CONTINUE, at);
    gp_next(p);
    if (p->tok.kind == T_IDENT)
      n->labelname = gp_ident(p);
    return n;
  }
  if (gp_is(p, "fallthrough")) {
    gp_next(p);
    return new_node(N_FALLTHROUGH, at);
  }
  if (gp_is(p, "goto")) {
    unsupported(at, "goto statements");
  }
  if (gp_is(p, "defer")) {
    gp_next(p);
    Node *n = new_node(N_DEFER, at);
    n->l = parse_expr(p);
    if (n->l->kind == N_PAREN)
      cfatal(at, "expression in defer must not be parenthesized");
    if (n->l->kind != N_CALL)
      cfatal(at, "expression in defer must be function call");
    return n;
  }
  if (gp_is(p, "go") || gp_is(p, "select"))
    refuse_keyword(p);
  Node *s = parse_simple_stmt(p, false);
  if (s->kind == N_LABELED) {
    if (gp_is(p, "}")) {
      s->body = new_node(N_EMPTY, p->tok.pos);
      return s;
    }
    s->body = parse_stmt(p);
    return s;
  }
  return s;
}

// ---------------------------------------------------------------- files

// The body of every function whose body is not parsed yet: says it has one.
static Node lazy_stub = {.kind = N_BLOCK};

static Node *parse_funcdecl(GoParser *p) {
  Node *n = new_node(N_FUNCDECL, p->tok.pos);
  gp_next(p);
  if (gp_is(p, "(")) {
    int nr;
    Node **r = parse_params(p, &nr, false);
    if (nr != 1)
      cfatal(n->pos, nr ? "method has multiple receivers" : "method has no receiver");
    n->recvtype = r[0];
  }
  n->pos = p->tok.pos;
  n->name = gp_ident(p);
  // The signature and the body are parsed twice: now, in a body arena freed
  // at once, so that their syntax errors come when and as they always did;
  // and again from the parser's state saved here, when the function's type
  // is resolved (parse_signature_again, for as long as that takes) and when
  // its body is compiled (parse_body). Until then, n keeps its parameters'
  // and results' counts, and n->body is an empty block that says it has one.
  LazyBody *lb = calloc_c(sizeof *lb);
  lb->p = *p;
  n->lazy = lb;
  body_begin();
  parse_signature(p, n);
  if (gp_is(p, "{")) {
    n->body = &lazy_stub;
    parse_block(p);
  }
  // The token after the declaration was scanned into the body's arena (a
  // string literal's decoded value): copied into the package's before that
  // arena is reset.
  if (p->tok.s && p->tok.kind != T_EOF)
    IN_PKG_ARENA(p->tok.s = cstrndup(p->tok.s, p->tok.len));
  body_end();
  n->params = n->results = NULL;
  return n;
}

void parse_signature_again(Node *d) {
  GoParser q = d->lazy->p;
  parse_signature(&q, d);
}

void parse_body(Node *d) {
  GoParser q = d->lazy->p;
  parse_signature(&q, d);
  if (d->body)
    d->body = parse_block(&q);
}

Node *parse_go_file(const char *file, const char *src) {
  GoParser p = {0};
  scan_init(&p.sc, file, src);
  gp_next(&p);
  FileAST *fa = calloc_c(sizeof *fa);
  Node *f = new_node(N_BLOCK, p.tok.pos);
  f->typ = (Node *)fa;
  if (!gp_is(&p, "package"))
    cfatal(p.tok.pos, "syntax error: package statement must be first");
  gp_next(&p);
  fa->pkgpos = p.tok.pos;
  fa->pkgname = gp_ident(&p);
  gp_want(&p, ";");
  NodeVec imps = {0}, decls = {0};
  while (gp_is(&p, "import")) {
    gp_next(&p);
    bool group = gp_got(&p, "(");
    do {
      if (group && gp_is(&p, ")"))
        break;
      Node *n = new_node(N_IMPORT, p.tok.pos);
      if (p.tok.kind == T_IDENT) {
        n->name = gp_ident(&p);
      } else if (gp_is(&p, ".")) {
        unsupported(p.tok.pos, "dot imports");
      }
      if (p.tok.kind != T_STRING)
        gp_syntax(&p, "import path");
      n->pos = p.tok.pos;
      n->sval = p.tok.s;
      n->slen = p.tok.len;
      if (!strcmp(n->sval, "C"))
        unsupported(n->pos, "cgo (import \"C\")");
      gp_next(&p);
      gp_push(&imps, n);
      if (group && !gp_is(&p, ")"))
        gp_want(&p, ";");
    } while (group);
    if (group)
      gp_want(&p, ")");
    if (p.tok.kind != T_EOF)
      gp_want(&p, ";");
  }
  while (p.tok.kind != T_EOF) {
    if (gp_is(&p, "func")) {
      gp_push(&decls, parse_funcdecl(&p));
    } else if (gp_is(&p, "var") || gp_is(&p, "const") || gp_is(&p, "type")) {
      parse_decl_group(&p, &decls);
    } else if (gp_is(&p, "import")) {
      cfatal(p.tok.pos, "syntax error: imports must appear before other declarations");
    } else {
      cfatal(p.tok.pos, "syntax error: non-declaration statement outside function body");
    }
    if (p.tok.kind != T_EOF)
      gp_want(&p, ";");
  }
  fa->imports = imps.v;
  fa->nimports = imps.n;
  fa->decls = decls.v;
  fa->ndecls = decls.n;
  return f;
}

FileAST *file_ast(Node *file) { return (FileAST *)file->typ; }

// `// +build` lines before the package clause: each line is an OR of
// space-separated terms, each term an AND of comma-separated tags with !
// for not; the lines are ANDed. Known true: linux, 386, gc, cgo is false
// here (no cgo), the go1.x release tags up to 1.7; gccgo is false.
static bool tag_true(const char *t, int n) {
  static const char *yes[] = {"linux", "386", "gc", "go1.1", "go1.2", "go1.3", "go1.4", "go1.5", "go1.6", "go1.7", "unix", NULL};
  for (int i = 0; yes[i]; i++)
    if ((int)strlen(yes[i]) == n && !strncmp(yes[i], t, n))
      return true;
  return false;
}

bool build_tags_ok(const char *src) {
  const char *p = src;
  bool ok = true;
  while (*p) {
    const char *e = strchr(p, '\n');
    if (!e)
      e = p + strlen(p);
    const char *q = p;
    while (q < e && (*q == ' ' || *q == '\t'))
      q++;
    if (q == e) {
      p = *e ? e + 1 : e;
      continue;
    }
    if (strncmp(q, "//", 2))
      break;   // the first non-comment line ends the header
    q += 2;
    while (q < e && (*q == ' ' || *q == '\t'))
      q++;
    if (!strncmp(q, "+build", 6) && (q[6] == ' ' || q[6] == '\t')) {
      q += 6;
      bool any = false;
      while (q < e) {
        while (q < e && (*q == ' ' || *q == '\t' || *q == '\r'))
          q++;
        if (q >= e)
          break;
        const char *te = q;
        while (te < e && *te != ' ' && *te != '\t' && *te != '\r')
          te++;
        bool all = true;
        for (const char *a = q; a < te;) {
          const char *ae = a;
          while (ae < te && *ae != ',')
            ae++;
          bool neg = *a == '!';
          const char *n = neg ? a + 1 : a;
          bool v = tag_true(n, (int)(ae - n));
          if (neg)
            v = !v;
          all = all && v;
          a = ae < te ? ae + 1 : ae;
        }
        any = any || all;
        q = te;
      }
      ok = ok && any;
    }
    p = *e ? e + 1 : e;
  }
  return ok;
}

// For pic386 build: a .go file's import paths and whether it is package
// main, from the parser itself (a syntax error is reported and exits, as
// compiling the file would).
int go_file_imports(const char *file, const char *src, const char ***paths, bool *ismain) {
  FileAST *fa = file_ast(parse_go_file(file, src));
  *ismain = !strcmp(fa->pkgname, "main");
  const char **v = calloc_c((fa->nimports + 1) * sizeof *v);
  for (int i = 0; i < fa->nimports; i++)
    v[i] = fa->imports[i]->sval;
  *paths = v;
  return fa->nimports;
}
