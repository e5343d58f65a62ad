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

char *bstr(const char *fmt, ...) {
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

char *bdup(const char *s) { return arena_strndup(&mem, s, strlen(s)); }
void *bcalloc(size_t n, size_t size) { return arena_alloc(&mem, n * size); }

// A growable array in the arena: the old copy stays behind, unused.
void *bgrow(void *old, size_t oldn, size_t newn, size_t size) {
  void *p = arena_alloc(&mem, newn * size);
  if (old)
    memcpy(p, old, oldn * size);
  return p;
}

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

void die(Build *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("pic386 build: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  if (b->work && !b->keepwork)
    rm_rf(b->work, false);
  exit(1);
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
  const char *tools[] = {b->cc, b->as, b->ar};
  for (int i = 0; i < 3; i++) {
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
  make_dir(b, dir, p->path);
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

enum { F_HELP = 'h', F_OUT = 256, F_LINKSHARED, F_VERBOSE, F_WORK, F_BUILDMODE, F_BUG };
static const struct option options[] = {
    {"h", no_argument, NULL, F_HELP},
    {"help", no_argument, NULL, F_HELP},
    {"o", required_argument, NULL, F_OUT},
    {"linkshared", no_argument, NULL, F_LINKSHARED},
    {"x", no_argument, NULL, F_VERBOSE},
    {"work", no_argument, NULL, F_WORK},
    {"buildmode", required_argument, NULL, F_BUILDMODE},
    {"bug", required_argument, NULL, F_BUG},
    {0},
};

int cmd_build(int argc, char **argv) {
  Build b = {0};
  FlagSet fs = {.cmd = "build", .usage = usage, .needs = "flag -%s needs an argument",
                .opts = options};
  unsigned bugs = 0;
  for (int f; (f = flag_next(&fs, argc, argv)) != FLAG_END;) {
    switch (f) {
    case FLAG_BAD:
      return 2;
    case F_HELP:
      fputs(usage, stdout);
      return 0;
    case F_OUT:
      b.out = optarg;
      break;
    case F_LINKSHARED:
      b.linkshared = true;
      break;
    case F_VERBOSE:
      b.verbose = true;
      break;
    case F_WORK:
      b.keepwork = true;
      break;
    case F_BUILDMODE:
      if (strcmp(optarg, "exe") && strcmp(optarg, "shared"))
        return flag_usage(&fs, "unknown -buildmode=%s (exe or shared)", optarg);
      b.bm_shared = !strcmp(optarg, "shared");
      break;
    case F_BUG:
      if (flag_bugs(&fs, optarg, &bugs))
        return 2;
      break;
    }
  }
  b.bug_morestack = bugs & BUG_15916_MORESTACK;
  b.bug_jmpdefer = bugs & BUG_15916_JMPDEFER;
  char **names = argv + optind;
  int nnames = argc - optind;
  if (!nnames) {
    fprintf(stderr, "pic386 build: no packages named\n%s", usage);
    return 2;
  }
  if (!b.bm_shared && nnames > 1) {
    fprintf(stderr, "pic386 build: one command package at a time (have %d)\n", nnames);
    return 2;
  }
  const char *self = find_self();
  if (!self)
    fatal("cannot find my own executable: %s", strerror(errno));
  b.self = bdup(self);
  b.rtdir = find_runtime(b.self);
  char *cwd = getcwd(NULL, 0);
  b.cwd = bdup(cwd ? cwd : "/");
  free(cwd);
  if (!b.rtdir) {
    fprintf(stderr, "pic386 build: cannot find the runtime sources (set PIC386_RUNTIME)\n");
    return 1;
  }
  b.incdir = find_include(b.self);
  if (!b.incdir) {
    fprintf(stderr, "pic386 build: cannot find pic386/abi.h beside %s (make install puts it in "
                    "PREFIX/include)\n", b.self);
    return 1;
  }
  b.cc = tool_env("PIC386_CC", "i686-linux-gnu-gcc");
  b.as = tool_env("PIC386_AS", "i686-linux-gnu-as");
  b.ar = tool_env("PIC386_AR", "i686-linux-gnu-ar");
  const char *path = getenv("PIC386PATH");
  char *roots = bdup(path && *path ? path : ".");
  b.roots = bcalloc(strlen(roots) + 2, sizeof *b.roots);
  for (char *s = strtok(roots, ":"); s; s = strtok(NULL, ":"))
    b.roots[b.nroots++] = s;
  b.cache.mem = &mem;
  b.cache.root = cache_default_root(&b.cache);
  if (mkdir_p(b.cache.root, false) != 0) {
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
      make_dir(&b, dir, inout[i]->path);
      Argv o = compile(&b, inout[i], dir, shared);
      for (int k = 0; k < o.n; k++)
        arg(&objs, o.v[k]);
    }
    // A directory of its own: the output may be named like a package's
    // first path element (command greet importing greet/util), whose
    // objects are in b.work/greet. No import path starts with '@'.
    char *linkdir = bstr("%s/@out", b.work);
    make_dir(&b, linkdir, out);
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
      make_dir(&b, outdir, out);
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
  if (!b.keepwork)
    rm_rf(b.work, false);
  return 0;
}
