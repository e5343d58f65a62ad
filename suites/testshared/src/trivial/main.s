// command trivial: misc/cgo/testshared/src/trivial/trivial.go of Go 1.7.
//
//	package main
//
//	func main() {
//		// This is enough to make sure that all the runtime is in the library.
//	}

TEXT ·main(SB), $0-0
	RET
