#!/usr/bin/env bats
# The test harness itself: if these helpers lie, every other test does too.

load ../helpers

RUN_TESTS=$BATS_TEST_DIRNAME/../../ci/run-tests

setup() {
  setup_tmp
}

# A hand-written object: f has a .size, a local label and a zero run inside,
# and a 10-byte instruction that objdump would wrap; g has no .size.
make_obj() {
  cat >t.s <<'EOF'
	.text
	.globl f
	.type f, @function
f:
	movl $1, %eax
inner:
	movl $0x12345678, 0x11223344
	.fill 5, 1, 0
	jmp inner
	.size f, .-f
	.globl g
g:
	call ext
	ret
	.data
	.globl d
d:
	.long 0x01020304
EOF
  "$AS" --32 -o t.o t.s
}

# A Bats file with one passing and one failing test, and optionally more.
write_fixture() {
  mkdir -p fixture
  {
    echo '@test "passes" { true; }'
    echo '@test "fails" { false; }'
    printf '%s\n' "$@"
  } >fixture/001-fixture.bats
}

@test "obj_bytes: a sized function, through a local label, zeros and a long instruction" {
  make_obj
  run obj_bytes t.o f
  assert_success
  assert_output b801000000c70544332211785634120000000000ebef
}

@test "obj_bytes: an unsized symbol ends at the next symbol" {
  make_obj
  run obj_bytes t.o g
  assert_success
  assert_output e8fcffffffc3
}

@test "obj_bytes: a data symbol" {
  make_obj
  run obj_bytes t.o d
  assert_output 04030201
}

@test "obj_bytes: a missing symbol fails" {
  make_obj
  run obj_bytes t.o nosuch
  assert_failure
  assert_output --partial 'no symbol <nosuch>:'
}

@test "obj_relocs: one squeezed line per relocation" {
  make_obj
  run obj_relocs t.o
  assert_success
  assert_output '00000017 R_386_PC32 ext'
  run obj_relocs t.o .data
  assert_output ''
}

@test "asm_ok: fails on a non-zero exit and on any stderr" {
  printf '#!/bin/sh\necho "$@"\n' >quiet
  printf '#!/bin/sh\necho warning >&2\n' >noisy
  printf '#!/bin/sh\nexit 3\n' >failing
  chmod +x quiet noisy failing
  PIC386=./quiet asm_ok a.s
  assert_output 'asm a.s'
  PIC386=./noisy run asm_ok a.s
  assert_failure
  PIC386=./failing run asm_ok a.s
  assert_failure
}

@test "run-tests: one pass and one failure" {
  write_fixture
  run "$RUN_TESTS" fixture
  assert_failure
  assert_line --index 2 'ok 1 passes'
  assert_line --partial 'not ok 2 fails'
  assert_equal "${lines[-1]}" '1 passed, 1 failed'
}

@test "run-tests: skips are counted apart, labels prefix the names" {
  write_fixture '@test "skipped" { skip; }'
  RUN_LABEL=asan run "$RUN_TESTS" fixture/001-fixture.bats
  assert_failure
  assert_line 'ok 1 [asan] passes'
  assert_line 'ok 3 [asan] skipped # skip'
  assert_equal "${lines[-1]}" '1 passed, 1 failed, 1 skipped'
}

@test "run-tests: several runs end with one total" {
  write_fixture
  run "$RUN_TESTS" --run /bin/true fixture --run asan=/bin/false fixture
  assert_failure
  assert_line 'ok 1 [asan] passes'
  assert_equal "${lines[-1]}" '2 passed, 2 failed'
  assert_equal "$(grep -cE '^[0-9]+ passed, ' <<<"$output")" 1
}

@test "run-tests: all passing exits 0; no test at all does not" {
  mkdir passing empty
  echo '@test "passes" { true; }' >passing/a.bats
  run "$RUN_TESTS" passing
  assert_success
  assert_equal "${lines[-1]}" '1 passed, 0 failed'
  run "$RUN_TESTS" empty
  assert_failure
  assert_equal "${lines[-1]}" '0 passed, 0 failed'
}

@test "run-tests: a file that does not load is a failure" {
  mkdir broken
  echo '@test "never runs" { true; ' >broken/a.bats
  run "$RUN_TESTS" broken
  assert_failure
  assert_output --regexp '[0-9]+ passed, [1-9][0-9]* failed$'
}

@test "run-tests: bats failing without a failing test is still a failure" {
  mkdir bin suite
  printf '#!/bin/sh\necho 1..1\necho ok 1 fine\nexit 1\n' >bin/bats
  chmod +x bin/bats
  echo '@test "fine" { true; }' >suite/a.bats
  PATH=$PWD/bin:$PATH run "$RUN_TESTS" suite
  assert_failure
  assert_equal "${lines[-1]}" '1 passed, 1 failed'
}

@test "sec_hex: a section's bytes, past ASCII that looks like hex; empty .bss; a missing one fails" {
  printf '\t.data\n\t.byte 0x61, 0x62\n\t.section .foo,"a"\n\t.ascii "abcdefghijklmnopqrstu"\n\t.bss\n\t.zero 4\n' >s.s
  "$AS" --32 -o s.o s.s
  run sec_hex s.o .data
  assert_success
  assert_output 6162
  run sec_hex s.o .foo
  assert_output 6162636465666768696a6b6c6d6e6f707172737475
  run sec_hex s.o .bss
  assert_success
  assert_output ''
  run sec_hex s.o .nope
  assert_failure
  assert_output --partial 'no section .nope'
}

# shellcheck disable=SC2016 # assembly, not shell
@test "insns: lengths, bytes, relocations; branch targets relative to the function or a symbol" {
  printf '%s\n' '	.text' '	.globl f' 'f:' '	movl $1, %eax' '1:	jmp 1b' '	call ext' \
    '	jmp h' '	movl $0x12345678, 0x11223344' '	.size f, .-f' 'h:' '	ret' \
    '	.globl g' 'g:' '	movl $a, b' '	ret' '	.size g, .-g' >i.s
  "$AS" --32 -o i.o i.s
  run insns i.o f
  assert_success
  assert_output '5 b801000000 mov $0x1,%eax
2 ebfe jmp .+0x5
5 e8fcffffff call R_386_PC32 ext
2 eb0a jmp h
10 c7054433221178563412 movl $0x12345678,0x11223344'
  # Two relocations in one instruction; none of f's hung on g's first one.
  run insns i.o g
  assert_output '10 c7050000000000000000 movl $0x0,0x0 R_386_32 b R_386_32 a
1 c3 ret'
  run insns i.o nosuch
  assert_failure
}
