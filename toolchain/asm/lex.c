// lex.c: the characters of one source file -> tokens.
//
// Input is read in large blocks into a buffer that always holds the whole
// physical line being lexed, followed by a '\n' sentinel, so the scanning
// loops need no bounds checks: every loop stops at a '\n', and a '\n' at
// `end` means the data is exhausted (and, because a whole line is always
// present, that the file is).
//
// Token text points into the buffer. The buffer is only moved or reused
// when no token returned since the last newline is still wanted: at the
// start of a physical line that follows a returned newline TK_EOL. When a
// statement continues over a line boundary (a /* */ comment, a backslash
// continuation) the buffer that holds its tokens is retired instead, and
// freed once the statement's newline has been returned. Strings and
// identifiers spelled with U+2215 are rewritten in place, which is why the
// text is never longer than the source it came from.
//
// cpp.c is the only user. The literals -- numbers, strings, character
// constants and their escapes -- are scanned by literal.c; the Lexer and the
// helpers the two share are in asm.h.
#include "asm/asm.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

// MAX_SOURCE bounds what one file may hold (README, "Limits"), so that a
// main input of /dev/zero or an endless pipe ends with a message, not with
// the machine's memory.
enum { BLOCK = 128 * 1024, MAX_SOURCE = 64 << 20 };

static const Pos *pos_of_line(Lexer *lx, int line) {
  return line == lx->line ? line_pos(lx) : pos_intern(&(Pos){lx->file, line, lx->from});
}

// ---------------------------------------------------------------- input

static char *find_lim(char *from, char *end, char *old) {
  char *nl = memrchr(from, '\n', end - from);
  return nl ? nl + 1 : old;
}

// Reads until the data from p on holds a whole line, or the file ends.
static void fill(Lexer *lx) {
  size_t keep = lx->end - lx->p;
  size_t cap = lx->cap;
  while (keep + lx->block / 2 > cap)
    cap *= 2;
  if (lx->buf_live) {
    // Returned tokens point into buf: keep it until their line is over.
    if (lx->nretired == lx->capretired) {
      lx->capretired = lx->capretired ? 2 * lx->capretired : 4;
      lx->retired = xrealloc(lx->retired, lx->capretired * sizeof *lx->retired);
    }
    lx->retired[lx->nretired++] = lx->buf;
    char *nb = xmalloc(cap + 1);
    memcpy(nb, lx->p, keep);
    lx->buf = nb;
    lx->buf_live = false;
  } else {
    memmove(lx->buf, lx->p, keep);
    if (cap != lx->cap)
      lx->buf = xrealloc(lx->buf, cap + 1);
  }
  lx->cap = cap;
  lx->p = lx->buf;
  lx->end = lx->buf + keep;
  lx->lim = find_lim(lx->buf, lx->end, lx->buf);
  while (lx->lim == lx->buf && !lx->eof) {
    if ((size_t)(lx->end - lx->buf) == lx->cap) {
      // A line longer than the buffer: nothing in buf is referenced yet.
      size_t n = lx->end - lx->buf;
      lx->cap *= 2;
      lx->buf = xrealloc(lx->buf, lx->cap + 1);
      lx->p = lx->buf;
      lx->end = lx->buf + n;
      lx->lim = lx->buf;
    }
    size_t room = lx->buf + lx->cap - lx->end;
    if (room > MAX_SOURCE + 1 - lx->nread)
      room = MAX_SOURCE + 1 - lx->nread;
    ssize_t n = read(lx->fd, lx->end, room);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      error_at(line_pos(lx), "read %s: %s", lx->file, strerror(errno));
      diag_stop();
      lx->eof = true;
      break;
    }
    if (n == 0) {
      lx->eof = true;
      break;
    }
    lx->nread += n;
    if (lx->nread > MAX_SOURCE) {
      error_at(line_pos(lx), "file larger than %d MB: the limit of one source file",
               MAX_SOURCE >> 20);
      diag_stop();
      lx->eof = true;
      lx->end = lx->p;   // nothing more of it is lexed
      lx->lim = lx->p;
      break;
    }
    char *from = lx->end;
    lx->end += n;
    lx->lim = find_lim(from, lx->end, lx->lim);
  }
  *lx->end = '\n';
}

