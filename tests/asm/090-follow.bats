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

@test "follow: branch hints, JEQ \$1, x likely and \$0 unlikely, on every conditional jump, laid out as Go 1.7's assembler laid them out (hint.s, every mode)" {
  cp "$TESTDATA/hint.s" .
  for mode in exe shared dynlink; do
    pic_lines hint.s "$mode" >pic || fail "pic386 failed ($mode)"
    awk -F'\t' -v m="$mode" '$1 == m { print $2 "\t" $3 "\t" $4 }' "$TESTDATA/hint.go17" >want
    assert_equal "$(wc -l <want)" 150
    run line_diff want pic
    assert_success
    assert_output ''
  done
}

@test "follow: -S lists hints, kept by an inverted jump and by a copy; an unlikely jump is not inverted where its fall-through is placed" {
  cp "$TESTDATA/hint.s" .
  asm_ok -I "$RUNTIME" -S -o hint.o hint.s
  listing=$output
  fn() {
    awk -F'\t' -v f="main.$1" '$0 ~ "^" f " " { on = 1; next } /^main/ { on = 0 }
      on && $3 != "TEXT" { sub(/^ *[0-9]+ /, "", $2); print $2, $3 (NF > 3 ? " " $4 : "") }' <<<"$listing"
  }
  # Go 1.7: JEQ $0, 12; (hint.s:164) JMP 4 -- 85c0 7501 c3 40 39d8 7402 ebf8 48 c3
  run fn placed0
  assert_output '(hint.s:161) TESTL AX, AX
(hint.s:162) JNE 4
(hint.s:164) RET
(hint.s:166) INCL AX
(hint.s:167) CMPL AX, BX
(hint.s:168) JEQ $0, 8
(hint.s:164) JMP 3
(hint.s:171) DECL AX
(hint.s:172) RET'
  run obj_bytes hint.o main.placed0
  assert_output --regexp '^85c07501c34039d87402ebf848c3(cc)*$'
  # likely and no hint: the same (Go 1.7: 85c0 7501 c3 40 39d8 75fa 48 c3)
  run obj_bytes hint.o main.placed1
  assert_output --regexp '^85c07501c34039d875fa48c3(cc)*$'
  run fn placed1
  assert_line '(hint.s:182) JNE $1, 3'
  # Go 1.7: the copy of JGE $0 inverted, JLT $0, 5 -- 4039d8 7d06 4b 4039d8 7cfa c3
  run fn copy0
  assert_output '(hint.s:207) INCL AX
(hint.s:208) CMPL AX, BX
(hint.s:209) JGE $0, 8
(hint.s:210) DECL BX
(hint.s:207) INCL AX
(hint.s:208) CMPL AX, BX
(hint.s:209) JLT $0, 4
(hint.s:213) RET'
  run obj_bytes hint.o main.copy0
  assert_output --regexp '^4039d87d064b4039d87cfac3(cc)*$'
  # Go 1.7: the loop's likely JLT inverted to leave it, a JMP back -- 4039d8 7d02 ebf9 c3
  run obj_bytes hint.o main.loop1
  assert_output --regexp '^4039d87d02ebf9c3(cc)*$'
}

@test "follow: a likely jump that ends its function is left as it is (Go 1.7 died on it, a nil pointer in xfol)" {
  printf 'TEXT ·f(SB), 4, $0-0\nx:\n\tINCL AX\n\tJEQ $1, x\n' >end.s
  asm_ok -S -o end.o end.s
  assert_line --partial $'\tJEQ\t$1, 1'
  run obj_bytes end.o main.f
  assert_output --regexp '^4074fd(cc)*$'
}
