// tests/unit/abihash.c: toolchain/build/buildabi.c as a command, for
// tests/build/080-abihash.bats: the ABI hash `pic386 build` records for a
// shared library made of the files given, or the reason it cannot be had
// (exit 1). The test holds it to the hash of `readelf -sW`'s text, which
// it replaced, and feeds it damaged files, which must be refused, not crash it.
//
//     abihash FILE...
#include "build/build.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: abihash FILE...\n");
    return 2;
  }
  char out[65];
  char *why = abi_hash(argv + 1, argc - 1, out);
  if (why) {
    fprintf(stderr, "abihash: %s\n", why);
    free(why);
    return 1;
  }
  printf("%s\n", out);
  return 0;
}
