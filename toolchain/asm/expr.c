// expr.c: Go assembler constant expressions.
//
// Grammar and semantics follow cmd/asm: unsigned 64-bit arithmetic,
//   expr   = term { ('+' | '-' | '|' | '^') term }
//   term   = factor { ('*' | '/' | '%' | '<<' | '>>' | '&') factor }
//   factor = number | char | ('+' | '-' | '~') factor | '(' expr ')'
// so `1+2*3` is 7 and `1<<4|1` is 17, as Go computes them.
#include "asm/asm.h"

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

// Unary operators are read in a loop, not by recursion, so a long run of
// them costs no stack: their composition is kept as v -> a*v + b (a is +1 or
// -1, arithmetic mod 2^64; ~v is -v-1). Parentheses recurse, to at most
// MAX_EXPR_DEPTH levels: deeper is an error, not a stack overflow.
static bool factor(Parser *p, uint64_t *v) {
  uint64_t a = 1, b = 0;
  while (tok_is(&p->tok, "+") || tok_is(&p->tok, "-") || tok_is(&p->tok, "~")) {
    char op = p->tok.s[0];
    parser_next(p);
    if (op == '-')
      a = -a;
    else if (op == '~')
      b -= a, a = -a;
  }
  Token t = p->tok;
  switch (t.kind) {
  case TK_NUM:
  case TK_CHAR:
    if (!num_ok(&t))
      return false;
    *v = a * t.num + b;
    parser_next(p);
    return true;
  case TK_PUNCT:
    if (tok_is(&t, "(")) {
      if (p->depth >= MAX_EXPR_DEPTH) {
        error_at(t.pos, "expression nested more than %d deep", MAX_EXPR_DEPTH);
        return false;
      }
      parser_next(p);
      p->depth++;
      bool ok = expr(p, v);
      p->depth--;
      if (!ok)
        return false;
      if (!tok_is(&p->tok, ")")) {
        error_at(p->tok.pos, "missing ) in expression");
        return false;
      }
      parser_next(p);
      *v = a * *v + b;
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
