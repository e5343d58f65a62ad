#!/usr/bin/env bats
# Go 1.7's dialect as its runtime, math/big, sync/atomic and crypto wrote
# it (issue 11, points 2-6): prefixes that stay on their instruction through
# the PIC rewrites, implicit uses of CX refused beside them, register-pair
# shifts, UNDEF, argument sizes like Cas's 13, and the forms of Go 1.7's own
# files. Expected bytes are Go 1.7's assembler's (go tool asm -S of the seed
# toolchain), written here.

# shellcheck disable=SC2016,SC2154 # assembly is full of $; bats' run sets output, stderr

load ../helpers

setup() {
  setup_tmp
}

# One function of LINES (\t and \n as printf reads them) after GLOBL ·V.
fn() {
  printf 'GLOBL ·V(SB), $8\nTEXT ·f(SB), 4, $0\n\t%b\n\tRET\n' "$1" >f.s
}

# bytes_are LINES HEX: assembled in every mode without -shared's rewrites
# (no global named), main.f's bytes are HEX then c3 (RET).
bytes_are() {
  fn "$1"
  asm_ok -o f.o f.s
  assert_equal "$(obj_bytes f.o main.f)" "${2}c3"
}

@test "Go 1.7's bytes: SHLL/SHRL CX, DX:AX (math/big), \$n with a pair, SHLW, UNDEF, EMMS, an index without a base" {
  bytes_are 'SHLL CX, DX:AX' 0fa5c2
  bytes_are 'SHRL CX, DX:AX' 0fadc2
  bytes_are 'SHLL $3, DX:AX' 0fa4c203
  bytes_are 'SHRL $5, BX:SI' 0facf305
  bytes_are 'SHLW CX, DX:AX' 660fa5c2
  # the pair is the three-operand form: count, LO, HI
  bytes_are 'SHLL CX, AX, DX' 0fa5c2
  bytes_are 'UNDEF' 0f0b
  bytes_are 'EMMS' 0f77
  bytes_are 'LEAL 0(BX*8), CX' 8d0cdd00000000
  bytes_are 'LEAL -1(DX*2), DX' 8d1455ffffffff
  bytes_are 'LEAL (BP*8), CX' 8d0ced00000000
  bytes_are 'LOCK\n\tCMPXCHGL CX, 0(BX)' f00fb10b
  bytes_are 'LOCK; XADDL AX, 0(BX)' f00fc103
  bytes_are 'LOCK; CMPXCHG8B 0(BP)' f00fc74d00
  bytes_are 'REP; MOVSL' f3a5
  bytes_are 'REP; STOSB' f3aa
  bytes_are 'REPN; SCASB' f2ae
}

@test "-S lists the pair as Go 1.7 did (SHLL CX, AX, DX) and a prefix with its instruction" {
  fn 'SHLL CX, DX:AX\n\tLOCK\n\tXADDL AX, 0(BX)'
  run "$PIC386" asm -S -o /dev/null f.s
  assert_success
  assert_line --regexp $'^\t00001 \\(f\\.s:3\\)\tSHLL\tCX, AX, DX$'
  assert_line --regexp $'^\t00002 \\(f\\.s:5\\)\tLOCK; XADDL\tAX, \\(BX\\)$'
}

@test "LOCK before an instruction naming a global: the prefix stays on it after the thunk call and the GOT load, never lock call" {
  fn 'MOVL $1, AX\n\tLOCK\n\tXADDL AX, ·V(SB)\n\tLOCK; ORL $1, ·V+4(SB)'
  local mode
  for mode in -shared -dynlink; do
    asm_ok "$mode" -o f.o f.s
    run insns f.o main.f
    refute_output --partial 'lock call'
    refute_output --regexp '^[0-9]+ f0e8'
    # exactly two locked instructions, each right after the rewrite's own
    assert_equal "$mode: $(grep -c '^[0-9]* f0' <<<"$output")" "$mode: 2"
    if [[ $mode == -shared ]]; then
      assert_line --index 1 '5 e8fcffffff call R_386_PC32 __x86.get_pc_thunk.cx'
      assert_line --index 2 --regexp '^8 f00fc181[0-9a-f]{8} lock xadd %eax,0x[0-9a-f]+\(%ecx\) R_386_PC32 main\.V$'
    else
      assert_line --index 3 '4 f00fc101 lock xadd %eax,(%ecx)'
      assert_line --index 6 '4 f0834904 lock orl $0x4,(%ecx)' ||
        assert_line --index 6 --regexp '^5 f0834904'
    fi
  done
}

