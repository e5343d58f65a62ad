#!/usr/bin/env bats
# `pic386 asm -S`: the instruction list after all passes, in Go syntax, held
# against golden files in testdata/listing/, one per mode:
#
#   testdata/listing/NAME.s            the source
#   testdata/listing/NAME.MODE.golden  `pic386 asm FLAGS -S NAME.s` for MODE
#
# To regenerate the goldens after an intended change, run
#
#   UPDATE_GOLDEN=1 bats tests/asm/030-listing.bats
#
# and read the diff before committing it: each golden was first checked by
# hand against Go's semantics with Go's own assembler as the oracle,
#
#   GOARCH=386 go tool asm -p main -I $GOROOT/pkg/include [-shared] [-dynlink] -S NAME.s
#
# Known differences from a current Go (1.26): Go lists byte offsets before the
# indexes and FUNCDATA/PCDATA lines; it picks the thunk by destination
# register (get_pc_thunk.bx for the LEAL into BX) where Go 1.7, and pic386,
# always use CX; its huge-frame check is the Go 1.19 form (SUBL, JCS) and its
# WRAPPER prologue no longer touches g._panic.argp; it adds NOFRAME to every
# 386 TEXT and shows a morestack JMP to 0 where pic386 names index 1, the g
# load (TEXT itself is index 0 here).

# shellcheck disable=SC2016,SC2154 # assembly is full of $; bats' run sets stderr

load ../helpers

LISTINGS=$BATS_TEST_DIRNAME/testdata/listing
RUNTIME=$BATS_TEST_DIRNAME/../../runtime

MODES=(
  'exe|'
  'shared|-shared'
  'dynlink|-dynlink'
  'bug|-dynlink -bug=15916-morestack'
)

setup() {
  setup_tmp
  # Relative, so that positions in the listing read listing.s:N.
  cp "$LISTINGS"/*.s .
}

# check_golden NAME MODE FLAGS...: the listing of NAME.s against its golden.
check_golden() {
  local name=$1 mode=$2 golden=$LISTINGS/$1.$2.golden
  shift 2
  asm_ok -I "$RUNTIME" "$@" -S -o "$name.o" "$name.s"
  printf '%s\n' "$output" >"$name.$mode.out"
  if [[ ${UPDATE_GOLDEN-} == 1 ]]; then
    cp "$name.$mode.out" "$golden"
    echo "# updated $golden" >&3
  fi
  [[ -f $golden ]] || fail "no golden $golden (UPDATE_GOLDEN=1 writes it)"
  if ! diff -u "$golden" "$name.$mode.out" >diff.out; then
    fail "$name.s in mode $mode differs from its golden:
$(cat diff.out)"
  fi
}

@test "golden -S listing: exe" {
  check_golden listing exe
}

@test "golden -S listing: -shared" {
  check_golden listing shared -shared
}

@test "golden -S listing: -dynlink" {
  check_golden listing dynlink -dynlink
}

@test "golden -S listing: -dynlink -bug=15916-morestack" {
  check_golden listing bug -dynlink -bug=15916-morestack
}

@test "the fixed and the Go 1.6 -dynlink goldens differ in the morestack blocks alone" {
  # Each function with a stack check: NOP, NOP, thunk, LEAL before the CALL
  # of morestack with the fix, nothing without; all at the TEXT's line.
  diff "$LISTINGS/listing.dynlink.golden" "$LISTINGS/listing.bug.golden" >d.out && fail "no difference"
  run grep -E '^[<>]' d.out
  for line in "${lines[@]}"; do
    [[ $line =~ ^[\<\>]\ $'\t'[0-9]{5}\ \(listing\.s:(10|31|36|40|45)\)$'\t'(NOP|CALL|LEAL|JMP) ]] ||
      fail "a difference outside a morestack block: $line"
  done
  assert_equal "$(grep -c '^<.*CALL	__x86.get_pc_thunk.cx' d.out)" 5
  assert_equal "$(grep -c '^<.*LEAL	_GLOBAL_OFFSET_TABLE_(CX), BX' d.out)" 5
  assert_equal "$(grep -c '^>.*CALL	runtime.morestack' d.out)" 5
}

@test "each listed instruction is one instruction in the object, in every mode" {
  # NOP and TEXT assemble to nothing; MOVL TLS, R under -shared is two
  # (thunk call, then the load whose displacement carries GOTPC and
  # TLS_GOTIE). Checked function by function.
  for row in "${MODES[@]}"; do
    mode=${row%%|*}
    read -ra flags <<<"${row#*|}"
    asm_ok -I "$RUNTIME" "${flags[@]}" -S -o listing.o listing.s
    listed=$(awk -v shared="${flags[*]}" '
      /^[^\t]/ { fn = $1; next }
      $3 == "TEXT" || $3 == "NOP" { next }
      { n[fn] += ($3 == "MOVL" && $4 == "TLS," && shared != "") ? 2 : 1 }
      END { for (f in n) print f, n[f] }' <<<"$output" | sort)
    emitted=$(while read -r fn _; do
      echo "$fn $(insns listing.o "$fn" | wc -l)"
    done <<<"$listed")
    assert_equal "$mode: $emitted" "$mode: $listed"
  done
}

@test "branch targets in the listing are instruction indexes of the same function" {
  asm_ok -I "$RUNTIME" -dynlink -S -o listing.o listing.s
  listing=$output
  # Indexes count from 0 in each function; every numeric target is one.
  run awk -F'\t' '
    function flush(   i) {
      for (i = 1; i <= nt; i++)
        if (t[i] >= n) { printf "%s: target %d, %d instructions\n", fn, t[i], n; bad = 1 }
      nt = n = 0
    }
    /^[^\t]/ { flush(); fn = $1; next }
    {
      split($2, a, " ")
      if (a[1] + 0 != n) { printf "%s: index %s where %d was due\n", fn, a[1], n; bad = 1 }
      n++
      if (($3 ~ /^J/ || $3 == "CALL") && $4 ~ /^[0-9]+$/) t[++nt] = $4 + 0
    }
    END { flush(); exit bad }' <<<"$listing"
  assert_success
  assert_output ""
  # And they point where the passes say: in main.sum the JNE back to the
  # loop, the JLS to the first NOP of the morestack block, the JMP to the g load.
  sum=$(sed -n '/^main.sum /,/^main.big /p' <<<"$listing")
  run printf '%s\n' "$sum"
  assert_line --regexp $'^\t00011 \\(listing\\.s:17\\)\tJNE\t9$'
  assert_line --regexp $'^\t00009 \\(listing\\.s:15\\)\tADDL\tBX, AX$'
  assert_line --regexp $'^\t00004 \\(listing\\.s:10\\)\tJLS\t42$'
  assert_line --regexp $'^\t00042 \\(listing\\.s:10\\)\tNOP$'
  assert_line --regexp $'^\t00047 \\(listing\\.s:10\\)\tJMP\t1$'
  assert_line --regexp $'^\t00001 \\(listing\\.s:10\\)\tMOVL\tTLS, CX$'
}
