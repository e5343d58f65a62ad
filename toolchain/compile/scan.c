// scan.c: Go source -> tokens. Go's scanner rules: a newline after an
// identifier, a literal, one of the keywords break/continue/fallthrough/
// return, or one of ++ -- ) ] } ends the statement with an implicit ";".
#include "compile.h"

#include <ctype.h>
#include <string.h>

static const char *keywords[] = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else",
    "fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
    "map", "package", "range", "return", "select", "struct", "switch", "type",
    "var", NULL,
};

// The string literal being decoded (see scan_next).
static Buf litbuf;

void scan_reset(void) {
  buf_free(&litbuf);
}

void scan_init(Scanner *s, const char *file, const char *src) {
  memset(s, 0, sizeof *s);
  s->file = file;
  s->src = s->p = src;
  s->line = 1;
  s->linestart = src;
  s->last = T_OP;
  s->lasts = ";";
  s->lastlen = 1;
}

static CPos here(Scanner *s, const char *p) {
  return (CPos){s->file, s->line, (int)(p - s->linestart) + 1};
}

// Whether a newline after the last token ends a statement.
static bool needsemi(Scanner *s) {
  switch (s->last) {
  case T_IDENT: case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
    return true;
  case T_KEYWORD:
    return (s->lastlen == 5 && !strncmp(s->lasts, "break", 5)) ||
           (s->lastlen == 8 && !strncmp(s->lasts, "continue", 8)) ||
           (s->lastlen == 11 && !strncmp(s->lasts, "fallthrough", 11)) ||
           (s->lastlen == 6 && !strncmp(s->lasts, "return", 6));
  case T_OP:
    return (s->lastlen == 2 && (!strncmp(s->lasts, "++", 2) || !strncmp(s->lasts, "--", 2))) ||
           (s->lastlen == 1 && strchr(")]}", s->lasts[0]));
  default:
    return false;
  }
}

static void settok(Scanner *s, GToken *t, GTokKind k, CPos p, const char *txt, int len) {
  t->kind = k;
  t->pos = p;
  t->s = txt;
  t->len = len;
  t->autosemi = false;
  s->last = k;
  s->lasts = txt;
  s->lastlen = len;
}

// One escape after the backslash at *pp; returns the value (a code point
// for \u, a byte otherwise) and whether it is a byte value.
static int64_t escape(Scanner *s, const char **pp, char quote, bool *isbyte) {
  const char *p = *pp;
  CPos at = here(s, p - 1);
  int c = *p++;
  *isbyte = false;
  int64_t v = 0;
  int n = 0, base = 0;
  GoEscape e = go_escape((char)c);   // internal/util.c: the table pic386 asm's lexer uses too
  if (e.value >= 0) {
    v = e.value;
  } else if (e.ndigits) {
    n = e.ndigits, base = e.base, *isbyte = e.is_byte;
    if (base == 8)
      p--;
  } else if (c == quote) {
    v = c;
  } else {
    cfatal(at, "unknown escape sequence");
  }
  for (int i = 0; i < n; i++) {
    int d = *p;
    int dv = hex_digit((char)d);
    if (dv < 0 || dv >= base)
      cfatal(at, "invalid character %c in %s escape", d ? d : ' ', base == 8 ? "octal" : "hexadecimal");
    v = v * base + dv;
    p++;
  }
  if (base == 8 && v > 255)
    cfatal(at, "octal escape value > 255: %lld", (long long)v);
  *pp = p;
  return v;
}

static void put_utf8(Buf *b, uint32_t c) {
  if (c < 0x80) {
    buf_putc(b, (char)c);
  } else if (c < 0x800) {
    buf_putc(b, (char)(0xc0 | c >> 6));
    buf_putc(b, (char)(0x80 | (c & 0x3f)));
  } else if (c < 0x10000) {
    buf_putc(b, (char)(0xe0 | c >> 12));
    buf_putc(b, (char)(0x80 | (c >> 6 & 0x3f)));
    buf_putc(b, (char)(0x80 | (c & 0x3f)));
  } else {
    buf_putc(b, (char)(0xf0 | c >> 18));
    buf_putc(b, (char)(0x80 | (c >> 12 & 0x3f)));
    buf_putc(b, (char)(0x80 | (c >> 6 & 0x3f)));
    buf_putc(b, (char)(0x80 | (c & 0x3f)));
  }
}

