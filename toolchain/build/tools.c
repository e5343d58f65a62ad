// tools.c: the tools a build runs and their command lines: pic386 asm with
// the -I and -D cmd/go gave Go's assembler, pic386 compile, the cross C
// compiler for the runtime's C, the link flags of Go's host links, and the
// object that registers a module with the runtime (its moduledata and ABI
// records, assembled from text written here).
#include "build/build.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>


// The -I and -D a package's .s files are assembled with (NULL-terminated,
// incs two slots, defs four): compile() passes them to pic386 asm, and the include scan
// of the package's key runs the preprocessor with the very same.
void asm_cpp_flags(Build *b, const Pkg *p, bool shared, const char **incs,
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

// ---------------------------------------------------------------- running

void run(Build *b, char **argv, const char *what) {
  int rc = run_cmd(argv, b->verbose);
  if (rc != 0)
    die(b, "%s: %s %s", what, argv[0], rc < 0 ? strerror(errno) : bstr("failed (exit %d)", rc));
}

// mkdir -p, in process; printed under -x as the command.
void make_dir(Build *b, const char *dir, const char *what) {
  if (mkdir_p(dir, b->verbose) != 0)
    die(b, "%s: mkdir -p %s: %s", what, dir, strerror(errno));
}

void arg(Argv *a, const char *s) {
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
void shared_link_flags(Argv *a, bool lib) {
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
void soname(Argv *a, const char *name) {
  arg(a, "-Xlinker");
  arg(a, "-soname");
  arg(a, "-Xlinker");
  arg(a, name);
}

char *libname(const Pkg *p, const char *ext) {
  char *n = bstr("lib%s%s", p->path, ext);
  for (char *q = n; *q; q++)
    if (*q == '/')
      *q = '-';
  return n;
}

bool copy_file(const char *from, const char *to) {
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
  arg(a, bstr("-I%s", b->incdir));
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
// Assembles (and, for the runtime, compiles) a package's sources into
// objects in dir; returns the object list.
Argv compile(Build *b, Pkg *p, const char *dir, bool shared) {
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
    // As cmd/go's -trimpath $WORK: the object names the file without the
    // work directory, which differs from build to build.
    arg(&as, "-trimpath");
    arg(&as, b->work);
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

// ---------------------------------------------------------------- ABI

void abi_of(Build *b, const Argv *objs, char out[65]) {
  char *why = abi_hash(objs->v, objs->n, out);
  if (why)
    die(b, "cannot read the symbols of %s", why);
}

// One ABI record, as runtime/abi.c reads it (struct abirec, pic386/abi.h):
// kind, length, the hash, the soname NUL-terminated, padded to 4 bytes; as
// long as the name is.
_Static_assert(offsetof(struct abirec, kind) == 0 && offsetof(struct abirec, len) == 4 &&
                   offsetof(struct abirec, hash) == 8 && offsetof(struct abirec, name) == 8 + ABI_HASH,
               "abi_record writes kind, len, hash, name");

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
_Static_assert(MODULEDATA_FTAB == 0 && MODULEDATA_EFTAB == 1 && MODULEDATA_ABI == 2 &&
                   MODULEDATA_EABI == 3 && MODULEDATA_WORDS == 4,
               "regobj writes moduledata's four words in this order");
char *regobj(Build *b, const char *dir, RegKind kind, const char *self, const char *selfhash,
                    Pkg **deps, int ndeps) {
  Buf s = {0};
  buf_puts(&s, "\t.weak __start_" FUNCTAB_SECTION "\n\t.hidden __start_" FUNCTAB_SECTION "\n"
               "\t.weak __stop_" FUNCTAB_SECTION "\n\t.hidden __stop_" FUNCTAB_SECTION "\n");
  const char *md = kind == REG_MODULE ? "local.moduledata" : "runtime.firstmoduledata";
  if (kind != REG_MODULE)
    buf_printf(&s, "\t.globl %s\n\t.hidden %s\n", md, md);
  buf_printf(&s,
             "\t.section %s,\"aw\",@progbits\n\t.balign 4\n\t.type %s, @object\n%s:\n"
             // MODULEDATA_FTAB, _EFTAB, _ABI, _EABI (pic386/abi.h), in order.
             "\t.long __start_" FUNCTAB_SECTION ", __stop_" FUNCTAB_SECTION ", .Labi, .Labiend\n"
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

