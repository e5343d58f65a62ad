// parse.c: tokens -> AST, by recursive descent over Go's grammar. Features
// outside the subset are refused where the parser first sees them, with the
// feature's name; syntax errors are worded as Go's ("syntax error:
// unexpected X, expecting Y") and stop the compilation.
#include "compile.h"

#include <string.h>

typedef struct {
  Scanner sc;
  GToken tok;
  int exprlev;   // < 0: in a control clause, where T{ is not a literal
} GoParser;

Node *new_node(NodeKind k, CPos p) {
  Node *n = calloc_c(sizeof *n);
  n->kind = k;
  n->pos = p;
  return n;
}

static void next(GoParser *p) { scan_next(&p->sc, &p->tok); }

static bool is(GoParser *p, const char *s) {
  return (p->tok.kind == T_OP || p->tok.kind == T_KEYWORD) && (int)strlen(s) == p->tok.len &&
         !strncmp(p->tok.s, s, p->tok.len);
}

static const char *tokdesc(GoParser *p) {
  GToken *t = &p->tok;
  if (t->kind == T_EOF)
    return "EOF";
  if (t->autosemi)
    return "newline";
  if (t->kind == T_IDENT)
    return cfmt("name %.*s", t->len, t->s);
  if (t->kind == T_STRING || t->kind == T_INT || t->kind == T_CHAR)
    return "literal";
  if (t->kind == T_KEYWORD)
    return cfmt("keyword %.*s", t->len, t->s);
  return cfmt("%.*s", t->len, t->s);
}

static _Noreturn void syntax(GoParser *p, const char *expecting) {
  if (expecting)
    cfatal(p->tok.pos, "syntax error: unexpected %s, expecting %s", tokdesc(p), expecting);
  cfatal(p->tok.pos, "syntax error: unexpected %s", tokdesc(p));
}

static void want(GoParser *p, const char *s) {
  if (!is(p, s))
    syntax(p, s[0] == ';' ? "semicolon or newline" : s);
  next(p);
}

static bool got(GoParser *p, const char *s) {
  if (is(p, s)) {
    next(p);
    return true;
  }
  return false;
}

static const char *ident(GoParser *p) {
  if (p->tok.kind != T_IDENT)
    syntax(p, "name");
  const char *s = cstrndup(p->tok.s, p->tok.len);
  next(p);
  return s;
}

typedef struct {
  Node **v;
  int n, cap;
} NodeVec;

static void push(NodeVec *v, Node *n) {
  if (v->n == v->cap) {
    int nc = v->cap ? v->cap * 2 : 4;
    Node **nv = calloc_c(nc * sizeof *nv);
    if (v->n)
      memcpy(nv, v->v, v->n * sizeof *nv);
    v->v = nv;
    v->cap = nc;
  }
  v->v[v->n++] = n;
}

static Node *parse_type(GoParser *p);
static Node *parse_expr(GoParser *p);
static Node *parse_block(GoParser *p);
static Node *parse_simple_stmt(GoParser *p, bool rangeok);
static void parse_signature(GoParser *p, Node *n);

static _Noreturn void refuse_keyword(GoParser *p) {
  CPos at = p->tok.pos;
  if (is(p, "map"))
    unsupported(at, "maps");
  if (is(p, "chan") || is(p, "<-"))
    unsupported(at, "channels");
  if (is(p, "interface"))
    unsupported(at, "interfaces");
  if (is(p, "select"))
    unsupported(at, "select statements");
  if (is(p, "go"))
    unsupported(at, "goroutines");
  syntax(p, NULL);
}

// ---------------------------------------------------------------- types

static Node *parse_typename(GoParser *p) {
  CPos at = p->tok.pos;
  Node *n = new_node(N_IDENT, at);
  n->name = ident(p);
  if (is(p, ".")) {
    next(p);
    Node *s = new_node(N_SELECTOR, at);
    s->l = n;
    s->name = ident(p);
    n = s;
  }
  return n;
}

