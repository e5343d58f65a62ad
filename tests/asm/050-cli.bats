#!/usr/bin/env bats
# `pic386 asm` as a command: its flags, where its output goes, the GNU as it
# runs, and what an interrupted or failed run leaves behind (nothing).

# shellcheck disable=SC2016,SC2154 # assembly is full of $; bats' run sets stderr

load ../helpers

setup() {
  setup_tmp
  printf '%s\n' 'TEXT ·f(SB), 4, $0' '	RET' >f.s
}

@test "-h prints the usage with every flag on stdout and exits 0" {
  run --separate-stderr "$PIC386" asm -h
  assert_success
  assert_equal "$stderr" ''
  assert_line --index 0 'usage: pic386 asm [flags] file.s'
  for flag in '-o file' '-p path' '-I dir' '-D name' '-shared' '-dynlink' '-S' '-trimpath dir' '-bug=' '-h' '--version' PIC386_AS; do
    assert_output --partial "$flag"
  done
}

@test "--version names the version, the same one as pic386 --version" {
  run --separate-stderr "$PIC386" asm --version
  assert_success
  assert_output --regexp '^pic386 asm [0-9]+\.[0-9]+\.[0-9]+ '
  version=$(awk '{ print $3 }' <<<"$output")
  run "$PIC386" --version
  assert_output "pic386 $version"
}

@test "the default output is the input's base name with .o, in the current directory, like Go's" {
  mkdir sub
  cp f.s sub/x.s
  cp f.s sub/y.asm
  asm_ok sub/x.s
  asm_ok sub/y.asm
  assert_equal "$(ls -A)" $'f.s\nsub\nx.o\ny.asm.o'
  assert_equal "$(ls -A sub)" $'x.s\ny.asm'
  run "$READELF" -h x.o
  assert_line --regexp 'Class: +ELF32'
  assert_line --regexp 'Type: +REL \(Relocatable file\)'
  assert_line --regexp 'Machine: +Intel 80386'
}

@test "-o - writes the GNU as text to stdout, -o x.s to a file, the same text; -o x.o assembles it" {
  asm_ok -o - f.s
  text=$output
  assert_line --index 0 $'\t.file "f.s"'
  assert_line 'main.f:'
  assert_line $'\t.section .note.GNU-stack,"",@progbits'
  assert_equal "$(ls -A)" f.s
  asm_ok -o x.s f.s
  assert_equal "$output" ''
  assert_equal "$(cat x.s)" "$text"
  "$AS" --32 --fatal-warnings -o ref.o x.s
  asm_ok -o x.o f.s
  assert_equal "$(sec_hex x.o .text)" "$(sec_hex ref.o .text)"
  assert_equal "$(ls -A)" $'f.s\nref.o\nx.o\nx.s'
}

@test "-S prints the listing on stdout and still writes the object" {
  asm_ok -S -o x.o f.s
  assert_output $'main.f STEXT nosplit args=0 locals=0\n\t00000 (f.s:1)\tTEXT\tmain.f(SB), NOSPLIT, $0\n\t00001 (f.s:2)\tRET'
  run insns x.o main.f
  assert_output '1 c3 ret'
}

@test "-p sets what ·name means; pkg·name and a/b·name are absolute; the ELF names are Go's" {
  printf '%s\n' 'TEXT ·f(SB), 4, $0' '	CALL runtime·g(SB)' '	CALL a/b·h(SB)' '	RET' \
    'TEXT runtime·g(SB), 4, $0' '	RET' >p.s
  for pkg in main example.com/x/y; do
    asm_ok -p "$pkg" -o p.o p.s
    run "$READELF" -sW p.o
    assert_line --regexp " FUNC +GLOBAL +DEFAULT +[0-9]+ $pkg\\.f\$"
    assert_line --regexp ' FUNC +GLOBAL +DEFAULT +[0-9]+ runtime\.g$'
    assert_line --regexp ' NOTYPE +GLOBAL +DEFAULT +UND a/b\.h$'
    assert_equal "$(grep -c 'FUNC' <<<"$output")" 2
  done
  # Without -p, main.
  asm_ok -o p.o p.s
  run "$READELF" -sW p.o
  assert_line --regexp ' main\.f$'
}