@test "implicit CX, from the instruction table: CMPXCHG8B sym(SB) is refused under -shared and -dynlink, with and without LOCK; CX-free forms pass" {
  local mode
  for mode in -shared -dynlink; do
    rm -f f.o
    fn 'CMPXCHG8B ·V(SB)'
    run --separate-stderr "$PIC386" asm "$mode" -o f.o f.s
    assert_failure 1
    assert_equal "$stderr" "f.s:3: CMPXCHG8B reads CX without naming it, and the $mode rewrite of main.V loads an address into CX; address main.V through a register (LEAL/MOVL \$main.V(SB), R)"
    fn 'LOCK; CMPXCHG8B ·V(SB)'
    run --separate-stderr "$PIC386" asm "$mode" -o f.o f.s
    assert_failure 1
    assert_equal "$stderr" "f.s:3: LOCK CMPXCHG8B reads CX without naming it, and the $mode rewrite of main.V loads an address into CX; address main.V through a register (LEAL/MOVL \$main.V(SB), R)"
    [[ ! -e f.o ]]
    # through a register, as Go 1.7's sync/atomic does it
    fn 'MOVL $·V(SB), BP\n\tLOCK; CMPXCHG8B 0(BP)'
    asm_ok "$mode" -o f.o f.s
    # CMPXCHGL's implicit register is AX, not CX: fine beside the rewrite
    fn 'LOCK; CMPXCHGL BX, ·V(SB)'
    asm_ok "$mode" -o f.o f.s
  done
  # without a rewrite CX is free
  fn 'CMPXCHG8B ·V(SB)'
  asm_ok -o f.o f.s
}

@test "argument sizes need not be words: \$0-13 (Go 1.7's Cas), -S says args=0xd; a negative frame is none (\$-8)" {
  printf '%s\n' 'TEXT ·Cas(SB), 4, $0-13' '	SETEQ ret+12(FP)' '	RET' \
    'TEXT ·sigaltstack(SB), 4, $-8' '	RET' 'TEXT ·g(SB), $-4-8' '	RET' >f.s
  run --separate-stderr "$PIC386" asm -S -o f.o f.s
  assert_success
  assert_line 'main.Cas STEXT nosplit args=0xd locals=0'
  assert_line 'main.sigaltstack STEXT nosplit args=0 locals=0'
  assert_line 'main.g STEXT args=0x8 locals=0'
  # SETEQ ret+12(FP): the byte after the return address and 12 bytes
  assert_equal "$(obj_bytes f.o main.Cas)" 0f94442410c3
  # no SUBL for a negative frame
  refute_output --regexp $'\tSUBL\t\\$-'
}

@test "a #define may hold a number no instruction can use (Go's go_asm.h); it is reported where it is used" {
  printf '%s\n' '#define const_loadFactor 1089384394307836014340389531104224997857698472923131961940039p-509' \
    '#define big 99999999999999999999999' 'TEXT ·f(SB), 4, $0' '	RET' >f.s
  asm_ok -o f.o f.s
  printf '%s\n' '#define big 99999999999999999999999' 'TEXT ·f(SB), 4, $0' '	MOVL $big, AX' '	RET' >g.s
  run --separate-stderr "$PIC386" asm -o g.o g.s
  assert_failure 1
  assert_equal "$stderr" 'g.s:3: integer constant 99999999999999999999999 overflows 64 bits'
  # outside a #define, at once, as before
  printf '%s\n' 'TEXT ·f(SB), 4, $0' '	MOVL $12ab, AX' '	RET' >h.s
  run --separate-stderr "$PIC386" asm -o h.o h.s
  assert_failure 1
  assert_equal "$stderr" 'h.s:2: malformed constant 12ab'
}