static void parse_fields(GoParser *p, Node *st) {
  NodeVec v = {0};
  want(p, "{");
  while (!is(p, "}")) {
    CPos at = p->tok.pos;
    if (is(p, "*")) {
      next(p);
      Node *f = new_node(N_FIELD, at);
      Node *t = new_node(N_TPTR, at);
      t->l = parse_typename(p);
      f->typ = t;
      f->embedded = true;
      f->name = t->l->kind == N_SELECTOR ? t->l->name : t->l->name;
      push(&v, f);
    } else {
      const char *name = ident(p);
      if (is(p, ";") || is(p, "}") || is(p, ".") || p->tok.kind == T_STRING) {
        Node *tn = new_node(N_IDENT, at);
        tn->name = name;
        if (got(p, ".")) {
          Node *s = new_node(N_SELECTOR, at);
          s->l = tn;
          s->name = ident(p);
          tn = s;
        }
        Node *f = new_node(N_FIELD, at);
        f->typ = tn;
        f->embedded = true;
        f->name = tn->kind == N_SELECTOR ? tn->name : name;
        push(&v, f);
      } else {
        NodeVec names = {0};
        Node *f = new_node(N_FIELD, at);
        f->name = name;
        push(&names, f);
        while (got(p, ",")) {
          Node *g = new_node(N_FIELD, p->tok.pos);
          g->name = ident(p);
          push(&names, g);
        }
        Node *t = parse_type(p);
        for (int i = 0; i < names.n; i++) {
          names.v[i]->typ = t;
          push(&v, names.v[i]);
        }
      }
    }
    if (p->tok.kind == T_STRING)
      next(p);   // a tag: ignored
    if (!is(p, "}"))
      want(p, ";");
  }
  want(p, "}");
  st->list = v.v;
  st->nlist = v.n;
}

static Node *parse_type_or_null(GoParser *p) {
  CPos at = p->tok.pos;
  if (p->tok.kind == T_IDENT)
    return parse_typename(p);
  if (is(p, "*")) {
    next(p);
    Node *n = new_node(N_TPTR, at);
    n->l = parse_type(p);
    return n;
  }
  if (is(p, "[")) {
    next(p);
    if (got(p, "]")) {
      Node *n = new_node(N_TSLICE, at);
      n->l = parse_type(p);
      return n;
    }
    Node *n = new_node(N_TARRAY, at);
    if (is(p, "...")) {
      next(p);
      n->r = NULL;
      n->hasdots = true;
    } else {
      int lev = p->exprlev;
      p->exprlev = 0;
      n->r = parse_expr(p);
      p->exprlev = lev;
    }
    want(p, "]");
    n->l = parse_type(p);
    return n;
  }
  if (is(p, "struct")) {
    next(p);
    Node *n = new_node(N_TSTRUCT, at);
    parse_fields(p, n);
    return n;
  }
  if (is(p, "func")) {
    next(p);
    Node *n = new_node(N_TFUNC, at);
    parse_signature(p, n);
    return n;
  }
  if (is(p, "(")) {
    next(p);
    Node *t = parse_type(p);
    want(p, ")");
    return t;
  }
  if (is(p, "map") || is(p, "chan") || is(p, "interface") || is(p, "<-"))
    refuse_keyword(p);
  return NULL;
}

static Node *parse_type(GoParser *p) {
  Node *t = parse_type_or_null(p);
  if (!t)
    syntax(p, "type");
  return t;
}

