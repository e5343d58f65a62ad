# shellcheck shell=bash
# Shared by tests/lint/*.bats: the linters run over the tree, not over a
# pic386 binary, so they run once per `make test`, in the normal binary's run.

REPO=$(realpath -- "$BATS_TEST_DIRNAME/../..")

lint_once() {
  [[ ${PIC386-} != */asan/* ]] || skip "the linters run once, in the normal binary's run"
}

# The tree's shell scripts, as `make lint` finds them (Makefile's SCRIPTS).
lint_scripts() {
  make -s -C "$REPO" --no-print-directory print-lint-scripts | tr ' ' '\n' | sed '/^$/d'
}

# actionlint: on PATH, or where `go install` (ci/install-lint-tools) put it.
find_actionlint() {
  local gopath
  command -v actionlint && return
  gopath=$( (PATH=$PATH:/usr/local/go/bin go env GOPATH) 2>/dev/null) || gopath=$HOME/go
  [[ -x $gopath/bin/actionlint ]] && echo "$gopath/bin/actionlint"
}
