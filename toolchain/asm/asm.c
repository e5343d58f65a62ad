// asm.c: `pic386 asm`, flags named as `go tool asm` names them.
#include "asm/asm.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "usage: pic386 asm [flags] file.s\n"
    "  -o file       output: *.o an ELF32 object (through i686-linux-gnu-as),\n"
    "                *.s or - the GNU as source itself (default: file.o)\n"
    "  -p path       import path of the package: what ·name means (default main)\n"
    "  -I dir        search dir for #include (repeatable)\n"
    "  -D name[=v]   predefine a macro (repeatable)\n"
    "  -shared       position-independent code: PC-relative data access\n"
    "  -dynlink      code may call into and read from other modules (implies -shared)\n"
    "  -S            print the instruction list after all passes\n"
    "  -trimpath dir the object names file.s without dir/ (STT_FILE)\n"
    "  -bug=LIST     reproduce a fixed bug: 15916-morestack (Go 1.6's bare\n"
    "                morestack call); 15916 and 15916-jmpdefer are accepted too\n"
    "  -h            this help;  --version  the version\n"
    "environment: PIC386_AS (default i686-linux-gnu-as)\n";

static bool ends_with(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && strcmp(s + n - m, suf) == 0;
}

// Go 1.7's order (cmd/internal/obj's flushplist): progedit over every
// Prog, follow, preprocess; then the listing and the text.
static void passes(Ctxt *c, Func *fn) {
  for (Prog *p = fn->text; p; p = p->link)
    progedit(c, fn, p);
  follow(c, fn);
  preprocess(c, fn);
  if (nerrors)
    return;
  if (c->want_list)
    list_func(c, fn);
  check_tls_bases(fn);
  emit_func(c, fn);
}

// One TEXT block, closed by the parser: the passes when it parsed cleanly,
// then everything the block held is released, so that memory is bounded by
// the largest block, not the file.
static void func_done(Ctxt *c, Func *fn, bool ok) {
  if (ok)
    passes(c, fn);
  arena_reset(&c->text_arena);
  pos_release();
  syms_release(c);
}

static void ctxt_free(Ctxt *c) {
  for (size_t i = 0; i < c->syms.cap; i++) {
    Sym *s = c->syms.keys[i] ? c->syms.vals[i] : NULL;
    if (!s)
      continue;
    for (int k = 0; k < s->ndata; k++)
      if (s->data[k].val.type == A_STRING)
        free((char *)s->data[k].val.str);
    free(s->data);
    free(s);
  }
  map_free(&c->syms);
  map_free(&c->tsyms);
  free(c->defs);
  free(c->deffiles);
  free(c->globls);
  arena_free(&c->text_arena);
  buf_free(&c->out);
  buf_free(&c->list);
}

// The translation proper, shared by `pic386 asm` and the fuzzing harness
// (fuzz/asm_fuzz.c): nothing in it exits on bad input (diag.c), and it
// frees all it allocated but the run-wide names and positions, which
// asm_release frees.
int asm_translate(const AsmFlags *f, const char *in, FILE *out) {
  // The name the object records (STT_FILE), as go tool asm -trimpath
  // recorded it: cmd/go passed its work directory, so that a file it wrote
  // there names the same in every build.
  const char *name = in;
  size_t tn = f->trimpath ? strlen(f->trimpath) : 0;
  if (tn && !strncmp(in, f->trimpath, tn) && in[tn] == '/')
    name = in + tn + 1;
  Ctxt c = {.pkg = f->pkg ? f->pkg : "main", .shared = f->shared || f->dynlink,
            .dynlink = f->dynlink, .bug_morestack = f->bug_morestack,
            .want_list = f->want_list, .annotate = f->annotate, .srcname = name, .outf = out};
  Cpp *cpp = cpp_open(in, f->incdirs, f->defines);
  if (cpp) {
    emit_begin(&c);
    parse_file(&c, cpp, func_done);
    syms_release(&c);   // DATA and GLOBL after the last TEXT, or with none
    if (!nerrors) {
      check_data(&c);
      emit_end(&c);
    }
    cpp_close(cpp);
  }
  ctxt_free(&c);
  return nerrors;
}

void asm_release(void) {
  cpp_release();
  diag_release();
}

// `go tool asm`'s flags; -D and -I also as -Dname and -Idir.
enum { F_HELP = 'h', F_VERSION = 256, F_SHARED, F_DYNLINK, F_LIST, F_OUT, F_PKG, F_BUG, F_TRIM };
static const struct option options[] = {
    {"h", no_argument, NULL, F_HELP},
    {"help", no_argument, NULL, F_HELP},
    {"version", no_argument, NULL, F_VERSION},
    {"shared", no_argument, NULL, F_SHARED},
    {"dynlink", no_argument, NULL, F_DYNLINK},
    {"S", no_argument, NULL, F_LIST},
    {"o", required_argument, NULL, F_OUT},
    {"p", required_argument, NULL, F_PKG},
    {"I", required_argument, NULL, 'I'},
    {"D", required_argument, NULL, 'D'},
    {"bug", required_argument, NULL, F_BUG},
    {"trimpath", required_argument, NULL, F_TRIM},
    {0},
};

