// compile.c: `pic386 compile [-o file.s] [-p importpath] [-I dir] [-dynlink]
// [-S] file.go...`: reads one package's files, checks them, and writes Go
// 1.7-dialect 386 assembly function by function into a temporary file that
// is linked into place at the end, so that a failure leaves nothing behind.
// -S prints the assembly on stdout as well.
#include "compile.h"

#include <errno.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

Arena carena;
static Arena fnarena;   // one top-level function body's, reset after it
Arena *cur_arena = &carena;
int cerrors;

// Where a compilation unwinds to when it cannot go on (compile_go): a
// syntax error, the tenth error, an unreadable file. Not exit(), so that
// the fuzzing harness runs the same code as the command, input after input.
static jmp_buf stop;
static bool stop_armed;

static _Noreturn void stop_compile(void) {
  if (!stop_armed)
    exit(1);   // outside compile_go: no one to unwind to
  longjmp(stop, 1);
}

void *calloc_c(size_t n) { return arena_alloc(cur_arena, n ? n : 1); }

char *cstrndup(const char *s, size_t n) { return arena_strndup(cur_arena, s, n); }

static Arena sigarena;   // signature nodes while their types are resolved
static int sigdepth;

void sig_parse(Node *d) {
  Arena *prev = cur_arena;
  cur_arena = &sigarena;
  sigdepth++;
  parse_signature_again(d);
  cur_arena = prev;
}

void sig_done(void) {
  if (--sigdepth == 0)
    arena_reset(&sigarena);
}

static int body_scope_mark;

void body_begin(void) {
  cur_arena = &fnarena;
  body_scope_mark = scope_tabs_mark();
}

void body_end(void) {
  scope_tabs_release(body_scope_mark);
  arena_reset(&fnarena);
  cur_arena = &carena;
}

char *cfmt(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = NULL;
  int n = vasprintf(&s, fmt, ap);
  va_end(ap);
  if (n < 0)
    fatal("out of memory");
  char *r = cstrndup(s, n);
  free(s);
  return r;
}

enum { MAX_CERRORS = 10 };

void cerror(CPos p, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "%s:%d:%d: ", p.file ? p.file : "?", p.line, p.col);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  if (++cerrors >= MAX_CERRORS) {
    fprintf(stderr, "%s:%d:%d: too many errors\n", p.file ? p.file : "?", p.line, p.col);
    stop_compile();
  }
}

// gen_try's: where a cfatal in the back end unwinds to, and its message.
static jmp_buf genstop;
static bool genstop_armed;
static char *genfatal;

bool gen_try(void (*fn)(void)) {
  genstop_armed = true;
  if (setjmp(genstop) == 0)
    fn();
  genstop_armed = false;
  return !genfatal;
}

bool gen_stopped(void) { return genfatal != NULL; }

void cfatal(CPos p, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  if (genstop_armed) {
    char *msg = NULL;
    if (vasprintf(&msg, fmt, ap) < 0 ||
        asprintf(&genfatal, "%s:%d:%d: %s\n", p.file ? p.file : "?", p.line, p.col, msg) < 0)
      fatal("out of memory");
    free(msg);
    va_end(ap);
    if (fg)   // the function being generated: its frame is about to go
      buf_free(&fg->body);
    fg = NULL;
    genstop_armed = false;
    longjmp(genstop, 1);
  }
  fprintf(stderr, "%s:%d:%d: ", p.file ? p.file : "?", p.line, p.col);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  stop_compile();
}

void unsupported(CPos p, const char *what) {
  cfatal(p, "%s %s not supported by pic386 compile", what,
         !strcmp(what, "generics") || !strncmp(what, "cgo", 3) || !strncmp(what, "defer of", 8) ||
                 !strncmp(what, "op=", 3) || !strncmp(what, "unsafe.", 7)
             ? "is"
             : "are");
}

static const char usage[] =
    "usage: pic386 compile [-o file.s] [-p importpath] [-I dir] [-dynlink] [-S] file.go...\n"
    "  -o file     write the assembly to file (default: the first file's name with .s)\n"
    "  -p path     the package's import path (default: main for package main, else its name)\n"
    "  -I dir      look for imported packages' .go files in dir/<importpath> (repeatable)\n"
    "  -dynlink    the code will be linked into or against shared libraries (accepted as\n"
    "              Go's compiler did; the assembler does the rewriting)\n"
    "  -S          also print the assembly on standard output\n";

