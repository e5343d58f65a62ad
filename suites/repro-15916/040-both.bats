#!/usr/bin/env bats
# Issue 15916 as Go 1.6 had it (-bug=15916: both bugs): every program whose
# deferreturn call or split is in a shared library crashes, each by the bug
# that reaches it first -- exe by jmpdefer's rewind, deferedge and
# closureedge by the bare morestack call -- at the pc its library dictates.

load ../helpers.repro-15916

setup_file() {
  r15916_setup_file both
}

@test "both: every static build runs" {
  r15916_cells both static
}

@test "both: -linkshared, every program crashes, each by its bug, at the pc its library dictates" {
  r15916_cells both shared
}

@test "both: -linkshared with LD_BIND_NOW=1, the same" {
  r15916_cells both shared now
}
