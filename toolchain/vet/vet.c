// vet.c: `pic386 vet`: flags, files and directories, one module at a time.
#include "vet/vet.h"

#include "internal/internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char usage[] =
    "usage: pic386 vet [-json] [-q] [-abi=auto|sysv|go] [-runtime lib] [-L dir]... [-j N] file-or-dir...\n"
    "\n"
    "Proves, in i386 ELF modules (shared objects, PIE and non-PIE executables),\n"
    "that every call or jump into a position-independent PLT entry\n"
    "(jmp *slot(%ebx)) is made with EBX holding the module's GOT; in Go modules,\n"
    "also that every deferred call jmpdefer makes return to a runtime.deferreturn\n"
    "call site lands on a sequence that loads EBX before the PLT call (Go issue\n"
    "15916). Directories are searched recursively (symbolic links inside them\n"
    "are not followed; files that are not i386 ELF there are skipped).\n"
    "\n"
    "  -json          one JSON object per line: findings ({\"type\":\"finding\", file,\n"
    "                 function, offset, address, kind, message}), notes, errors,\n"
    "                 and a closing {\"type\":\"summary\", ...}\n"
    "  -q             print only the summary line\n"
    "  -abi=ABI       auto (default): Go modules are found by their Go build-id\n"
    "                 note, a pic386_functab, or runtime.* symbols; in them, code\n"
    "                 without an .eh_frame FDE is Go code, where a call does not\n"
    "                 preserve EBX. sysv: no module is Go; go: every module is.\n"
    "  -runtime lib   the module defining runtime.jmpdefer (its rewind applies to\n"
    "                 every module); by default the module itself or a library it\n"
    "                 needs, found beside it\n"
    "  -L dir         also look for the libraries a module needs (DT_NEEDED) in\n"
    "                 dir (repeatable): after the module's own directory, before\n"
    "                 /lib/i386-linux-gnu, /usr/lib/i386-linux-gnu, /usr/i686-linux-gnu/lib.\n"
    "                 A call through the PLT to a function they define is judged\n"
    "                 by its code: whether it returns, what it pops\n"
    "  -budget N      instructions the analysis may walk per function (5000000)\n"
    "  -j N           vet up to N files at a time, each in a worker process\n"
    "                 (default: the number of online CPUs); the output, its\n"
    "                 order and the exit status are those of -j 1 (-j4 and\n"
    "                 -Ldir, the value attached, work too)\n"
    "\n"
    "Output: file: function+0xoff (0xaddr): what, with the path that leads there;\n"
    "then vet: N files, F functions, S PLT call sites: P proven, X findings,\n"
    "U undecided[, D unreached]; R deferreturn sites. S is every direct call or\n"
    "jump into a PIC PLT entry in the code, as objdump -d lists them. A site\n"
    "the analysis cannot decide is reported and counted as undecided, never as\n"
    "proven; so is one no path it followed reaches, unless it lies after a call\n"
    "that does not return (dead code: unreached).\n"
    "Exit status: 0 every site proven; 1 findings or undecided sites; 2 bad usage\n"
    "or an unreadable or malformed file (the other files are still checked).\n";

static uint32_t code_span(const Elf *e, uint32_t *lo, double *bytes) {
  uint32_t l = 0xffffffff, h = 0;
  *bytes = 0;
  for (int i = 0; i < e->nsecs; i++) {
    const VSec *s = &e->secs[i];
    if (!(s->flags & SHF_EXECINSTR) || !(s->flags & SHF_ALLOC) || s->type == SHT_NOBITS || !s->size)
      continue;
    if (s->addr < l)
      l = s->addr;
    if (s->addr + s->size > h)
      h = s->addr + s->size;
    *bytes += s->size;
  }
  *lo = l;
  return h > l ? h - l : 0;
}

