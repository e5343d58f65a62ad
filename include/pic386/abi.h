// pic386/abi.h: the binary contract between the toolchain and the runtime.
//
// pic386 asm writes code and tables that runtime/ reads back at run time:
// the stack check in every prologue (against fields of g, with Go 1.7's
// stack constants), the function table entry of every TEXT block, the TEXT
// flags it records, and, through pic386 build, each module's moduledata and
// ABI records. Both sides include this header, so each value is written
// once; each side pins the code that cannot include it (GNU as text the
// toolchain prints, go_asm.h and textflag.h of the runtime's assembly) with
// _Static_assert next to that code. tests/unit/stackcheck.c holds the
// decoder at the end of this file to what pic386 asm really emits.
//
// Plain C11 with <stdint.h> only: it is compiled by the host's cc into the
// toolchain and by i686-linux-gnu-gcc into the runtime (pic386 build passes
// -I for it, found beside the pic386 binary: PREFIX/include or include/ of
// the source tree). Every layout here is the same on both: int32_t and
// char arrays, no pointers.
#ifndef PIC386_ABI_H
#define PIC386_ABI_H

#include <stdint.h>

// ---------------------------------------------------------------- stack

// Go 1.7's stack constants on linux/386 (cmd/internal/obj/stack.go, which
// runtime/stack.go repeats as _StackSmall etc.), with pic386's StackSystem.
enum {
  // A function whose frame is at most StackSmall compares SP itself with
  // stackguard0 (the small check), so it may run StackSmall below it.
  StackSmall = 128,
  // A frame above StackBig may be larger than the whole space below SP,
  // so SP-frame could wrap: the huge check compares distances instead.
  StackBig = 4096,
  // NOSPLIT chains may go StackLimit below StackSmall under stackguard0
  // (Go's linker enforced that; the huge check's constant assumes it).
  StackLimit = 592,
  // Go 1.7's obj.StackGuard on linux/386 (StackSystem 0 there): what the
  // huge check adds to SP before subtracting stackguard0 so that nothing
  // wraps. Only the difference AsmStackGuard - StackSmall = StackLimit
  // decides the check, so the runtime may place its guard higher.
  AsmStackGuard = StackSmall + StackLimit,
  // pic386's runtime, unlike Go on linux/386, keeps room below that for
  // code that runs on the goroutine stack without a check of its own:
  // its stubs and glibc's lazy-binding resolver (runtime/runtime.h says
  // how it was measured). Go's windows and plan9 ports had a StackSystem.
  StackSystem = 1328,
  // Where the runtime puts stackguard0 above a segment's lowest address.
  StackGuard = StackSmall + StackLimit + StackSystem,
};
// runtime/stack.go's _StackPreempt (uintptrMask & -1314): a stackguard0
// that fails every check. The huge check tests for it first because it
// breaks the subtraction; pic386's runtime never stores it (no preemption),
// so a real guard must never equal it.
#define StackPreempt 0xfffffadeu

// ---------------------------------------------------------------- g

// The fields of g the toolchain's code reads: Go 1.7's layout (runtime2.go:
// stack, stackguard0, stackguard1, _panic, _defer, m, ...), which the
// runtime's struct g keeps (runtime/runtime.h and go_asm.h check it).
enum {
  ABI_G_STACKGUARD0 = 8,   // the stack check compares SP with it
  ABI_G_PANIC = 16,        // the WRAPPER prologue reads g._panic
  ABI_PANIC_ARGP = 0,      // and _panic.argp, the first word of Go's _panic
};

// ---------------------------------------------------------------- TEXT flags

// TEXT and GLOBL flags: runtime/textflag.h's values (Go 1.7's
// src/runtime/textflag.h), the names pic386 asm -S prints. One list, so the
// enum, the listing's names and the unknown-bit mask cannot disagree:
// PIC386_TEXTFLAGS(X) calls X(NAME, value) for each, in bit order.
#define PIC386_TEXTFLAGS(X) \
  X(NOPROF, 1)      /* don't profile (accepted, no effect) */                  \
  X(DUPOK, 2)       /* several definitions: one is kept (COMDAT) */            \
  X(NOSPLIT, 4)     /* no stack check in the prologue */                       \
  X(RODATA, 8)      /* GLOBL: read-only */                                     \
  X(NOPTR, 16)      /* GLOBL: holds no pointers */                             \
  X(WRAPPER, 32)    /* adjusts g._panic.argp in its prologue */                \
  X(NEEDCTXT, 64)   /* closure context in DX: splits via runtime.morestack */  \
  X(LOCAL, 128)     /* local to the shared object (no effect on 386) */        \
  X(TLSBSS, 256)    /* GLOBL: thread-local, zero at thread start */            \
  X(NOFRAME, 512)   /* no frame of its own (386 never adds one) */

