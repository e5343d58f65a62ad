// parse.c: tokens -> AST for types and expressions, by recursive descent
// over Go's grammar (statements and files: parsestmt.c). Features
// outside the subset are refused where the parser first sees them, with the
// feature's name; syntax errors are worded as Go's ("syntax error:
// unexpected X, expecting Y") and stop the compilation.
#include "compile.h"

#include <string.h>


Node *new_node(NodeKind k, CPos p) {
  Node *n = calloc_c(sizeof *n);
  n->kind = k;
  n->pos = p;
  return n;
}

void gp_next(GoParser *p) { scan_next(&p->sc, &p->tok); }

bool gp_is(GoParser *p, const char *s) {
  return (p->tok.kind == T_OP || p->tok.kind == T_KEYWORD) && (int)strlen(s) == p->tok.len &&
         !strncmp(p->tok.s, s, p->tok.len);
}

const char *tokdesc(GoParser *p) {
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

_Noreturn void gp_syntax(GoParser *p, const char *expecting) {
  if (expecting)
    cfatal(p->tok.pos, "syntax error: unexpected %s, expecting %s", tokdesc(p), expecting);
  cfatal(p->tok.pos, "syntax error: unexpected %s", tokdesc(p));
}

void gp_want(GoParser *p, const char *s) {
  if (!gp_is(p, s))
    gp_syntax(p, s[0] == ';' ? "semicolon or newline" : s);
  gp_next(p);
}

bool gp_got(GoParser *p, const char *s) {
  if (gp_is(p, s)) {
    gp_next(p);
    return true;
  }
  return false;
}

const char *gp_ident(GoParser *p) {
  if (p->tok.kind != T_IDENT)
    gp_syntax(p, "name");
  const char *s = cstrndup(p->tok.s, p->tok.len);
  gp_next(p);
  return s;
}


void gp_push(NodeVec *v, Node *n) {
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


_Noreturn void refuse_keyword(GoParser *p) {
  CPos at = p->tok.pos;
  if (gp_is(p, "map"))
    unsupported(at, "maps");
  if (gp_is(p, "chan") || gp_is(p, "<-"))
    unsupported(at, "channels");
  if (gp_is(p, "interface"))
    unsupported(at, "interfaces");
  if (gp_is(p, "select"))
    unsupported(at, "select statements");
  if (gp_is(p, "go"))
    unsupported(at, "goroutines");
  gp_syntax(p, NULL);
}

// ---------------------------------------------------------------- types

static Node *parse_typename(GoParser *p) {
  CPos at = p->tok.pos;
  Node *n = new_node(N_IDENT, at);
  n->name = gp_ident(p);
  if (gp_is(p, ".")) {
    gp_next(p);
    Node *s = new_node(N_SELECTOR, at);
    s->l = n;
    s->name = gp_ident(p);
    n = s;
  }
  return n;
}

static void parse_fields(GoParser *p, Node *st) {
  NodeVec v = {0};
  gp_want(p, "{");
  while (!gp_is(p, "}")) {
    CPos at = p->tok.pos;
    if (gp_is(p, "*")) {
      gp_next(p);
      Node *f = new_node(N_FIELD, at);
      Node *t = new_node(N_TPTR, at);
      t->l = parse_typename(p);
      f->typ = t;
      f->embedded = true;
      f->name = t->l->kind == N_SELECTOR ? t->l->name : t->l->name;
      gp_push(&v, f);
    } else {
      const char *name = gp_ident(p);
      if (gp_is(p, ";") || gp_is(p, "}") || gp_is(p, ".") || p->tok.kind == T_STRING) {
        Node *tn = new_node(N_IDENT, at);
        tn->name = name;
        if (gp_got(p, ".")) {
          Node *s = new_node(N_SELECTOR, at);
          s->l = tn;
          s->name = gp_ident(p);
          tn = s;
        }
        Node *f = new_node(N_FIELD, at);
        f->typ = tn;
        f->embedded = true;
        f->name = tn->kind == N_SELECTOR ? tn->name : name;
        gp_push(&v, f);
      } else {
        NodeVec names = {0};
        Node *f = new_node(N_FIELD, at);
        f->name = name;
        gp_push(&names, f);
        while (gp_got(p, ",")) {
          Node *g = new_node(N_FIELD, p->tok.pos);
          g->name = gp_ident(p);
          gp_push(&names, g);
        }
        Node *t = parse_type(p);
        for (int i = 0; i < names.n; i++) {
          names.v[i]->typ = t;
          gp_push(&v, names.v[i]);
        }
      }
    }
    if (p->tok.kind == T_STRING)
      gp_next(p);   // a tag: ignored
    if (!gp_is(p, "}"))
      gp_want(p, ";");
  }
  gp_want(p, "}");
  st->list = v.v;
  st->nlist = v.n;
}

Node *parse_type_or_null(GoParser *p) {
  CPos at = p->tok.pos;
  if (p->tok.kind == T_IDENT)
    return parse_typename(p);
  if (gp_is(p, "*")) {
    gp_next(p);
    Node *n = new_node(N_TPTR, at);
    n->l = parse_type(p);
    return n;
  }
  if (gp_is(p, "[")) {
    gp_next(p);
    if (gp_got(p, "]")) {
      Node *n = new_node(N_TSLICE, at);
      n->l = parse_type(p);
      return n;
    }
    Node *n = new_node(N_TARRAY, at);
    if (gp_is(p, "...")) {
      gp_next(p);
      n->r = NULL;
      n->hasdots = true;
    } else {
      int lev = p->exprlev;
      p->exprlev = 0;
      n->r = parse_expr(p);
      p->exprlev = lev;
    }
    gp_want(p, "]");
    n->l = parse_type(p);
    return n;
  }
  if (gp_is(p, "struct")) {
    gp_next(p);
    Node *n = new_node(N_TSTRUCT, at);
    parse_fields(p, n);
    return n;
  }
  if (gp_is(p, "func")) {
    gp_next(p);
    Node *n = new_node(N_TFUNC, at);
    parse_signature(p, n);
    return n;
  }
  if (gp_is(p, "(")) {
    gp_next(p);
    Node *t = parse_type(p);
    gp_want(p, ")");
    return t;
  }
  if (gp_is(p, "map") || gp_is(p, "chan") || gp_is(p, "interface") || gp_is(p, "<-"))
    refuse_keyword(p);
  return NULL;
}

Node *parse_type(GoParser *p) {
  Node *t = parse_type_or_null(p);
  if (!t)
    gp_syntax(p, "type");
  return t;
}

// A parameter list: (a, b int, c string) or (int, string).
Node **parse_params(GoParser *p, int *np, bool results) {
  NodeVec v = {0};
  gp_want(p, "(");
  typedef struct {
    CPos pos;
    const char *name;
    const char *ident;   // a lone identifier: the name, or the type
    Node *typ;
    bool dots;
  } Ent;
  Ent ents[64];
  int n = 0;
  bool named = false;
  while (!gp_is(p, ")")) {
    if (n == 64)
      cfatal(p->tok.pos, "too many parameters");
    Ent *e = &ents[n++];
    memset(e, 0, sizeof *e);
    e->pos = p->tok.pos;
    if (gp_is(p, "...")) {
      gp_next(p);
      e->dots = true;
      e->typ = parse_type(p);
    } else if (p->tok.kind == T_IDENT) {
      // A lone identifier is a name or a type, as the list will tell: no
      // node for it yet (a signature's nodes last as long as the package).
      const char *id = gp_ident(p);
      if (gp_is(p, ".")) {
        gp_next(p);
        Node *q = new_node(N_IDENT, e->pos);
        q->name = id;
        e->typ = new_node(N_SELECTOR, e->pos);
        e->typ->l = q;
        e->typ->name = gp_ident(p);
      } else if (!gp_is(p, ",") && !gp_is(p, ")")) {
        // name Type
        e->name = id;
        named = true;
        if (gp_got(p, "..."))
          e->dots = true;
        e->typ = parse_type(p);
      } else {
        e->ident = id;
      }
    } else {
      e->typ = parse_type(p);
    }
    if (!gp_is(p, ")")) {
      if (!gp_is(p, ","))
        gp_syntax(p, "comma or )");
      gp_next(p);
    }
  }
  gp_want(p, ")");
  if (named) {
    // a, b int: the names without types take the next type.
    Node *t = NULL;
    bool dots = false;
    for (int i = n - 1; i >= 0; i--) {
      if (ents[i].name) {
        t = ents[i].typ;
        dots = ents[i].dots;
      } else {
        if (!ents[i].ident)
          cfatal(ents[i].pos, "syntax error: mixed named and unnamed function parameters");
        ents[i].name = ents[i].ident;
        ents[i].ident = NULL;
        ents[i].typ = t;
        ents[i].dots = dots;
      }
      if (!t)
        cfatal(ents[i].pos, "syntax error: mixed named and unnamed function parameters");
    }
  }
  for (int i = 0; i < n; i++) {
    if (ents[i].ident) {   // a type after all
      ents[i].typ = new_node(N_IDENT, ents[i].pos);
      ents[i].typ->name = ents[i].ident;
    }
    Node *f = new_node(N_FIELD, ents[i].pos);
    f->name = ents[i].name;
    f->typ = ents[i].typ;
    f->hasdots = ents[i].dots;
    if (f->hasdots && (results || i != n - 1))
      cfatal(ents[i].pos, "can only use ... with final parameter in list");
    gp_push(&v, f);
  }
  *np = v.n;
  return v.v;
}

void parse_signature(GoParser *p, Node *n) {
  if (gp_is(p, "["))
    unsupported(p->tok.pos, "generics");
  n->params = parse_params(p, &n->nparams, false);
  if (gp_is(p, "(")) {
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
  if (gp_is(p, "{")) {
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
  gp_want(p, "{");
  NodeVec v = {0};
  while (!gp_is(p, "}")) {
    CPos at = p->tok.pos;
    Node *e = parse_elem(p);
    if (gp_got(p, ":")) {
      Node *kv = new_node(N_KEYVAL, at);
      kv->l = e;
      kv->r = parse_elem(p);
      e = kv;
    }
    gp_push(&v, e);
    if (!gp_is(p, "}")) {
      if (!gp_is(p, ","))
        gp_syntax(p, "comma or }");
      gp_next(p);
    }
  }
  gp_want(p, "}");
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
    gp_next(p);
    return n;
  }
  case T_CHAR: {
    Node *n = new_node(N_CHARLIT, at);
    n->ival = t->ival;
    gp_next(p);
    return n;
  }
  case T_STRING: {
    Node *n = new_node(N_STRLIT, at);
    n->sval = t->s;
    n->slen = t->len;
    gp_next(p);
    return n;
  }
  case T_FLOAT:
    unsupported(at, "floating-point numbers");
  case T_IMAG:
    unsupported(at, "complex numbers");
  case T_IDENT: {
    Node *n = new_node(N_IDENT, at);
    n->name = gp_ident(p);
    return n;
  }
  default:
    break;
  }
  if (gp_is(p, "(")) {
    gp_next(p);
    int lev = p->exprlev;
    p->exprlev++;
    if (p->exprlev < 1)
      p->exprlev = 1;
    Node *n = new_node(N_PAREN, at);
    n->l = parse_expr(p);
    p->exprlev = lev;
    gp_want(p, ")");
    return n;
  }
  if (gp_is(p, "func")) {
    gp_next(p);
    Node *n = new_node(N_FUNCLIT, at);
    parse_signature(p, n);
    if (gp_is(p, "{")) {
      int lev = p->exprlev;
      p->exprlev = 0;
      n->body = parse_block(p);
      p->exprlev = lev;
    } else {
      n->kind = N_TFUNC;
    }
    return n;
  }
  if (gp_is(p, "[") || gp_is(p, "struct") || gp_is(p, "*"))
    return parse_type(p);
  if (gp_is(p, "map") || gp_is(p, "chan") || gp_is(p, "interface") || gp_is(p, "<-"))
    refuse_keyword(p);
  gp_syntax(p, "expression");
}

static Node *parse_primary_suffix(GoParser *p, Node *x) {
  for (;;) {
    CPos at = p->tok.pos;
    if (gp_is(p, ".")) {
      gp_next(p);
      if (gp_is(p, "(")) {
        gp_next(p);
        if (gp_is(p, "type"))
          unsupported(at, "type switches");
        unsupported(at, "type assertions (interfaces)");
      }
      Node *n = new_node(N_SELECTOR, at);
      n->l = x;
      n->name = gp_ident(p);
      x = n;
    } else if (gp_is(p, "(")) {
      gp_next(p);
      int lev = p->exprlev;
      p->exprlev = 1;
      Node *n = new_node(N_CALL, at);
      n->l = x;
      NodeVec v = {0};
      while (!gp_is(p, ")")) {
        Node *a = parse_expr(p);
        gp_push(&v, a);
        if (gp_got(p, "...")) {
          n->hasdots = true;
        }
        if (!gp_is(p, ")")) {
          if (!gp_is(p, ","))
            gp_syntax(p, "comma or )");
          gp_next(p);
        }
      }
      p->exprlev = lev;
      gp_want(p, ")");
      n->list = v.v;
      n->nlist = v.n;
      x = n;
    } else if (gp_is(p, "[")) {
      gp_next(p);
      int lev = p->exprlev;
      p->exprlev = 1;
      Node *lo = NULL;
      if (!gp_is(p, ":"))
        lo = parse_expr(p);
      if (gp_got(p, ":")) {
        Node *n = new_node(N_SLICE, at);
        n->l = x;
        n->lo = lo;
        if (!gp_is(p, "]") && !gp_is(p, ":"))
          n->hi = parse_expr(p);
        if (gp_got(p, ":")) {
          if (!n->hi)
            cfatal(p->tok.pos, "middle index required in 3-index slice");
          if (gp_is(p, "]"))
            cfatal(p->tok.pos, "final index required in 3-index slice");
          n->max = parse_expr(p);
        }
        x = n;
      } else {
        if (gp_is(p, ","))
          unsupported(p->tok.pos, "generics");
        Node *n = new_node(N_INDEX, at);
        n->l = x;
        n->r = lo;
        x = n;
      }
      p->exprlev = lev;
      gp_want(p, "]");
    } else if (gp_is(p, "{") && could_be_type(x) && (p->exprlev >= 0 || (x->kind != N_IDENT && x->kind != N_SELECTOR))) {
      x = parse_composite(p, x);
    } else {
      return x;
    }
  }
}

static Node *parse_unary(GoParser *p) {
  CPos at = p->tok.pos;
  if (gp_is(p, "+") || gp_is(p, "-") || gp_is(p, "!") || gp_is(p, "^")) {
    int op = p->tok.s[0];
    gp_next(p);
    Node *n = new_node(N_UNARY, at);
    n->op = op;
    n->l = parse_unary(p);
    return n;
  }
  if (gp_is(p, "&")) {
    gp_next(p);
    Node *n = new_node(N_ADDR, at);
    n->l = parse_unary(p);
    return n;
  }
  if (gp_is(p, "*")) {
    gp_next(p);
    Node *n = new_node(N_STAR, at);
    n->l = parse_unary(p);
    return n;
  }
  if (gp_is(p, "<-"))
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
    if (gp_is(p, tab[i].s)) {
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
    gp_next(p);
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

Node *parse_expr(GoParser *p) {
  return parse_binary(p, parse_unary(p), 1);
}

Node **parse_exprlist(GoParser *p, int *n) {
  NodeVec v = {0};
  gp_push(&v, parse_expr(p));
  while (gp_got(p, ","))
    gp_push(&v, parse_expr(p));
  *n = v.n;
  return v.v;
}