// A parameter list: (a, b int, c string) or (int, string).
static Node **parse_params(GoParser *p, int *np, bool results) {
  NodeVec v = {0};
  want(p, "(");
  typedef struct {
    CPos pos;
    const char *name;
    Node *typ;
    bool dots;
  } Ent;
  Ent ents[64];
  int n = 0;
  bool named = false;
  while (!is(p, ")")) {
    if (n == 64)
      cfatal(p->tok.pos, "too many parameters");
    Ent *e = &ents[n++];
    memset(e, 0, sizeof *e);
    e->pos = p->tok.pos;
    if (is(p, "...")) {
      next(p);
      e->dots = true;
      e->typ = parse_type(p);
    } else if (p->tok.kind == T_IDENT) {
      Node *t = parse_typename(p);
      if (t->kind == N_IDENT && !is(p, ",") && !is(p, ")")) {
        // name Type
        e->name = t->name;
        named = true;
        if (got(p, "..."))
          e->dots = true;
        e->typ = parse_type(p);
      } else {
        e->typ = t;
      }
    } else {
      e->typ = parse_type(p);
    }
    if (!is(p, ")")) {
      if (!is(p, ","))
        syntax(p, "comma or )");
      next(p);
    }
  }
  want(p, ")");
  if (named) {
    // a, b int: the names without types take the next type.
    Node *t = NULL;
    bool dots = false;
    for (int i = n - 1; i >= 0; i--) {
      if (ents[i].name) {
        t = ents[i].typ;
        dots = ents[i].dots;
      } else {
        if (ents[i].typ->kind != N_IDENT)
          cfatal(ents[i].pos, "syntax error: mixed named and unnamed function parameters");
        ents[i].name = ents[i].typ->name;
        ents[i].typ = t;
        ents[i].dots = dots;
      }
      if (!t)
        cfatal(ents[i].pos, "syntax error: mixed named and unnamed function parameters");
    }
  }
  for (int i = 0; i < n; i++) {
    Node *f = new_node(N_FIELD, ents[i].pos);
    f->name = ents[i].name;
    f->typ = ents[i].typ;
    f->hasdots = ents[i].dots;
    if (f->hasdots && (results || i != n - 1))
      cfatal(ents[i].pos, "can only use ... with final parameter in list");
    push(&v, f);
  }
  *np = v.n;
  return v.v;
}

static void parse_signature(GoParser *p, Node *n) {
  if (is(p, "["))
    unsupported(p->tok.pos, "generics");
  n->params = parse_params(p, &n->nparams, false);
  if (is(p, "(")) {
    n->results = parse_params(p, &n->nresults, true);
  } else {
    Node *t = parse_type_or_null(p);
    if (t) {
      Node *f = new_node(N_FIELD, t->pos);
      f->typ = t;
      n->results = calloc_c(sizeof(Node *));
      n->results[0] = f;
      n->nresults = 1;
    }
  }
}

// ---------------------------------------------------------------- expressions

static Node *parse_composite(GoParser *p, Node *typ);

static Node *parse_elem(GoParser *p) {
  if (is(p, "{")) {
    Node *c = parse_composite(p, NULL);
    return c;
  }
  return parse_expr(p);
}

// T{...}, or {...} inside another literal (typ NULL: the element type).
static Node *parse_composite(GoParser *p, Node *typ) {
  Node *n = new_node(N_COMPOSITE, typ ? typ->pos : p->tok.pos);
  n->typ = typ;
  int lev = p->exprlev;
  p->exprlev = 0;
  want(p, "{");
  NodeVec v = {0};
  while (!is(p, "}")) {
    CPos at = p->tok.pos;
    Node *e = parse_elem(p);
    if (got(p, ":")) {
      Node *kv = new_node(N_KEYVAL, at);
      kv->l = e;
      kv->r = parse_elem(p);
      e = kv;
    }
    push(&v, e);
    if (!is(p, "}")) {
      if (!is(p, ","))
        syntax(p, "comma or }");
      next(p);
    }
  }
  want(p, "}");
  p->exprlev = lev;
  n->list = v.v;
  n->nlist = v.n;
  return n;
}

