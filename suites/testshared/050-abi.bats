#!/usr/bin/env bats
# Go's misc/cgo/testshared ABIChecking: a program refuses to start against a
# library whose exported symbols changed since it was linked, and says so;
# a change that keeps them (a function's body) still runs. pic386 build
# records each library's ABI hash (its exported symbols' names and kinds,
# and its variables' sizes) in every module linked against it; the runtime
# compares the records with the libraries loaded, at start-up.

# shellcheck disable=SC2154 # s_run sets stderr

# shellcheck disable=SC2016 # the tables hold sed scripts and assembly, not shell

load ../helpers.testshared

# program | the edit to depBase's dep.s, a sed script (appending with $a) |
# the outcome: "mismatch MODULES" (the module that must refuse, one of
# MODULES, a regular expression), or "runs PRINTS"
changes='
exe  | $a TEXT ·New(SB), $0-4\n\tMOVL\t$3, ret+0(FP)\n\tRET       | mismatch (the executable|exe)
exe  | s#^(GLOBL[ \t]+·V\(SB\), NOPTR, \$)4$#\18#                  | mismatch (the executable|exe)
exe  | $a DATA ·Extra+0(SB)/4, $7\nGLOBL ·Extra(SB), NOPTR, $4   | mismatch (the executable|exe)
exe2 | $a TEXT ·New(SB), $0-4\n\tMOVL\t$3, ret+0(FP)\n\tRET       | mismatch (the executable|exe2|libdep2\.so)
exe  | s#^(\tMOVL\t·V\(SB\), AX)$#\1\n\tINCL\tAX#                | runs 3
exe  | $a TEXT local<>(SB), $0-0\n\tRET                           | runs 2
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
    rm -rf "$TMP/gopath" && mkdir -p "$src" && cp -r "$TS_ROOT/src/." "$src/"
    sed -i -E "$edit" "$src/depBase/dep.s"
    ! cmp -s "$src/depBase/dep.s" "$TS_ROOT/src/depBase/dep.s" ||
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
        # refused before main.main ran: nothing of the program's own output
        [[ $stderr != *$'\n'2 && $stderr != 2* ]]
        ;;
      runs\ *)
        if ((status != 0)) || [[ $stderr != "${outcome#runs }" ]]; then
          printf 'row %d (%s, edit %s): exit %d, want 0 and "%s"\n-- stderr --\n%s\n' \
            "$n" "$prog" "$edit" "$status" "${outcome#runs }" "$stderr" | fail
        fi
        ;;
      *) echo "row $n: bad outcome '$outcome'" | fail ;;
    esac
  done <<<"$changes"
  ((n == 6))
  # and the unchanged library, rebuilt the same way, is accepted
  s_build -buildmode=shared -o "$TMP/same/libdepBase.so" depBase
  cp "$TMP/same/libdepBase.so" "$TMP/exe/shared/libdepBase.so"
  s_run "$TMP/exe/shared/exe"
  assert_equal "$status" 0
  assert_equal "$stderr" 2
}