static char *read_file_c(const char *path) {
  size_t len;
  char *text = read_file(path, &len);
  if (!text) {
    fprintf(stderr, "pic386 compile: read %s: %s\n", path, strerror(errno));
    stop_compile();
  }
  if (memchr(text, 0, len)) {
    free(text);
    fprintf(stderr, "%s:1:1: invalid NUL character\n", path);
    stop_compile();
  }
  char *s = cstrndup(text, len);
  free(text);
  return s;
}

static bool compile_stages(const char *const *files, int nfiles, const char *path) {
  universe_init();
  FileAST *fas[256];
  int nf = 0;
  const char *pkgname = NULL;
  for (int i = 0; i < nfiles; i++) {
    char *src = read_file_c(files[i]);
    FileAST *fa = file_ast(parse_go_file(files[i], src));
    if (pkgname && strcmp(pkgname, fa->pkgname))
      cfatal(fa->pkgpos, "package %s; expected %s", fa->pkgname, pkgname);
    pkgname = fa->pkgname;
    fas[nf++] = fa;
  }
  Package *pkg = calloc_c(sizeof *pkg);
  pkg->name = pkgname;
  pkg->path = path ? path : !strcmp(pkgname, "main") ? "main" : pkgname;
  pkg->scope = scope_new(universe);
  check_package(pkg, fas, nf);
  // Unused imports, as gc reported them.
  for (int f = 0; f < nf; f++)
    for (int i = 0; i < fas[f]->nimports; i++) {
      Node *im = fas[f]->imports[i];
      if (im->obj && !im->obj->pkgused && strcmp(im->obj->name, "_"))
        cerror(im->pos, "imported and not used: \"%s\"", im->sval);
    }
  if (!strcmp(pkgname, "main")) {
    Obj *m = scope_lookup_local(pkg->scope, "main");
    if (!m || m->kind != O_FUNC)
      cerror((CPos){files[0], 1, 1}, "function main is undeclared in the main package");
  }
  if (cerrors)
    return false;
  if (genfatal) {   // the first body the back end refused, now that all are checked
    fputs(genfatal, stderr);
    return false;
  }
  int from = nfuncs;
  gen_wrappers();
  gen_end(from);
  return true;
}

// The stages over one package's files, into gen.sink (or gen.out); false
// after an error (reported). compile_release undoes what it leaves, success or not.
bool compile_go(const char *const *files, int nfiles, const char *path) {
  // volatile: read after a longjmp back here.
  volatile bool ok = false;
  stop_armed = true;
  if (setjmp(stop) == 0) {
    ok = compile_stages(files, nfiles, path);
  }
  stop_armed = false;
  return ok;
}

// Every stage's state as before the first compilation, the arena freed
// (gen.dynlink and import_dirs are the caller's flags, set again per run).
void compile_release(void) {
  bool dynlink = gen.dynlink;
  check_reset();
  checkcall_reset();
  checkstmt_reset();
  data_reset();
  gen_reset();
  package_reset();
  scan_reset();
  types_reset();
  arena_free(&fnarena);
  arena_free(&sigarena);
  sigdepth = 0;
  arena_free(&carena);
  cur_arena = &carena;
  free(genfatal);
  genfatal = NULL;
  genstop_armed = false;
  cerrors = 0;
  gen.dynlink = dynlink;
}

enum { F_HELP = 'h', F_OUT = 256, F_PATH, F_IMPORT, F_DYNLINK, F_LIST };
static const struct option options[] = {
    {"h", no_argument, NULL, F_HELP},
    {"help", no_argument, NULL, F_HELP},
    {"o", required_argument, NULL, F_OUT},
    {"p", required_argument, NULL, F_PATH},
    {"I", required_argument, NULL, F_IMPORT},
    {"dynlink", no_argument, NULL, F_DYNLINK},
    {"shared", no_argument, NULL, F_DYNLINK},
    {"S", no_argument, NULL, F_LIST},
    {0},
};

// The text compiled: the spool's (if any), then what gen.out still holds.
static bool copy_text(FILE *spool, FILE *to) {
  bool ok = !spool || copy_stream(spool, to);
  return fwrite(gen.out.buf ? gen.out.buf : "", 1, gen.out.len, to) == gen.out.len && ok;
}

// Closes f, the output's temporary file (err: a write error already met,
// an errno), and links it into place, or removes it: 0, or 1 after saying
// why.
static int commit_out(OutFile *of, FILE *f, const char *dst, int err) {
  if (fflush(f) != 0 && !err)
    err = errno;
  if (fclose(f) != 0 && !err)
    err = errno;
  if (err) {
    fprintf(stderr, "pic386 compile: write %s: %s\n", dst, strerror(err));
    outfile_abort(of);
    return 1;
  }
  if (!outfile_commit(of)) {
    fprintf(stderr, "pic386 compile: write %s: %s\n", dst, strerror(errno));
    return 1;
  }
  return 0;
}

