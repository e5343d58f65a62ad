// build.c: `pic386 build`, cmd/go's job for Go-dialect assembly packages:
// find packages and their imports, assemble and link them static or as
// shared libraries, and cache every artifact under a key made from its
// inputs, so an unchanged rebuild does no work and a changed package
// rebuilds exactly what depends on it.
//
// A package is a directory <root>/src/<importpath> of .s files; roots come
// from PIC386PATH (colon-separated), default ".". Its imports are the
// packages its symbols name: depBase·F imports depBase. The runtime ships
// with the toolchain and is always linked; a package defining main·main is
// a command and is assembled with -p main.
#include "pic386.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

// Everything a build allocates lives until the command ends: one arena.
static Arena mem;

static char *bstr(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *bstr(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *s = arena_alloc(&mem, n + 1);
  va_start(ap, fmt);
  vsnprintf(s, n + 1, fmt, ap);
  va_end(ap);
  return s;
}

static char *bdup(const char *s) { return arena_strndup(&mem, s, strlen(s)); }
static void *bcalloc(size_t n, size_t size) { return arena_alloc(&mem, n * size); }

// A growable array in the arena: the old copy stays behind, unused.
static void *bgrow(void *old, size_t oldn, size_t newn, size_t size) {
  void *p = arena_alloc(&mem, newn * size);
  if (old)
    memcpy(p, old, oldn * size);
  return p;
}

typedef struct Pkg Pkg;
struct Pkg {
  char *path;       // import path
  char *dir;        // source directory
  char **files;     // .s (and, for the runtime, .c and .h), sorted
  int nfiles;
  Pkg **deps;
  int ndeps;
  bool ismain;
  bool isruntime;
  bool dotmain;     // defines ·main: main.main if it is built as a command
  bool inout;       // assembled into the output itself, not a library of its own
  int state;        // 0 unloaded, 1 loading (cycle check), 2 loaded
  char key[65];     // cache key of its artifact
  char abihash[65]; // shared: SHA-256 of its exported symbols (abi_hash)
  char *art;        // the cached artifact: lib<name>.a or lib<name>.so
  char *artdir;     // its cache directory
};

typedef struct {
  bool linkshared, bm_shared, verbose, keepwork, bug_morestack, bug_jmpdefer;
  const char *out;
  char **roots;
  int nroots;
  char *rtdir;
  char *cache;
  char *work;
  char *self;
  const char *cc, *ar;
  char toolid[65];
  Pkg **pkgs;
  int npkgs;
  int built, reused;
} Build;

static const char usage[] =
    "usage: pic386 build [-o out] [-buildmode=exe|shared] [-linkshared] [-bug=LIST] [-x] [-work] "
    "pkg...\n"
    "  -o out           output file (default: the last element of the command's path)\n"
    "  -buildmode=exe   a static executable (the default)\n"
    "  -buildmode=shared  the named packages as one shared library\n"
    "  -linkshared      runtime and imported packages as shared libraries lib<pkg>.so,\n"
    "                   placed beside the executable, which finds them through $ORIGIN\n"
    "  -bug=LIST        build with the pre-fix toolchain: 15916-morestack, 15916-jmpdefer,\n"
    "                   15916 (both)\n"
    "  -x               print the commands;  -work  keep the work directory\n"
    "environment: PIC386PATH (source roots), PIC386_CACHE, PIC386_RUNTIME, PIC386_CC,\n"
    "PIC386_AR, PIC386_AS\n";

static void die(Build *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void die(Build *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("pic386 build: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  if (b->work && !b->keepwork) {
    char *argv[] = {"rm", "-rf", b->work, NULL};
    run_cmd(argv, false);
  }
  exit(1);
}

static bool is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool has_suffix(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && strcmp(s + n - m, suf) == 0;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  Buf b = {0};
  char tmp[65536];
  size_t n;
  while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
    buf_putn(&b, tmp, n);
  fclose(f);
  buf_putc(&b, 0);
  *len = b.len - 1;
  return b.buf;
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
                (p->isruntime && (has_suffix(n, ".c") || has_suffix(n, ".h")) &&
                 strcmp(n, "modinfo.c") != 0);
    if (!take || n[0] == '.')
      continue;
    if (p->nfiles == cap) {
      p->files = bgrow(p->files, cap, cap ? cap * 2 : 16, sizeof *p->files);
      cap = cap ? cap * 2 : 16;
    }
    p->files[p->nfiles++] = bstr("%s/%s", p->dir, n);
  }
  closedir(d);
  qsort(p->files, p->nfiles, sizeof *p->files, cmp_str);
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

// Import paths named by `path·sym` references, outside comments and strings.
static void scan_imports(const char *text, Map *out, bool *defines_main, bool *defines_dotmain) {
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

static Pkg *load(Build *b, const char *path, const char *from);

static Pkg *find_pkg(Build *b, const char *path) {
  for (int i = 0; i < b->npkgs; i++)
    if (strcmp(b->pkgs[i]->path, path) == 0)
      return b->pkgs[i];
  return NULL;
}

static Pkg *load(Build *b, const char *path, const char *from) {
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
    qsort(names, n, sizeof *names, cmp_str);
    p->deps = bcalloc(n + 1, sizeof *p->deps);
    for (int i = 0; i < n; i++)
      p->deps[p->ndeps++] = load(b, names[i], path);
    map_free(&imports);
  }
  p->state = 2;
  return p;
}

// ---------------------------------------------------------------- keys

static void hash_str(Sha256 *h, const char *s) { sha256_update(h, s, strlen(s) + 1); }

static void hash_file(Build *b, Sha256 *h, const char *path) {
  size_t len;
  char *text = read_file(path, &len);
  if (!text)
    die(b, "%s: %s", path, strerror(errno));
  const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  hash_str(h, base);
  sha256_update(h, &len, sizeof len);
  sha256_update(h, text, len);
  free(text);
}

// What identifies the tools: pic386's own bytes and the cross tools' versions.
static void tool_id(Build *b) {
  Sha256 h;
  sha256_init(&h);
  hash_str(&h, PIC386_VERSION);
  hash_file(b, &h, b->self);
  const char *tools[] = {b->cc, getenv("PIC386_AS") ? getenv("PIC386_AS") : "i686-linux-gnu-as"};
  for (int i = 0; i < 2; i++) {
    Buf out = {0};
    char *argv[] = {(char *)tools[i], "--version", NULL};
    int rc = run_capture(argv, &out, false);
    char *nl = out.len ? memchr(out.buf, '\n', out.len) : NULL;
    if (rc != 0 || !nl)
      die(b, "cannot run %s: install the cross tools (ci/install-deps)", tools[i]);
    sha256_update(&h, out.buf, nl - out.buf);   // the first line: name and version
    buf_free(&out);
  }
  sha256_hex(&h, b->toolid);
}

// The key of a package's artifact in a mode: tools, flags, sources, and the
// keys of what it links against.
static void pkg_key(Build *b, Pkg *p, const char *mode) {
  Sha256 h;
  sha256_init(&h);
  hash_str(&h, b->toolid);
  hash_str(&h, mode);
  hash_str(&h, p->path);
  hash_str(&h, b->bug_morestack ? "bug-morestack" : "");
  hash_str(&h, p->isruntime && b->bug_jmpdefer ? "bug-jmpdefer" : "");
  for (int i = 0; i < p->nfiles; i++)
    hash_file(b, &h, p->files[i]);
  if (!p->isruntime) {
    // Headers every package may include.
    hash_file(b, &h, bstr("%s/textflag.h", b->rtdir));
  }
  for (int i = 0; i < p->ndeps; i++)
    hash_str(&h, p->deps[i]->key);
  sha256_hex(&h, p->key);
}

// ---------------------------------------------------------------- running

static void run(Build *b, char **argv, const char *what) {
  int rc = run_cmd(argv, b->verbose);
  if (rc != 0)
    die(b, "%s: %s %s", what, argv[0], rc < 0 ? strerror(errno) : bstr("failed (exit %d)", rc));
}

typedef struct {
  char **v;
  int n, cap;
} Argv;

static void arg(Argv *a, const char *s) {
  if (a->n + 2 > a->cap) {
    a->v = bgrow(a->v, a->cap, a->cap ? a->cap * 2 : 32, sizeof *a->v);
    a->cap = a->cap ? a->cap * 2 : 32;
  }
  a->v[a->n++] = (char *)s;
  a->v[a->n] = NULL;
}

// -Xlinker, not -Wl: -Wl splits its argument at commas, and the default
// name of a library of several packages (libp1,p2.so, as cmd/go names it)
// has them.
static void soname(Argv *a, const char *name) {
  arg(a, "-Xlinker");
  arg(a, "-soname");
  arg(a, "-Xlinker");
  arg(a, name);
}

static char *libname(const Pkg *p, const char *ext) {
  char *n = bstr("lib%s%s", p->path, ext);
  for (char *q = n; *q; q++)
    if (*q == '/')
      *q = '-';
  return n;
}

static bool copy_file(const char *from, const char *to) {
  size_t len;
  char *data = read_file(from, &len);
  if (!data)
    return false;
  OutFile o;
  if (!outfile_open(&o, to)) {
    free(data);
    return false;
  }
  FILE *f = fopen(o.tmp, "wb");
  bool ok = f && fwrite(data, 1, len, f) == len;
  if (f && fclose(f) != 0)
    ok = false;
  struct stat st;
  if (ok && stat(from, &st) == 0)
    chmod(o.tmp, st.st_mode & 0777);
  free(data);
  if (!ok) {
    outfile_abort(&o);
    return false;
  }
  return outfile_commit(&o);
}

// The runtime's C, as its README's build contract says: no stack
// protector or CET (the goroutine stack is not the C ABI's), frame pointers
// for tracebacks, and for shared builds PIC with g's TLS as initial-exec.
static void cc_argv(Build *b, Argv *a, bool shared, const char *obj, const char *src) {
  static const char *const flags[] = {"-std=gnu11", "-O2", "-g", "-fno-stack-protector",
                                      "-fcf-protection=none", "-fno-omit-frame-pointer"};
  arg(a, b->cc);
  for (size_t k = 0; k < sizeof flags / sizeof *flags; k++)
    arg(a, flags[k]);
  arg(a, bstr("-I%s", b->rtdir));
  if (shared) {
    arg(a, "-fPIC");
    arg(a, "-ftls-model=initial-exec");
  }
  arg(a, "-c");
  arg(a, "-o");
  arg(a, obj);
  arg(a, src);
}

// Assembles (and, for the runtime, compiles) a package's sources into
// objects in dir; returns the object list.
static Argv compile(Build *b, Pkg *p, const char *dir, bool shared) {
  Argv objs = {0};
  // The package's Go files, compiled together into one .s (as cmd/go ran
  // compile once per package), then assembled like the others.
  Argv gof = {0};
  for (int i = 0; i < p->nfiles; i++)
    if (has_suffix(p->files[i], ".go"))
      arg(&gof, p->files[i]);
  if (gof.n) {
    char *gs = bstr("%s/_go_.s", dir), *go = bstr("%s/_go_.o", dir);
    Argv a = {0};
    arg(&a, b->self);
    arg(&a, "compile");
    arg(&a, "-p");
    arg(&a, p->ismain ? "main" : p->path);
    for (int i = 0; i < b->nroots; i++) {
      arg(&a, "-I");
      arg(&a, bstr("%s/src", b->roots[i]));
    }
    if (shared)
      arg(&a, "-dynlink");
    arg(&a, "-o");
    arg(&a, gs);
    for (int i = 0; i < gof.n; i++)
      arg(&a, gof.v[i]);
    run(b, a.v, p->path);
    Argv as = {0};
    arg(&as, b->self);
    arg(&as, "asm");
    arg(&as, "-p");
    arg(&as, p->ismain ? "main" : p->path);
    if (shared)
      arg(&as, "-dynlink");
    if (b->bug_morestack)
      arg(&as, "-bug=15916-morestack");
    arg(&as, "-o");
    arg(&as, go);
    arg(&as, gs);
    run(b, as.v, p->path);
    arg(&objs, go);
  }
  for (int i = 0; i < p->nfiles; i++) {
    const char *f = p->files[i];
    if (has_suffix(f, ".h") || has_suffix(f, ".go"))
      continue;
    const char *base = strrchr(f, '/') + 1;
    char *obj = bstr("%s/%s.o", dir, base);
    Argv a = {0};
    if (has_suffix(f, ".s")) {
      arg(&a, b->self);
      arg(&a, "asm");
      arg(&a, "-p");
      arg(&a, p->ismain ? "main" : p->path);
      arg(&a, "-I");
      arg(&a, b->rtdir);
      if (shared)
        arg(&a, "-dynlink");
      if (shared && p->isruntime && !b->bug_jmpdefer) {
        // The fix for issue 15916, bug 2: jmpdefer must know that calls to
        // deferreturn are 16 bytes, as cmd/go tells asm_386.s.
        arg(&a, "-D");
        arg(&a, "GOBUILDMODE_shared=1");
      }
      if (b->bug_morestack)
        arg(&a, "-bug=15916-morestack");
      arg(&a, "-o");
      arg(&a, obj);
      arg(&a, f);
    } else {
      cc_argv(b, &a, shared, obj, f);
    }
    run(b, a.v, p->path);
    arg(&objs, obj);
  }
  return objs;
}

static char *cache_entry(Build *b, const char *key) {
  return bstr("%s/%.2s/%s", b->cache, key, key);
}

// Moves a finished file into the cache under key: a fresh directory renamed
// into place, so a reader never sees a half-written entry.
static void cache_store(Build *b, const char *key, const char *name, const char *file) {
  char *parent = bstr("%s/%.2s", b->cache, key);
  char *argv_mk[] = {"mkdir", "-p", parent, NULL};
  run(b, argv_mk, "cache");
  char *tmpdir = bstr("%s/.tmp-%s-%d", parent, key, (int)getpid());
  mkdir(tmpdir, 0755);
  char *dst = bstr("%s/%s", tmpdir, name);
  if (!copy_file(file, dst))
    die(b, "cannot write %s: %s", dst, strerror(errno));
  char *entry = cache_entry(b, key);
  if (rename(tmpdir, entry) != 0) {
    // Another build stored it first; theirs is as good as ours.
    char *argv_rm[] = {"rm", "-rf", tmpdir, NULL};
    run(b, argv_rm, "cache");
    char *have = bstr("%s/%s", entry, name);
    if (access(have, F_OK) != 0)
      die(b, "cannot store %s in the cache: %s", name, strerror(errno));
  }
  b->built++;
}

// The per-module registration object (runtime/modinfo.c), static or PIC.
static char *modinfo(Build *b, bool shared) {
  char *src = bstr("%s/modinfo.c", b->rtdir);
  Sha256 h;
  char key[65];
  sha256_init(&h);
  hash_str(&h, b->toolid);
  hash_str(&h, shared ? "modinfo-pic" : "modinfo");
  hash_file(b, &h, src);
  sha256_hex(&h, key);
  char *obj = bstr("%s/modinfo.o", cache_entry(b, key));
  if (access(obj, F_OK) == 0)
    return obj;
  char *tmpobj = bstr("%s/modinfo-%s.o", b->work, shared ? "pic" : "static");
  Argv a = {0};
  cc_argv(b, &a, shared, tmpobj, src);
  run(b, a.v, "modinfo");
  cache_store(b, key, "modinfo.o", tmpobj);
  return obj;
}

// ---------------------------------------------------------------- ABI

// The ABI of a shared library, as the modules linked against it saw it:
// the names and kinds of its exported symbols, and the sizes of its data
// objects (a function's body may change; a variable's size may not, an
// executable may hold a copy of it). readelf, not nm: only definitions of
// default visibility are exported.
static void abi_hash(Build *b, const Argv *objs, char out[65]) {
  Argv a = {0};
  arg(&a, "i686-linux-gnu-readelf");
  arg(&a, "-sW");
  for (int i = 0; i < objs->n; i++)
    arg(&a, objs->v[i]);
  Buf o = {0};
  if (run_capture(a.v, &o, false) != 0)
    die(b, "cannot read the symbols of %s", objs->n ? objs->v[0] : "(none)");
  buf_putc(&o, 0);
  Argv lines = {0};
  for (char *line = strtok(o.buf, "\n"); line; line = strtok(NULL, "\n")) {
    char size[32], type[32], bind[32], vis[32], ndx[32];
    int name = 0;
    if (sscanf(line, " %*d: %*x %31s %31s %31s %31s %31s %n", size, type, bind, vis, ndx, &name) != 5 ||
        !name)
      continue;
    if ((strcmp(bind, "GLOBAL") && strcmp(bind, "WEAK")) || strcmp(vis, "DEFAULT") ||
        !strcmp(ndx, "UND"))
      continue;
    arg(&lines, strcmp(type, "FUNC") ? bstr("%s %s %s", line + name, type, size)
                                     : bstr("%s FUNC", line + name));
  }
  buf_free(&o);
  qsort(lines.v, lines.n, sizeof *lines.v, cmp_str);
  Sha256 h;
  sha256_init(&h);
  for (int i = 0; i < lines.n; i++)
    if (i == 0 || strcmp(lines.v[i], lines.v[i - 1]))
      hash_str(&h, lines.v[i]);
  sha256_hex(&h, out);
}

// One record of section pic386_abi, as runtime/abi.c reads it.
enum { ABI_SELF = 1, ABI_DEP = 2, ABI_NAME = 60 };

static void abi_record(Build *b, Buf *s, int kind, const char *name, const char *hash) {
  if (strlen(name) >= ABI_NAME)
    die(b, "library name %s is too long for its ABI record (%d bytes at most)", name, ABI_NAME - 1);
  buf_printf(s, "\t.long %d\n\t.ascii \"%s\"\n\t.zero %d\n\t.ascii \"%s\"\n", kind, name,
             ABI_NAME - (int)strlen(name), hash);
}

// An object recording a module's own ABI (self: its soname and hash, or
// NULL for an executable) and the ABIs of the libraries it is linked
// against, for the runtime to compare at start-up.
static char *abi_object(Build *b, const char *dir, const char *self, const char *selfhash,
                        Pkg **deps, int ndeps) {
  Buf s = {0};
  buf_puts(&s, "\t.section pic386_abi,\"a\",@progbits\n\t.balign 4\n");
  if (self)
    abi_record(b, &s, ABI_SELF, self, selfhash);
  for (int i = 0; i < ndeps; i++)
    abi_record(b, &s, ABI_DEP, libname(deps[i], ".so"), deps[i]->abihash);
  buf_puts(&s, "\t.section .note.GNU-stack,\"\",@progbits\n");
  char *src = bstr("%s/abi.s", dir), *obj = bstr("%s/abi.o", dir);
  FILE *f = fopen(src, "w");
  if (!f || fwrite(s.buf, 1, s.len, f) != s.len || fclose(f) != 0)
    die(b, "cannot write %s: %s", src, strerror(errno));
  buf_free(&s);
  const char *as = getenv("PIC386_AS") && *getenv("PIC386_AS") ? getenv("PIC386_AS") : "i686-linux-gnu-as";
  char *argv_as[] = {(char *)as, "--32", "-o", obj, src, NULL};
  run(b, argv_as, "abi");
  return obj;
}

// A cached library's ABI hash is stored beside it under a key of its own.
static char *abi_key(const Pkg *p) {
  Sha256 h;
  sha256_init(&h);
  hash_str(&h, p->key);
  hash_str(&h, "abi");
  char *k = bstr("%64s", "");
  sha256_hex(&h, k);
  return k;
}

// Builds p's artifact (an archive, or a shared library linked against its
// dependencies) unless the cache has it.
static void build_pkg(Build *b, Pkg *p, bool shared) {
  pkg_key(b, p, shared ? "shared" : "static");
  char *name = libname(p, shared ? ".so" : ".a");
  p->artdir = cache_entry(b, p->key);
  p->art = bstr("%s/%s", p->artdir, name);
  char *abifile = shared ? bstr("%s/abi", cache_entry(b, abi_key(p))) : NULL;
  if (access(p->art, F_OK) == 0 && (!shared || access(abifile, F_OK) == 0)) {
    if (shared) {
      size_t len;
      char *h = read_file(abifile, &len);
      if (!h || len != 64)
        die(b, "%s: not an ABI hash", abifile);
      memcpy(p->abihash, h, 65);
      free(h);
    }
    b->reused++;
    if (b->verbose)
      fprintf(stderr, "# %s: cached %s\n", p->path, p->art);
    return;
  }
  char *dir = bstr("%s/%s", b->work, p->path);
  char *argv_mkdir[] = {"mkdir", "-p", dir, NULL};
  run(b, argv_mkdir, p->path);
  Argv objs = compile(b, p, dir, shared);
  char *tmpart = bstr("%s/%s", dir, name);
  Argv a = {0};
  if (!shared) {
    arg(&a, b->ar);
    arg(&a, "rcs");
    arg(&a, tmpart);
    for (int i = 0; i < objs.n; i++)
      arg(&a, objs.v[i]);
  } else {
    arg(&a, b->cc);
    arg(&a, "-shared");
    soname(&a, name);
    arg(&a, "-Wl,-z,noexecstack");
    arg(&a, "-Wl,-z,text");
    arg(&a, "-o");
    arg(&a, tmpart);
    for (int i = 0; i < objs.n; i++)
      arg(&a, objs.v[i]);
    arg(&a, modinfo(b, true));
    abi_hash(b, &objs, p->abihash);
    Pkg **linked = bcalloc(p->ndeps + 1, sizeof *linked);
    int nlinked = 0;
    for (int i = 0; i < p->ndeps; i++)
      linked[nlinked++] = p->deps[i];
    if (!p->isruntime)
      linked[nlinked++] = find_pkg(b, "runtime");
    arg(&a, abi_object(b, dir, name, p->abihash, linked, nlinked));
    for (int i = 0; i < p->ndeps; i++) {
      arg(&a, bstr("-L%s", p->deps[i]->artdir));
      arg(&a, bstr("-Wl,-rpath-link,%s", p->deps[i]->artdir));
      char *l = libname(p->deps[i], "");
      arg(&a, bstr("-l%s", l + 3));
    }
    if (!p->isruntime) {
      Pkg *rt = find_pkg(b, "runtime");
      arg(&a, bstr("-L%s", rt->artdir));
      arg(&a, "-lruntime");
    }
    arg(&a, "-Wl,-rpath,$ORIGIN");
    arg(&a, "-Wl,--enable-new-dtags");
  }
  run(b, a.v, p->path);

  cache_store(b, p->key, name, tmpart);
  if (shared) {
    char *tmpabi = bstr("%s/abi", dir);
    FILE *f = fopen(tmpabi, "w");
    if (!f || fputs(p->abihash, f) < 0 || fclose(f) != 0)
      die(b, "cannot write %s: %s", tmpabi, strerror(errno));
    cache_store(b, abi_key(p), "abi", tmpabi);
  }
  if (b->verbose)
    fprintf(stderr, "# %s: built %s\n", p->path, p->art);
}

// Dependencies before dependents.
static void topo(Pkg *p, Pkg ***order, int *n, Map *seen) {
  if (map_has(seen, p->path))
    return;
  map_put(seen, p->path, p);
  for (int i = 0; i < p->ndeps; i++)
    topo(p->deps[i], order, n, seen);
  (*order)[(*n)++] = p;
}

static char *find_self(void) {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0)
    fatal("cannot find my own executable: %m");
  buf[n] = 0;
  return bdup(buf);
}

// The runtime sources: $PIC386_RUNTIME, or PREFIX/lib/pic386/runtime next
// to an installed bin/pic386, or runtime/ of a source tree.
static char *find_runtime(const char *self) {
  const char *env = getenv("PIC386_RUNTIME");
  if (env && *env)
    return bdup(env);
  char *dir = bdup(self);
  *strrchr(dir, '/') = 0;
  char *cands[] = {bstr("%s/../lib/pic386/runtime", dir), bstr("%s/../runtime", dir)};
  for (int i = 0; i < 2; i++) {
    char *mi = bstr("%s/modinfo.c", cands[i]);
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

static char *cache_dir(void) {
  const char *e = getenv("PIC386_CACHE");
  if (e && *e)
    return bdup(e);
  e = getenv("XDG_CACHE_HOME");
  if (e && *e)
    return bstr("%s/pic386", e);
  e = getenv("HOME");
  if (e && *e)
    return bstr("%s/.cache/pic386", e);
  return bstr("/tmp/pic386-cache-%d", (int)getuid());
}

int cmd_build(int argc, char **argv) {
  Build b = {0};
  const char *buildmode = "exe";
  char **names = bcalloc(argc + 1, sizeof *names);
  int nnames = 0;
  for (int i = 1; i < argc; i++) {
    char *a = argv[i];
    if (a[0] != '-') {
      names[nnames++] = a;
      continue;
    }
    if (a[1] == '-')
      a++;
    if (!strcmp(a, "-h") || !strcmp(a, "-help")) {
      fputs(usage, stdout);
      return 0;
    } else if (!strcmp(a, "-o")) {
      if (i + 1 == argc) {
        fprintf(stderr, "pic386 build: flag -o needs an argument\n%s", usage);
        return 2;
      }
      b.out = argv[++i];
    } else if (!strncmp(a, "-o=", 3)) {
      b.out = a + 3;
    } else if (!strcmp(a, "-linkshared")) {
      b.linkshared = true;
    } else if (!strcmp(a, "-x")) {
      b.verbose = true;
    } else if (!strcmp(a, "-work")) {
      b.keepwork = true;
    } else if (!strncmp(a, "-buildmode=", 11)) {
      buildmode = a + 11;
      if (strcmp(buildmode, "exe") && strcmp(buildmode, "shared")) {
        fprintf(stderr, "pic386 build: unknown -buildmode=%s (exe or shared)\n%s", buildmode,
                usage);
        return 2;
      }
      b.bm_shared = !strcmp(buildmode, "shared");
    } else if (!strncmp(a, "-bug=", 5)) {
      char *list = bdup(a + 5);
      for (char *s = strtok(list, ","); s; s = strtok(NULL, ",")) {
        if (!strcmp(s, "15916"))
          b.bug_morestack = b.bug_jmpdefer = true;
        else if (!strcmp(s, "15916-morestack"))
          b.bug_morestack = true;
        else if (!strcmp(s, "15916-jmpdefer"))
          b.bug_jmpdefer = true;
        else {
          fprintf(stderr,
                  "pic386 build: unknown bug %s (15916, 15916-morestack, 15916-jmpdefer)\n%s", s,
                  usage);
          return 2;
        }
      }
    } else {
      fprintf(stderr, "pic386 build: unknown flag %s\n%s", argv[i], usage);
      return 2;
    }
  }
  if (!nnames) {
    fprintf(stderr, "pic386 build: no packages named\n%s", usage);
    return 2;
  }
  if (!b.bm_shared && nnames > 1) {
    fprintf(stderr, "pic386 build: one command package at a time (have %d)\n", nnames);
    return 2;
  }
  b.self = find_self();
  b.rtdir = find_runtime(b.self);
  if (!b.rtdir) {
    fprintf(stderr, "pic386 build: cannot find the runtime sources (set PIC386_RUNTIME)\n");
    return 1;
  }
  b.cc = getenv("PIC386_CC") && *getenv("PIC386_CC") ? getenv("PIC386_CC") : "i686-linux-gnu-gcc";
  b.ar = getenv("PIC386_AR") && *getenv("PIC386_AR") ? getenv("PIC386_AR") : "i686-linux-gnu-ar";
  const char *path = getenv("PIC386PATH");
  char *roots = bdup(path && *path ? path : ".");
  b.roots = bcalloc(strlen(roots) + 2, sizeof *b.roots);
  for (char *s = strtok(roots, ":"); s; s = strtok(NULL, ":"))
    b.roots[b.nroots++] = s;
  b.cache = cache_dir();
  char *argv_mk[] = {"mkdir", "-p", b.cache, NULL};
  if (run_cmd(argv_mk, false) != 0) {
    fprintf(stderr, "pic386 build: cannot create the cache %s\n", b.cache);
    return 1;
  }
  const char *tmp = getenv("TMPDIR");
  b.work = bstr("%s/pic386-work-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(b.work)) {
    fprintf(stderr, "pic386 build: cannot create a work directory: %s\n", strerror(errno));
    return 1;
  }
  if (b.keepwork)
    fprintf(stderr, "WORK=%s\n", b.work);
  tool_id(&b);

  Pkg *rt = load(&b, "runtime", NULL);
  Pkg **roots_p = bcalloc(nnames, sizeof *roots_p);
  for (int i = 0; i < nnames; i++) {
    const char *n = names[i];
    if (!strncmp(n, "./", 2))
      n += 2;
    roots_p[i] = load(&b, n, NULL);
  }
  if (!b.bm_shared) {
    // .s files do not say `package main`: the package named on the command
    // line is a command if it defines main·main, or ·main for -p main.
    roots_p[0]->ismain |= roots_p[0]->dotmain;
    if (!roots_p[0]->ismain)
      die(&b, "package %s is not a command: it defines neither main·main nor ·main",
          roots_p[0]->path);
  }
  for (int i = 0; i < b.npkgs; i++)
    if (b.pkgs[i]->ismain && b.pkgs[i] != roots_p[0])
      die(&b, "package %s is a command (it defines main·main) and cannot be imported",
          b.pkgs[i]->path);

  bool shared = b.linkshared || b.bm_shared;
  const char *mode = b.bm_shared ? "buildmode-shared" : shared ? "linkshared" : "static";
  Pkg **all = bcalloc(b.npkgs + 1, sizeof *all);
  int nall = 0;
  Map seen = {0};
  topo(rt, &all, &nall, &seen);
  for (int i = 0; i < nnames; i++) {
    roots_p[i]->inout = true;
    topo(roots_p[i], &all, &nall, &seen);
  }
  map_free(&seen);

  // The named packages go into the output itself, and so does a package
  // between two of them (-buildmode=shared a c, a importing b importing c):
  // as a library of its own, b would need the output, which needs b. Every
  // other package is a library or archive of its own, in `order`; `inout`
  // holds the rest, both dependencies first.
  Pkg **order = bcalloc(nall + 1, sizeof *order);
  Pkg **inout = bcalloc(nall + 1, sizeof *inout);
  int norder = 0, ninout = 0;
  for (int i = 0; i < nall; i++) {
    Pkg *p = all[i];
    for (int j = 0; j < p->ndeps && !p->isruntime; j++)
      p->inout |= p->deps[j]->inout;
    if (p->inout) {
      inout[ninout++] = p;
      pkg_key(&b, p, mode);
    } else {
      // Libraries and archives of everything the output stands on.
      order[norder++] = p;
      build_pkg(&b, p, shared);
    }
  }

  const char *out = b.out;
  if (b.bm_shared) {
    // The named packages as one shared library, by default lib<p1>,<p2>.so
    // as cmd/go names it.
    if (!out) {
      char *n = "lib";
      for (int i = 0; i < nnames; i++)
        n = bstr("%s%s%s", n, i ? "," : "", libname(roots_p[i], "") + 3);
      out = bstr("%s.so", n);
    }
  } else if (!out) {
    const char *base = strrchr(roots_p[0]->path, '/');
    out = base ? base + 1 : roots_p[0]->path;
  }
  const char *outbase = strrchr(out, '/') ? strrchr(out, '/') + 1 : out;

  // The output is cached like everything else: its key covers the named
  // packages' sources and every key it links against.
  char *mi = modinfo(&b, shared);
  Sha256 h;
  char key[65];
  sha256_init(&h);
  hash_str(&h, b.toolid);
  hash_str(&h, mode);
  hash_str(&h, outbase);
  hash_str(&h, mi);
  for (int i = 0; i < ninout; i++)
    hash_str(&h, inout[i]->key);
  for (int i = 0; i < norder; i++)
    hash_str(&h, order[i]->key);
  sha256_hex(&h, key);
  char *cached = bstr("%s/%s", cache_entry(&b, key), outbase);
  if (access(cached, F_OK) == 0) {
    b.reused++;
    if (b.verbose)
      fprintf(stderr, "# %s: cached %s\n", out, cached);
  } else {
    Argv objs = {0};
    for (int i = 0; i < ninout; i++) {
      char *dir = bstr("%s/%s.main", b.work, inout[i]->path);
      char *argv_mkdir[] = {"mkdir", "-p", dir, NULL};
      run(&b, argv_mkdir, inout[i]->path);
      Argv o = compile(&b, inout[i], dir, shared);
      for (int k = 0; k < o.n; k++)
        arg(&objs, o.v[k]);
    }
    // A directory of its own: the output may be named like a package's
    // first path element (command greet importing greet/util), whose
    // objects are in b.work/greet. No import path starts with '@'.
    char *linkdir = bstr("%s/@out", b.work);
    char *argv_linkdir[] = {"mkdir", "-p", linkdir, NULL};
    run(&b, argv_linkdir, out);
    char *linked = bstr("%s/%s", linkdir, outbase);
    Argv a = {0};
    arg(&a, b.cc);
    if (b.bm_shared) {
      arg(&a, "-shared");
      soname(&a, outbase);
      arg(&a, "-Wl,-z,text");
    } else if (!shared) {
      arg(&a, "-static");
    } else {
      arg(&a, "-no-pie");
    }
    arg(&a, "-Wl,-z,noexecstack");
    arg(&a, "-o");
    arg(&a, linked);
    for (int i = 0; i < objs.n; i++)
      arg(&a, objs.v[i]);
    arg(&a, mi);
    if (shared) {
      // The ABIs of the libraries this module is linked against, and for a
      // library its own, for the runtime to compare at start-up.
      char selfhash[65] = "";
      if (b.bm_shared)
        abi_hash(&b, &objs, selfhash);
      arg(&a, abi_object(&b, b.work, b.bm_shared ? outbase : NULL, selfhash, order, norder));
    }
    // Dependents before their dependencies, as a static link wants.
    for (int i = norder - 1; i >= 0; i--) {
      Pkg *p = order[i];
      if (!shared) {
        arg(&a, p->art);
        continue;
      }
      arg(&a, bstr("-L%s", p->artdir));
      arg(&a, bstr("-Wl,-rpath-link,%s", p->artdir));
      char *l = libname(p, "");
      arg(&a, bstr("-l%s", l + 3));
    }
    if (shared) {
      arg(&a, "-Wl,-rpath,$ORIGIN");
      arg(&a, "-Wl,--enable-new-dtags");
    }
    run(&b, a.v, out);
    cache_store(&b, key, outbase, linked);
  }
  // -x shows what is done: no mkdir for a directory that is there.
  char *outdir = bdup(out);
  if (strrchr(outdir, '/')) {
    *strrchr(outdir, '/') = 0;
    struct stat st;
    if (stat(outdir, &st) != 0 || !S_ISDIR(st.st_mode)) {
      char *argv_mkdir[] = {"mkdir", "-p", outdir, NULL};
      run(&b, argv_mkdir, out);
    }
  }
  if (b.verbose)
    fprintf(stderr, "cp %s %s\n", cached, out);
  if (!copy_file(cached, out))
    die(&b, "cannot write %s: %s", out, strerror(errno));

  if (shared) {
    // The libraries beside the output, found through RUNPATH $ORIGIN.
    char *outdir = bdup(out);
    char *slash = strrchr(outdir, '/');
    if (slash)
      *slash = 0;
    else
      strcpy(outdir, ".");
    for (int i = 0; i < norder; i++) {
      char *dst = bstr("%s/%s", outdir, strrchr(order[i]->art, '/') + 1);
      if (b.verbose)
        fprintf(stderr, "cp %s %s\n", order[i]->art, dst);
      if (!copy_file(order[i]->art, dst))
        die(&b, "cannot write %s: %s", dst, strerror(errno));
    }
  }
  if (!b.keepwork) {
    char *argv_rm[] = {"rm", "-rf", b.work, NULL};
    run_cmd(argv_rm, false);
  }
  return 0;
}
