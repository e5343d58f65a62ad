#!/usr/bin/env bats
# Defer, Go 1.7's protocol (deferproc, deferreturn, jmpdefer), in the
# program and in shared libraries, where jmpdefer must rewind the 16-byte
# PIC call sequence.

# shellcheck disable=SC2034 # S_ENV is read by conform

load ../helpers.conformance

@test "defer: one, LIFO, arguments, loops, recursion, named results, other modules, splits" {
  S_ENV=(PIC386_STACK_SEGMENT=4096)
  conform defer
}

@test "defer: Go's testshared program, with the seed's depBase.F, in a shared library" {
  conform seed
}

@test "defer: defer in the program only" {
  conform defermain
}
