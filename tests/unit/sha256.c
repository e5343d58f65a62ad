// tests/unit/sha256.c: toolchain/internal/sha256.c as a command, for the known-answer
// tests of tests/build/070-sha256.bats (FIPS 180-4's examples, NIST's
// vectors): the SHA-256 of standard input, in hex, fed to sha256_update in
// pieces of the size given (default: all at once), so that every way the
// input can straddle a 64-byte block is exercised.
//
//     sha256 [CHUNK] < input
#include "internal/internal.h"

#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  size_t chunk = 0;
  if (argc > 2 || (argc == 2 && (chunk = strtoul(argv[1], NULL, 10)) == 0)) {
    fprintf(stderr, "usage: sha256 [CHUNK] < input\n");
    return 2;
  }
  Buf in = {0};
  char tmp[65536];
  size_t n;
  while ((n = fread(tmp, 1, sizeof tmp, stdin)) > 0)
    buf_putn(&in, tmp, n);
  if (ferror(stdin)) {
    perror("sha256: stdin");
    return 1;
  }
  Sha256 h;
  sha256_init(&h);
  if (!chunk)
    chunk = in.len ? in.len : 1;
  for (size_t off = 0; off < in.len; off += chunk)
    sha256_update(&h, in.buf + off, in.len - off < chunk ? in.len - off : chunk);
  char hex[65];
  sha256_hex(&h, hex);
  printf("%s\n", hex);
  buf_free(&in);
  return 0;
}
