// modinfo.c: linked into every module (the static executable, each shared
// library, each -linkshared executable), never into libruntime.a. At load
// time it hands the module's function table to the runtime, as Go's
// go.link.addmoduledata did: ld gathers each module's pic386_functab
// sections between __start_pic386_functab and __stop_pic386_functab, and
// the hidden references bind to this module's own. Weak, so a module
// without assembly links too. Likewise the module's ABI records
// (pic386_abi), which shared-mode builds link in.
#include "runtime.h"

extern const struct functab __start_pic386_functab[] __attribute__((weak, visibility("hidden")));
extern const struct functab __stop_pic386_functab[] __attribute__((weak, visibility("hidden")));

extern const struct abirec __start_pic386_abi[] __attribute__((weak, visibility("hidden")));
extern const struct abirec __stop_pic386_abi[] __attribute__((weak, visibility("hidden")));

__attribute__((constructor)) static void modinfo(void) {
  addmoduledata(__start_pic386_functab, __stop_pic386_functab);
  addmoduleabi(__start_pic386_abi, __stop_pic386_abi);
}
