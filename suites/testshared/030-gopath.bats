#!/usr/bin/env bats
# Go's misc/cgo/testshared GopathShlib, TwoGopathShlibs and
# ThreeGopathShlibs: programs over one, two and three levels of shared
# libraries built from packages of the source root (Go's GOPATH); each also
# built static, and static and shared runs agree.

# shellcheck disable=SC2016 # $ORIGIN is literal
# shellcheck disable=SC2154 # s_agree sets stderr

load ../helpers.testshared

@test "GopathShlib: exe over libdepBase.so: NEEDED, RUNPATH, runs, prints 2, static agrees" {
  ts_build exe
  s_dyn "$TMP/exe/shared/exe"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libdepBase\.so\]$'
  assert_line --regexp '\(NEEDED\) +Shared library: \[libruntime\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  s_dyn "$TMP/exe/shared/libdepBase.so"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libruntime\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  # depBase.F's defer ran in the library, and exe's deferred
  # ImplementedInAsm at its end
  s_agree exe 0
  assert_output ''
  assert_equal "$stderr" 2
  # the program and its libraries move together
  mv "$TMP/exe/shared" "$TMP/moved"
  s_run "$TMP/moved/exe"
  assert_equal "$status" 0
  assert_equal "$stderr" 2
}

@test "TwoGopathShlibs: exe2 over libdep2.so over libdepBase.so prints 13, static agrees" {
  ts_build exe2
  s_dyn "$TMP/exe2/shared/exe2"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libdep2\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  s_dyn "$TMP/exe2/shared/libdep2.so"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libdepBase\.so\]$'
  assert_line --regexp '\(NEEDED\) +Shared library: \[libruntime\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  # dep2.W = dep2.G() + 1 + d.Method() = (depBase.F() + 1) + 1 + 10
  s_agree exe2 0
  assert_output ''
  assert_equal "$stderr" 13
}

@test "ThreeGopathShlibs: exe3 over libdep3.so, libdep2.so and libdepBase.so prints 20, static agrees" {
  ts_build exe3
  s_dyn "$TMP/exe3/shared/exe3"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libdep3\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  s_dyn "$TMP/exe3/shared/libdep3.so"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libdep2\.so\]$'
  assert_line --regexp '\(NEEDED\) +Shared library: \[libdepBase\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  s_dyn "$TMP/exe3/shared/libdep2.so"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libdepBase\.so\]$'
  # D3: x.dep.X + x.dep2.X + x.dep.Method() + x.dep2.Method()
  s_agree exe3 0
  assert_output ''
  assert_equal "$stderr" 20
}
