// pkg.c: `pic386 build`'s packages: where they are (the roots of
// PIC386PATH, the runtime beside pic386 or $PIC386_RUNTIME), which files
// belong to them (.s; .go files whose `// +build` lines hold; the runtime's
// .c and .h), and what they import (path·sym references in .s, import
// declarations in .go), loaded depth first with import cycles refused.
#include "build/build.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

bool has_suffix(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && strcmp(s + n - m, suf) == 0;
}


// A .go file of a package (not a test), its `// +build` lines satisfied.
bool build_tags_ok(const char *src);   // compile/parse.c
static bool go_source(const char *dir, const char *n) {
  if (!has_suffix(n, ".go") || has_suffix(n, "_test.go"))
    return false;
  char *path = bstr("%s/%s", dir, n);
  size_t len;
  char *text = read_file(path, &len);
  bool ok = text && build_tags_ok(text);
  free(text);
  return ok;
}

// The source files of a directory that go into its package.
static void list_files(Build *b, Pkg *p) {
  DIR *d = opendir(p->dir);
  if (!d)
    die(b, "%s: %s", p->dir, strerror(errno));
  struct dirent *e;
  int cap = 0;
  while ((e = readdir(d))) {
    const char *n = e->d_name;
    bool take = has_suffix(n, ".s") || (!p->isruntime && go_source(p->dir, n)) ||
                (p->isruntime && (has_suffix(n, ".c") || has_suffix(n, ".h")));
    if (!take || n[0] == '.')
      continue;
    if (p->nfiles == cap) {
      p->files = bgrow(p->files, cap, cap ? cap * 2 : 16, sizeof *p->files);
      cap = cap ? cap * 2 : 16;
    }
    p->files[p->nfiles++] = bstr("%s/%s", p->dir, n);
  }
  closedir(d);
  qsort(p->files, p->nfiles, sizeof *p->files, cmp_strp);
}

// A .go file's import paths and package clause, from pic386 compile's parser.
int go_file_imports(const char *file, const char *src, const char ***paths, bool *ismain);   // compile/parsestmt.c
static void go_imports(const char *file, const char *text, Map *out, bool *ismain) {
  const char **paths;
  bool main = false;
  int n = go_file_imports(file, text, &paths, &main);
  for (int i = 0; i < n; i++)
    map_put(out, paths[i], (void *)1);
  *ismain = *ismain || main;
}

Pkg *load(Build *b, const char *path, const char *from);

Pkg *find_pkg(Build *b, const char *path) {
  for (int i = 0; i < b->npkgs; i++)
    if (strcmp(b->pkgs[i]->path, path) == 0)
      return b->pkgs[i];
  return NULL;
}

Pkg *load(Build *b, const char *path, const char *from) {
  Pkg *p = find_pkg(b, path);
  if (p) {
    if (p->state == 1)
      die(b, "import cycle: %s imports %s, which imports it back", from, path);
    return p;
  }
  p = bcalloc(1, sizeof *p);
  p->path = bdup(path);
  p->isruntime = strcmp(path, "runtime") == 0;
  if (p->isruntime) {
    p->dir = b->rtdir;
  } else {
    for (int i = 0; i < b->nroots && !p->dir; i++) {
      char *d = bstr("%s/src/%s", b->roots[i], path);
      if (is_dir(d))
        p->dir = d;
    }
    if (!p->dir) {
      if (from)
        die(b, "package %s (imported by %s) not found in PIC386PATH", path, from);
      die(b, "package %s not found in PIC386PATH (looked for src/%s under %s%s)", path, path,
          b->roots[0], b->nroots > 1 ? " and the other roots" : "");
    }
  }
  b->pkgs = bgrow(b->pkgs, b->npkgs, b->npkgs + 1, sizeof *b->pkgs);
  b->pkgs[b->npkgs++] = p;
  p->state = 1;
  list_files(b, p);
  if (p->isruntime) {
    // The runtime's C includes pic386/abi.h from beside the toolchain: a
    // file of the package as far as its key goes (compile skips a .h).
    p->files = bgrow(p->files, p->nfiles, p->nfiles + 1, sizeof *p->files);
    p->files[p->nfiles++] = bstr("%s/pic386/abi.h", b->incdir);
  }
  if (!p->isruntime) {
    Map imports = {0};
    int nsrc = 0;
    for (int i = 0; i < p->nfiles; i++) {
      size_t len;
      char *text = read_file(p->files[i], &len);
      if (!text)
        die(b, "%s: %s", p->files[i], strerror(errno));
      if (has_suffix(p->files[i], ".go"))
        go_imports(p->files[i], text, &imports, &p->ismain);
      else
        scan_imports(text, &imports, &p->ismain, &p->dotmain);
      free(text);
      nsrc++;
    }
    if (!nsrc)
      die(b, "package %s: no .s files in %s", path, p->dir);
    char **names = bcalloc(imports.n + 1, sizeof *names);
    int n = 0;
    for (size_t i = 0; i < imports.cap; i++)
      if (imports.keys && imports.keys[i] && strcmp(imports.keys[i], path) != 0 &&
          strcmp(imports.keys[i], "runtime") != 0 && strcmp(imports.keys[i], "unsafe") != 0)
        names[n++] = imports.keys[i];
    qsort(names, n, sizeof *names, cmp_strp);
    p->deps = bcalloc(n + 1, sizeof *p->deps);
    for (int i = 0; i < n; i++)
      p->deps[p->ndeps++] = load(b, names[i], path);
    map_free(&imports);
  }
  p->state = 2;
  return p;
}

// The runtime sources: $PIC386_RUNTIME, or PREFIX/lib/pic386/runtime next
// to an installed bin/pic386, or runtime/ of a source tree.
// The directory holding pic386/abi.h, the header this pic386 was compiled
// with: PREFIX/include beside an installed bin/pic386, include/ of a source
// tree beside bin/pic386 or bin/asan/pic386. Found beside the binary, not
// the runtime, so that the runtime is built to the contract of the
// toolchain that builds it, wherever PIC386_RUNTIME points.
char *find_include(const char *self) {
  char *dir = bdup(self);
  *strrchr(dir, '/') = 0;
  char *cands[] = {bstr("%s/../include", dir), bstr("%s/../../include", dir)};
  for (int i = 0; i < 2; i++) {
    if (access(bstr("%s/pic386/abi.h", cands[i]), F_OK) == 0) {
      char *r = realpath(cands[i], NULL);
      if (!r)
        return cands[i];
      char *kept = bdup(r);
      free(r);
      return kept;
    }
  }
  return NULL;
}

char *find_runtime(const char *self) {
  const char *env = getenv("PIC386_RUNTIME");
  if (env && *env) {
    // Absolute: its paths are in the runtime's key and debug information.
    char *r = realpath(env, NULL);
    char *kept = bdup(r ? r : env);
    free(r);
    return kept;
  }
  char *dir = bdup(self);
  *strrchr(dir, '/') = 0;
  char *cands[] = {bstr("%s/../lib/pic386/runtime", dir), bstr("%s/../runtime", dir)};
  for (int i = 0; i < 2; i++) {
    char *mi = bstr("%s/runtime.h", cands[i]);
    if (access(mi, F_OK) == 0) {
      char *r = realpath(cands[i], NULL);
      if (!r)
        return cands[i];
      char *kept = bdup(r);
      free(r);
      return kept;
    }
  }
  return NULL;
}

