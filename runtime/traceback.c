// traceback.c: goroutine 1's stack, printed as Go 1.7 printed it:
//
//	main.f(0x1, 0x2)
//		/path/of/the/module +0x1c
//
// Go 1.7's 386 frames have no frame pointer, so the walk uses the function
// tables: inside f's body SP is f's entry SP minus $frame, and f's return
// address lies at the entry SP. Only the innermost frame of a fault can be
// caught elsewhere, in the prologue or in the out-of-line morestack block,
// where SP is still the entry SP; spdelta recognises those from the code.
// A return to lessstack means the frame was moved by morestack: the walk
// goes on from where the segment's header says the function came from.
// Every stack read is checked against the goroutine's segments, so a
// corrupt stack ends the walk rather than faulting again.
#include "runtime.h"

#include <string.h>

static bool readable(uintptr p, uintptr n) {
  struct stkseg *s = segof(&g1, p);
  return s && p + n <= s->hi && p + n >= p;
}

// How far below its entry SP f's SP is at pc, for the innermost frame.
// The prologue ends with SUBL $frame, SP; before it, and in the morestack
// block the stack check's JLS leads to, nothing is allocated yet. The byte
// patterns are the toolchain's contract (abi_decode_prologue, pic386/abi.h).
static uintptr spdelta(const struct func *f, uintptr pc) {
  uint32_t frame = (uint32_t)f->tab->frame;
  if (frame == 0)
    return 0;
  struct abi_prologue pr;
  abi_decode_prologue((const uint8_t *)f->entry, (uint32_t)(f->end - f->entry), frame, &pr);
  if (!pr.subend)
    return frame;
  uintptr block = f->entry + pr.block;
  // A big or huge check made for another frame size is not this function's.
  if (pr.check == ABI_CHECK_NONE || (pr.check != ABI_CHECK_SMALL && pr.checkframe != frame))
    block = f->end;
  if (pc < f->entry + pr.subend || (pc >= block && pc < f->end))
    return 0;
  return frame;
}

// Go hides the runtime's own frames from a goroutine's traceback.
static bool showframe(const char *name) {
  return strncmp(name, "runtime.", 8) != 0;
}

static void printframe(const struct func *f, uintptr pc, uintptr argp) {
  prints(funcname(f));
  prints("(");
  int32_t args = f->tab->args;
  if (args == ArgsSizeUnknown) {
    prints("...");
  } else {
    for (int32_t i = 0; i < args / PtrSize; i++) {
      if (i >= 10) {
        prints(", ...");
        break;
      }
      if (i)
        prints(", ");
      uintptr a = argp + (uintptr)i * PtrSize;
      if (!readable(a, PtrSize)) {
        prints("?");
        break;
      }
      printx(*(uintptr *)a);
    }
  }
  prints(")\n\t");
  prints(f->mod->path);
  if (pc > f->entry) {
    prints(" +");
    printx(pc - f->entry);
  }
  prints("\n");
}

void traceback(uintptr pc, uintptr sp, int how) {
  prints("goroutine 1 [running]:\n");
  int shown = 0;
  for (bool first = true;; first = false) {
    const struct func *f = findfunc(how == TB_RETURN ? pc - 1 : pc);
    if (!f && first && how == TB_FAULT && readable(sp, PtrSize)) {
      // A call to a bad address (pc=0 above all): as Go does, take the
      // word at SP as the return address of that call.
      pc = *(uintptr *)sp;
      sp += PtrSize;
      how = TB_RETURN;
      f = findfunc(pc - 1);
    }
    if (!f) {
      prints("runtime: unknown pc ");
      printx(pc);
      prints("\n");
      return;
    }
    const char *name = funcname(f);
    if (strcmp(name, "runtime.rt0_go") == 0)
      return;   // main.main's caller: the top
    uintptr fp = sp + (how == TB_ENTRY ? 0 : how == TB_FAULT ? spdelta(f, pc) : (uint32_t)f->tab->frame);
    if (!readable(fp, PtrSize)) {
      prints("runtime: unexpected SP ");
      printx(fp);
      prints(" in ");
      prints(name);
      prints("\n");
      return;
    }
    if (showframe(name)) {
      if (shown == TracebackMaxFrames) {
        prints("...additional frames elided...\n");
        return;
      }
      printframe(f, pc, fp + PtrSize);
      shown++;
    }
    pc = *(uintptr *)fp;
    sp = fp + PtrSize;
    if (pc == (uintptr)lessstack) {
      struct stkseg *s = segof(&g1, fp);
      if (!s || !s->retsp || !readable((uintptr)s->retsp, PtrSize))
        return;
      pc = *s->retsp;
      sp = (uintptr)(s->retsp + 1);
    }
    how = TB_RETURN;
  }
}
