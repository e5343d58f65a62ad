#!/usr/bin/env bats
# How modules register with the runtime, as Go's did: an .init_array entry,
# go.link.addmoduledata, calls runtime.addmoduledata once with the module's
# moduledata (function table, ABI records). No limit on the number of
# modules (Go had none), and no limit on a library's name in the ABI records.

# shellcheck disable=SC2016,SC2154,SC2030,SC2031 # assembly is literal; bats' run sets status,
# output and lines; each test runs in a subshell of its own

load ../helpers
load pkgs

setup() {
  b_setup
}

teardown() {
  b_teardown
}

# many N: packages p00..p(N-1), each F returning its number + 1, and a
# command `many` that calls every one and prints the sum, N(N+1)/2.
many() {
  local n=$1 i main
  main=$'#include "textflag.h"\n\nTEXT ·main(SB), $12-0\n\tMOVL\t$0, 8(SP)\n'
  for ((i = 0; i < n; i++)); do
    printf -v p 'p%02d' "$i"
    pkg "$p" "$p.s" <<EOF
// func F() int32 { return $((i + 1)) }
TEXT ·F(SB), \$0-4
	MOVL	\$$((i + 1)), ret+0(FP)
	RET
EOF
    main+=$'\tCALL\t'"$p"$'·F(SB)\n\tMOVL\t0(SP), AX\n\tADDL\tAX, 8(SP)\n'
  done
  main+=$'\tMOVL\t8(SP), AX\n\tMOVL\tAX, 0(SP)\n\tMOVL\t$0, 4(SP)\n'
  main+=$'\tCALL\truntime·printint(SB)\n\tCALL\truntime·printnl(SB)\n\tRET\n'
  pkg many <<<"$main"
}

# The program in $1 must refuse to start, naming $2 and $3.
refused() {
  run --separate-stderr "$PIC386" run "$1"
  assert_equal "$status" 2
  assert_equal "$stderr" "abi mismatch detected between $2 and $3"$'\n'"fatal error: abi mismatch"
}

@test "registration: every shared-mode module has Go's go.link.addmoduledata in .init_array, calling runtime.addmoduledata once; the runtime's module none" {
  std_pkgs
  build_ok -linkshared -o sh/hello hello
  local f
  for f in sh/hello sh/libmid.so sh/liblib.so sh/libutil.so; do
    run "$OBJDUMP" -d --no-show-raw-insn "$f"
    assert_success
    # push %ebx; the thunk; lea moduledata; lea GOT -> %ebx; the PLT call; pop; ret
    local body
    body=$(sed -n '/<go.link.addmoduledata>:/,/^$/p' <<<"$output" | grep $'\t' | cut -f2 |
      sed 's/ *<.*//; s/ \+/ /g; s/0x[0-9a-f]*(/N(/; s/^call [0-9a-f]*$/call N/')
    assert_equal "$f: $(paste -sd ';' <<<"$body")" \
      "$f: push %ebx;call N;lea N(%ecx),%eax;lea N(%ecx),%ebx;call N;pop %ebx;ret"
    assert_equal "$f: $(grep -c 'call.*<runtime.addmoduledata@plt>' <<<"$output")" "$f: 1"
    # the .init_array entry points at it
    run "$READELF" -rW "$f"
    local addr
    addr=$("$READELF" -sW "$f" | awk '$8 == "go.link.addmoduledata" { print $2 }')
    [[ -n $addr ]]
    run "$OBJDUMP" -s -j .init_array "$f"
    assert_output --regexp "$(printf '%08x' $((16#$addr)) | sed -E 's/(..)(..)(..)(..)/\4\3\2\1/')"
    # and nothing else of the runtime's is called to register: no addmoduleabi
    run "$READELF" --dyn-syms -W "$f"
    refute_output --partial addmoduleabi
  done
  # libruntime.so holds the runtime: its moduledata is runtime.firstmoduledata,
  # read directly, as Go's runtime module had no init function
  run "$READELF" -sW sh/libruntime.so
  refute_output --partial go.link.addmoduledata
  assert_line --regexp 'OBJECT +(LOCAL|GLOBAL) +[A-Z]+ +[0-9]+ runtime\.firstmoduledata$'
  run "$PIC386" run sh/hello
  assert_success
  assert_output 42
}

