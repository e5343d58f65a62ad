// textflag.h: flags for TEXT and GLOBL, with Go's values, so that assembly
// written for Go 1.7 means the same here. Include with #include "textflag.h"
// and -I pointing at this directory.

// Don't profile the marked routine (accepted, no effect).
#define NOPROF	1
// Several definitions may exist; the linker keeps one (a COMDAT group).
#define DUPOK	2
// No stack-split check in the prologue.
#define NOSPLIT	4
// GLOBL: read-only data.
#define RODATA	8
// GLOBL: the data holds no pointers.
#define NOPTR	16
// A wrapper function: adjusts g._panic.argp in its prologue.
#define WRAPPER 32
// The function receives a closure context in DX; it splits through
// runtime·morestack, which keeps DX, instead of runtime·morestack_noctxt.
#define NEEDCTXT 64
// Local to the shared object (accepted, no effect on 386).
#define LOCAL	128
// GLOBL: thread-local storage, zero at thread start (.tbss).
#define TLSBSS	256
// No frame of its own (accepted; 386 never adds one).
#define NOFRAME 512
