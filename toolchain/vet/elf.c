// elf.c: an i386 ELF file, mmapped and validated before anything reads it.
//
// Every offset, size and count in the file is checked against the file's
// size before use, and every string against its table, so that a truncated
// or hostile file gets a message, not a crash; nothing is allocated in
// proportion to a count the file claims, only to what the file holds.
#include "vet/vet.h"

#include "internal/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static int bad(char *err, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int bad(char *err, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err, n, fmt, ap);
  va_end(ap);
  return -1;
}

// A string at offset off of the table t, or NULL if it runs out of the table.
static const char *str_at(const Elf *e, const VSec *t, uint32_t off) {
  // Its own bounds too: a string table index may name any section, even
  // one whose contents were never checked (SHT_NULL); found by fuzz-vet.
  if (!t || t->type == SHT_NOBITS || t->type == SHT_NULL || off >= t->size || t->off > e->size ||
      t->size > e->size - t->off)
    return NULL;
  const char *s = (const char *)e->data + t->off + off;
  if (!memchr(s, 0, t->size - off))
    return NULL;
  return s;
}

static int sym_cmp(const void *a, const void *b) {
  const VSym *x = a, *y = b;
  if (x->value != y->value)
    return x->value < y->value ? -1 : 1;
  // At one address, a global FUNC with a size names it best.
  int px = (x->type == STT_FUNC) * 4 + (x->bind == STB_GLOBAL) * 2 + (x->size != 0);
  int py = (y->type == STT_FUNC) * 4 + (y->bind == STB_GLOBAL) * 2 + (y->size != 0);
  return py - px;
}

// Reads the symbols of table t into e->syms (code symbols only) and, for
// .dynsym, all of them in order into e->dynsyms.
static int read_syms(Elf *e, const VSec *t, bool dyn, char *err, size_t errlen) {
  if (t->entsize != sizeof(Elf32_Sym) || t->type == SHT_NOBITS)
    return bad(err, errlen, "symbol table %s: entry size %u", t->name, t->entsize);
  if (t->link >= (uint32_t)e->nsecs)
    return bad(err, errlen, "symbol table %s: string table index %u out of range", t->name, t->link);
  const VSec *strs = &e->secs[t->link];
  uint32_t n = t->size / sizeof(Elf32_Sym);
  const Elf32_Sym *s = (const Elf32_Sym *)(e->data + t->off);
  if (dyn) {
    e->dynsyms = xcalloc(n ? n : 1, sizeof(VSym));
    e->ndynsyms = (int)n;
  }
  e->syms = xrealloc(e->syms, (e->nsyms + n + 1) * sizeof(VSym));
  for (uint32_t i = 0; i < n; i++) {
    Elf32_Sym sym;
    memcpy(&sym, &s[i], sizeof sym);   // the file need not be aligned
    const char *name = str_at(e, strs, sym.st_name);
    if (!name)
      return bad(err, errlen, "symbol %u of %s: name offset %u outside its string table", i, t->name,
                 sym.st_name);
    VSym v = {name, sym.st_value, sym.st_size, ELF32_ST_TYPE(sym.st_info), ELF32_ST_BIND(sym.st_info),
              sym.st_shndx};
    if (dyn)
      e->dynsyms[i] = v;
    bool defined = sym.st_shndx != SHN_UNDEF && sym.st_shndx < SHN_LORESERVE;
    if (!defined || !*name || (v.type != STT_FUNC && v.type != STT_GNU_IFUNC && v.type != STT_NOTYPE))
      continue;
    if (sym.st_shndx >= e->nsecs || !(e->secs[sym.st_shndx].flags & SHF_EXECINSTR))
      continue;
    e->syms[e->nsyms++] = v;
  }
  return 0;
}

