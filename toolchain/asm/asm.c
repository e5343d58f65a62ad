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

static void func_done(Ctxt *c, Func *fn) {
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

// Accepts -flag value, -flag=value, --flag, and -Dname / -Idir.
static const char *flag_value(int argc, char **argv, int *i, const char *name) {
  const char *a = argv[*i];
  if (a[1] == '-')
    a++;
  size_t n = strlen(name);
  if (strncmp(a + 1, name, n) != 0)
    return NULL;
  const char *rest = a + 1 + n;
  if (*rest == '=')
    return rest + 1;
  if (*rest && (name[0] == 'D' || name[0] == 'I') && name[1] == 0)
    return rest;
  if (*rest)
    return NULL;
  if (*i + 1 >= argc) {
    fprintf(stderr, "pic386 asm: flag -%s needs a value\n%s", name, usage);
    exit(2);
  }
  return argv[++*i];
}

static bool is_flag(const char *a, const char *name) {
  if (a[0] != '-')
    return false;
  if (a[1] == '-')
    a++;
  return strcmp(a + 1, name) == 0;
}

int cmd_asm(int argc, char **argv) {
  AsmFlags c = {.pkg = "main"};
  const char *out = NULL, *in = NULL;
  char *owned_out = NULL;
  const char **incs = xcalloc(argc + 1, sizeof *incs);
  const char **defs = xcalloc(argc + 1, sizeof *defs);
  int ninc = 0, ndef = 0, status = 0;
  c.incdirs = incs;
  c.defines = defs;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i], *v;
    if (a[0] != '-' || strcmp(a, "-") == 0) {
      if (in) {
        fprintf(stderr, "pic386 asm: one input file only (have %s and %s)\n%s", in, a, usage);
        status = 2;
        goto done;
      }
      in = a;
    } else if (is_flag(a, "h") || is_flag(a, "help")) {
      fputs(usage, stdout);
      goto done;
    } else if (is_flag(a, "version")) {
      printf("pic386 asm %s (Go 1.7 386 passes)\n", PIC386_VERSION);
      goto done;
    } else if (is_flag(a, "shared")) {
      c.shared = true;
    } else if (is_flag(a, "dynlink")) {
      c.dynlink = true;
    } else if (is_flag(a, "S")) {
      c.want_list = true;
    } else if ((v = flag_value(argc, argv, &i, "o"))) {
      out = v;
    } else if ((v = flag_value(argc, argv, &i, "p"))) {
      c.pkg = v;
    } else if ((v = flag_value(argc, argv, &i, "I"))) {
      incs[ninc++] = v;
    } else if ((v = flag_value(argc, argv, &i, "D"))) {
      defs[ndef++] = v;
    } else if ((v = flag_value(argc, argv, &i, "bug"))) {
      char *list = xstrdup(v);
      for (char *s = strtok(list, ","); s; s = strtok(NULL, ",")) {
        if (strcmp(s, "15916-morestack") == 0 || strcmp(s, "15916") == 0)
          c.bug_morestack = true;
        else if (strcmp(s, "15916-jmpdefer") != 0) {
          fprintf(stderr, "pic386 asm: unknown bug %s (known: 15916, 15916-morestack, 15916-jmpdefer)\n%s",
                  s, usage);
          free(list);
          status = 2;
          goto done;
        }
      }
      free(list);
    } else if ((v = flag_value(argc, argv, &i, "trimpath"))) {
      c.trimpath = v;
    } else {
      fprintf(stderr, "pic386 asm: unknown flag %s\n%s", a, usage);
      status = 2;
      goto done;
    }
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
