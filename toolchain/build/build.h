// build.h: `pic386 build`, `pic386 run` and `pic386 repro`, the layer above
// the assembler (as cmd/go is above cmd/asm): packages of Go-dialect .s
// files found on PIC386PATH, assembled by `pic386 asm` and linked by GNU
// tools into static programs, shared libraries and -linkshared programs,
// every artifact cached under a key made from its inputs.
//
//   build.c     `pic386 build`: packages, their keys, the tools' argv, the build
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
// and kinds of their exported symbols and the sizes of their data objects
// (`readelf -sW`); false if readelf fails.
bool abi_hash(const char *readelf, char *const *objs, int nobjs, char out[65]);

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

// ---------------------------------------------------------------- commands

int cmd_build(int argc, char **argv);   // build.c
int cmd_run(int argc, char **argv);     // runprog.c
int cmd_repro(int argc, char **argv);   // repro.c

#endif
