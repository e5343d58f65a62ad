// build.h: `pic386 build`, `pic386 run` and `pic386 repro`, the layer above
// the assembler (as cmd/go is above cmd/asm): packages of Go-dialect .s
// files found on PIC386PATH, assembled by `pic386 asm` and linked by GNU
// tools into static programs, shared libraries and -linkshared programs,
// every artifact cached under a key made from its inputs.
//
//   build.c     `pic386 build`: the command line, the cache keys, the build
//               itself (what is built in which order, looked up, published)
//   pkg.c       packages: finding them, their files, their imports
//   tools.c     the tools' command lines: asm/cpp flags, cc, link flags, and
//               the registration object every module links
//   asmdeps.c   what an assembly file reads (#include, by the assembler's own
//               preprocessor) and imports (path·sym references)
//   buildabi.c  a shared library's ABI hash: what -linkshared dependants key on
//   cache.c     the build cache's store: entries published whole, verified
//   runprog.c   `pic386 run`: an i386 program under qemu-i386 or natively
//   repro.c     `pic386 repro`: Go issue 15916, each fix on and off
//
// The types: a cache key is 64 hex digits of SHA-256 over everything that
// decides an artifact (the toolchain, flags, every file read, the keys of
// dependencies, or for -linkshared only their ABI hash); a Cache is the
// directory of entries under such keys, CacheStatus what a look-up found.
// A build (Build: flags, tools, roots, the work directory) loads a graph of
// Pkgs, each with its files, its imports and, once built, its key, its
// artifact in the cache and, shared, its ABI hash; an Argv is a command
// line being put together. Everything lives in one arena until the command
// ends (bstr, bdup, bcalloc, bgrow).
#ifndef PIC386_BUILD_H
#define PIC386_BUILD_H

#include "asm/asm.h"

// ---------------------------------------------------------------- asmdeps.c

// Tells fn every file `pic386 asm -I incdirs -D defines path` tries to
// #include, in order, found or not, by running the assembler's own
// preprocessor (in a child). false if the preprocessor reported errors (the
// assembler will report them) or could not be run: the list may be short.
bool asm_includes(const char *path, const char *const *incdirs, const char *const *defines,
                  void (*fn)(void *arg, const char *path, bool found), void *arg);
// The import paths a source's `path·sym` references name (outside comments
// and strings), into out (main excluded); whether it defines main·main,
// and ·main (main.main once assembled with -p main).
void scan_imports(const char *text, Map *out, bool *defines_main, bool *defines_dotmain);

// ---------------------------------------------------------------- buildabi.c

// The ABI hash of a shared library made of objs: a SHA-256 over the names
// and kinds of their exported symbols and the sizes of their data objects,
// read from their ELF symbol tables. NULL, or why not (malloc'd: "file:
// reason"; a file that is not ELF32, or is damaged, is an error, not a crash).
char *abi_hash(char *const *objs, int nobjs, char out[65]);

// ---------------------------------------------------------------- cache.c

// The build cache's store: entries of files under a key (64 hex digits),
// published whole or not at all and verified on every read (cache.c's
// header comment has the layout and the protocol).
typedef struct {
  char *root;      // the cache directory
  Arena *mem;      // where the strings cache_* return live
} Cache;

typedef enum { CACHE_MISS, CACHE_HIT, CACHE_CORRUPT } CacheStatus;

char *cache_default_root(Cache *c);   // $PIC386_CACHE, $XDG_CACHE_HOME/pic386, ~/.cache/pic386
char *cache_entry_dir(Cache *c, const char *key);
// Looks key up: *dir is its directory. CACHE_HIT: every file of the entry is
// as recorded and every name in want (NULL-terminated) is there.
// CACHE_CORRUPT: *why says what was not; the entry has been removed.
CacheStatus cache_get(Cache *c, const char *key, const char *const *want, char **dir, char **why);
// Publishes files paths[i] as names[i] (NULL-terminated) under key; returns
// the entry's directory (this build's, or one published meanwhile by
// another), or NULL with *err. locked: the caller holds cache_lock(key).
char *cache_put(Cache *c, const char *key, const char *const *names, const char *const *paths,
                bool locked, char **err);
// Waits for key's lock (it is released when the holder exits or dies).
// -1 when no lock can be had; building unlocked is still correct.
int cache_lock(Cache *c, const char *key);
void cache_unlock(int fd);

// ---------------------------------------------------------------- build.c

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
  char *incdir;     // holds pic386/abi.h, the contract the runtime's C is built to
  char *cwd;
  Cache cache;
  char *work;
  char *self;
  const char *cc, *as, *ar;
  char toolid[65];
  Pkg **pkgs;
  int npkgs;
  int built, reused;
} Build;

typedef struct {
  char **v;
  int n, cap;
} Argv;


// A module's calls and jumps to its own functions bind inside it, as Go's
// linker resolved them (it wrote one go.o and relocated every branch within
// it itself): GNU ld resolves `call F@PLT` and `jmp F` to a function the
// library defines directly, with no PLT entry and no dynamic relocation.
// Only a branch into another module goes through a PLT (a call, with EBX
// loaded) or, for a tail JMP, stays a text relocation that -z text refuses.
// Data keeps its GOT entries (only functions are bound). So a function of a
// library cannot be interposed on for the library's own calls, as in Go.
#define SYMBOLIC_FUNCTIONS "-Wl,-Bsymbolic-functions"

// ---------------------------------------------------------------- registration

// How a module registers itself with the runtime.
typedef enum {
  REG_STATIC,   // a static program: it holds the runtime
  REG_RUNTIME,  // libruntime.so: PIC, holds the runtime
  REG_MODULE,   // any other shared-mode module: a library, a -linkshared program
} RegKind;

// The build's arena: a formatted string, a copy, zeroed memory, an array
// grown (the old copy stays behind, unused).
char *bstr(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *bdup(const char *s);
void *bcalloc(size_t n, size_t size);
void *bgrow(void *old, size_t oldn, size_t newn, size_t size);
// `pic386 build: ...` and exit 1, the work directory removed unless -work.
void die(Build *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

// ---------------------------------------------------------------- pkg.c

bool has_suffix(const char *s, const char *suf);
Pkg *find_pkg(Build *b, const char *path);        // NULL if not loaded
// Loads path and, depth first, its imports; `from` imports it (NULL: named).
Pkg *load(Build *b, const char *path, const char *from);
char *find_include(const char *self);            // pic386/abi.h's directory; NULL if not found
char *find_runtime(const char *self);             // NULL if not found

// ---------------------------------------------------------------- tools.c

void asm_cpp_flags(Build *b, const Pkg *p, bool shared, const char **incs, const char **defs);
void run(Build *b, char **argv, const char *what);   // dies if the command fails
void make_dir(Build *b, const char *dir, const char *what);   // mkdir -p (-x prints it); dies if it fails
void arg(Argv *a, const char *s);
void shared_link_flags(Argv *a, bool lib);
void soname(Argv *a, const char *name);
char *libname(const Pkg *p, const char *ext);      // lib<path with - for />ext
bool copy_file(const char *from, const char *to);
Argv compile(Build *b, Pkg *p, const char *dir, bool shared);
void abi_of(Build *b, const Argv *objs, char out[65]);
char *regobj(Build *b, const char *dir, RegKind kind, const char *self, const char *selfhash,
             Pkg **deps, int ndeps);

// ---------------------------------------------------------------- commands

int cmd_build(int argc, char **argv);   // build.c
int cmd_run(int argc, char **argv);     // runprog.c
int cmd_repro(int argc, char **argv);   // repro.c

#endif
