// abi.c: refuse to run against a shared library whose exports changed since
// a module using it was linked, as Go's runtime did ("abi mismatch detected
// between the executable and libdep.so"). pic386 build links a pic386_abi
// section into every shared-mode module: the hash of a library's own
// exported symbols, and the hash of each library the module was linked
// against as it was then. modinfo.c hands each module's records over at
// load time; abicheck compares them before main.main runs.
#include "runtime.h"

#include <string.h>

enum { MaxAbiModules = 64 };

static struct {
  const struct abirec *start, *stop;
  uintptr addr;           // an address inside the module, to name it
} abimods[MaxAbiModules];
static int nabimods;

void addmoduleabi(const struct abirec *start, const struct abirec *stop) {
  if (!start || stop <= start || nabimods == MaxAbiModules)
    return;
  abimods[nabimods].start = start;
  abimods[nabimods].stop = stop;
  abimods[nabimods].addr = (uintptr)start;
  nabimods++;
}

static const struct abirec *findself(const char *name) {
  for (int i = 0; i < nabimods; i++)
    for (const struct abirec *r = abimods[i].start; r < abimods[i].stop; r++)
      if (r->kind == ABI_SELF && strncmp(r->name, name, ABI_NAME) == 0)
        return r;
  return NULL;
}

// A record's name is NUL-padded, not always NUL-terminated.
static void printname(const struct abirec *r) {
  char n[ABI_NAME + 1];
  memcpy(n, r->name, ABI_NAME);
  n[ABI_NAME] = 0;
  prints(n);
}

void abicheck(void) {
  for (int i = 0; i < nabimods; i++) {
    for (const struct abirec *r = abimods[i].start; r < abimods[i].stop; r++) {
      if (r->kind != ABI_DEP)
        continue;
      const struct abirec *lib = findself(r->name);
      if (!lib || memcmp(lib->hash, r->hash, ABI_HASH) == 0)
        continue;
      // The module is named by its own record if it is a library.
      const struct abirec *self = NULL;
      for (const struct abirec *q = abimods[i].start; q < abimods[i].stop; q++)
        if (q->kind == ABI_SELF)
          self = q;
      prints("abi mismatch detected between ");
      if (self)
        printname(self);
      else
        prints("the executable");
      prints(" and ");
      printname(r);
      prints("\nfatal error: abi mismatch\n");
      exit2();
    }
  }
}
