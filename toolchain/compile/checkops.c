// checkops.c: the operands and operators of expressions: constant values
// and whether they fit a type, assignability (untyped constants taking the
// type they are assigned to), and binary operators, constant ones folded.
// Errors are worded as the Go 1.7 compiler (gc) worded them.
#include "compile.h"

#include <string.h>

// ---------------------------------------------------------------- constants

bool const_value(Node *n, int64_t *v) {
  if (!n->isconst)
    return false;
  *v = n->cval;
  return true;
}

// Whether v fits t (a typed integer type).
bool fits(int64_t v, Type *t) {
  t = underlying(t);
  switch (t->kind) {
  case TY_INT8: return v >= -128 && v <= 127;
  case TY_INT16: return v >= -32768 && v <= 32767;
  case TY_INT32: case TY_INT: return v >= INT32_MIN && v <= INT32_MAX;
  case TY_UINT8: return v >= 0 && v <= 255;
  case TY_UINT16: return v >= 0 && v <= 65535;
  case TY_UINT32: case TY_UINT: case TY_UINTPTR: return v >= 0 && v <= (int64_t)UINT32_MAX;
  case TY_UINT64: return true;   // callers reject negative constants (see const_fits)
  default: return true;
  }
}

// Where an expression starts (its leftmost operand), where Go places an
// error about it (types2: syntax.StartPos).
CPos expr_start(Node *n) {
  while ((n->kind == N_BINARY || n->kind == N_INDEX || n->kind == N_SLICE ||
          n->kind == N_SELECTOR || n->kind == N_CALL || n->kind == N_CONV) && n->l)
    n = n->l;
  return n->pos;
}

// An integer constant's value as Go prints it: a ubig one is above INT64_MAX.
const char *const_text(Node *n) {
  return n->ubig ? cfmt("%llu", (unsigned long long)n->cval) : cfmt("%lld", (long long)n->cval);
}

// Whether the integer constant n's value lies outside the integer type t:
// a ubig value (above INT64_MAX) fits only uint64, a negative one never.
bool const_overflows(Node *n, Type *t) {
  if (underlying(t)->kind == TY_UINT64)
    return n->cval < 0 && !n->ubig;
  return n->ubig || !fits(n->cval, t);
}

static void const_fits(Node *n, Type *t) {
  if (n->isconst && is_integer(t) && !is_untyped(t) && const_overflows(n, t))
    cerror(n->pos, "constant %s overflows %s", const_text(n), type_string(t));
}

static const char *i128_text(__int128 v) {
  char buf[48], *p = buf + sizeof buf;
  unsigned __int128 u = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
  *--p = 0;
  do
    *--p = (char)('0' + (int)(u % 10));
  while ((u /= 10));
  if (v < 0)
    *--p = '-';
  return cfmt("%s", p);
}

// The exact value r (huge: beyond 128 bits) of the constant n of type t,
// kept if it fits the 64 bits this subset has for t: [INT64_MIN,
// UINT64_MAX] for an untyped constant (ubig above INT64_MAX), the type's
// 64-bit range else (smaller widths are the caller's fits()). Reported if
// not, with Go's wording and value.
static bool set_exact(Node *n, __int128 r, bool huge, Type *t) {
  bool untyped = is_untyped(t), uns = !untyped && is_unsigned(t);
  __int128 lo = uns ? 0 : INT64_MIN, hi = uns || untyped ? (__int128)UINT64_MAX : INT64_MAX;
  if (huge || r < lo || r > hi) {
    const char *v = huge ? expr_string(n) : i128_text(r);
    if (untyped)
      cerror(n->pos, "constant %s overflows 64 bits (pic386 compile keeps untyped constants in 64 bits)", v);
    else
      cerror(n->pos, "constant %s overflows %s", v, type_string(t));
    return false;
  }
  n->cval = (int64_t)(uint64_t)r;
  n->ubig = r > INT64_MAX;
  return true;
}

// A constant operand of type t exactly: its bits as unsigned where t is, or
// where an untyped constant is above INT64_MAX (ubig).
static __int128 exact_of(const Node *c, Type *t) {
  bool wide = is_unsigned(t) || (is_untyped(t) && c->ubig);
  return wide ? (__int128)(uint64_t)c->cval : (__int128)c->cval;
}

