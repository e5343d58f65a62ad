#!/usr/bin/env bats
# Bad input: `file:line: message` on stderr, exit status 1, and no output file
# or temporary left behind; usage errors exit 2; and no input at all, however
# mangled, may crash pic386 or make it hang.

# shellcheck disable=SC2016,SC2154 # assembly is full of $; bats' run sets stderr

load ../helpers

TESTDATA=$BATS_TEST_DIRNAME/testdata
RUNTIME=$BATS_TEST_DIRNAME/../../runtime

setup() {
  setup_tmp
}

# check_cases CASE...: each CASE is "NAME|LINE|MESSAGE|FLAGS|SOURCE", SOURCE
# with printf %b escapes. Each is assembled as f.s in a directory of its own,
# once to an object and once to text; the first line of stderr must be
# "f.s:LINE: MESSAGE", every other one a diagnostic too (a sanitizer report
# is not), stdout empty, the status 1, and the directory as it was. All the
# cases run; the failures are reported together.
check_cases() {
  local spec name line msg flags src out rc first problems=() ndiag
  for spec; do
    IFS='|' read -r name line msg flags src <<<"$spec"
    for out in out.o out.s; do
      rm -rf case && mkdir case
      printf '%b\n' "$src" >case/f.s
      rc=0
      # shellcheck disable=SC2086 # FLAGS is a list of words
      (cd case && exec "$PIC386" asm $flags -o "$out" f.s >../stdout 2>../stderr) || rc=$?
      first=$(head -n 1 stderr)
      ndiag=$(grep -cvE $'^f\\.s:[0-9]+: |^\tincluded from ' stderr || true)
      local what=()
      ((rc == 1)) || what+=("exit status $rc")
      [[ $first == "f.s:$line: $msg" ]] || what+=("first line: $first")
      ((ndiag == 0)) || what+=("$ndiag line(s) of stderr not diagnostics: $(grep -m1 -vE $'^f\\.s:[0-9]+: |^\tincluded from ' stderr)")
      [[ ! -s stdout ]] || what+=("stdout: $(head -c 200 stdout)")
      left=$(find case -mindepth 1 ! -name f.s)
      [[ -z $left ]] || what+=("left behind: ${left//$'\n'/ }")
      ((${#what[@]} == 0)) || problems+=("$name (-o $out, want f.s:$line: $msg): $(printf '%s; ' "${what[@]}")")
    done
  done
  ((${#problems[@]} == 0)) || printf '%s\n' "${problems[@]}" | fail
}

@test "bad input: lexer and preprocessor" {
  check_cases \
    'unterminated string|1|unterminated string||DATA ·x+0(SB)/4, $"abc\nGLOBL ·x(SB), $4' \
    "unterminated char|2|unterminated character constant||TEXT ·f(SB), 4, \$0\n\tMOVL \$'a, AX\n\tRET" \
    'unterminated comment|3|unterminated /* comment||TEXT ·f(SB), 4, $0\n\tRET\n/* never closed\n\tNOP' \
    'junk character|2|unexpected character '"'@'"'||TEXT ·f(SB), 4, $0\n\tMOVL AX, BX @\n\tRET' \
    'junk byte|2|unexpected character '"'\\x01'"'||TEXT ·f(SB), 4, $0\n\tMOVL AX,\001 BX\n\tRET' \
    'malformed constant|2|malformed constant 12ab||TEXT ·f(SB), 4, $0\n\tMOVL $12ab, AX\n\tRET' \
    'constant overflow|2|integer constant 0x10000000000000000 overflows 64 bits||TEXT ·f(SB), 4, $0\n\tMOVL $0x10000000000000000, AX\n\tRET' \
    'bad escape|1|unknown escape sequence||DATA ·x+0(SB)/4, $"\\q"\nGLOBL ·x(SB), $4' \
    'unterminated #ifdef|2|unterminated #ifdef||TEXT ·f(SB), 4, $0\n#ifdef X\n\tRET' \
    '#else without #ifdef|2|#else without #ifdef||TEXT ·f(SB), 4, $0\n#else\n\tRET' \
    '#endif without #ifdef|3|#endif without #ifdef||TEXT ·f(SB), 4, $0\n\tRET\n#endif' \
    'duplicate #else|3|duplicate #else (the #ifdef is at f.s:1)||#ifdef X\n#else\n#else\n#endif' \
    'missing #include|2|#include "nope.h": not found||// first line\n#include "nope.h"\nTEXT ·f(SB), 4, $0\n\tRET' \
    'unsupported directive|1|unsupported directive #pragma||#pragma x\nTEXT ·f(SB), 4, $0\n\tRET' \
    'recursive macro, direct|3|recursive macro invocation A||#define A A\nTEXT ·f(SB), 4, $0\n\tA\n\tRET' \
    'recursive macro, indirect|5|recursive macro invocation A||#define A B\n#define B A\nTEXT ·f(SB), 4, $0\n\tNOP\n\tA\n\tRET' \
    'recursive macro, with arguments|3|recursive macro invocation m||#define m(x) m(x)\nTEXT ·f(SB), 4, $0\n\tm(1)\n\tRET' \
    'macro argument count|3|wrong number of arguments to macro m: have 1, want 2||#define m(x, y) MOVL x, y\nTEXT ·f(SB), 4, $0\n\tm(AX)\n\tRET' \
    'macro redefinition|2|redefinition of macro A||#define A 1\n#define A 2' \
    'division by zero|2|division by zero||TEXT ·f(SB), 4, $0\n\tMOVL $(1/0), AX\n\tRET' \
    'modulo by zero|2|division by zero||TEXT ·f(SB), 4, $0\n\tMOVL $(5%(2-2)), AX\n\tRET' \
    'bad expression|2|expected a constant expression||TEXT ·f(SB), 4, $0\n\tMOVL $(1+, AX\n\tRET'
}

@test "bad input: instructions and operands" {
  check_cases \
    'unknown instruction|2|unknown instruction FOOL||TEXT ·f(SB), 4, $0\n\tFOOL AX\n\tRET' \
    'too few operands|2|MOVL takes 2 operands, not 1||TEXT ·f(SB), 4, $0\n\tMOVL AX\n\tRET' \
    'too many operands|2|ADDL takes 2 operands, not 3||TEXT ·f(SB), 4, $0\n\tADDL AX, BX, CX\n\tRET' \
    'operand to RET|2|RET takes 0 operands, not 1||TEXT ·f(SB), 4, $0\n\tRET AX' \
    'LEAL of a register|2|LEAL: source operand cannot be register||TEXT ·f(SB), 4, $0\n\tLEAL AX, BX\n\tRET' \
    'LEAL of a constant|2|LEAL: source operand cannot be immediate||TEXT ·f(SB), 4, $0\n\tLEAL $1, AX\n\tRET' \
    'CMPL in AT&T order|2|CMPL: first operand cannot be immediate||TEXT ·f(SB), 4, $0\n\tCMPL $1, AX\n\tRET' \
    'Jcc to a register|2|JEQ: target operand cannot be register||TEXT ·f(SB), 4, $0\n\tJEQ AX\n\tRET' \
    'Jcc to a symbol|2|JEQ: target cannot be a symbol (main.g(SB)): a conditional jump stays inside its TEXT block||TEXT ·f(SB), 4, $0\n\tJEQ ·g(SB)\n\tRET' \
    'hinted Jcc to a symbol|2|JNE: target cannot be a symbol (main.g(SB)): a conditional jump stays inside its TEXT block||TEXT ·f(SB), 4, $0\n\tJNE $1, ·g(SB)\n\tRET' \
    'branch hint 2|3|JEQ: branch hint $2 is neither $0 (unlikely) nor $1 (likely)||TEXT ·f(SB), 4, $0\nx:\n\tJEQ $2, x\n\tRET' \
    'branch hint -1|3|JNE: branch hint $-1 is neither $0 (unlikely) nor $1 (likely)||TEXT ·f(SB), 4, $0\nx:\n\tJNE $-1, x\n\tRET' \
    'branch hint past 32 bits|3|JLT: branch hint $4294967297 is neither $0 (unlikely) nor $1 (likely)||TEXT ·f(SB), 4, $0\nx:\n\tJLT $0x100000001, x\n\tRET' \
    'branch hint a register|3|JEQ: hint operand cannot be register||TEXT ·f(SB), 4, $0\nx:\n\tJEQ AX, x\n\tRET' \
    'branch hint memory, on an alias|3|JEQ: hint operand cannot be memory||TEXT ·f(SB), 4, $0\nx:\n\tJZ (AX), x\n\tRET' \
    'branch hint an address|3|JEQ: hint operand cannot be address||TEXT ·f(SB), 4, $0\nx:\n\tJEQ $x(SB), x\n\tRET' \
    'hinted Jcc to a register|3|JEQ: target operand cannot be register||TEXT ·f(SB), 4, $0\nx:\n\tJEQ $1, AX\n\tRET' \
    'three operands to a Jcc|3|JEQ takes 1 to 2 operands, not 3||TEXT ·f(SB), 4, $0\nx:\n\tJEQ $1, $0, x\n\tRET' \
    'hint on JMP|3|JMP takes 1 operand, not 2||TEXT ·f(SB), 4, $0\nx:\n\tJMP $1, x\n\tRET' \
    'hint on CALL|3|CALL takes 1 operand, not 2||TEXT ·f(SB), 4, $0\nx:\n\tCALL $0, x\n\tRET' \
    'hint on LOOP|3|LOOP takes 1 operand, not 2||TEXT ·f(SB), 4, $0\nx:\n\tLOOP $1, x\n\tRET' \
    'hint on JCXZL|3|JCXZL takes 1 operand, not 2||TEXT ·f(SB), 4, $0\nx:\n\tJCXZ $0, x\n\tRET' \
    'IMUL3L without a constant|2|IMUL3L: first operand cannot be register||TEXT ·f(SB), 4, $0\n\tIMUL3L AX, BX, CX\n\tRET' \
    'both operands memory|2|MOVL: both operands are memory||TEXT ·f(SB), 4, $0\n\tMOVL (AX), (BX)\n\tRET' \
    'byte immediate out of range|2|MOVB: immediate 300 out of range for a 1-byte operand||TEXT ·f(SB), 4, $0\n\tMOVB $300, AL\n\tRET' \
    'long immediate out of range|2|MOVL: immediate 4294967296 out of range for a 4-byte operand||TEXT ·f(SB), 4, $0\n\tMOVL $0x100000000, AX\n\tRET' \
    'byte form of SP|2|MOVB: SP has no byte form||TEXT ·f(SB), 4, $0\n\tMOVB SP, AL\n\tRET' \
    'byte register in MOVL|2|MOVL: byte register AL in a 4-byte operation||TEXT ·f(SB), 4, $0\n\tMOVL AL, BX\n\tRET' \
    'shift count register|2|SHLL: a shift count register must be CX||TEXT ·f(SB), 4, $0\n\tSHLL BX, AX\n\tRET' \
    'shift count range|2|SHLL: shift count 256 out of range 0..255||TEXT ·f(SB), 4, $0\n\tSHLL $256, AX\n\tRET' \
    'INT vector range|2|INT: vector 256 out of range 0..255||TEXT ·f(SB), 4, $0\n\tINT $256\n\tRET' \
    'bad scale|2|bad scale 3: want 1, 2, 4 or 8||TEXT ·f(SB), 4, $0\n\tMOVL (AX)(BX*3), CX\n\tRET' \
    'SP as index|2|SP cannot be an index register||TEXT ·f(SB), 4, $0\n\tMOVL (AX)(SP*1), CX\n\tRET' \
    'byte register as index|2|byte register BL cannot be an index||TEXT ·f(SB), 4, $0\n\tMOVL (AX)(BL*1), CX\n\tRET' \
    'byte register as base|2|byte register BL cannot address memory||TEXT ·f(SB), 4, $0\n\tMOVL (BL), CX\n\tRET' \
    '$ before a register|2|$ before a register||TEXT ·f(SB), 4, $0\n\tMOVL $AX, BX\n\tRET' \
    'FP alone|2|pseudo-register FP cannot be an operand by itself||TEXT ·f(SB), 4, $0\n\tMOVL FP, AX\n\tRET' \
    'FP without a name|2|cannot reference FP without a symbol name (write name+4(FP))||TEXT ·f(SB), 4, $0-8\n\tMOVL 4(FP), AX\n\tRET' \
    'SB without a name|2|cannot reference SB without a symbol name||TEXT ·f(SB), 4, $0\n\tMOVL 4(SB), AX\n\tRET' \
    'symbol without SB|2|foo: a symbol name needs (SB), (FP) or (SP)||TEXT ·f(SB), 4, $0\n\tMOVL foo(AX), BX\n\tRET' \
    'missing operand|2|MOVL: missing operand after ,||TEXT ·f(SB), 4, $0\n\tMOVL AX,\n\tRET' \
    'TLS in arithmetic|2|ADDL: TLS is only allowed as MOVL TLS, R||TEXT ·f(SB), 4, $0\n\tADDL TLS, AX\n\tRET' \
    'TLS into memory|2|MOVL: TLS is only allowed as MOVL TLS, R||TEXT ·f(SB), 4, $0\n\tMOVL TLS, 4(SP)\n\tRET' \
    'TLS into SP|2|MOVL: TLS is only allowed as MOVL TLS, R||TEXT ·f(SB), 4, $0\n\tMOVL TLS, SP\n\tRET' \
    'TLSBSS as sym(SB)|3|MOVL: main.t is thread-local (TLSBSS): TLS is reached through the TLS register, as g is (get_tls(R); MOVL g(R), R), never as main.t(SB)||GLOBL ·t(SB), 256, $4\nTEXT ·f(SB), 4, $0\n\tMOVL ·t(SB), AX\n\tRET' \
    'TLSBSS address, -shared|3|MOVL: main.t is thread-local (TLSBSS): TLS is reached through the TLS register, as g is (get_tls(R); MOVL g(R), R), never as main.t(SB)|-shared|GLOBL ·t(SB), 256, $4\nTEXT ·f(SB), 4, $0\n\tMOVL $·t(SB), AX\n\tRET' \
    'TLSBSS store, -dynlink|3|MOVL: main.t is thread-local (TLSBSS): TLS is reached through the TLS register, as g is (get_tls(R); MOVL g(R), R), never as main.t(SB)|-dynlink|GLOBL ·t(SB), 256, $4\nTEXT ·f(SB), 4, $0\n\tMOVL AX, ·t(SB)\n\tRET'
}

@test "bad input: TEXT blocks, labels and branches" {
  check_cases \
    'undefined label|3|undefined label nowhere in main.f||TEXT ·f(SB), 4, $0\n\tNOP\n\tJMP nowhere\n\tRET' \
    'duplicate label|4|label l defined twice in main.f||TEXT ·f(SB), 4, $0\nl:\n\tNOP\nl:\n\tRET' \
    'label in another TEXT|5|branch to label l leaves its TEXT block main.g (the label is in main.f)||TEXT ·f(SB), 4, $0\nl:\n\tRET\nTEXT ·g(SB), 4, $0\n\tJMP l\n\tRET' \
    'label in a later TEXT|2|branch to label l leaves its TEXT block main.f (the label is in main.g)||TEXT ·f(SB), 4, $0\n\tJEQ l\n\tRET\nTEXT ·g(SB), 4, $0\nl:\n\tRET' \
    'n(PC) past the end|2|branch 5(PC) leaves the TEXT block of main.f||TEXT ·f(SB), 4, $0\n\tJMP 5(PC)\n\tRET' \
    'n(PC) before the start|3|branch -3(PC) leaves the TEXT block of main.f||TEXT ·f(SB), 4, $0\n\tNOP\n\tJMP -3(PC)\n\tRET' \
    'duplicate TEXT|3|duplicate TEXT for main.f (first at f.s:1)||TEXT ·f(SB), 4, $0\n\tRET\nTEXT ·f(SB), 4, $0\n\tRET' \
    'TEXT of a GLOBL|2|duplicate symbol for main.f (first at f.s:1)||GLOBL ·f(SB), $4\nTEXT ·f(SB), 4, $0\n\tRET' \
    'instruction outside TEXT|2|MOVL outside of a TEXT block||// nothing yet\nMOVL AX, BX\nTEXT ·f(SB), 4, $0\n\tRET' \
    'label outside TEXT|1|label l outside of a TEXT block||l:\nTEXT ·f(SB), 4, $0\n\tRET' \
    'frame size not a multiple of 4|1|TEXT main.f: bad frame size 3: want a multiple of 4 (a negative one is none)||TEXT ·f(SB), 4, $3\n\tRET' \
    'TEXT without a symbol|1|TEXT wants sym(SB), [flags,] $frame[-args]||TEXT AX, $0\n\tRET' \
    'TEXT without a size|1|TEXT: missing $frame[-args]||TEXT ·f(SB), 4\n\tRET' \
    'unbalanced PUSH/POP|3|unbalanced PUSH/POP in main.f: SP is off by 4 bytes at RET||TEXT ·f(SB), 4, $0\n\tPUSHL AX\n\tRET' \
    'unbalanced POP|4|unbalanced PUSH/POP in main.f: SP is off by -4 bytes at RET||TEXT ·f(SB), $8-0\n\tMOVL AX, BX\n\tPOPL AX\n\tRET'
}

@test "bad input: DATA and GLOBL" {
  check_cases \
    'DATA outside its GLOBL size|1|DATA main.x+4/4 lies outside its GLOBL size 4||DATA ·x+4(SB)/4, $1\nGLOBL ·x(SB), $4' \
    'overlapping DATA|2|DATA main.x+2/2 overlaps the DATA at f.s:1||DATA ·x+0(SB)/4, $1\nDATA ·x+2(SB)/2, $1\nGLOBL ·x(SB), $8' \
    'DATA without GLOBL|2|DATA for main.x without a GLOBL||GLOBL ·y(SB), $4\nDATA ·x+0(SB)/4, $1' \
    'DATA value too big|1|DATA: value 256 does not fit in 1 bytes||DATA ·x+0(SB)/1, $256\nGLOBL ·x(SB), $4' \
    'DATA string too long|1|DATA: string of 5 bytes does not fit in 4||DATA ·x+0(SB)/4, $"hello"\nGLOBL ·x(SB), $8' \
    'DATA size 3|1|DATA: bad size 3: want 1, 2, 4 or 8||DATA ·x+0(SB)/3, $1\nGLOBL ·x(SB), $4' \
    'DATA address of size 2|1|DATA: an address needs size 4, not 2||DATA ·x+0(SB)/2, $·y(SB)\nGLOBL ·x(SB), $4' \
    'DATA for TLSBSS|1|DATA for TLSBSS symbol main.t: thread-local data starts zeroed||DATA ·t+0(SB)/4, $1\nGLOBL ·t(SB), 256, $4' \
    'duplicate GLOBL|2|duplicate GLOBL for main.x (first at f.s:1)||GLOBL ·x(SB), $4\nGLOBL ·x(SB), $4' \
    'negative GLOBL size|1|GLOBL: bad size: want $n with n >= 0||GLOBL ·x(SB), $-4'
}

@test "bad input: what the PIC rewrites cannot do (CX is theirs)" {
  check_cases \
    'CX stored under -dynlink|3|MOVL: CX is used by the -dynlink rewrite of main.V; use another register|-dynlink|GLOBL ·V(SB), $4\nTEXT ·f(SB), 4, $0\n\tMOVL CX, ·V(SB)\n\tRET' \
    'CX as index under -shared|3|MOVL: CX cannot index main.V under -shared: the rewrite loads the address into CX|-shared|GLOBL ·V(SB), $4\nTEXT ·f(SB), 4, $0\n\tMOVL ·V(SB)(CX*4), AX\n\tRET' \
    'indexed global address under -dynlink|3|LEAL: cannot index the address of main.V under -dynlink; load $main.V(SB) into a register and index that|-dynlink|GLOBL ·V(SB), $4\nTEXT ·f(SB), 4, $0\n\tLEAL ·V(SB)(SI*4), AX\n\tRET' \
    'CX beside an address under -shared|3|ADDL: CX is used by the -shared rewrite of main.V; use another register|-shared|GLOBL ·V(SB), $4\nTEXT ·f(SB), 4, $0\n\tADDL CX, ·V(SB)\n\tRET' \
    'global in both operands under -dynlink|3|MOVL: both operands are memory|-dynlink|GLOBL ·V(SB), $4\nTEXT ·f(SB), 4, $0\n\tMOVL ·V(SB), ·V(SB)\n\tRET'
}

@test "a missing #include deep down names the whole chain" {
  mkdir -p inc
  printf '#include "b.h"\n' >inc/a.h
  printf '// b\n#include "missing.h"\n' >inc/b.h
  printf '#include "inc/a.h"\nTEXT ·f(SB), 4, $0\n\tRET\n' >f.s
  run --separate-stderr "$PIC386" asm -o out.o f.s
  assert_failure 1
  assert_equal "$stderr" $'inc/b.h:2: #include "missing.h": not found\n\tincluded from inc/a.h:1\n\tincluded from f.s:1'
  [[ ! -e out.o ]]
}

@test "after too many errors pic386 stops, and still leaves nothing behind" {
  { echo 'TEXT ·f(SB), 4, $0'; for i in $(seq 30); do echo "	FOO$i"; done; echo '	RET'; } >f.s
  for out in out.o out.s; do
    run --separate-stderr "$PIC386" asm -o "$out" f.s
    assert_failure 1
    assert_equal "$(grep -c 'unknown instruction FOO' <<<"$stderr")" 20
    assert_equal "${stderr##*$'\n'}" 'pic386 asm: too many errors'
    assert_equal "$(ls -A)" f.s
  done
}

@test "usage errors exit 2 with the usage text; a missing input file exits 1" {
  local usage_cases=(
    'unknown flag -x|-x f.s'
    'no input file|-o out.o'
    'one input file only (have a.s and b.s)|a.s b.s'
    'unknown bug nope (known: 15916, 15916-morestack, 15916-jmpdefer)|-bug=nope f.s'
    'flag -o needs a value|f.s -o'
  )
  printf 'TEXT ·f(SB), 4, $0\n\tRET\n' >f.s
  for c in "${usage_cases[@]}"; do
    read -ra args <<<"${c#*|}"
    run --separate-stderr "$PIC386" asm "${args[@]}"
    assert_equal "${args[*]}: status $status" "${args[*]}: status 2"
    assert_equal "${args[*]}: $(head -n 1 <<<"$stderr")" "${args[*]}: pic386 asm: ${c%%|*}"
    [[ $stderr == *$'\nusage: pic386 asm [flags] file.s\n'* ]] || fail "${args[*]}: no usage text in: $stderr"
    assert_equal "$output" ''
    assert_equal "$(ls -A)" f.s
  done
  run --separate-stderr "$PIC386" asm -o out.o nope.s
  assert_failure 1
  assert_equal "$stderr" 'pic386 asm: open nope.s: No such file or directory'
  assert_equal "$(ls -A)" f.s
}

# mutate SEED FILE...: one input made from FILE, changed by a few random
# edits: lines dropped, doubled, swapped or cut short, tokens inserted or
# replaced, the file ended early. The same SEED makes the same input.
mutate() {
  local seed=$1
  shift
  awk -v seed="$seed" '
    BEGIN {
      srand(seed)
      npool = split("AX|CX|SP|AL|$1|$-1|$0x7fffffff|(SB)|(FP)|(SP)|(PC)|(TLS*1)|·x|x<>|" \
        "TEXT ·f(SB), $0|TEXT ·g(SB), 4, $8-4|TEXT ·h(SB), 64, $5000-8|RET|#define|#define M(a) a a|" \
        "#include \"x.h\"|#ifdef A|#ifndef A|#endif|#else|#undef A|/*|*/|//|\"|'"'"'|(|)|,|$|:|;|\\|" \
        "0x|1<<70|99999999999999999999999|-|*|/|%|TLS|(AX)(BX*4)|DATA ·d+0(SB)/4, $1|" \
        "DATA ·d+2(SB)/8, $\"ab\"|GLOBL ·d(SB), $4|GLOBL ·d(SB), 8|256, $4|JMP 1(PC)|JMP -9(PC)|" \
        "CALL ·f(SB)|CALL x<>(SB)|loop:|JMP loop|PUSHL AX|POPL AX|MOVL|MOVB|LEAL|MOVL TLS, CX|" \
        "\001|\377|\302\267|\342\210\225|\t|  ", pool, "|")
    }
    { line[++n] = $0 }
    END {
      k = 1 + int(rand() * 8)
      for (m = 0; m < k; m++) {
        op = int(rand() * 7); i = 1 + int(rand() * n); j = 1 + int(rand() * n)
        if (op == 0) line[i] = ""
        else if (op == 1) line[i] = line[i] "\n" line[j]
        else if (op == 2) { t = line[i]; line[i] = line[j]; line[j] = t }
        else if (op == 3 || op == 5) {
          p = 1 + int(rand() * (length(line[i]) + 1))
          q = op == 3 ? p : p + int(rand() * 6)
          line[i] = substr(line[i], 1, p - 1) pool[1 + int(rand() * npool)] substr(line[i], q)
        }
        else if (op == 4) line[i] = substr(line[i], 1, int(rand() * length(line[i])))
        else if (i > 1) n = i
      }
      for (i = 1; i <= n; i++) print line[i]
    }' "$@"
}

@test "200 mangled inputs: each ends within 5 s with status 0 or 1, never a crash, nothing left behind" {
  # The bases: the corpus, the listing source and every bad input above.
  sed -n "s/^ *'[^|]*|[0-9]*|[^|]*|[^|]*|\\(.*\\)' \\\\\$/\\1/p" "$BATS_TEST_FILENAME" >cases.txt
  (($(wc -l <cases.txt) >= 60)) || fail "found only $(wc -l <cases.txt) bad-input sources"
  local bases=("$TESTDATA/386enc.s" "$TESTDATA/listing/listing.s")
  local i=0
  while IFS= read -r src; do
    printf '%b\n' "$src" >"base$i.s"
    i=$((i + 1))
  done <cases.txt
  bases+=(base*.s)
  local modes=('' '-shared' '-dynlink' '-dynlink -bug=15916-morestack') problems=()
  mkdir run
  for seed in $(seq 1 200); do
    base=${bases[seed % ${#bases[@]}]}
    mutate "$seed" "$base" >run/in.s
    out=out.s
    ((seed % 5)) || out=out.o
    rc=0
    # shellcheck disable=SC2086 # the mode is a list of words
    (cd run && exec timeout 5 "$PIC386" asm -I "$RUNTIME" ${modes[seed % 4]} -o $out in.s \
      >/dev/null 2>../stderr) || rc=$?
    why=''
    if ((rc == 124)); then why="timed out"
    elif ((rc != 0 && rc != 1)); then why="exit status $rc"
    elif grep -qE 'Sanitizer|runtime error|^SUMMARY' stderr; then why="sanitizer: $(grep -m1 -E 'ERROR|runtime error' stderr)"
    else
      left=$(find run -mindepth 1 ! -name in.s ! -name "$out")
      ((rc == 0)) && [[ ! -f run/$out ]] && why="no $out after success"
      ((rc == 1)) && [[ -f run/$out ]] && left+=" run/$out"
      [[ -z ${left// /} ]] || why="left behind: ${left//$'\n'/ }"
    fi
    if [[ -n $why ]]; then
      cp run/in.s "$BATS_TEST_TMPDIR/mangled-$seed.s"
      problems+=("seed $seed (from ${base##*/}, mode '${modes[seed % 4]}', -o $out): $why")
    fi
    rm -f run/$out
  done
  ((${#problems[@]} == 0)) || printf '%s\n' "${problems[@]}" "inputs kept in $BATS_TEST_TMPDIR" | fail
}
