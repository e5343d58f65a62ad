#!/usr/bin/env bats
# Go's misc/cgo/testshared GopathShlib, TwoGopathShlibs, ThreeGopathShlibs
# and ImplicitInclusion: programs over one, two and three levels of shared
# libraries built from packages of the source root (Go's GOPATH), Go 1.7's
# own sources compiled by pic386 compile; each also built static, and static
# and shared runs agree. Go's programs print nothing: Go checked that they
# run (exit 0), and so do these, and that they print nothing, static or
# shared (040-rebuilding.bats runs them with a println added).

# shellcheck disable=SC2016 # $ORIGIN is literal
# shellcheck disable=SC2154 # s_agree sets stderr

load ../helpers.testshared

@test "GopathShlib: exe over libdepBase.so: NEEDED, RUNPATH, runs, static agrees" {
  ts_build exe
  s_dyn "$TMP/exe/shared/exe"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libdepBase\.so\]$'
  assert_line --regexp '\(NEEDED\) +Shared library: \[libruntime\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  s_dyn "$TMP/exe/shared/libdepBase.so"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libruntime\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  # depBase.F's defer ran in the library, runtime.GC in libruntime.so,
  # and exe's deferred ImplementedInAsm (depBase's asm.s) at its end
  s_agree exe 0
  assert_output ''
  assert_equal "$stderr" ''
  # the program and its libraries move together
  mv "$TMP/exe/shared" "$TMP/moved"
  s_run "$TMP/moved/exe"
  assert_equal "$status" 0
  assert_equal "$stderr" ''
}

@test "TwoGopathShlibs: exe2 over libdep2.so over libdepBase.so runs, static agrees" {
  ts_build exe2
  s_dyn "$TMP/exe2/shared/exe2"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libdep2\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  s_dyn "$TMP/exe2/shared/libdep2.so"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libdepBase\.so\]$'
  assert_line --regexp '\(NEEDED\) +Shared library: \[libruntime\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  # dep2.Dep2's promoted Method: dep2's wrapper, calling depBase's
  s_agree exe2 0
  assert_output ''
  assert_equal "$stderr" ''
}

@test "ThreeGopathShlibs: exe3 over libdep3.so, libdep2.so and libdepBase.so runs, static agrees" {
  ts_build exe3
  s_dyn "$TMP/exe3/shared/exe3"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libdep3\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  s_dyn "$TMP/exe3/shared/libdep3.so"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libruntime\.so\]$'
  assert_line --regexp '\(RUNPATH\) +Library runpath: \[\$ORIGIN\]$'
  s_dyn "$TMP/exe3/shared/libdep2.so"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libdepBase\.so\]$'
  # dep3 imports dep2 and depBase for their types alone (Dep3 holds a
  # depBase.Dep and a dep2.Dep2): its code names no symbol of theirs. Go
  # 1.7's libdep3.so did, through its type descriptors (type.dep3.Dep3
  # points at type.depBase.Dep and type.dep2.Dep2), which pic386 compile
  # does not write; so the link names both libraries, and the toolchain's
  # gcc, which links --as-needed, records neither. They are still built
  # and put beside the program, and it runs with them.
  run "$READELF" --dyn-syms -W "$TMP/exe3/shared/libdep3.so"
  refute_line --regexp ' UND (dep2|depBase)\.'
  [[ -f $TMP/exe3/shared/libdep2.so && -f $TMP/exe3/shared/libdepBase.so ]]
  # the link named them: seen in a build with a cache of its own, which
  # links everything
  PIC386_CACHE=$TMP/cache3 S_LOG=$TMP/exe3.log s_build -linkshared -o "$TMP/exe3/again/exe3" exe3
  run grep -E -- '-soname -Xlinker libdep3\.so .* -ldep2 .*-ldepBase ' "$TMP/exe3.log"
  assert_success
  s_agree exe3 0
  assert_output ''
  assert_equal "$stderr" ''
}

# Go: `go install -buildmode=shared -linkshared explicit`, then `go install
# -linkshared implicitcmd`, which imports explicit and implicit, and run it.
# Go's libexplicit.so held implicit too, taken in implicitly; pic386 build
# gives every package it does not name a library of its own, so implicit is
# libimplicit.so beside it, and what is checked is the point of Go's test:
# the command links against the library built on its own and runs, with one
# implicit in the process, not a second copy of it.
@test "ImplicitInclusion: implicitcmd over libexplicit.so (built on its own) and implicit: one implicit.I, runs, prints 84" {
  s_build -buildmode=shared -o "$TMP/lib/libexplicit.so" explicit
  run ls "$TMP/lib"
  assert_output $'libexplicit.so\nlibimplicit.so\nlibruntime.so'
  s_dyn "$TMP/lib/libexplicit.so"
  assert_line --regexp '\(SONAME\) +Library soname: \[libexplicit\.so\]$'
  assert_line --regexp '\(NEEDED\) +Shared library: \[libimplicit\.so\]$'
  ts_build implicitcmd
  s_dyn "$TMP/implicitcmd/shared/implicitcmd"
  assert_line --regexp '\(NEEDED\) +Shared library: \[libexplicit\.so\]$'
  assert_line --regexp '\(NEEDED\) +Shared library: \[libimplicit\.so\]$'
  # implicit.I is defined once, in libimplicit.so: the command and
  # libexplicit.so both take it from there
  run ts_exported "$TMP/implicitcmd/shared"/*.so "$TMP/implicitcmd/shared/implicitcmd"
  assert_success
  assert_equal "$(grep -c ' implicit\.I$' <<<"$output")" 1
  assert_line 'libimplicit.so implicit.I'
  assert_line 'libexplicit.so explicit.E'
  # println(implicit.I() + explicit.E()), static and shared alike
  s_agree implicitcmd 0
  assert_output ''
  assert_equal "$stderr" 84
  # and with the libraries -buildmode=shared made on their own in its place
  cp "$TMP/lib/libexplicit.so" "$TMP/lib/libimplicit.so" "$TMP/implicitcmd/shared/"
  s_run "$TMP/implicitcmd/shared/implicitcmd"
  assert_equal "$status" 0
  assert_equal "$stderr" 84
}
