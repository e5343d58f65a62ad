// asmdeps.c: the files an assembly source reads, as `pic386 asm` would
// read them: the assembler's own preprocessor is run over the file with
// the same -I and -D, so every #include is resolved as the assembly will
// resolve it (search order, -I directories, conditional inclusion, headers
// that include headers). A second, simpler scanner could disagree with it;
// this cannot.
//
// It runs in a child process: a malformed file's diagnostics, and the exits
// of its fatal errors, belong to the `pic386 asm` that will run on it and
// report them, not to the build that asks.
#include "pic386.h"

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
