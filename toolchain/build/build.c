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
#include "build/build.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
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
  char *cwd;
  Cache cache;
  char *work;
  char *self;
  const char *cc, *as, *ar, *readelf;
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

// What identifies the tools: pic386's own bytes and the versions of every
// cross tool whose output goes into an artifact.
static void tool_id(Build *b) {
  Sha256 h;
  sha256_init(&h);
  hash_str(&h, PIC386_VERSION);
  hash_file(b, &h, b->self);
  const char *tools[] = {b->cc, b->as, b->ar, b->readelf};
  for (int i = 0; i < 4; i++) {
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

// The -I and -D a package's .s files are assembled with (NULL-terminated,
// incs two slots, defs four): compile() passes them to pic386 asm, and the include scan
// of the package's key runs the preprocessor with the very same.
static void asm_cpp_flags(Build *b, const Pkg *p, bool shared, const char **incs,
                          const char **defs) {
  incs[0] = b->rtdir;
  incs[1] = NULL;
  // cmd/go's asm command line: GOOS_ and GOARCH_ for every file, and
  // GOBUILDMODE_shared=1 for every package assembled with -dynlink (Go 1.7
  // added it to every -linkshared package, and the fix for issue 15916,
  // bug 2, to the runtime of any -dynlink build, so that jmpdefer knows
  // calls to deferreturn are 16 bytes). Go 1.6 built the runtime of a
  // shared build without it: -bug=15916-jmpdefer.
  defs[0] = "GOOS_linux";
  defs[1] = "GOARCH_386";
  defs[2] = shared && !(p->isruntime && b->bug_jmpdefer) ? "GOBUILDMODE_shared=1" : NULL;
  defs[3] = NULL;
}

typedef struct {
  Build *b;
  Sha256 *h;
} IncHash;

// Every file an #include tried: the ones found by path and contents, the
// ones not found by path (a header that appears earlier on the search path
// changes what is read).
static void hash_include(void *arg, const char *path, bool found) {
  IncHash *ih = arg;
  hash_str(ih->h, found ? "include" : "absent");
  hash_str(ih->h, path);
  if (found)
    hash_file(ih->b, ih->h, path);
}

// The key of a package's artifact in a mode, as cmd/go's action IDs: it
// hashes every input the artifact is made from — the tools, the mode and
// -bug flags, the sources and every file they #include, the keys of its
// imports — and for a shared library, what its link reads from the
// runtime: its ABI (exported names, kinds and data sizes; the library
// records it and the runtime checks it at start-up). A changed runtime
// export relinks every library; a runtime header changes only the packages
// that include it. Executables hash the runtime's full key (cmd_build).
static void pkg_key(Build *b, Pkg *p, const char *mode, bool shared) {
  Sha256 h;
  sha256_init(&h);
  hash_str(&h, b->toolid);
  hash_str(&h, mode);
  hash_str(&h, p->path);
  hash_str(&h, p->ismain ? "-p main" : "");
  hash_str(&h, b->bug_morestack ? "bug-morestack" : "");
  hash_str(&h, p->isruntime && b->bug_jmpdefer ? "bug-jmpdefer" : "");
  const char *incs[2], *defs[4];
  asm_cpp_flags(b, p, shared, incs, defs);
  IncHash ih = {b, &h};
  for (int i = 0; i < p->nfiles; i++) {
    // The path too, as cmd/go's action IDs hold the package directory: the
    // objects name their source files (STT_FILE symbols, DWARF).
    hash_str(&h, p->files[i]);
    hash_file(b, &h, p->files[i]);
    if (has_suffix(p->files[i], ".s") && !asm_includes(p->files[i], incs, defs, hash_include, &ih)) {
      // The preprocessor failed (pic386 asm will say why) or could not be
      // run: what the file reads is not known, so the key must match no
      // other build's.
      static unsigned n;
      char nonce[64];
      snprintf(nonce, sizeof nonce, "unknown %d %ld %u", (int)getpid(), (long)time(NULL), n++);
      hash_str(&h, nonce);
    }
  }
  for (int i = 0; i < p->ndeps; i++)
    hash_str(&h, p->deps[i]->key);
  if (shared && !p->isruntime) {
    hash_str(&h, "runtime abi");
    hash_str(&h, find_pkg(b, "runtime")->abihash);
  }
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

// The host-link flags of Go 1.6 and 1.7 (cmd/link hostlink), which for 386
// -buildmode=shared and -linkshared always linked externally, through gcc:
// a library -z relro and -shared; every shared-mode module -z now (all
// symbols bound at start-up: "lazy PLT resolution can use large amounts of
// stack at times we cannot allow it to do so", so every module is
// BIND_NOW) and -z nocopyreloc; -rdynamic follows the output name.
static void shared_link_flags(Argv *a, bool lib) {
  if (lib) {
    arg(a, "-Wl,-z,relro");
    arg(a, "-shared");
  }
  arg(a, "-Wl,-znow");
  arg(a, "-Wl,-znocopyreloc");
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
  // -g records the working directory, which no key holds: written as "."
  // so that an artifact is the same from wherever it was built; the
  // runtime's own paths (in its key) stay as they are, the later map
  // taking precedence.
  if (strcmp(b->cwd, "/") != 0)
    arg(a, bstr("-fdebug-prefix-map=%s=.", b->cwd));
  arg(a, bstr("-fdebug-prefix-map=%s=%s", b->rtdir, b->rtdir));
  if (shared) {
    arg(a, "-fPIC");
    arg(a, "-ftls-model=initial-exec");
  }
  arg(a, "-c");
  arg(a, "-o");
  arg(a, obj);
  arg(a, src);
}

// A module's calls and jumps to its own functions bind inside it, as Go's
// linker resolved them (it wrote one go.o and relocated every branch within
// it itself): GNU ld resolves `call F@PLT` and `jmp F` to a function the
// library defines directly, with no PLT entry and no dynamic relocation.
// Only a branch into another module goes through a PLT (a call, with EBX
// loaded) or, for a tail JMP, stays a text relocation that -z text refuses.
// Data keeps its GOT entries (only functions are bound). So a function of a
// library cannot be interposed on for the library's own calls, as in Go.
#define SYMBOLIC_FUNCTIONS "-Wl,-Bsymbolic-functions"

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
      const char *incs[2], *defs[4];
      asm_cpp_flags(b, p, shared, incs, defs);
      for (int k = 0; incs[k]; k++) {
        arg(&a, "-I");
        arg(&a, incs[k]);
      }
      // cmd/go's order: GOOS_ and GOARCH_, then the build mode's flags.
      for (int mode = 0; mode < 2; mode++) {
        if (mode == 1 && shared)
          arg(&a, "-dynlink");
        for (int k = 0; defs[k]; k++)
          if ((strncmp(defs[k], "GOBUILDMODE_", 12) == 0) == mode) {
            arg(&a, "-D");
            arg(&a, defs[k]);
          }
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

// The entry of key holding the files in want, if it is in the cache and
// whole: its directory. Otherwise NULL, with key's lock held in *lock for
// publish to release: a build that waited for another one building the same
// entry takes its result instead of building it again.
static char *lookup(Build *b, const char *what, const char *key, const char *const *want,
                    int *lock) {
  *lock = -1;
  for (int pass = 0;; pass++) {
    char *dir, *why;
    CacheStatus st = cache_get(&b->cache, key, want, &dir, &why);
    if (st == CACHE_HIT) {
      cache_unlock(*lock);
      *lock = -1;
      return dir;
    }
    if (st == CACHE_CORRUPT && b->verbose)
      fprintf(stderr, "# %s: cache entry corrupt (%s), rebuilding\n", what, why);
    if (pass == 1)
      return NULL;
    *lock = cache_lock(&b->cache, key);
  }
}

// Stores files paths[i] as names[i] under key and releases its lock;
// returns the entry's directory.
static char *publish(Build *b, const char *what, const char *key, const char *const *names,
                     const char *const *paths, int lock) {
  char *err = NULL;
  char *dir = cache_put(&b->cache, key, names, paths, lock >= 0, &err);
  cache_unlock(lock);
  if (!dir)
    die(b, "%s: %s", what, err);
  b->built++;
  return dir;
}

// ---------------------------------------------------------------- ABI

static void abi_of(Build *b, const Argv *objs, char out[65]) {
  if (!abi_hash(b->readelf, objs->v, objs->n, out))
    die(b, "cannot read the symbols of %s", objs->n ? objs->v[0] : "(none)");
}

// ---------------------------------------------------------------- registration

// How a module registers itself with the runtime.
typedef enum {
  REG_STATIC,   // a static program: it holds the runtime
  REG_RUNTIME,  // libruntime.so: PIC, holds the runtime
  REG_MODULE,   // any other shared-mode module: a library, a -linkshared program
} RegKind;

// One ABI record, as runtime/abi.c reads it (struct abirec): kind, length,
// the hash, the soname NUL-terminated, padded to 4 bytes; as long as the
// name is.
enum { ABI_SELF = 1, ABI_DEP = 2 };

static void abi_record(Buf *s, int n, int kind, const char *name, const char *hash) {
  buf_printf(s, "\t.balign 4\n.Labi%d:\n\t.long %d, .Labi%de-.Labi%d\n\t.ascii \"%s\"\n\t.asciz \"", n,
             kind, n, n, hash);
  for (const unsigned char *c = (const unsigned char *)name; *c; c++) {
    if (*c == '"' || *c == '\\')
      buf_printf(s, "\\%c", *c);
    else if (*c < 0x20 || *c >= 0x7f)
      buf_printf(s, "\\%03o", *c);
    else
      buf_putc(s, *c);
  }
  buf_printf(s, "\"\n\t.balign 4, 0\n.Labi%de:\n", n);
}

// The object that registers a module with the runtime, written as Go's
// linker wrote its part of a module (cmd/link, x86 gentext): the module's
// moduledata (local.moduledata: its function table's bounds, which ld
// gathers between __start_ and __stop_pic386_functab, and its ABI records:
// for a library its own, self, and for every module those of the
// libraries it is linked against, deps), and, in a module without the
// runtime, go.link.addmoduledata, called from .init_array, which hands it to
// runtime.addmoduledata through the PLT with EBX holding the GOT:
//
//	53                push %ebx
//	e8 .. .. .. ..    call __x86.get_pc_thunk.cx
//	8d 81 .. .. .. .. lea local.moduledata-.(%ecx), %eax
//	8d 99 .. .. .. .. lea _GLOBAL_OFFSET_TABLE_-.(%ecx), %ebx
//	e8 .. .. .. ..    call runtime.addmoduledata@PLT
//	5b                pop %ebx
//	c3                ret
//
// It comes last in the link, so, as in Go's go.o, it is the module's last
// code and the thunk it shares with the module's functions comes just before
// it. The module holding the runtime calls nothing: its moduledata is
// runtime.firstmoduledata, which the runtime reads (Go's gentext likewise
// wrote no init function "linking a module containing the runtime").
static char *regobj(Build *b, const char *dir, RegKind kind, const char *self, const char *selfhash,
                    Pkg **deps, int ndeps) {
  Buf s = {0};
  buf_puts(&s, "\t.weak __start_pic386_functab\n\t.hidden __start_pic386_functab\n"
               "\t.weak __stop_pic386_functab\n\t.hidden __stop_pic386_functab\n");
  const char *md = kind == REG_MODULE ? "local.moduledata" : "runtime.firstmoduledata";
  if (kind != REG_MODULE)
    buf_printf(&s, "\t.globl %s\n\t.hidden %s\n", md, md);
  buf_printf(&s,
             "\t.section %s,\"aw\",@progbits\n\t.balign 4\n\t.type %s, @object\n%s:\n"
             "\t.long __start_pic386_functab, __stop_pic386_functab, .Labi, .Labiend\n"
             "\t.size %s, .-%s\n",
             kind == REG_STATIC ? ".data" : ".data.rel.ro", md, md, md, md);
  buf_puts(&s, "\t.section .rodata\n\t.balign 4\n.Labi:\n");
  int n = 0;
  if (self)
    abi_record(&s, n++, ABI_SELF, self, selfhash);
  for (int i = 0; i < ndeps; i++)
    abi_record(&s, n++, ABI_DEP, libname(deps[i], ".so"), deps[i]->abihash);
  buf_puts(&s, ".Labiend:\n");
  if (kind == REG_MODULE) {
    buf_puts(&s, "\t.text\n\t.p2align 4\n\t.type go.link.addmoduledata, @function\n"
                 "go.link.addmoduledata:\n"
                 "\tpushl %ebx\n\tcall __x86.get_pc_thunk.cx\n.Lpc:\n"
                 "\tleal local.moduledata-.Lpc(%ecx), %eax\n"
                 // The GOT's distance from .Lpc: R_386_GOTPC gives GOT - field,
                 // and the field lies 8 bytes past .Lpc.
                 ".Lgot:\n\t{disp32} leal 8(%ecx), %ebx\n"
                 "\t.reloc .Lgot+2, R_386_GOTPC, _GLOBAL_OFFSET_TABLE_\n"
                 "\tcall runtime.addmoduledata@PLT\n\tpopl %ebx\n\tret\n"
                 "\t.size go.link.addmoduledata, .-go.link.addmoduledata\n"
                 "\t.section .init_array,\"aw\",@init_array\n\t.balign 4\n"
                 "\t.type go.link.addmoduledatainit, @object\ngo.link.addmoduledatainit:\n"
                 "\t.long go.link.addmoduledata\n"
                 "\t.size go.link.addmoduledatainit, 4\n"
                 // The same thunk pic386 asm writes (and Go's linker
                 // generated): one copy per module, whoever is linked first.
                 "\t.section .text.__x86.get_pc_thunk.cx,\"axG\",@progbits,"
                 "__x86.get_pc_thunk.cx,comdat\n\t.p2align 4, 0\n"
                 "\t.globl __x86.get_pc_thunk.cx\n\t.hidden __x86.get_pc_thunk.cx\n"
                 "\t.type __x86.get_pc_thunk.cx, @function\n__x86.get_pc_thunk.cx:\n"
                 "\tmovl (%esp), %ecx\n\tret\n"
                 "\t.size __x86.get_pc_thunk.cx, .-__x86.get_pc_thunk.cx\n\t.p2align 4, 0\n");
  }
  buf_puts(&s, "\t.section .note.GNU-stack,\"\",@progbits\n");
  char *src = bstr("%s/go.link.s", dir), *obj = bstr("%s/go.link.o", dir);
  FILE *f = fopen(src, "w");
  if (!f || fwrite(s.buf, 1, s.len, f) != s.len || fclose(f) != 0)
    die(b, "cannot write %s: %s", src, strerror(errno));
  buf_free(&s);
  char *argv_as[] = {(char *)b->as, "--32", "--fatal-warnings", "-o", obj, src, NULL};
  run(b, argv_as, "registration");
  return obj;
}

// Builds p's artifact (an archive, or a shared library linked against its
// dependencies) unless the cache has it. A shared library's entry holds its
// ABI hash too, in the file `abi`.
static void build_pkg(Build *b, Pkg *p, bool shared) {
  pkg_key(b, p, shared ? "shared" : "static", shared);
  char *name = libname(p, shared ? ".so" : ".a");
  const char *want[] = {name, shared ? "abi" : NULL, NULL};
  int lock;
  p->artdir = lookup(b, p->path, p->key, want, &lock);
  if (p->artdir) {
    p->art = bstr("%s/%s", p->artdir, name);
    if (shared) {
      size_t len;
      char *abifile = bstr("%s/abi", p->artdir);
      char *h = read_file(abifile, &len);
      if (!h || len != 64 || strspn(h, "0123456789abcdef") != 64)
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
    shared_link_flags(&a, true);
    soname(&a, name);
    arg(&a, "-Wl,-z,noexecstack");
    arg(&a, "-Wl,-z,text");
    arg(&a, SYMBOLIC_FUNCTIONS);
    arg(&a, "-o");
    arg(&a, tmpart);
    arg(&a, "-rdynamic");
    for (int i = 0; i < objs.n; i++)
      arg(&a, objs.v[i]);
    abi_of(b, &objs, p->abihash);
    Pkg **linked = bcalloc(p->ndeps + 1, sizeof *linked);
    int nlinked = 0;
    for (int i = 0; i < p->ndeps; i++)
      linked[nlinked++] = p->deps[i];
    if (!p->isruntime)
      linked[nlinked++] = find_pkg(b, "runtime");
    arg(&a, regobj(b, dir, p->isruntime ? REG_RUNTIME : REG_MODULE, name, p->abihash, linked,
                   nlinked));
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

  char *tmpabi = bstr("%s/abi", dir);
  if (shared) {
    FILE *f = fopen(tmpabi, "w");
    if (!f || fputs(p->abihash, f) < 0 || fclose(f) != 0)
      die(b, "cannot write %s: %s", tmpabi, strerror(errno));
  }
  const char *paths[] = {tmpart, tmpabi, NULL};
  p->artdir = publish(b, p->path, p->key, want, paths, lock);
  p->art = bstr("%s/%s", p->artdir, name);
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
  char *cwd = getcwd(NULL, 0);
  b.cwd = bdup(cwd ? cwd : "/");
  free(cwd);
  if (!b.rtdir) {
    fprintf(stderr, "pic386 build: cannot find the runtime sources (set PIC386_RUNTIME)\n");
    return 1;
  }
  b.cc = tool_env("PIC386_CC", "i686-linux-gnu-gcc");
  b.as = tool_env("PIC386_AS", "i686-linux-gnu-as");
  b.ar = tool_env("PIC386_AR", "i686-linux-gnu-ar");
  b.readelf = "i686-linux-gnu-readelf";
  const char *path = getenv("PIC386PATH");
  char *roots = bdup(path && *path ? path : ".");
  b.roots = bcalloc(strlen(roots) + 2, sizeof *b.roots);
  for (char *s = strtok(roots, ":"); s; s = strtok(NULL, ":"))
    b.roots[b.nroots++] = s;
  b.cache.mem = &mem;
  b.cache.root = cache_default_root(&b.cache);
  char *argv_mk[] = {"mkdir", "-p", b.cache.root, NULL};
  if (run_cmd(argv_mk, false) != 0) {
    fprintf(stderr, "pic386 build: cannot create the cache %s\n", b.cache.root);
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
      pkg_key(&b, p, mode, shared);
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
  Sha256 h;
  char key[65];
  sha256_init(&h);
  hash_str(&h, b.toolid);
  hash_str(&h, mode);
  hash_str(&h, outbase);
  for (int i = 0; i < ninout; i++)
    hash_str(&h, inout[i]->key);
  for (int i = 0; i < norder; i++)
    hash_str(&h, order[i]->key);
  sha256_hex(&h, key);
  // Stored as `out`: a name no other file of an entry has.
  const char *want[] = {"out", NULL};
  int lock;
  char *cached = lookup(&b, out, key, want, &lock);
  if (cached) {
    cached = bstr("%s/out", cached);
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
      shared_link_flags(&a, true);
      soname(&a, outbase);
      arg(&a, "-Wl,-z,text");
      arg(&a, SYMBOLIC_FUNCTIONS);
    } else if (!shared) {
      arg(&a, "-static");
    } else {
      shared_link_flags(&a, false);
      arg(&a, "-no-pie");
    }
    arg(&a, "-Wl,-z,noexecstack");
    arg(&a, "-o");
    arg(&a, linked);
    if (shared)
      arg(&a, "-rdynamic");
    for (int i = 0; i < objs.n; i++)
      arg(&a, objs.v[i]);
    {
      // The module's registration, last: for a shared-mode module with the
      // ABIs of the libraries it is linked against, and for a library its
      // own, for the runtime to compare at start-up.
      char selfhash[65] = "";
      if (b.bm_shared)
        abi_of(&b, &objs, selfhash);
      bool hasrt = false;
      for (int i = 0; i < ninout; i++)
        hasrt |= inout[i]->isruntime;
      RegKind k = !shared ? REG_STATIC : hasrt ? REG_RUNTIME : REG_MODULE;
      arg(&a, regobj(&b, b.work, k, b.bm_shared ? outbase : NULL, selfhash, shared ? order : NULL,
                     shared ? norder : 0));
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
    const char *paths[] = {linked, NULL};
    cached = bstr("%s/out", publish(&b, out, key, want, paths, lock));
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
