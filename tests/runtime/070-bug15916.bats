#!/usr/bin/env bats
# Issue 15916 itself: the runtime and programs built as the pre-fix
# toolchain built them crash where the fixed ones do not.
#   -bug=15916-jmpdefer: the shared runtime assembled without
#     GOBUILDMODE_shared, so jmpdefer rewinds 5 bytes, not 16;
#   -bug=15916-morestack: the prologue's morestack call left bare, BX not
#     loaded with the caller module's GOT.

# shellcheck disable=SC2154 # rt_stats sets STAT

load ../helpers
load build
load runtime

setup_file() {
  rt_setup_file
  rt_setup_file 15916-jmpdefer
  rt_setup_file 15916-morestack
}

setup() {
  setup_tmp
}

# Runs PROG's BUILD build (static or shared) in CONFIG (qemu or native, and
# "now" for LD_BIND_NOW) for at most 10 seconds and 4 KB of output, into
# $output and $status: a broken program may loop printing forever.
bounded() {
  local prog=$1 build=$2 how=$3 now=${4-}
  rt_argv "$how" "$TMP/$prog/$build/$prog"
  output=$( (env ${now:+LD_BIND_NOW=1} timeout -k 2 10 "${RT_ARGV[@]}" 2>&1; echo "exit $?" >&2) 2>&1 | head -c 4096)
}

@test "15916-jmpdefer: defer in a shared library crashes as the issue reported" {
  rt_prog seed 15916-jmpdefer
  # static: jmpdefer rewinds 5 bytes over 5-byte calls, as it should
  run rt_exec native "$TMP/seed/static/seed"
  assert_success
  assert_output 2
  local how now
  for how in qemu native; do
    for now in "" 1; do
      rt_argv "$how" "$TMP/seed/shared/seed"
      run env ${now:+LD_BIND_NOW=1} timeout -k 2 30 "${RT_ARGV[@]}"
      assert_failure 2
      assert_line --index 0 --regexp '^(panic: runtime error: invalid memory address or nil pointer dereference|unexpected fault address 0x[0-9a-f]+)$'
      assert_line --regexp '^\[signal SIGSEGV: segmentation violation code=0x[12] addr=0x[0-9a-f]+ pc=0x[0-9a-f]+\]$'
      assert_line "goroutine 1 [running]:"
      # the deferred call returned into depDefer.F's CALL sequence
      assert_line --regexp '^depDefer\.F\('
      assert_line "main.main()"
    done
  done
}

@test "15916-jmpdefer: defer in the executable, whose PLT ignores BX, still works" {
  rt_prog defermain 15916-jmpdefer
  rt_runall defermain
  rt_golden defermain
}

@test "15916-jmpdefer: the fixed runtime runs the same programs" {
  rt_prog seed
  rt_runall seed
  rt_golden seed
  rt_prog defermain
  rt_runall defermain
  rt_golden defermain
}

@test "15916-morestack: a library function that splits when called from another module goes astray" {
  rt_prog crossplit 15916-morestack
  run rt_exec native "$TMP/crossplit/static/crossplit"
  assert_success
  assert_output 42
  local how now
  for how in qemu native; do
    for now in "" 1; do
      bounded crossplit shared "$how" "$now"
      # whatever the library's PLT jumped to through this module's GOT,
      # it was not morestack: the program does not print 42 and exit 0
      [[ $output != $'42\nexit 0' ]]
    done
  done
}

@test "15916-morestack: fixed, the same split works in every build" {
  rt_prog crossplit
  PIC386_STACK_STATS=1 rt_runall crossplit
  rt_golden crossplit
  local config
  for config in "${RT_CONFIGS[@]}"; do
    rt_stats "$TMP/crossplit/$config.out"
    ((STAT[splits] == 1))
  done
}