int cmd_asm(int argc, char **argv) {
  AsmFlags c = {.pkg = "main"};
  const char *out = NULL, *in = NULL;
  char *owned_out = NULL;
  const char **incs = xcalloc(argc + 1, sizeof *incs);
  const char **defs = xcalloc(argc + 1, sizeof *defs);
  int ninc = 0, ndef = 0, status = 0;
  c.incdirs = incs;
  c.defines = defs;
  FlagSet fs = {.cmd = "asm", .usage = usage, .needs = "flag -%s needs a value",
                .shortopts = "D:I:", .opts = options};
  unsigned bugs = 0;
  for (int f; (f = flag_next(&fs, argc, argv)) != FLAG_END;) {
    switch (f) {
    case FLAG_BAD:
      status = 2;
      goto done;
    case F_HELP:
      fputs(usage, stdout);
      goto done;
    case F_VERSION:
      printf("pic386 asm %s (Go 1.7 386 passes)\n", PIC386_VERSION);
      goto done;
    case F_SHARED:
      c.shared = true;
      break;
    case F_DYNLINK:
      c.dynlink = true;
      break;
    case F_LIST:
      c.want_list = true;
      break;
    case F_OUT:
      out = optarg;
      break;
    case F_PKG:
      c.pkg = optarg;
      break;
    case 'I':
      incs[ninc++] = optarg;
      break;
    case 'D':
      defs[ndef++] = optarg;
      break;
    case F_BUG:
      // The morestack half is the assembler's; jmpdefer is build's.
      if ((status = flag_bugs(&fs, optarg, &bugs)))
        goto done;
      c.bug_morestack = c.bug_morestack || (bugs & BUG_15916_MORESTACK);
      break;
    case F_TRIM:
      c.trimpath = optarg;
      break;
    }
  }
  for (int i = optind; i < argc; i++) {
    if (in) {
      fprintf(stderr, "pic386 asm: one input file only (have %s and %s)\n%s", in, argv[i], usage);
      status = 2;
      goto done;
    }
    in = argv[i];
  }
  if (!in) {
    fprintf(stderr, "pic386 asm: no input file\n%s", usage);
    status = 2;
    goto done;
  }
  if (!out) {
    const char *base = strrchr(in, '/') ? strrchr(in, '/') + 1 : in;
    size_t n = strlen(base);
    if (ends_with(base, ".s"))
      n -= 2;
    out = owned_out = xasprintf("%.*s.o", (int)n, base);
  }

  // The object goes straight from our buffer into GNU as through a pipe;
  // text output goes to a temporary file. Either is renamed into place only
  // when everything succeeded.
  bool to_stdout = strcmp(out, "-") == 0;
  bool object = !to_stdout && !ends_with(out, ".s");
  OutFile of = {0};
  Proc as = {0};
  FILE *outf = NULL;
  if (!to_stdout && !outfile_open(&of, out)) {
    fprintf(stderr, "pic386 asm: cannot create %s: %s\n", out, strerror(errno));
    status = 1;
    goto done;
  }
  if (object) {
    // If GNU as dies, a write to it fails with EPIPE instead of killing us,
    // and its exit status says what happened.
    signal(SIGPIPE, SIG_IGN);
    // -mshared: a branch to a global defined in this file keeps its
    // relocation and its size (e8/e9 rel32), as Go's did; GNU as would
    // otherwise resolve it here and shorten a JMP to eb rel8.
    char *argv_as[] = {(char *)tool_env("PIC386_AS", "i686-linux-gnu-as"), "--32",
                       "-mshared", "--fatal-warnings", "-o", of.tmp, NULL};
    if (!proc_start(&as, argv_as, false)) {
      outfile_abort(&of);
      fprintf(stderr, "pic386 asm: cannot run %s: %s\n", argv_as[0], strerror(errno));
      status = 1;
      goto done;
    }
    outf = as.in;
  } else if (to_stdout) {
    outf = stdout;
    c.annotate = true;
  } else {
    c.annotate = true;
    outf = fopen(of.tmp, "w");
    if (!outf) {
      outfile_abort(&of);
      fprintf(stderr, "pic386 asm: cannot write %s: %s\n", out, strerror(errno));
      status = 1;
      goto done;
    }
  }
  status = asm_translate(&c, in, outf) ? 1 : 0;
  if (object) {
    int rc = proc_wait(&as);
    if (!status && rc != 0) {
      fprintf(stderr, "pic386 asm: %s: GNU as failed (status %d) on the generated code\n", in, rc);
      status = 1;
    }
  } else if (!to_stdout) {
    if (fclose(outf) != 0)
      status = 1;
  } else {
    fflush(stdout);
  }
  if (!to_stdout) {
    if (status)
      outfile_abort(&of);
    else if (!outfile_commit(&of)) {
      fprintf(stderr, "pic386 asm: cannot write %s: %s\n", out, strerror(errno));
      status = 1;
    }
  }
done:
  asm_release();
  free(incs);
  free(defs);
  free(owned_out);
  return status;
}
