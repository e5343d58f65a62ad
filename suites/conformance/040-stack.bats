#!/usr/bin/env bats
# Segmented stacks: deep recursion here and in libraries, the hot split, big
# and huge frames, a split in a library called from another module, the
# guard area, the stack limit, the guard page.

# shellcheck disable=SC2154 # bats' run sets lines
# shellcheck disable=SC2034 # S_ENV is read by conform

load ../helpers.conformance

@test "stack: 100,000 frames deep through 4 KB segments, here, in a library, and across both" {
  S_ENV=(PIC386_STACK_SEGMENT=4096)
  conform recurse
}

@test "stack: 100,000 calls that split at a segment boundary" {
  conform hotsplit
}

@test "stack: big and huge frames through 8 KB segments" {
  S_ENV=(PIC386_STACK_SEGMENT=8192)
  conform frames
}

@test "stack: a library function that splits when called from another module" {
  conform crossplit
}

@test "stack: the guard area's full budget, first calls through the lazy resolver" {
  conform edge
}

@test "stack: past PIC386_STACK_LIMIT, Go's report and 100 frames of traceback" {
  S_ENV=(PIC386_STACK_LIMIT=1m)
  conform overflow 2
}

@test "stack: NOSPLIT code that runs past the guard area faults in the guard page, reported" {
  s_prog guardpage
  s_runall guardpage 2
  local config
  for config in "${S_CONFIGS[@]}"; do
    run golden_normalize guardpage <"$TMP/guardpage/$config.out"
    assert_line --index 0 "runtime: a guard page was hit: code that does not check the stack used more than the guard area"
    assert_line --index 1 "unexpected fault address ADDR"
    assert_line --index 2 "fatal error: fault"
    assert_line --index 3 "[signal SIGSEGV: segmentation violation code=0x2 addr=ADDR pc=PC]"
    assert_line --index 4 "goroutine 1 [running]:"
    assert_line --index 5 "main.hog()"
    assert_line --index 7 "stk.down()"
    assert_equal "${lines[-2]}" "main.main()"
  done
}
