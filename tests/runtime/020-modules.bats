#!/usr/bin/env bats
# Calls and global data across modules: the program, depMiddle and depBottom (and
# libruntime.so); what the shared objects look like.

# shellcheck disable=SC2016 # $ORIGIN is literal

load ../helpers
load build
load runtime

setup_file() {
  rt_setup_file
}

setup() {
  setup_tmp
}

@test "modules: calls, closures and global data (read, write, address-of) across three modules" {
  rt_prog modules
  rt_runall modules
  rt_golden modules
}

@test "modules: the shared build really is four modules, found through RUNPATH \$ORIGIN" {
  rt_prog modules
  run "$READELF" -d "$TMP/modules/shared/modules"
  assert_success
  assert_line --regexp 'NEEDED.*\[libdepMiddle\.so\]'
  assert_line --regexp 'NEEDED.*\[libdepBottom\.so\]'
  assert_line --regexp 'NEEDED.*\[libruntime\.so\]'
  assert_line --regexp 'RUNPATH.*\[\$ORIGIN\]'
  run "$READELF" -d "$TMP/modules/shared/libdepMiddle.so"
  assert_line --regexp 'NEEDED.*\[libdepBottom\.so\]'
  # the static build has no dynamic section at all
  run "$READELF" -d "$TMP/modules/static/modules"
  assert_output --partial "no dynamic section"
  # moved elsewhere with its libraries, it still runs
  mv "$TMP/modules/shared" "$TMP/moved"
  run rt_exec qemu "$TMP/moved/modules"
  assert_success
  assert_line 42
}

@test "libruntime.so: soname, no text relocations, no executable stack, the API exported and nothing else of C" {
  local so=$RT/shared/libruntime.so
  run "$READELF" -d "$so"
  assert_line --regexp 'SONAME.*\[libruntime\.so\]'
  refute_line --partial TEXTREL
  run "$READELF" -lW "$so"
  assert_line --regexp 'GNU_STACK .* RW  '
  run "$READELF" --dyn-syms -W "$so"
  local sym
  for sym in printlock printunlock printbool printint printuint printhex printpointer \
    printstring printnl printsp write GC deferproc deferreturn jmpdefer morestack \
    morestack_noctxt lessstack throw exit getcallerpc getcallersp addmoduledata; do
    assert_line --regexp "FUNC +GLOBAL +DEFAULT +[0-9]+ runtime\.$sym\$"
  done
  assert_line --regexp 'TLS +GLOBAL +DEFAULT +[0-9]+ runtime\.tlsg$'
  # The C halves the stubs call are internal: no PLT, no interposition.
  refute_line --partial 'runtime.newstack'
  refute_line --partial 'runtime.printint_m'
  refute_line --partial 'runtime.deferreturn_m'
  # main is the runtime's: glibc's crt1 in the program calls it.
  assert_line --regexp 'FUNC +GLOBAL +DEFAULT +[0-9]+ main$'
}

@test "libruntime.so: every module registers its function table, the runtime's included" {
  # A traceback through the modules names each one, and ends cleanly at
  # main.main: its caller, runtime.rt0_go, is known from the runtime's table.
  rt_prog nilderef
  run rt_exec qemu "$TMP/nilderef/shared/nilderef"
  assert_failure 2
  assert_line --regexp $'^\t/.*/libdepNil\\.so \\+0x[0-9a-f]+$'
  assert_line --regexp $'^\t/.*/nilderef \\+0x[0-9a-f]+$'
  refute_line --partial 'unknown pc'
  [[ ${lines[-2]} == 'main.main()' ]]
  run "$OBJDUMP" -h "$RT/shared/libruntime.so"
  assert_line --regexp ' pic386_functab '
  run "$OBJDUMP" -h "$RT/static/libruntime.a"
  assert_line --regexp ' pic386_functab '
}