// dst from the spool, as an OutFile (openerr: the first attempt's errno).
static int write_whole(const char *dst, FILE *spool, int openerr) {
  OutFile of;
  bool opened = outfile_open(&of, dst);
  FILE *f = opened ? fopen(of.tmp, "wb") : NULL;
  if (!f) {
    if (openerr)
      errno = openerr;
    fprintf(stderr, "pic386 compile: create %s: %s\n", dst, strerror(errno));
    if (opened)
      outfile_abort(&of);
    return 1;
  }
  errno = 0;
  int err = copy_text(spool, f) ? 0 : errno ? errno : EIO;
  return commit_out(&of, f, dst, err);
}

int cmd_compile(int argc, char **argv) {
  const char *out = NULL, *path = NULL;
  bool listing = false;
  const char *files[256];
  int nfiles = 0;
  FlagSet fs = {.cmd = "compile", .usage = usage, .needs = "-%s needs an argument",
                .opts = options};
  for (int f; (f = flag_next(&fs, argc, argv)) != FLAG_END;) {
    switch (f) {
    case FLAG_BAD:
      return 2;
    case F_HELP:
      fputs(usage, stdout);
      return 0;
    case F_OUT:
      out = optarg;
      break;
    case F_PATH:
      path = optarg;
      break;
    case F_IMPORT:
      if (nimport_dirs == 16) {
        fprintf(stderr, "pic386 compile: too many -I\n");
        return 2;
      }
      import_dirs[nimport_dirs++] = optarg;
      break;
    case F_DYNLINK:
      gen.dynlink = true;
      break;
    case F_LIST:
      listing = true;
      break;
    }
  }
  for (int i = optind; i < argc; i++) {
    const char *a = argv[i];
    size_t l = strlen(a);
    if (l < 4 || strcmp(a + l - 3, ".go")) {
      fprintf(stderr, "pic386 compile: %s: not a .go file\n", a);
      return 2;
    }
    if (nfiles == 256) {
      fprintf(stderr, "pic386 compile: too many files\n");
      return 2;
    }
    files[nfiles++] = a;
  }
  if (!nfiles) {
    fprintf(stderr, "pic386 compile: no .go files\n%s", usage);
    return 2;
  }
  char *dst;
  if (out) {
    dst = xstrdup(out);
  } else {
    const char *base = strrchr(files[0], '/');
    base = base ? base + 1 : files[0];
    dst = xasprintf("%.*s.s", (int)(strlen(base) - 3), base);
  }
  // The text is written function by function (gen_flush), so that the
  // whole of it is never held: into the output's temporary file when it is
  // a regular file (linked into place only after a success: nothing
  // half-written is left, whatever stops us, as pic386 asm writes), else
  // into an unnamed spool copied out after a success. A failure to create
  // the output is reported only after a successful compilation, as ever.
  bool tostdout = !strcmp(dst, "-");
  OutFile of;
  FILE *f = NULL, *spool = NULL;
  int openerr = 0;
  if (!tostdout && !listing) {
    bool opened = outfile_open(&of, dst);
    if (opened && of.direct) {
      outfile_abort(&of);   // a device or a pipe: spooled, not streamed
    } else {
      f = opened ? fopen(of.tmp, "wb") : NULL;
      if (!f) {
        openerr = errno;
        if (opened)
          outfile_abort(&of);
      }
    }
  }
  if (!f)
    spool = tmpfile();   // NULL: the text stays in gen.out
  gen.sink = f ? f : spool;
  bool compiled = compile_go(files, nfiles, path);
  int sinkerr = gen.sinkerr;
  int rc = 0;
  if (!compiled) {
    rc = 1;
  } else if (sinkerr && !f) {
    fprintf(stderr, "pic386 compile: write a temporary file: %s\n", strerror(sinkerr));
    rc = 1;
  } else {
    if (listing || tostdout)
      copy_text(spool, stdout);
    if (f) {
      rc = commit_out(&of, f, dst, sinkerr);
      f = NULL;
    } else if (!tostdout) {
      rc = write_whole(dst, spool, openerr);
    }
  }
  if (f) {
    fclose(f);
    outfile_abort(&of);
  }
  if (spool)
    fclose(spool);
  free(dst);
  compile_release();
  return rc;
}
