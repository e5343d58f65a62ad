#!/usr/bin/env bats
# The follow pass (toolchain/asm/follow.c, Go 1.7's xfol): testdata/follow.s has
# a function per case; testdata/follow.go17 is what Go 1.7's own assembler
# made of each of its lines, in each mode (goasm.bash records). Today's Go
# has no such pass, so 080-goasm.bats cannot be the oracle here.

# shellcheck disable=SC2016,SC2154 # assembly is full of $; bats' run sets output

load ../helpers
load goasm

TESTDATA=$BATS_TEST_DIRNAME/testdata

setup() {
  setup_tmp
  cp "$TESTDATA/follow.s" .
}

@test "follow: every line of follow.s is laid out as Go 1.7's assembler laid it out, in exe, -shared and -dynlink" {
  for mode in exe shared dynlink; do
    pic_lines follow.s "$mode" >pic || fail "pic386 failed ($mode)"
    awk -F'\t' -v m="$mode" '$1 == m { print $2 "\t" $3 "\t" $4 }' "$TESTDATA/follow.go17" >want
    assert_equal "$(wc -l <want)" 43
    run line_diff want pic
    assert_success
    assert_output ''
  done
}

@test "follow: -S lists the layout: a jump over dead code gone, a copied block with its jump inverted" {
  asm_ok -I "$RUNTIME" -S -o follow.o follow.s
  listing=$output
  # fwd: JMP over and the two NOTLs are gone
  run awk -F'\t' '/^main.fwd / { on = 1; next } /^main/ { on = 0 } on { print $3 }' <<<"$listing"
  assert_equal "${lines[*]}" "TEXT INCL RET"
  # copy2: the block INCL, CMPL, JGE copied after DECL, the copy's JGE now
  # JLT back to DECL; the copies keep their source lines
  run awk -F'\t' '/^main.copy2 / { on = 1; next } /^main/ { on = 0 }
    on { sub(/^[0-9]+ /, "", $2); print $2, $3 (NF > 3 ? " " $4 : "") }' <<<"$listing"
  assert_output '(follow.s:103) TEXT main.copy2(SB), NOSPLIT, $0-0
(follow.s:105) INCL AX
(follow.s:106) CMPL AX, BX
(follow.s:107) JGE 8
(follow.s:108) DECL BX
(follow.s:105) INCL AX
(follow.s:106) CMPL AX, BX
(follow.s:107) JLT 4
(follow.s:111) RET'
}

@test "follow: 100,000 conditional jumps in a row, each a level of Go's recursion, assemble in bounded stack" {
  awk 'BEGIN { print "TEXT ·deep(SB), 4, $0-0"
               for (i = 0; i < 100000; i++) { print "\tJEQ l" i; print "\tINCL AX"; print "l" i ":" }
               print "\tRET" }' >deep.s
  asm_ok -o deep.out.s deep.s
  assert_equal "$(grep -c '^	je ' deep.out.s)" 100000
}

@test "follow: a JMP that is its own target (loop: JMP loop) jumps to itself, eb fe, in every mode (Go 1.7's bytes)" {
  setup_tmp
  printf 'TEXT ·main(SB),$0-0\nloop:\n\tJMP loop\n' >lp.s
  # Go 1.7's go tool asm -dynlink: e8.. 8b89.. 658b09 3b6108 7602 ebfe, then
  # the morestack block jumping back to 0 (eb d9); Go's field bytes, GNU as'
  # REL addends (fc ff ff ff, 02 00 00 00), relocations aside.
  asm_ok -dynlink -o lp.o lp.s
  run obj_bytes lp.o main.main
  assert_output e8fcffffff8b8902000000658b093b61087602ebfee8fcffffff8d9902000000e8fcffffffebd9
  asm_ok -o lp.o lp.s
  run obj_bytes lp.o main.main
  assert_output --regexp 'ebfe'
  # a cycle of two: brloop clears a's target, b's chain then stops at a;
  # span6 makes a, the one JMP laid out, go to itself (Go 1.7 -shared:
  # ... 7602 ebfe e8.. ebe4)
  printf 'TEXT ·f(SB),$0-0\na:\n\tJMP b\nb:\n\tJMP a\n' >cyc.s
  asm_ok -shared -o cyc.o cyc.s
  run obj_bytes cyc.o main.f
  assert_output e8fcffffff8b8902000000658b093b61087602ebfee8fcffffffebe4
}

