// runprog.c: `pic386 run`, an i386 program under qemu-i386 or natively.
#include "build/build.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
    "usage: pic386 run [-native] prog [args...]\n"
    "  runs an i386 program under qemu-i386 (the default) or natively; the exit\n"
    "  status is the program's.\n"
    "environment: PIC386_QEMU (default qemu-i386), PIC386_QEMU_CPU (qemu's -cpu),\n"
    "PIC386_SYSROOT (qemu's -L for dynamically linked programs; default\n"
    "/usr/i686-linux-gnu, the i386 libraries of Debian's cross packages)\n";

// An ELF executable for i386: what a kernel that cannot run i386 refuses
// with ENOEXEC, as it refuses any other format it does not know.
static bool is_i386_elf(const char *path) {
  unsigned char h[20];
  int fd = open(path, O_RDONLY);
  if (fd < 0)
    return false;
  bool ok = read(fd, h, sizeof h) == (ssize_t)sizeof h && !memcmp(h, "\x7f" "ELF", 4) &&
            h[4] == 1 && h[18] == 3 && h[19] == 0;  // ELFCLASS32, EM_386 (little-endian)
  close(fd);
  return ok;
}

static const struct option options[] = {
    {"native", no_argument, NULL, 'n'},
    {"h", no_argument, NULL, 'h'},
    {"help", no_argument, NULL, 'h'},
    {0},
};

int cmd_run(int argc, char **argv) {
  bool native = false;
  // The flags end at the program: what follows is its own.
  FlagSet fs = {.cmd = "run", .usage = usage, .needs = "flag -%s needs an argument",
                .opts = options, .in_order = true};
  for (int f; (f = flag_next(&fs, argc, argv)) != FLAG_END;) {
    if (f == FLAG_BAD)
      return 2;
    if (f == 'h') {
      fputs(usage, stdout);
      return 0;
    }
    native = true;
  }
  int i = optind;
  if (i >= argc) {
    fprintf(stderr, "pic386 run: no program named\n%s", usage);
    return 2;
  }
  char *prog = argv[i];
  if (access(prog, F_OK) != 0) {
    fprintf(stderr, "pic386 run: %s: %s\n", prog, strerror(errno));
    return 1;
  }
  // A bare name means the file here, not a search of PATH.
  char *here = strchr(prog, '/') ? NULL : xasprintf("./%s", prog);
  if (here)
    prog = here;
  fflush(NULL);
  if (native) {
    argv[i] = prog;
    execv(prog, argv + i);
    if (errno == ENOENT)
      fprintf(stderr, "pic386 run: cannot run %s natively: its i386 dynamic loader is missing "
                      "(on amd64: apt-get install libc6-i386; or use qemu-i386, the default)\n",
              prog);
    else if (errno == ENOEXEC && !is_i386_elf(prog))
      fprintf(stderr, "pic386 run: %s: not an i386 program (exec format error)\n", prog);
    else if (errno == ENOEXEC)
      // An x86_64 kernel built or booted without IA-32 emulation refuses
      // every i386 ELF: say so, and what still works.
      fprintf(stderr, "pic386 run: cannot run %s natively: this host's kernel does not run i386 "
                      "programs (exec format error: no IA-32 emulation); run it under qemu-i386 "
                      "instead: pic386 run without -native\n", prog);
    else
      fprintf(stderr, "pic386 run: %s: %s\n", prog, strerror(errno));
    free(here);
    return 1;
  }
  const char *qemu = getenv("PIC386_QEMU");
  const char *cpu = getenv("PIC386_QEMU_CPU");
  const char *root = getenv("PIC386_SYSROOT");
  qemu = qemu && *qemu ? qemu : "qemu-i386";
  char **qv = xcalloc(argc + 8, sizeof *qv);
  int n = 0;
  qv[n++] = (char *)qemu;
  qv[n++] = "-L";
  qv[n++] = (char *)(root && *root ? root : "/usr/i686-linux-gnu");
  if (cpu && *cpu) {
    qv[n++] = "-cpu";
    qv[n++] = (char *)cpu;
  }
  qv[n++] = prog;
  for (int k = i + 1; k < argc; k++)
    qv[n++] = argv[k];
  execvp(qemu, qv);
  if (errno == ENOENT)
    fprintf(stderr, "pic386 run: %s not found: install qemu-user (ci/install-deps), or use -native "
                    "on a host that runs i386\n", qemu);
  else
    fprintf(stderr, "pic386 run: cannot run %s: %s\n", qemu, strerror(errno));
  free(qv);
  free(here);
  return 127;
}
