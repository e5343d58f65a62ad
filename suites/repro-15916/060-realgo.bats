#!/usr/bin/env bats
# The issue's own program against the real toolchain's build of it. Go at
# the seed commit and at its parent, built from source, linked libt1.so and
# triv1 externally (gcc -Wl,-z,relro -shared -Wl,-znow -Wl,-znocopyreloc);
# the pre-fix triv1 crashed natively with pc=0xfffe47e8, t1.F +0x52,
# main.main +0x23. The expected bytes below are that toolchain's, with every
# relocated field (a call's rel32, a GOT or GOTPC displacement) left open
# as `..`: what GNU ld decides from the layout. Every other byte -- opcodes,
# ModRM, immediates, the short branches, the cc padding -- must be Go's.

load ../helpers.repro-15916

setup_file() {
  r15916_setup_file fixed both
}

# The bytes of function SYM in FILE, by its symbol's size, one lowercase
# hex string.
sym_hex() {
  "$OBJDUMP" -d -z -w --disassemble="$2" -- "$1" | awk -v want="<$2>:" -F'\t' '
    /^[0-9a-f]+ </ { inside = (index($0, want) > 0); next }
    inside && /^ *[0-9a-f]+:\t/ { gsub(/ /, "", $2); hex = hex $2 }
    END { print hex }'
}

