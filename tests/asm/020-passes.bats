#!/usr/bin/env bats
# Go 1.7's obj6 passes, mode by mode, read back from the object: the sequences
# progedit and preprocess emit and their byte lengths (reference: Go 1.7's
# cmd/internal/obj/x86/obj6.go, progedit and preprocess).
#
# Each expectation is an `insns` listing (helpers.bash): "LEN HEX ASM [RELOC
# SYMBOL]..." per instruction, branch targets relative to the function.

# shellcheck disable=SC2016,SC2154 # assembly is full of $; bats' run sets stderr

load ../helpers

RUNTIME=$BATS_TEST_DIRNAME/../../runtime

# The four modes: name|flags.
MODES=(
  'exe|'
  'shared|-shared'
  'dynlink|-dynlink'
  'bug|-dynlink -bug=15916-morestack'
)

setup() {
  setup_tmp
}

# asm_modes FILE: FILE assembled once per mode, into NAME.o.
asm_modes() {
  local row name flags
  for row in "${MODES[@]}"; do
    name=${row%%|*}
    read -ra flags <<<"${row#*|}"
    asm_ok -I "$RUNTIME" "${flags[@]}" -o "$name.o" "$1"
  done
}

# expect_insns LABEL OBJ SYMBOL EXPECTED: the listing of SYMBOL, or a failure
# naming LABEL with both listings.
expect_insns() {
  local got
  got=$(insns "$2" "$3") || fail "$1: no disassembly of $3 in $2"
  if [[ $got != "$4" ]]; then
    printf '%s: %s differs\n-- expected --\n%s\n-- actual --\n%s\n' "$1" "$3" "$4" "$got" | fail
  fi
}

# The byte length of the listing lines matching REGEX (all by default).
bytes_of() {
  awk -v re="${1-.}" '$0 ~ re { n += $1 } END { print n + 0 }'
}

# What preprocess puts first in a function that is not NOSPLIT: g into CX.
G_EXE='7 658b0d00000000 mov %gs:0x0,%ecx
6 8b8900000000 mov 0x0(%ecx),%ecx R_386_TLS_LE runtime.tlsg'
# Under -shared Go's 14 bytes: the thunk, then one load whose displacement
# carries two relocations that sum to (g's GOT slot - the field) + 2.
G_SHARED='5 e8fcffffff call R_386_PC32 __x86.get_pc_thunk.cx
6 8b8902000000 mov 0x2(%ecx),%ecx R_386_GOTPC _GLOBAL_OFFSET_TABLE_ R_386_TLS_GOTIE runtime.tlsg
3 658b09 mov %gs:(%ecx),%ecx'

@test "CALL ·g(SB): 5 bytes; under -dynlink Go 1.7's 16: thunk, GOTPC LEAL into BX, PLT call" {
  printf '%s\n' 'TEXT ·f(SB), 4, $0' '	CALL ·g(SB)' '	RET' >call.s
  asm_modes call.s
  local direct='5 e8fcffffff call R_386_PC32 main.g
1 c3 ret'
  local got='5 e8fcffffff call R_386_PC32 __x86.get_pc_thunk.cx
6 8d9902000000 lea 0x2(%ecx),%ebx R_386_GOTPC _GLOBAL_OFFSET_TABLE_
5 e8fcffffff call R_386_PLT32 main.g
1 c3 ret'
  expect_insns exe exe.o main.f "$direct"
  expect_insns shared shared.o main.f "$direct"
  expect_insns dynlink dynlink.o main.f "$got"
  expect_insns bug bug.o main.f "$got"
  assert_equal "$(insns dynlink.o main.f | bytes_of 'call|lea')" 16
  assert_equal "$(insns exe.o main.f | bytes_of call)" 5
}

@test "CALL and JMP to x<>(SB) stay direct in every mode: 5 bytes each (rel32, as Go), no thunk, no PLT" {
  # The RET after the JMP is never reached: Go's follow pass drops it. A jump
  # to a symbol is rel32 in Go however near: GNU as is told ({disp32}).
  printf '%s\n' 'TEXT x<>(SB), 4, $0' '	RET' \
    'TEXT ·f(SB), 4, $0' '	CALL x<>(SB)' '	JMP x<>(SB)' '	RET' >local.s
  asm_modes local.s
  for row in "${MODES[@]}"; do
    expect_insns "${row%%|*}" "${row%%|*}.o" main.f '5 e8ebffffff call x<>
5 e9e6ffffff jmp x<>'
  done
  run obj_relocs dynlink.o .text
  refute_output --partial PLT
}