// Decodes one UTF-8 sequence; returns its length (1 for a bad byte).
static int utf8_dec(const char *p, uint32_t *cp) {
  const unsigned char *u = (const unsigned char *)p;
  if (u[0] < 0x80) { *cp = u[0]; return 1; }
  if ((u[0] & 0xe0) == 0xc0 && (u[1] & 0xc0) == 0x80) { *cp = (u[0] & 0x1f) << 6 | (u[1] & 0x3f); return 2; }
  if ((u[0] & 0xf0) == 0xe0 && (u[1] & 0xc0) == 0x80 && (u[2] & 0xc0) == 0x80) {
    *cp = (u[0] & 0x0f) << 12 | (u[1] & 0x3f) << 6 | (u[2] & 0x3f);
    return 3;
  }
  if ((u[0] & 0xf8) == 0xf0 && (u[1] & 0xc0) == 0x80 && (u[2] & 0xc0) == 0x80 && (u[3] & 0xc0) == 0x80) {
    *cp = (u[0] & 0x07) << 18 | (u[1] & 0x3f) << 12 | (u[2] & 0x3f) << 6 | (u[3] & 0x3f);
    return 4;
  }
  *cp = 0xfffd;
  return 1;
}

static bool identstart(const char *p) {
  return isalpha((unsigned char)*p) || *p == '_' || (unsigned char)*p >= 0x80;
}

