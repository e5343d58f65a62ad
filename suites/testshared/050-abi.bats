#!/usr/bin/env bats
# Go's misc/cgo/testshared ABIChecking: a program refuses to start against a
# library whose exported symbols changed since it was linked, and says so;
# a change that keeps them (a function's body) still runs. Go's test
# appended `func ABIBreak() {}` to depBase/dep.go, rebuilt libdepBase.so
# alone (`go install -buildmode=shared -linkshared depBase`), ran exe and
# wanted the line "abi mismatch detected between the executable and
# libdepBase.so"; then rebuilt exe, which ran again; and last appended
# `func noABIBreak() {}`, rebuilt the library alone, and exe still ran (Go's
# hash covered export data only). Here those are the first row, the end of
# the test and the noABIBreak row; the other rows go beyond Go's. pic386
# build records each library's ABI hash (its exported symbols' names and
# kinds, and its variables' sizes) in every module linked against it; the
# runtime compares the records with the libraries loaded, at start-up.

# shellcheck disable=SC2154 # s_run sets stderr

# shellcheck disable=SC2016 # the table holds sed scripts and Go, not shell

load ../helpers.testshared

# program | the edit to depBase's dep.go, a sed script (appending with $a) |
# the outcome: "mismatch MODULES" (the module that must refuse, one of
# MODULES, a regular expression), or "runs PRINTS" (its stderr, - for none)
changes='
exe  | $a func ABIBreak() {}                              | mismatch (the executable|exe)
exe2 | $a func ABIBreak() {}                              | mismatch (the executable|exe2|libdep2\.so)
exe  | $a var Extra int = 7                               | mismatch (the executable|exe)
exe  | s#^\treturn V$#\tprintln("new body")\n&#           | runs new body
exe  | s#^var V int = 1$#var V int = 3#                   | runs -
exe  | $a func noABIBreak() {}                            | runs -
exe2 | $a var unexported int = 7                          | runs -
'

@test "ABIChecking: a program refuses a library whose exports changed, naming both; a new body still runs" {
  ts_build exe
  ts_build exe2
  if ! grep -aq 'abi mismatch detected between' "$TMP/exe/shared/libruntime.so"; then
    skip "ABI checking is not in this runtime yet: libruntime.so never says 'abi mismatch detected between'"
  fi
  local prog edit outcome n=0 src=$TMP/gopath/src
  while IFS='|' read -r prog edit outcome; do
    [[ -n $prog ]] || continue
    n=$((n + 1))
    read -r prog <<<"$prog"
    edit=$(sed -E 's/^ +//; s/ +$//' <<<"$edit")
    read -r outcome <<<"$outcome"
    ts_copy_gopath "$TMP/gopath"
    sed -i -E "$edit" "$src/depBase/dep.go"
    ! cmp -s "$src/depBase/dep.go" "$(ts_pkg_dir depBase)/dep.go" ||
      { echo "row $n: the edit '$edit' changed nothing" | fail; }
    # only the library is rebuilt, on its own, and put over the old one
    PIC386PATH=$TMP/gopath s_build -buildmode=shared -o "$TMP/$n/lib/libdepBase.so" depBase
    cp -r "$TMP/$prog/shared" "$TMP/$n/app"
    cp "$TMP/$n/lib/libdepBase.so" "$TMP/$n/app/libdepBase.so"
    s_run "$TMP/$n/app/$prog"
    case $outcome in
      mismatch\ *)
        local re="(^|"$'\n'")abi mismatch detected between ${outcome#mismatch } and libdepBase\\.so("$'\n'"|\$)"
        if ((status != 2)) || ! [[ $stderr =~ $re ]]; then
          printf 'row %d (%s, edit %s): exit %d, want 2 and "abi mismatch detected between %s and libdepBase.so"\n-- stderr --\n%s\n' \
            "$n" "$prog" "$edit" "$status" "${outcome#mismatch }" "$stderr" | fail
        fi
        # refused at start-up, as Go's runtime did: that line, then the
        # fatal error, and nothing of the program
        assert_equal "${stderr#*$'\n'}" 'fatal error: abi mismatch'
        # Go: rebuilding the program against the new library makes it
        # work again
        PIC386PATH=$TMP/gopath s_build -linkshared -o "$TMP/$n/rebuilt/$prog" "$prog"
        cp "$TMP/$n/lib/libdepBase.so" "$TMP/$n/rebuilt/libdepBase.so"
        s_run "$TMP/$n/rebuilt/$prog"
        assert_equal "$status" 0
        assert_equal "$stderr" ''
        ;;
      runs\ *)
        local want=${outcome#runs }
        [[ $want != - ]] || want=''
        if ((status != 0)) || [[ $stderr != "$want" ]]; then
          printf 'row %d (%s, edit %s): exit %d, want 0 and "%s"\n-- stderr --\n%s\n' \
            "$n" "$prog" "$edit" "$status" "$want" "$stderr" | fail
        fi
        ;;
      *) echo "row $n: bad outcome '$outcome'" | fail ;;
    esac
  done <<<"$changes"
  ((n == 7))
  # and the unchanged library, rebuilt the same way, is accepted
  s_build -buildmode=shared -o "$TMP/same/libdepBase.so" depBase
  cp "$TMP/same/libdepBase.so" "$TMP/exe/shared/libdepBase.so"
  s_run "$TMP/exe/shared/exe"
  assert_equal "$status" 0
  assert_equal "$stderr" ''
}
