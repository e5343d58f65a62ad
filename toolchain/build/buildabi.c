// buildabi.c: the ABI hash of a shared library, which `pic386 build` records
// in each module's moduledata and runtime/abi.c compares at start-up, as Go
// 1.7's runtime compared the module hashes of a program and its libraries.
//
// The symbols are read from the objects' ELF symbol tables directly. The
// hash was first taken over `readelf -sW`'s text, and the lines hashed are
// still exactly the ones that text gave: readelf's names of the types, its
// decimal sizes (hex past 99999), its ^X for control characters in names.
// Go's unexported names are left out (go_unexported).
#include "build/build.h"

#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Little-endian fields read byte by byte: the file is i386's, the host need
// not be, and nothing in it is trusted to be aligned.
static uint32_t rd32(const unsigned char *p) {
  return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24;
}
static uint16_t rd16(const unsigned char *p) { return p[0] | p[1] << 8; }

// readelf's name of a symbol type; NULL where readelf printed one with a
// space in it ("<OS specific>: 11"), which its text's parse skipped.
static const char *type_name(unsigned t, unsigned osabi) {
  switch (t) {
  case STT_NOTYPE: return "NOTYPE";
  case STT_OBJECT: return "OBJECT";
  case STT_FUNC: return "FUNC";
  case STT_SECTION: return "SECTION";
  case STT_FILE: return "FILE";
  case STT_COMMON: return "COMMON";
  case STT_TLS: return "TLS";
  case 8: return "RELC";   // binutils' STT_RELC and STT_SRELC, not in <elf.h>
  case 9: return "SRELC";
  case STT_GNU_IFUNC:
    return osabi == ELFOSABI_GNU || osabi == ELFOSABI_FREEBSD || osabi == ELFOSABI_NONE ? "IFUNC"
                                                                                       : NULL;
  default: return NULL;
  }
}

typedef struct {
  char **v;
  size_t n, cap;
} Lines;

// A name as readelf printed it: control characters as ^X. (Bytes past
// ASCII readelf printed as its locale decided; they are taken as they are.)
static void put_name(Buf *o, const char *s) {
  for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
    if (*c < 0x20 || *c == 0x7f) {
      buf_putc(o, '^');
      buf_putc(o, (char)(*c + 0x40));
    } else {
      buf_putc(o, (char)*c);
    }
  }
}

static bool go_ident_unexported(const char *p) {
  return (*p >= 'a' && *p <= 'z') || *p == '_';
}

// Whether an ELF name is a Go symbol outside its package's export data.
// Go 1.7's ABI hash was taken over export data, so a library could gain or
// lose an unexported function without breaking what was linked against it
// (testshared's ABIChecking ends with `func noABIBreak() {}`), while every
// Go symbol is global in ELF. A Go name is path.rest, the import path
// ending at the first '.' after its last '/'; rest is "F", "T.M", "(*T).M",
// "F.func1" or "F·f". It is left out when an identifier of it begins with
// a lower-case letter or '_': unexported names, closures (funcN), init,
// initdone·, go.string.* and type.* alike.
// Names without a '.' (C's, the runtime's C) all count.
static bool go_unexported(const char *name) {
  const char *slash = strrchr(name, '/');
  const char *dot = strchr(slash ? slash : name, '.');
  if (!dot)
    return false;
  for (const char *p = dot + 1; *p;) {
    while (*p == '(' || *p == '*' || *p == ')' || *p == '.')
      p++;
    if (go_ident_unexported(p))
      return true;
    while (*p && *p != '.' && *p != ')')
      p++;
  }
  return false;
}

