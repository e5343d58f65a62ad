// internal.h: what every pic386 command shares, the bottom layer of the
// toolchain (as Go's cmd/internal is of cmd/): memory, text, diagnostics,
// processes, hashing. Nothing here knows about assembly, packages or ELF.
//
//   util.c    arenas, checked allocation, Buf, Map, Go's escape table
//   diag.c    source positions and diagnostics
//   run.c     child processes (GNU binutils, the C compiler, the assembler's
//             own preprocessor in a fork) and outputs put in place whole
//   sha256.c  SHA-256: the build cache's keys and its checks
//   flags.c   every command's flags, through getopt_long_only; the -bug= table
//   files.c   this binary's path; mkdir -p and rm -rf, in process
//
// The types, bottom up: an Arena owns everything one stage (or one TEXT
// block) allocates and frees it at once; a Buf collects output text; a Map
// names things by string. A Pos is where a line came from -- an interned
// file name, a line, and the Pos of the #include that brought the file in --
// and is what every diagnostic prints. A Proc is a child process reading what
// we write; an OutFile is a file that appears whole or not at all. Sha256 is
// a running hash. A FlagSet is one command's flags and what it says when
// they are misused.
//
// The layers above include this header: asm/asm.h (the assembler),
// build/build.h (`pic386 build`, `run`, `repro`, over asm.h),
// compile/compile.h (`pic386 compile`); vet/ uses it beside vet/vet.h.
#ifndef PIC386_INTERNAL_H
#define PIC386_INTERNAL_H

#include <getopt.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define PIC386_VERSION "0.1.0"

// ---------------------------------------------------------------- util.c

// Arena: bump allocation in chunks, freed or reset all at once.
typedef struct ArenaChunk ArenaChunk;
typedef struct {
  ArenaChunk *head;
} Arena;

void *arena_alloc(Arena *a, size_t n);     // zeroed, 8-byte aligned
char *arena_strndup(Arena *a, const char *s, size_t n);
void arena_reset(Arena *a);                // keep the first chunk, drop the rest
bool arena_owns(const Arena *a, const void *p);
void arena_free(Arena *a);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *read_file(const char *path, size_t *len);   // NUL-terminated; NULL with errno
int cmp_strp(const void *a, const void *b);       // qsort: char * by strcmp

// Makes room for element n of arr, whose capacity is cap (both updated).
#define GROW(arr, n, cap)                                   \
  do {                                                      \
    if ((n) >= (cap)) {                                     \
      (cap) = (cap) ? (cap) * 2 : 16;                       \
      (arr) = xrealloc((arr), (size_t)(cap) * sizeof *(arr)); \
    }                                                       \
  } while (0)

// A growable byte buffer; the output of emit.c and list.c goes through one.
typedef struct {
  char *buf;
  size_t len, cap;
} Buf;

