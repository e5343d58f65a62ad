#!/usr/bin/env bats
# The live differential test: Go's own assembler (the installed `go tool asm`,
# GOARCH=386) and pic386 assemble the same files -- the encoding corpus and a
# generated set of instructions × addressing forms (gen_forms) -- in each mode,
# and every source line's bytes and relocations (kind and symbol) must agree
# (goasm.bash says how both sides are reduced to per-line records). Where
# Go 1.7 and today's Go differ, Go 1.7 wins: testdata/go17-known.txt holds
# Go 1.7's bytes for those lines. Skipped when go is not installed.

# shellcheck disable=SC2016,SC2154 # assembly is full of $; bats' run sets output

load ../helpers
load goasm

TESTDATA=$BATS_TEST_DIRNAME/testdata
KNOWN=$TESTDATA/go17-known.txt

# The corpus lines pic386 refuses under -shared and -dynlink (CX beside a
# symbol, 010-encoding.bats): blank there, so that the numbering stays.
CX_LINES=' 38 53 54 55 144 710 '

# Both sides' records, once for the file: REC/LABEL.MODE.{go,pic}.
setup_file() {
  command -v go >/dev/null || return 0
  export REC=$BATS_FILE_TMPDIR/rec
  mkdir -p "$REC"
  cd "$REC" || return
  cp "$TESTDATA/386enc.s" 386enc.s
  awk -v drop="$CX_LINES" 'index(drop, " " FNR " ") { print ""; next } { print }' 386enc.s >386enc-pic.s
  gen_forms >gen.s
  local label mode file
  for label in 386enc gen; do
    for mode in exe shared dynlink; do
      file=$label.s
      [[ $label == 386enc && $mode != exe ]] && file=386enc-pic.s
      go_lines "$file" "$mode" >"$label.$mode.go" 2>"$label.$mode.go.err" || touch "$label.$mode.go.failed"
      pic_lines "$file" "$mode" >"$label.$mode.pic" 2>"$label.$mode.pic.err" || touch "$label.$mode.pic.failed"
    done
  done
}

setup() {
  command -v go >/dev/null ||
    skip "go is not installed: the differential test needs go tool asm as its oracle"
  setup_tmp
}

# differ LABEL MODE: Go's records (with the table's rows for LABEL) against
# pic386's; the lines that differ in $LABEL.$MODE.diff, the number compared
# in $compared.
differ() {
  local label=$1 mode=$2 r=$REC/$1.$2
  [[ ! -e $r.go.failed ]] || fail "go tool asm failed ($label, $mode): $(cat "$r.go.err")"
  [[ ! -e $r.pic.failed ]] || fail "pic386 failed ($label, $mode): $(cat "$r.pic.err")"
  expected_records "$label" "$mode" "$r.go" "$KNOWN" >"$label.$mode.want"
  line_diff "$label.$mode.want" "$r.pic" >"$label.$mode.diff"
  compared=$(wc -l <"$label.$mode.want")
}

@test "go tool asm and pic386 agree on every line of the corpus, in exe, -shared and -dynlink" {
  total=0
  for mode in exe shared dynlink; do
    differ 386enc "$mode"
    [[ ! -s 386enc.$mode.diff ]] || fail "$mode: lines that differ (line: Go | pic386):
$(head -20 386enc.$mode.diff)"
    ((compared > 800)) || fail "$mode: only $compared lines compared"
    total=$((total + compared))
  done
  echo "# corpus: $total lines compared in three modes ($(go env GOVERSION)), 0 differ" >&3
}

@test "go tool asm and pic386 agree on every generated instruction × addressing form, in exe, -shared and -dynlink" {
  total=0
  for mode in exe shared dynlink; do
    differ gen "$mode"
    [[ ! -s gen.$mode.diff ]] || fail "$mode: lines that differ (line: Go | pic386):
$(head -20 gen.$mode.diff)"
    ((compared > 5000)) || fail "$mode: only $compared lines compared"
    total=$((total + compared))
  done
  echo "# generated: $total lines compared in three modes ($(go env GOVERSION)), 0 differ" >&3
}

@test "the known-lines table is still true: its rows differ from today's Go, its ! rows are today's bytes in pic386" {
  rows=0
  for label in 386enc gen; do
    for mode in exe shared dynlink; do
      cp "$REC/$label.$mode.go" today
      cp "$REC/$label.$mode.pic" pic
      while read -r lbl md line hex rel; do
        [[ ${lbl#!} == "$label" && $md == "$mode" ]] || continue
        today=$(awk -F'\t' -v n="$line" '$1 == n { print $2 " " $3 }' today)
        if [[ $lbl != !* ]]; then
          [[ $today != "$hex $rel" ]] || fail "$label $mode $line: today's Go makes Go 1.7's $hex too: a stale row"
        else
          ours=$(awk -F'\t' -v n="$line" '$1 == n { print $2 " " $3 }' pic)
          [[ $ours == "$today" && $today != "$hex $rel" ]] ||
            fail "$label $mode $line: Go 1.7's bug row: pic386 makes $ours, today's Go $today"
        fi
        rows=$((rows + 1))
      done < <(grep -v '^#' "$KNOWN")
    done
  done
  assert_equal "$rows" "$(grep -vc '^#' "$KNOWN")"
}

@test "the comparison finds a differing byte and a differing relocation" {
  printf '%s\n' '#include "textflag.h"' 'TEXT ·enc(SB), NOSPLIT, $0-0' \
    '	MOVL sym(SB), AX' '	ADDL $1, BX' '	RET' >one.s
  go_lines one.s exe >go.rec
  pic_lines one.s exe >pic.rec
  run line_diff go.rec pic.rec
  assert_success
  assert_output ''
  sed 's/83c301/83c302/' pic.rec >bad.rec
  run line_diff go.rec bad.rec
  assert_output '4: 83c301 - | 83c302 -'
  sed 's/2:abs:sym/2:pc:sym/' pic.rec >bad.rec
  run line_diff go.rec bad.rec
  assert_output '3: 8b05xxxxxxxx 2:abs:sym | 8b05xxxxxxxx 2:pc:sym'
}