// Folds the constant unary - + ^ n of type t (its operand's): exact, then
// set_exact's range check, as the binary operators are; ^ of a typed value
// is the bitwise complement in its width (Go: -x-1 for an untyped one).
// False after an error.
bool fold_unary(Node *n, Type *t) {
  n->isconst = true;
  __int128 x = exact_of(n->l, t);
  if (n->op == '-' || (n->op == '^' && is_untyped(t)))
    return set_exact(n, n->op == '-' ? -x : -x - 1, false, t);
  n->cval = n->op == '^' ? (is_unsigned(t) ? wrap(~n->l->cval, t) : ~n->l->cval) : n->l->cval;
  n->ubig = n->op == '+' ? n->l->ubig : underlying(t)->kind == TY_UINT64 && n->cval < 0;
  return true;
}

// Folds a op b for + - * / %: 1 with n->cval (and n->ubig) set, -1 after an
// error, 0 for another operator. Go folds exactly; this subset keeps a
// constant in 64 bits: an untyped one in [INT64_MIN, UINT64_MAX] (above
// INT64_MAX its bits, marked ubig), so exact 128-bit arithmetic, then a
// range check, is Go's answer wherever the result fits. No case is
// undefined behaviour. A divisor of zero was refused before.
static int fold_arith(Node *n, int op, Type *t) {
  if (op != '+' && op != '-' && op != '*' && op != '/' && op != '%')
    return 0;
  __int128 x = exact_of(n->l, t), y = exact_of(n->r, t);
  __int128 r = 0;
  bool huge = false;   // beyond 128 bits: only a product of two 64-bit values
  switch (op) {
  case '+': r = x + y; break;
  case '-': r = x - y; break;
  case '*': huge = __builtin_mul_overflow(x, y, &r); break;
  case '/': r = x / y; break;
  case '%': r = x % y; break;
  }
  return set_exact(n, r, huge, t) ? 1 : -1;
}

// Folds the constant shift n (type t, its left operand's): exact, as Go's,
// then set_exact's range check.
static void fold_shift(Node *n, Type *t) {
  uint64_t s = (uint64_t)n->r->cval;   // not negative: refused before
  __int128 x = exact_of(n->l, t);
  __int128 r;
  bool huge = false;
  if (n->op == OP_SHL) {
    // |x| < 2^64, so x * 2^s stays inside 128 bits for s < 64; beyond, any
    // x but 0 leaves every range this subset has.
    huge = x != 0 && s >= 64;
    r = huge || x == 0 ? 0 : x * ((__int128)1 << s);
  } else {
    // Rounds toward minus infinity, as Go's >> of a negative constant,
    // without shifting a negative value.
    __int128 m = x < 0 ? -x - 1 : x;
    m = s >= 127 ? 0 : m >> s;
    r = x < 0 ? -m - 1 : m;
  }
  n->isconst = true;
  set_exact(n, r, huge, t);
}

// Wraps v to the width of t, as a conversion of a typed value would.
int64_t wrap(int64_t v, Type *t) {
  t = underlying(t);
  switch (t->kind) {
  case TY_INT8: return (int8_t)v;
  case TY_INT16: return (int16_t)v;
  case TY_INT32: case TY_INT: return (int32_t)v;
  case TY_UINT8: return (uint8_t)v;
  case TY_UINT16: return (uint16_t)v;
  case TY_UINT32: case TY_UINT: case TY_UINTPTR: return (uint32_t)v;
  default: return v;
  }
}

// ---------------------------------------------------------------- assignability

bool assignable(Type *from, Type *to) {
  if (!from || !to)
    return true;
  if (identical(from, to))
    return true;
  Type *uf = underlying(from), *ut = underlying(to);
  if (from->kind == TY_NIL)
    return ut->kind == TY_PTR || ut->kind == TY_SLICE || ut->kind == TY_FUNC || ut->kind == TY_UNSAFEPTR;
  if (is_untyped(from)) {
    if (from->kind == TY_UNTYPED_BOOL)
      return ut->kind == TY_BOOL;
    if (from->kind == TY_UNTYPED_STRING)
      return ut->kind == TY_STRING;
    return is_integer(ut);
  }
  // identical underlying types and at least one not named
  if ((from->kind != TY_NAMED || to->kind != TY_NAMED) && identical(uf, ut))
    return true;
  return false;
}

