// repro.c: `pic386 repro ISSUE`, a Go issue reproduced with the toolchain's
// -bug switches. The work is done by a bash script that ships with the
// toolchain, repro-ISSUE/repro (repro/ISSUE/repro in a source tree); this
// finds it as pkg.c finds the runtime and runs it with PIC386 naming this
// binary.
#include "build/build.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage[] =
    "usage: pic386 repro ISSUE [-work]\n"
    "  builds and runs the reproduction of Go issue ISSUE: its programs with each\n"
    "  fix on and off, static and -linkshared, under qemu-i386 and natively; prints\n"
    "  what each build did and the code each fix changes. Exit status 0 when every\n"
    "  result is the expected one, 1 when not.\n"
    "  -work   keep the work directory (the builds and each run's output)\n"
    "issues:\n"
    "  15916   defer in a 386 shared library crashes\n"
    "environment: PIC386_RUNTIME (the runtime; the script is looked for beside it\n"
    "first), PIC386_CACHE (pic386 build's cache), R15916_NATIVE=0 (no native runs)\n";

static const char *const issues[] = {"15916"};

// The script for `issue`, into out: beside the runtime named by
// PIC386_RUNTIME (an installed tree, or runtime/ of a source tree), else
// beside this binary: PREFIX/lib/pic386 when installed, repro/ of a source
// tree (product data, not the suites that check it).
static bool find_script(const char *self, const char *issue, char *out, size_t n) {
  char dir[PATH_MAX];
  const char *rt = getenv("PIC386_RUNTIME");
  snprintf(dir, sizeof dir, "%s", self);
  char *slash = strrchr(dir, '/');
  if (slash)
    *slash = 0;
  const char *fmts[][2] = {
      {rt, "%s/../repro-%s/repro"},
      {rt, "%s/../repro/%s/repro"},
      {dir, "%s/../lib/pic386/repro-%s/repro"},
      {dir, "%s/../repro/%s/repro"},
  };
  for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
    const char *base = fmts[i][0];
    if (!base || !*base)
      continue;
    int len = snprintf(out, n, fmts[i][1], base, issue);
    if (len < 0 || (size_t)len >= n)
      continue;
    if (access(out, R_OK) == 0)
      return true;
  }
  return false;
}

static const struct option options[] = {
    {"h", no_argument, NULL, 'h'},
    {"help", no_argument, NULL, 'h'},
    {0},
};

int cmd_repro(int argc, char **argv) {
  // The flags end at the issue: what follows is the script's (-work).
  FlagSet fs = {.cmd = "repro", .usage = usage, .needs = "flag -%s needs an argument",
                .opts = options, .in_order = true};
  for (int f; (f = flag_next(&fs, argc, argv)) != FLAG_END;) {
    if (f == FLAG_BAD)
      return 2;
    fputs(usage, stdout);
    return 0;
  }
  if (optind >= argc) {
    fprintf(stderr, "pic386 repro: no issue named\n%s", usage);
    return 2;
  }
  const char *issue = argv[optind];
  bool known = false;
  for (size_t i = 0; i < sizeof issues / sizeof issues[0]; i++)
    known = known || !strcmp(issue, issues[i]);
  if (!known) {
    fprintf(stderr, "pic386 repro: no reproduction of issue %s\n%s", issue, usage);
    return 2;
  }

  const char *self = find_self();
  if (!self) {
    fprintf(stderr, "pic386 repro: cannot find this binary: %s\n", strerror(errno));
    return 1;
  }
  char script[PATH_MAX];
  if (!find_script(self, issue, script, sizeof script)) {
    fprintf(stderr,
            "pic386 repro: cannot find repro-%s/repro beside the runtime or this binary "
            "(set PIC386_RUNTIME)\n",
            issue);
    return 1;
  }
  if (setenv("PIC386", self, 1) != 0) {
    fprintf(stderr, "pic386 repro: %s\n", strerror(errno));
    return 1;
  }
  // bash, the script, then the arguments after the issue number.
  char **av = xcalloc((size_t)argc + 2, sizeof *av);
  av[0] = "bash";
  av[1] = script;
  for (int i = optind + 1; i < argc; i++)
    av[i - optind + 1] = argv[i];
  fflush(NULL);
  execvp("bash", av);
  fprintf(stderr, "pic386 repro: cannot run bash %s: %s\n", script, strerror(errno));
  free(av);
  return 127;
}
