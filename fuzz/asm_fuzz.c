// asm_fuzz.c: the libFuzzer harness of `pic386 asm` (make fuzz; fuzz/README.md).
//
// One input goes through every stage of `pic386 asm` up to the GNU as text
// (preprocessor, parser, progedit, preprocess, emit and the -S listing),
// once in each mode: exe, -shared, -dynlink, -dynlink -bug=15916-morestack.
// It calls asm_translate, the very function cmd_asm calls: nothing in it
// exits on bad input (diag.c), and asm_release frees what a run leaves, so
// a leak in any stage is a leak here (LeakSanitizer checks every input).
//
// The input is written to <tmpdir>/in.s, so `#include "in.s"` is the file
// including itself; <tmpdir>/inc.h is a small header, and -I names the
// runtime's directory (textflag.h, go_asm.h, go_tls.h), as `pic386 build`
// does. The GNU as text goes to /dev/null through a FILE, as it goes to
// GNU as's pipe; the listing goes to stdout, which is /dev/null here.
#include "asm/asm.h"

#include "harness.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef FUZZ_INCLUDE_DIR
#define FUZZ_INCLUDE_DIR "runtime"
#endif

static char dir[4096];
static char *input, *header;
static FILE *devnull;

static void remove_dir(void) {
  unlink(input);
  unlink(header);
  rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  harness_mkdtemp(dir, sizeof dir, "fuzz");
  input = xasprintf("%s/in.s", dir);
  header = xasprintf("%s/inc.h", dir);
  static const char inc[] = "#define INC_H 1\n#define LOADX(r) MOVL x+0(FP), r\n";
  harness_write(header, inc, sizeof inc - 1);
  atexit(remove_dir);
  devnull = fopen("/dev/null", "w");
  int fd = open("/dev/null", O_WRONLY);
  if (!devnull || fd < 0 || dup2(fd, 1) < 0) {
    perror("/dev/null");
    abort();
  }
  close(fd);
  progname = "pic386 asm";
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static const char *const incdirs[] = {FUZZ_INCLUDE_DIR, NULL};
  static const char *const defines[] = {"GOOS_linux", "GOARCH_386", NULL};
  static const char *const shared_defines[] = {"GOOS_linux", "GOARCH_386", "GOBUILDMODE_shared", NULL};
  const AsmFlags modes[] = {
      {.want_list = true, .incdirs = incdirs, .defines = defines},
      {.shared = true, .want_list = true, .incdirs = incdirs, .defines = shared_defines},
      {.dynlink = true, .want_list = true, .pkg = "a/b", .incdirs = incdirs, .defines = shared_defines},
      {.dynlink = true, .bug_morestack = true, .want_list = true, .incdirs = incdirs,
       .defines = shared_defines},
  };
  harness_write(input, data, size);
  for (size_t i = 0; i < sizeof modes / sizeof *modes; i++) {
    asm_translate(&modes[i], input, devnull);
    asm_release();
  }
  return 0;
}