@test "follow: JMP chains that end in a cycle stop at the first JMP of it whose target brloop cleared, as Go 1.7's linkpatch (follow-cycle.s, every mode)" {
  cp "$TESTDATA/follow-cycle.s" .
  for mode in exe shared dynlink; do
    pic_lines follow-cycle.s "$mode" >pic || fail "pic386 failed ($mode)"
    awk -F'\t' -v m="$mode" '$1 == m { print $2 "\t" $3 "\t" $4 }' "$TESTDATA/follow-cycle.go17" >want
    assert_equal "$(wc -l <want)" 39
    run line_diff want pic
    assert_success
    assert_output ''
  done
}

@test "follow: -S of the audit's case: the JEQ goes to l1's JMP, laid out after RET, which goes to itself" {
  cp "$TESTDATA/follow-cycle.s" .
  asm_ok -I "$RUNTIME" -S -o follow-cycle.o follow-cycle.s
  listing=$output
  # Go 1.7: MOVL $1, AX; JEQ 8; RET; (follow-cycle.s:14) JMP 8 -- b801000000 7401 c3 ebfe
  run awk -F'\t' '/^main.ex / { on = 1; next } /^main/ { on = 0 }
    on { sub(/^ *[0-9]+ /, "", $2); print $2, $3 (NF > 3 ? " " $4 : "") }' <<<"$listing"
  assert_output '(follow-cycle.s:11) TEXT main.ex(SB), NOSPLIT, $0-0
(follow-cycle.s:18) MOVL $1, AX
(follow-cycle.s:19) JEQ 4
(follow-cycle.s:20) RET
(follow-cycle.s:14) JMP 4'
  run obj_bytes follow-cycle.o main.ex
  assert_output --regexp '^b8010000007401c3ebfe(cc)*$'
}

# long_chain N: JMP start; l0: JMP l1 ... l<N-1>: JMP lN; lN: INCL AX; RET;
# start: TESTL AX, AX; JEQ l0; JNE l1; RET. brloop gives up on a chain of
# 5000 JMPs, so l0 (and l1) lose their targets; the branches after them stop
# there.
long_chain() {
  awk -v n="$1" 'BEGIN {
    print "TEXT ·long(SB), 4, $0-0"; print "\tJMP start"
    for (i = 0; i < n; i++) { print "l" i ":"; print "\tJMP l" i + 1 }
    print "l" n ":"; print "\tINCL AX"; print "\tRET"
    print "start:"; print "\tTESTL AX, AX"; print "\tJEQ l0"; print "\tJNE l1"; print "\tRET" }'
}

@test "follow: a chain of 5000 JMPs or more is cut where brloop gave up, and the branches after it stop there (Go 1.7's records)" {
  # Go 1.7's go tool asm -S, records as goasm.bash's go_lines makes them
  long_chain 4999 >long.s
  pic_lines long.s exe >pic || fail "pic386 failed"
  printf '10002\t40\t-\n10003\tc3\t-\n10005\t85c0\t-\n10006\t7403\t-\n10007\t7501\t-\n10008\tc3\t-\n' >want
  run line_diff want pic
  assert_output ''
  long_chain 5001 >long.s
  pic_lines long.s exe >pic || fail "pic386 failed"
  printf '4\tebfe\t-\n10006\t40\t-\n10007\tc3\t-\n10009\t85c0\t-\n10010\t7405\t-\n10011\t7501\t-\n10012\tc3\t-\n' >want
  run line_diff want pic
  assert_output ''
  long_chain 5002 >long.s
  pic_lines long.s exe >pic || fail "pic386 failed"
  printf '4\tebfe\t-\n6\tebfe\t-\n10011\t85c0\t-\n10012\t7405\t-\n10013\t7501\t-\n10014\tc3\t-\n' >want
  run line_diff want pic
  assert_output ''
}
