#!/usr/bin/env bats
# actionlint on the GitHub Actions workflows (it runs shellcheck on their run:
# steps too). actionlint comes from the Go module proxy (ci/install-lint-tools).

# shellcheck disable=SC2154 # status, output are set by bats' run

load ../helpers
load lint

setup() {
  lint_once
  ACTIONLINT=$(find_actionlint) ||
    skip "actionlint is not installed (ci/install-lint-tools builds it with Go from the module proxy)"
}

@test "actionlint: .github/workflows/*.yml clean" {
  cd "$REPO"
  local wf=(.github/workflows/*.yml)
  [[ -f ${wf[0]} ]] || fail "no workflow in .github/workflows"
  run "$ACTIONLINT" -no-color "${wf[@]}"
  assert_success
  assert_output ""
}

@test "actionlint finds the mistakes it is there for (a broken workflow fails)" {
  setup_tmp
  mkdir -p .github/workflows
  cat >.github/workflows/bad.yml <<'YML'
on: push
jobs:
  t:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: echo ${{ matrix.nosuch }} $undefined_var
YML
  run "$ACTIONLINT" -no-color .github/workflows/bad.yml
  assert_failure
  assert_output --partial "matrix"
}