// The exported symbols of one ELF32 file (a relocatable object or a shared
// object: every SHT_SYMTAB and SHT_DYNSYM table, as readelf -s listed them)
// appended to ls as "name KIND size" / "name FUNC". NULL, or why not.
static char *file_symbols(const unsigned char *f, size_t len, Lines *ls) {
  if (len < sizeof(Elf32_Ehdr) || memcmp(f, ELFMAG, SELFMAG))
    return xasprintf("not an ELF file");
  if (f[EI_CLASS] != ELFCLASS32 || f[EI_DATA] != ELFDATA2LSB)
    return xasprintf("not a 32-bit little-endian ELF file");
  unsigned osabi = f[EI_OSABI];
  uint32_t shoff = rd32(f + offsetof(Elf32_Ehdr, e_shoff));
  size_t shentsize = rd16(f + offsetof(Elf32_Ehdr, e_shentsize));
  size_t shnum = rd16(f + offsetof(Elf32_Ehdr, e_shnum));
  if (shoff == 0)
    return NULL;   // no sections, no symbols
  if (shentsize < sizeof(Elf32_Shdr) || shoff > len || len - shoff < shentsize)
    return xasprintf("bad section header table");
  if (shnum == 0)   // past SHN_LORESERVE sections: the count is section 0's size
    shnum = rd32(f + shoff + offsetof(Elf32_Shdr, sh_size));
  if (shnum > (len - shoff) / shentsize)
    return xasprintf("section header table past the end of the file");
#define SH(i, field) rd32(f + shoff + (size_t)(i)*shentsize + offsetof(Elf32_Shdr, field))
  for (size_t i = 0; i < shnum; i++) {
    uint32_t type = SH(i, sh_type);
    if (type != SHT_SYMTAB && type != SHT_DYNSYM)
      continue;
    uint32_t off = SH(i, sh_offset), size = SH(i, sh_size), ent = SH(i, sh_entsize),
             link = SH(i, sh_link);
    if (ent < sizeof(Elf32_Sym) || off > len || size > len - off)
      return xasprintf("bad symbol table (section %zu)", i);
    if (link >= shnum || SH(link, sh_type) != SHT_STRTAB)
      return xasprintf("symbol table (section %zu) without a string table", i);
    uint32_t stroff = SH(link, sh_offset), strsize = SH(link, sh_size);
    if (stroff > len || strsize > len - stroff)
      return xasprintf("bad string table (section %u)", link);
    const char *str = (const char *)f + stroff;
    for (uint32_t k = 0; k < size / ent; k++) {
      const unsigned char *s = f + off + (size_t)k * ent;
      uint32_t name = rd32(s + offsetof(Elf32_Sym, st_name));
      uint32_t ssize = rd32(s + offsetof(Elf32_Sym, st_size));
      unsigned info = s[offsetof(Elf32_Sym, st_info)];
      unsigned other = s[offsetof(Elf32_Sym, st_other)];
      uint16_t shndx = rd16(s + offsetof(Elf32_Sym, st_shndx));
      unsigned bind = ELF32_ST_BIND(info);
      if ((bind != STB_GLOBAL && bind != STB_WEAK) || ELF32_ST_VISIBILITY(other) != STV_DEFAULT ||
          shndx == SHN_UNDEF)
        continue;
      const char *tn = type_name(ELF32_ST_TYPE(info), osabi);
      if (!tn)
        continue;
      if (name >= strsize || !memchr(str + name, 0, strsize - name))
        return xasprintf("symbol %u's name is past its string table", k);
      if (go_unexported(str + name))
        continue;
      Buf o = {0};
      put_name(&o, str + name);
      if (strcmp(tn, "FUNC"))
        buf_printf(&o, ssize <= 99999 ? " %s %u" : " %s 0x%x", tn, ssize);
      else
        buf_puts(&o, " FUNC");
      buf_putc(&o, 0);
      if (ls->n == ls->cap)
        ls->v = xrealloc(ls->v, (ls->cap = ls->cap ? 2 * ls->cap : 64) * sizeof *ls->v);
      ls->v[ls->n++] = o.buf;
    }
  }
#undef SH
  return NULL;
}

// The ABI of a shared library, as the modules linked against it saw it:
// the names and kinds of its exported symbols, and the sizes of its data
// objects (a function's body may change; a variable's size may not, an
// executable may hold a copy of it). Only definitions of default
// visibility are exported, and of Go's names only those in export data.
char *abi_hash(char *const *objs, int nobjs, char out[65]) {
  Lines ls = {0};
  char *err = NULL;
  for (int i = 0; i < nobjs && !err; i++) {
    size_t len = 0;
    unsigned char *data = (unsigned char *)read_file(objs[i], &len);
    char *why = data ? file_symbols(data, len, &ls) : xasprintf("%s", strerror(errno));
    free(data);
    if (why) {
      err = xasprintf("%s: %s", objs[i], why);
      free(why);
    }
  }
  if (!err) {
    if (ls.n)
      qsort(ls.v, ls.n, sizeof *ls.v, cmp_strp);
    Sha256 h;
    sha256_init(&h);
    for (size_t i = 0; i < ls.n; i++)
      if (i == 0 || strcmp(ls.v[i], ls.v[i - 1]))
        sha256_update(&h, ls.v[i], strlen(ls.v[i]) + 1);
    sha256_hex(&h, out);
  }
  for (size_t i = 0; i < ls.n; i++)
    free(ls.v[i]);
  free(ls.v);
  return err;
}
