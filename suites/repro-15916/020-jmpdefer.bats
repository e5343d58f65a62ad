#!/usr/bin/env bats
# Bug 2 of issue 15916 alone (-bug=15916-jmpdefer: libruntime.so assembled
# without GOBUILDMODE_shared, so jmpdefer rewinds 5 bytes, not 16): depBase.F's
# deferred closure returns onto `call runtime.deferreturn@plt` with EBX = its
# own address, and libdepBase.so's PIC PLT entry jumps to the word of code at
# depBase.F.func1 + deferreturn's GOT slot offset. Only programs whose
# deferreturn calls are in a shared library crash; the table (matrix.bash)
# says which, and at what pc.

# shellcheck disable=SC2154 # bats' run sets output and lines

load ../helpers.repro-15916

setup_file() {
  r15916_setup_file jmpdefer
}

@test "jmpdefer: every static build runs as the fixed one: 5-byte calls, 5-byte rewind" {
  r15916_cells jmpdefer static
}

@test "jmpdefer: -linkshared, exe crashes in depBase.F's defer at the pc libdepBase.so dictates; the others run" {
  r15916_cells jmpdefer shared
}

@test "jmpdefer: -linkshared with LD_BIND_NOW=1, the same: the bug is not in lazy binding" {
  r15916_cells jmpdefer shared now
}

@test "jmpdefer: the report is Go's: a fault at the pc, exit status 2, the traceback in depBase.F called by main.main" {
  r15916_cell exe jmpdefer shared "$PIC386_RUNNER" || fail "$CELL: $JUDGE"
  local h
  run --keep-empty-lines cat "$CELL_OUT"
  r15916_assert_report_head
  h=$R15916_H
  assert_line --index $((h + 1)) ""
  assert_line --index $((h + 2)) "goroutine 1 [running]:"
  assert_line --index $((h + 3)) "depBase.F(0x1)"
  # Go's compiler gives F two deferreturn calls (two return paths, as t1.F);
  # the normal return, F's first, is the one the deferred closure comes back to
  local rets
  read -ra rets <<<"$PRED_RETS"
  assert_equal "${#rets[@]}" 2
  assert_line --index $((h + 4)) --regexp $'^\t/.*/libdepBase\\.so \\+'"${rets[0]}"'$'
  assert_line --index $((h + 5)) "main.main()"
  assert_line --index $((h + 6)) --regexp $'^\t/.*/exe \\+0x[0-9a-f]+$'
  assert_equal "$(wc -l <"$CELL_OUT")" $((h + 7))
}

@test "jmpdefer: the issue's own program crashes in t1.F at +0x52 called from main.main at +0x23, the offsets of Go 1.6's report" {
  # Go 1.6's report: t1.F() ... +0x52, main.main() ... +0x23. The offsets are
  # return addresses, so they hold only if F and main are laid out byte for
  # byte as Go's toolchain laid them out (14-byte g load, 11-byte GOT load,
  # 16-byte calls); the pc is the word the layout of libt1.so dictates.
  r15916_cell triv1 jmpdefer shared "$PIC386_RUNNER" || fail "$CELL: $JUDGE"
  run --keep-empty-lines cat "$CELL_OUT"
  r15916_assert_report_head
  assert_line "t1.F()"
  assert_line --regexp $'^\t/.*/libt1\\.so \\+0x52$'
  assert_line "main.main()"
  assert_line --regexp $'^\t/.*/triv1 \\+0x23$'
  assert_equal "$(tail -n 4 "$CELL_OUT" | head -n 1)" "t1.F()"
}

@test "jmpdefer: the predicted pc, step by step: PLT entry, the closure's address, the word in the file" {
  local dir lib slot fn word
  dir=$(dirname "$(r15916_bin "$R15916_OUT" exe jmpdefer shared)")
  lib=$dir/libdepBase.so
  # libruntime.so: the 5-byte rewind
  run r15916_insns "$dir/libruntime.so" runtime.jmpdefer
  assert_line --regexp $'\t83 2c 24 05\tsubl \\$0x5,\\(%esp\\)$'
  # the call site it rewinds to is the same 16-byte sequence as when fixed:
  # the rewind lands on its last 5 bytes, the call itself
  run r15916_deferreturn_site "$lib" depBase.F
  assert_output --partial "5 call __x86.get_pc_thunk.cx|6 lea|5 call runtime.deferreturn@plt|"
  # the PIC PLT entry reads its target at EBX + slot
  slot=$("$OBJDUMP" -d -j .plt "$lib" | grep -A1 '<runtime.deferreturn@plt>:' |
    sed -n 's/.*jmp *\*\(0x[0-9a-f]*\)(%ebx)$/\1/p')
  [[ -n $slot ]] || fail "no PIC PLT entry for deferreturn in $lib"
  # EBX = depBase.F.func1 (jmpdefer: MOVL 0(DX), BX; JMP BX), which does
  # not change EBX on its way to the ret: its prologue loads g through CX
  fn=$("$READELF" -sW "$lib" | awk '$8 == "depBase.F.func1" { print $2; exit }')
  run bash -c 'source "$1" && r15916_insns "$2" depBase.F.func1 | sed "/\tret\$/q"' _ \
    "$R15916_DIR/matrix.bash" "$lib"
  assert_success
  assert_line --regexp $'\tret$'
  refute_line --regexp ',%ebx$'
  # the word there, read with objdump this time (r15916_predict uses od)
  word=$("$OBJDUMP" -s --start-address=$((0x$fn + slot)) --stop-address=$((0x$fn + slot + 4)) -j .text "$lib" |
    awk '/^ [0-9a-f]+ / { print $2; exit }')
  [[ $word =~ ^[0-9a-f]{8}$ ]] || fail "cannot read 4 bytes at depBase.F.func1+$slot"
  r15916_cell exe jmpdefer shared "$PIC386_RUNNER" || fail "$CELL: $JUDGE"
  assert_equal "$CELL_PC" "$(printf '0x%x' "0x${word:6:2}${word:4:2}${word:2:2}${word:0:2}")"
  echo "pc $CELL_PC = the word at depBase.F.func1 (0x$fn) + $slot"
}

@test "jmpdefer: deterministic: qemu-i386 and native, lazy and LD_BIND_NOW, every run the same report" {
  local runners=(qemu) runner now first="" out
  s_host_runs_i386 && runners+=(native)
  for runner in "${runners[@]}"; do
    for now in "" now ""; do
      r15916_cell exe jmpdefer shared "$runner" "$now" || fail "$runner $now: $CELL: $JUDGE"
      # the same but for the signal's code: 0x2 natively when the randomly
      # placed heap covers the pc (r15916_judge)
      out=$(sed 's/ code=0x[12] / code=0x? /' "$CELL_OUT")
      [[ -n $first ]] || first=$out
      assert_equal "$out" "$first"
    done
  done
}
