// files.c: the file-system chores every command does the same way: this
// binary's own path, `mkdir -p` and `rm -rf` done in process (no child
// process for a directory), printed under -x as the commands they stand
// for, and a spool copied out.
#include "internal/internal.h"

#include <errno.h>
#include <ftw.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *find_self(void) {
  static char self[PATH_MAX];
  if (!self[0]) {
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) {
      self[0] = 0;
      return NULL;
    }
    self[n] = 0;
  }
  return self;
}

int mkdir_p(const char *path, bool verbose) {
  if (verbose)
    fprintf(stderr, "mkdir -p %s\n", path);
  if (!*path) {
    errno = ENOENT;
    return -1;
  }
  char *p = xstrdup(path);
  int rc = 0;
  // Every prefix ending at a slash, then the whole: the ones there already
  // are fine if they are directories (the last stat says).
  for (char *s = p + 1;; s++) {
    if (*s == '/' || !*s) {
      char c = *s;
      *s = 0;
      if (mkdir(p, 0777) != 0 && errno != EEXIST) {
        rc = -1;
        break;
      }
      *s = c;
      if (!c)
        break;
    }
  }
  struct stat st;
  if (rc == 0 && stat(path, &st) != 0)
    rc = -1;
  else if (rc == 0 && !S_ISDIR(st.st_mode)) {
    errno = ENOTDIR;
    rc = -1;
  }
  free(p);
  return rc;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
  (void)st, (void)flag, (void)ftw;
  return remove(path) != 0 && errno != ENOENT ? -1 : 0;
}

int rm_rf(const char *path, bool verbose) {
  if (verbose)
    fprintf(stderr, "rm -rf %s\n", path);
  struct stat st;
  if (lstat(path, &st) != 0)
    return errno == ENOENT ? 0 : -1;
  // Children before their directory; symbolic links removed, not followed.
  return nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

bool copy_stream(FILE *from, FILE *to) {
  char buf[65536];
  size_t n;
  bool ok = true;
  rewind(from);
  while ((n = fread(buf, 1, sizeof buf, from)) > 0)
    if (fwrite(buf, 1, n, to) != n) {
      ok = false;
      break;
    }
  return ok && !ferror(from);
}
