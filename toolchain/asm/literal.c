// literal.c: the literals of lex.c's tokens, Go's rules: numbers (decimal,
// 0x, 0b, octal; malformed or overflowing ones marked for a report where
// they are used), "strings" decoded in place, 'c' character constants, and
// the escapes both share (the escape table is internal/util.c's, shared
// with pic386 compile's scanner).
#include "asm/asm.h"

#include <stdint.h>

// One character of a string or character constant, Go's rules. *pp is at
// the character; on return it is past it. A \x or octal escape is a byte
// (*is_byte), anything else a code point. False after an error.
static bool char_value(Lexer *lx, char **pp, char quote, uint32_t *val, bool *is_byte) {
  char *p = *pp;
  *is_byte = false;
  if (*p != '\\') {
    int n = lex_utf8((unsigned char *)p, val);
    if (n == 0) {
      // Go reads a stray byte as U+FFFD; keep the byte, it is what was meant.
      *val = (unsigned char)*p;
      *is_byte = true;
      n = 1;
    }
    *pp = p + n;
    return true;
  }
  p++;
  char c = *p;
  int ndig = 0, base = 16;
  uint32_t v = 0;
  GoEscape e = go_escape(c);
  if (e.value >= 0) {
    v = e.value;
  } else if (c == '\'' || c == '"') {
    if (c != quote)
      goto bad;
    v = c;
  } else if (e.ndigits) {
    ndig = e.ndigits, base = e.base, *is_byte = e.is_byte;
    if (base == 8)
      p--;   // the first digit is part of the number
  } else {
    goto bad;
  }
  p++;
  for (int i = 0; i < ndig; i++, p++) {
    int d = hex_digit(*p);
    if (d < 0 || d >= base) {
      *pp = p;
      error_at(line_pos(lx), "invalid digit in escape sequence");
      return false;
    }
    v = v * base + d;
  }
  if (*is_byte && v > 255) {
    *pp = p;
    error_at(line_pos(lx), "octal escape value %u > 255", (unsigned)v);
    return false;
  }
  if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) {
    *pp = p;
    error_at(line_pos(lx), "escape sequence is invalid Unicode code point");
    return false;
  }
  *val = v;
  *pp = p;
  return true;
bad:
  if (c == '\n') {
    *pp = p;   // the caller reports the unterminated literal
    return false;
  }
  *pp = p + 1;
  error_at(line_pos(lx), "unknown escape sequence");
  return false;
}

static int put_utf8(char *w, uint32_t c) {
  if (c < 0x80) {
    w[0] = c;
    return 1;
  }
  if (c < 0x800) {
    w[0] = 0xc0 | c >> 6;
    w[1] = 0x80 | (c & 0x3f);
    return 2;
  }
  if (c < 0x10000) {
    w[0] = 0xe0 | c >> 12;
    w[1] = 0x80 | (c >> 6 & 0x3f);
    w[2] = 0x80 | (c & 0x3f);
    return 3;
  }
  w[0] = 0xf0 | c >> 18;
  w[1] = 0x80 | (c >> 12 & 0x3f);
  w[2] = 0x80 | (c >> 6 & 0x3f);
  w[3] = 0x80 | (c & 0x3f);
  return 4;
}

// "..." decoded in place: the decoded bytes are never longer than the
// escapes they came from.
void lex_string(Lexer *lx, Token *t, char *p, bool space) {
  char *start = p + 1, *w = start;
  p = start;
  for (;;) {
    if (*p == '"') {
      p++;
      break;
    }
    if (*p == '\n') {
      error_at(line_pos(lx), "unterminated string");
      break;
    }
    uint32_t v;
    bool is_byte;
    if (!char_value(lx, &p, '"', &v, &is_byte))
      continue;
    if (is_byte)
      *w++ = v;
    else
      w += put_utf8(w, v);
  }
  lx->p = p;
  lex_tok(lx, t, TK_STRING, start, w - start, space);
}

void lex_char(Lexer *lx, Token *t, char *p, bool space) {
  char *start = p;
  p++;
  uint32_t v = 0;
  bool ok = true, is_byte;
  if (*p == '\'') {
    error_at(line_pos(lx), "empty character constant");
    ok = false;
  } else if (*p != '\n') {
    ok = char_value(lx, &p, '\'', &v, &is_byte);
  }
  if (*p == '\'') {
    p++;
  } else if (*p == '\n') {
    error_at(line_pos(lx), "unterminated character constant");
  } else {
    // Skip to the closing quote so that the rest is not lexed as code.
    char *q = p;
    while (*q != '\'' && *q != '\n')
      q++;
    if (ok)
      error_at(line_pos(lx), *q == '\'' ? "more than one character in character constant"
                                         : "unterminated character constant");
    p = *q == '\'' ? q + 1 : q;
  }
  lx->p = p;
  lex_tok(lx, t, TK_CHAR, start, p - start, space);
  t->num = ok ? v : 0;
}

void lex_number(Lexer *lx, Token *t, char *p, bool space) {
  char *start = p;
  int base = 10;
  if (p[0] == '0' && (p[1] | 0x20) == 'x')
    base = 16, p += 2;
  else if (p[0] == '0' && (p[1] | 0x20) == 'b' && (p[2] == '0' || p[2] == '1'))
    base = 2, p += 2;
  else if (p[0] == '0')
    base = 8;
  char *digits = p;
  uint64_t v = 0;
  bool overflow = false, bad = false;
  for (;; p++) {
    int d = hex_digit(*p);
    if (d < 0 || (base != 16 && d > 9))
      break;
    if (d >= base) {
      bad = true;
      continue;
    }
    if (v > (UINT64_MAX - d) / base)
      overflow = true;
    v = v * base + d;
  }
  uint32_t cp;
  if (p == digits || lex_ctype[(unsigned char)*p] & C_ID || *p == '.' || lex_uident(p, &cp)) {
    // 1.5, 12ab, 0x: run on to the end of what looks like one word.
    while (lex_ctype[(unsigned char)*p] & C_ID || *p == '.')
      p++;
    bad = true;
  }
  lx->p = p;
  lex_tok(lx, t, TK_NUM, start, p - start, space);
  t->badnum = bad ? NUM_MALFORMED : overflow ? NUM_OVERFLOW : 0;
  t->num = t->badnum ? 0 : v;
  if (!lx->define && !num_ok(t))
    t->badnum = 0;   // reported once, here
}

bool num_ok(const Token *t) {
  if (t->kind != TK_NUM || !t->badnum)
    return true;
  if (t->badnum == NUM_MALFORMED)
    error_at(t->pos, "malformed constant %.*s", t->len, t->s);
  else
    error_at(t->pos, "integer constant %.*s overflows 64 bits", t->len, t->s);
  return false;
}