// Checks that e (already checked) can be assigned to t; converts an untyped
// constant to t. context: "assignment", "argument to f", "return argument".
void assign_to(Node *e, Type *t, const char *context) {
  if (!e->type || !t)
    return;
  if (e->type->kind == TY_TUPLE) {
    cerror(e->pos, "multiple-value %s in single-value context", expr_string(e));
    return;
  }
  if (e->istype) {
    cerror(e->pos, "type %s is not an expression", expr_string(e));
    return;
  }
  if (!assignable(e->type, t)) {
    if (e->type->kind == TY_NIL)
      cerror(e->pos, "cannot use nil as type %s in %s", type_string(t), context);
    else if (is_untyped(e->type) && e->isconst)
      cerror(e->pos, "cannot use %s (type %s) as type %s in %s", expr_string(e), type_string(e->type), type_string(t), context);
    else
      cerror(e->pos, "cannot use %s (type %s) as type %s in %s", expr_string(e), type_string(e->type), type_string(t), context);
    return;
  }
  if (is_untyped(e->type) && e->type->kind != TY_NIL) {
    const_fits(e, t);
    e->type = t;
  } else if (e->type->kind == TY_NIL) {
    e->type = t;
  }
}

// ---------------------------------------------------------------- binary operators

static const char *opname(int op) {
  static const char *ops[] = {"==", "!=", "<=", ">=", "&&", "||", "<<", ">>", "&^"};
  return op >= OP_EQ && op <= OP_ANDNOT ? ops[op - OP_EQ] : cfmt("%c", op);
}

