#!/usr/bin/env bats
# Segmented stacks: deep recursion through small segments, in the program
# and inside a shared library; the hot split; big and huge frames; a
# closure that splits; getcallerpc across a split; the stack limit.

# shellcheck disable=SC2154 # rt_stats sets STAT

load ../helpers
load build
load runtime

setup_file() {
  rt_setup_file
}

setup() {
  setup_tmp
}

@test "recursion: 100,000 frames deep through 4 KB segments, here, in a library, and across both" {
  rt_prog recurse
  # No cache beyond the SegmentCache kept for the next split: each pass maps
  # its segments anew and gives them back as it unwinds.
  PIC386_STACK_CACHE=0 PIC386_STACK_SEGMENT=4096 PIC386_STACK_STATS=1 rt_runall recurse
  rt_golden recurse
  local config nocache
  declare -A nocache
  for config in "${RT_CONFIGS[@]}"; do
    rt_stats "$TMP/recurse/$config.out"
    # 2000 usable bytes a segment: thousands of splits, nearly each a mapping
    ((STAT[splits] > 3000)) && ((STAT[segment] == 4096))
    ((STAT[mapped] > STAT[splits] - 4 * 9))
    ((STAT[mapped] - STAT[unmapped] <= 9))
    nocache[$config]=${STAT[mapped]}
  done
  # The default cache (8 MB): the later passes run in the segments the
  # deepest one mapped; runtime.GC, at the end, gives back all but the few.
  PIC386_STACK_SEGMENT=4096 PIC386_STACK_STATS=1 rt_runall recurse
  rt_golden recurse
  for config in "${RT_CONFIGS[@]}"; do
    rt_stats "$TMP/recurse/$config.out"
    ((2 * STAT[mapped] < nocache[$config]))
    ((STAT[mapped] - STAT[unmapped] <= 9))
  done
}

@test "recursion: with the default segments, the same in fewer splits" {
  rt_prog recurse
  PIC386_STACK_STATS=1 rt_runall recurse
  rt_golden recurse
  rt_stats "$TMP/recurse/static.$RT_REF.out"
  ((STAT[splits] > 100 && STAT[splits] < 1000))
}

@test "hot split: 100,000 calls that split at a boundary map two segments in all" {
  rt_prog hotsplit
  PIC386_STACK_STATS=1 rt_runall hotsplit
  rt_golden hotsplit
  local config
  for config in "${RT_CONFIGS[@]}"; do
    rt_stats "$TMP/hotsplit/$config.out"
    ((STAT[splits] == 100000)) && ((STAT[mapped] == 2)) && ((STAT[unmapped] == 0))
  done
}

@test "frames: big (LEAL check) and huge (StackPreempt-aware check) frames through 8 KB segments" {
  rt_prog frames
  PIC386_STACK_SEGMENT=8192 PIC386_STACK_STATS=1 rt_runall frames
  rt_golden frames
  rt_stats "$TMP/frames/shared.$RT_REF.out"
  ((STAT[splits] > 100))
}

@test "closure: a NEEDCTXT closure that splits keeps its funcval (DX) across morestack" {
  rt_prog closure
  PIC386_STACK_SEGMENT=4096 PIC386_STACK_STATS=1 rt_runall closure
  rt_golden closure
  rt_stats "$TMP/closure/static.qemu.out"
  ((STAT[splits] > 50))
}

@test "getcallerpc and getcallersp, also from a function that split" {
  rt_prog callerpc
  rt_runall callerpc
  rt_golden callerpc
}

@test "stack overflow: past PIC386_STACK_LIMIT, Go's report and 100 frames of traceback" {
  rt_prog overflow
  PIC386_STACK_LIMIT=1m rt_runall overflow 2
  rt_golden overflow
  run rt_out overflow "shared.$RT_REF"
  assert_line --index 0 "runtime: goroutine stack exceeds 1048576-byte limit"
  assert_line --index 1 "fatal error: stack overflow"
  # (bats drops the blank line that follows from lines)
  assert_output --partial $'fatal error: stack overflow\n\ngoroutine 1 [running]:\n'
  assert_line --index 2 "goroutine 1 [running]:"
  assert_line --index 203 "...additional frames elided..."
  ((${#lines[@]} == 204))
}

@test "stack overflow: the default limit is Go 1.7's 250,000,000 bytes" {
  rt_prog overflow
  run env PIC386_STACK_SEGMENT=1m "${RT_RUN[@]}" "$TMP/overflow/static/overflow"
  assert_failure 2
  assert_line --index 0 "runtime: goroutine stack exceeds 250000000-byte limit"
}