static bool could_be_type(Node *n) {
  return n->kind == N_IDENT || (n->kind == N_SELECTOR && n->l->kind == N_IDENT) ||
         n->kind == N_TARRAY || n->kind == N_TSLICE || n->kind == N_TSTRUCT;
}

static Node *parse_operand(GoParser *p) {
  CPos at = p->tok.pos;
  GToken *t = &p->tok;
  switch (t->kind) {
  case T_INT: {
    Node *n = new_node(N_INTLIT, at);
    n->ival = t->ival;
    n->sval = cstrndup(t->s, t->len);
    next(p);
    return n;
  }
  case T_CHAR: {
    Node *n = new_node(N_CHARLIT, at);
    n->ival = t->ival;
    next(p);
    return n;
  }
  case T_STRING: {
    Node *n = new_node(N_STRLIT, at);
    n->sval = t->s;
    n->slen = t->len;
    next(p);
    return n;
  }
  case T_FLOAT:
    unsupported(at, "floating-point numbers");
  case T_IMAG:
    unsupported(at, "complex numbers");
  case T_IDENT: {
    Node *n = new_node(N_IDENT, at);
    n->name = ident(p);
    return n;
  }
  default:
    break;
  }
  if (is(p, "(")) {
    next(p);
    int lev = p->exprlev;
    p->exprlev++;
    if (p->exprlev < 1)
      p->exprlev = 1;
    Node *n = new_node(N_PAREN, at);
    n->l = parse_expr(p);
    p->exprlev = lev;
    want(p, ")");
    return n;
  }
  if (is(p, "func")) {
    next(p);
    Node *n = new_node(N_FUNCLIT, at);
    parse_signature(p, n);
    if (is(p, "{")) {
      int lev = p->exprlev;
      p->exprlev = 0;
      n->body = parse_block(p);
      p->exprlev = lev;
    } else {
      n->kind = N_TFUNC;
    }
    return n;
  }
  if (is(p, "[") || is(p, "struct") || is(p, "*"))
    return parse_type(p);
  if (is(p, "map") || is(p, "chan") || is(p, "interface") || is(p, "<-"))
    refuse_keyword(p);
  syntax(p, "expression");
}

static Node *parse_primary_suffix(GoParser *p, Node *x) {
  for (;;) {
    CPos at = p->tok.pos;
    if (is(p, ".")) {
      next(p);
      if (is(p, "(")) {
        next(p);
        if (is(p, "type"))
          unsupported(at, "type switches");
        unsupported(at, "type assertions (interfaces)");
      }
      Node *n = new_node(N_SELECTOR, at);
      n->l = x;
      n->name = ident(p);
      x = n;
    } else if (is(p, "(")) {
      next(p);
      int lev = p->exprlev;
      p->exprlev = 1;
      Node *n = new_node(N_CALL, at);
      n->l = x;
      NodeVec v = {0};
      while (!is(p, ")")) {
        Node *a = parse_expr(p);
        push(&v, a);
        if (got(p, "...")) {
          n->hasdots = true;
        }
        if (!is(p, ")")) {
          if (!is(p, ","))
            syntax(p, "comma or )");
          next(p);
        }
      }
      p->exprlev = lev;
      want(p, ")");
      n->list = v.v;
      n->nlist = v.n;
      x = n;
    } else if (is(p, "[")) {
      next(p);
      int lev = p->exprlev;
      p->exprlev = 1;
      Node *lo = NULL;
      if (!is(p, ":"))
        lo = parse_expr(p);
      if (got(p, ":")) {
        Node *n = new_node(N_SLICE, at);
        n->l = x;
        n->lo = lo;
        if (!is(p, "]") && !is(p, ":"))
          n->hi = parse_expr(p);
        if (got(p, ":")) {
          if (!n->hi)
            cfatal(p->tok.pos, "middle index required in 3-index slice");
          if (is(p, "]"))
            cfatal(p->tok.pos, "final index required in 3-index slice");
          n->max = parse_expr(p);
        }
        x = n;
      } else {
        if (is(p, ","))
          unsupported(p->tok.pos, "generics");
        Node *n = new_node(N_INDEX, at);
        n->l = x;
        n->r = lo;
        x = n;
      }
      p->exprlev = lev;
      want(p, "]");
    } else if (is(p, "{") && could_be_type(x) && (p->exprlev >= 0 || (x->kind != N_IDENT && x->kind != N_SELECTOR))) {
      x = parse_composite(p, x);
    } else {
      return x;
    }
  }
}

