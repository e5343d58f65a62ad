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
  run rt_exec "$RT_REF" "$TMP/seed/static/seed"
  assert_success
  assert_output 2
  local how now
  for how in "${RT_HOWS[@]}"; do
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

# The function that LIB's PLT entry for SYM reaches when EBX holds EXE's
# GOT: the entry is `jmp *off(%ebx)`, and EXE's _GLOBAL_OFFSET_TABLE_ is the
# start of its .got.plt, so it is whatever EXE's jump slot at that address
# is bound to ("(reserved)" for the loader's own first three words).
plt_target() {
  local lib=$1 exe=$2 sym=$3 off base slot
  off=$("$OBJDUMP" -d -j .plt "$lib" | grep -A1 "<$sym@plt>:" |
    sed -n 's/.*jmp *\*0x\([0-9a-f]*\)(%ebx).*/\1/p')
  [[ -n $off ]] || { echo "no PLT entry for $sym in $lib" >&2; return 1; }
  base=$("$READELF" -SW "$exe" | sed -n 's/.*\.got\.plt *PROGBITS *\([0-9a-f]*\).*/\1/p')
  slot=$(printf '%08x' $((0x$base + 0x$off)))
  "$READELF" -rW "$exe" | awk -v s="$slot" '$1 == s { print $5; found = 1 }
    END { if (!found) print "(reserved)" }'
}

@test "15916-morestack: a library function that splits when called from another module jumps through the caller's GOT" {
  rt_prog crossplit 15916-morestack
  run rt_exec "$RT_REF" "$TMP/crossplit/static/crossplit"
  assert_success
  assert_output 42
  # The library's out-of-line call is Go 1.6's bare PLT call: no thunk, no
  # GOT load into EBX before it.
  run "$OBJDUMP" -d --no-show-raw-insn "$TMP/crossplit/shared/libdepBottom.so"
  assert_success
  local block
  block=$(printf '%s\n' "$output" | sed -n '/<depBottom.Add>:/,/^$/p' | grep -B1 'morestack_noctxt@plt')
  [[ $block != *get_pc_thunk* ]] || fail "the morestack call is PIC-safe in a -bug build: $block"
  # It reaches, through the executable's GOT (EBX at the call), whatever the
  # executable's slot at the library's offset holds. Which function that is
  # depends on the two link layouts; the outcome must be the one it dictates.
  local target how now
  target=$(plt_target "$TMP/crossplit/shared/libdepBottom.so" "$TMP/crossplit/shared/crossplit" \
    runtime.morestack_noctxt)
  echo "the library's morestack PLT entry reaches $target through the executable's GOT"
  for how in "${RT_HOWS[@]}"; do
    for now in "" 1; do
      bounded crossplit shared "$how" "$now"
      if [[ $target == runtime.morestack_noctxt ]]; then
        # masked: the executable's slot happens to hold morestack_noctxt too
        assert_equal "$output" $'42\nexit 0'
      else
        [[ $output != $'42\nexit 0' ]] || fail "reached $target, yet the program worked"
      fi
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