// Called at the start of every physical line: afterwards the whole line is
// in the buffer, so only a sentinel '\n' can end it early, at end of file.
static inline void ensure(Lexer *lx) {
  if (lx->p >= lx->lim && !lx->eof)
    fill(lx);
}

static void free_retired(Lexer *lx) {
  for (int i = 0; i < lx->nretired; i++)
    free(lx->retired[i]);
  lx->nretired = 0;
}

static Lexer *new_lexer(const char *file, const Pos *from) {
  Lexer *lx = xcalloc(1, sizeof *lx);
  lx->file = file;
  lx->line = 1;
  lx->from = from;
  lx->bol = true;
  lx->need_ensure = true;
  return lx;
}

Lexer *lex_open_fd(int fd, bool close_fd, const char *file, const Pos *from) {
  Lexer *lx = new_lexer(file, from);
  lx->fd = fd;
  lx->close_fd = close_fd;
  // A small regular file gets a buffer its size (with room to see the end
  // of the file in the same read): most headers and tests are small.
  struct stat st;
  lx->block = BLOCK;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size < BLOCK / 2)
    while (lx->block / 2 > (size_t)st.st_size + 1 && lx->block > 256)
      lx->block /= 2;
  lx->cap = lx->block;
  lx->buf = xmalloc(lx->cap + 1);
  lx->p = lx->end = lx->lim = lx->buf;
  *lx->end = '\n';
  return lx;
}

Lexer *lex_open_mem(const char *file, const char *text, size_t len) {
  Lexer *lx = new_lexer(file, NULL);
  lx->fd = -1;
  lx->eof = true;
  lx->bol = false;   // a -D value is a body: '#' is no directive there
  lx->cap = len;
  lx->buf = xmalloc(len + 1);
  memcpy(lx->buf, text, len);
  lx->p = lx->buf;
  lx->end = lx->buf + len;
  lx->lim = find_lim(lx->buf, lx->end, lx->buf);
  *lx->end = '\n';
  return lx;
}

void lex_close(Lexer *lx) {
  if (!lx)
    return;
  if (lx->close_fd)
    close(lx->fd);
  free_retired(lx);
  free(lx->retired);
  free(lx->buf);
  free(lx);
}

void lex_set_define(Lexer *lx, bool on) { lx->define = on; }

// #line: the line after the directive is `line` of `file`.
void lex_set_line(Lexer *lx, const char *file, int line) {
  lx->file = file;
  lx->line = line;
  lx->pos = NULL;
}

// ---------------------------------------------------------------- characters

const unsigned char lex_ctype[256] = {
    [' '] = C_BLANK, ['\t'] = C_BLANK, ['\r'] = C_BLANK, ['\f'] = C_BLANK, ['\v'] = C_BLANK,
    ['_'] = C_ID,
    ['0'] = C_ID | C_DIGIT, ['1'] = C_ID | C_DIGIT, ['2'] = C_ID | C_DIGIT,
    ['3'] = C_ID | C_DIGIT, ['4'] = C_ID | C_DIGIT, ['5'] = C_ID | C_DIGIT,
    ['6'] = C_ID | C_DIGIT, ['7'] = C_ID | C_DIGIT, ['8'] = C_ID | C_DIGIT,
    ['9'] = C_ID | C_DIGIT,
#define L(c) [c] = C_ID, [c - 'a' + 'A'] = C_ID
    L('a'), L('b'), L('c'), L('d'), L('e'), L('f'), L('g'), L('h'), L('i'),
    L('j'), L('k'), L('l'), L('m'), L('n'), L('o'), L('p'), L('q'), L('r'),
    L('s'), L('t'), L('u'), L('v'), L('w'), L('x'), L('y'), L('z'),
#undef L
};

static bool is_alpha(unsigned char c) { return (lex_ctype[c] & (C_ID | C_DIGIT)) == C_ID && c != '_'; }

