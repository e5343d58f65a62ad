# shellcheck shell=bash
# Packages of Go-dialect assembly for the tests of `pic386 build` and
# `pic386 run`, written under $BATS_TEST_TMPDIR/src, and the environment
# that points pic386 build at them. Loaded after ../helpers.
#
#   b_setup                 per test: the working directory, PIC386PATH, a
#                           cache of its own (PIC386_CACHE), and a TMPDIR of
#                           its own, where no work directory may be left
#   b_teardown              fails if a pic386-work-* directory is left
#   pkg PATH [FILE]         stdin becomes src/PATH/FILE (default main.s)
#                           under $B_ROOT (default $BATS_TEST_TMPDIR)
#   std_pkgs                hello -> mid -> lib and hello -> util; hello
#                           prints mid.Twice(21) = lib.Add(21, 21) = 42
#   build_ok ARGS...        pic386 build ARGS..., which must succeed and
#                           print nothing on stdout; its stderr (-x) in
#                           $output and $lines, and in build.log beside TMP
#   names [DIR]             the names in DIR (default .), sorted, on one line
#   said built|cached       the packages -x names as built (or cached)
#   asm_pkgs                the -p of the `pic386 asm` commands in $output,
#                           sorted and unique, on one line

b_setup() {
  setup_tmp
  export PIC386PATH=$BATS_TEST_TMPDIR
  export PIC386_CACHE=$BATS_TEST_TMPDIR/cache
  export TMPDIR=$BATS_TEST_TMPDIR/tmp
  mkdir -p "$TMPDIR"
}

b_teardown() {
  local left
  left=$(find "$BATS_TEST_TMPDIR/tmp" -maxdepth 1 -name 'pic386-work-*' 2>/dev/null)
  if [[ -n $left ]]; then
    echo "work directories left behind: $left" >&2
    return 1
  fi
}

pkg() {
  local dir=${B_ROOT:-$BATS_TEST_TMPDIR}/src/$1
  mkdir -p "$dir" && cat >"$dir/${2:-main.s}"
}

std_pkgs() {
  pkg lib lib.s <<'EOF'
// lib: the bottom package.
#include "textflag.h"

DATA ·V+0(SB)/4, $40
GLOBL ·V(SB), $4

// func Add(x, y int32) int32
TEXT ·Add(SB), $0-12
	MOVL	x+0(FP), AX
	ADDL	y+4(FP), AX
	MOVL	AX, ret+8(FP)
	RET
EOF
  pkg mid mid.s <<'EOF'
// mid: imports lib.
#include "textflag.h"

// func Twice(x int32) int32: lib.Add(x, x)
TEXT ·Twice(SB), $12-8
	MOVL	x+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	AX, 4(SP)
	CALL	lib·Add(SB)
	MOVL	8(SP), AX
	MOVL	AX, ret+4(FP)
	RET
EOF
  pkg util util.s <<'EOF'
// util: imports nothing but the runtime.
#include "textflag.h"

// func Print(v int32): println(v)
TEXT ·Print(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	SARL	$31, AX
	MOVL	AX, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET
EOF
  pkg hello <<'EOF'
// hello: println(mid.Twice(21)), through util.Print. It names mid and
// util, not lib.
#include "textflag.h"

TEXT ·main(SB), $8-0
	MOVL	$21, 0(SP)
	CALL	mid·Twice(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	util·Print(SB)
	RET
EOF
}

# shellcheck disable=SC2154 # status and stderr are set by bats' run
build_ok() {
  run --separate-stderr "$PIC386" build "$@"
  printf '%s\n' "$stderr" >"$BATS_TEST_TMPDIR/build.log"
  if ((status != 0)) || [[ -n $output ]]; then
    printf 'pic386 build %s: exit %d\n-- stdout --\n%s\n-- stderr --\n%s\n' "$*" "$status" \
      "$output" "$stderr" | fail
    return 1
  fi
  output=$stderr
  # shellcheck disable=SC2034 # lines is bats', read by assert_line
  mapfile -t lines <<<"$stderr"
}

names() {
  find "${1:-.}" -mindepth 1 -maxdepth 1 -printf '%f\n' | LC_ALL=C sort | paste -sd ' '
}

asm_pkgs() {
  # shellcheck disable=SC2154 # output is set by bats' run
  grep -o ' asm -p [^ ]*' <<<"$output" | awk '{ print $3 }' | LC_ALL=C sort -u | paste -sd ' '
}

# said built|cached: the packages of `# P: built ...` or `# P: cached ...`
# lines (-x) in $output, sorted, on one line.
said() {
  # shellcheck disable=SC2154 # output is set by bats' run
  sed -n "s/^# \\([^ ]*\\): $1 .*/\\1/p" <<<"$output" | LC_ALL=C sort -u | paste -sd ' '
}
