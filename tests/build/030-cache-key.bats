#!/usr/bin/env bats
# What a cache key covers (cmd/go's action IDs): the tools, the mode and -bug
# flags, every source file and every file it #includes as the preprocessor
# resolves them (-I included), the keys of its imports, and for a shared
# library the ABI of the runtime it is linked against; an executable, the
# keys of everything it links. Each test changes one input and checks that
# exactly what reads it is built again, and that the result runs.

# shellcheck disable=SC2016,SC2154,SC2030,SC2031 # assembly is literal; bats' run sets status,
# output and lines; each test runs in a subshell of its own

load ../helpers
load pkgs
load cache

setup() {
  b_setup
  rt_copy
}

teardown() {
  b_teardown
}

# hello prints N (42 with std_pkgs unchanged), static or shared.
prints() {
  run "$PIC386" run ./hello
  assert_success
  assert_equal "$1: $output" "$1: $2"
}

@test "key: a new runtime export rebuilds every library linked against the runtime and relinks the program, which runs" {
  std_pkgs
  local mode
  for mode in -linkshared ''; do
    rm -rf "$BATS_TEST_TMPDIR/src" ./* && std_pkgs && rt_copy
    build_ok ${mode:+"$mode"} hello
    prints "$mode before" 42
    # the issue's change: one more exported function in the runtime
    printf '\nTEXT runtime·NewExport(SB),NOSPLIT,$0-0\n\tRET\n' >>"$RT/sys_linux_386.s"
    build_ok -x ${mode:+"$mode"} hello
    assert_line --regexp '^i686-linux-gnu-gcc .*-o [^ ]*/hello '
    if [[ -n $mode ]]; then
      # every library is linked against libruntime.so and records its ABI
      assert_equal "$(asm_pkgs)" "lib main mid runtime util"
      assert_equal "$(said built)" "lib mid runtime util"
      assert_equal "$(said cached)" ""
      run "$READELF" --dyn-syms -W libruntime.so
      assert_line --regexp ' FUNC +GLOBAL +DEFAULT +[0-9]+ runtime\.NewExport$'
    else
      # archives link against nothing; the program is linked again
      assert_equal "$(asm_pkgs)" "main runtime"
      assert_equal "$(said built)" "runtime"
      assert_equal "$(said cached)" "lib mid util"
    fi
    prints "$mode after" 42
    # and unchanged again: nothing but cache hits
    build_ok -x ${mode:+"$mode"} hello
    assert_equal "$mode: $(said built)" "$mode: "
    refute_output --partial ' asm '
    refute_output --partial 'gcc'
  done
}

@test "key: a runtime change that keeps its ABI rebuilds the runtime only; what was kept is the bytes a fresh build elsewhere makes" {
  std_pkgs
  build_ok -linkshared hello
  # a function body: the runtime's bytes change, its exports do not
  sed -i 's/"fatal error: "/"fatal  error: "/' "$RT/proc.c"
  grep -q 'fatal  error' "$RT/proc.c"
  build_ok -x -linkshared hello
  assert_equal "$(said built)" "runtime"
  assert_equal "$(said cached)" "lib mid util"
  prints shared 42
  # an empty cache, another working directory (which -g would record)
  mkdir fresh && cd fresh
  PIC386_CACHE=$BATS_TEST_TMPDIR/fresh-cache build_ok -linkshared hello
  local f
  for f in libruntime.so liblib.so libmid.so libutil.so hello; do
    cmp "$f" "../$f"
  done
}

# header | the packages that must be assembled again (hello is main) | the
# artifacts built again (beside the program). lib includes go_asm.h, util
# go_tls.h, both through -I (the runtime's directory), as the runtime's own
# asm_386.s does; mid imports lib, so its key holds lib's.
headers='
go_asm.h | lib main mid runtime | lib mid runtime
go_tls.h | main runtime util    | runtime util
'

@test "key: a changed go_asm.h or go_tls.h rebuilds the packages that include it (and their importers), nothing else" {
  local mode hdr want built n=0
  for mode in '' -linkshared; do
    rm -rf "$BATS_TEST_TMPDIR/src" ./* && std_pkgs && rt_copy
    sed -i 's/^#include "textflag.h"$/&\n#include "go_asm.h"/' "$BATS_TEST_TMPDIR/src/lib/lib.s"
    sed -i 's/^#include "textflag.h"$/&\n#include "go_tls.h"/' "$BATS_TEST_TMPDIR/src/util/util.s"
    build_ok ${mode:+"$mode"} hello
    while IFS='|' read -r hdr want built; do
      read -r hdr <<<"$hdr"
      [[ -n $hdr ]] || continue
      read -r want <<<"$want"
      want=$(tr -s ' ' <<<"$want")
      read -r built <<<"$built"
      built=$(tr -s ' ' <<<"$built")
      n=$((n + 1))
      printf '\n// changed by the test (%d)\n#define PIC386_TEST_%d %d\n' "$n" "$n" "$n" >>"$RT/$hdr"
      build_ok -x ${mode:+"$mode"} hello
      assert_equal "$mode $hdr: $(asm_pkgs)" "$mode $hdr: $want"
      assert_equal "$mode $hdr: $(said built)" "$mode $hdr: $built"
      assert_line --regexp '^i686-linux-gnu-gcc .*-o [^ ]*/hello '
      prints "$mode $hdr" 42
      build_ok -x ${mode:+"$mode"} hello
      assert_equal "$mode $hdr, again: $(said built)" "$mode $hdr, again: "
      refute_output --partial ' asm '
    done <<<"$headers"
  done
}