@test "-D name and -Dname=value define macros that #ifdef and expressions see" {
  printf '%s\n' '#ifdef FOO' 'TEXT ·foo(SB), 4, $0' '	MOVL $(BAR+1), AX' '	RET' '#endif' \
    '#ifndef FOO' 'TEXT ·nofoo(SB), 4, $0' '	RET' '#endif' \
    '#ifdef BAZ' 'TEXT ·baz(SB), 4, $0' '	MOVL $BAZ, AX' '	RET' '#else' 'TEXT ·nobaz(SB), 4, $0' '	RET' '#endif' >d.s
  for d in '-D FOO -DBAR=3 -D BAZ' '-DFOO -D BAR=3 -DBAZ=7' '-D BAR=3'; do
    read -ra flags <<<"$d"
    asm_ok "${flags[@]}" -o d.o d.s
    run "$READELF" -sW d.o
    syms=$(awk '$4 == "FUNC" { print $8 }' <<<"$output" | sort | tr '\n' ' ')
    case $d in
    '-D FOO -DBAR=3 -D BAZ')
      assert_equal "$syms" 'main.baz main.foo '
      run insns d.o main.foo
      assert_line '5 b804000000 mov $0x4,%eax'
      run insns d.o main.baz
      assert_line '5 b801000000 mov $0x1,%eax' # -D name means 1, as in Go
      ;;
    '-DFOO -D BAR=3 -DBAZ=7')
      run insns d.o main.baz
      assert_line '5 b807000000 mov $0x7,%eax'
      ;;
    *)
      assert_equal "$syms" 'main.nobaz main.nofoo '
      ;;
    esac
  done
}

@test "-I dir and -Idir are searched in order, after the including file's directory" {
  mkdir -p src inc1 inc2
  printf '#define WHICH 1\n' >inc1/which.h
  printf '#define WHICH 2\n' >inc2/which.h
  printf '#define LOCAL 5\n' >src/local.h
  printf '%s\n' '#include "which.h"' '#include "local.h"' 'TEXT ·f(SB), 4, $0' \
    '	MOVL $WHICH, AX' '	MOVL $LOCAL, BX' '	RET' >src/i.s
  run --separate-stderr "$PIC386" asm -o i.o src/i.s
  assert_failure 1
  assert_equal "$(head -n 1 <<<"$stderr")" 'src/i.s:1: #include "which.h": not found'
  for flags in '-I inc1 -I inc2|1' '-Iinc2 -Iinc1|2' '-I inc2/ -I inc1|2'; do
    read -ra args <<<"${flags%|*}"
    asm_ok "${args[@]}" -o i.o src/i.s
    run insns i.o main.f
    assert_line "5 b80${flags#*|}000000 mov \$0x${flags#*|},%eax"
    assert_line '5 bb05000000 mov $0x5,%ebx'
  done
}

@test "PIC386_AS names the assembler; when it fails, exit 1 and no output file" {
  # It fails at once, without reading: pic386, still writing to it, must
  # not die of SIGPIPE but report the assembler's status. A large input
  # makes sure that the writing goes on after the assembler is gone.
  printf '#!/bin/sh\nexec 0<&-\necho "as: broken" >&2\nexit 3\n' >failing-as
  chmod +x failing-as
  for i in $(seq 3000); do printf 'TEXT ·f%d(SB), $0-0\n\tMOVL $%d, AX\n\tRET\n' "$i" "$i"; done >big.s
  for input in f.s big.s; do
    PIC386_AS=$PWD/failing-as run --separate-stderr "$PIC386" asm -o out.o "$input"
    assert_equal "$input: status $status" "$input: status 1"
    assert_equal "$stderr" "as: broken
pic386 asm: $input: GNU as failed (status 3) on the generated code"
    assert_equal "$(ls -A)" $'big.s\nf.s\nfailing-as'
  done
  rm big.s
  # One that does not exist at all.
  PIC386_AS=$PWD/no-such-as run --separate-stderr "$PIC386" asm -o out.o f.s
  assert_failure 1
  assert_equal "$stderr" "pic386 asm: cannot run $PWD/no-such-as: No such file or directory
pic386 asm: f.s: GNU as failed (status 127) on the generated code"
  assert_equal "$(ls -A)" $'f.s\nfailing-as'
  # And one that works, to show the variable is what is run.
  printf '#!/bin/sh\necho "$@" >"%s/as-args"\nexec %s "$@"\n' "$PWD" "$AS" >logging-as
  chmod +x logging-as
  PIC386_AS=$PWD/logging-as asm_ok -o out.o f.s
  run cat as-args
  # An unnamed temporary (O_TMPFILE) where the file system has them.
  assert_output --regexp '^--32 -mshared --fatal-warnings -o (/proc/self/fd/[0-9]+|out\.o\.tmp[0-9]+)$'
  assert [ -f out.o ]
}

