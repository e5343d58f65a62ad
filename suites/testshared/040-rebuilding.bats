#!/usr/bin/env bats
# Go's misc/cgo/testshared Rebuilding: a changed package rebuilds itself and
# what depends on it, and nothing else. Go touched depBase/dep.go and
# checked from file times that depBase's archive and libdepBase.so were
# rebuilt; pic386 build keys its cache by content, so here each row edits a
# package's Go source, and what ran is read from `pic386 build -x`: every
# command it runs, and a "# PKG: cached" line for every artifact it takes
# from the cache. Most edits add a println, so that the rebuilt program
# shows that the new code is what runs (Go's programs print nothing).

# shellcheck disable=SC2154 # s_run sets stderr

# shellcheck disable=SC2016 # the tables hold sed scripts and assembly, not shell

load ../helpers.testshared

# What a -x log shows was made: "compile:PKG" for each package compiled
# from Go, "asm:PKG" for each package assembled (the program is "main"),
# "link:FILE" for each library or program linked,
# "cc:FILE" for each C file compiled, "cached:NAME" for each cache hit; each
# once, sorted.
ran() {
  sed -nE \
    -e 's#^[^ ]*pic386 compile -p ([^ ]+) .*#compile:\1#p' \
    -e 's#^[^ ]*pic386 asm -p ([^ ]+) .*#asm:\1#p' \
    -e '/^i686-linux-gnu-gcc .* -c /{s#.* ([^ ]+\.c)$#cc:\1#p;d}' \
    -e 's#^i686-linux-gnu-gcc .* -o [^ ]*/([^ /]+) .*#link:\1#p' \
    -e 's#^\# ([^ :]+): cached .*#cached:\1#p' "$1" | sed -E 's#^(cc:).*/#\1#' | LC_ALL=C sort -u
}

# program | the package changed (- for none) | the edit, a sed script on the
# package's Go file | what the rebuild must run, and nothing more | what the
# rebuilt program prints on stderr (- for nothing). Each edit is different,
# so that no rebuild finds its result in the cache.
changes='
exe  | -       | -                                                        | - | -
exe  | depBase | s#^\treturn V$#\tprintln("F", V)\n&#                      | compile:depBase asm:depBase compile:main asm:main link:libdepBase.so link:exe | F 1
exe  | exe     | s#^\tdepBase.V = depBase.F\(\) \+ 1$#&\n\tprintln(depBase.V)# | compile:main asm:main link:exe | 2
exe2 | depBase | s#^var V int = 1$#var V int = 5#;s#^\treturn V$#\tprintln("V", V)\n&# | compile:depBase asm:depBase compile:dep2 asm:dep2 compile:main asm:main link:libdepBase.so link:libdep2.so link:exe2 | V 5
exe2 | dep2    | s#^\treturn depBase.F\(\) \+ 1$#\tprintln("G", depBase.F()+1, W)\n&# | compile:dep2 asm:dep2 compile:main asm:main link:libdep2.so link:exe2 | G 2 1
exe3 | dep2    | s#^var W int = 1$#var W int = 4#                           | compile:dep2 asm:dep2 compile:dep3 asm:dep3 compile:main asm:main link:libdep2.so link:libdep3.so link:exe3 | -
'

@test "Rebuilding: a changed package rebuilds itself and what depends on it, never the runtime" {
  # A cache of this test's own, so that nothing else fills it meanwhile.
  export PIC386_CACHE=$TMP/cache
  local prog pkg edit want prints n=0 src=$TMP/gopath/src
  while IFS='|' read -r prog pkg edit want prints; do
    [[ -n $prog ]] || continue
    read -r prog <<<"$prog"
    read -r pkg <<<"$pkg"
    edit=$(sed -E 's/^ +//; s/ +$//' <<<"$edit")
    read -r want <<<"$want"
    want=$(tr -s ' ' <<<"$want")
    read -r prints <<<"$prints"
    n=$((n + 1))
    # the package sources as they are in the suite
    ts_copy_gopath "$TMP/gopath"
    PIC386PATH=$TMP/gopath s_build -linkshared -o "$TMP/$n/before/$prog" "$prog"
    if [[ $pkg != - ]]; then
      local f=("$src/$pkg"/*.go)
      [[ $pkg == depBase ]] && f=("$src/depBase/dep.go")
      sed -i -E "$edit" "${f[0]}"
      if cmp -s "${f[0]}" "$(ts_pkg_dir "$pkg")/${f[0]##*/}"; then
        echo "row $n: the edit '$edit' changed nothing in $pkg" | fail
      fi
    fi
    PIC386PATH=$TMP/gopath S_LOG=$TMP/$n.log s_build -linkshared -o "$TMP/$n/after/$prog" "$prog"
    # exactly these commands ran; everything else came from the cache
    local got expect
    got=$(ran "$TMP/$n.log" | { grep -v '^cached:' || true; })
    expect=$([[ $want == - ]] || tr ' ' '\n' <<<"$want" | LC_ALL=C sort)
    if [[ $got != "$expect" ]]; then
      { echo "row $n ($prog, $pkg changed): the rebuild ran"
        diff -u --label expected --label ran <(printf '%s\n' "$expect") <(printf '%s\n' "$got")
        echo "-- pic386 build -x --"; cat "$TMP/$n.log"; } | fail
    fi
    # the runtime, never: not one command of it (above), a cache hit
    run grep -c '^# runtime: cached ' "$TMP/$n.log"
    assert_output 1
    # what was not rebuilt is the very same file; the changed package's
    # library is new (a library over it may relink to the same bytes)
    local lib
    for lib in "$TMP/$n/after/"lib*.so; do
      lib=${lib##*/}
      if [[ $lib == "lib$pkg.so" ]]; then
        ! cmp -s "$TMP/$n/before/$lib" "$TMP/$n/after/$lib" ||
          { echo "row $n: $lib was rebuilt from changed sources but is unchanged" | fail; }
      elif [[ " $want " != *" link:$lib "* ]]; then
        cmp "$TMP/$n/before/$lib" "$TMP/$n/after/$lib"
      fi
    done
    # and the rebuilt program runs with the change
    s_run "$TMP/$n/after/$prog"
    assert_equal "$status" 0
    [[ $prints != - ]] || prints=''
    assert_equal "$stderr" "$prints"
    assert_equal "$output" ''
  done <<<"$changes"
  ((n == 6))
}