@test "registration: shared-mode links use Go's host-link flags: every module BIND_NOW, libraries -z relro" {
  std_pkgs
  build_ok -x -linkshared -o sh/hello hello
  local f
  for f in sh/hello sh/libmid.so sh/liblib.so sh/libutil.so sh/libruntime.so; do
    run "$READELF" -dW "$f"
    assert_line --regexp 'FLAGS_1\) .*NOW'
    assert_line --regexp '\(FLAGS\) .*BIND_NOW'
  done
  run "$READELF" -lW sh/libmid.so
  assert_line --regexp 'GNU_RELRO'
  run cat "$BATS_TEST_TMPDIR/build.log"
  assert_line --regexp 'gcc -Wl,-z,relro -shared -Wl,-znow -Wl,-znocopyreloc .* -o [^ ]*/libmid\.so -rdynamic '
}

@test "registration: a static program registers its one module through runtime.firstmoduledata, no .init_array entry of its own" {
  std_pkgs
  build_ok -o st/hello hello
  run "$READELF" -sW st/hello
  refute_output --partial go.link.addmoduledata
  assert_line --regexp 'OBJECT +(LOCAL|GLOBAL) +[A-Z]+ +[0-9]+ runtime\.firstmoduledata$'
  run "$PIC386" run st/hello
  assert_success
  assert_output 42
}

@test "more than 64 modules: 70 packages -linkshared (72 modules) start, and the ABI check reaches the last" {
  many 70
  build_ok -linkshared -o sh/many many
  run "$PIC386" run sh/many
  assert_success
  assert_output 2485
  local n
  n=$("$READELF" -d sh/many | grep -c 'NEEDED.*lib\(p[0-9][0-9]\|runtime\)\.so')
  assert_equal "$n" 71
  # the static build of the same agrees
  build_ok -o st/many many
  run "$PIC386" run st/many
  assert_output 2485
  # p69 gains an export; its new library over the old refuses the program,
  # whose record of p69 is in the 72nd module registered
  printf '%s\n' 'TEXT ·G(SB), $0-0' '	RET' >>"$BATS_TEST_TMPDIR/src/p69/p69.s"
  build_ok -linkshared -o new/many many
  cp new/libp69.so sh/libp69.so
  refused sh/many "the executable" libp69.so
}

@test "a library name of 60 bytes and more: built, run, and named in full by the ABI check" {
  local long=a_rather_long_organisation/a_long_repository_name/some_package
  local lib=liba_rather_long_organisation-a_long_repository_name-some_package.so
  ((${#lib} >= 60))
  pkg "$long" long.s <<'EOF'
// func F() int32 { return 7 }
TEXT ·F(SB), $0-4
	MOVL	$7, ret+0(FP)
	RET
EOF
  pkg uselong <<EOF
TEXT ·main(SB), \$8-0
	CALL	$long·F(SB)
	MOVL	0(SP), AX
	MOVL	AX, 0(SP)
	MOVL	\$0, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET
EOF
  build_ok -linkshared -o sh/uselong uselong
  [[ -f sh/$lib ]]
  run "$PIC386" run sh/uselong
  assert_success
  assert_output 7
  # its own record carries the whole name
  run grep -ac "$lib" "sh/$lib"
  assert_success
  # and a changed export is refused, naming it in full
  printf '%s\n' 'TEXT ·G(SB), $0-0' '	RET' >>"$BATS_TEST_TMPDIR/src/$long/long.s"
  build_ok -linkshared -o new/uselong uselong
  cp "new/$lib" "sh/$lib"
  refused sh/uselong "the executable" "$lib"
  # -buildmode=shared names the library itself: a long name there too
  build_ok -buildmode=shared -o "bm/$lib" "$long"
  run "$READELF" -dW "bm/$lib"
  assert_line --regexp "SONAME.*\[$lib\]"
}