@test "an output file that cannot be created: exit 1 with a message" {
  run --separate-stderr "$PIC386" asm -o no/such/dir/out.o f.s
  assert_failure 1
  assert_equal "$stderr" 'pic386 asm: cannot create no/such/dir/out.o: No such file or directory'
}

@test "SIGTERM while GNU as runs leaves neither the object nor a temporary behind" {
  # A slow assembler, so that the signal arrives while it is running; it
  # records its pid so that the test can wait for it to be gone too.
  printf '#!/bin/sh\necho $$ >"%s/as.pid"\nsleep 2\nexec %s "$@"\n' "$BATS_TEST_TMPDIR" "$AS" >slow-as
  chmod +x slow-as
  mkdir out
  (cd out && PIC386_AS=$TMP/slow-as exec "$PIC386" asm -o f.o ../f.s) &
  pid=$!
  for _ in $(seq 100); do
    [[ -s $BATS_TEST_TMPDIR/as.pid ]] && break
    sleep 0.05
  done
  [[ -s $BATS_TEST_TMPDIR/as.pid ]] || fail "the fake assembler never started"
  kill -TERM "$pid"
  status=0
  wait "$pid" || status=$?
  assert_equal "$status" 143
  # Whatever the assembler still does, it must not bring a file back.
  aspid=$(cat "$BATS_TEST_TMPDIR/as.pid")
  for _ in $(seq 100); do
    kill -0 "$aspid" 2>/dev/null || break
    sleep 0.05
  done
  sleep 0.2
  assert_equal "$(ls -A out)" ''
}

@test "SIGINT during text output leaves no temporary behind" {
  # A file large enough that writing it takes a moment, interrupted at once.
  {
    for i in $(seq 20000); do
      printf 'TEXT ·f%d(SB), $0-0\n\tMOVL $%d, AX\n\tRET\n' "$i" "$i"
    done
  } >big.s
  mkdir out
  (cd out && exec "$PIC386" asm -dynlink -o big.s ../big.s) &
  pid=$!
  # The temporary has no name (O_TMPFILE), so there is nothing to wait for.
  sleep 0.1
  kill -INT "$pid" 2>/dev/null || true
  status=0
  wait "$pid" || status=$?
  # Either the signal came in time (130) or the run had finished (0).
  if ((status == 0)); then
    assert_equal "$(ls -A out)" big.s
  else
    assert_equal "$status" 130
    assert_equal "$(ls -A out)" ''
  fi
}

@test "a source file named with a quote and a backslash assembles: .file is escaped for GNU as" {
  # shellcheck disable=SC2016 # $0-0 is assembly
  printf 'TEXT ·f(SB), 4, $0-0\n\tRET\n' >'we"ird\name.s'
  run "$PIC386" asm -o out.o 'we"ird\name.s'
  assert_success
  run "$PIC386" asm -o - 'we"ird\name.s'
  assert_line --index 0 $'\t.file "we\\"ird\\\\name.s"'
}

@test "-trimpath dir: the object names the file without dir/, as go tool asm -trimpath did" {
  mkdir -p work/pkg
  cp f.s work/pkg/f.s
  run "$PIC386" asm -trimpath "$TMP/work" -o - "$TMP/work/pkg/f.s"
  assert_success
  assert_line --index 0 $'\t.file "pkg/f.s"'
  # the STT_FILE symbol of the object
  run "$PIC386" asm -trimpath="$TMP/work" -o f.o "$TMP/work/pkg/f.s"
  assert_success
  run "$READELF" -sW f.o
  assert_line --regexp ' FILE +LOCAL +DEFAULT +ABS pkg/f\.s$'
  # only a whole leading directory is dropped
  run "$PIC386" asm -trimpath "$TMP/wo" -o - "$TMP/work/pkg/f.s"
  assert_line --index 0 $'\t.file "'"$TMP"$'/work/pkg/f.s"'
  run "$PIC386" asm -trimpath "$TMP/work/" -o - "$TMP/work/pkg/f.s"
  assert_line --index 0 $'\t.file "'"$TMP"$'/work/pkg/f.s"'
}
