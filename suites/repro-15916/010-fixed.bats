#!/usr/bin/env bats
# Issue 15916 with both fixes: every program of the table (matrix.bash) runs
# and prints what it should, static and -linkshared, lazy binding and
# LD_BIND_NOW=1 -- and the code the fixes are about is the fixed code.

load ../helpers.repro-15916

setup_file() {
  r15916_setup_file fixed
}

@test "fixed: every program, static, runs and prints its result" {
  r15916_cells fixed static
}

@test "fixed: every program, -linkshared, runs and prints what the static build does" {
  r15916_cells fixed shared
}

@test "fixed: every program, -linkshared with LD_BIND_NOW=1, the same" {
  r15916_cells fixed shared now
}

@test "fixed: libruntime.so's jmpdefer rewinds 16 bytes, onto the thunk call that starts depBase.F's deferreturn call sequence" {
  local dir
  dir=$(dirname "$(r15916_bin "$R15916_OUT" exe fixed shared)")
  run r15916_insns "$dir/libruntime.so" runtime.jmpdefer
  assert_success
  assert_line --regexp $'\t83 2c 24 10\tsubl \\$0x10,\\(%esp\\)$'
  # depBase.F: call thunk (5) + lea GOT into EBX (6) + call deferreturn@PLT
  # (5), 16 bytes back from the return address
  run r15916_deferreturn_site "$dir/libdepBase.so" depBase.F
  assert_success
  assert_output --partial "5 call __x86.get_pc_thunk.cx|6 lea|5 call runtime.deferreturn@plt|"
}

@test "fixed: every morestack call of the libraries is the 16-byte sequence that loads EBX with the GOT" {
  local lib
  for lib in "$(dirname "$(r15916_bin "$R15916_OUT" deferedge fixed shared)")/libdepSplit.so" \
    "$(dirname "$(r15916_bin "$R15916_OUT" exe fixed shared)")/libdepBase.so"; do
    run r15916_morestack_calls "$lib"
    assert_success
    # depBase: Dep.Method, F, F.func1; depSplit: Tick, glob..func1
    assert [ "${#lines[@]}" -ge 2 ]
    refute_line --regexp ': bare$'
  done
}
