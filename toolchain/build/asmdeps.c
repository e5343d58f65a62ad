// asmdeps.c: what an assembly source depends on, for `pic386 build`: the
// packages it imports (the packages its symbols name), and the files it
// reads as `pic386 asm` would read them: the assembler's own preprocessor is run over the file with
// the same -I and -D, so every #include is resolved as the assembly will
// resolve it (search order, -I directories, conditional inclusion, headers
// that include headers). A second, simpler scanner could disagree with it;
// this cannot.
//
// It runs in a child process: a malformed file's diagnostics, and the exits
// of its fatal errors, belong to the `pic386 asm` that will run on it and
// report them, not to the build that asks.
#include "build/build.h"

#include <string.h>

typedef struct {
  const char *path;
  const char *const *incdirs, *const *defines;
} Scan;

// Each file tried, as "F<path>\0" (found) or "A<path>\0" (absent), on stdout.
static void tell(void *arg, const char *path, bool found) {
  (void)arg;
  fputc(found ? 'F' : 'A', stdout);
  fputs(path, stdout);
  fputc(0, stdout);
}

static int scan(void *arg) {
  Scan *s = arg;
  Cpp *cpp = cpp_open(s->path, s->incdirs, s->defines);
  cpp_on_include(cpp, tell, NULL);
  while (cpp_next(cpp).kind != TK_EOF)
    ;
  cpp_close(cpp);
  return nerrors ? 1 : 0;
}

bool asm_includes(const char *path, const char *const *incdirs, const char *const *defines,
                  void (*fn)(void *arg, const char *path, bool found), void *arg) {
  Scan s = {path, incdirs, defines};
  Buf out = {0};
  int st = run_func_capture(scan, &s, &out);
  for (size_t i = 0; i < out.len;) {
    const char *rec = out.buf + i;
    const char *end = memchr(rec, 0, out.len - i);
    if (!end || (rec[0] != 'F' && rec[0] != 'A')) {
      st = -1;
      break;
    }
    fn(arg, rec + 1, rec[0] == 'F');
    i += end - rec + 1;
  }
  buf_free(&out);
  return st == 0;
}

// Import paths named by `path·sym` references, outside comments and strings.
void scan_imports(const char *text, Map *out, bool *defines_main, bool *defines_dotmain) {
  static const char dot[] = "\xc2\xb7";
  for (const char *s = text; *s; s++) {
    if (s[0] == '/' && s[1] == '/') {
      while (*s && *s != '\n')
        s++;
      if (!*s)
        break;
      continue;
    }
    if (s[0] == '/' && s[1] == '*') {
      const char *e = strstr(s + 2, "*/");
      if (!e)
        break;
      s = e + 1;
      continue;
    }
    if (*s == '"') {
      for (s++; *s && *s != '"' && *s != '\n'; s++)
        if (*s == '\\' && s[1])
          s++;
      if (!*s)
        break;
      continue;
    }
    if (memcmp(s, dot, 2) != 0)
      continue;
    // TEXT ·main(SB): main.main once the package is assembled with -p main.
    if (s - text >= 1 && !strncmp(s + 2, "main(SB)", 8) &&
        (s[-1] == ' ' || s[-1] == '\t' || s[-1] == ','))
      *defines_dotmain = true;
    const char *start = s;
    while (start > text) {
      unsigned char c = start[-1];
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
          c == '/' || c == '.' || c == '-')
        start--;
      else if (start - text >= 3 && memcmp(start - 3, "\xe2\x88\x95", 3) == 0)
        start -= 3;  // U+2215, the division slash Go's runtime writes in paths
      else
        break;
    }
    // ·f·g (a closure's funcval, "".f·g) names no package: what precedes
    // the second dot is part of the same identifier.
    bool qualifier = start < s && !(start - text >= 2 && memcmp(start - 2, dot, 2) == 0);
    if (qualifier) {
      Buf path = {0};
      for (const char *q = start; q < s; q++) {
        if (memcmp(q, "\xe2\x88\x95", 3) == 0) {
          buf_putc(&path, '/');
          q += 2;
        } else {
          buf_putc(&path, *q);
        }
      }
      buf_putc(&path, 0);
      if (strcmp(path.buf, "main") == 0) {
        const char *n = s + 2;
        if (strncmp(n, "main", 4) == 0 && !(n[4] == '_' || (n[4] >= 'a' && n[4] <= 'z') ||
                                            (n[4] >= 'A' && n[4] <= 'Z') || (n[4] >= '0' && n[4] <= '9')))
          *defines_main = true;
      } else {
        map_put(out, path.buf, NULL);
      }
      buf_free(&path);
    }
    s++;
  }
}
