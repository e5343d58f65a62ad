// Benchmark peer: deep recursion through libgcc's segmented stacks
// (gcc -fsplit-stack). R passes of sum(D), D frames deep; at -O2 each
// frame takes 32 bytes of stack, as in bench/runtime/src/recursion/main.s.
// __morestack splits once per segment on the way down and releases on the
// way up; libgcc keeps the segments for the next pass.
//
// usage: recursion [R [D]]   (defaults 20 and 100000); prints R*D and
// R*D*(D+1)/2 mod 2^32.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noipa)) static unsigned sum(unsigned n) {
  if (n == 0)
    return 0;
  unsigned r = sum(n - 1);
  __asm__ volatile("" : "+r"(r));   // keeps the recursion a recursion
  return n + r;
}

int main(int argc, char **argv) {
  unsigned r = 20, d = 100000, t = 0;
  if (argc > 1)
    r = (unsigned)strtoul(argv[1], NULL, 10);
  if (argc > 2)
    d = (unsigned)strtoul(argv[2], NULL, 10);
  for (unsigned i = 0; i < r; i++)
    t += sum(d);
  printf("%u %u\n", r * d, t);
  return 0;
}