static int read_rels(Elf *e, const VSec *t) {
  if (t->entsize != sizeof(Elf32_Rel) || t->type == SHT_NOBITS)
    return 0;   // not what the PLT needs; ignored
  uint32_t n = t->size / sizeof(Elf32_Rel);
  e->rels = xrealloc(e->rels, (e->nrels + n + 1) * sizeof(VRel));
  const Elf32_Rel *r = (const Elf32_Rel *)(e->data + t->off);
  for (uint32_t i = 0; i < n; i++) {
    Elf32_Rel rel;
    memcpy(&rel, &r[i], sizeof rel);
    e->rels[e->nrels++] = (VRel){rel.r_offset, ELF32_R_TYPE(rel.r_info), ELF32_R_SYM(rel.r_info)};
  }
  return 0;
}

static int read_dynamic(Elf *e, const VSec *d, char *err, size_t errlen) {
  if (d->type == SHT_NOBITS || d->link >= (uint32_t)e->nsecs)
    return bad(err, errlen, "dynamic section: string table index %u out of range", d->link);
  const VSec *strs = &e->secs[d->link];
  uint32_t n = d->size / sizeof(Elf32_Dyn);
  const Elf32_Dyn *dy = (const Elf32_Dyn *)(e->data + d->off);
  e->has_dynamic = true;
  e->needed = xcalloc(n + 1, sizeof(char *));
  for (uint32_t i = 0; i < n; i++) {
    Elf32_Dyn x;
    memcpy(&x, &dy[i], sizeof x);
    if (x.d_tag == DT_NULL)
      break;
    switch (x.d_tag) {
    case DT_PLTGOT: e->pltgot = x.d_un.d_ptr; e->has_pltgot = true; break;
    case DT_INIT: e->init = x.d_un.d_ptr; break;
    case DT_FINI: e->fini = x.d_un.d_ptr; break;
    case DT_FLAGS_1:
      if (x.d_un.d_val & DF_1_PIE)
        e->pie = true;
      break;
    case DT_NEEDED: {
      const char *s = str_at(e, strs, x.d_un.d_val);
      if (s)
        e->needed[e->nneeded++] = s;
      break;
    }
    case DT_RUNPATH:
    case DT_RPATH:
      e->runpath = str_at(e, strs, x.d_un.d_val);
      break;
    }
  }
  return 0;
}

