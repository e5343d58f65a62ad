#!/usr/bin/env bats
# Go's misc/cgo/testshared, the checks of what -linkshared builds:
# SOBuilt, NoTextrel, NoDupSymbols.

load ../helpers.testshared

@test "SOBuilt: libruntime.so and libdepBase.so are i386 ELF shared objects named by their sonames" {
  ts_build exe
  # and -buildmode=shared, which builds one library on its own
  s_build -buildmode=shared -o "$TMP/bm/libdepBase.so" depBase
  local so
  for so in "$TMP/exe/shared/libruntime.so" "$TMP/exe/shared/libdepBase.so" "$TMP/bm/libdepBase.so"; do
    run "$READELF" -hW "$so"
    assert_success
    assert_line --regexp '^ +Class: +ELF32$'
    assert_line --regexp '^ +Type: +DYN \(Shared object file\)$'
    assert_line --regexp '^ +Machine: +Intel 80386$'
    s_dyn "$so"
    assert_line --regexp "\\(SONAME\\) +Library soname: \\[${so##*/}\\]\$"
  done
  # The static build is none of this: one executable, no libraries.
  run "$READELF" -hW "$TMP/exe/static/exe"
  assert_line --regexp '^ +Type: +EXEC \(Executable file\)$'
  run ls "$TMP/exe/static"
  assert_output exe
}

@test "NoTextrel: no shared object has a text relocation" {
  ts_build exe3
  ts_build trivial
  local so sos=("$TMP"/exe3/shared/*.so "$TMP"/trivial/shared/*.so)
  ((${#sos[@]} == 5))
  for so in "${sos[@]}"; do
    s_dyn "$so"
    refute_line --partial TEXTREL
    # and no dynamic relocation outside the writable segments, which is
    # what a text relocation is, whatever the flags say
    run ts_relocs_outside_writable "$so"
    assert_success
    assert_output ''
  done
}

@test "NoDupSymbols: no symbol is defined twice, in one shared object or across them" {
  ts_build exe3
  local sos=("$TMP"/exe3/shared/*.so)
  assert_equal "${#sos[@]}" 4
  run ts_exported "${sos[@]}"
  assert_success
  # the exports are there, each from its own module
  assert_line 'libdepBase.so depBase.F'
  assert_line 'libdepBase.so depBase.V'
  assert_line 'libdep2.so dep2.Dep2.Method'
  assert_line 'libdep3.so dep3.D3'
  assert_line 'libruntime.so runtime.deferreturn'
  local dups
  dups=$(awk '{ print $2 }' <<<"$output" | sort | uniq -d)
  if [[ -n $dups ]]; then
    { echo "defined in more than one shared object, or twice in one:"
      grep -Fwf <(printf '%s\n' "$dups") <<<"$output"; } | fail
  fi
  # and in each library's full symbol table, no global defined twice
  local so
  for so in "${sos[@]}"; do
    run bash -c "\"\$READELF\" -sW \"\$1\" | awk '\$1 == \"Symbol\" { tab = \$3 } \$5 ~ /GLOBAL|WEAK/ && \$7 != \"UND\" { print tab, \$8 }' | sort | uniq -d" _ "$so"
    assert_success
    assert_output ''
  done
}