void scan_next(Scanner *s, GToken *t) {
  const char *p = s->p;
  for (;;) {
    if (*p == '\n') {
      if (needsemi(s)) {
        settok(s, t, T_OP, here(s, p), ";", 1);
        t->autosemi = true;
        s->p = p;
        s->last = T_OP;
        s->lasts = "\n";
        return;
      }
      p++;
      s->line++;
      s->linestart = p;
    } else if (*p == ' ' || *p == '\t' || *p == '\r') {
      p++;
    } else if (p[0] == '/' && p[1] == '/') {
      while (*p && *p != '\n')
        p++;
    } else if (p[0] == '/' && p[1] == '*') {
      CPos at = here(s, p);
      bool nl = false;
      p += 2;
      while (*p && !(p[0] == '*' && p[1] == '/')) {
        if (*p == '\n') {
          nl = true;
          s->line++;
          s->linestart = p + 1;
        }
        p++;
      }
      if (!*p)
        cfatal(at, "comment not terminated");
      p += 2;
      if (nl && needsemi(s)) {
        settok(s, t, T_OP, here(s, p), ";", 1);
        t->autosemi = true;
        s->p = p;
        s->last = T_OP;
        s->lasts = "\n";
        return;
      }
    } else {
      break;
    }
  }
  CPos pos = here(s, p);
  if (!*p) {
    if (needsemi(s)) {
      settok(s, t, T_OP, pos, ";", 1);
      t->autosemi = true;
      s->last = T_EOF;
      s->p = p;
      return;
    }
    settok(s, t, T_EOF, pos, "", 0);
    s->p = p;
    return;
  }
  const char *start = p;
  if (identstart(p)) {
    while (isalnum((unsigned char)*p) || *p == '_' || (unsigned char)*p >= 0x80)
      p++;
    int n = (int)(p - start);
    GTokKind k = T_IDENT;
    for (int i = 0; keywords[i]; i++)
      if ((int)strlen(keywords[i]) == n && !strncmp(keywords[i], start, n))
        k = T_KEYWORD;
    settok(s, t, k, pos, start, n);
    s->p = p;
    return;
  }
  if (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1]))) {
    bool isfloat = false;
    uint64_t v = 0;
    bool overflow = false;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) {
      p += 2;
      if (!isxdigit((unsigned char)*p))
        cfatal(pos, "malformed hex constant");
      while (isxdigit((unsigned char)*p) || *p == '_') {
        if (*p != '_') {
          int d = isdigit((unsigned char)*p) ? *p - '0' : (tolower((unsigned char)*p) - 'a' + 10);
          if (v >> 60)
            overflow = true;
          v = v * 16 + d;
        }
        p++;
      }
    } else {
      const char *q = p;
      while (isdigit((unsigned char)*q) || *q == '_')
        q++;
      if (*q == '.' || *q == 'e' || *q == 'E' || *q == 'i')
        isfloat = true;
      if (isfloat) {
        while (isalnum((unsigned char)*q) || *q == '.' || ((*q == '+' || *q == '-') && (q[-1] == 'e' || q[-1] == 'E')))
          q++;
        bool imag = q[-1] == 'i';
        settok(s, t, imag ? T_IMAG : T_FLOAT, pos, start, (int)(q - start));
        s->p = q;
        return;
      }
      bool octal = p[0] == '0';
      for (; isdigit((unsigned char)*p) || *p == '_'; p++) {
        if (*p == '_')
          continue;
        int d = *p - '0';
        if (octal && d > 7)
          cfatal(pos, "invalid digit '%c' in octal literal", *p);
        uint64_t nv = v * (octal ? 8 : 10) + d;
        if (nv / (octal ? 8 : 10) != v)
          overflow = true;
        v = nv;
      }
    }
    if (isalpha((unsigned char)*p))
      cfatal(here(s, p), "syntax error: unexpected %c after number", *p);
    if (overflow || v > (uint64_t)INT64_MAX) {
      // Go keeps untyped constants exact; this subset keeps 64 bits.
      if (overflow)
        cfatal(pos, "constant %.*s overflows 64 bits (pic386 compile keeps untyped constants in 64 bits)", (int)(p - start), start);
    }
    settok(s, t, T_INT, pos, start, (int)(p - start));
    t->ival = (int64_t)v;
    s->p = p;
    return;
  }
  if (*p == '"' || *p == '`') {
    // The literal is decoded into a buffer that outlives this call: an
    // escape error longjmps out of escape(), and scan_reset frees it then.
    Buf *b = &litbuf;
    b->len = 0;
    char q = *p++;
    for (;;) {
      if (!*p || (q == '"' && *p == '\n'))
        cfatal(pos, "string literal not terminated");
      if (*p == q) {
        p++;
        break;
      }
      if (q == '"' && *p == '\\') {
        p++;
        bool isbyte;
        int64_t v = escape(s, &p, '"', &isbyte);
        if (isbyte)
          buf_putc(b, (char)v);
        else
          put_utf8(b, (uint32_t)v);
        continue;
      }
      if (*p == '\n') {
        s->line++;
        s->linestart = p + 1;
      }
      if (*p != '\r')
        buf_putc(b, *p);
      p++;
    }
    char *v = cstrndup(b->buf ? b->buf : "", b->len);
    settok(s, t, T_STRING, pos, v, (int)b->len);
    s->p = p;
    return;
  }
  if (*p == '\'') {
    p++;
    int64_t v;
    if (*p == '\\') {
      p++;
      bool isbyte;
      v = escape(s, &p, '\'', &isbyte);
    } else if (*p == '\'' || *p == '\n' || !*p) {
      cfatal(pos, "empty rune literal or unescaped ' in rune literal");
    } else {
      uint32_t cp;
      p += utf8_dec(p, &cp);
      v = cp;
    }
    if (*p != '\'')
      cfatal(pos, "rune literal not terminated");
    p++;
    settok(s, t, T_CHAR, pos, start, (int)(p - start));
    t->ival = v;
    s->p = p;
    return;
  }
  static const char *ops[] = {
      "<<=", ">>=", "&^=", "...", "&&", "||", "<-", "++", "--", "==", "!=", "<=", ">=",
      ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<", ">>", "&^", NULL,
  };
  for (int i = 0; ops[i]; i++) {
    int n = (int)strlen(ops[i]);
    if (!strncmp(p, ops[i], n)) {
      settok(s, t, T_OP, pos, ops[i], n);
      s->p = p + n;
      return;
    }
  }
  if (strchr("+-*/%&|^<>=!()[]{},;.:~", *p)) {
    settok(s, t, T_OP, pos, p, 1);
    s->p = p + 1;
    return;
  }
  cfatal(pos, "invalid character %#x", (unsigned char)*p);
}
