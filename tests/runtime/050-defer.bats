#!/usr/bin/env bats
# Defer, Go 1.7's protocol: deferproc, deferreturn and jmpdefer, whose
# rewind is 16 bytes in the shared runtime (GOBUILDMODE_shared).

load ../helpers
load build
load runtime

setup_file() {
  rt_setup_file
}

setup() {
  setup_tmp
}

@test "defer: one, LIFO, arguments, loops, recursion, named results, other modules, splits" {
  rt_prog defer
  PIC386_STACK_SEGMENT=4096 rt_runall defer
  rt_golden defer
}

@test "defer: records are pooled: 303,000 defers, no more records than were ever alive at once" {
  rt_prog defer
  PIC386_STACK_STATS=1 rt_runall defer
  rt_golden defer
  local config line
  for config in "${RT_CONFIGS[@]}"; do
    line=$(grep '^runtime: defer: ' "$TMP/defer/$config.out")
    [[ $line =~ defers=([0-9]+)\ records=([0-9]+)$ ]]
    # loop(100000) holds 100000 records at once; nothing else needs more
    ((BASH_REMATCH[1] > 303000 && BASH_REMATCH[2] == 100000))
  done
}

@test "defer: Go's testshared program, with the seed's depBase.F, in a shared library" {
  rt_prog seed
  rt_runall seed
  rt_golden seed
}

@test "jmpdefer: the shared runtime rewinds 16 bytes, the static one 5" {
  local sym=runtime.jmpdefer
  # As pic386 build makes them: libruntime.so (GOBUILDMODE_shared defined)
  # and the archive's object.
  # subl $0x10,(%esp) = 83 2c 24 10; subl $0x5,(%esp) = 83 2c 24 05
  run obj_bytes "$RT/shared/libruntime.so" "$sym"
  assert_success
  assert_output --partial 832c2410
  run obj_bytes "$RT/static/asm_386.o" "$sym"
  assert_success
  assert_output --partial 832c2405
}
