// Benchmark peer: the hot split with libgcc's segmented stacks
// (gcc -fsplit-stack). dive goes down the stack until SP is less than 128
// bytes above the split-stack guard (%gs:0x30 in the TCB, where GCC's
// prologues look for it); there loop calls leaf N times, and leaf's
// 256-byte frame cannot fit, so every call goes through __morestack:
// signals blocked, __generic_morestack (the next segment, reused after
// the first call), signals unblocked, leaf on the new segment, then the
// same in reverse through __generic_releasestack. Each iteration is one
// split round trip, the shape of bench/runtime/src/hotsplit/main.s.
//
// usage: hotsplit [N]   (default 1000000); prints N, the result of the
// chain x = leaf(x) and the number of calls that came through
// __morestack (leaf's return address is inside it): all three equal.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

extern void __morestack(void);

static unsigned n = 1000000, total, splits;

static uintptr_t guard(void) {
  uintptr_t g;
  __asm__ volatile("movl %%gs:0x30, %0" : "=r"(g));
  return g;
}

static uintptr_t sp(void) {
  uintptr_t s;
  __asm__ volatile("movl %%esp, %0" : "=r"(s));
  return s;
}

// __morestack calls the function's body from a few dozen bytes into itself.
__attribute__((noipa)) static unsigned leaf(unsigned x) {
  volatile uint32_t buf[64];
  buf[0] = x;
  if ((uintptr_t)__builtin_return_address(0) - (uintptr_t)__morestack < 512)
    splits++;
  return buf[0] + 1;
}

__attribute__((noipa)) static void loop(void) {
  unsigned x = 0;
  while (x != n)
    x = leaf(x);
  total = x;
}

__attribute__((noipa)) static void dive(void) {
  volatile uint32_t pad[12];   // 64 bytes a level, with the return address
  pad[0] = 128;
  if (sp() - guard() >= pad[0])
    dive();
  else
    loop();
  __asm__ volatile("" ::: "memory");   // not a tail call: the frame stays
}

int main(int argc, char **argv) {
  if (argc > 1)
    n = (unsigned)strtoul(argv[1], NULL, 10);
  dive();
  printf("%u %u %u\n", n, total, splits);
  return total == n && splits == n ? 0 : 1;
}