// F_NOSPLIT etc.: not NOSPLIT, which textflag.h defines as a macro.
#define PIC386_TEXTFLAG_ENUM(name, value) F_##name = value,
#define PIC386_TEXTFLAG_OR(name, value) | value
enum {
  PIC386_TEXTFLAGS(PIC386_TEXTFLAG_ENUM)
  F_ALL = 0 PIC386_TEXTFLAGS(PIC386_TEXTFLAG_OR),   // every flag Go 1.7 knew
};

// ---------------------------------------------------------------- function table

// Every object pic386 asm writes carries a section of these, one per TEXT
// block (emit.c writes them as .long, in this order); ld gathers a
// module's between __start_ and __stop_ of the section, and the runtime
// (symtab.c) resolves them for morestack (args) and tracebacks (name,
// frame). Go 1.7 had pclntab's _func for this; pic386 keeps only what its
// runtime uses. entry, end and name are self-relative (target - &field):
// no relocation survives the link and the table is read-only in a shared
// object.
#define PIC386_FUNCTAB_SECTION "pic386_functab"
struct functab {
  int32_t entry;   // function start
  int32_t end;     // one past the last byte of code
  int32_t name;    // NUL-terminated ELF name
  int32_t frame;   // $frame
  int32_t args;    // argument and result bytes, or ArgsSizeUnknown
  int32_t flags;   // TEXT flags (F_*)
};
_Static_assert(sizeof(struct functab) == 24, "struct functab is six words");
// TEXT's $frame with no -args: Go's ArgsSizeUnknown (runtime/symtab.go,
// cmd/internal/obj's ArgsSizeUnknown).
enum { ArgsSizeUnknown = INT32_MIN };

// ---------------------------------------------------------------- moduledata

// What pic386 build links into every module (local.moduledata, or
// runtime.firstmoduledata in the module holding the runtime), as Go's
// linker wrote a moduledata: four absolute words, in this order. The
// runtime's struct moduledata (runtime.h) spells them as pointers.
enum {
  MODULEDATA_FTAB,    // __start_pic386_functab
  MODULEDATA_EFTAB,   // __stop_pic386_functab
  MODULEDATA_ABI,     // the module's ABI records
  MODULEDATA_EABI,    // their end
  MODULEDATA_WORDS,
};

// ABI records, back to back from moduledata's abi to eabi. Go 1.7 kept a
// library's ABI hash in its go.link.abihashbytes, and its runtime compared
// the moduledata's modulehashes at start-up; runtime/abi.c does that here.
// A library's own exported-symbol hash (ABI_SELF), and each library's hash
// as the module was linked against it (ABI_DEP). Variable-length: the soname follows NUL-terminated, and len
// (a multiple of 4, the header included) leads to the next record.
enum { ABI_SELF = 1, ABI_DEP = 2, ABI_HASH = 64 };
struct abirec {
  uint32_t kind;          // ABI_SELF or ABI_DEP
  uint32_t len;           // bytes from this record to the next
  char hash[ABI_HASH];    // hex SHA-256, not NUL-terminated
  char name[];            // the library's soname, NUL-terminated
};
_Static_assert(sizeof(struct abirec) == 8 + ABI_HASH, "struct abirec's header is 72 bytes");

// ---------------------------------------------------------------- the stack check's bytes

