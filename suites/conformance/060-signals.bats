#!/usr/bin/env bats
# Fatal signals and throw, reported as Go 1.7 reported them, status 2, the
# traceback naming the module of each frame.

load ../helpers.conformance

@test "signals: a nil dereference in a library, traced through two modules" {
  conform nilderef 2
}

@test "signals: SIGFPE, integer divide by zero" {
  conform sigfpe 2
}

@test "signals: SIGILL, with PC, traceback and register dump" {
  conform sigill 2
}

@test "signals: SIGTRAP, a breakpoint with no debugger" {
  conform sigtrap 2
}

@test "signals: throw, a fatal error and a traceback from its caller" {
  conform throw 2
}

@test "signals: a throw from the runtime's C code, traced from where the goroutine left its stack" {
  conform badsiz 2
}