# The bytes from function SYM in FILE to the next function: its padding
# included, what Go's symbol size covered (t1.F: 128 bytes).
span_hex() {
  local addr next a
  addr=$("$READELF" -sW -- "$1" | awk -v s="$2" '$4 == "FUNC" && $8 == s { print $2; exit }')
  [[ -n $addr ]] || return
  while read -r a; do
    if ((16#$a > 16#$addr)) && { [[ -z ${next-} ]] || ((16#$a < 16#$next)); }; then next=$a; fi
  done < <("$READELF" -sW -- "$1" | awk '$4 == "FUNC" && $7 ~ /^[0-9]+$/ { print $2 }')
  [[ -n ${next-} ]] || return
  "$OBJDUMP" -d -z -w --start-address=0x"$addr" --stop-address=0x"$next" -- "$1" |
    awk -F'\t' '/^ *[0-9a-f]+:\t/ { gsub(/ /, "", $2); hex = hex $2 } END { print hex }'
}

# Go's bytes, from the real toolchain's libt1.so and triv1.
declare -gA GO=(
  [both t1.F]=e8........8b89........658b093b6108765883ec08c7042400000000e8........8b81........89442404e8........8d99........e8........83f800751590e8........8d99........e8........83c408c390e8........8d99........e8........83c408c3e8........eb8ecccccccccccccccccccccccccccc
  [both t1.F.func1]=e8........8b89........658b093b61087601c3e8........ebe5cccccccccc
  [both main.main]=e8........8b89........658b093b61087611e8........8d99........e8........c3e8........ebd5cccccccccc
  [fixed t1.F]=e8........8b89........658b093b6108765883ec08c7042400000000e8........8b81........89442404e8........8d99........e8........83f800751590e8........8d99........e8........83c408c390e8........8d99........e8........83c408c3e8........8d99........e8........eb83cccccc
  [fixed t1.F.func1]=e8........8b89........658b093b61087601c3e8........8d99........e8........ebdacccccccccccccccccccc
  [fixed main.main]=e8........8b89........658b093b61087611e8........8d99........e8........c3e8........8d99........e8........ebcacccccccccccccccccccc
  # Go's linker's: the 4-byte thunk, its zeros, and the module's registration
  [thunk]=8b0c24c3000000000000000000000000
  [go.link.addmoduledata]=53e8........8d81........8d99........e8........5bc3
)

@test "realgo: t1.F, t1.F.func1 and main.main, pre-fix and fixed, are Go's bytes but for relocated fields" {
  local variant sym file dir hex
  for variant in both fixed; do
    dir=$(dirname "$(r15916_bin "$R15916_OUT" triv1 "$variant" shared)")
    for sym in t1.F t1.F.func1 main.main; do
      file=$dir/libt1.so
      [[ $sym == main.main ]] && file=$dir/triv1
      hex=$(span_hex "$file" "$sym")
      [[ $hex =~ ^${GO[$variant $sym]}$ ]] ||
        fail "$variant $sym: $hex"$'\n'"want ${GO[$variant $sym]}"
    done
    # t1.F has Go's two return paths after `jne` (75 15), and the pre-fix
    # func1 is Go's 27 bytes of code
    hex=$(sym_hex "$dir/libt1.so" t1.F)
    [[ $hex == *83f8007515* ]]
    # the module's last code: Go's linker's thunk (with its zeros) and
    # go.link.addmoduledata, in that order, after the functions
    assert_equal "$(span_hex "$dir/libt1.so" __x86.get_pc_thunk.cx)" "${GO[thunk]}"
    run "$READELF" -sW "$dir/libt1.so"
    local order
    order=$(awk '$4 == "FUNC" && $8 ~ /^(t1\.F|t1\.F\.func1|__x86\.get_pc_thunk\.cx|go\.link\.addmoduledata)$/ { print $2, $8 }' <<<"$output" | sort -u | awk '{ print $2 }' | paste -sd ' ')
    assert_equal "$order" "t1.F t1.F.func1 __x86.get_pc_thunk.cx go.link.addmoduledata"
    hex=$(sym_hex "$dir/libt1.so" go.link.addmoduledata)
    [[ $hex =~ ^${GO[go.link.addmoduledata]}$ ]] || fail "go.link.addmoduledata: $hex"
  done
}

@test "realgo: libt1.so calls through its PLT what Go's did, no more, and is BIND_NOW as Go's" {
  local dir
  dir=$(dirname "$(r15916_bin "$R15916_OUT" triv1 both shared)")
  run r15916_plt "$dir/libt1.so"
  assert_success
  # the names; their order is GNU ld's (the next test)
  assert_equal "$(awk '{ print $2 }' <<<"$output" | sort | paste -sd ' ')" \
    "runtime.addmoduledata runtime.deferproc runtime.deferreturn runtime.morestack_noctxt"
  assert_equal "$(awk '{ print $1 }' <<<"$output" | paste -sd ' ')" "0xc 0x10 0x14 0x18"
  run "$READELF" -dW "$dir/libt1.so"
  assert_line --regexp '\(FLAGS\) +BIND_NOW STATIC_TLS$'
}

@test "realgo: the PLT order is the link's: against a library defining the runtime's four among 70,120 symbols, as Go's libstd.so did, pic386's own objects crash at Go's pc" {
  # GNU ld numbers PLT entries in the order of its symbol hash table's
  # buckets; the table grows with the symbols of the libraries the link
  # resolves against. Go's libt1.so got runtime.* from libstd.so (70,120
  # dynamic symbols: 131,071 buckets); pic386's gets them from libruntime.so
  # (4,051 buckets). Relink pic386's unchanged libt1 objects as Go's link
  # resolved them: the stand-in libstd.so defines the four and 70,116 more.
  local w=$BATS_TEST_TMPDIR/w cmd std=$BATS_TEST_TMPDIR/std i
  mkdir -p "$w" "$std"
  PIC386_CACHE=$BATS_TEST_TMPDIR/cache PIC386PATH=$R15916_DIR "$PIC386" build -x -work \
    -linkshared -bug=15916 -o "$w/triv1" triv1 2>"$BATS_TEST_TMPDIR/log" || fail "$(cat "$BATS_TEST_TMPDIR/log")"
  cmd=$(grep -E '^i686-linux-gnu-gcc .* -o [^ ]*/t1/libt1\.so ' "$BATS_TEST_TMPDIR/log")
  [[ -n $cmd ]] || fail "no link of libt1.so in: $(cat "$BATS_TEST_TMPDIR/log")"
  {
    printf '\t.text\n'
    for s in runtime.addmoduledata runtime.deferproc runtime.deferreturn runtime.morestack_noctxt; do
      printf '\t.globl %s\n\t.type %s, @function\n%s:\n' "$s" "$s" "$s"
    done
    for ((i = 0; i < 70116; i++)); do printf '\t.globl std%d\nstd%d:\n' "$i" "$i"; done
    printf '\tret\n\t.section .note.GNU-stack,"",@progbits\n'
  } >"$std/std.s"
  i686-linux-gnu-as --32 -o "$std/std.o" "$std/std.s"
  i686-linux-gnu-gcc -shared -Wl,-soname,libstd.so -o "$std/libstd.so" "$std/std.o"
  # the same command, the stand-in first: it resolves the four
  read -ra argv <<<"${cmd/ -lruntime / -L$std -lstd -lruntime }"
  "${argv[@]}"
  local lib
  lib=$(sed -n 's/.* -o \([^ ]*\/t1\/libt1\.so\) .*/\1/p' <<<"$cmd")
  run r15916_plt "$lib"
  assert_equal "$(paste -sd ' ' <<<"$output")" \
    "0xc runtime.addmoduledata 0x10 runtime.deferproc 0x14 runtime.deferreturn 0x18 runtime.morestack_noctxt"
  # at run time the stand-in is empty: the runtime is pic386's
  cp "$lib" "$w/libt1.so"
  printf '\t.section .note.GNU-stack,"",@progbits\n' >"$std/empty.s"
  i686-linux-gnu-as --32 -o "$std/empty.o" "$std/empty.s"
  i686-linux-gnu-gcc -shared -Wl,-soname,libstd.so -o "$w/libstd.so" "$std/empty.o"
  s_run "$w/triv1"
  assert_equal "$status" 2
  # shellcheck disable=SC2154 # s_run sets stderr
  [[ $stderr == *"[signal SIGSEGV: segmentation violation code=0x"[12]" addr=0xfffe47e8 pc=0xfffe47e8]"* ]] ||
    fail "not Go's pc: $stderr"
  local frames
  frames=$(sed -n '/^goroutine 1 \[running\]:$/,$p' <<<"$stderr" | sed 's|^\t.*/|\t|')
  assert_equal "$frames" "goroutine 1 [running]:"$'\nt1.F()\n\tlibt1.so +0x52\nmain.main()\n\ttriv1 +0x23'

  rm -rf "${w:?}" "$(sed -n 's/^WORK=//p' "$BATS_TEST_TMPDIR/log")"
}