int vet_file(const Options *o, Totals *t, const char *path, bool named) {
  Elf e;
  char err[512];
  if (elf_open(&e, path, err, sizeof err) < 0) {
    bool foreign = strncmp(err, "not an ELF", 10) == 0 || strncmp(err, "not an i386", 11) == 0 ||
                   strncmp(err, "not a regular", 13) == 0;
    if (!named && foreign) {
      t->skipped++;
      return 1;
    }
    report_error(o, path, err);
    t->unreadable++;
    return 2;
  }
  t->files++;
  if (e.etype == ET_REL) {
    report_note(o, path, "relocatable object: its PLT and GOT do not exist until it is linked; link it to check");
    elf_close(&e);
    return 0;
  }
  int pr = plt_scan(&e, err, sizeof err);
  if (pr < 0) {
    report_error(o, path, err);
    t->files--;
    t->unreadable++;
    elf_close(&e);
    return 2;
  }
  if (!e.any_pic_plt) {
    if (e.any_abs_plt)
      report_note(o, path,
                  "non-PIE executable with an absolute PLT (jmp *slot): its PLT calls need no EBX; nothing to check");
    t->absolute += e.any_abs_plt;
    elf_close(&e);
    return 0;
  }
  uint32_t lo;
  double bytes;
  uint32_t span = code_span(&e, &lo, &bytes);
  if (span > 512u << 20) {
    snprintf(err, sizeof err, "executable sections span %u MB of addresses: refused", span >> 20);
    report_error(o, path, err);
    t->files--;
    t->unreadable++;
    elf_close(&e);
    return 2;
  }
  t->code_bytes += bytes;
  Vet v = {0};
  v.opt = o;
  v.e = &e;
  v.tot = t;
  v.seen_lo = lo;
  v.seen_hi = lo + span;
  v.seen = xcalloc(span / 8 + 1, 1);
  funcs_discover(&e, &v.fs, o->abi);
  cfg_reset(&e, &v.fs, o->libdirs, o->nlibdirs);
  if (pr == 1) {
    VFunc none = {e.got, e.got, "GOT", FN_SYM, false, false};
    vet_find(&v, F_GOT, &none, e.got, "%s", err);
  }
  v.rewind = v.fs.go_module ? defer_rewind(&v) : 0;
  // Real entries first, then the functions only an FDE names that no flow
  // has reached, and again for the functions calls found, until none is new.
  bool *done = NULL;
  int ndone = 0;
  long nfunc = 0;
  for (bool again = true; again;) {
    again = false;
    for (int phase = 0; phase < 2; phase++)
      for (int i = 0; i < v.fs.n; i++) {
        if (i >= ndone) {
          done = xrealloc(done, v.fs.n * sizeof(bool));
          memset(done + ndone, 0, (v.fs.n - ndone) * sizeof(bool));
          ndone = v.fs.n;
        }
        VFunc f = v.fs.f[i];   // a copy: analysis may grow the table
        if (done[i] || f.weak_entry != (phase == 1) || !elf_exec(&e, f.start))
          continue;
        done[i] = true;
        uint32_t off = f.start - v.seen_lo;
        if (f.weak_entry && f.start >= v.seen_lo && f.start < v.seen_hi && (v.seen[off / 8] & (1u << (off % 8))))
          continue;   // reached from another function: checked there
        flow_function(&v, &f);
        v.cur = NULL;
        nfunc++;
        again = true;
      }
  }
  free(done);
  t->functions += nfunc;
  defer_resumes(&v);
  unreached_sites(&v);
  free(v.res);
  report_file(&v);
  cfg_reset(NULL, NULL, NULL, 0);
  free(v.seen);
  funcs_free(&v.fs);
  elf_close(&e);
  return 0;
}

