// buildabi.c: the ABI hash of a shared library, which `pic386 build` records
// in each module's moduledata and runtime/abi.c compares at start-up, as Go
// 1.7's runtime compared the module hashes of a program and its libraries.
#include "build/build.h"

#include <stdlib.h>
#include <string.h>

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

// The ABI of a shared library, as the modules linked against it saw it:
// the names and kinds of its exported symbols, and the sizes of its data
// objects (a function's body may change; a variable's size may not, an
// executable may hold a copy of it). readelf, not nm: only definitions of
// default visibility are exported.
bool abi_hash(const char *readelf, char *const *objs, int nobjs, char out[65]) {
  char **argv = xcalloc(nobjs + 3, sizeof *argv);
  argv[0] = (char *)readelf;
  argv[1] = "-sW";
  for (int i = 0; i < nobjs; i++)
    argv[i + 2] = objs[i];
  Buf o = {0};
  int rc = run_capture(argv, &o, false);
  free(argv);
  if (rc != 0) {
    buf_free(&o);
    return false;
  }
  buf_putc(&o, 0);
  char **lines = NULL;
  size_t n = 0, cap = 0;
  for (char *line = strtok(o.buf, "\n"); line; line = strtok(NULL, "\n")) {
    char size[32], type[32], bind[32], vis[32], ndx[32];
    int name = 0;
    if (sscanf(line, " %*d: %*x %31s %31s %31s %31s %31s %n", size, type, bind, vis, ndx, &name) != 5 ||
        !name)
      continue;
    if ((strcmp(bind, "GLOBAL") && strcmp(bind, "WEAK")) || strcmp(vis, "DEFAULT") ||
        !strcmp(ndx, "UND"))
      continue;
    if (n == cap)
      lines = xrealloc(lines, (cap = cap ? 2 * cap : 64) * sizeof *lines);
    lines[n++] = strcmp(type, "FUNC") ? xasprintf("%s %s %s", line + name, type, size)
                                      : xasprintf("%s FUNC", line + name);
  }
  buf_free(&o);
  qsort(lines, n, sizeof *lines, cmp_str);
  Sha256 h;
  sha256_init(&h);
  for (size_t i = 0; i < n; i++)
    if (i == 0 || strcmp(lines[i], lines[i - 1]))
      sha256_update(&h, lines[i], strlen(lines[i]) + 1);
  sha256_hex(&h, out);
  for (size_t i = 0; i < n; i++)
    free(lines[i]);
  free(lines);
  return true;
}
