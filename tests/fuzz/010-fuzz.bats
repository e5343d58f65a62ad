#!/usr/bin/env bats
# The libFuzzer harness of `pic386 asm` (fuzz/, `make fuzz`), in CI: every
# regression input and seed goes through it without a report, and a short
# fuzzing run (FUZZ_CI_SECONDS, default 60) finds no crash, leak, sanitizer
# report or hang. The harness is ASan+UBSan itself and tests the sources,
# not $PIC386, so it runs in the plain binary's run of `make test` only.

# shellcheck disable=SC2154 # bats' run sets status and output

load ../helpers

ROOT=$(realpath "$BATS_TEST_DIRNAME/../..")
HARNESS=${FUZZ_BIN:-$ROOT/bin/fuzz/asm_fuzz}

setup() {
  setup_tmp
  if grep -q __asan_init "$PIC386"; then
    skip "the harness is sanitized itself: it runs once, in the plain binary's run"
  fi
  if [[ ! -x $HARNESS ]]; then
    command -v clang >/dev/null ||
      skip "clang and libFuzzer are not installed (ci/install-deps --set fuzz)"
    fail "clang is installed but $HARNESS is not built (make fuzz-build)"
  fi
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
