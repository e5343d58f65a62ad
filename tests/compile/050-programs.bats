#!/usr/bin/env bats
# Go programs compiled by pic386 compile, built by pic386 build, static and
# -linkshared, run under qemu-i386: Go 1.7's testshared programs from their
# own sources, the one copy of each -- depBase (with asm.s, stubs.go and
# gccgo.go: the // +build lines choose) and exe in repro/15916/src, whose
# repro builds them, the others in suites/testshared/src -- and a program
# over most of the subset with its expected output.

# The DATA lines are assembly, their $ literal.
# shellcheck disable=SC2016,SC2030,SC2031

load ../helpers

setup() {
  setup_tmp
  # testshared's two source roots, as the suite's helper sets them
  REPRO_SRC=$BATS_TEST_DIRNAME/../../repro/15916/src
  export PIC386PATH=$BATS_TEST_DIRNAME/../../suites/testshared:${REPRO_SRC%/src} PIC386_CACHE=$TMP/cache
}

@test "testshared's programs, from Go's sources, build and run static and -linkshared" {
  local p mode
  for p in trivial exe exe2 exe3 implicitcmd; do
    for mode in static shared; do
      if [[ $mode == shared ]]; then
        run "$PIC386" build -linkshared -o "$mode/$p/$p" "$p"
      else
        run "$PIC386" build -o "$mode/$p/$p" "$p"
      fi
      assert_success
      run "$PIC386" run "$mode/$p/$p"
      assert_success
      if [[ $p == implicitcmd ]]; then
        assert_output 84
      else
        assert_output ''
      fi
    done
  done
  # exe's deferred ImplementedInAsm is depBase's assembly, in libdepBase.so
  run "$READELF" -d shared/exe/exe
  assert_output --partial '[libdepBase.so]'
  run "$READELF" --dyn-syms -W shared/exe/libdepBase.so
  assert_output --partial 'depBase.ImplementedInAsm'
  assert_output --partial 'depBase.HasMask'
  # dep2's wrapper for the promoted (*Dep).Method
  run "$READELF" --dyn-syms -W shared/exe2/libdep2.so
  assert_output --partial 'dep2.Dep2.Method'
}

@test "a Go package builds to the same bytes in any work directory: its object names _go_.s without it (-trimpath)" {
  # two cold builds, each with a cache and a work directory of its own
  PIC386_CACHE=$TMP/c1 run "$PIC386" build -x -linkshared -o one/exe2 exe2
  assert_success
  assert_output --regexp 'pic386 asm -p dep2 -trimpath /[^ ]+ .*/dep2/_go_\.s'
  PIC386_CACHE=$TMP/c2 run "$PIC386" build -linkshared -o two/exe2 exe2
  assert_success
  local f
  for f in one/*; do
    cmp "$f" "two/${f##*/}"
  done
  run "$READELF" -sW one/libdep2.so
  assert_line --regexp ' FILE +LOCAL +DEFAULT +ABS dep2/_go_\.s$'
  refute_output --partial pic386-work
  PIC386_CACHE=$TMP/c1 run "$PIC386" build -o one/static exe2
  PIC386_CACHE=$TMP/c2 run "$PIC386" build -o two/static exe2
  cmp one/static two/static
}

@test "depBase: gccgo.go is left out by its // +build line, stubs.go and asm.s kept" {
  run "$PIC386" build -x -o st/exe exe
  assert_success
  assert_output --partial 'stubs.go'
  refute_output --partial 'gccgo.go'
}

@test "HasMask = []string{\"hi\"} is static data, as Go 1.7's sinit laid it out" {
  run "$PIC386" compile -p depBase -o dep.s "$REPRO_SRC/depBase/dep.go"
  assert_success
  run grep -E '^(DATA|GLOBL) ·(HasMask|statictmp_0)' dep.s
  assert_line 'DATA ·statictmp_0+0(SB)/4, $go·string·0<>(SB)'
  assert_line 'DATA ·statictmp_0+4(SB)/4, $2'
  assert_line 'DATA ·HasMask+0(SB)/4, $·statictmp_0(SB)'
  assert_line 'DATA ·HasMask+4(SB)/4, $1'
  assert_line 'DATA ·HasMask+8(SB)/4, $1'
  run grep -c 'TEXT' dep.s
  assert_output 3   # (*Dep).Method, F, F.func1: no init code
}

@test "a program over the subset: the same output static and -linkshared" {
  export PIC386PATH=$BATS_TEST_DIRNAME/testdata
  run "$PIC386" build -o st/p1 p1
  assert_success
  run "$PIC386" run st/p1
  assert_success
  assert_output "$(cat "$BATS_TEST_DIRNAME/testdata/p1.out")"
  run "$PIC386" build -linkshared -o sh/p1 p1
  assert_success
  run "$PIC386" run sh/p1
  assert_success
  assert_output "$(cat "$BATS_TEST_DIRNAME/testdata/p1.out")"
}

@test "package initialisation: variables initialised by code, init functions, imports first" {
  export PIC386PATH=$BATS_TEST_DIRNAME/testdata/init
  local want='ia: compute 5
ia: init 1 150
ia: init 2
main: init 300 2
main: 300 49 150'
  run "$PIC386" build -o st/im im
  assert_success
  run "$PIC386" run st/im
  assert_success
  assert_output "$want"
  run "$PIC386" build -linkshared -o sh/im im
  assert_success
  run "$PIC386" run sh/im
  assert_success
  assert_output "$want"
  # names = []string{"a", "b"} is still static data; G = ia.X * 2 is code
  run "$PIC386" compile -p main -I "$PIC386PATH/src" -o - "$PIC386PATH/src/im/main.go"
  assert_success
  assert_line --partial 'DATA ·names+0(SB)/4, $·statictmp_0(SB)'
  assert_line 'TEXT ·init(SB), $0-0'
  assert_line --partial 'CALL	ia·init(SB)'
}
