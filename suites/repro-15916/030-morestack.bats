#!/usr/bin/env bats
# Bug 1 of issue 15916 alone (-bug=15916-morestack: the stack-split
# prologue's morestack call is left bare, EBX not loaded with the module's
# GOT). A library function entered with EBX = its own address -- by jmpdefer
# (deferedge) or by Go 1.7's closure call `MOVL 0(DX), BX; CALL BX`
# (closureedge) -- at a stack segment's edge calls morestack_noctxt through
# its library's PIC PLT, which jumps to the word at the function + the GOT
# slot's offset. Deterministic by construction: which call finds the stack
# short is fixed by the frame sizes (src/deferedge/main.s), and what EBX
# holds by the entry sequence.

# shellcheck disable=SC2154 # bats' run sets output and lines

load ../helpers.repro-15916

setup_file() {
  r15916_setup_file morestack fixed
}

@test "morestack: every static build runs: an executable's PLT ignores EBX" {
  r15916_cells morestack static
}

@test "morestack: -linkshared, deferedge and closureedge crash at their morestack call, at the pc libdepSplit.so dictates; exe runs" {
  r15916_cells morestack shared
}

@test "morestack: -linkshared with LD_BIND_NOW=1, the same" {
  r15916_cells morestack shared now
}

@test "morestack: the libraries' morestack calls are bare; fixed, each loads EBX with the GOT first" {
  local lib dir
  for lib in libdepSplit.so libdepBase.so; do
    dir=$(dirname "$(r15916_bin "$R15916_OUT" deferedge morestack shared)")
    [[ $lib == libdepBase.so ]] && dir=$(dirname "$(r15916_bin "$R15916_OUT" exe morestack shared)")
    run r15916_morestack_calls "$dir/$lib"
    assert_success
    assert [ "${#lines[@]}" -ge 2 ]
    refute_line --regexp ': pic$'
    run r15916_morestack_calls "${dir/\/morestack\//\/fixed\/}/$lib"
    assert_success
    assert [ "${#lines[@]}" -ge 2 ]
    refute_line --regexp ': bare$'
  done
}

@test "morestack: the report: the fault at the pc, and the traceback starts in the function's out-of-line block, called from main.down" {
  local prog fn h
  for prog in deferedge closureedge; do
    r15916_cell "$prog" morestack shared "$PIC386_RUNNER" || fail "$prog: $CELL: $JUDGE"
    fn=$EXP_EBXFN
    run --keep-empty-lines cat "$CELL_OUT"
    r15916_assert_report_head
    h=$R15916_H
    assert_line --index $((h + 2)) "goroutine 1 [running]:"
    assert_line --index $((h + 3)) --regexp "^${fn//./\\.}\\((0x0)?\\)\$"
    assert_line --index $((h + 4)) --regexp $'^\t/.*/libdepSplit\\.so \\+'"$PRED_RETS"'$'
    assert_line --index $((h + 5)) --regexp '^main\.down\(0x[0-9a-f]+\)$'
    # the offset is the return address of the bare call: the jmp back to
    # the prologue, the last instruction of the function
    run r15916_insns "$(dirname "$(r15916_bin "$R15916_OUT" "$prog" morestack shared)")/libdepSplit.so" "$fn"
    assert_line --index $((${#lines[@]} - 2)) --regexp $'\te8( [0-9a-f]{2}){4}\tcall [0-9a-f]+ <runtime\\.morestack_noctxt@plt>$'
    assert_line --index $((${#lines[@]} - 1)) --regexp $'\teb [0-9a-f]{2}\tjmp [0-9a-f]+ <'"${fn//./\\.}"'>$'
  done
}

@test "morestack: deterministic: the same crash at every stack segment size, under qemu-i386 and natively, lazy and LD_BIND_NOW" {
  local runners=(qemu) runner now prog seg want
  s_host_runs_i386 && runners+=(native)
  for prog in deferedge closureedge; do
    want=""
    for seg in 4096 12288 16384 65536; do
      for runner in "${runners[@]}"; do
        for now in "" now; do
          R15916_SEGMENT=$seg r15916_cell "$prog" morestack shared "$runner" "$now" ||
            fail "$prog, segments of $seg, $runner $now: $CELL: $JUDGE"
          [[ -n $want ]] || want="$CELL $CELL_FRAME +$CELL_FRAMEOFF"
          assert_equal "$CELL $CELL_FRAME +$CELL_FRAMEOFF" "$want"
        done
      done
    done
    echo "$prog: $want at every segment size, runner and binding"
  done
}
