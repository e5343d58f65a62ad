#!/usr/bin/env bats
# The libFuzzer harnesses of `pic386 asm` and `pic386 compile` (fuzz/, `make
# fuzz`, `make fuzz-compile`), in CI: every regression input and seed goes
# through each without a report, and a short fuzzing run of each
# (FUZZ_CI_SECONDS, default 60; FUZZ_CI_COMPILE_SECONDS, default 30) finds
# no crash, leak, sanitizer report or hang. The harness is ASan+UBSan itself and tests the sources,
# not $PIC386, so it runs in the plain binary's run of `make test` only.

# shellcheck disable=SC2154 # bats' run sets status and output

load ../helpers

ROOT=$(realpath "$BATS_TEST_DIRNAME/../..")
HARNESS=${FUZZ_BIN:-$ROOT/bin/fuzz/asm_fuzz}
CHARNESS=$ROOT/bin/fuzz/compile_fuzz

setup() {
  setup_tmp
  if grep -q __asan_init "$PIC386"; then
    skip "the harness is sanitized itself: it runs once, in the plain binary's run"
  fi
  local h
  for h in "$HARNESS" "$CHARNESS"; do
    if [[ ! -x $h ]]; then
      command -v clang >/dev/null ||
        skip "clang and libFuzzer are not installed (ci/install-deps --set fuzz)"
      fail "clang is installed but $h is not built (make fuzz-build)"
    fi
  done
}

@test "fuzz harness: every regression input and seed runs through all four modes without a report" {
  inputs=("$ROOT"/tests/asm/testdata/fuzz/*.s "$ROOT"/fuzz/seeds/*)
  ((${#inputs[@]} > 20)) || fail "only ${#inputs[@]} inputs"
  run "$HARNESS" -timeout=120 -rss_limit_mb=2048 "${inputs[@]}"
  assert_success
  assert_output --partial "Executed ${inputs[-1]} in"
  refute_output --regexp 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error'
}

@test "fuzz harness: a ${FUZZ_CI_SECONDS:-60} s fuzzing run from the seeds finds nothing" {
  # Generous per-input timeout: the machine may be busy; a hang is minutes.
  FUZZ_WORK=$TMP/work FUZZ_TIMEOUT=30 run "$ROOT/fuzz/run" --seconds "${FUZZ_CI_SECONDS:-60}" -seed=1
  if ((status != 0)); then
    printf '%s\n' "$output" | tail -n 60
    ls -l "$TMP/work/artifacts"
    fail "the fuzzer stopped with status $status"
  fi
  assert_output --regexp 'stat::number_of_executed_units: [1-9][0-9]*'
  # (a slow-unit-* file is a note about a busy machine, not a failure)
  assert_equal "$(find "$TMP/work/artifacts" -type f ! -name 'slow-unit-*')" ''
}

@test "compile fuzz harness: every seed, regression input and .go file of the tree runs static and -dynlink without a report" {
  mapfile -t inputs < <(find "$ROOT/fuzz/go-seeds" "$ROOT/tests" "$ROOT/suites" -name '*.go' -type f | sort)
  ((${#inputs[@]} > 100)) || fail "only ${#inputs[@]} inputs"
  run "$CHARNESS" -timeout=120 -rss_limit_mb=2048 -close_fd_mask=2 "${inputs[@]}"
  assert_success
  assert_output --partial "Executed ${inputs[-1]} in"
  refute_output --regexp 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error'
}

@test "compile fuzz harness: a ${FUZZ_CI_COMPILE_SECONDS:-30} s fuzzing run from the seeds finds nothing" {
  FUZZ_WORK=$TMP/cwork FUZZ_TIMEOUT=30 run "$ROOT/fuzz/run" --target compile \
    --seconds "${FUZZ_CI_COMPILE_SECONDS:-30}" -seed=1
  if ((status != 0)); then
    printf '%s\n' "$output" | tail -n 60
    ls -l "$TMP/cwork/artifacts"
    fail "the fuzzer stopped with status $status"
  fi
  assert_output --regexp 'stat::number_of_executed_units: [1-9][0-9]*'
  assert_equal "$(find "$TMP/cwork/artifacts" -type f ! -name 'slow-unit-*')" ''
}
