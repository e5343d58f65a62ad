// command triv1: the program of Go issue 15916's own report, run with
// `go run -linkshared triv1.go`:
//
//	package main
//
//	import "t1"
//
//	func main() {
//		t1.F()
//	}
//
// Expected: no output, exit 0. Go 1.6 printed a SIGSEGV report whose
// traceback was t1.F() +0x52, main.main() +0x23; +0x23 is the return
// address of main's 16-byte call of t1.F after its 19-byte prologue.
#include "textflag.h"

TEXT ·main(SB), $0-0
	CALL	t1·F(SB)
	RET
