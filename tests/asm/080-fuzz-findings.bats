#!/usr/bin/env bats
# What fuzzing found (issue 10) and the pathological inputs: each is a clean
# `f.s:LINE: MESSAGE` and exit 1 (or a correct result where the input is
# valid), a screenful of stderr at most, bounded time and memory, and no
# output file or temporary left behind. The minimised inputs are in
# testdata/fuzz/ (README.md there tells where each came from); the large
# ones are generated here. Time is bounded by `timeout`, a hang guard, not a
# measurement; memory by `ulimit -v` where the binary is not ASan's (ASan
# reserves terabytes of address space for its shadow).

# shellcheck disable=SC2016,SC2154 # assembly is full of $; bats' run sets stderr

load ../helpers

FUZZDATA=$BATS_TEST_DIRNAME/testdata/fuzz

setup() {
  setup_tmp
}

# Virtual memory for one run of the plain binary, in KB.
MEM_KB=1500000

# asm_bounded OUT SRC [FLAGS...]: `pic386 asm FLAGS -o OUT SRC` in the
# current directory, under a hang guard and, for the plain binary, a memory
# limit. Sets rc; stdout and stderr are left in ./stdout and ./stderr.
asm_bounded() {
  local out=$1 src=$2
  shift 2
  rc=0
  if grep -q __asan_init "$PIC386"; then
    timeout 300 "$PIC386" asm "$@" -o "$out" "$src" >stdout 2>stderr || rc=$?
  else
    (ulimit -v "$MEM_KB" && exec timeout 60 "$PIC386" asm "$@" -o "$out" "$src") >stdout 2>stderr || rc=$?
  fi
}

