#!/usr/bin/env bats
# The issue's own t1.go and triv1.go, compiled by pic386 compile: the
# instruction sequence of Go 1.7's compiler (recorded from
# `go tool compile -S -dynlink`, testdata/t1.go17-dynlink.S), and, linked
# -linkshared, the bytes of Go 1.7's t1.F, t1.F.func1 and main.main
# (testdata/*.bytes: the real toolchain's objdump, one instruction a line,
# relocated displacements as ????????), fixed and pre-fix.

load ../helpers

ROOT=$(realpath "$BATS_TEST_DIRNAME/../..")

setup() {
  setup_tmp
  # The issue's files as the report gave them, the one copy in the tree:
  # `pic386 repro 15916` builds triv1 from them too.
  export PIC386PATH=$ROOT/repro/15916 PIC386_CACHE=$TMP/cache
}

# Mnemonics of a Go-syntax listing (Go's or pic386 asm -S), without the
# pseudo-instructions Go's listing carries and pic386's does not.
mnemonics() {
  awk -F'\t' '/\((t1\.(go|s)):[0-9]+\)/ { split($3, w, " "); m = w[1];
      if (m == "FUNCDATA" || m == "PCDATA" || m == "NOP" || m == "TEXT") next; print m }'
}

# One instruction a line, displacements the linker fills in masked.
masked_bytes() {
  "$OBJDUMP" -d -z "$1" | awk -v s="<$2>:" '$2==s{f=1;next} f&&/^$/{exit} f' |
    awk -F'\t' 'NF>=3{b=$2; gsub(/ /,"",b); if (b ~ /^0+$/ || b == "cc") next;
      if (b ~ /^e8/) b="e8????????"; else if (b ~ /^(8b89|8b81|8d99)/) b=substr(b,1,4) "????????"; print b}'
}

@test "t1.go: Go 1.7's instruction sequence for t1.F and t1.F.func1 (-dynlink)" {
  run "$PIC386" compile -p t1 -o t1.s "$ROOT/repro/15916/src/t1/t1.go"
  assert_success
  asm_ok -p t1 -I "$RUNTIME" -dynlink -S -o t1.o t1.s
  mnemonics <<<"$output" >ours
  mnemonics <"$BATS_TEST_DIRNAME/testdata/t1.go17-dynlink.S" >go17
  run diff go17 ours
  assert_success
  # the two return paths after JNE, each XCHGL AX, AX before deferreturn
  run grep -c XCHGL ours
  assert_output 2
}

@test "t1.go + triv1.go -linkshared: t1.F, t1.F.func1, main.main byte-identical to Go's (fixed)" {
  run "$PIC386" build -linkshared -o sh/triv1 triv1
  assert_success
  for s in t1.F t1.F.func1; do
    masked_bytes sh/libt1.so "$s" >"$s.ours"
    run diff "$BATS_TEST_DIRNAME/testdata/$s.fixed.bytes" "$s.ours"
    assert_success
  done
  run "$PIC386" run sh/triv1
  assert_success
  assert_output ''
}

@test "t1.go + triv1.go -linkshared -bug=15916: Go 1.6's bytes and its crash at t1.F +0x52" {
  run "$PIC386" build -linkshared -bug=15916 -o pre/triv1 triv1
  assert_success
  for s in t1.F t1.F.func1; do
    masked_bytes pre/libt1.so "$s" >"$s.ours"
    run diff "$BATS_TEST_DIRNAME/testdata/$s.prefix.bytes" "$s.ours"
    assert_success
  done
  masked_bytes pre/triv1 main.main >main.ours
  run diff "$BATS_TEST_DIRNAME/testdata/main.main.prefix.bytes" main.ours
  assert_success
  run "$PIC386" run pre/triv1
  assert_failure 2
  assert_output --partial 'libt1.so +0x52'
  assert_output --partial 'triv1 +0x23'
}
