#!/usr/bin/env bats
# ci/run-suites, the suites' runner, on fixture suites: one TAP stream over
# runners and suites, timeouts reported as such, the native runner skipped
# where the host cannot run i386, JUnit files, usage; and ci/run-tests
# counting what it reports.

# shellcheck disable=SC2016 # the fixtures' code, expanded when they run

load ../helpers

RUN_SUITES=$BATS_TEST_DIRNAME/../../ci/run-suites
RUN_TESTS=$BATS_TEST_DIRNAME/../../ci/run-tests
SUITES_HELPERS=$BATS_TEST_DIRNAME/../../suites/helpers.bash
HOST_PROBE=$BATS_TEST_DIRNAME/../../ci/lib/host.bash
GOLDEN=$BATS_TEST_DIRNAME/../../ci/lib/golden.bash

setup() {
  setup_tmp
  export FX_LOG=$TMP/fx.log
}

# A suite "a" whose tests pass, fail, hang and skip, beside a copy of the
# suites' helpers, and a suite "ok" that only passes.
fixture() {
  mkdir -p fx/suites/a fx/suites/ok
  cp "$SUITES_HELPERS" fx/suites/helpers.bash
  # the helpers source the one host probe and the golden helper from beside
  # the suites
  mkdir -p fx/ci/lib && cp "$HOST_PROBE" "$GOLDEN" fx/ci/lib/
  # (echoed: a line starting with the test keyword would be this file's)
  {
    echo 'load ../helpers'
    echo 'setup() { s_setup; }'
    echo '@test "passes" { echo "$PIC386_RUNNER ${PIC386_QEMU_CPU-} $PIC386_TIMEOUT" >>"$FX_LOG"; }'
    echo '@test "fails" { false; }'
    echo '@test "hangs" { s_timed "a sleeper" /dev/null - sleep 60; }'
    echo '@test "skips" { skip "no reason"; }'
  } >fx/suites/a/010-a.bats
  printf '%s\n' 'load ../helpers' '@test "passes" { true; }' >fx/suites/ok/010-ok.bats
}

@test "run-suites: one TAP stream, the runner and qemu's version on top, a hang killed and reported as a timeout" {
  fixture
  local start=$SECONDS
  run "$RUN_SUITES" --runner qemu --timeout 2 --qemu-cpu pentium3 fx/suites/a
  assert_failure 1
  # the sleeper was killed after 2 seconds, not 60
  ((SECONDS - start < 40))
  assert_line --index 0 '# pic386 suites: a'
  assert_line --index 1 '# runners: qemu'
  assert_line --index 2 --regexp '^#   qemu: qemu-i386 -L .*, cpu pentium3$'
  assert_line --index 3 '# qemu-i386 --version:'
  assert_line --index 4 --regexp '^#   qemu-i386 version [0-9]'
  assert_line 'ok 1 [qemu] a: passes'
  assert_line 'not ok 2 [qemu] a: fails'
  assert_line 'not ok 3 [qemu] a: hangs # timeout after 2s'
  assert_line --regexp '^#.*TIMEOUT: a sleeper was killed after 2s'
  assert_line 'ok 4 [qemu] a: skips # skip no reason'
  assert_line --regexp '^# suite a, runner qemu: 4 tests, 1 passed, 2 failed, 1 skipped, 1 timed out, [0-9]+m[0-9]+s$'
  assert_equal "${lines[-2]}" '1..4'
  assert_equal "${lines[-1]}" '# 1 passed, 2 failed, 1 skipped, 1 timed out'
  # only TAP: test lines, the plan, comments
  run grep -Ev '^(ok|not ok) [0-9]+ |^1\.\.[0-9]+$|^#' <<<"$output"
  assert_output ''
  # what the test saw
  run cat "$FX_LOG"
  assert_output 'qemu pentium3 2'
}

@test "run-suites: an i386 program that never ends is killed, under qemu and natively, and reported as a timeout" {
  fixture
  mkdir -p fx/suites/i386 src/src/hang
  printf '%s\n' 'TEXT ·main(SB), $0-0' 'loop:' '	JMP	loop' >src/src/hang/main.s
  {
    echo 'load ../helpers'
    echo 'setup() { s_setup; }'
    echo '@test "loops" { PIC386PATH=$SRC s_build -linkshared -o loops/hang hang; s_run loops/hang; }'
  } >fx/suites/i386/010-hang.bats
  local start=$SECONDS
  SRC=$TMP/src run "$RUN_SUITES" --timeout 2 fx/suites/i386
  assert_failure 1
  ((SECONDS - start < 40))
  assert_line 'not ok 1 [qemu] i386: loops # timeout after 2s'
  assert_line --regexp '^# TIMEOUT: loops/hang was killed after 2s \(PIC386_TIMEOUT\) under the qemu runner$'
  if host_runs_i386; then
    assert_line 'not ok 2 [native] i386: loops # timeout after 2s'
    assert_equal "${lines[-1]}" '# 0 passed, 2 failed, 2 timed out'
  fi
  # nothing of it left running
  run pgrep -f -- 'loops/hang$'
  assert_failure 1
}

