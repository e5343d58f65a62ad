// main.c: `pic386 <command>`.
#include "build/build.h"
#include "vet/vet.h"

#include <string.h>

int cmd_compile(int argc, char **argv);   // compile/compile.c

static const char usage[] =
    "usage: pic386 <command> [arguments]\n"
    "commands:\n"
    "  asm      assemble Go 1.7-dialect 386 assembly (Go's obj6 passes) with GNU as\n"
    "  compile  compile a package of a Go subset to Go 1.7-dialect 386 assembly\n"
    "  build    build packages: static executables, shared libraries, -linkshared programs\n"
    "  run      run an i386 program under qemu-i386 or natively\n"
    "  repro    reproduce Go issue 15916: each fix on and off, built, run and shown\n"
    "  vet      prove i386 modules call PIC PLT entries with EBX = GOT (Go 15916's bug class)\n"
    "  version  print the version\n"
    "Run 'pic386 <command> -h' for a command's flags.\n";

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs(usage, stderr);
    return 2;
  }
  const char *cmd = argv[1];
  if (strcmp(cmd, "asm") == 0) {
    progname = "pic386 asm";
    return cmd_asm(argc - 1, argv + 1);
  }
  if (strcmp(cmd, "build") == 0) {
    progname = "pic386 build";
    return cmd_build(argc - 1, argv + 1);
  }
  if (strcmp(cmd, "compile") == 0) {
    progname = "pic386 compile";
    return cmd_compile(argc - 1, argv + 1);
  }
  if (strcmp(cmd, "run") == 0) {
    progname = "pic386 run";
    return cmd_run(argc - 1, argv + 1);
  }
  if (strcmp(cmd, "repro") == 0) {
    progname = "pic386 repro";
    return cmd_repro(argc - 1, argv + 1);
  }
  if (strcmp(cmd, "vet") == 0) {
    progname = "pic386 vet";
    return cmd_vet(argc - 1, argv + 1);
  }
  if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
    printf("pic386 %s\n", PIC386_VERSION);
    return 0;
  }
  if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
    fputs(usage, stdout);
    return 0;
  }
  fprintf(stderr, "pic386: unknown command %s\n%s", cmd, usage);
  return 2;
}
