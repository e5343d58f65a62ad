// expr.c: Go assembler constant expressions.
//
// Grammar and semantics follow cmd/asm: unsigned 64-bit arithmetic,
//   expr   = term { ('+' | '-' | '|' | '^') term }
//   term   = factor { ('*' | '/' | '%' | '<<' | '>>' | '&') factor }
//   factor = number | char | ('+' | '-' | '~') factor | '(' expr ')'
// so `1+2*3` is 7 and `1<<4|1` is 17, as Go computes them.
#include "pic386.h"

#include <string.h>

void parser_next(Parser *p) { p->tok = cpp_next(p->cpp); }


static bool factor(Parser *p, uint64_t *v);

static bool expr(Parser *p, uint64_t *v) { return factor(p, v) && expr_rest(p, v); }

// A term whose first factor has not been read yet.
bool expr_term_start(Parser *p, uint64_t *v) {
  if (!factor(p, v))
    return false;
  return expr_term_rest(p, v);
}

// The rest of a term whose first factor is *v.
bool expr_term_rest(Parser *p, uint64_t *v) {
  uint64_t r;
  for (;;) {
    Token t = p->tok;
    if (!(tok_is(&t, "*") || tok_is(&t, "/") || tok_is(&t, "%") || tok_is(&t, "<<") ||
          tok_is(&t, ">>") || tok_is(&t, "&")))
      return true;
    parser_next(p);
    if (!factor(p, &r))
      return false;
    switch (t.s[0]) {
    case '*': *v *= r; break;
    case '&': *v &= r; break;
    case '/':
    case '%':
      if (r == 0) {
        error_at(t.pos, "division by zero");
        return false;
      }
      *v = t.s[0] == '/' ? *v / r : *v % r;
      break;
    case '<':
    case '>':
      if (r > 63) {
        error_at(t.pos, "shift count %llu too large", (unsigned long long)r);
        return false;
      }
      *v = t.s[0] == '<' ? *v << r : *v >> r;
      break;
    }
  }
}

// The rest of an expression whose first term is *v.
bool expr_rest(Parser *p, uint64_t *v) {
  uint64_t r;
  if (!expr_term_rest(p, v))
    return false;
  for (;;) {
    Token t = p->tok;
    if (!(tok_is(&t, "+") || tok_is(&t, "-") || tok_is(&t, "|") || tok_is(&t, "^")))
      return true;
    parser_next(p);
    if (!expr_term_start(p, &r))
      return false;
    switch (t.s[0]) {
    case '+': *v += r; break;
    case '-': *v -= r; break;
    case '|': *v |= r; break;
    case '^': *v ^= r; break;
    }
  }
}

static bool factor(Parser *p, uint64_t *v) {
  Token t = p->tok;
  switch (t.kind) {
  case TK_NUM:
  case TK_CHAR:
    if (!num_ok(&t))
      return false;
    *v = t.num;
    parser_next(p);
    return true;
  case TK_PUNCT:
    if (tok_is(&t, "+") || tok_is(&t, "-") || tok_is(&t, "~")) {
      parser_next(p);
      if (!factor(p, v))
        return false;
      if (t.s[0] == '-')
        *v = -*v;
      else if (t.s[0] == '~')
        *v = ~*v;
      return true;
    }
    if (tok_is(&t, "(")) {
      parser_next(p);
      if (!expr(p, v))
        return false;
      if (!tok_is(&p->tok, ")")) {
        error_at(p->tok.pos, "missing ) in expression");
        return false;
      }
      parser_next(p);
      return true;
    }
    break;
  case TK_IDENT:
    error_at(t.pos, "%.*s is not a constant", t.len, t.s);
    return false;
  default:
    break;
  }
  error_at(t.pos, "expected a constant expression");
  return false;
}

bool expr_parse(Parser *p, int64_t *val) {
  uint64_t v;
  if (!expr(p, &v))
    return false;
  *val = (int64_t)v;
  return true;
}
