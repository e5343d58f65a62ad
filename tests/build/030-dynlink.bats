#!/usr/bin/env bats
# -dynlink branches as Go 1.7 linked them, and the assembler's command line
# as cmd/go wrote it (issue 11, points 1 and 7).
#
# Measured with Go 1.7's own toolchain (go install -buildmode=shared of a
# package with an intra-package CALL and tail JMP): every call and jump to a
# function of the same library is direct (e8/e9 to it, no PLT, no dynamic
# relocation); a CALL into another module is `call X@plt`; a tail JMP into
# another module is `jmp X` with R_386_PC32, which ld can only satisfy with
# a text relocation. The programs print what Go's println prints.

# shellcheck disable=SC2016,SC2154 # assembly is literal; bats' run sets status, output

load ../helpers
load pkgs

setup() {
  b_setup
  cd "$BATS_TEST_TMPDIR" || return
  pkg liba a.s <<'EOF'
#include "textflag.h"

// func A(x int32) int32: B(x), by a tail jump (Go's own idiom:
// TEXT ·Casuintptr(SB),NOSPLIT,$0-13; JMP ·Cas(SB))
TEXT ·A(SB), NOSPLIT, $0-8
	JMP	·B(SB)

// func B(x int32) int32: x + 100
TEXT ·B(SB), $0-8
	MOVL	x+0(FP), AX
	ADDL	$100, AX
	MOVL	AX, ret+4(FP)
	RET

// func C(x int32) int32: B(x) + 1, by a call
TEXT ·C(SB), $8-8
	MOVL	x+0(FP), AX
	MOVL	AX, 0(SP)
	CALL	·B(SB)
	MOVL	4(SP), AX
	INCL	AX
	MOVL	AX, ret+4(FP)
	RET
EOF
  pkg usea <<'EOF'
// println(liba.A(1), liba.C(2), T(3)); T tail-jumps into liba.
TEXT ·T(SB), $0-8
	JMP	liba·B(SB)

TEXT ·pr(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printint(SB)
	RET

TEXT ·main(SB), $8-0
	MOVL	$1, 0(SP)
	CALL	liba·A(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·pr(SB)
	CALL	runtime·printsp(SB)
	MOVL	$2, 0(SP)
	CALL	liba·C(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·pr(SB)
	CALL	runtime·printsp(SB)
	MOVL	$3, 0(SP)
	CALL	·T(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	CALL	·pr(SB)
	CALL	runtime·printnl(SB)
	RET
EOF
}

teardown() {
  b_teardown
}

# Runs PROG under qemu-i386 (lazy binding and LD_BIND_NOW=1) and natively
# where this host runs i386; each must print WANT on stderr, nothing on
# stdout, and exit 0. Returns 3 when the native run was impossible.
runs_as() {
  local prog=$1 want=$2 how flag envs
  for how in qemu qemu.now native native.now; do
    envs=() flag=()
    [[ $how == *.now ]] && envs=(LD_BIND_NOW=1)
    if [[ $how == native* ]]; then
      host_runs_i386 || return 3
      flag=(-native)
    fi
    run --separate-stderr env "${envs[@]}" "$PIC386" run "${flag[@]}" "$prog"
    if ((status != 0)) || [[ $stderr != "$want" || -n $output ]]; then
      printf '%s (%s): exit %d\n-- stderr --\n%s\n-- want --\n%s\n' "$prog" "$how" "$status" \
        "$stderr" "$want" | fail
      return 1
    fi
  done
}

@test "a library function's tail JMP to another function of its library, called from the executable, runs: static and -linkshared" {
  build_ok -o st/usea usea
  build_ok -linkshared -o sh/usea usea
  local rc=0
  runs_as st/usea '101 103 103' || rc=$?
  ((rc == 0 || rc == 3)) || return 1
  rc=0
  runs_as sh/usea '101 103 103' || rc=$?
  ((rc == 0 || rc == 3)) || return 1
  ((rc == 0)) || skip "native: $HOST_I386_WHY (the qemu runs passed)"
}

@test "-linkshared: calls and jumps inside a library are direct, as Go's linker resolved them; only other modules' functions are in its PLT" {
  build_ok -linkshared -o sh/usea usea
  run "$OBJDUMP" -d --no-show-raw-insn sh/libliba.so
  assert_success
  local dis=$output
  # liba.A: jmp <liba.B>; liba.C: call <liba.B>, no @plt
  run awk '/<liba\.A>:/ { f = 1; next } f && /^$/ { exit } f' <<<"$dis"
  assert_line --regexp $'^ +[0-9a-f]+:\tjmp +[0-9a-f]+ <liba\\.B>$'
  run awk '/<liba\.C>:/ { f = 1; next } f && /^$/ { exit } f' <<<"$dis"
  assert_line --regexp $'^ +[0-9a-f]+:\tcall +[0-9a-f]+ <liba\\.B>$'
  # the PLT holds the runtime's functions, none of liba's own
  run grep -o '<[^>]*@plt>:' <<<"$dis"
  assert_success
  refute_output --partial '<liba.'
  assert_line '<runtime.morestack_noctxt@plt>:'
  # no dynamic relocation against liba's functions, and no text relocation
  run "$READELF" -rW sh/libliba.so
  refute_output --regexp 'liba\.[ABC]$'
  run "$READELF" -d sh/libliba.so
  refute_output --partial TEXTREL
  # the executable reaches liba.B from its own tail jump through its own
  # (absolute, EBX-free) PLT
  run "$OBJDUMP" -d --no-show-raw-insn sh/usea
  run awk '/<main\.T>:/ { f = 1; next } f && /^$/ { exit } f' <<<"$output"
  assert_line --regexp $'\tjmp +[0-9a-f]+ <liba\\.B@plt>$'
}

@test "pic386 asm -dynlink: CALL sym(SB) is R_386_PLT32, a tail JMP sym(SB) R_386_PC32 (Go 1.7's R_CALL and R_PCREL); x<> neither" {
  setup_tmp
  cat >j.s <<'EOF'
TEXT ·f(SB), $0-0
	CALL	·g(SB)
	CALL	h<>(SB)
	JMP	·g(SB)
TEXT h<>(SB), $0-0
	JMP	h<>(SB)
EOF
  asm_ok -dynlink -o j.o j.s
  run obj_relocs j.o .text
  assert_line --regexp '^[0-9a-f]+ R_386_PLT32 main\.g$'
  assert_line --regexp '^[0-9a-f]+ R_386_PC32 main\.g$'
  assert_equal "$(grep -c 'main\.g$' <<<"$output")" 2
  refute_line --regexp 'h<>'
  asm_ok -dynlink -o - j.s
  assert_line $'\t{disp32} jmp main.g'
  assert_line $'\tcall main.g@PLT'
}

@test "a tail JMP into another module: the executable's is linked (its PLT needs no EBX); a library's would be a text relocation, which the build refuses naming the symbol" {
  pkg xj x.s <<'EOF'
// func GC(): runtime.GC, by a tail jump into another module
TEXT ·GC(SB), $0-0
	JMP	runtime·GC(SB)
EOF
  pkg usex <<'EOF'
TEXT ·main(SB), $0-0
	CALL	xj·GC(SB)
	JMP	runtime·GC(SB)
EOF
  build_ok -o st/usex usex
  run "$PIC386" run st/usex
  assert_success
  run "$PIC386" build -linkshared -o sh/usex usex
  assert_failure 1
  assert_output --partial "relocation against \`runtime.GC' in read-only section \`.text'"
  assert_output --partial 'pic386 build: xj: i686-linux-gnu-gcc failed'
  [[ ! -e sh/usex ]]
}

# ------------------------------------------------------------------ cmd/go's defines

@test "every pic386 asm gets -D GOOS_linux -D GOARCH_386; every -dynlink one -D GOBUILDMODE_shared=1, as cmd/go's" {
  std_pkgs
  build_ok -x -o st/hello hello
  local n
  n=$(grep -c ' asm ' <<<"$output")
  ((n == 6)) || fail "$n pic386 asm commands (want 6: two of the runtime, four packages): $output"
  [[ $(grep -c ' asm .*-D GOOS_linux -D GOARCH_386 ' <<<"$output") == "$n" ]] || fail "$output"
  refute_output --partial GOBUILDMODE_shared
  build_ok -x -linkshared -o sh/hello hello
  [[ $(grep -c ' asm .*-D GOOS_linux -D GOARCH_386 -dynlink -D GOBUILDMODE_shared=1 ' <<<"$output") == 6 ]] ||
    fail "$output"
  build_ok -x -buildmode=shared -o sh/libmid.so mid
  [[ $(grep -c ' asm -p mid .*-dynlink -D GOBUILDMODE_shared=1 ' <<<"$output") == 1 ]] || fail "$output"
}

@test "#ifdef GOOS_linux, GOARCH_386 and GOBUILDMODE_shared in a package: static and -linkshared print what each defines" {
  pkg defs <<'EOF'
#include "textflag.h"
TEXT ·main(SB), $8-0
#ifdef GOOS_linux
	MOVL	$1, AX
#else
	MOVL	$0, AX
#endif
#ifdef GOARCH_386
	ADDL	$10, AX
#endif
#ifdef GOBUILDMODE_shared
	ADDL	$100, AX
#endif
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET
EOF
  build_ok -o st/defs defs
  build_ok -linkshared -o sh/defs defs
  run --separate-stderr "$PIC386" run st/defs
  assert_success
  assert_equal "$stderr" 11
  run --separate-stderr "$PIC386" run sh/defs
  assert_success
  assert_equal "$stderr" 111
}
