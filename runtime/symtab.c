// symtab.c: the modules and their function tables, and finding the
// function a PC lies in.
//
// Each module registers itself once, before main: its .init_array entry
// calls addmoduledata with its moduledata, as Go's go.link.addmoduledata
// did; the module holding the runtime defines runtime.firstmoduledata
// instead. Tables arrive unsorted (ld concatenates them object by object),
// so each is resolved and sorted here, once; findfunc is then a search of
// the module ranges and a binary search, behind a small cache because
// morestack asks for the same few PCs again and again. The module list
// grows as modules come: Go had no limit, and neither is there one here.
#include "runtime.h"

#include <errno.h>
#include <limits.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// The flags field of every entry holds what assembly wrote with textflag.h's
// names: each must be the value the toolchain's enum (pic386/abi.h) gives it.
#include "textflag.h"
#define CHECK_TEXTFLAG(name, value) \
  _Static_assert(name == F_##name && name == value, "textflag.h's " #name " is not pic386/abi.h's");
PIC386_TEXTFLAGS(CHECK_TEXTFLAG)

enum { CacheSize = 64 };

// Pointers to modules, so a struct func's mod stays valid as the list grows.
static struct module **mods;
static int nmods, capmods;

static struct {
  uintptr pc;
  const struct func *f;
} cache[CacheSize];

static int byentry(const void *a, const void *b) {
  const struct func *x = a, *y = b;
  return x->entry < y->entry ? -1 : x->entry > y->entry;
}

struct findpath {
  uintptr addr;
  const char *path;
};

static int findpath(struct dl_phdr_info *info, size_t size, void *arg) {
  (void)size;
  struct findpath *fp = arg;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    uintptr lo = info->dlpi_addr + ph->p_vaddr;
    if (ph->p_type == PT_LOAD && fp->addr >= lo && fp->addr - lo < ph->p_memsz) {
      fp->path = info->dlpi_name;
      return 1;
    }
  }
  return 0;
}

// The file a module came from: the loader's name for a shared object. The
// main program has none: /proc/self/exe names it, unless the program was
// started by naming the loader (ld-linux.so.2 prog), which /proc/self/exe
// then names; argv[0] is the program in that case.
static const char *modpath(uintptr addr) {
  struct findpath fp = {addr, NULL};
  dl_iterate_phdr(findpath, &fp);
  if (fp.path && *fp.path)
    return strdup(fp.path);
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0)
    return program_invocation_name;
  buf[n] = 0;
  const char *base = strrchr(buf, '/');
  if (strncmp(base ? base + 1 : buf, "ld-", 3) == 0 && realpath(program_invocation_name, buf))
    return strdup(buf);
  return strdup(buf);
}

static void addmodule(const struct moduledata *md) {
  if (nmods == capmods) {
    int cap = capmods ? 2 * capmods : 16;
    struct module **m = realloc(mods, cap * sizeof *m);
    if (!m)
      throw("out of memory");
    mods = m;
    capmods = cap;
  }
  struct module *m = calloc(1, sizeof *m);
  if (!m)
    throw("out of memory");
  m->md = md;
  const struct functab *start = md->ftab, *stop = md->eftab;
  uint32_t n = start && stop > start ? (uint32_t)(stop - start) : 0;
  struct func *fs = n ? malloc(n * sizeof *fs) : NULL;
  if (n && !fs)
    throw("out of memory");
  for (uint32_t i = 0; i < n; i++) {
    fs[i].entry = functab_addr(&start[i].entry);
    fs[i].end = functab_addr(&start[i].end);
    fs[i].tab = &start[i];
    fs[i].mod = m;
  }
  if (n)
    qsort(fs, n, sizeof *fs, byentry);
  m->funcs = fs;
  m->nfuncs = n;
  m->lo = n ? fs[0].entry : 0;
  m->hi = 0;
  for (uint32_t i = 0; i < n; i++)
    if (fs[i].end > m->hi)
      m->hi = fs[i].end;
  m->path = modpath((uintptr)md);
  mods[nmods++] = m;
}

// The module that holds the runtime (the static program, libruntime.so)
// defines it; a module without the runtime never does. Weak: the runtime's
// own objects link without it.
extern const struct moduledata firstmoduledata __asm__("runtime.firstmoduledata")
    __attribute__((weak, visibility("hidden")));

void moduleinit(void) {
  static bool done;
  if (done)
    return;
  done = true;
  if (&firstmoduledata)
    addmodule(&firstmoduledata);
}

__attribute__((regparm(1), force_align_arg_pointer)) void addmoduledata(const struct moduledata *md) {
  moduleinit();
  if (md)
    addmodule(md);
}

int nmodules(void) {
  moduleinit();
  return nmods;
}

const struct module *module(int i) {
  return mods[i];
}

const struct func *findfunc(uintptr pc) {
  unsigned h = (pc >> 2) % CacheSize;
  if (cache[h].pc == pc && cache[h].f)
    return cache[h].f;
  for (int i = 0; i < nmods; i++) {
    const struct module *m = mods[i];
    if (pc < m->lo || pc >= m->hi)
      continue;
    // The last function starting at or before pc.
    uint32_t lo = 0, hi = m->nfuncs;
    while (hi - lo > 1) {
      uint32_t mid = lo + (hi - lo) / 2;
      if (m->funcs[mid].entry <= pc)
        lo = mid;
      else
        hi = mid;
    }
    const struct func *f = &m->funcs[lo];
    if (pc >= f->entry && pc < f->end) {
      cache[h].pc = pc;
      cache[h].f = f;
      return f;
    }
  }
  return NULL;
}

const char *funcname(const struct func *f) {
  return (const char *)functab_addr(&f->tab->name);
}
