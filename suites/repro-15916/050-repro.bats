#!/usr/bin/env bats
# `pic386 repro 15916`: builds and runs the whole table, prints it and the
# code each fix changes, and says whether every cell was as expected -- and
# the judge it relies on fails a hang, a wrong pc or a wrong frame.

# shellcheck disable=SC2154 # bats' run sets output and lines
# shellcheck disable=SC2016 # $ in single quotes is a regular expression's
# shellcheck disable=SC2034 # the judge reads EXP_* and PRED_*

load ../helpers.repro-15916

# pic386 repro runs qemu-i386 and native itself: once is enough, in the
# qemu runner's pass.
once() {
  [[ $PIC386_RUNNER == qemu ]] || skip "pic386 repro runs under both runners itself: run in the qemu pass"
}

# The judge must find the classified run (CELL_*) NOT as the row (EXP_*) wants.
judged_bad() {
  if r15916_judge; then
    fail "judged as expected: $CELL"
    return 1
  fi
}

@test "pic386 repro 15916: the table, every cell as expected, and the disassembly before and after each fix" {
  once
  run "$PIC386" repro 15916
  echo "$output"
  assert_success
  local prog variant row
  for prog in "${R15916_PROGS[@]}"; do
    for variant in "${R15916_VARIANTS[@]}"; do
      r15916_expect "$prog" "$variant" shared
      if [[ $EXP_OUTCOME == ok ]]; then
        row="^$prog +$variant +ok +ok\$"
      else
        row="^$prog +$variant +ok +SIGSEGV pc=0x[0-9a-f]+ +the $EXP_OUTCOME bug\$"
      fi
      assert_line --regexp "$row"
    done
  done
  # 4 programs x 4 variants x static and shared, written out: a program
  # dropped from the table must not go unnoticed
  assert_line --regexp '^all 32 cells as expected \(qemu( and native)?\)'
  refute_output --partial UNEXPECTED
  # each crash's pc, explained from the library
  assert_output --regexp 'exe \(jmpdefer\): depBase\.F\.func1, deferred by depBase\.F'
  assert_output --regexp 'triv1 \(jmpdefer\): t1\.F\.func1, deferred by t1\.F'
  assert_output --regexp 'deferedge \(morestack\): depSplit\.Tick, entered by jmpdefer'
  assert_output --regexp 'closureedge \(morestack\): depSplit\.glob\.\.func1, entered by the closure call'
  # the deferreturn call site, with where each rewind lands
  assert_line --regexp '^ +[0-9a-f]+: +e8( [0-9a-f]{2}){4} +call [0-9a-f]+ <__x86\.get_pc_thunk\.cx> +<- fixed: ret - 16 lands here; EBX := GOT$'
  assert_line --regexp '^ +[0-9a-f]+: +e8( [0-9a-f]{2}){4} +call [0-9a-f]+ <runtime\.deferreturn@plt> +<- Go 1\.6: ret - 5 lands here; EBX = the deferred fn$'
  assert_line --regexp 'subl +\$0x5,\(%esp\) +<- 5: one call rel32$'
  assert_line --regexp 'subl +\$0x10,\(%esp\) +<- 16: thunk call, lea, call$'
  # the morestack block: bare, then the 16-byte sequence
  assert_line --regexp '^ +[0-9a-f]+: +e8( [0-9a-f]{2}){4} +call [0-9a-f]+ <runtime\.morestack_noctxt@plt> +<- PLT: jmp \*0x[0-9a-f]+\(%ebx\)$'
  assert_line --regexp '^ +[0-9a-f]+: +8d 99( [0-9a-f]{2}){4} +lea 0x[0-9a-f]+\(%ecx\),%ebx +<- EBX := libdepSplit\.so.s GOT$'
  # the issue's program beside the real toolchain's: Go's measured crash,
  # pic386's, and the PLT slots side by side
  assert_line "== The issue's program (triv1 over libt1.so) beside the real toolchain's"
  assert_line '      [signal SIGSEGV: segmentation violation code=0x1 addr=0xfffe47e8 pc=0xfffe47e8]'
  assert_line --regexp '^      pc=0x[0-9a-f]+, t1\.F \+0x52, main\.main \+0x23$'
  assert_line --regexp '^ +0x14 runtime\.deferreturn +0x[0-9a-f]+ runtime\.[a-z_]+$'
  assert_output --partial "GNU ld numbers PLT entries in the order"
  refute_output --partial "this word was 0"
  assert_line --regexp '^32 builds \(cache: .*\), (32|64) runs, [0-9]+\.[0-9] s; '
}