@test "JMP ·g(SB), a tail jump, is never given the GOT-loading prefix, nor a PLT: R_386_PC32 in every mode" {
  printf '%s\n' 'TEXT ·f(SB), 4, $0' '	JMP ·g(SB)' >tail.s
  asm_modes tail.s
  # Go 1.7's R_PCREL: GNU ld binds it inside the module (pic386 build links
  # -Bsymbolic-functions); into another module only by a text relocation.
  for row in exe shared dynlink bug; do
    expect_insns $row $row.o main.f '5 e9fcffffff jmp R_386_PC32 main.g'
  done
}

@test "indirect calls and jumps are untouched in every mode" {
  # Each JMP ends the flow, so the second needs a label a branch reaches.
  printf '%s\n' 'TEXT ·f(SB), 4, $0' '	CALL AX' '	CALL (AX)' '	CALL 4(BX)(SI*4)' \
    '	JEQ l' '	JMP DX' 'l:' '	JMP 8(SP)' >ind.s
  asm_modes ind.s
  for row in "${MODES[@]}"; do
    expect_insns "${row%%|*}" "${row%%|*}.o" main.f '2 ffd0 call *%eax
2 ff10 call *(%eax)
4 ff54b304 call *0x4(%ebx,%esi,4)
2 7402 je .+0xc
2 ffe2 jmp *%edx
4 ff642408 jmp *0x8(%esp)'
  done
}

@test "the morestack block, per mode: the fix's 16-byte call, the JMP after it, JLS to its first byte" {
  printf '%s\n' 'TEXT ·f(SB), $0-0' '	RET' >split.s
  asm_modes split.s
  expect_insns exe exe.o main.f "$G_EXE
3 3b6108 cmp 0x8(%ecx),%esp
2 7601 jbe .+0x13
1 c3 ret
5 e8fcffffff call R_386_PC32 runtime.morestack_noctxt
2 ebe6 jmp .+0x0"
  # -shared without -dynlink rewrites no call, so none in the block either.
  expect_insns shared shared.o main.f "$G_SHARED
3 3b6108 cmp 0x8(%ecx),%esp
2 7601 jbe .+0x14
1 c3 ret
5 e8fcffffff call R_386_PC32 runtime.morestack_noctxt
2 ebe5 jmp .+0x0"
  # The fix: the call goes through progedit like any other; JLS lands on the
  # thunk call at 0x14, the JMP back to 0x0 (the g load) follows the PLT call.
  expect_insns dynlink dynlink.o main.f "$G_SHARED
3 3b6108 cmp 0x8(%ecx),%esp
2 7601 jbe .+0x14
1 c3 ret
5 e8fcffffff call R_386_PC32 __x86.get_pc_thunk.cx
6 8d9902000000 lea 0x2(%ecx),%ebx R_386_GOTPC _GLOBAL_OFFSET_TABLE_
5 e8fcffffff call R_386_PLT32 runtime.morestack_noctxt
2 ebda jmp .+0x0"
  # Go 1.6 (bug 1 of issue 15916): a bare PLT call with whatever BX holds.
  expect_insns bug bug.o main.f "$G_SHARED
3 3b6108 cmp 0x8(%ecx),%esp
2 7601 jbe .+0x14
1 c3 ret
5 e8fcffffff call R_386_PLT32 runtime.morestack_noctxt
2 ebe5 jmp .+0x0"
}

@test "NEEDCTXT functions split through runtime.morestack, which keeps DX, in every mode" {
  printf '%s\n' '#include "textflag.h"' 'TEXT ·f(SB), NEEDCTXT, $0-0' '	RET' >ctx.s
  asm_modes ctx.s
  for row in "${MODES[@]}"; do
    name=${row%%|*}
    run insns "$name.o" main.f
    assert_success
    assert_line --regexp ' call R_386_(PC32|PLT32) runtime\.morestack$'
    refute_output --partial morestack_noctxt
    refute_output --partial '%edx'
  done
}

