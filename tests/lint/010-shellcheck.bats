#!/usr/bin/env bats
# The shellcheck lint of the tree's shell scripts (ci/, .ci/, docker/, bench/, tests/,
# suites/, repro/, fuzz/): by name (*.sh, *.bash, *.bats) or by a #! line naming sh, bash or
# bats, as `make lint` finds them.

# shellcheck disable=SC2154 # status, output are set by bats' run

load ../helpers
load lint

setup() {
  lint_once
  command -v shellcheck >/dev/null || skip "shellcheck is not installed (ci/install-deps installs it)"
}

@test "make lint finds the scripts of every directory that has them" {
  run lint_scripts
  assert_success
  assert_line ci/run-tests
  assert_line ci/install-deps
  assert_line .ci/run
  assert_line docker/entrypoint
  assert_line tests/helpers.bash
  assert_line tests/docker/010-image.bats
  assert_line fuzz/run
  assert_line fuzz/coverage
  if [[ -f $REPO/repro/15916/repro ]]; then
    assert_line repro/15916/repro
    assert_line repro/15916/matrix.bash
  fi
  if compgen -G "$REPO/suites/*/*.bats" >/dev/null; then
    assert_line --regexp '^suites/.*\.bats$'
  fi
}

@test "shellcheck: every script clean" {
  local scripts
  mapfile -t scripts < <(lint_scripts)
  ((${#scripts[@]} > 10))
  cd "$REPO"
  run shellcheck "${scripts[@]}"
  assert_success
  assert_output ""
}