Type *check_binary(Node *n, Scope *sc) {
  Type *lt = check(n->l, sc, NULL);
  Type *rt = check(n->r, sc, NULL);
  if (!lt || !rt)
    return NULL;
  // uint64 % 3: a type (or a call of no or several results) is no operand;
  // found by fuzzing, where it reached the code generator as a variable.
  if (!value_ok(n->l) || !value_ok(n->r))
    return NULL;
  int op = n->op;
  bool cmp = op == OP_EQ || op == OP_NE || op == '<' || op == '>' || op == OP_LE || op == OP_GE;
  if (op == OP_SHL || op == OP_SHR) {
    if (!is_integer(rt)) {
      cerror(n->r->pos, "invalid operation: %s (shift count type %s, must be unsigned integer)", expr_string(n), type_string(rt));
      return NULL;
    }
    if (!is_unsigned(rt) && !is_untyped(rt)) {
      cerror(n->r->pos, "invalid operation: %s (shift count type %s, must be unsigned integer)", expr_string(n), type_string(rt));
      return NULL;
    }
    if (n->r->isconst && n->r->cval < 0) {
      cerror(n->r->pos, "invalid negative shift count: %s", expr_string(n->r));
      return NULL;
    }
    if (is_untyped(rt))
      n->r->type = t_uint;
    if (!is_integer(lt)) {
      cerror(n->pos, "invalid operation: %s (shift of type %s)", expr_string(n), type_string(lt));
      return NULL;
    }
    if (n->l->isconst && n->r->isconst) {
      fold_shift(n, lt);
      if (!is_untyped(lt) && !fits(n->cval, lt))
        cerror(n->pos, "constant %s overflows %s", const_text(n), type_string(lt));
    }
    return lt;
  }
  // Operand types must match, untyped ones converting to the other.
  bool lnil = lt->kind == TY_NIL, rnil = rt->kind == TY_NIL;
  Type *t;
  if (is_untyped(lt) && !is_untyped(rt)) {
    if (lt->kind == TY_NIL && !cmp)
      goto mismatch;
    if (!assignable(lt, rt))
      goto mismatch;
    assign_to(n->l, rt, "expression");
    t = rt;
  } else if (is_untyped(rt) && !is_untyped(lt)) {
    if (!assignable(rt, lt))
      goto mismatch;
    assign_to(n->r, lt, "expression");
    t = lt;
  } else if (is_untyped(lt) && is_untyped(rt)) {
    if ((lt->kind == TY_UNTYPED_STRING) != (rt->kind == TY_UNTYPED_STRING) ||
        (lt->kind == TY_UNTYPED_BOOL) != (rt->kind == TY_UNTYPED_BOOL) || lt->kind == TY_NIL || rt->kind == TY_NIL) {
      if (lt->kind == TY_NIL && rt->kind == TY_NIL && cmp) {
        cerror(n->pos, "invalid operation: %s (operator %s not defined on nil)", expr_string(n), opname(op));
        return NULL;
      }
      goto mismatch;
    }
    t = lt->kind == TY_UNTYPED_RUNE || rt->kind == TY_UNTYPED_RUNE ? t_untyped_rune : lt;
    if (lt->kind == TY_UNTYPED_INT && rt->kind == TY_UNTYPED_INT)
      t = t_untyped_int;
  } else {
    if (!identical(lt, rt))
      goto mismatch;
    t = lt;
  }
  Type *u = underlying(t);
  if (op == OP_ANDAND || op == OP_OROR) {
    if (!is_bool(t)) {
      cerror(n->pos, "invalid operation: %s (operator %s not defined on %s)", expr_string(n), opname(op), expr_string(n->l));
      return NULL;
    }
  } else if (cmp) {
    bool ordered = is_integer(t) || is_string(t);
    bool comparable = ordered || is_bool(t) || u->kind == TY_PTR || u->kind == TY_UNSAFEPTR ||
                      ((u->kind == TY_SLICE || u->kind == TY_FUNC) &&
                       (lnil || rnil)) ||
                      u->kind == TY_STRUCT || u->kind == TY_ARRAY;
    if ((op != OP_EQ && op != OP_NE && !ordered) || !comparable) {
      const char *what = u->kind == TY_SLICE ? "slice can only be compared to nil" : u->kind == TY_FUNC ? "func can only be compared to nil" : NULL;
      if (what)
        cerror(n->pos, "invalid operation: %s (%s)", expr_string(n), what);
      else
        cerror(n->pos, "invalid operation: %s (operator %s not defined on %s)", expr_string(n), opname(op), expr_string(n->l));
      return NULL;
    }
    if ((u->kind == TY_STRUCT || u->kind == TY_ARRAY))
      unsupported(n->pos, "comparisons of structs and arrays");
  } else if (op == '+' && is_string(t)) {
    ;
  } else if (!is_integer(t)) {
    cerror(n->pos, "invalid operation: %s (operator %s not defined on %s)", expr_string(n), opname(op), expr_string(n->l));
    return NULL;
  }
  if ((op == '/' || op == '%') && n->r->isconst && n->r->cval == 0 && is_integer(t)) {
    cerror(n->pos, "division by zero");
    return NULL;
  }
  if (n->l->isconst && n->r->isconst) {
    n->isconst = true;
    int64_t a = n->l->cval, b = n->r->cval;
    bool uns = is_unsigned(t);
    if (is_string(t)) {
      if (op == '+') {
        n->slen = n->l->slen + n->r->slen;
        char *s = calloc_c(n->slen + 1);
        if (n->l->slen)
          memcpy(s, n->l->sval, n->l->slen);
        if (n->r->slen)
          memcpy(s + n->l->slen, n->r->sval, n->r->slen);
        n->sval = s;
      } else {
        int c = memcmp(n->l->sval, n->r->sval, n->l->slen < n->r->slen ? n->l->slen : n->r->slen);
        if (!c)
          c = n->l->slen - n->r->slen;
        a = c, b = 0;
        goto compare;
      }
    } else {
      int folded = fold_arith(n, op, t);
      if (folded < 0)
        return t;
      switch (folded ? 0 : op) {
      case 0: break;   // folded
      case '&': n->cval = a & b; break;
      case '|': n->cval = a | b; break;
      case '^': n->cval = a ^ b; break;
      case OP_ANDNOT: n->cval = a & ~b; break;
      case OP_ANDAND: n->cval = a && b; break;
      case OP_OROR: n->cval = a || b; break;
      default:
      compare:
        if (uns) {
          uint64_t ua = a, ub = b;
          n->cval = op == OP_EQ ? ua == ub : op == OP_NE ? ua != ub : op == '<' ? ua < ub : op == '>' ? ua > ub : op == OP_LE ? ua <= ub : ua >= ub;
        } else {
          n->cval = op == OP_EQ ? a == b : op == OP_NE ? a != b : op == '<' ? a < b : op == '>' ? a > b : op == OP_LE ? a <= b : a >= b;
        }
      }
      if (!cmp && !is_untyped(t) && !fits(n->cval, t)) {
        cerror(n->pos, "constant %s overflows %s", const_text(n), type_string(t));
        n->cval = wrap(n->cval, t);
      }
    }
  }
  if (cmp)
    return t_untyped_bool;
  return t;
mismatch:
  cerror(n->pos, "invalid operation: %s (mismatched types %s and %s)", expr_string(n), type_string(lt), type_string(rt));
  return NULL;
}