@test "the stack check for each frame size class, with Go 1.7's constants" {
  # frame|check (after the g load)|SUBL and ADDL $frame, SP
  local cases=(
    '0|3 3b6108 cmp 0x8(%ecx),%esp|'
    '4|3 3b6108 cmp 0x8(%ecx),%esp|3 83ec04 sub $0x4,%esp;3 83c404 add $0x4,%esp'
    '128|3 3b6108 cmp 0x8(%ecx),%esp|6 81ec80000000 sub $0x80,%esp;6 81c480000000 add $0x80,%esp'
    '132|4 8d4424fc lea -0x4(%esp),%eax;3 3b4108 cmp 0x8(%ecx),%eax|6 81ec84000000 sub $0x84,%esp;6 81c484000000 add $0x84,%esp'
    '4096|7 8d842480f0ffff lea -0xf80(%esp),%eax;3 3b4108 cmp 0x8(%ecx),%eax|6 81ec00100000 sub $0x1000,%esp;6 81c400100000 add $0x1000,%esp'
    '4100|3 8b7108 mov 0x8(%ecx),%esi;6 81fedefaffff cmp $0xfffffade,%esi;2 741d je .+0x35;7 8d8424d0020000 lea 0x2d0(%esp),%eax;2 29f0 sub %esi,%eax;5 3d54120000 cmp $0x1254,%eax|6 81ec04100000 sub $0x1004,%esp;6 81c404100000 add $0x1004,%esp'
    '5000|3 8b7108 mov 0x8(%ecx),%esi;6 81fedefaffff cmp $0xfffffade,%esi;2 741d je .+0x35;7 8d8424d0020000 lea 0x2d0(%esp),%eax;2 29f0 sub %esi,%eax;5 3dd8150000 cmp $0x15d8,%eax|6 81ec88130000 sub $0x1388,%esp;6 81c488130000 add $0x1388,%esp'
  )
  for c in "${cases[@]}"; do
    IFS='|' read -r frame check adj <<<"$c"
    printf 'TEXT ·f(SB), $%d-0\n\tRET\n' "$frame" >f.s
    asm_ok -o f.o f.s
    run insns f.o main.f
    assert_success
    # The g load, the check, JLS, the frame, RET, then the morestack block.
    # Everything is fixed but the branch offsets, which follow from the sizes.
    got=$(sed -e '1,2d' -e '$d' <<<"$output" | grep -v ' jbe \| call ')
    want=${check//;/$'\n'}${adj:+$'\n'${adj%%;*}$'\n'${adj#*;}}$'\n''1 c3 ret'
    assert_equal "$got" "$want"
    # JLS and JEQ both go to the CALL of runtime.morestack_noctxt.
    more=$(awk '/call R_386_PC32 runtime.morestack_noctxt/ { printf "\\.\\+0x%x", at } { at += $1 }' <<<"$output")
    assert_line --regexp "^2 76[0-9a-f]{2} jbe $more\$"
    [[ $frame -le 4096 ]] || assert_line --regexp "^2 74[0-9a-f]{2} je $more\$"
  done
}

@test "NOSPLIT functions get no check and no g load in any mode, only their frame" {
  printf '%s\n' '#include "textflag.h"' 'TEXT ·f(SB), NOSPLIT, $16-0' '	RET' \
    'TEXT ·z(SB), NOSPLIT, $0' '	RET' >nosplit.s
  asm_modes nosplit.s
  for row in "${MODES[@]}"; do
    name=${row%%|*}
    expect_insns "$name" "$name.o" main.f '3 83ec10 sub $0x10,%esp
3 83c410 add $0x10,%esp
1 c3 ret'
    expect_insns "$name" "$name.o" main.z '1 c3 ret'
    run obj_relocs "$name.o" .text
    assert_output ''
  done
}

@test "g in CX: local-exec TLS in executables, initial-exec through the GOT under -shared" {
  # The prologue's g load, and the same by hand with go_tls.h (get_tls, g).
  printf '%s\n' '#include "textflag.h"' '#include "go_tls.h"' 'TEXT ·f(SB), $0-0' '	RET' \
    'TEXT ·h(SB), NOSPLIT, $0' '	get_tls(DX)' '	MOVL g(DX), AX' '	MOVL 8(DX)(TLS*1), BX' '	RET' >tls.s
  asm_modes tls.s
  for row in "${MODES[@]}"; do
    name=${row%%|*}
    run insns "$name.o" main.f
    if [[ $name == exe ]]; then want=$G_EXE; else want=$G_SHARED; fi
    assert_equal "$(head -n "$(wc -l <<<"$want")" <<<"$output")" "$want"
  done
  expect_insns exe exe.o main.h '7 658b1500000000 mov %gs:0x0,%edx
6 8b8200000000 mov 0x0(%edx),%eax R_386_TLS_LE runtime.tlsg
6 8b9a08000000 mov 0x8(%edx),%ebx R_386_TLS_LE runtime.tlsg
1 c3 ret'
  # Go 1.7 calls the thunk of the destination register for MOVL TLS, R.
  expect_insns dynlink dynlink.o main.h '5 e8fcffffff call R_386_PC32 __x86.get_pc_thunk.dx
6 8b9202000000 mov 0x2(%edx),%edx R_386_GOTPC _GLOBAL_OFFSET_TABLE_ R_386_TLS_GOTIE runtime.tlsg
3 658b02 mov %gs:(%edx),%eax
4 658b5a08 mov %gs:0x8(%edx),%ebx
1 c3 ret'
}

@test "FP and pseudo-SP resolve to hardware SP offsets; PUSHL and POPL move them" {
  printf '%s\n' '#include "textflag.h"' 'TEXT ·f(SB), NOSPLIT, $8-8' \
    '	MOVL x+0(FP), AX' '	MOVL y-4(SP), BX' '	MOVL 4(SP), DX' '	PUSHL AX' \
    '	MOVL x+0(FP), AX' '	MOVL y-4(SP), BX' '	MOVL 4(SP), DX' '	POPL AX' \
    '	MOVL AX, ret+4(FP)' '	LEAL x+0(FP), SI' '	MOVL $y-8(SP), DI' '	RET' >fp.s
  asm_modes fp.s
  for row in "${MODES[@]}"; do
    # x+0(FP) is above the frame (8) and the return address (4): 12(SP).
    # y-4(SP) is 4 below the frame's top: 4(SP). 4(SP), unnamed, is hardware.
    expect_insns "${row%%|*}" "${row%%|*}.o" main.f '3 83ec08 sub $0x8,%esp
4 8b44240c mov 0xc(%esp),%eax
4 8b5c2404 mov 0x4(%esp),%ebx
4 8b542404 mov 0x4(%esp),%edx
1 50 push %eax
4 8b442410 mov 0x10(%esp),%eax
4 8b5c2408 mov 0x8(%esp),%ebx
4 8b542404 mov 0x4(%esp),%edx
1 58 pop %eax
4 89442410 mov %eax,0x10(%esp)
4 8d74240c lea 0xc(%esp),%esi
3 8d3c24 lea (%esp),%edi
3 83c408 add $0x8,%esp
1 c3 ret'
  done
}

@test "global loads, stores and addresses: exe absolute, -shared PC-relative, -dynlink through the GOT" {
  # source|exe|shared|dynlink (the bug mode is dynlink's); ';' separates lines
  local thunk='5 e8fcffffff call R_386_PC32 __x86.get_pc_thunk.cx'
  # Go's R_GOTPCREL on 386: one displacement, two relocations that add up to
  # the GOT entry's distance from the instruction
  local got='6 8b8902000000 mov 0x2(%ecx),%ecx R_386_GOTPC _GLOBAL_OFFSET_TABLE_ R_386_GOT32 main.V'
  local cases=(
    "MOVL ·V(SB), AX|6 8b0500000000 mov 0x0,%eax R_386_32 main.V|$thunk;6 8b8102000000 mov 0x2(%ecx),%eax R_386_PC32 main.V|$thunk;$got;2 8b01 mov (%ecx),%eax"
    "MOVL ·V(SB), BX|6 8b1d00000000 mov 0x0,%ebx R_386_32 main.V|$thunk;6 8b9902000000 mov 0x2(%ecx),%ebx R_386_PC32 main.V|$thunk;$got;2 8b19 mov (%ecx),%ebx"
    "MOVL AX, ·V+4(SB)|6 890504000000 mov %eax,0x4 R_386_32 main.V|$thunk;6 898106000000 mov %eax,0x6(%ecx) R_386_PC32 main.V|$thunk;$got;3 894104 mov %eax,0x4(%ecx)"
    "ADDL \$1, ·V(SB)|7 83050000000001 addl \$0x1,0x0 R_386_32 main.V|$thunk;7 83810200000001 addl \$0x1,0x2(%ecx) R_386_PC32 main.V|$thunk;$got;3 830101 addl \$0x1,(%ecx)"
    "CMPL ·V(SB), \$7|7 833d0000000007 cmpl \$0x7,0x0 R_386_32 main.V|$thunk;7 83b90200000007 cmpl \$0x7,0x2(%ecx) R_386_PC32 main.V|$thunk;$got;3 833907 cmpl \$0x7,(%ecx)"
    "MOVL \$·V+8(SB), AX|5 b808000000 mov \$0x8,%eax R_386_32 main.V|$thunk;6 8d810a000000 lea 0xa(%ecx),%eax R_386_PC32 main.V|$thunk;6 8b8102000000 mov 0x2(%ecx),%eax R_386_GOTPC _GLOBAL_OFFSET_TABLE_ R_386_GOT32 main.V;3 8d4008 lea 0x8(%eax),%eax"
    "LEAL ·V+4(SB), DX|6 8d1504000000 lea 0x4,%edx R_386_32 main.V|$thunk;6 8d9106000000 lea 0x6(%ecx),%edx R_386_PC32 main.V|$thunk;6 8b9102000000 mov 0x2(%ecx),%edx R_386_GOTPC _GLOBAL_OFFSET_TABLE_ R_386_GOT32 main.V;3 8d5204 lea 0x4(%edx),%edx"
    "PUSHL \$·V(SB)|5 6800000000 push \$0x0 R_386_32 main.V|$thunk;6 8d8902000000 lea 0x2(%ecx),%ecx R_386_PC32 main.V;1 51 push %ecx|$thunk;$got;1 51 push %ecx"
    "MOVL \$·V(SB), 4(SP)|8 c744240400000000 movl \$0x0,0x4(%esp) R_386_32 main.V|$thunk;6 8d8902000000 lea 0x2(%ecx),%ecx R_386_PC32 main.V;4 894c2404 mov %ecx,0x4(%esp)|$thunk;$got;4 894c2404 mov %ecx,0x4(%esp)"
  )
  for c in "${cases[@]}"; do
    IFS='|' read -r src exe shared dynlink <<<"$c"
    # PUSHL needs its POPL: NOSPLIT $0 functions must balance.
    pop=''
    [[ $src == PUSHL* ]] && pop=$'\tPOPL AX'
    printf 'GLOBL ·V(SB), $16\nTEXT ·f(SB), 4, $0\n\t%s\n%s\n\tRET\n' "$src" "$pop" >g.s
    asm_modes g.s
    tail=$'\n''1 c3 ret'
    [[ -n $pop ]] && tail=$'\n''1 58 pop %eax'$tail
    expect_insns "$src [exe]" exe.o main.f "${exe//;/$'\n'}$tail"
    expect_insns "$src [-shared]" shared.o main.f "${shared//;/$'\n'}$tail"
    expect_insns "$src [-dynlink]" dynlink.o main.f "${dynlink//;/$'\n'}$tail"
    expect_insns "$src [bug]" bug.o main.f "${dynlink//;/$'\n'}$tail"
  done
}

@test "a global load is 6 bytes in exe (Go has no moffs form), 11 with -shared, 13 with -dynlink; one GOT entry per symbol" {
  printf '%s\n' 'GLOBL ·V(SB), $4' 'GLOBL ·W(SB), $4' 'TEXT ·f(SB), 4, $0' \
    '	MOVL ·V(SB), AX' '	MOVL ·V(SB), BX' '	MOVL ·W(SB), CX' '	RET' >len.s
  asm_modes len.s
  # bytes per mode for the three loads: AX, BX, CX
  local want=('exe|6 6 6' 'shared|11 11 11' 'dynlink|13 13 13' 'bug|13 13 13')
  for w in "${want[@]}"; do
    name=${w%%|*}
    run insns "$name.o" main.f
    # Split the listing after each load's last instruction: the one that
    # writes its destination, not a GOT entry load into CX.
    got=$(awk '{ n += $1 } / mov .*,%e(ax|bx|cx)/ && !/R_386_GOT32/ { printf "%s%d", sep, n; sep = " "; n = 0 }' <<<"$output")
    assert_equal "$name: $got" "$name: ${w#*|}"
  done
  # The GOT entries are the linker's: no slots of the object's own, and,
  # linked, one entry per symbol however many loads name it.
  run obj_relocs dynlink.o .data.rel.ro
  assert_failure
  run i686-linux-gnu-gcc -shared -nostdlib -Wl,-z,text -o len.so dynlink.o
  assert_success
  run "$READELF" -rW len.so
  assert_equal "$(grep -c 'R_386_GLOB_DAT .* main\.V$' <<<"$output")" 1
  assert_equal "$(grep -c 'R_386_GLOB_DAT .* main\.W$' <<<"$output")" 1
}

@test "progedit never rewrites its own instructions twice: one thunk and one GOTPC per dynlink CALL" {
  printf '%s\n' 'GLOBL ·V(SB), $4' 'TEXT ·f(SB), $0-0' \
    '	CALL ·a(SB)' '	CALL ·b(SB)' '	MOVL ·V(SB), AX' '	CALL runtime·deferreturn(SB)' '	RET' >twice.s
  asm_modes twice.s
  for name in dynlink bug; do
    run obj_relocs "$name.o" .text
    assert_success
    count() { grep -c " $1\$" <<<"$output" || true; }
    # 3 calls and the morestack call (a bare one with the bug), 1 data load,
    # the g load: thunks and GOTPCs 3+1+1+1 each (5 with the bug).
    assert_equal "$name PLT32: $(count 'R_386_PLT32 [a-z._]*')" "$name PLT32: 4"
    if [[ $name == dynlink ]]; then
      assert_equal "thunks: $(count 'R_386_PC32 __x86.get_pc_thunk.cx')" 'thunks: 6'
      assert_equal "GOTPC: $(count 'R_386_GOTPC _GLOBAL_OFFSET_TABLE_')" 'GOTPC: 6'
    else
      assert_equal "thunks: $(count 'R_386_PC32 __x86.get_pc_thunk.cx')" 'thunks: 5'
      assert_equal "GOTPC: $(count 'R_386_GOTPC _GLOBAL_OFFSET_TABLE_')" 'GOTPC: 5'
    fi
  done
  # In the listing: each CALL to a global once, each preceded by exactly one
  # thunk call and one LEAL of the GOT into BX.
  run "$PIC386" asm -dynlink -S -o twice.o twice.s
  assert_success
  calls=$(grep -E '^\s+[0-9]+ \(twice\.s:[0-9]+\)\s+(CALL|LEAL)\s' <<<"$output" | awk '{ print $3, $4 }')
  assert_equal "$calls" 'CALL __x86.get_pc_thunk.cx(SB)
LEAL _GLOBAL_OFFSET_TABLE_(CX),
CALL main.a(SB)
CALL __x86.get_pc_thunk.cx(SB)
LEAL _GLOBAL_OFFSET_TABLE_(CX),
CALL main.b(SB)
CALL __x86.get_pc_thunk.cx(SB)
CALL __x86.get_pc_thunk.cx(SB)
LEAL _GLOBAL_OFFSET_TABLE_(CX),
CALL runtime.deferreturn(SB)
CALL __x86.get_pc_thunk.cx(SB)
LEAL _GLOBAL_OFFSET_TABLE_(CX),
CALL runtime.morestack_noctxt(SB)'
}