// Length of the well-formed UTF-8 sequence at s (0 if none) and its value.
// The sentinel '\n' stops every sequence, so s may be read up to it.
int lex_utf8(const unsigned char *s, uint32_t *cp) {
  int n;
  uint32_t c, min;
  if (s[0] < 0x80) {
    *cp = s[0];
    return 1;
  } else if (s[0] >= 0xc2 && s[0] <= 0xdf) {
    n = 2, c = s[0] & 0x1f, min = 0x80;
  } else if (s[0] >= 0xe0 && s[0] <= 0xef) {
    n = 3, c = s[0] & 0x0f, min = 0x800;
  } else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
    n = 4, c = s[0] & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  for (int i = 1; i < n; i++) {
    if ((s[i] & 0xc0) != 0x80)
      return 0;
    c = c << 6 | (s[i] & 0x3f);
  }
  if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
    return 0;
  *cp = c;
  return n;
}

enum { MIDDOT = 0xb7, DIVSLASH = 0x2215 };

// Go accepts Unicode letters in identifiers. Without Unicode tables we take
// every code point that is not plainly punctuation or a symbol.
static bool uletter(uint32_t c) {
  if (c < 0xc0)
    return c == 0xaa || c == 0xb5 || c == 0xba;
  if (c == 0xd7 || c == 0xf7)
    return false;
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xe000 && c <= 0xf8ff) || (c >= 0xfe00 && c <= 0xfe6f) ||
      (c >= 0xff00 && c <= 0xff20) || c >= 0xfff0)
    return false;
  return true;
}

// Length of the non-ASCII identifier character at s, or 0.
int lex_uident(const char *s, uint32_t *cp) {
  int n = lex_utf8((const unsigned char *)s, cp);
  if (n < 2)
    return 0;
  return *cp == MIDDOT || *cp == DIVSLASH || uletter(*cp) ? n : 0;
}

