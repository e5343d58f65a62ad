#!/usr/bin/env bats
# The encoding corpus (testdata/386enc.s, described in testdata/README.md):
# every line carries the bytes GNU as makes of it, `xx` where a relocation
# goes, and Go's where they differ. pic386 translates, GNU as encodes; these
# tests hold the two together, and pic386 to Go's bytes (080-goasm.bats does
# the same against a live `go tool asm`).

# shellcheck disable=SC2016,SC2154 # assembly is full of $; bats' run sets stderr

load ../helpers
load goasm

TESTDATA=$BATS_TEST_DIRNAME/testdata
RUNTIME=$BATS_TEST_DIRNAME/../../runtime

# Lines of 386enc.s that pic386 refuses under -shared and -dynlink, by design:
# the PC-relative rewrite puts the symbol's address in CX, so an instruction
# that also reads CX would see the wrong value (Go 1.7 silently emitted that
# wrong code). "LINE|MESSAGE", the message without its "file:line: " prefix.
CX_REFUSED=(
  '38|MOVL: CX cannot index sym under -shared: the rewrite loads the address into CX'
  '53|MOVL: CX is used by the -shared rewrite of sym; use another register'
  '54|MOVL: CX is used by the -shared rewrite of sym; use another register'
  '55|MOVL: CX cannot index sym under -shared: the rewrite loads the address into CX'
  '144|LEAL: CX cannot index sym under -shared: the rewrite loads the address into CX'
  '710|XADDL: CX is used by the -shared rewrite of sym; use another register'
)

setup() {
  setup_tmp
}