static Node *parse_unary(GoParser *p) {
  CPos at = p->tok.pos;
  if (is(p, "+") || is(p, "-") || is(p, "!") || is(p, "^")) {
    int op = p->tok.s[0];
    next(p);
    Node *n = new_node(N_UNARY, at);
    n->op = op;
    n->l = parse_unary(p);
    return n;
  }
  if (is(p, "&")) {
    next(p);
    Node *n = new_node(N_ADDR, at);
    n->l = parse_unary(p);
    return n;
  }
  if (is(p, "*")) {
    next(p);
    Node *n = new_node(N_STAR, at);
    n->l = parse_unary(p);
    return n;
  }
  if (is(p, "<-"))
    unsupported(at, "channels");
  return parse_primary_suffix(p, parse_operand(p));
}

static int binprec(GoParser *p, int *op) {
  if (p->tok.kind != T_OP)
    return 0;
  static const struct {
    const char *s;
    int prec, op;
  } tab[] = {
      {"||", 1, OP_OROR}, {"&&", 2, OP_ANDAND}, {"==", 3, OP_EQ}, {"!=", 3, OP_NE},
      {"<", 3, '<'}, {"<=", 3, OP_LE}, {">", 3, '>'}, {">=", 3, OP_GE},
      {"+", 4, '+'}, {"-", 4, '-'}, {"|", 4, '|'}, {"^", 4, '^'},
      {"*", 5, '*'}, {"/", 5, '/'}, {"%", 5, '%'}, {"<<", 5, OP_SHL}, {">>", 5, OP_SHR},
      {"&", 5, '&'}, {"&^", 5, OP_ANDNOT}, {NULL, 0, 0},
  };
  for (int i = 0; tab[i].s; i++)
    if (is(p, tab[i].s)) {
      *op = tab[i].op;
      return tab[i].prec;
    }
  return 0;
}

static Node *parse_binary(GoParser *p, Node *x, int prec) {
  int op;
  int q;
  while ((q = binprec(p, &op)) >= prec) {
    CPos at = p->tok.pos;
    next(p);
    Node *y = parse_unary(p);
    int op2;
    while (binprec(p, &op2) > q)
      y = parse_binary(p, y, q + 1);
    Node *n = new_node(N_BINARY, at);
    n->op = op;
    n->l = x;
    n->r = y;
    x = n;
  }
  return x;
}

static Node *parse_expr(GoParser *p) {
  return parse_binary(p, parse_unary(p), 1);
}

static Node **parse_exprlist(GoParser *p, int *n) {
  NodeVec v = {0};
  push(&v, parse_expr(p));
  while (got(p, ","))
    push(&v, parse_expr(p));
  *n = v.n;
  return v.v;
}

// ---------------------------------------------------------------- statements

static Node *parse_stmt(GoParser *p);

static Node **parse_stmtlist(GoParser *p, int *n) {
  NodeVec v = {0};
  while (!is(p, "}") && !is(p, "case") && !is(p, "default") && p->tok.kind != T_EOF) {
    Node *s = parse_stmt(p);
    if (s)
      push(&v, s);
    if (is(p, "}") || is(p, "case") || is(p, "default"))
      break;
    if (!is(p, ";")) {
      if (p->tok.kind == T_EOF)
        break;
      syntax(p, "semicolon, newline, or }");
    }
    next(p);
  }
  *n = v.n;
  return v.v;
}

