#!/usr/bin/env bats
# The objects at the ELF level: what the linker and the dynamic linker will
# see. Shared objects are linked with the cross gcc, -nostdlib, so that only
# pic386's code is in them.

# shellcheck disable=SC2016,SC2154 # assembly is full of $; bats' run sets stderr

load ../helpers

RUNTIME=$BATS_TEST_DIRNAME/../../runtime
CC=i686-linux-gnu-gcc

setup() {
  setup_tmp
}

# A package as a runtime library would hold it: data, calls to globals and
# to a file-local function, a DUPOK function, a split check (so a morestack
# call), and the g load.
write_pkg() {
  cat >"$1" <<'EOF'
#include "textflag.h"
DATA ·V+0(SB)/4, $1
GLOBL ·V(SB), $4
TEXT ·f(SB), $16-8
	MOVL	·V(SB), AX
	MOVL	$·V+4(SB), BX
	PUSHL	$·V(SB)
	POPL	CX
	MOVL	AX, ·V(SB)
	CALL	·g(SB)
	CALL	·x<>(SB)
	RET
TEXT ·x<>(SB), NOSPLIT, $0
	RET
TEXT ·d(SB), DUPOK|NOSPLIT, $0-4
	RET
EOF
}

# so_link OUT OBJ...: a shared object that must not need text relocations.
so_link() {
  local out=$1
  shift
  run "$CC" -shared -nostdlib -Wl,-z,text -o "$out" "$@"
}

@test "-dynlink objects link into a shared object with -z text: no DT_TEXTREL" {
  write_pkg a.s
  sed -e 's/·f(SB)/·f2(SB)/' -e 's/·V/·W/g' a.s >b.s
  asm_ok -I "$RUNTIME" -dynlink -o a.o a.s
  asm_ok -I "$RUNTIME" -dynlink -o b.o b.s
  so_link lib.so a.o b.o
  assert_success
  run "$READELF" -dW lib.so
  assert_success
  refute_output --partial TEXTREL
  refute_line --regexp 'FLAGS.*TEXTREL'
  # The control: the same code in exe mode needs them, and -z text says so.
  asm_ok -I "$RUNTIME" -o e.o a.s
  so_link libe.so e.o
  assert_failure
  assert_output --partial 'read-only segment has dynamic relocations'
}