// Go 1.7's three stack checks (obj6.go's stacksplit; toolchain/asm/split.c),
// as GNU as encodes them, after the load of g into CX (whose form depends
// on the build mode), each followed by JLS to the out-of-line morestack
// block and, when the frame is not 0, SUBL $frame, SP:
//
//   small (frame <= StackSmall)   3b 61 08             CMPL SP, 8(CX)
//   big (frame <= StackBig)       8d 44 24 ib | 8d 84 24 id
//                                                      LEAL -(frame-StackSmall)(SP), AX
//                                 3b 41 08             CMPL AX, 8(CX)
//   huge                          8b 71 08             MOVL 8(CX), SI
//                                 81 fe de fa ff ff    CMPL SI, $StackPreempt
//                                 74 cb | 0f 84 cd     JEQ  block
//                                 8d 84 24 d0 02 00 00 LEAL AsmStackGuard(SP), AX
//                                 29 f0                SUBL SI, AX
//                                 3d id                CMPL AX, $(frame+AsmStackGuard-StackSmall)
//   then                          76 cb | 0f 86 cd     JLS  block
//                                 83 ec ib | 81 ec id  SUBL $frame, SP
//
// runtime/traceback.c decodes them to know, for a fault's innermost frame,
// whether the frame is allocated yet; tests/unit/stackcheck.c runs this
// decoder over what pic386 asm emits in every mode.
enum { ABI_CHECK_NONE, ABI_CHECK_SMALL, ABI_CHECK_BIG, ABI_CHECK_HUGE };
// Where to look: the longest g load (-dynlink: the thunk call and the GOT
// load, 17 bytes), the huge check (31) and SUBL (6) fit with room to spare.
enum { ABI_PROLOGUE_SCAN = 96 };

struct abi_prologue {
  int check;            // ABI_CHECK_*: the form of the check found
  uint32_t checkframe;  // the frame the check was made for (big, huge;
                        // the small check does not depend on it: 0)
  uint32_t block;       // offset of the JLS target, the morestack block
  uint32_t subend;      // offset just past SUBL $frame, SP; 0: not found
};

static inline uint32_t abi_le32(const uint8_t *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

// Reads the prologue of a function whose code is c[0..len) and whose table
// says $frame: the check (the last one before SUBL $frame, SP), its JLS
// target and the end of the SUBL, as offsets into c.
static inline void abi_decode_prologue(const uint8_t *c, uint32_t len, uint32_t frame,
                                       struct abi_prologue *pr) {
  uint32_t scan = len < ABI_PROLOGUE_SCAN ? len : ABI_PROLOGUE_SCAN;
  *pr = (struct abi_prologue){.check = ABI_CHECK_NONE, .block = len};
  for (uint32_t i = 0; i + 2 < scan; i++) {
    uint32_t j = 0, checkframe = 0;
    int check = ABI_CHECK_NONE;
    if (c[i] == 0x3b && c[i + 1] == 0x61 && c[i + 2] == ABI_G_STACKGUARD0) {
      check = ABI_CHECK_SMALL, j = i + 3;
    } else if (c[i] == 0x3b && c[i + 1] == 0x41 && c[i + 2] == ABI_G_STACKGUARD0) {
      check = ABI_CHECK_BIG, j = i + 3;
      if (i >= 4 && c[i - 4] == 0x8d && c[i - 3] == 0x44 && c[i - 2] == 0x24)
        checkframe = (uint32_t)(StackSmall - (int8_t)c[i - 1]);
      else if (i >= 7 && c[i - 7] == 0x8d && c[i - 6] == 0x84 && c[i - 5] == 0x24)
        checkframe = (uint32_t)StackSmall - abi_le32(c + i - 4);
    } else if (c[i] == 0x3d && i + 5 < scan && i >= 2 && c[i - 2] == 0x29 && c[i - 1] == 0xf0) {
      check = ABI_CHECK_HUGE, j = i + 5;
      checkframe = abi_le32(c + i + 1) - (uint32_t)(AsmStackGuard - StackSmall);
    }
    if (j && j + 1 < scan && c[j] == 0x76) {
      pr->block = j + 2 + (uint32_t)(int32_t)(int8_t)c[j + 1];
    } else if (j && j + 5 < scan && c[j] == 0x0f && c[j + 1] == 0x86) {
      pr->block = j + 6 + abi_le32(c + j + 2);
    } else {
      check = ABI_CHECK_NONE;   // a compare that no JLS follows is not the check
    }
    if (check != ABI_CHECK_NONE) {
      pr->check = check;
      pr->checkframe = checkframe;
    }
    uint32_t subend = 0;
    if (c[i] == 0x83 && c[i + 1] == 0xec && c[i + 2] == frame)
      subend = i + 3;
    else if (c[i] == 0x81 && c[i + 1] == 0xec && i + 5 < scan && abi_le32(c + i + 2) == frame)
      subend = i + 6;
    if (subend) {
      pr->subend = subend;
      return;
    }
  }
}

#endif
