#!/usr/bin/env bats
# What fuzzing pic386 compile found (fuzz/compile_fuzz.c, `make
# fuzz-compile`), each minimised input in testdata/fuzz/ with what it must
# do now. Run by both binaries: the sanitizer build's run is the one that
# would report the undefined behaviour or the leak again.

load ../helpers

setup() {
  setup_tmp
}

@test "fuzz finding: f() of a func(...int) with no arguments (NULL + 0, UBSan) passes a nil slice" {
  run "$PIC386" compile -o v.s "$BATS_TEST_DIRNAME/testdata/fuzz/variadic-no-args.go"
  assert_success
  assert_output ''
  # the empty variadic slice is nil, as Go passes it: base, len, cap zero
  run grep -A3 '^TEXT ·main' v.s
  assert_line --index 1 $'\tMOVL\t$0, (SP)'
  assert_line --index 2 $'\tMOVL\t$0, 4(SP)'
  assert_line --index 3 $'\tMOVL\t$0, 8(SP)'
}

@test "fuzz finding: a syntax error after the tenth type error unwinds without a leak or exit from deep inside" {
  # cfatal and the tenth error used to exit(); they unwind to compile_go now,
  # which the command and the harness share: exit 1, ten messages and the
  # last, nothing written.
  {
    echo 'package main'
    echo 'func main() {'
    for i in $(seq 1 12); do echo "	x$i = 1"; done
    echo '}'
  } >many.go
  run "$PIC386" compile -o many.s many.go
  assert_failure 1
  assert_line --index 0 'many.go:3:2: undefined: x1'
  assert_line --partial 'too many errors'
  [[ ! -e many.s ]]
}

@test "fuzz finding: a bad escape inside a string literal unwinds without leaking the literal's buffer" {
  # The literal was decoded into a buffer local to the scanner call; the
  # escape error longjmps past its free. LeakSanitizer (the asan run) saw it.
  run "$PIC386" compile -o s.s "$BATS_TEST_DIRNAME/testdata/fuzz/string-bad-escape.go"
  assert_failure 1
  assert_output --regexp 'string-bad-escape\.go:3:12: invalid character % in hexadecimal escape$'
  [[ ! -e s.s ]]
}

@test "fuzz finding: constant folding past 64 bits is Go's overflow error, not signed overflow (UBSan)" {
  # 129457315 - 9223372036854775808 was folded in int64 arithmetic. Folding
  # is exact now (128 bits), then range-checked; the values are Go's.
  printf 'package main\nfunc main() {\n\tprintln(uint32(129457315 - 9223372036854775808))\n\tprintln(-(-9223372036854775807 - 1) - 9223372036854775807)\n}\n' >f.go
  run "$PIC386" compile -o f.s f.go
  assert_failure 1
  assert_output 'f.go:3:17: constant -9223372036725318493 overflows uint32'
  [[ ! -e f.s ]]
}

@test "fuzz finding: a string literal right after a large function body is not read from the body's freed arena" {
  # The first pass parses a declaration's body into an arena it resets at
  # once; the token after the body, scanned into that arena (a string's
  # decoded value), was copied out after the reset. A body of more than
  # one 64 KB chunk puts it in a chunk the reset frees (ASan: use after free).
  {
    echo 'package main'
    echo 'func f() {'
    echo '	x := 0'
    for ((i = 0; i < 3000; i++)); do echo '	x = x + 1'; done
    echo '	println(x)'
    echo '} "after the body"'
    echo 'func main() {}'
  } >big.go
  run "$PIC386" compile -o big.s big.go
  assert_failure 1
  assert_output 'big.go:3005:3: syntax error: unexpected literal, expecting semicolon or newline'
  [[ ! -e big.s ]]
}