int elf_open(Elf *e, const char *path, char *err, size_t errlen) {
  memset(e, 0, sizeof *e);
  e->path = path;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return bad(err, errlen, "%s", strerror(errno));
  struct stat st;
  if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return bad(err, errlen, "not a regular file");
  }
  if ((size_t)st.st_size < sizeof(Elf32_Ehdr)) {
    close(fd);
    return bad(err, errlen, "not an ELF file (%lld bytes)", (long long)st.st_size);
  }
  void *p = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (p == MAP_FAILED)
    return bad(err, errlen, "mmap: %s", strerror(errno));
  e->data = p;
  e->size = st.st_size;
  int r = -1;
  Elf32_Ehdr h;
  memcpy(&h, e->data, sizeof h);
  if (memcmp(h.e_ident, ELFMAG, SELFMAG) != 0) {
    bad(err, errlen, "not an ELF file");
    goto fail;
  }
  if (h.e_ident[EI_CLASS] != ELFCLASS32 || h.e_ident[EI_DATA] != ELFDATA2LSB || h.e_machine != EM_386) {
    bad(err, errlen, "not an i386 ELF file (class %d, machine %d)", h.e_ident[EI_CLASS],
        h.e_ident[EI_CLASS] == ELFCLASS32 ? h.e_machine : -1);
    goto fail;
  }
  e->etype = h.e_type;
  e->entry = h.e_entry;
  if (h.e_type != ET_DYN && h.e_type != ET_EXEC && h.e_type != ET_REL) {
    bad(err, errlen, "ELF type %u: not an executable, shared object or relocatable object", h.e_type);
    goto fail;
  }
  if (h.e_shoff == 0 || h.e_shnum == 0) {
    bad(err, errlen, "no section headers (functions and PLT cannot be found)");
    goto fail;
  }
  if (h.e_shentsize != sizeof(Elf32_Shdr) || h.e_shoff > e->size ||
      (size_t)h.e_shnum * sizeof(Elf32_Shdr) > e->size - h.e_shoff) {
    bad(err, errlen, "section header table (offset %u, %u entries of %u bytes) outside the file (%zu bytes)",
        h.e_shoff, h.e_shnum, h.e_shentsize, e->size);
    goto fail;
  }
  e->nsecs = h.e_shnum;
  e->secs = xcalloc(e->nsecs, sizeof(VSec));
  const Elf32_Shdr *sh = (const Elf32_Shdr *)(e->data + h.e_shoff);
  for (int i = 0; i < e->nsecs; i++) {
    Elf32_Shdr s;
    memcpy(&s, &sh[i], sizeof s);
    e->secs[i] = (VSec){"", s.sh_type, s.sh_flags, s.sh_addr, s.sh_offset, s.sh_size, s.sh_link, s.sh_info,
                        s.sh_entsize};
    if (s.sh_type != SHT_NOBITS && s.sh_type != SHT_NULL &&
        (s.sh_offset > e->size || s.sh_size > e->size - s.sh_offset)) {
      bad(err, errlen, "section %d: contents (offset %u, %u bytes) outside the file (%zu bytes)", i, s.sh_offset,
          s.sh_size, e->size);
      goto fail;
    }
    if ((s.sh_flags & SHF_ALLOC) && s.sh_size && (uint64_t)s.sh_addr + s.sh_size > 0x100000000ull) {
      bad(err, errlen, "section %d: address range 0x%x+0x%x wraps", i, s.sh_addr, s.sh_size);
      goto fail;
    }
  }
  if (h.e_shstrndx != SHN_UNDEF && h.e_shstrndx < e->nsecs) {
    const VSec *names = &e->secs[h.e_shstrndx];
    for (int i = 0; i < e->nsecs; i++) {
      Elf32_Shdr s;
      memcpy(&s, &sh[i], sizeof s);
      const char *n = str_at(e, names, s.sh_name);
      e->secs[i].name = n ? n : "";
    }
  }
  // Executable sections must not overlap: an instruction has one home.
  for (int i = 0; i < e->nsecs; i++) {
    const VSec *a = &e->secs[i];
    if (!(a->flags & SHF_EXECINSTR) || !(a->flags & SHF_ALLOC) || !a->size || e->etype == ET_REL)
      continue;
    for (int j = i + 1; j < e->nsecs; j++) {
      const VSec *b = &e->secs[j];
      if (!(b->flags & SHF_ALLOC) || !b->size || b->type == SHT_NOBITS || (b->flags & SHF_TLS))
        continue;
      if (a->addr < b->addr + b->size && b->addr < a->addr + a->size) {
        bad(err, errlen, "sections %s and %s overlap in memory (0x%x+0x%x, 0x%x+0x%x)", a->name, b->name,
            a->addr, a->size, b->addr, b->size);
        goto fail;
      }
    }
  }
  for (int i = 0; i < e->nsecs; i++) {
    const VSec *s = &e->secs[i];
    if (s->type == SHT_SYMTAB && read_syms(e, s, false, err, errlen) < 0)
      goto fail;
    if (s->type == SHT_DYNSYM && !e->dynsyms && read_syms(e, s, true, err, errlen) < 0)
      goto fail;
    if (s->type == SHT_DYNAMIC && !e->has_dynamic && read_dynamic(e, s, err, errlen) < 0)
      goto fail;
    if (s->type == SHT_REL && e->etype != ET_REL)
      read_rels(e, s);
    if (s->type == SHT_NOTE && s->size >= 16) {
      if (strcmp(s->name, ".note.go.buildid") == 0)
        e->go_note = true;
      // A note "Go" of type 4 (Go's build ID) wherever it is.
      const uint8_t *p = e->data + s->off, *end = p + s->size;
      while (end - p >= 12) {
        uint32_t nsz, dsz, type;
        memcpy(&nsz, p, 4);
        memcpy(&dsz, p + 4, 4);
        memcpy(&type, p + 8, 4);
        if (nsz > (size_t)(end - p) || dsz > (size_t)(end - p))
          break;
        size_t adv = 12 + ((nsz + 3u) & ~3u) + ((dsz + 3u) & ~3u);
        if (nsz == 3 && type == 4 && (size_t)(end - p) >= 15 && memcmp(p + 12, "Go", 3) == 0)
          e->go_note = true;
        if (adv > (size_t)(end - p))
          break;
        p += adv;
      }
    }
    if (s->type == SHT_PROGBITS && strcmp(s->name, ".interp") == 0)
      e->has_interp = true;
  }
  if (e->nsyms)
    qsort(e->syms, e->nsyms, sizeof(VSym), sym_cmp);
  return 0;