void buf_grow(Buf *b, size_t n);   // room for n more bytes
// Inline: it runs for almost every byte of output.
static inline void buf_putc(Buf *b, char c) {
  if (b->len == b->cap)
    buf_grow(b, 1);
  b->buf[b->len++] = c;
}
void buf_puts(Buf *b, const char *s);
void buf_putn(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_free(Buf *b);

// A string set/map with stable keys (the keys are copied in).
typedef struct {
  char **keys;
  void **vals;
  uint64_t *hashes;   // each key's hash: probes compare it before the bytes
  size_t cap, n;
} Map;

void *map_get(Map *m, const char *key);
uint64_t map_hash(const char *key);
// The same for a key of len bytes not NUL-terminated (a token in a line):
// map_hashn(key, strlen(key)) == map_hash(key).
uint64_t map_hashn(const char *key, size_t len);
void *map_getn(Map *m, const char *key, size_t len);
// map_getn with its hash already taken (h = map_hashn(key, len)): one key
// looked up in several maps.
void *map_getn_hashed(Map *m, const char *key, size_t len, uint64_t h);
bool map_deln(Map *m, const char *key, size_t len);   // false if it was not there
bool map_has(Map *m, const char *key);
const char *map_put(Map *m, const char *key, void *val);   // returns its copy of key
void map_free(Map *m);
void map_clear(Map *m);    // frees the keys, keeps the table

// Go's escapes (the spec's escaped_char, \x, \u, \U and octal), for pic386
// asm's lexer and pic386 compile's scanner: after a backslash, c is either a
// one-character escape (value >= 0), or starts a number of ndigits digits
// in base (octal: c is the first of them), or neither (value -1, ndigits 0:
// the caller decides, e.g. \' and \" by its quote).
typedef struct {
  int value;      // \a \b \f \n \r \t \v \\: the character's value; else -1
  int ndigits;    // x: 2, u: 4, U: 8, 0-7: 3; else 0
  int base;       // 16 or 8, with ndigits
  bool is_byte;   // \x and octal: a byte value, not a code point
} GoEscape;
GoEscape go_escape(char c);
// 0-15, or -1. Inline: the lexer runs it for every digit.
static inline int hex_digit(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
    return (c | 0x20) - 'a' + 10;
  return -1;
}

// ---------------------------------------------------------------- diag.c

// A source position: the file name is interned (lives for the whole run);
// `from` is the position of the #include that brought this file in (kept for
// the whole run), so a diagnostic can print the include chain.
typedef struct Pos Pos;
struct Pos {
  const char *file;
  int line;
  const Pos *from;
};

extern int nerrors;     // diagnostics so far
extern const char *progname;
// After this many errors no more are printed and the input is read as if it
// had ended (cpp_next returns TK_EOF): every stage winds down through its
// ordinary code. Nothing exits on bad input; only fatal() does.
enum { MAX_ERRORS = 20 };

void error_at(const Pos *pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void warn_at(const Pos *pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// A fatal error with no position (I/O, a tool that cannot be run): exit 1.
_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
const Pos *pos_intern(const Pos *p);   // a line's position, valid until two pos_release
void pos_release(void);                // a TEXT block is done with its positions
const Pos *pos_keep(const Pos *p);     // a copy for the whole run (with its from chain)
// An error after which reading on makes no sense (an #include cycle, the
// expansion budget spent): later diagnostics are dropped, input ends.
void diag_stop(void);
bool diag_stopped(void);
void diag_release(void);               // the run is over: frees every position, nerrors = 0

// ---------------------------------------------------------------- textflag.h

// TEXT/GLOBL flags, Go's values (textflag.h): what `pic386 asm` reads and
// `pic386 compile` writes. They are the contract with the runtime
// (pic386/abi.h, F_NOSPLIT etc. and their names), with struct functab and
// the stack constants.
#include <pic386/abi.h>

// ---------------------------------------------------------------- run.c

// A child process whose standard input is a pipe from us.
typedef struct {
  int pid;
  FILE *in;
} Proc;
bool proc_start(Proc *pr, char *const argv[], bool verbose);  // -x: print argv
int proc_wait(Proc *pr);   // closes in; exit status, 128+signal, or -1
int run_cmd(char *const argv[], bool verbose);
int run_capture(char *const argv[], Buf *out, bool verbose);   // stdout into out
// fn(arg) in a forked child: its stdout into out, stderr discarded; its
// exit status (fn's return value, or 128+signal).
int run_func_capture(int (*fn)(void *arg), void *arg, Buf *out);
// The tool named by environment variable var, or dflt if it is unset or empty
// (PIC386_AS, PIC386_CC, PIC386_AR: one rule for every command).
const char *tool_env(const char *var, const char *dflt);
// A temporary file in the directory of `path`, put in place by commit or
// dropped by abort. Unnamed where the system allows (O_TMPFILE: nothing is
// left after any crash), else a named file removed on exit and on
// SIGINT/SIGTERM/SIGHUP. tmp is always a path that open(2) can write.
typedef struct {
  char *path;   // final
  char *tmp;    // temporary (the path itself when direct; /proc/self/fd/N when unnamed)
  bool direct;  // not a regular file (a device, a pipe): written in place
  int fd;       // the unnamed file, or -1
} OutFile;
bool outfile_open(OutFile *o, const char *path);
bool outfile_commit(OutFile *o);
void outfile_abort(OutFile *o);

// ---------------------------------------------------------------- flags.c

// One command's flags: the long options (each a distinct val), the
// one-letter ones that also take a value attached (shortopts, e.g. "D:I:"),
// the usage text printed after any usage error, and the words of its
// missing-value error ("flag -%s needs a value").
typedef struct {
  const char *cmd;              // "asm": messages start "pic386 asm: "
  const char *usage;
  const char *needs;            // printf format, %s the flag's name
  const char *shortopts;
  const struct option *opts;    // ends with a zeroed entry
  bool in_order;                // flags end at the first operand
  bool started;
} FlagSet;
enum { FLAG_END = -1, FLAG_BAD = -2 };
// The next flag's val (optarg its value), FLAG_END with optind at the first
// operand (operands are moved after the flags unless in_order), or
// FLAG_BAD after printing the error and the usage (exit status 2).
int flag_next(FlagSet *fs, int argc, char **argv);
// "pic386 CMD: msg" and the usage on stderr; returns 2, the exit status.
int flag_usage(const FlagSet *fs, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// -bug=LIST: the halves of the issue 15916 fix that LIST turns off, or'ed
// into *bugs (15916 is both). 0, or 2 after an unknown name (printed).
enum { BUG_15916_MORESTACK = 1, BUG_15916_JMPDEFER = 2 };
int flag_bugs(const FlagSet *fs, const char *list, unsigned *bugs);

// ---------------------------------------------------------------- files.c

// This binary (/proc/self/exe), or NULL with errno set.
const char *find_self(void);
// mkdir -p and rm -rf, printed as such when verbose (-x); 0 or -1 (errno).
int mkdir_p(const char *path, bool verbose);
int rm_rf(const char *path, bool verbose);
// The whole of from (rewound first: a spool written before) onto to;
// false on a read or write error (errno).
bool copy_stream(FILE *from, FILE *to);

// ---------------------------------------------------------------- sha256.c

typedef struct {
  uint32_t state[8];
  uint64_t len;
  uint8_t buf[64];
} Sha256;
void sha256_init(Sha256 *h);
void sha256_update(Sha256 *h, const void *data, size_t n);
void sha256_hex(Sha256 *h, char out[65]);   // finishes h

#endif
