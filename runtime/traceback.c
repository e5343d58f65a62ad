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
// The prologue ends with SUBL $frame, SP (83 ec ib or 81 ec id); before it
// and in the morestack block, which the prologue's JLS (76 cb or 0f 86 cd)
// leads to, nothing is allocated yet.
static uintptr spdelta(const struct func *f, uintptr pc) {
  uint32_t frame = (uint32_t)f->tab->frame;
  if (frame == 0)
    return 0;
  const uint8_t *c = (const uint8_t *)f->entry;
  uintptr len = f->end - f->entry;
  uintptr scan = len < 96 ? len : 96;
  uintptr block = f->end;
  for (uintptr i = 0; i + 2 < scan; i++) {
    // The stack check's compare, then JLS to the block: CMPL SP, 8(CX)
    // (3b 61 08), CMPL AX, 8(CX) (3b 41 08), or the huge frame's CMPL AX,
    // $(frame+592) (3d id).
    uintptr j = 0;
    if (c[i] == 0x3b && (c[i + 1] == 0x61 || c[i + 1] == 0x41) && c[i + 2] == 0x08)
      j = i + 3;
    else if (c[i] == 0x3d && i + 5 < scan) {
      uint32_t imm;
      memcpy(&imm, c + i + 1, 4);
      if (imm == frame + StackLimit)
        j = i + 5;
    }
    if (j && j + 1 < scan && c[j] == 0x76)
      block = (uintptr)(c + j + 2) + (uintptr)(intptr_t)(int8_t)c[j + 1];
    else if (j && j + 5 < scan && c[j] == 0x0f && c[j + 1] == 0x86) {
      int32_t rel;
      memcpy(&rel, c + j + 2, 4);
      block = (uintptr)(c + j + 6) + (uintptr)(intptr_t)rel;
    }
    uintptr subend = 0;
    if (c[i] == 0x83 && c[i + 1] == 0xec && c[i + 2] == frame)
      subend = i + 3;
    else if (c[i] == 0x81 && c[i + 1] == 0xec && i + 5 < scan) {
      uint32_t imm;
      memcpy(&imm, c + i + 2, 4);
      if (imm == frame)
        subend = i + 6;
    }
    if (subend) {
      if (pc < f->entry + subend || (pc >= block && pc < f->end))
        return 0;
      return frame;
    }
  }
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
