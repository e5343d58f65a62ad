#!/usr/bin/env bats
# The stack check's bytes are a contract: pic386 asm emits Go 1.7's three
# forms (toolchain/asm/split.c: small, big and huge frames), and the runtime's
# traceback decodes them (abi_decode_prologue in include/pic386/abi.h, which
# runtime/traceback.c calls) to tell whether a faulting function's frame is
# allocated yet. bin/unit/stackcheck (bin/asan/unit/stackcheck beside the
# sanitizer build) is that decoder as a command; here it reads what pic386
# asm really emits in every mode, and must find the form, the frame the
# check was made for, the JLS target and the end of SUBL $frame, SP where
# objdump finds them.

# shellcheck disable=SC2016,SC2154 # assembly is full of $; bats' run sets output

load ../helpers

# The four modes: name|flags (as tests/asm/020-passes.bats): each loads g
# its own way, so the check sits at another offset behind another prefix.
MODES=(
  'exe|'
  'shared|-shared'
  'dynlink|-dynlink'
  'bug|-dynlink -bug=15916-morestack'
)

# The functions: name|frame|form. Each boundary of split.c's choice on both
# sides: StackSmall (128), StackBig (4096); SUBL's imm8 and imm32 forms
# (124, 128), the big form's LEAL -(frame-128)(SP) with disp8 down to -128
# (132..256) and disp32 (260..). Frames are multiples of 4, as TEXT wants.
FUNCS=(
  'small8|8|small'
  'small124|124|small'
  'small128|128|small'
  'big132|132|big'
  'big256|256|big'
  'big260|260|big'
  'big1000|1000|big'
  'big4096|4096|big'
  'huge4100|4100|huge'
  'huge10000|10000|huge'
  'huge1m|1048576|huge'
)

setup() {
  setup_tmp
  STACKCHECK=$(dirname -- "$PIC386")/unit/stackcheck
  if [[ ! -x $STACKCHECK ]]; then
    # An installed pic386 has no unit programs beside it.
    [[ $PIC386 == */bin/pic386 || $PIC386 == */bin/asan/pic386 ]] &&
      fail "$STACKCHECK is missing: make all asan builds it"
    skip "no $STACKCHECK beside $PIC386 (not a build tree)"
  fi
  local row name frame
  {
    echo '#include "textflag.h"'
    for row in "${FUNCS[@]}"; do
      IFS='|' read -r name frame _ <<<"$row"
      printf 'TEXT ·%s(SB), $%s-4\n\tMOVL\tx+0(FP), AX\n\tMOVL\tAX, y-4(SP)\n\tRET\n' "$name" "$frame"
    done
    # No check at all: the decoder finds the SUBL only.
    printf 'TEXT ·nosplit(SB), NOSPLIT, $12-4\n\tMOVL\tx+0(FP), AX\n\tRET\n'
    # A check and no frame to allocate.
    printf 'TEXT ·frame0(SB), $0-4\n\tMOVL\tx+0(FP), AX\n\tRET\n'
  } >checks.s
}

# where OBJ SYM FRAME: "BLOCK SUBEND" as objdump reads SYM: the target of the
# check's JLS (the first jbe), and the offset just past `sub $FRAME, %esp`
# (0 if there is none). Fails unless the JLS target is the morestack block:
# the code there reaches the call of runtime.morestack*.
where() {
  local listing
  listing=$(insns "$1" "$2") || return
  awk -v frame="$3" -v sym="$2" '
    function hexnum(s,   v, i) {
      for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
      return v
    }
    BEGIN { block = -1; subend = 0; call = -1; sub_asm = sprintf("sub $0x%x,%%esp", frame) }
    {
      asm = $0; sub(/^[0-9]+ [0-9a-f]+ /, "", asm)
      if (block < 0 && asm ~ /^jbe \.\+0x[0-9a-f]+$/) { t = asm; sub(/.*\.\+0x/, "", t); block = hexnum(t) }
      if (!subend && asm == sub_asm) subend = off + $1
      if (call < 0 && asm ~ /runtime\.morestack/) call = off
      off += $1
    }
    END {
      if (frame && block >= 0 && !subend) { print sym ": no " sub_asm > "/dev/stderr"; exit 1 }
      if (block >= 0 && (call < block || call - block > 16)) {
        print sym ": the JLS target " block " is not the morestack block (call at " call ")" > "/dev/stderr"; exit 1
      }
      print (block < 0 ? "none" : block), subend
    }' <<<"$listing"
}