@test "key: includes are followed as the preprocessor resolves them: nested, through -I, and a header that comes to shadow one" {
  std_pkgs
  local src=$BATS_TEST_TMPDIR/src mode
  # lib.s includes bonus.h beside it, which includes deep.h: found through
  # -I (the runtime's directory) until a deep.h appears beside bonus.h
  sed -i 's/^#include "textflag.h"$/&\n#include "bonus.h"/; s/^\tADDL\ty+4(FP), AX$/&\n\tADDL\t$BONUS, AX/' "$src/lib/lib.s"
  grep -q 'BONUS, AX' "$src/lib/lib.s"
  echo '#include "deep.h"' >"$src/lib/bonus.h"
  echo '#define BONUS 0' >"$RT/deep.h"
  for mode in '' -linkshared; do
    echo '#define BONUS 0' >"$RT/deep.h"
    rm -f "$src/lib/deep.h"
    build_ok ${mode:+"$mode"} hello
    prints "$mode" 42
    # through -I: lib and its importers, not util; and the runtime, whose
    # key holds every file of its directory (its C includes are gcc's)
    echo '#define BONUS 1' >"$RT/deep.h"
    build_ok -x ${mode:+"$mode"} hello
    assert_equal "$mode -I: $(asm_pkgs)" "$mode -I: lib main mid runtime"
    assert_equal "$mode -I: $(said built)" "$mode -I: lib mid runtime"
    prints "$mode -I" 43
    # a deep.h beside bonus.h is found first ("x" is looked for next to
    # the including file): the key must change although no file it read did
    echo '#define BONUS 2' >"$src/lib/deep.h"
    build_ok -x ${mode:+"$mode"} hello
    assert_equal "$mode shadowed: $(asm_pkgs)" "$mode shadowed: lib main mid"
    assert_equal "$mode shadowed: $(said built)" "$mode shadowed: lib mid"
    prints "$mode shadowed" 44
    # gone again: the earlier build's entries, from the cache
    rm "$src/lib/deep.h"
    build_ok -x ${mode:+"$mode"} hello
    assert_equal "$mode unshadowed: $(said built)" "$mode unshadowed: "
    refute_output --partial ' asm '
    prints "$mode unshadowed" 43
  done
}

@test "key: an #include under #ifdef counts only when the build's -D takes it (the runtime's GOBUILDMODE_shared)" {
  std_pkgs
  # the runtime is assembled with -D GOBUILDMODE_shared=1 when shared only;
  # the header is outside its directory, so only the #include leads to it
  local h=$BATS_TEST_TMPDIR/inc/shared_only.h
  mkdir -p "${h%/*}"
  printf '#ifdef GOBUILDMODE_shared\n#include "%s"\n#endif\n' "$h" >>"$RT/sys_linux_386.s"
  echo '// nothing yet' >"$h"
  build_ok hello
  build_ok -linkshared hello
  echo '// changed' >"$h"
  build_ok -x hello
  assert_equal "static: $(said built)" "static: "
  build_ok -x -linkshared hello
  assert_equal "shared: $(said built)" "shared: runtime"
  prints shared 42
}

# fake_tool NAME REAL: $BATS_TEST_TMPDIR/bin/NAME, which is REAL but for the
# version it tells (the first line of --version is what the key holds).
fake_tool() {
  mkdir -p "$BATS_TEST_TMPDIR/bin"
  printf '#!/bin/sh\ncase "$1" in --version) echo "%s (fake) 99.9"; exit 0 ;; esac\nexec %s "$@"\n' \
    "$1" "$2" >"$BATS_TEST_TMPDIR/bin/$1"
  chmod +x "$BATS_TEST_TMPDIR/bin/$1"
}

@test "key: the toolchain's identity: another as, gcc or ar version, or a pic386 of other bytes, shares no entry; each is cached for itself" {
  std_pkgs
  fake_tool as i686-linux-gnu-as
  fake_tool gcc i686-linux-gnu-gcc
  fake_tool ar i686-linux-gnu-ar
  local spec var tool mode
  # the mode where each tool's output is in the artifacts: ar's in the
  # archives of a static build
  for spec in PIC386_AS:as:-linkshared PIC386_CC:gcc:-linkshared PIC386_AR:ar:; do
    IFS=: read -r var tool mode <<<"$spec"
    build_ok ${mode:+"$mode"} hello
    declare -gx "$var=$BATS_TEST_TMPDIR/bin/$tool"
    build_ok -x ${mode:+"$mode"} hello
    assert_equal "$tool: $(said built)" "$tool: lib mid runtime util"
    prints "$tool" 42
    # the same other version again: its own entries, from the cache
    build_ok -x ${mode:+"$mode"} hello
    assert_equal "$tool, again: $(said built)" "$tool, again: "
    unset "$var"
    # and the real tool's entries are still there
    build_ok -x ${mode:+"$mode"} hello
    assert_equal "$tool, back: $(said built)" "$tool, back: "
  done
  # pic386 itself: a copy with one byte more, its abi.h beside it as
  # installed (PREFIX/bin, PREFIX/include)
  local tc=$BATS_TEST_TMPDIR/tc
  mkdir -p "$tc/bin" "$tc/include/pic386"
  cp "$PIC386" "$tc/bin/pic386" && printf x >>"$tc/bin/pic386"
  cp "$BATS_TEST_DIRNAME/../../include/pic386/abi.h" "$tc/include/pic386/"
  for mode in -linkshared ''; do
    build_ok ${mode:+"$mode"} hello
    PIC386=$tc/bin/pic386 build_ok -x ${mode:+"$mode"} hello
    assert_equal "pic386 $mode: $(said built)" "pic386 $mode: lib mid runtime util"
    prints "pic386 $mode" 42
    build_ok -x ${mode:+"$mode"} hello
    assert_equal "pic386 $mode, back: $(said built)" "pic386 $mode, back: "
  done
}