@test "run-suites: where the host cannot run i386, native is a skip saying why; JUnit names runner and qemu" {
  fixture
  PIC386_HOST_ARCH=aarch64 run "$RUN_SUITES" --timeout 2 --junit results fx/suites/a fx/suites/ok
  assert_failure 1
  assert_line --index 1 '# runners: qemu (native skipped)'
  assert_line '#   native runner: this host is aarch64; its kernel does not run i386 programs (qemu-i386 runs them)'
  assert_line 'ok 5 [qemu] ok: passes'
  assert_line 'ok 6 [native] a # skip native runner: this host is aarch64; its kernel does not run i386 programs (qemu-i386 runs them)'
  assert_line 'ok 7 [native] ok # skip native runner: this host is aarch64; its kernel does not run i386 programs (qemu-i386 runs them)'
  assert_equal "${lines[-1]}" '# 2 passed, 2 failed, 3 skipped, 1 timed out'
  run ls results
  assert_output $'a-native.xml\na-qemu.xml\nok-native.xml\nok-qemu.xml'
  run cat results/a-qemu.xml
  assert_line --regexp '^<testsuite name="qemu/a/010-a\.bats" tests="4" failures="2" '
  assert_line --regexp '<property name="runner" value="qemu: qemu-i386 -L '
  assert_line --regexp '<property name="qemu-i386 --version" value="qemu-i386 version [0-9]'
  assert_line --regexp '<testcase classname="qemu/a/010-a\.bats" name="hangs" '
  assert_output --partial 'TIMEOUT: a sleeper was killed after 2s'
  run cat results/a-native.xml
  assert_output --partial '<skipped message="native runner: this host is aarch64;'
  # well-formed, if there is a parser to say so
  if command -v python3 >/dev/null; then
    python3 -c 'import sys, xml.dom.minidom as m; [m.parse(f) for f in sys.argv[1:]]' results/*.xml
  fi
}

@test "run-suites: on an i386-capable host, qemu then native, every test under each" {
  need_native
  fixture
  run "$RUN_SUITES" --timeout 2 fx/suites/ok
  assert_success
  assert_line --index 1 '# runners: qemu native'
  assert_line --regexp '^#   native: the kernel of this x86_64 host|^#   native: the kernel of this i[3-6]86 host'
  assert_line 'ok 1 [qemu] ok: passes'
  assert_line 'ok 2 [native] ok: passes'
  assert_equal "${lines[-1]}" '# 2 passed, 0 failed'
  run "$RUN_SUITES" --runner native --timeout 2 fx/suites/a
  assert_line 'ok 1 [native] a: passes'
  run cat "$FX_LOG"
  assert_output 'native  2'
}

@test "run-suites: --jobs runs tests in parallel with GNU parallel, or says it cannot" {
  fixture
  run "$RUN_SUITES" --runner qemu --jobs 3 --timeout 2 fx/suites/a
  assert_failure 1
  if command -v parallel >/dev/null; then
    assert_line --regexp '^# programs killed after 2s; 3 jobs \(GNU parallel'
  else
    assert_line --partial '--jobs 3 ignored: GNU parallel is not installed'
  fi
  assert_line 'ok 1 [qemu] a: passes'
  assert_line 'not ok 3 [qemu] a: hangs # timeout after 2s'
  assert_equal "${lines[-1]}" '# 1 passed, 2 failed, 1 skipped, 1 timed out'
}

@test "run-suites: usage errors exit 2; a file that does not load is a failure; flags from PIC386_SUITE_FLAGS" {
  fixture
  run "$RUN_SUITES" --runner arm fx/suites/ok
  assert_failure 2
  run "$RUN_SUITES" --jobs 0 fx/suites/ok
  assert_failure 2
  run "$RUN_SUITES" --bogus
  assert_failure 2
  run "$RUN_SUITES" fx/nowhere
  assert_failure 2
  run "$RUN_SUITES" --help
  assert_success
  assert_line --partial 'ci/run-suites [--runner qemu|native|all]'
  mkdir fx/suites/broken
  echo '@test "never runs" { true; ' >fx/suites/broken/010-broken.bats
  run "$RUN_SUITES" --runner qemu fx/suites/broken
  assert_failure 1
  assert_line --regexp '^not ok 1 \[qemu\] broken: '
  assert_equal "${lines[-1]}" '# 0 passed, 1 failed'
  # bats failing with no failing test is one failure, not a pass
  mkdir bin
  printf '#!/bin/sh\necho 1..1\necho ok 1 fine\nexit 1\n' >bin/bats
  chmod +x bin/bats
  PATH=$PWD/bin:$PATH run "$RUN_SUITES" --runner qemu fx/suites/ok
  assert_failure 1
  assert_line 'ok 1 [qemu] ok: fine'
  assert_line 'not ok 2 [qemu] ok: bats failed (exit 1) without a failing test'
  PIC386_SUITE_FLAGS='--runner qemu --timeout 3' run "$RUN_SUITES" fx/suites/ok
  assert_success
  assert_line --index 1 '# runners: qemu'
  assert_line --regexp '^# programs killed after 3s'
}

@test "run-tests: counts a TAP-printing executable's tests in its one total" {
  fixture
  printf '#!/bin/sh\necho "ok 1 [qemu] s: a"\necho "not ok 2 [qemu] s: b"\necho "ok 3 [native] s # skip why"\necho "1..3"\nexit 1\n' >tap
  chmod +x tap
  mkdir plain
  echo '@test "passes" { true; }' >plain/a.bats
  run "$RUN_TESTS" plain ./tap
  assert_failure
  assert_line 'ok 1 [qemu] s: a'
  assert_line 'not ok 2 [qemu] s: b'
  assert_equal "${lines[-1]}" '2 passed, 1 failed, 1 skipped'
  # and ci/run-suites itself, as make test runs it (flags from the environment)
  PIC386_SUITE_FLAGS='--runner qemu fx/suites/ok' run "$RUN_TESTS" "$RUN_SUITES"
  assert_success
  assert_line 'ok 1 [qemu] ok: passes'
  assert_equal "${lines[-1]}" '1 passed, 0 failed'
}