# check_file NAME LINE MESSAGE: case/f.s, already written, assembled to an
# object and to text: status 1, first line of stderr `f.s:LINE: MESSAGE`,
# every line a diagnostic (no sanitizer report), at most 25 lines, nothing
# on stdout, nothing in the directory but f.s. Problems go to $problems.
check_file() {
  local name=$1 line=$2 msg=$3 out what left ndiag
  for out in out.o out.s; do
    cd case && asm_bounded "$out" f.s && cd ..
    what=()
    ((rc == 1)) || what+=("exit status $rc")
    [[ $(head -n 1 case/stderr) == "f.s:$line: $msg" ]] || what+=("first line: $(head -c 300 case/stderr | head -n 1)")
    ndiag=$(grep -cvE $'^f\\.s:[0-9]+: |^\tincluded from |^\t\\.\\.\\. [0-9]+ more #include levels$|^pic386 asm: too many errors$' case/stderr || true)
    ((ndiag == 0)) || what+=("not a diagnostic: $(grep -m1 -vE $'^f\\.s:[0-9]+: |^\tincluded from ' case/stderr | head -c 300)")
    (($(wc -l <case/stderr) <= 25)) || what+=("$(wc -l <case/stderr) lines of stderr")
    [[ ! -s case/stdout ]] || what+=("stdout: $(head -c 200 case/stdout)")
    left=$(cd case && find . -mindepth 1 ! -name f.s ! -name stdout ! -name stderr)
    [[ -z $left ]] || what+=("left behind: ${left//$'\n'/ }")
    ((${#what[@]} == 0)) || problems+=("$name (-o $out, want f.s:$line: $msg): $(printf '%s; ' "${what[@]}")")
  done
}

# check_cases CASE...: "FILE|LINE|MESSAGE", FILE in testdata/fuzz/, copied to
# case/f.s. All run; the failures are reported together.
check_cases() {
  local spec file line msg
  problems=()
  for spec; do
    IFS='|' read -r file line msg <<<"$spec"
    rm -rf case && mkdir case
    cp "$FUZZDATA/$file" case/f.s
    check_file "$file" "$line" "$msg"
  done
  ((${#problems[@]} == 0)) || printf '%s\n' "${problems[@]}" | fail
}

@test "fuzz findings: offsets and sizes that do not fit are refused, not cut short or overflowed" {
  check_cases \
    'fp-offset-overflow.s|2|offset 9223372036854775807 does not fit in 32 bits' \
    'fp-offset-past-32-bits.s|2|offset 4294967304 from SP does not fit in 32 bits' \
    'displacement-past-32-bits.s|2|offset 4294967300 does not fit in 32 bits' \
    'displacement-below-32-bits.s|2|offset -2147483649 does not fit in 32 bits' \
    'data-size-past-int.s|2|DATA: bad size 4294967300: want 1, 2, 4 or 8' \
    'text-flags-past-int.s|1|TEXT: bad flags 4294967300' \
    'globl-flags-past-int.s|1|GLOBL: bad flags 4294967304' \
    'data-offset-int64-max.s|2|offset 9223372036854775807 does not fit in 32 bits' \
    'data-offset-past-size.s|2|DATA main.g+4294967295/8 lies outside its GLOBL size 8' \
    'frame-size-int64-min.s|1|TEXT main.f: bad frame size -9223372036854775808: want a multiple of 4 (a negative one is none)' \
    'jmp-pc-int64-max.s|2|branch 9223372036854775807(PC) leaves the TEXT block of main.f' \
    'jmp-pc-int64-min.s|2|branch -9223372036854775808(PC) leaves the TEXT block of main.f' \
    'data-string-negative-offset.s|2|DATA: negative offset -4'
}

@test "fuzz findings: the largest 32-bit displacements still assemble, to the bytes GNU as makes of them" {
  printf 'TEXT ·f(SB), $0-0\n\tMOVL\t0xffffffff(AX), BX\n\tMOVL\t-0x80000000(AX), BX\n\tMOVL\tx+0x7ffffffb(FP), BX\n\tRET\n' >f.s
  asm_ok -o f.o f.s
  # GNU as takes 0xffffffff as -1 (8b 58 ff, disp8): 32 bits wrap. 8b 98
  # disp32: movl disp(%eax), %ebx; 8b 9c 24 disp32: movl disp(%esp), %ebx
  run obj_bytes f.o main.f
  assert_output --partial 8b58ff8b98000000808b9c24ffffff7f
}

@test "fuzz findings: #include of itself, a directory, /dev/zero; an unterminated #ifdef at its own line; NUL bytes and broken UTF-8 around the middle dot" {
  check_cases \
    'include-itself.s|1|#include "f.s": nested more than 100 deep: f.s includes itself' \
    'include-itself-twice.s|1|#include "f.s": nested more than 100 deep: f.s includes itself' \
    'include-directory.s|1|#include ".": Is a directory' \
    'include-dev-zero.s|1|#include "/dev/zero": not a regular file' \
    'unterminated-ifdef-line-8.s|8|unterminated #ifdef' \
    "nul-byte.s|2|unexpected character '\\x00'" \
    "utf8-half-middot.s|2|unexpected character '\\xc2'" \
    "utf8-bad-byte-before-middot.s|2|unexpected character '\\xff'" \
    "utf8-stray-continuation.s|2|unexpected character '\\xb7'"
  # The self-#include is one message, its chain shown by its ends.
  mkdir -p case && cp "$FUZZDATA/include-itself.s" case/f.s
  cd case && asm_bounded out.o f.s && cd ..
  assert_equal "$(wc -l <case/stderr)" 10
  assert_equal "$(sed -n 6p case/stderr)" $'\t... 91 more #include levels'
}

# gen_case NAME: writes case/f.s, generated.
gen_case() {
  rm -rf case && mkdir case
  case $1 in
    parens) awk 'BEGIN { printf "TEXT ·f(SB), $0\n\tMOVL\t$"; for (i = 0; i < 110000; i++) printf "("; printf "1"; for (i = 0; i < 110000; i++) printf ")"; printf ", AX\n\tRET\n" }' ;;
    operand-parens) awk 'BEGIN { printf "TEXT ·f(SB), $0\n\tMOVL\t"; for (i = 0; i < 110000; i++) printf "("; printf "1"; for (i = 0; i < 110000; i++) printf ")"; printf "(AX), AX\n\tRET\n" }' ;;
    long-identifier) { printf 'TEXT ·f(SB), $0\n\t'; head -c 10000000 /dev/zero | tr '\0' A; printf '\n\tRET\n'; } ;;
    long-line) { printf 'TEXT ·f(SB), $0\n\tMOVL\t$1, AX '; head -c 10000000 /dev/zero | tr '\0' '@'; printf '\n\tRET\n'; } ;;
    nested-ifdef) awk 'BEGIN { printf "TEXT ·f(SB), $0\n"; for (i = 0; i < 100000; i++) print "#ifdef X"; print "\tRET" }' ;;
    exponential) awk 'BEGIN { for (i = 0; i < 40; i++) printf "#define A%d A%d A%d\n", i, i + 1, i + 1; printf "TEXT ·f(SB), $0\n\tA0\n\tRET\n" }' ;;
    macros-used-40-times) awk 'BEGIN { print "#define M0 NOP"; for (i = 1; i <= 12; i++) printf "#define M%d M%d; M%d\n", i, i - 1, i - 1; print "TEXT ·f(SB), $0"; for (i = 0; i < 40; i++) print "\tM12"; print "\tRET" }' ;;
  esac >case/f.s
}