static bool is_middot(const char *s) { return (unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xb7; }

// Is the '/' at s part of an import path, as in a/b·x? Only if a letter
// follows it and a middle dot comes later in the same identifier run.
static bool path_slash(const char *start, const char *s) {
  uint32_t cp;
  if (!(is_alpha(*start) || (!is_middot(start) && lex_uident(start, &cp))))
    return false;
  if (!(is_alpha(s[1]) || (!is_middot(s + 1) && lex_uident(s + 1, &cp))))
    return false;
  for (const char *q = s + 1;;) {
    int n;
    if (lex_ctype[(unsigned char)*q] & C_ID || *q == '/')
      q++;
    else if ((n = lex_uident(q, &cp)) > 0) {
      if (cp == MIDDOT)
        return true;
      q += n;
    } else
      return false;
  }
}

// ---------------------------------------------------------------- tokens

static void bad_char(Lexer *lx, const char *s, int n) {
  unsigned char c = *s;
  uint32_t cp;
  if (c >= 0x20 && c < 0x7f)
    error_at(line_pos(lx), "unexpected character '%c'", c);
  else if (n > 1 && lex_utf8((const unsigned char *)s, &cp) == n)
    error_at(line_pos(lx), "unexpected character '%.*s'", n, s);
  else
    error_at(line_pos(lx), "unexpected character '\\x%02x'", c);
}

// Moves past a '\n' inside a token run (comment, continuation).
static char *cross_newline(Lexer *lx, char *p) {
  lx->line++;
  lx->pos = NULL;
  lx->p = p;
  ensure(lx);
  return lx->p;
}

// p is just after "/*". Returns the position after "*/".
static char *block_comment(Lexer *lx, char *p) {
  int line = lx->line;
  for (;;) {
    char c = *p;
    if (c == '*' && p[1] == '/')
      return p + 2;
    if (c == '\n') {
      if (p == lx->end) {
        error_at(pos_of_line(lx, line), "unterminated /* comment");
        return p;
      }
      p = cross_newline(lx, p + 1);
      continue;
    }
    p++;
  }
}

// Length of the backslash-newline at p, or 0.
static int continuation(Lexer *lx, const char *p) {
  if (p[1] == '\n' && p + 1 < lx->end)
    return 2;
  if (p[1] == '\r' && p[2] == '\n' && p + 2 < lx->end)
    return 3;
  return 0;
}

static void ident(Lexer *lx, Token *t, char *p, bool space) {
  char *start = p;
  bool divslash = false;
  for (;;) {
    uint32_t cp;
    int n;
    if (lex_ctype[(unsigned char)*p] & C_ID) {
      p++;
    } else if ((unsigned char)*p >= 0x80 && (n = lex_uident(p, &cp)) > 0) {
      divslash |= cp == DIVSLASH;
      p += n;
    } else if (*p == '/' && path_slash(start, p)) {
      p++;
    } else {
      break;
    }
  }
  char *end = p;
  if (divslash) {
    // runtime∕debug·x is Go's older spelling of runtime/debug·x.
    char *w = start;
    for (char *r = start; r < end;) {
      if ((unsigned char)r[0] == 0xe2 && (unsigned char)r[1] == 0x88 && (unsigned char)r[2] == 0x95) {
        *w++ = '/';
        r += 3;
      } else {
        *w++ = *r++;
      }
    }
    end = w;
  }
  if (p[0] == '<' && p[1] == '>') {
    // x<>: file-local. Copying keeps the text contiguous after a ∕ rewrite.
    end[0] = '<', end[1] = '>';
    end += 2;
    p += 2;
  }
  lx->p = p;
  lex_tok(lx, t, TK_IDENT, start, end - start, space);
}

static void directive(Lexer *lx, Token *t, char *p, bool space) {
  p++;   // '#'
  while (lex_ctype[(unsigned char)*p] & C_BLANK)
    p++;
  char *name = p;
  while (lex_ctype[(unsigned char)*p] & C_ID)
    p++;
  lx->p = p;
  lex_tok(lx, t, TK_DIRECTIVE, name, p - name, space);
}

// At the sentinel: the end of the file. A last line without its newline
// still ends a statement.
static void file_end(Lexer *lx, Token *t, char *p) {
  lx->p = p;
  if (lx->live) {
    lex_tok(lx, t, TK_EOL, "\n", 1, false);
    lx->live = lx->buf_live = false;
    lx->bol = true;
    return;
  }
  lex_tok(lx, t, TK_EOF, "", 0, false);
  lx->live = lx->buf_live = false;
}

// Before reading on: the buffers no token points into any more are freed,
// and a refill that a token's end asked for is done.
static void settle(Lexer *lx) {
  if (!lx->live && lx->nretired)
    free_retired(lx);
  if (lx->need_ensure) {
    lx->need_ensure = false;
    ensure(lx);
  }
}

void lex_next(Lexer *lx, Token *t) {
  settle(lx);
  char *p = lx->p;
  bool space = false;
again:
  for (;;) {
    unsigned char c = *p;
    if (lex_ctype[c] & C_BLANK) {
      p++;
      space = true;
      continue;
    }
    if (c == '\n') {
      if (p == lx->end) {
        file_end(lx, t, p);
        return;
      }
      if (lx->live) {
        lex_tok(lx, t, TK_EOL, "\n", 1, space);
        lx->p = p + 1;
        lx->line++;
        lx->pos = NULL;
        lx->live = lx->buf_live = false;
        lx->bol = true;
        lx->need_ensure = true;   // after the caller is done with this line
        return;
      }
      p = cross_newline(lx, p + 1);
      lx->bol = true;
      space = true;
      continue;
    }
    if (c == '/' && p[1] == '/') {
      p = rawmemchr(p, '\n');
      continue;
    }
    if (c == '/' && p[1] == '*') {
      p = block_comment(lx, p + 2);
      space = true;
      continue;
    }
    if (c == '\\') {
      int n = continuation(lx, p);
      if (n) {
        if (lx->define) {
          // Go: in a #define body, a continued line is a statement break.
          lex_tok(lx, t, TK_EOL, "\\\n", 2, space);
          cross_newline(lx, p + n);
          return;
        }
        p = cross_newline(lx, p + n);
        space = true;
        continue;
      }
    }
    break;
  }

  unsigned char c = *p;
  uint32_t cp;
  int n;
  if (lex_ctype[c] & C_DIGIT) {
    lex_number(lx, t, p, space);
    return;
  }
  if (lex_ctype[c] & C_ID) {
    ident(lx, t, p, space);
    return;
  }
  switch (c) {
  case '#':
    if (lx->bol) {
      directive(lx, t, p, space);
      return;
    }
    // fallthrough
  case '(': case ')': case ',': case '$': case '+': case '-': case '*':
  case '/': case '%': case '&': case '|': case '^': case '~': case ':':
  case '!': case '=':
    lx->p = p + 1;
    lex_tok(lx, t, TK_PUNCT, (char *)p, 1, space);
    return;
  case '<':
  case '>':
    if (p[1] == c) {
      lx->p = p + 2;
      lex_tok(lx, t, TK_PUNCT, (char *)p, 2, space);
      return;
    }
    break;
  case ';':
    lx->p = p + 1;
    lex_tok(lx, t, TK_EOL, ";", 1, space);
    return;
  case '"':
    lex_string(lx, t, p, space);
    return;
  case '\'':
    lex_char(lx, t, p, space);
    return;
  default:
    if (c >= 0x80 && (n = lex_uident(p, &cp)) > 0 && cp != DIVSLASH) {
      ident(lx, t, p, space);
      return;
    }
    break;
  }
  n = 1;
  if (c >= 0x80 && (n = lex_utf8((unsigned char *)p, &cp)) == 0)
    n = 1;
  bad_char(lx, p, n);
  p += n;
  lx->bol = false;
  space = true;
  goto again;
}

// ---------------------------------------------------------------- skipping

// Discards the rest of the line, and its newline, without diagnostics: it
// is text in a false #ifdef branch or after a bad directive. Comments and
// quotes are still recognised so that a "/*" or an #endif in them is not.
void lex_skip_line(Lexer *lx) {
  if (lx->need_ensure) {
    lx->need_ensure = false;
    ensure(lx);
  }
  char *p = lx->p;
  for (;;) {
    char c = *p;
    if (c == '\n') {
      if (p == lx->end)
        break;
      lx->p = p + 1;
      lx->line++;
      lx->pos = NULL;
      lx->live = lx->buf_live = false;
      lx->bol = true;
      lx->need_ensure = true;
      return;
    }
    if (c == '/' && p[1] == '/') {
      p = rawmemchr(p, '\n');
    } else if (c == '/' && p[1] == '*') {
      p = block_comment(lx, p + 2);
    } else if (c == '\\' && continuation(lx, p)) {
      p = cross_newline(lx, p + continuation(lx, p));
    } else if (c == '"' || c == '\'') {
      for (p++; *p != c && *p != '\n'; p++)
        if (*p == '\\' && p[1] != '\n')
          p++;
      if (*p == c)
        p++;
    } else {
      p++;
    }
  }
  lx->p = p;
  lx->live = lx->buf_live = false;
}

// In a false #ifdef branch: the next directive, or TK_EOF.
void lex_next_skipping(Lexer *lx, Token *t) {
  for (;;) {
    settle(lx);
    char *p = lx->p;
    for (;;) {
      if (lex_ctype[(unsigned char)*p] & C_BLANK)
        p++;
      else if (p[0] == '/' && p[1] == '*')
        p = block_comment(lx, p + 2);
      else
        break;
    }
    lx->p = p;
    if (*p == '\n' && p == lx->end) {
      file_end(lx, t, p);
      return;
    }
    if (*p == '#' && lx->bol) {
      directive(lx, t, p, false);
      return;
    }
    lx->bol = false;
    lx->live = false;
    lx->p = p;
    lex_skip_line(lx);
  }
}

// After #include: <file>, if that is what comes next.
bool lex_header_name(Lexer *lx, Token *t) {
  char *p = lx->p;
  while (lex_ctype[(unsigned char)*p] & C_BLANK)
    p++;
  if (*p != '<')
    return false;
  char *start = p + 1, *q = start;
  while (*q != '>' && *q != '\n')
    q++;
  if (*q != '>') {
    error_at(line_pos(lx), "missing > in #include");
    lx->p = q;
    lex_tok(lx, t, TK_STRING, start, q - start, true);
    return true;
  }
  lx->p = q + 1;
  lex_tok(lx, t, TK_STRING, start, q - start, true);
  return true;
}