fail:
  elf_close(e);
  return r;
}

void elf_close(Elf *e) {
  if (e->data)
    munmap((void *)e->data, e->size);
  free(e->secs);
  free(e->syms);
  free(e->dynsyms);
  free(e->rels);
  free(e->needed);
  free(e->plt);
  map_free(&e->byname);
  memset(e, 0, sizeof *e);
}

const VSec *elf_sec_at(const Elf *e, uint32_t a) {
  for (int i = 0; i < e->nsecs; i++) {
    const VSec *s = &e->secs[i];
    if ((s->flags & SHF_ALLOC) && !(s->flags & SHF_TLS) && a >= s->addr && a - s->addr < s->size)
      return s;
  }
  return NULL;
}

const VSec *elf_sec_named(const Elf *e, const char *name) {
  for (int i = 0; i < e->nsecs; i++)
    if (strcmp(e->secs[i].name, name) == 0)
      return &e->secs[i];
  return NULL;
}

// The decoder asks for bytes once per instruction: the last section found
// is tried first.
const uint8_t *elf_bytes(const Elf *e, uint32_t a, uint32_t *n) {
  const VSec *s = e->bcache;
  if (!s || a < s->addr || a - s->addr >= s->size) {
    s = elf_sec_at(e, a);
    ((Elf *)e)->bcache = s;
  }
  if (!s || s->type == SHT_NOBITS)
    return NULL;
  *n = s->size - (a - s->addr);
  return e->data + s->off + (a - s->addr);
}

bool elf_exec(const Elf *e, uint32_t a) {
  uint32_t n;
  if (!elf_bytes(e, a, &n))
    return false;
  return (e->bcache->flags & SHF_EXECINSTR) != 0;   // elf_bytes' section
}

bool elf_read32(const Elf *e, uint32_t a, uint32_t *v) {
  uint32_t n;
  const uint8_t *p = elf_bytes(e, a, &n);
  if (!p || n < 4)
    return false;
  memcpy(v, p, 4);
  return true;
}

const VSym *elf_sym_at(const Elf *e, uint32_t a) {
  int lo = 0, hi = e->nsyms;
  while (lo < hi) {
    int m = (lo + hi) / 2;
    if (e->syms[m].value <= a)
      lo = m + 1;
    else
      hi = m;
  }
  if (lo == 0)
    return NULL;
  // The best-named symbol at that address is first among equals.
  uint32_t v = e->syms[lo - 1].value;
  while (lo > 1 && e->syms[lo - 2].value == v)
    lo--;
  return &e->syms[lo - 1];
}

// The first symbol (in syms' order) of that name. Asked for every PLT
// entry a call goes through, in the module and in the libraries it needs:
// a hash table of the names, built on the first question, not a scan.
const VSym *elf_sym_named(const Elf *e, const char *name) {
  Elf *w = (Elf *)e;   // the table is a cache: logically const
  if (!w->byname.cap && e->nsyms) {
    for (int i = 0; i < e->nsyms; i++)
      if (!map_has(&w->byname, e->syms[i].name))   // the first of a name stays
        map_put(&w->byname, w->syms[i].name, &w->syms[i]);
  }
  return map_get(&w->byname, name);
}
