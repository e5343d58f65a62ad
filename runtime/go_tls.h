// go_tls.h: how assembly reaches g, the running goroutine, as Go 1.7 wrote
// it on linux/386:
//
//	get_tls(CX)
//	MOVL	g(CX), AX	// AX = g
//
// The assembler turns the pair into local-exec TLS in executables and
// initial-exec TLS (through the GOT) under -shared/-dynlink; both name
// runtime·tlsg, the one word of thread-local storage, defined in asm_386.s.

#define get_tls(r)	MOVL TLS, r
#define g(r)	0(r)(TLS*1)

// The same load as one statement, the form the assembler's own prologue
// uses (MOVL 0(TLS), r becomes the pair above). The runtime uses this one
// because pic386 asm currently rejects MOVL TLS, r (/tmp/asm-bugs/01.s).
#define load_g(r)	MOVL 0(TLS), r
