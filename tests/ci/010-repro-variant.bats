#!/usr/bin/env bats
# ci/repro-variant, what each cell of the GitHub Actions matrix asserts: one
# variant of issue 15916's reproduction, every cell judged against the table.

# shellcheck disable=SC2154 # status, output are set by bats' run

load ../helpers

REPO=$(realpath -- "$BATS_TEST_DIRNAME/../..")

setup() {
  setup_tmp
  [[ -f $REPO/repro/15916/matrix.bash ]] || skip "no repro/15916 in this tree"
}

@test "repro-variant -bug=15916-jmpdefer: TAP per cell, exe's shared build crashes as predicted, JUnit written" {
  run "$REPO/ci/repro-variant" -bug=15916-jmpdefer --junit "$TMP/junit"
  echo "$output"
  assert_success
  assert_line --regexp '^1\.\.[0-9]+$'
  assert_line --regexp '^ok [0-9]+ exe shared \(qemu\): want the jmpdefer crash, SIGSEGV pc=0x[0-9a-f]+ -> SIGSEGV pc=0x[0-9a-f]+$'
  assert_line --regexp '^ok [0-9]+ deferedge shared \(qemu\): want ok -> ok$'
  refute_line --regexp '^not ok'
  assert_line --regexp '^[1-9][0-9]* passed, 0 failed$'
  grep -q '<testsuite name="repro-15916.jmpdefer" tests="[1-9][0-9]*" failures="0"' "$TMP/junit/repro-15916-jmpdefer.xml"
}

@test "repro-variant: an unknown variant or no variant is a usage error (exit 2)" {
  run "$REPO/ci/repro-variant" bogus
  assert_equal "$status" 2
  assert_output --partial "unknown argument: bogus"
  run "$REPO/ci/repro-variant"
  assert_equal "$status" 2
  assert_output --partial "usage"
}