// -L and -j also take their value attached (-Ldir as the linkers, -j2 as
// make).
enum { F_HELP = 'h', F_LIBDIR = 'L', F_JOBS = 'j', F_JSON = 256, F_QUIET, F_ABI, F_RUNTIME, F_BUDGET };
static const struct option options[] = {
    {"h", no_argument, NULL, F_HELP},
    {"help", no_argument, NULL, F_HELP},
    {"json", no_argument, NULL, F_JSON},
    {"q", no_argument, NULL, F_QUIET},
    {"abi", required_argument, NULL, F_ABI},
    {"runtime", required_argument, NULL, F_RUNTIME},
    {"L", required_argument, NULL, F_LIBDIR},
    {"budget", required_argument, NULL, F_BUDGET},
    {"j", required_argument, NULL, F_JOBS},
    {0},
};

int cmd_vet(int argc, char **argv) {
  Options o = {0};
  o.rewind = -1;
  o.max_steps = 5000000;
  // As make -j and go build -p: by default, every online CPU.
  long workers = sysconf(_SC_NPROCESSORS_ONLN);
  if (workers < 1)
    workers = 1;
  // The flags end at the first file, as they did.
  FlagSet fs = {.cmd = "vet", .usage = usage, .needs = "-%s needs an argument",
                .shortopts = "L:j:", .opts = options, .in_order = true};
  for (int f; (f = flag_next(&fs, argc, argv)) != FLAG_END;) {
    char *end;
    switch (f) {
    case FLAG_BAD:
      free(o.libdirs);
      return 2;
    case F_HELP:
      fputs(usage, stdout);
      free(o.libdirs);
      return 0;
    case F_JSON:
      o.json = true;
      break;
    case F_QUIET:
      o.quiet = true;
      break;
    case F_ABI:
      if (!strcmp(optarg, "auto"))
        o.abi = ABI_AUTO;
      else if (!strcmp(optarg, "sysv"))
        o.abi = ABI_SYSV;
      else if (!strcmp(optarg, "go"))
        o.abi = ABI_GO;
      else {
        free(o.libdirs);
        return flag_usage(&fs, "unknown flag -abi=%s", optarg);
      }
      break;
    case F_RUNTIME:
      o.runtime = optarg;
      break;
    case F_LIBDIR:
      o.libdirs = xrealloc(o.libdirs, (o.nlibdirs + 1) * sizeof(char *));
      o.libdirs[o.nlibdirs++] = optarg;
      break;
    case F_JOBS:
      workers = strtol(optarg, &end, 10);
      if (*end || !*optarg || workers <= 0 || workers > 1024) {
        fprintf(stderr, "pic386 vet: -j %s: want a number of workers from 1 to 1024\n", optarg);
        free(o.libdirs);
        return 2;
      }
      break;
    case F_BUDGET:
      o.max_steps = strtol(optarg, &end, 10);
      if (*end || !*optarg || o.max_steps <= 0) {
        fprintf(stderr, "pic386 vet: -budget %s: want a positive number\n", optarg);
        free(o.libdirs);
        return 2;
      }
      break;
    }
  }
  int i = optind;
  if (i == argc) {
    fprintf(stderr, "pic386 vet: no files\n%s", usage);
    return 2;
  }
  decode_init();
  if (o.runtime) {
    Elf e;
    char err[512];
    if (elf_open(&e, o.runtime, err, sizeof err) < 0) {
      fprintf(stderr, "pic386 vet: -runtime %s: %s\n", o.runtime, err);
      return 2;
    }
    o.rewind = defer_read_rewind(&e);
    elf_close(&e);
    if (o.rewind < 0) {
      fprintf(stderr, "pic386 vet: -runtime %s: no runtime.jmpdefer with a `subl $N, (%%esp)` in it\n", o.runtime);
      return 2;
    }
  }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  Totals t = {0};
  int worst = vet_run(&o, &t, argv + i, argc - i, (int)workers);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  report_summary(&o, &t, (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
  free(o.libdirs);
  if (worst == 2 || t.unreadable)
    return 2;
  return t.findings || t.undecided ? 1 : 0;
}