static Node *parse_block(GoParser *p) {
  Node *b = new_node(N_BLOCK, p->tok.pos);
  want(p, "{");
  b->list = parse_stmtlist(p, &b->nlist);
  b->post = new_node(N_EMPTY, p->tok.pos);   // the closing brace's position
  want(p, "}");
  return b;
}

static Node *parse_vardecl_spec(GoParser *p, NodeKind k, Node *prev, int iota) {
  Node *n = new_node(k, p->tok.pos);
  NodeVec names = {0};
  do {
    Node *id = new_node(N_IDENT, p->tok.pos);
    id->name = ident(p);
    push(&names, id);
  } while (got(p, ","));
  n->list = names.v;
  n->nlist = names.n;
  n->ival = iota;
  if (!is(p, "=") && !is(p, ";") && !is(p, ")"))
    n->typ = parse_type(p);
  if (got(p, "=")) {
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
  bool isconst = is(p, "const"), isvar = is(p, "var");
  next(p);
  if (isconst || isvar) {
    NodeKind k = isconst ? N_CONSTDECL : N_VARDECL;
    if (got(p, "(")) {
      Node *prev = NULL;
      int iota = 0;
      while (!is(p, ")")) {
        Node *n = parse_vardecl_spec(p, k, prev, iota++);
        prev = n;
        push(out, n);
        if (!is(p, ")"))
          want(p, ";");
      }
      next(p);
    } else {
      push(out, parse_vardecl_spec(p, k, NULL, 0));
    }
    return;
  }
  // type
  bool group = got(p, "(");
  do {
    if (group && is(p, ")"))
      break;
    Node *n = new_node(N_TYPEDECL, p->tok.pos);
    n->name = ident(p);
    if (is(p, "["))
      unsupported(p->tok.pos, "generics");
    if (got(p, "="))
      n->isdefault = true;   // alias
    n->typ = parse_type(p);
    push(out, n);
    if (group && !is(p, ")"))
      want(p, ";");
  } while (group);
  if (group)
    want(p, ")");
  (void)at;
}

static Node *parse_if(GoParser *p) {
  Node *n = new_node(N_IF, p->tok.pos);
  next(p);
  int lev = p->exprlev;
  p->exprlev = -1;
  if (is(p, "{"))
    cfatal(p->tok.pos, "missing condition in if statement");
  Node *s = NULL;
  if (!is(p, ";"))
    s = parse_simple_stmt(p, false);
  if (got(p, ";")) {
    n->init = s;
    if (is(p, "{"))
      cfatal(p->tok.pos, "missing condition in if statement");
    s = parse_simple_stmt(p, false);
  }
  if (!s || s->kind != N_EXPRSTMT)
    cfatal(n->pos, "syntax error: cannot use %s as value", s && s->kind == N_DEFINE ? "assignment" : "statement");
  n->cond = s->l;
  p->exprlev = lev;
  n->body = parse_block(p);
  if (got(p, "else")) {
    if (is(p, "if"))
      n->els = parse_if(p);
    else if (is(p, "{"))
      n->els = parse_block(p);
    else
      syntax(p, "if statement or block");
  }
  return n;
}

static Node *parse_for(GoParser *p) {
  Node *n = new_node(N_FOR, p->tok.pos);
  next(p);
  int lev = p->exprlev;
  p->exprlev = -1;
  if (!is(p, "{")) {
    Node *s1 = NULL;
    if (!is(p, ";"))
      s1 = parse_simple_stmt(p, true);
    if (s1 && s1->kind == N_RANGE) {
      s1->pos = n->pos;
      p->exprlev = lev;
      s1->body = parse_block(p);
      return s1;
    }
    if (is(p, ";")) {
      next(p);
      n->init = s1;
      if (!is(p, ";")) {
        Node *c = parse_simple_stmt(p, false);
        if (c->kind != N_EXPRSTMT)
          cfatal(c->pos, "syntax error: expected for loop condition");
        n->cond = c->l;
      }
      want(p, ";");
      if (!is(p, "{"))
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
  next(p);
  int lev = p->exprlev;
  p->exprlev = -1;
  if (!is(p, "{")) {
    Node *s = NULL;
    if (!is(p, ";"))
      s = parse_simple_stmt(p, false);
    if (got(p, ";")) {
      n->init = s;
      s = NULL;
      if (!is(p, "{"))
        s = parse_simple_stmt(p, false);
    }
    if (s) {
      if (s->kind != N_EXPRSTMT)
        cfatal(s->pos, "syntax error: switch expression must be an expression");
      n->cond = s->l;
    }
  }
  p->exprlev = lev;
  want(p, "{");
  NodeVec cases = {0};
  bool hasdefault = false;
  while (!is(p, "}")) {
    Node *c = new_node(N_CASE, p->tok.pos);
    if (got(p, "default")) {
      if (hasdefault)
        cfatal(c->pos, "multiple defaults in switch");
      hasdefault = true;
      c->isdefault = true;
    } else {
      want(p, "case");
      c->rlist = parse_exprlist(p, &c->nrlist);
    }
    want(p, ":");
    Node *b = new_node(N_BLOCK, p->tok.pos);
    b->list = parse_stmtlist(p, &b->nlist);
    c->body = b;
    push(&cases, c);
  }
  want(p, "}");
  n->list = cases.v;
  n->nlist = cases.n;
  return n;
}

static Node *parse_simple_stmt(GoParser *p, bool rangeok) {
  CPos at = p->tok.pos;
  if (rangeok && is(p, "range")) {
    next(p);
    Node *n = new_node(N_RANGE, at);
    n->r = parse_expr(p);
    return n;
  }
  int nl;
  Node **lhs = parse_exprlist(p, &nl);
  CPos opat = p->tok.pos;
  if (is(p, ":=") || is(p, "=")) {
    bool def = is(p, ":=");
    next(p);
    if (rangeok && is(p, "range")) {
      next(p);
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
    if (is(p, opassign[i].s)) {
      next(p);
      if (nl != 1)
        cfatal(opat, "syntax error: unexpected %s, expecting := or = or comma", opassign[i].s);
      Node *n = new_node(N_OPASSIGN, opat);
      n->op = opassign[i].op;
      n->l = lhs[0];
      n->r = parse_expr(p);
      return n;
    }
  }
  if (is(p, "++") || is(p, "--")) {
    Node *n = new_node(N_INCDEC, opat);
    n->op = is(p, "++") ? '+' : '-';
    n->l = lhs[0];
    next(p);
    return n;
  }
  if (is(p, "<-"))
    unsupported(opat, "channels");
  if (nl != 1)
    syntax(p, ":= or = or comma");
  if (is(p, ":") && lhs[0]->kind == N_IDENT) {
    // a label
    next(p);
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
  if (is(p, ";"))
    return new_node(N_EMPTY, at);
  if (is(p, "var") || is(p, "const") || is(p, "type")) {
    NodeVec v = {0};
    parse_decl_group(p, &v);
    Node *b = new_node(N_BLOCK, at);
    b->list = v.v;
    b->nlist = v.n;
    b->hasdots = true;   // a declaration group: no scope of its own
    return b;
  }
  if (is(p, "{"))
    return parse_block(p);
  if (is(p, "if"))
    return parse_if(p);
  if (is(p, "for"))
    return parse_for(p);
  if (is(p, "switch")) {
    return parse_switch(p);
  }
  if (is(p, "return")) {
    next(p);
    Node *n = new_node(N_RETURN, at);
    if (!is(p, ";") && !is(p, "}"))
      n->rlist = parse_exprlist(p, &n->nrlist);
    return n;
  }
  if (is(p, "break") || is(p, "continue")) {
    Node *n = new_node(is(p, "break") ? N_BREAK : N_CONTINUE, at);
    next(p);
    if (p->tok.kind == T_IDENT)
      n->labelname = ident(p);
    return n;
  }
  if (is(p, "fallthrough")) {
    next(p);
    return new_node(N_FALLTHROUGH, at);
  }
  if (is(p, "goto")) {
    unsupported(at, "goto statements");
  }
  if (is(p, "defer")) {
    next(p);
    Node *n = new_node(N_DEFER, at);
    n->l = parse_expr(p);
    if (n->l->kind == N_PAREN)
      cfatal(at, "expression in defer must not be parenthesized");
    if (n->l->kind != N_CALL)
      cfatal(at, "expression in defer must be function call");
    return n;
  }
  if (is(p, "go") || is(p, "select"))
    refuse_keyword(p);
  Node *s = parse_simple_stmt(p, false);
  if (s->kind == N_LABELED) {
    if (is(p, "}")) {
      s->body = new_node(N_EMPTY, p->tok.pos);
      return s;
    }
    s->body = parse_stmt(p);
    return s;
  }
  return s;
}

// ---------------------------------------------------------------- files

static Node *parse_funcdecl(GoParser *p) {
  Node *n = new_node(N_FUNCDECL, p->tok.pos);
  next(p);
  if (is(p, "(")) {
    int nr;
    Node **r = parse_params(p, &nr, false);
    if (nr != 1)
      cfatal(n->pos, nr ? "method has multiple receivers" : "method has no receiver");
    n->recvtype = r[0];
  }
  n->pos = p->tok.pos;
  n->name = ident(p);
  parse_signature(p, n);
  if (is(p, "{"))
    n->body = parse_block(p);
  return n;
}

Node *parse_go_file(const char *file, const char *src) {
  GoParser p = {0};
  scan_init(&p.sc, file, src);
  next(&p);
  FileAST *fa = calloc_c(sizeof *fa);
  Node *f = new_node(N_BLOCK, p.tok.pos);
  f->typ = (Node *)fa;
  if (!is(&p, "package"))
    cfatal(p.tok.pos, "syntax error: package statement must be first");
  next(&p);
  fa->pkgpos = p.tok.pos;
  fa->pkgname = ident(&p);
  want(&p, ";");
  NodeVec imps = {0}, decls = {0};
  while (is(&p, "import")) {
    next(&p);
    bool group = got(&p, "(");
    do {
      if (group && is(&p, ")"))
        break;
      Node *n = new_node(N_IMPORT, p.tok.pos);
      if (p.tok.kind == T_IDENT) {
        n->name = ident(&p);
      } else if (is(&p, ".")) {
        unsupported(p.tok.pos, "dot imports");
      }
      if (p.tok.kind != T_STRING)
        syntax(&p, "import path");
      n->pos = p.tok.pos;
      n->sval = p.tok.s;
      n->slen = p.tok.len;
      if (!strcmp(n->sval, "C"))
        unsupported(n->pos, "cgo (import \"C\")");
      next(&p);
      push(&imps, n);
      if (group && !is(&p, ")"))
        want(&p, ";");
    } while (group);
    if (group)
      want(&p, ")");
    if (p.tok.kind != T_EOF)
      want(&p, ";");
  }
  while (p.tok.kind != T_EOF) {
    if (is(&p, "func")) {
      push(&decls, parse_funcdecl(&p));
    } else if (is(&p, "var") || is(&p, "const") || is(&p, "type")) {
      parse_decl_group(&p, &decls);
    } else if (is(&p, "import")) {
      cfatal(p.tok.pos, "syntax error: imports must appear before other declarations");
    } else {
      cfatal(p.tok.pos, "syntax error: non-declaration statement outside function body");
    }
    if (p.tok.kind != T_EOF)
      want(&p, ";");
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
