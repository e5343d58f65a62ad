#!/usr/bin/env bats
# The runtime's printing, write, exit and start-up, static and -linkshared.

# shellcheck disable=SC2154 # bats' run sets stderr

load ../helpers
load build
load runtime

setup_file() {
  rt_setup_file
}

setup() {
  setup_tmp
}

@test "print: every print built-in and write(2), the same in every build and run" {
  rt_prog print
  rt_runall print
  rt_golden print
  # stdout and stderr are the right streams
  run --separate-stderr rt_exec "$RT_REF" "$TMP/print/static/print"
  assert_success
  assert_output "stdout"
  [[ $stderr == "println: true false"* ]]
}

@test "print: natively too (static, shared, shared with LD_BIND_NOW), the same as under qemu-i386" {
  # The native configurations of every other test here are left out when
  # this host cannot run them; this is where that shows, once.
  need_native
  rt_prog print
  # shellcheck disable=SC2034 # rt_runall reads RT_CONFIGS
  local config RT_CONFIGS=(static.native shared.native shared.native.now static.qemu)
  rt_runall print
  for config in static.native shared.native shared.native.now; do
    assert_equal "$config: $(golden_normalize print <"$TMP/print/$config.out" | golden_nomodule)" \
      "$config: $(golden_normalize print <"$TMP/print/static.qemu.out" | golden_nomodule)"
  done
}

@test "exit: runtime.exit(3) ends the process from deep in a recursion" {
  rt_prog exit
  rt_runall exit 3
  rt_golden exit
}

@test "start-up: main.main runs on a runtime segment; g in TLS has Go 1.7's layout" {
  rt_prog gstruct
  rt_runall gstruct
  rt_golden gstruct
  # the first segment is a mapping of its own, the default size
  run env PIC386_STACK_STATS=1 "${RT_RUN[@]}" "$TMP/gstruct/static/gstruct"
  assert_success
  assert_line --regexp '^runtime: stack: splits=0 mapped=1 unmapped=0 segment=16384 guard=2048 deepest=[0-9]+$'
}

@test "environment: bad PIC386_STACK_SEGMENT, PIC386_STACK_LIMIT and PIC386_STACK_CACHE values are fatal" {
  rt_prog print
  run env PIC386_STACK_SEGMENT=lots "${RT_RUN[@]}" "$TMP/print/static/print"
  assert_failure 2
  assert_output "runtime: PIC386_STACK_SEGMENT=lots: want a number of bytes"
  run env PIC386_STACK_LIMIT=0 "${RT_RUN[@]}" "$TMP/print/static/print"
  assert_failure 2
  assert_output "runtime: PIC386_STACK_LIMIT=0: want a number of bytes"
  run env PIC386_STACK_CACHE=8x "${RT_RUN[@]}" "$TMP/print/static/print"
  assert_failure 2
  assert_output "runtime: PIC386_STACK_CACHE=8x: want a number of bytes"
  # 0 is a size here: no cache beyond the few segments always kept
  run env PIC386_STACK_CACHE=0 "${RT_RUN[@]}" "$TMP/print/static/print"
  assert_success
  run env PIC386_STACK_SEGMENT=64k PIC386_STACK_STATS=1 "${RT_RUN[@]}" "$TMP/print/static/print"
  assert_success
  assert_line --partial "segment=65536 "
}
