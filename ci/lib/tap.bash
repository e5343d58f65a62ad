# shellcheck shell=bash
# shellcheck disable=SC2034 # TAP_* are for the runners that source this file
# Counting the TAP that bats prints: the one reading of a test line and the
# one closing total, sourced by ci/run-tests and ci/run-suites (issue 12), so
# that both runners count a pass, a failure and a skip alike.
#
#   tap_test LINE        LINE a test line ("ok N DESC", "not ok N DESC")?
#                        Then counts it, sets TAP_RESULT (ok or not ok),
#                        TAP_NUM (N), TAP_DESC (DESC) and TAP_KIND (pass,
#                        fail or skip),
#                        and returns 0; otherwise returns 1
#   tap_bats_exit LINE   LINE the sentinel "# bats exit N" a runner prints
#                        after bats ends? Then sets TAP_BATS_EXIT to N and
#                        returns 0; otherwise returns 1
#   tap_timed_out        counts the last failure as a timeout too
#   tap_summary          "N passed, M failed[, K skipped][, T timed out]"
#   tap_ok               0 when nothing failed and something passed: only
#                        skips is no test run either
#
# The counts: TAP_PASSED, TAP_FAILED, TAP_SKIPPED, TAP_TIMEDOUT.

TAP_PASSED=0 TAP_FAILED=0 TAP_SKIPPED=0 TAP_TIMEDOUT=0

tap_test() {
  [[ $1 =~ ^(ok|not\ ok)\ ([0-9]+)\ (.*)$ ]] || return 1
  TAP_RESULT=${BASH_REMATCH[1]} TAP_NUM=${BASH_REMATCH[2]} TAP_DESC=${BASH_REMATCH[3]}
  if [[ $TAP_RESULT == "not ok" ]]; then
    TAP_KIND=fail TAP_FAILED=$((TAP_FAILED + 1))
  elif [[ $TAP_DESC =~ \ \#\ [Ss][Kk][Ii][Pp]( |$) ]]; then
    TAP_KIND=skip TAP_SKIPPED=$((TAP_SKIPPED + 1))
  else
    TAP_KIND=pass TAP_PASSED=$((TAP_PASSED + 1))
  fi
}

tap_bats_exit() {
  [[ $1 =~ ^#\ bats\ exit\ ([0-9]+)$ ]] || return 1
  TAP_BATS_EXIT=${BASH_REMATCH[1]}
}

tap_timed_out() {
  TAP_TIMEDOUT=$((TAP_TIMEDOUT + 1))
}

tap_summary() {
  local s="$TAP_PASSED passed, $TAP_FAILED failed"
  ((TAP_SKIPPED == 0)) || s+=", $TAP_SKIPPED skipped"
  ((TAP_TIMEDOUT == 0)) || s+=", $TAP_TIMEDOUT timed out"
  echo "$s"
}

tap_ok() {
  ((TAP_FAILED == 0 && TAP_PASSED > 0))
}
