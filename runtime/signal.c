// signal.c: fatal signals, reported the way Go 1.7 reported them.
//
// SIGSEGV, SIGBUS and SIGFPE in Go code were run-time panics; nothing here
// recovers from them (and deferred calls do not run), but the report is
// Go's: the panic line, the [signal ...] line, the goroutine's traceback,
// exit status 2. A fault far from address 0 was "unexpected fault address"
// and a throw. SIGILL and SIGTRAP were thrown at once with a register dump.
//
// The handler runs on an alternate signal stack: the fault may be a stack
// overflow into a guard page, and the goroutine's stack is not the
// handler's to use anyway.
#include "runtime.h"

#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

enum { SigStackSize = 64 << 10 };

static const char *signame(int sig) {
  switch (sig) {
  case SIGSEGV: return "SIGSEGV: segmentation violation";
  case SIGBUS: return "SIGBUS: bus error";
  case SIGFPE: return "SIGFPE: floating-point exception";
  case SIGILL: return "SIGILL: illegal instruction";
  case SIGTRAP: return "SIGTRAP: trace trap";
  }
  return "?";
}

static void dumpregs(const greg_t *r) {
  static const struct {
    const char *name;
    int reg;
  } regs[] = {
      {"eax    ", REG_EAX}, {"ebx    ", REG_EBX}, {"ecx    ", REG_ECX}, {"edx    ", REG_EDX},
      {"edi    ", REG_EDI}, {"esi    ", REG_ESI}, {"ebp    ", REG_EBP}, {"esp    ", REG_ESP},
      {"eip    ", REG_EIP}, {"eflags ", REG_EFL}, {"cs     ", REG_CS},  {"fs     ", REG_FS},
      {"gs     ", REG_GS},
  };
  for (size_t i = 0; i < sizeof regs / sizeof regs[0]; i++) {
    prints(regs[i].name);
    printx((uint32_t)r[regs[i].reg]);
    prints("\n");
  }
}

// Whether sp is on one of the goroutine's segments, guard page included.
static bool ongoroutine(uintptr sp) {
  for (struct stkseg *s = g1.seg; s; s = s->prev)
    if (sp >= s->base && sp <= s->hi)
      return true;
  return false;
}

// Where the goroutine is: at the fault if it happened on its stack; if it
// happened in the runtime's C code on the system stack, where the goroutine
// last switched there.
static void tracegoroutine(uintptr pc, uintptr sp) {
  uintptr *s = (uintptr *)g1.sched.sp;
  if (ongoroutine(sp) || !s || !ongoroutine((uintptr)s)) {
    traceback(pc, sp, TB_FAULT);
    return;
  }
  traceback(s[0], (uintptr)(s + 1), TB_RETURN);
}

static void sighandler(int sig, siginfo_t *info, void *ctx) {
  const greg_t *r = ((ucontext_t *)ctx)->uc_mcontext.gregs;
  uintptr pc = (uint32_t)r[REG_EIP], sp = (uint32_t)r[REG_ESP];
  uintptr addr = (uintptr)info->si_addr;
  if (m0.dying++) {
    prints("runtime: ");
    prints(signame(sig));
    prints(" during a fatal report\n");
    _exit(2);
  }
  if (sig == SIGILL || sig == SIGTRAP) {
    prints(signame(sig));
    prints("\nPC=");
    printx(pc);
    prints(" m=0\n\n");
    tracegoroutine(pc, sp);
    prints("\n");
    dumpregs(r);
    _exit(2);
  }
  const char *panic = NULL;
  if (sig == SIGFPE)
    panic = info->si_code == FPE_INTDIV ? "integer divide by zero"
            : info->si_code == FPE_INTOVF ? "integer overflow"
                                          : "floating point error";
  else if (addr < 0x1000)
    panic = "invalid memory address or nil pointer dereference";
  if (panic) {
    prints("panic: runtime error: ");
    prints(panic);
    prints("\n");
  } else {
    // Below the goroutine's stack: code that does not check the stack
    // went through StackGuard and hit a guard page.
    struct stkseg *s = g1.seg;
    while (s && !(addr >= s->base && addr < s->lo))
      s = s->prev;
    if (s)
      prints("runtime: a guard page was hit: code that does not check the stack used more than the guard area\n");
    prints("unexpected fault address ");
    printx(addr);
    prints("\nfatal error: fault\n");
  }
  prints("[signal ");
  prints(signame(sig));
  prints(" code=");
  printx((uint32_t)info->si_code);
  prints(" addr=");
  printx(addr);
  prints(" pc=");
  printx(pc);
  prints("]\n\n");
  tracegoroutine(pc, sp);
  _exit(2);
}

void signalinit(void) {
  void *p = mmap(NULL, SigStackSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    throw("cannot map the signal stack");
  stack_t ss = {.ss_sp = p, .ss_size = SigStackSize};
  if (sigaltstack(&ss, NULL) != 0)
    throw("sigaltstack failed");
  static const int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP};
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = sighandler;
  // Nothing else interrupts the report; but a fault inside it comes back
  // here (NODEFER, and the fatal signals left unblocked) and ends it with
  // status 2 rather than the kernel's SIGSEGV.
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  sigfillset(&sa.sa_mask);
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
    sigdelset(&sa.sa_mask, sigs[i]);
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
    if (sigaction(sigs[i], &sa, NULL) != 0)
      throw("sigaction failed");
}