@test "pathological inputs: deep parentheses, 10 MB lines and identifiers, 100,000 nested #ifdef, exponential macros" {
  problems=()
  gen_case parens
  check_file parens 2 'expression nested more than 1000 deep'
  gen_case operand-parens
  check_file operand-parens 2 'expression nested more than 1000 deep'
  gen_case long-identifier
  # The message is cut at 400 bytes.
  check_file long-identifier 2 "unknown instruction $(printf 'A%.0s' $(seq 380))... (9999620 bytes cut)"
  gen_case long-line
  check_file long-line 2 "unexpected character '@'"
  gen_case nested-ifdef
  check_file nested-ifdef 100001 'unterminated #ifdef'
  gen_case exponential
  check_file exponential 42 'unknown instruction A40'
  grep -qx 'f.s:42: macro expansion too large: more than 262144 tokens in all' case/stderr ||
    problems+=("exponential: no budget message: $(tail -n 2 case/stderr)")
  # 40 uses of 4,096 NOPs each, about 16,000 tokens a use: the budget is for the
  # whole file, not a line, and the 17th use spends it.
  gen_case macros-used-40-times
  check_file macros-used-40-times 31 'macro expansion too large: more than 262144 tokens in all'
  ((${#problems[@]} == 0)) || printf '%s\n' "${problems[@]}" | fail
}

@test "pathological inputs that are valid: 150,000 unary minuses, a #define of 100,000 parameters, 100,000 labels on one instruction" {
  awk 'BEGIN { printf "TEXT ·f(SB), $0\n\tMOVL\t$"; for (i = 0; i < 150001; i++) printf "-"; printf "~1, AX\n\tRET\n" }' >f.s
  asm_bounded - f.s
  assert_equal "$rc" 0
  grep -q $'\tmovl $2, %eax' stdout || fail "-~1 is 2: $(grep movl stdout)"
  awk 'BEGIN { printf "#define A("; for (i = 0; i < 100000; i++) printf "%sp%d", i ? "," : "", i; print ") p99999"; printf "TEXT ·f(SB), $0\n\tMOVL\t$A("; for (i = 0; i < 100000; i++) printf "%s%d", i ? "," : "", i; print "), AX\n\tRET" }' >f.s
  asm_bounded - f.s
  assert_equal "$rc" 0
  grep -q $'\tmovl $99999, %eax' stdout || fail "the last parameter: $(grep movl stdout)"
  awk 'BEGIN { print "TEXT ·f(SB), $0"; for (i = 0; i < 100000; i++) printf "l%d:\n", i; print "\tJMP\tl77777"; print "\tRET" }' >f.s
  asm_bounded f.o f.s
  assert_equal "$rc" 0
  [[ ! -s stderr ]] || fail "$(head -c 300 stderr)"
}

@test "pathological inputs: a million labels in one TEXT block assemble within the memory limit" {
  awk 'BEGIN { print "TEXT ·f(SB), $0"; for (i = 0; i < 1000000; i++) printf "l%d:\tNOP\n", i; print "\tJMP\tl999999"; print "\tRET" }' >f.s
  asm_bounded f.s.out f.s
  assert_equal "$rc" 0
  [[ ! -s stderr ]] || fail "$(head -c 300 stderr)"
}

@test "pathological inputs: /dev/zero as the input ends at the source size limit with its position" {
  asm_bounded out.o /dev/zero
  assert_equal "$rc" 1
  assert_equal "$(head -n 1 stderr)" '/dev/zero:1: file larger than 64 MB: the limit of one source file'
  assert_equal "$(ls -A)" $'stderr\nstdout'
}

@test "an output is never half-written: SIGKILL and SIGSEGV while GNU as runs leave nothing behind" {
  printf '#!/bin/sh\necho $$ >"%s/as.pid"\nexec %s "$@"\n' "$BATS_TEST_TMPDIR" "$AS" >slow-as
  chmod +x slow-as
  for sig in KILL SEGV; do
    rm -rf out "$BATS_TEST_TMPDIR/as.pid" && mkdir out
    # The input never ends (a pipe kept open), so pic386 is mid-run.
    mkfifo out/in
    (cd out && PIC386_AS=$TMP/slow-as exec "$PIC386" asm -o f.o - <in 2>/dev/null) &
    pid=$!
    exec {w}>out/in   # (bats owns fd 3)
    printf 'TEXT ·f(SB), $0\n\tRET\n' >&"$w"
    for _ in $(seq 200); do
      [[ -s $BATS_TEST_TMPDIR/as.pid ]] && break
      sleep 0.05
    done
    [[ -s $BATS_TEST_TMPDIR/as.pid ]] || fail "GNU as never started"
    kill -"$sig" "$pid"
    wait "$pid" || true
    exec {w}>&-
    aspid=$(cat "$BATS_TEST_TMPDIR/as.pid")
    for _ in $(seq 100); do
      kill -0 "$aspid" 2>/dev/null || break
      sleep 0.05
    done
    assert_equal "$sig: $(ls -A out)" "$sig: in"
  done
}
