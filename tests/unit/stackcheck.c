// tests/unit/stackcheck.c: the runtime's decoder of the stack check
// (abi_decode_prologue, pic386/abi.h, which runtime/traceback.c calls) as a
// command, for tests/asm/100-stackcheck.bats to run over the bytes pic386
// asm emits: a function's code in hex and the $frame its table entry would
// hold, and what the decoder makes of them, one line:
//
//     stackcheck FRAME HEX
//     check=small|big|huge|none checkframe=N block=N subend=N
//
// block and subend are offsets into the code (block is the code's length
// when no check was found, subend 0 when no SUBL $frame, SP was).
#include <pic386/abi.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int hexval(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

int main(int argc, char **argv) {
  char *end;
  unsigned long frame = argc == 3 ? strtoul(argv[1], &end, 0) : 0;
  size_t n = argc == 3 ? strlen(argv[2]) : 1;
  if (argc != 3 || *end || !*argv[1] || frame > 0x7fffffff || n % 2) {
    fprintf(stderr, "usage: stackcheck FRAME HEX (an even number of hex digits)\n");
    return 2;
  }
  // Exactly the code's length, so a sanitizer build catches a read past it.
  uint8_t *code = malloc(n / 2 ? n / 2 : 1);
  if (!code)
    return 1;
  for (size_t i = 0; i < n / 2; i++) {
    int hi = hexval(argv[2][2 * i]), lo = hexval(argv[2][2 * i + 1]);
    if (hi < 0 || lo < 0) {
      fprintf(stderr, "stackcheck: not hex: %s\n", argv[2]);
      free(code);
      return 2;
    }
    code[i] = (uint8_t)(hi << 4 | lo);
  }
  struct abi_prologue pr;
  abi_decode_prologue(code, (uint32_t)(n / 2), (uint32_t)frame, &pr);
  static const char *const names[] = {"none", "small", "big", "huge"};
  printf("check=%s checkframe=%u block=%u subend=%u\n", names[pr.check], (unsigned)pr.checkframe,
         (unsigned)pr.block, (unsigned)pr.subend);
  free(code);
  return 0;
}