# check_bytes SOURCE MARKER HEX RELOCS: walks the annotated lines of SOURCE
# (code, then MARKER, then the bytes) along HEX, the bytes the code became.
# RELOCS are the decimal offsets of the 4-byte relocated fields in HEX; a byte
# is `xx` exactly when it lies in one. Stops at the first line that differs,
# printing it with its expected and actual bytes.
check_bytes() {
  awk -v marker="$2" -v hex="$3" -v relocs="$4" '
    BEGIN {
      n = split(relocs, r, " ")
      for (i = 1; i <= n; i++)
        for (k = 0; k < 4; k++) reloc[r[i] + k] = 1
    }
    {
      at = index($0, marker)
      code = at ? substr($0, 1, at - 1) : $0
      if (code !~ /[^ \t]/) next                      # blank or only a comment
      if (code ~ /^[^ \t][^ \t]*:[ \t]*$/) next       # a label
      if (code ~ /^(TEXT|#include|[ \t]*\.text)/) next
      split(substr($0, at + length(marker)), w, " ")
      want = w[1]
      if (!at || want !~ /^([0-9a-f][0-9a-f]|xx)+$/) {
        printf "%s:%d: no byte annotation: %s\n", FILENAME, FNR, $0
        failed = 1; exit 1
      }
      nb = length(want) / 2
      got = substr(hex, 2 * pos + 1, 2 * nb)
      for (k = 0; k < nb; k++) {
        e = substr(want, 2 * k + 1, 2); a = substr(got, 2 * k + 1, 2)
        why = ""
        if (a == "") why = "the object ends here"
        else if (e == "xx" && !reloc[pos + k]) why = "xx where no relocation is"
        else if (e != "xx" && reloc[pos + k]) why = "a relocation where the bytes are not xx"
        else if (e != "xx" && e != a) why = "bytes differ"
        if (why != "") {
          printf "%s:%d: %s (byte %d of the line, offset %#x)\n%s\n  expected: %s\n  actual:   %s\n",
            FILENAME, FNR, why, k, pos + k, $0, want, got
          failed = 1; exit 1
        }
      }
      pos += nb; lines++
    }
    END {
      if (failed) exit 1
      if (2 * pos != length(hex)) {
        printf "the annotations cover %d bytes, the code has %d\n", pos, length(hex) / 2
        exit 1
      }
      printf "%d lines, %d bytes\n", lines, pos
    }' "$1"
}

# reloc_offsets OBJ: the decimal offsets of the relocations in OBJ's .text.
reloc_offsets() {
  local line offs=()
  while read -r line; do
    offs+=($((16#${line%% *})))
  done < <(obj_relocs "$1" .text)
  echo "${offs[*]}"
}

# The corpus with the CX_REFUSED lines blanked (line numbers kept).
corpus_without_cx_lines() {
  local spec lines=()
  for spec in "${CX_REFUSED[@]}"; do lines+=("${spec%%|*}"); done
  awk -v drop=" ${lines[*]} " 'index(drop, " " FNR " ") { print ""; next } { print }' \
    "$TESTDATA/386enc.s" >corpus.s
}

@test "corpus: the AT&T twin matches its own annotations (the testdata does not lie)" {
  "$AS" --32 --fatal-warnings -o att.o "$TESTDATA/386enc-att.s"
  run check_bytes "$TESTDATA/386enc-att.s" '#' "$(sec_hex att.o .text)" "$(reloc_offsets att.o)"
  assert_success
  assert_output '888 lines, 2965 bytes'
}

# expected_lines SOURCE: "LINE<TAB>HEX" per annotated instruction line: the
# bytes pic386 must make of it, Go 1.7's (go1.7: ...) where they differ from
# today's Go, else Go's (go: ...) where they differ from GNU as, else the
# first string.
expected_lines() {
  awk '
    {
      at = index($0, "//"); if (!at) next
      code = substr($0, 1, at - 1); if (code !~ /[^ \t]/ || code ~ /^(TEXT|#)/) next
      rest = substr($0, at + 2); split(rest, w, " "); want = w[1]
      if (match(rest, /\(go: [0-9a-fx]+\)/)) want = substr(rest, RSTART + 5, RLENGTH - 6)
      if (match(rest, /\(go1\.7: [0-9a-fx]+\)/)) want = substr(rest, RSTART + 8, RLENGTH - 9)
      print FNR "\t" want
    }' "$1"
}

# check_lines SOURCE RECORDS: SOURCE's expected bytes against the records
# (goasm.bash) of what pic386 made of it; prints the first line that differs,
# else the counts.
check_lines() {
  join -t $'\t' -a 1 -a 2 -e MISSING -o 0,1.2,2.2 \
    <(expected_lines "$1" | LC_ALL=C sort -t $'\t' -k1,1) <(cut -f1,2 "$2" | LC_ALL=C sort -t $'\t' -k1,1) |
    LC_ALL=C sort -n | awk -F'\t' -v src="$1" '
      $2 != $3 { printf "%s:%d: expected %s, pic386 made %s\n", src, $1, $2, $3; bad = 1; exit 1 }
      { n++; nb += length($2) / 2 }
      END { if (!bad) printf "%d lines, %d bytes\n", n, nb }'
}

@test "corpus: pic386 makes Go's bytes of every line (Go 1.7's where they differ from today's)" {
  pic_lines "$TESTDATA/386enc.s" exe >records
  run check_lines "$TESTDATA/386enc.s" records
  assert_success
  assert_output '894 lines, 2996 bytes'
}

@test "corpus: the checker reports the line that differs with both byte strings" {
  # The checker itself must be able to fail: one byte changed, one xx moved.
  pic_lines "$TESTDATA/386enc.s" exe >records
  sed '6s|// 89d8|// 89d9|' "$TESTDATA/386enc.s" >bad.s
  run check_lines bad.s records
  assert_failure
  assert_output "bad.s:6: expected 89d9, pic386 made 89d8"
  sed '36s|(go: 8b05xxxxxxxx)|(go: 8b0500xxxxxx)|' "$TESTDATA/386enc.s" >bad.s
  run check_lines bad.s records
  assert_failure
  assert_output "bad.s:36: expected 8b0500xxxxxx, pic386 made 8b05xxxxxxxx"
}

@test "corpus: where GNU as alone would differ from Go, pic386 pins Go's form (14 lines)" {
  # The GNU as bytes of the lines annotated with Go's, made by GNU as from the
  # AT&T twin (first test), are not what pic386 makes: each needed pinning.
  pic_lines "$TESTDATA/386enc.s" exe >records
  run awk -F'//' '/\((go|go1\.7): / { split($2, w, " "); print FNR "\t" w[1] }' "$TESTDATA/386enc.s"
  assert_equal "${#lines[@]}" 14
  for l in "${lines[@]}"; do
    got=$(awk -F'\t' -v n="${l%%$'\t'*}" '$1 == n { print $2 }' records)
    [[ $got != "${l#*$'\t'}" ]] || fail "line ${l%%$'\t'*}: pic386 made GNU as's own ${got}"
  done
}

@test "corpus: -shared and -dynlink refuse exactly the lines that use CX beside a symbol" {
  for mode in -shared -dynlink; do
    run --separate-stderr "$PIC386" asm -I "$RUNTIME" "$mode" -o enc.o "$TESTDATA/386enc.s"
    assert_failure 1
    [[ ! -e enc.o ]] || fail "$mode: enc.o left behind after errors"
    want=()
    for spec in "${CX_REFUSED[@]}"; do
      msg=${spec#*|}
      if [[ $mode == -dynlink ]]; then
        # -dynlink's GOT rewrite comes first and objects first, once per
        # line; it has turned LEAL sym(SB) into MOVL (a GOT load) by then.
        msg=${msg/-shared/-dynlink}
        [[ $msg == LEAL:* ]] && msg="MOVL:${msg#LEAL:}"
      fi
      want+=("$TESTDATA/386enc.s:${spec%%|*}: $msg")
    done
    assert_equal "$stderr" "$(printf '%s\n' "${want[@]}")"
  done
}

@test "corpus: -shared assembles (--fatal-warnings) with a thunk call before every data reference" {
  corpus_without_cx_lines
  asm_ok -I "$RUNTIME" -shared -o enc.o corpus.s
  # The lines naming a symbol other than as a CALL or JMP target.
  refs=$(awk -F'//' '$1 ~ /\(SB\)/ && $1 !~ /^[ \t]*(TEXT|CALL|JMP)[ \t]/' corpus.s | wc -l)
  assert_equal "$refs" 56
  run obj_relocs enc.o .text
  assert_equal "$(grep -c ' R_386_PC32 __x86.get_pc_thunk.cx$' <<<"$output")" "$refs"
  # Data is reached PC-relative, so no absolute address is left in the code.
  assert_equal "$(grep -c ' R_386_PC32 sym$' <<<"$output")" $((refs + 1))   # + CALL sym(SB)
  assert_equal "$(grep -c ' R_386_PC32 main.f$' <<<"$output")" 2            # CALL and JMP ·f(SB)
  refute_output --partial R_386_32
}

@test "corpus: -dynlink assembles (--fatal-warnings): data through the GOT, calls through the PLT" {
  corpus_without_cx_lines
  asm_ok -I "$RUNTIME" -dynlink -o enc.o corpus.s
  run obj_relocs enc.o .text
  # 56 data references, each a thunk and a GOT load (GOTPC and GOT32 on one
  # field), and two calls to global symbols, each a thunk, a GOTPC LEAL into
  # BX and a PLT call; the tail JMP ·f(SB) is R_386_PC32, as Go's R_PCREL:
  # bound inside the module, never through a PLT whose BX it cannot set.
  assert_equal "$(grep -c ' R_386_PC32 __x86.get_pc_thunk.cx$' <<<"$output")" 58
  assert_equal "$(grep -c ' R_386_GOT32 sym$' <<<"$output")" 56
  assert_equal "$(grep -c ' R_386_GOTPC _GLOBAL_OFFSET_TABLE_$' <<<"$output")" $((56 + 2))
  assert_equal "$(grep -c ' R_386_PLT32 main.f$' <<<"$output")" 1
  assert_equal "$(grep -c ' R_386_PC32 main.f$' <<<"$output")" 1
  assert_equal "$(grep -c ' R_386_PLT32 sym$' <<<"$output")" 1
  assert_equal "${#lines[@]}" $((58 + 56 + 58 + 2 + 1))
}