@test "bad input: register pairs, a stray colon, prefixes where they cannot go" {
  local row want body
  for row in \
    'MOVL DX:AX, BX|f.s:3: MOVL: a register pair DX:AX is only the destination of a double shift (SHLL/SHRL/SHLW/SHRW count, HI:LO)' \
    'ADDL AX, DX:AX|f.s:3: ADDL: a register pair DX:AX is only the destination of a double shift (SHLL/SHRL/SHLW/SHRW count, HI:LO)' \
    'SHLL CX, DX:AX, BX|f.s:3: SHLL: a register pair DX:AX is only the destination of a double shift (SHLL/SHRL/SHLW/SHRW count, HI:LO)' \
    'SHLL CX, DX:|f.s:3: expected a register after DX: in a register pair' \
    'SHLL CX, DX:$1|f.s:3: expected a register after DX: in a register pair' \
    'MOVL 0(BX):AX, CX|f.s:3: MOVL: unexpected : after operand 1 (only a register pair, DX:AX, has one)' \
    'LEAL 0(SP*2), AX|f.s:3: SP cannot be an index register' \
    'LEAL 0(BX*3), AX|f.s:3: expected scale 1, 2, 4 or 8 after BX*' \
    'LOCK\n\tMOVL AX, 0(BX)|f.s:4: LOCK MOVL: only a read-modify-write of memory can be locked (ADD, ADC, AND, OR, XOR, SBB, SUB, INC, DEC, NEG, NOT, BTC, BTR, BTS, CMPXCHG, CMPXCHG8B, XADD, XCHG with a memory destination)' \
    'LOCK; ADDL AX, BX|f.s:3: LOCK ADDL: only a read-modify-write of memory can be locked (ADD, ADC, AND, OR, XOR, SBB, SUB, INC, DEC, NEG, NOT, BTC, BTR, BTS, CMPXCHG, CMPXCHG8B, XADD, XCHG with a memory destination)' \
    'REP; ADDL AX, BX|f.s:3: REP ADDL: only a string instruction (MOVS, STOS, LODS, SCAS, CMPS) can be repeated' \
    'LOCK\nx:\tINCL 0(BX)|f.s:4: label x between LOCK and the instruction it prefixes' \
    'LOCK; REP; MOVSL|f.s:3: REP after LOCK: one prefix per instruction' \
    'JMP 2(PC)\n\tLOCK\n\tINCL 0(BX)|f.s:3: branch 2(PC) lands after the LOCK prefix of its instruction'; do
    want=${row#*|}
    body=${row%%|*}
    fn "$body"
    run --separate-stderr "$PIC386" asm -o f.o f.s
    assert_equal "$body: $status" "$body: 1"
    assert_equal "$body: $(head -n 1 <<<"$stderr")" "$body: $want"
    [[ ! -e f.o ]]
  done
  # a prefix with nothing after it in its block
  printf '%s\n' 'TEXT ·f(SB), 4, $0' '	RET' '	LOCK' 'TEXT ·g(SB), 4, $0' '	RET' >f.s
  run --separate-stderr "$PIC386" asm -o f.o f.s
  assert_failure 1
  assert_equal "$stderr" 'f.s:3: LOCK at the end of main.f prefixes no instruction'
  # JMP 1(PC) to the prefix itself is the whole instruction: fine
  fn 'JMP 1(PC)\n\tLOCK\n\tINCL 0(BX)'
  asm_ok -o f.o f.s
}

@test "a byte operation on BP, SI or DI goes through AX..DX exchanged around it: Go 1.7's bytes, every mode" {
  # Go 1.7's asm6 (byteswapreg): the first of AX, BX, CX, DX the other
  # operand leaves free, AX and DX not beside a missing operand
  # (CMPB SI, $0xfc of Go's runtime is 96 80 f8 fc 96 in Go 1.7: the same
  # exchange around cmpb $0xfc, %al, which GNU as writes in its short form)
  bytes_are 'MOVB SI, DI' 9687df88c387df96
  bytes_are 'MOVB $1, SI' 96b00196
  bytes_are 'MULB SI' 87def6e387de
  bytes_are 'MOVBLZX DI, AX' 87df0fb6c387df
  bytes_are 'SETEQ BP' 87dd0f94c387dd
  bytes_are 'CMPB SI, 0(AX)(BX*1)' 87ce3a0c1887ce
  bytes_are 'MOVB 0(SI), DI' 978a0697
  bytes_are 'XCHGB SI, AX' 87de86d887de
  bytes_are 'MOVB CX, SI' 9688c896
  # under -shared the swap follows the thunk call and never takes CX,
  # which holds the PC: the symbol stays relative to the thunk's return
  fn 'MOVB SI, ·V+1(SB)'
  asm_ok -shared -o f.o f.s
  run insns f.o main.f
  assert_line --index 0 '5 e8fcffffff call R_386_PC32 __x86.get_pc_thunk.cx'
  assert_line --index 1 '1 96 xchg %eax,%esi'
  assert_line --index 2 --regexp '^6 8881[0-9a-f]{8} mov %al,0x[0-9a-f]+\(%ecx\) R_386_PC32 main\.V$'
  assert_line --index 3 '1 96 xchg %eax,%esi'
}

@test "more of Go 1.7's 386 Anames: word string ops, LEAVE, WAIT, XLAT, PUSHAW/POPAW, PUSHFW/POPFW, BCD, INTO, CLI/STI, BSFW/BSRW, BT*W, POPCNT, MOVNTIL, PREFETCH*, LOOPEQ/LOOPNE: Go 1.7's bytes" {
  printf '%s\n' 'TEXT ·f(SB), 4, $0' '	CMPSW' '	LODSW' '	SCASW' '	STOSW' '	LEAVEL' '	LEAVEW' \
    '	WAIT' '	XLAT' '	PUSHAW' '	POPAW' '	PUSHFW' '	POPFW' '	AAD' '	AAM' '	AAS' '	DAA' \
    '	DAS' '	INTO' '	CLI' '	STI' '	BSFW (BX), AX' '	BSRW CX, DX' '	BTW $3, AX' \
    '	BTCW $3, (BX)' '	BTRW CX, DX' '	BTSW AX, (BX)' '	BTL AX, (BX)' '	POPCNTL (BX), AX' \
    '	POPCNTW CX, DX' '	MOVNTIL AX, (BX)' '	PREFETCHT0 (AX)' '	PREFETCHT1 4(BX)' \
    '	PREFETCHT2 (CX)' '	PREFETCHNTA (DX)' '	LOOPEQ 0(PC)' '	LOOPNE -1(PC)' '	BSWAPL CX' \
    '	XCHGL AX, BX' '	RET' >f.s
  asm_ok -o f.o f.s
  # go tool asm -S of Go 1.7 (GOARCH=386), the same file
  assert_equal "$(obj_bytes f.o main.f)" 66a766ad66af66abc966c99bd766606661669c669dd50ad40a3f272fcefafb660fbc03660fbdd1660fbae003660fba3b03660fb3ca660fab030fa303f30fb80366f30fb8d10fc3030f18080f1853040f18190f1802e1fee0fc0fc993c3
  # PUSHFW/POPFW move SP by 2, as Go's obj6 counts them
  printf '%s\n' 'TEXT ·g(SB), 4, $0' '	PUSHFW' '	MOVW 0(SP), AX' '	RET' >g.s
  run --separate-stderr "$PIC386" asm -o g.o g.s
  assert_failure 1
  assert_equal "$stderr" 'g.s:4: unbalanced PUSH/POP in main.g: SP is off by 2 bytes at RET'
  # what needs memory gets memory
  printf '%s\n' 'TEXT ·h(SB), 4, $0' '	PREFETCHT0 AX' '	MOVNTIL AX, BX' '	RET' >h.s
  run --separate-stderr "$PIC386" asm -o h.o h.s
  assert_failure 1
  assert_equal "$stderr" $'h.s:2: PREFETCHT0: the operand cannot be register\nh.s:3: MOVNTIL: destination operand cannot be register'
}

@test "segment registers where Go 1.7's 386 table had them: MOVW to and from, PUSH/POP, off(FS); Go 1.7's bytes" {
  bytes_are 'MOVW AX, GS\n\tMOVW GS, AX\n\tMOVW GS, (BX)\n\tMOVW (BX), FS\n\tPUSHL GS\n\tPOPL DS\n\tPUSHW FS\n\tPOPW ES\n\tMOVL $0, 0x14(FS)\n\tMOVL BX, 0x18(FS)' \
    8ee88ce88c2b8e230fa81f660fa0660764c705140000000000000064891d18000000
  local row
  for row in 'MOVW $1, GS' 'MOVL AX, GS' 'MOVW GS, FS' 'POPL CS' 'MOVW AX, CS' 'ADDW GS, AX' 'MOVB AL, GS'; do
    fn "$row"
    run --separate-stderr "$PIC386" asm -o f.o f.s
    assert_equal "$row: $status" "$row: 1"
    assert_equal "$row: $stderr" "$row: f.s:3: ${row%% *}: segment register $(grep -o '[CEFG]S' <<<"$row" | head -n 1) only in MOVW to or from a register or memory, PUSHL/PUSHW and POPL/POPW (not into CS)"
  done
  fn 'MOVL 4(FS)(AX*4), AX'
  run --separate-stderr "$PIC386" asm -o f.o f.s
  assert_failure 1
  assert_equal "$stderr" 'f.s:3: FS as a base takes no index: off(FS)'
}
