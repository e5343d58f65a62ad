#!/usr/bin/env bats
# Go's misc/cgo/testshared TrivialExecutable: a program with an empty main,
# linked against libruntime.so.

# shellcheck disable=SC2016 # $ORIGIN is literal
# shellcheck disable=SC2154 # s_agree sets stderr

load ../helpers.testshared

@test "TrivialExecutable: runs; DT_NEEDED names libruntime.so; RUNPATH is \$ORIGIN" {
  ts_build trivial
  s_dyn "$TMP/trivial/shared/trivial"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libruntime\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  # libruntime.so and the C library, nothing else
  assert_equal "$(grep -c '(NEEDED)' <<<"$output")" 2
  assert_line --regexp '\(NEEDED\) +Shared library: \[libc\.so\.6\]$'
  # static and shared agree: no output, exit 0
  s_agree trivial 0
  assert_output ''
  assert_equal "$stderr" ''
}
