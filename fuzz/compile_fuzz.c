// compile_fuzz.c: the libFuzzer harness of `pic386 compile`'s front and
// back end (make fuzz-compile; fuzz/README.md).
//
// One input is one Go file, <tmpdir>/in/a.go, compiled as `pic386 compile`
// compiles it, twice: for a static build and with -dynlink. It calls
// compile_go and compile_release, the functions cmd_compile calls: nothing
// in them exits on bad input (a syntax error or the tenth error unwinds to
// compile_go), so every input runs the command's own code, and a leak in any
// stage is a leak here (LeakSanitizer checks every input). An internal error
// still exits: that is a bug, which libFuzzer reports.
//
// The file may import "dep", a small package of the harness's own in
// <tmpdir>/src/dep (a type with a method and an embedded field, a function,
// a variable, a constant), found through -I as `pic386 build` passes it,
// and "runtime", which the compiler knows.
#include "compile/compile.h"

#include "harness.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[4096];
static char *srcdir, *depdir, *depfile, *indir, *input;

static void remove_dir(void) {
  unlink(input);
  unlink(depfile);
  rmdir(indir);
  rmdir(depdir);
  rmdir(srcdir);
  rmdir(dir);
}

static void make_dir(const char *path) {
  if (mkdir(path, 0755) != 0) {
    perror(path);
    abort();
  }
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  harness_mkdtemp(dir, sizeof dir, "cfuzz");
  srcdir = xasprintf("%s/src", dir);
  depdir = xasprintf("%s/src/dep", dir);
  depfile = xasprintf("%s/src/dep/dep.go", dir);
  indir = xasprintf("%s/in", dir);
  input = xasprintf("%s/in/a.go", dir);
  make_dir(srcdir);
  make_dir(depdir);
  make_dir(indir);
  static const char dep[] =
      "package dep\n\n"
      "const K = 7\n\n"
      "var V int\n"
      "var S = []string{\"hi\"}\n\n"
      "type Base struct{ X int }\n\n"
      "func (b *Base) Method() int { return b.X }\n\n"
      "type T struct {\n\tBase\n\tName string\n}\n\n"
      "func F(a, b int) (int, bool) {\n\tdefer func() { V++ }()\n\treturn a + b, a < b\n}\n\n"
      "func ImplementedInAsm()\n";
  harness_write(depfile, dep, sizeof dep - 1);
  atexit(remove_dir);
  import_dirs[0] = srcdir;
  nimport_dirs = 1;
  progname = "pic386 compile";
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  harness_write(input, data, size);
  const char *files[] = {input};
  for (int dynlink = 0; dynlink <= 1; dynlink++) {
    gen.dynlink = dynlink;
    compile_go(files, 1, NULL);
    compile_release();
  }
  return 0;
}
