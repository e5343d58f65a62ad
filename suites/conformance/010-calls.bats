#!/usr/bin/env bats
# Calls: into the runtime, across modules, through closures, and what a
# callee learns of its caller. Each program static and shared, with lazy
# binding and LD_BIND_NOW=1, against its golden output.

# shellcheck disable=SC2034 # S_ENV is read by conform

load ../helpers.conformance

@test "calls: every print built-in and write(2), called from the program" {
  conform print
}

@test "calls: calls, closures and global data across three modules" {
  conform modules
}

@test "calls: a NEEDCTXT closure that splits keeps its funcval in DX" {
  S_ENV=(PIC386_STACK_SEGMENT=4096)
  conform closure
}

@test "calls: getcallerpc and getcallersp, also from a function that split" {
  conform callerpc
}

@test "calls: runtime.exit(3) from deep in a recursion" {
  conform exit 3
}