@test "pic386 repro: no issue, an unknown issue or an unknown flag is a usage error (exit 2); -h is help" {
  run "$PIC386" repro
  assert_failure 2
  assert_output --partial "pic386 repro: no issue named"
  run "$PIC386" repro 15917
  assert_failure 2
  assert_output --partial "pic386 repro: no reproduction of issue 15917"
  run "$PIC386" repro 15916 -bogus
  assert_failure 2
  assert_output --partial "repro: unknown argument -bogus"
  run "$PIC386" repro -h
  assert_success
  assert_line --index 0 "usage: pic386 repro ISSUE [-work]"
  run "$PIC386" repro 15916 -h
  assert_success
  assert_line --index 0 "usage: pic386 repro 15916 [-work]"
  run "$PIC386" --help
  assert_line --regexp '^  repro +'
}

@test "pic386 repro finds the script where make install puts it, and runs it from there" {
  once
  make -s -C "$S_TREE" -o all install DESTDIR="$TMP/inst" PREFIX=/opt/p >/dev/null
  [[ -x $TMP/inst/opt/p/lib/pic386/repro-15916/repro ]]
  [[ -f $TMP/inst/opt/p/lib/pic386/repro-15916/src/depBase/dep.go && -f $TMP/inst/opt/p/lib/pic386/repro-15916/src/depBase/asm.s && -f $TMP/inst/opt/p/lib/pic386/repro-15916/src/exe/exe.go ]]
  # nothing of the source tree: not its runtime, not its suites
  run env -u PIC386_RUNTIME -u PIC386 R15916_NATIVE=0 "$TMP/inst/opt/p/bin/pic386" repro 15916 -work
  echo "$output"
  assert_success
  assert_line --regexp "^all $((${#R15916_PROGS[@]} * ${#R15916_VARIANTS[@]} * 2)) cells as expected \\(qemu\\)"
  # the programs it built are the installed ones
  assert_line "programs (in $TMP/inst/opt/p/lib/pic386/repro-15916/src):"
  local work
  work=$(sed -n 's/.*; work directory kept: //p' <<<"$output")
  [[ -f $work/exe/both/shared/libdepBase.so && -f $work/exe/both/shared/exe.qemu.out ]] ||
    fail "no builds or outputs in the kept work directory '$work'"
  rm -rf -- "$work"
}

@test "the judge fails a hang, a clean exit, a wrong pc, another kind of fault, a wrong first frame and a different output" {
  local out=$TMP/run.out good st
  EXP_OUTCOME=jmpdefer EXP_LIB=libdepBase.so EXP_EBXFN=depBase.F.func1
  EXP_PLT=runtime.deferreturn EXP_FRAME=depBase.F
  PRED_PC=0x98b65ff PRED_SLOT=0x10 PRED_RETS=0x71
  good=$'unexpected fault address 0x98b65ff\nfatal error: fault\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x98b65ff pc=0x98b65ff]\n\ngoroutine 1 [running]:\ndepBase.F(0x1)\n\t/x/libdepBase.so +0x71\nmain.main()\n\t/x/exe +0x6f'
  printf '%s\n' "$good" >"$out"
  r15916_classify "$out" 2 2
  r15916_judge || fail "the good crash was judged bad: $JUDGE"
  # a hang: timeout's 124, or 137 after its KILL
  for st in 124 137; do
    r15916_classify "$out" "$st" 2
    assert_equal "$CELL_KIND" hang
    judged_bad
  done
  # a fault, but not an instruction fetch at the pc
  printf '%s\n' "${good//code=0x1/code=0x80}" >"$out"
  r15916_classify "$out" 2 2
  judged_bad
  [[ $JUDGE == "want the fetch at pc to fault"* ]] || fail "$JUDGE"
  # the program worked: not the crash
  printf '2\n' >"$out"
  r15916_classify "$out" 0 2
  assert_equal "$CELL" ok
  judged_bad
  # another pc
  printf '%s\n' "${good//0x98b65ff/0x98b6500}" >"$out"
  r15916_classify "$out" 2 2
  judged_bad
  [[ $JUDGE == "want pc=0x98b65ff"* ]] || fail "$JUDGE"
  # the right pc, another frame
  printf '%s\n' "${good//+0x71/+0x6c}" >"$out"
  r15916_classify "$out" 2 2
  judged_bad
  [[ $JUDGE == "want the traceback to start in depBase.F"* ]] || fail "$JUDGE"
  # an ok row: a different output, another exit
  EXP_OUTCOME=ok
  printf '3\n' >"$out"
  r15916_classify "$out" 0 2
  assert_equal "$CELL" "output 3, want 2"
  judged_bad
  printf 'fatal error: stack overflow\n' >"$out"
  r15916_classify "$out" 2 2
  assert_equal "$CELL" "exit 2: fatal error: stack overflow"
  judged_bad
}
