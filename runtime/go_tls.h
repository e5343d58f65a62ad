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

