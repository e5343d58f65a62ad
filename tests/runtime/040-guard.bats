#!/usr/bin/env bats
# The guard area below stackguard0 (StackGuard = 2048 bytes above a guard
# page): what may run there, measured. PIC386_STACK_STATS paints the guard
# area of every segment and reports the deepest byte anything wrote.

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

@test "guard: a full NOSPLIT budget plus first calls fit; every module BIND_NOW, so no resolver runs on the goroutine's stack" {
  rt_prog edge
  PIC386_STACK_STATS=1 rt_runall edge
  rt_golden edge
  local config
  local -A deep=()
  for config in "${RT_CONFIGS[@]}"; do
    rt_stats "$TMP/edge/$config.out"
    ((STAT[guard] == 2048))
    # Go 1.7's budget, 128 + 592, was spent below stackguard0, and more:
    # the runtime's stubs, then the calls they make.
    ((STAT[deepest] >= 720))
    ((STAT[deepest] < STAT[guard]))
    deep[$config]=${STAT[deepest]}
  done
  for config in "${RT_CONFIGS[@]}"; do
    printf '# %s: %d bytes below stackguard0\n' "$config" "${deep[$config]}" >&3
  done
  # Every shared-mode module is linked -znow, as Go 1.6/1.7 linked them
  # ("lazy PLT resolution can use large amounts of stack at times we
  # cannot allow it"): the loader binds every slot at start-up, so the
  # shared build needs what the static one does, give or take its
  # get_pc_thunk calls, with LD_BIND_NOW or without. (Lazily bound, the
  # resolver needed some 500 bytes more here: 1244 in all.)
  for config in "${RT_CONFIGS[@]}"; do
    [[ $config == shared.* ]] || continue
    local static=static.${config#shared.}
    static=${static%.now}
    ((deep[$config] - deep[$static] <= 16)) ||
      fail "$config: ${deep[$config]} bytes, static ${deep[$static]}"
  done
  run "$READELF" -d "$TMP/edge/shared/edge"
  assert_line --regexp 'FLAGS_1\) +Flags: .*NOW'
}

@test "guard page: NOSPLIT code that runs past the guard area faults in the guard page, reported" {
  rt_prog guardpage
  rt_runall guardpage 2
  local config
  for config in "${RT_CONFIGS[@]}"; do
    run rt_out guardpage "$config"
    assert_line --index 0 "runtime: a guard page was hit: code that does not check the stack used more than the guard area"
    assert_line --index 1 --regexp '^unexpected fault address 0x[0-9a-f]+$'
    assert_line --index 2 "fatal error: fault"
    assert_line --index 3 --regexp '^\[signal SIGSEGV: segmentation violation code=0x2 addr=0x[0-9a-f]+ pc=0x[0-9a-f]+\]$'
    assert_line --index 4 "goroutine 1 [running]:"
    assert_line --index 5 "main.hog()"
    assert_line --index 7 "stk.down()"
    assert_line "main.main()"
  done
}