@test "stackcheck: the decoder finds each form pic386 asm emits, made for the frame in the table, in every mode" {
  local row mode flags name frame form block subend hex n=0
  for row in "${MODES[@]}"; do
    mode=${row%%|*}
    read -ra flags <<<"${row#*|}"
    asm_ok -I "$RUNTIME" "${flags[@]}" -o "$mode.o" checks.s
    for f in "${FUNCS[@]}"; do
      IFS='|' read -r name frame form <<<"$f"
      read -r block subend < <(where "$mode.o" "main.$name" "$frame") || fail "$mode main.$name: objdump"
      [[ $block != none ]] || fail "$mode main.$name: objdump finds no JLS"
      hex=$(obj_bytes "$mode.o" "main.$name")
      run "$STACKCHECK" "$frame" "$hex"
      assert_success
      # The small check is the same for any frame: it records none.
      [[ $form == small ]] && want_frame=0 || want_frame=$frame
      assert_equal "$mode $name: $output" \
        "$mode $name: check=$form checkframe=$want_frame block=$block subend=$subend"
      n=$((n + 1))
    done
  done
  assert_equal "$n" $((${#MODES[@]} * ${#FUNCS[@]}))
}

@test "stackcheck: NOSPLIT has no check, only its SUBL; a zero frame has a check and no SUBL" {
  local row mode flags block subend hex
  for row in "${MODES[@]}"; do
    mode=${row%%|*}
    read -ra flags <<<"${row#*|}"
    asm_ok -I "$RUNTIME" "${flags[@]}" -o "$mode.o" checks.s
    hex=$(obj_bytes "$mode.o" main.nosplit)
    run "$STACKCHECK" 12 "$hex"
    assert_success
    # SUBL $12, SP is the first instruction: 83 ec 0c.
    [[ $hex == 83ec0c* ]] || fail "$mode main.nosplit does not start with SUBL \$12, SP: $hex"
    assert_equal "$mode: $output" "$mode: check=none checkframe=0 block=$((${#hex} / 2)) subend=3"
    read -r block subend < <(where "$mode.o" main.frame0 0)
    hex=$(obj_bytes "$mode.o" main.frame0)
    run "$STACKCHECK" 0 "$hex"
    assert_success
    assert_equal "$mode: $output" "$mode: check=small checkframe=0 block=$block subend=0"
  done
}

@test "stackcheck: bytes that are not the contract's are not taken for it" {
  asm_ok -I "$RUNTIME" -o exe.o checks.s
  local small big huge
  small=$(obj_bytes exe.o main.small8)
  big=$(obj_bytes exe.o main.big1000)
  huge=$(obj_bytes exe.o main.huge10000)
  # A table that says another frame: the SUBL is not found, and the big and
  # huge checks say which frame they were made for, so the caller can tell.
  run "$STACKCHECK" 1004 "$big"
  assert_output --regexp '^check=big checkframe=1000 block=[0-9]+ subend=0$'
  run "$STACKCHECK" 10004 "$huge"
  assert_output --regexp '^check=huge checkframe=10000 block=[0-9]+ subend=0$'
  # The small check against 12(CX), stackguard1, not stackguard0.
  [[ $small == *3b6108* ]] || fail "no CMPL SP, 8(CX) in main.small8: $small"
  run "$STACKCHECK" 8 "${small/3b6108/3b610c}"
  assert_output --regexp '^check=none checkframe=0 block=[0-9]+ subend=[0-9]+$'
  # A compare with no JLS after it (JLS turned into JEQ, 76 -> 74).
  run "$STACKCHECK" 8 "${small/3b610876/3b610874}"
  assert_output --regexp '^check=none '
  # Cut short in the middle of the check: nothing read past the end (the
  # sanitizer build would say so), nothing found.
  run "$STACKCHECK" 1000 "${big:0:30}"
  assert_success
  assert_output --regexp '^check=(none|big) checkframe=[0-9]+ block=[0-9]+ subend=0$'
  run "$STACKCHECK" 8 ''
  assert_output 'check=none checkframe=0 block=0 subend=0'
}