@test "a -dynlink shared object's code has no dynamic relocation at all; data goes through the GOT" {
  write_pkg a.s
  asm_ok -I "$RUNTIME" -dynlink -o a.o a.s
  so_link lib.so a.o
  assert_success
  run "$READELF" -rW lib.so
  # main.V's GOT entry, the TLS offset of g, and the PLT slots of the
  # calls; none into .text.
  assert_line --regexp 'R_386_GLOB_DAT +[0-9a-f]+ +main\.V'
  assert_line --regexp 'R_386_TLS_TPOFF +[0-9a-f]+ +runtime\.tlsg'
  assert_line --regexp 'R_386_JUMP_SLOT +[0-9a-f]+ +main\.g'
  assert_line --regexp 'R_386_JUMP_SLOT +[0-9a-f]+ +runtime\.morestack_noctxt'
  text=$("$READELF" -SW lib.so | awk '$2 == ".text" { print $4, $6 }')
  read -r start size <<<"$text"
  while read -r off _; do
    [[ $off =~ ^[0-9a-f]{8}$ ]] || continue
    if ((16#$off >= 16#$start && 16#$off < 16#$start + 16#$size)); then
      fail "a dynamic relocation in .text at $off"
    fi
  done <<<"$output"
}

@test "the -shared g load, linked: thunk return address + displacement = g's GOT slot; relaxed to local-exec where the executable defines g" {
  # Two relocations share the load's 32-bit field (R_386_GOTPC and
  # R_386_TLS_GOTIE); only their sum, applied by ld, makes the slot's address.
  printf '%s\n' '#include "textflag.h"' '#include "go_tls.h"' 'TEXT ·f(SB), NOSPLIT, $0' \
    '	get_tls(CX)' '	MOVL	g(CX), AX' '	RET' >f.s
  printf '%s\n' '#include "textflag.h"' 'GLOBL runtime·tlsg(SB), TLSBSS, $4' >g.s
  asm_ok -I "$RUNTIME" -shared -o f.o f.s
  asm_ok -I "$RUNTIME" -o g.o g.s
  so_link lib.so f.o g.o
  assert_success
  local slot addr disp
  slot=$("$READELF" -rW lib.so | awk '$3 == "R_386_TLS_TPOFF" && $5 == "runtime.tlsg" { print $1 }')
  [[ $slot =~ ^[0-9a-f]{8}$ ]] || fail "no TPOFF slot for runtime.tlsg: $slot"
  run "$OBJDUMP" -d --disassemble=main.f lib.so
  assert_success
  # the second instruction: <addr>: 8b 89 <disp32>  mov 0x...(%ecx),%ecx
  read -r addr disp < <(awk -F'\t' '$2 ~ /^8b 89 / { a = $1; sub(/:$/, "", a); gsub(/ /, "", a)
    split($2, b, " "); print a, b[6] b[5] b[4] b[3]; exit }' <<<"$output")
  [[ -n $disp ]] || fail "no 8b 89 load in main.f: $output"
  assert_equal "$(printf '%08x' $(((16#$addr + 16#$disp) & 0xffffffff)))" "$slot"
  assert_line --regexp $'\t65 8b 01 +\tmov +%gs:\\(%ecx\\),%eax$'
  # An executable that defines g: GNU ld relaxes the load to local-exec and
  # writes the whole field, g's offset from the thread pointer.
  run i686-linux-gnu-ld -e main.f -o a.out f.o g.o
  assert_success
  run "$OBJDUMP" -d --disassemble=main.f a.out
  assert_line --regexp $'\tc7 c1 fc ff ff ff +\tmov +\\$0xfffffffc,%ecx$'
}

@test "a -dynlink data load, linked: thunk return address + displacement = the symbol's GOT entry, in a library and in an executable" {
  printf '%s\n' 'TEXT ·f(SB), 4, $0' '	MOVL ·V(SB), AX' '	RET' >f.s
  printf '%s\n' 'DATA ·V+0(SB)/4, $7' 'GLOBL ·V(SB), $4' 'TEXT ·start(SB), 4, $0' '	RET' >v.s
  asm_ok -I "$RUNTIME" -dynlink -o f.o f.s
  asm_ok -I "$RUNTIME" -dynlink -o v.o v.s
  so_link libv.so v.o
  assert_success
  local out entry addr disp
  for out in lib.so a.out; do
    if [[ $out == lib.so ]]; then
      so_link lib.so f.o v.o
    else
      # main.V comes from libv.so: the executable's GOT entry is filled at load
      run "$CC" -nostdlib -no-pie -Wl,-e,main.f -o a.out f.o libv.so
    fi
    assert_success
    entry=$("$READELF" -rW "$out" | awk '$3 == "R_386_GLOB_DAT" && $5 == "main.V" { print $1 }')
    [[ $entry =~ ^[0-9a-f]{8}$ ]] || fail "$out: no GLOB_DAT entry for main.V: $entry"
    run "$OBJDUMP" -d --disassemble=main.f "$out"
    read -r addr disp < <(awk -F'\t' '$2 ~ /^8b 89 / { a = $1; sub(/:$/, "", a); gsub(/ /, "", a)
      split($2, b, " "); print a, b[6] b[5] b[4] b[3]; exit }' <<<"$output")
    [[ -n $disp ]] || fail "$out: no 8b 89 load in main.f: $output"
    assert_equal "$out: $(printf '%08x' $(((16#$addr + 16#$disp) & 0xffffffff)))" "$out: $entry"
  done
}

@test "functions are 16-byte aligned and padded with cc (INT \$3) up to the next, as Go's assembler padded them; the thunk with zeros, as Go's linker" {
  # A jump through a word of code (the PIC PLT with a wrong EBX, issue
  # 15916) can read these bytes. Go's span6 padded every function with cc
  # ("to catch invalid jumps"); its linker laid the 4-byte thunk it
  # generated out with zeros after it.
  printf '%s\n' 'TEXT ·a(SB), 4, $0' '	RET' 'TEXT ·b(SB), 4, $0' '	MOVL $1, AX' '	RET' \
    'TEXT ·c(SB), $0-0' '	RET' 'TEXT ·d(SB), 4, $0' '	RET' >pad.s
  local mode off tsize addr size name end gap ngaps
  for mode in '' -shared -dynlink; do
    asm_ok -I "$RUNTIME" $mode -o pad.o pad.s
    read -r off tsize < <("$READELF" -SW pad.o | sed -n 's/^ *\[ *[0-9]*\] //p' | awk '$1 == ".text" { print $4, $5 }')
    end="" ngaps=0
    while read -r addr size name; do
      ((16#$addr % 16 == 0)) || fail "$mode: $name at 0x$addr"
      if [[ -n $end ]] && ((end < 16#$addr)); then
        gap=$(od -An -tx1 -v -j $((16#$off + end)) -N $((16#$addr - end)) pad.o | tr -d ' \n')
        assert_regex "$mode: before $name: $gap" ': (cc)+$'
        ngaps=$((ngaps + 1))
      fi
      end=$((16#$addr + size))
    done < <("$READELF" -sW pad.o | awk '$4 == "FUNC" && $8 ~ /^main\./ { print $2, $3, $8 }' | sort)
    assert_equal "$mode: $ngaps" "$mode: 3"
    # and after the last one, to a 16-byte end: GNU ld would fill a gap
    # before the next object's code with NOPs
    ((16#$tsize % 16 == 0)) || fail "$mode: .text is 0x$tsize bytes"
    gap=$(od -An -tx1 -v -j $((16#$off + end)) -N $((16#$tsize - end)) pad.o | tr -d ' \n')
    assert_regex "$mode: after the last: $gap" ': (cc)+$'
  done
  # c has a stack check in -shared: the thunk is there, 8b 0c 24 c3, then zeros
  asm_ok -I "$RUNTIME" -shared -o pad.o pad.s
  run sec_hex pad.o .text.__x86.get_pc_thunk.cx
  assert_output "8b0c24c3$(printf '00%.0s' {1..12})"
}

@test ".note.GNU-stack is there and not executable; the linked stack is RW" {
  printf '%s\n' 'TEXT ·f(SB), 4, $0' '	RET' >f.s
  for mode in '' -shared -dynlink; do
    asm_ok $mode -o f.o f.s
    run "$READELF" -SW f.o
    assert_line --regexp '\] \.note\.GNU-stack +PROGBITS +0+ [0-9a-f]+ 0+ 00 +0 +0 +1$'
  done
  so_link lib.so f.o
  assert_success
  run "$READELF" -lW lib.so
  assert_line --regexp '^ +GNU_STACK .* RW +0x'
}

@test "__x86.get_pc_thunk.cx is a hidden function in a COMDAT group; linked twice, kept once" {
  write_pkg a.s
  sed -e 's/·f(SB)/·f2(SB)/' -e 's/·V/·W/g' a.s >b.s
  asm_ok -I "$RUNTIME" -dynlink -o a.o a.s
  asm_ok -I "$RUNTIME" -dynlink -o b.o b.s
  run "$READELF" -sW a.o
  assert_line --regexp ' 4 FUNC +GLOBAL +HIDDEN +[0-9]+ __x86\.get_pc_thunk\.cx$'
  run "$READELF" -gW a.o
  assert_output --partial "COMDAT group section [    2] \`.group' [__x86.get_pc_thunk.cx] contains 1 sections:"
  assert_line --regexp '^ +\[ *[0-9]+\] +\.text\.__x86\.get_pc_thunk\.cx$'
  assert_equal "$(obj_bytes a.o __x86.get_pc_thunk.cx)" 8b0c24c3   # movl (%esp), %ecx; ret
  so_link lib.so a.o b.o
  assert_success
  run "$READELF" -sW lib.so
  assert_equal "$(grep -c ' __x86\.get_pc_thunk\.cx$' <<<"$output")" 1   # .symtab only, local now
  assert_line --regexp ' FUNC +LOCAL +DEFAULT +[0-9]+ __x86\.get_pc_thunk\.cx$'
  # An exe-mode object calls no thunk and has none.
  asm_ok -I "$RUNTIME" -o e.o a.s
  run "$READELF" -sW e.o
  refute_output --partial get_pc_thunk
}

@test "x<> symbols are LOCAL; two objects defining ·x<> link, each calling its own" {
  write_pkg a.s
  sed -e 's/·f(SB)/·f2(SB)/' -e 's/·V/·W/g' -e 's/^	RET$/	NOP\n	RET/' a.s >b.s
  asm_ok -I "$RUNTIME" -o a.o a.s
  asm_ok -I "$RUNTIME" -o b.o b.s
  run "$READELF" -sW a.o
  assert_line --regexp ' 1 FUNC +LOCAL +DEFAULT +[0-9]+ main\.x<>$'
  # Not through the PLT even under -dynlink, and resolved by GNU as already.
  asm_ok -I "$RUNTIME" -dynlink -o ad.o a.s
  run obj_relocs ad.o .text
  refute_output --partial 'x<>'
  so_link lib.so ad.o b.o
  assert_failure   # b.o is exe mode: text relocations; -dynlink both
  asm_ok -I "$RUNTIME" -dynlink -o bd.o b.s
  so_link lib.so ad.o bd.o
  assert_success
  run "$READELF" -sW lib.so
  mapfile -t xs < <(awk '$8 == "main.x<>" && $5 == "LOCAL" { print $2 }' <<<"$output")
  assert_equal "${#xs[@]}" 2
  [[ ${xs[0]} != "${xs[1]}" ]] || fail "one main.x<> for both objects"
  # main.f calls the first copy, main.f2 the second.
  for pair in "main.f ${xs[0]}" "main.f2 ${xs[1]}"; do
    read -r fn want <<<"$pair"
    run "$OBJDUMP" -d --disassemble="$fn" lib.so
    assert_line --regexp "call +$(printf %x $((16#$want))) <main\\.x<>>"
  done
}

@test "DUPOK TEXT and GLOBL are COMDAT: two definitions link; without DUPOK they clash" {
  printf '%s\n' '#include "textflag.h"' 'DATA ·v+0(SB)/4, $5' 'GLOBL ·v(SB), DUPOK, $4' \
    'TEXT ·d(SB), DUPOK|NOSPLIT, $0' '	RET' >dup.s
  sed 's/DUPOK|//; s/DUPOK, //' dup.s >plain.s
  asm_ok -I "$RUNTIME" -dynlink -o dup.o dup.s
  run "$READELF" -gW dup.o
  assert_output --partial "[main.v] contains 1 sections:"
  assert_output --partial "[main.d] contains 3 sections:"
  assert_line --regexp '\] +\.data\.main\.v$'
  assert_line --regexp '\] +\.text\.main\.d$'
  assert_line --regexp '\] +pic386_functab$'
  cp dup.o dup2.o
  so_link lib.so dup.o dup2.o
  assert_success
  run "$READELF" -sW lib.so
  assert_equal "$(awk '$8 == "main.d" && $4 == "FUNC"' <<<"$output" | wc -l)" 2   # .dynsym, .symtab
  asm_ok -I "$RUNTIME" -dynlink -o plain.o plain.s
  cp plain.o plain2.o
  so_link lib2.so plain.o plain2.o
  assert_failure
  assert_output --partial 'multiple definition of `main.d'"'"
  assert_output --partial 'multiple definition of `main.v'"'"
}

@test "GLOBL flags choose the section: .data, .rodata, .bss, .tbss; RODATA with an address under -shared, .data.rel.ro" {
  # symbol|GLOBL flags and DATA lines|exe section|-shared section
  local cases=(
    'plain|GLOBL ·s(SB), $4;DATA ·s+0(SB)/4, $1|.data|.data'
    'noptr|GLOBL ·s(SB), NOPTR, $4;DATA ·s+0(SB)/4, $1|.data|.data'
    'zero|GLOBL ·s(SB), $4|.bss|.bss'
    'zero-noptr|GLOBL ·s(SB), NOPTR, $16|.bss|.bss'
    'rodata|GLOBL ·s(SB), RODATA, $4;DATA ·s+0(SB)/4, $1|.rodata|.rodata'
    'rodata-zero|GLOBL ·s(SB), RODATA, $8|.rodata|.rodata'
    'rodata-address|GLOBL ·s(SB), RODATA, $4;DATA ·s+0(SB)/4, $·t(SB)|.rodata|.data.rel.ro'
    'tls|GLOBL ·s(SB), TLSBSS, $4|.tbss|.tbss'
    'tls-noptr|GLOBL ·s(SB), NOPTR+TLSBSS, $8|.tbss|.tbss'
  )
  for c in "${cases[@]}"; do
    IFS='|' read -r name src exe shared <<<"$c"
    { echo '#include "textflag.h"'; tr ';' '\n' <<<"$src"; } >d.s
    for mode in exe shared; do
      flags=()
      want=$exe
      if [[ $mode == shared ]]; then flags=(-shared); want=$shared; fi
      asm_ok -I "$RUNTIME" "${flags[@]}" -o d.o d.s
      ndx=$("$READELF" -sW d.o | awk '$8 == "main.s" { print $7 }')
      got=$("$READELF" -SW d.o | sed -n "s/^ *\\[ *$ndx\\] \\([^ ]*\\) .*/\\1/p")
      assert_equal "$name [$mode]: $got" "$name [$mode]: $want"
    done
  done
  # The flags of those sections: read-only data is not writable.
  printf '%s\n' '#include "textflag.h"' 'GLOBL ·r(SB), RODATA, $8' 'GLOBL ·t(SB), TLSBSS, $4' >f.s
  asm_ok -I "$RUNTIME" -o f.o f.s
  run "$READELF" -SW f.o
  assert_line --regexp '\] \.rodata +PROGBITS +0+ [0-9a-f]+ 0+8 00 +A +0 +0 +8$'
  assert_line --regexp '\] \.tbss +NOBITS +0+ [0-9a-f]+ 0+4 00 WAT +0 +0 +4$'
  run "$READELF" -sW f.o
  assert_line --regexp ' 4 TLS +GLOBAL +DEFAULT +[0-9]+ main\.t$'
}

@test "DATA contents exact: sizes, strings, addresses, gaps zeroed, any order" {
  printf '%s\n' \
    'DATA ·d+12(SB)/4, $·d+4(SB)' \
    'DATA ·d+0(SB)/1, $0x11' \
    'DATA ·d+2(SB)/2, $0x2233' \
    'DATA ·d+4(SB)/4, $-2' \
    'DATA ·d+16(SB)/8, $0x0102030405060708' \
    'DATA ·d+24(SB)/8, $"ab\x00c\n"' \
    "DATA ·d+32(SB)/1, \$'z'" \
    'GLOBL ·d(SB), $40' >d.s
  asm_ok -o d.o d.s
  # 11, a zero gap, 3322 little-endian, -2, the gap, d+4's addend in place
  # (the relocation supplies d), the quad, the string zero-padded, 'z', zeros.
  assert_equal "$(sec_hex d.o .data)" \
    "$(printf '%s' 11003322 feffffff 00000000 04000000 0807060504030201 616200630a000000 7a00000000000000)"
  run obj_relocs d.o .data
  assert_output '0000000c R_386_32 main.d'
  run "$READELF" -sW d.o
  assert_line --regexp '0+ +40 OBJECT +GLOBAL +DEFAULT +[0-9]+ main\.d$'
}

# functab_decode SO: the function table of a linked object, one line per
# entry: "ENTRY END NAME FRAME ARGS FLAGS" with addresses in hex. Every
# address field is relative to itself, so each is resolved against the
# address the field itself lies at.
functab_decode() {
  local so=$1 addr off size
  read -r addr off size < <("$READELF" -SW "$so" | awk '$2 == "pic386_functab" { print $4, $5, $6 }')
  [[ -n $addr ]] || { echo "functab_decode: no pic386_functab in $so" >&2; return 1; }
  ((16#$size % 24 == 0)) || { echo "functab_decode: size $size is not a multiple of 24" >&2; return 1; }
  local -a v
  read -ra v < <(od -An -v -t d4 -j $((16#$off)) -N $((16#$size)) "$so" | tr -s ' \n' '  ')
  local i base name_at
  for ((i = 0; i < ${#v[@]} / 6; i++)); do
    base=$((16#$addr + 24 * i))
    name_at=$((base + 8 + v[6 * i + 2]))
    printf '%x %x %s %d %d %d\n' $((base + v[6 * i])) $((base + 4 + v[6 * i + 1])) \
      "$(vaddr_string "$so" "$name_at")" "${v[6 * i + 3]}" "${v[6 * i + 4]}" "${v[6 * i + 5]}"
  done
}

# vaddr_string SO ADDR: the NUL-terminated string at virtual address ADDR.
vaddr_string() {
  local off
  off=$("$READELF" -lW "$1" | awk -v a="$2" '
    function hex(s,   v, i) { s = tolower(substr(s, 3)); for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return v }
    $1 == "LOAD" && a >= hex($3) && a < hex($3) + hex($5) { print a - hex($3) + hex($2); exit }')
  [[ -n $off ]] || { echo "?"; return; }
  tail -c +$((off + 1)) "$1" | head -c 256 | tr '\0' '\n' | head -n 1
}

@test "the function table: 24-byte self-relative entries that resolve, once linked, to each function" {
  write_pkg a.s
  sed -e 's/·f(SB)/·f2(SB)/' -e 's/·V/·W/g' -e 's/\$16-8/$4096-12/' a.s >b.s
  asm_ok -I "$RUNTIME" -dynlink -o a.o a.s
  asm_ok -I "$RUNTIME" -dynlink -o b.o b.s
  run "$READELF" -SW a.o
  assert_line --regexp '\] pic386_functab +PROGBITS +0+ [0-9a-f]+ 0+30 00 +A +0 +0 +4$'   # f, x<>
  assert_line --regexp '\] pic386_functab +PROGBITS +0+ [0-9a-f]+ 0+18 00 +AG +0 +0 +4$'  # d, in its group
  # Only self-relative relocations: nothing for the dynamic linker to do.
  run obj_relocs a.o pic386_functab
  refute_output --regexp 'R_386_(32|GOT|PLT)'
  so_link lib.so a.o b.o
  assert_success
  run functab_decode lib.so
  assert_success
  table=$output
  # The expected table, from the symbols: the entry is the function's
  # address, the end its address plus its size; then $frame, args, flags
  # (args -2147483648: not given; flags NOSPLIT 4, DUPOK|NOSPLIT 6).
  syms=$("$READELF" -sW lib.so | awk '/\.symtab/ { s = 1 } s && $4 == "FUNC" && $8 ~ /^main\./ { print $2, $3, $8 }')
  want=''
  while read -r value size name; do
    case $name in
    main.f) rest='16 8 0' ;;
    main.f2) rest='4096 12 0' ;;
    main.x\<\>) rest='0 -2147483648 4' ;;
    main.d) rest='0 4 6' ;;
    *) fail "unexpected function $name" ;;
    esac
    want+=$(printf '%x %x %s %s' $((16#$value)) $((16#$value + size)) "$name" "$rest")$'\n'
  done <<<"$syms"
  assert_equal "$(sort <<<"$table")" "$(sort <<<"${want%$'\n'}")"
  # Five entries: f, f2, the two x<>, and d once (its COMDAT copy dropped).
  assert_equal "$(wc -l <<<"$table")" 5
}
