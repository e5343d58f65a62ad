// abi.c: refuse to run against a shared library whose exports changed since
// a module using it was linked, as Go's runtime did ("abi mismatch detected
// between the executable and libdep.so"). pic386 build writes ABI records
// into every shared-mode module's moduledata: the hash of a library's own
// exported symbols, and the hash of each library the module was linked
// against as it was then. abicheck compares them over every registered
// module, however many there are, before main.main runs.
#include "runtime.h"

#include <string.h>

static const struct abirec *next(const struct abirec *r) {
  return (const struct abirec *)((const uint8_t *)r + r->len);
}

// A record is whole if its header and its NUL-terminated name fit in it.
static bool whole(const struct abirec *r, const uint8_t *end) {
  uintptr left = (uintptr)end - (uintptr)r;
  return left >= sizeof *r && r->len >= sizeof *r && r->len % 4 == 0 && r->len <= left &&
         memchr(r->name, 0, r->len - sizeof *r) != NULL;
}

#define FOREACH_REC(r, md) \
  for (const struct abirec *r = (const struct abirec *)(md)->abi; \
       (md)->abi && whole(r, (md)->eabi); r = next(r))

static const struct abirec *findself(const char *name) {
  for (int i = 0; i < nmodules(); i++)
    FOREACH_REC(r, module(i)->md)
      if (r->kind == ABI_SELF && strcmp(r->name, name) == 0)
        return r;
  return NULL;
}

void abicheck(void) {
  for (int i = 0; i < nmodules(); i++) {
    const struct moduledata *md = module(i)->md;
    FOREACH_REC(r, md) {
      if (r->kind != ABI_DEP)
        continue;
      const struct abirec *lib = findself(r->name);
      if (!lib || memcmp(lib->hash, r->hash, ABI_HASH) == 0)
        continue;
      // The module is named by its own record if it is a library.
      const struct abirec *self = NULL;
      FOREACH_REC(q, md)
        if (q->kind == ABI_SELF)
          self = q;
      prints("abi mismatch detected between ");
      prints(self ? self->name : "the executable");
      prints(" and ");
      prints(r->name);
      prints("\nfatal error: abi mismatch\n");
      exit2();
    }
  }
}
