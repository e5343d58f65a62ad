#!/usr/bin/env bats
# `pic386 run`: a program under qemu-i386 or natively, its exit status and
# arguments passed through, and what it says when it cannot run. The
# programs are built once per file; a fake qemu shows the command line.

# shellcheck disable=SC2016,SC2154 # assembly is literal; bats' run sets status, output, stderr

load ../helpers
load pkgs

setup_file() {
  export B_ROOT=$BATS_FILE_TMPDIR
  export PIC386PATH=$B_ROOT PIC386_CACHE=$B_ROOT/cache
  pkg lib lib.s <<'EOF'
// func Add(x, y int32) int32
TEXT ·Add(SB), $0-12
	MOVL	x+0(FP), AX
	ADDL	y+4(FP), AX
	MOVL	AX, ret+8(FP)
	RET
EOF
  # println(lib.Add(40, 2)) to stderr, "out\n" to stdout
  pkg hello <<'EOF'
#include "textflag.h"
DATA out<>+0(SB)/4, $"out\n"
GLOBL out<>(SB), RODATA, $4
TEXT ·main(SB), $16-0
	MOVL	$40, 0(SP)
	MOVL	$2, 4(SP)
	CALL	lib·Add(SB)
	MOVL	8(SP), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	MOVL	$1, 0(SP)
	MOVL	$out<>(SB), AX
	MOVL	AX, 4(SP)
	MOVL	$4, 8(SP)
	CALL	runtime·write(SB)
	RET
EOF
  # runtime.exit(3), then what never prints
  pkg exit3 <<'EOF'
TEXT ·main(SB), $4-0
	MOVL	$3, 0(SP)
	CALL	runtime·exit(SB)
	CALL	runtime·printnl(SB)
	RET
EOF
  local d=$B_ROOT/progs
  mkdir -p "$d"
  (
    cd "$d" &&
      "$PIC386" build hello &&
      "$PIC386" build exit3 &&
      "$PIC386" build -linkshared -o shared/hello hello &&
      "$PIC386" build -linkshared -o shared/exit3 exit3
  )
}

setup() {
  b_setup
  PROGS=$BATS_FILE_TMPDIR/progs
  # A qemu that writes its arguments to $TMP/qemu.argv, one a line, and
  # exits with $FAKE_STATUS.
  cat >"$BATS_TEST_TMPDIR/fake-qemu" <<'EOF'
#!/bin/sh
printf '%s\n' "$@" >"$FAKE_ARGV"
exit "${FAKE_STATUS:-0}"
EOF
  chmod +x "$BATS_TEST_TMPDIR/fake-qemu"
  export FAKE_ARGV=$TMP/qemu.argv
}

teardown() {
  b_teardown
}

@test "pic386 run: the program runs under qemu-i386, its stdout and stderr its own, its exit status 0" {
  local p
  for p in "$PROGS/hello" "$PROGS/shared/hello"; do
    run --separate-stderr "$PIC386" run "$p"
    assert_success
    assert_output out
    assert_equal "$stderr" 42
  done
}

@test "pic386 run: the exit status is the program's (runtime·exit(3) gives 3), static and shared" {
  run "$PIC386" run "$PROGS/exit3"
  assert_failure 3
  assert_output ''
  run "$PIC386" run "$PROGS/shared/exit3"
  assert_failure 3
  # and whatever qemu's is
  local s
  for s in 0 1 42 255; do
    PIC386_QEMU=$BATS_TEST_TMPDIR/fake-qemu FAKE_STATUS=$s run "$PIC386" run "$PROGS/hello"
    assert_equal "fake $s: $status" "fake $s: $s"
  done
}

@test "pic386 run: the arguments after the program are the program's, qemu takes none of them" {
  PIC386_QEMU=$BATS_TEST_TMPDIR/fake-qemu run "$PIC386" run "$PROGS/hello" a 'b c' '' -cpu max -L /x -native
  assert_success
  mapfile -t argv <"$FAKE_ARGV"
  local want=(-L /usr/i686-linux-gnu "$PROGS/hello" a 'b c' '' -cpu max -L /x -native)
  assert_equal "$(printf '[%s]' "${argv[@]}")" "$(printf '[%s]' "${want[@]}")"
  # the real qemu: options after the program do not reach it
  run --separate-stderr "$PIC386" run "$PROGS/hello" -cpu bogus -L /nonexistent -strace
  assert_success
  assert_equal "$stderr" 42
  # natively, a script shows its argv as the kernel passed it
  printf '#!/bin/sh\nprintf "[%%s]" "$0" "$@"\n' >args.sh
  chmod +x args.sh
  run "$PIC386" run -native args.sh a 'b c' '' -x
  assert_success
  assert_output '[./args.sh][a][b c][][-x]'
}

@test "pic386 run: a bare name is the file in the current directory, not one on PATH" {
  cp "$PROGS/hello" .
  PIC386_QEMU=$BATS_TEST_TMPDIR/fake-qemu run "$PIC386" run hello
  assert_success
  assert_equal "$(sed -n 3p "$FAKE_ARGV")" ./hello
  run --separate-stderr "$PIC386" run hello
  assert_success
  assert_equal "$stderr" 42
}

@test "pic386 run: PIC386_QEMU_CPU is qemu's -cpu, PIC386_SYSROOT its -L; unset or empty, the defaults" {
  export PIC386_QEMU=$BATS_TEST_TMPDIR/fake-qemu
  PIC386_QEMU_CPU=pentium3 run "$PIC386" run "$PROGS/hello" x
  assert_success
  assert_equal "$(paste -sd ' ' "$FAKE_ARGV")" "-L /usr/i686-linux-gnu -cpu pentium3 $PROGS/hello x"
  PIC386_QEMU_CPU='' PIC386_SYSROOT='' run "$PIC386" run "$PROGS/hello"
  assert_equal "$(paste -sd ' ' "$FAKE_ARGV")" "-L /usr/i686-linux-gnu $PROGS/hello"
  PIC386_QEMU_CPU=qemu32 PIC386_SYSROOT=/opt/sysroot run "$PIC386" run "$PROGS/hello"
  assert_equal "$(paste -sd ' ' "$FAKE_ARGV")" "-L /opt/sysroot -cpu qemu32 $PROGS/hello"
  # the real one with a real -cpu
  unset PIC386_QEMU
  PIC386_QEMU_CPU=max run --separate-stderr "$PIC386" run "$PROGS/hello"
  assert_success
  assert_equal "$stderr" 42
}

@test "pic386 run: a missing program is exit 1 with a message naming it, under qemu and -native" {
  local how
  for how in '' -native; do
    run --separate-stderr "$PIC386" run ${how:+"$how"} ./nope arg
    assert_equal "[$how] $status" "[$how] 1"
    assert_equal "[$how] $output" "[$how] "
    assert_equal "[$how] $stderr" "[$how] pic386 run: ./nope: No such file or directory"
  done
  # qemu is not run for it
  PIC386_QEMU=$BATS_TEST_TMPDIR/fake-qemu run "$PIC386" run "$TMP/nope"
  assert_failure 1
  [[ ! -e $FAKE_ARGV ]]
}

@test "pic386 run: without qemu-i386, a message that names qemu-user, and exit 127" {
  local q
  for q in "$BATS_TEST_TMPDIR/no/qemu-i386" no-such-qemu-i386; do
    PIC386_QEMU=$q run -127 --separate-stderr "$PIC386" run "$PROGS/hello"
    assert_equal "$output" ''
    assert_regex "$stderr" "^pic386 run: $q not found: .*qemu-user"
  done
  # nor on PATH
  run -127 --separate-stderr env PATH=/nonexistent "$PIC386" run "$PROGS/hello"
  assert_regex "$stderr" '^pic386 run: qemu-i386 not found: .*qemu-user'
}

@test "pic386 run -native: a static program runs on the kernel, its output and exit status its own" {
  need_native
  run --separate-stderr "$PIC386" run -native "$PROGS/hello"
  assert_success
  assert_output out
  assert_equal "$stderr" 42
  run "$PIC386" run -native "$PROGS/exit3"
  assert_failure 3
  # no qemu involved
  PIC386_QEMU=$BATS_TEST_TMPDIR/fake-qemu run "$PIC386" run -native "$PROGS/exit3"
  assert_failure 3
  [[ ! -e $FAKE_ARGV ]]
}

@test "pic386 run -native: a -linkshared program runs where the i386 loader is installed" {
  need_native
  [[ -e /lib/ld-linux.so.2 ]] || skip "no i386 dynamic loader (/lib/ld-linux.so.2: apt-get install libc6-i386)"
  run --separate-stderr "$PIC386" run -native "$PROGS/shared/hello"
  assert_success
  assert_equal "$stderr" 42
  run "$PIC386" run -native "$PROGS/shared/exit3"
  assert_failure 3
}

@test "pic386 run -native: an i386 program runs where the kernel runs i386, else exit 1 and a message that says why and names qemu" {
  # Both kinds of host are checked: the one probe (ci/lib/host.bash) says
  # which this is, and pic386 run must agree with it.
  local p
  for p in "$PROGS/hello" "$PROGS/shared/hello"; do
    run --separate-stderr "$PIC386" run -native "$p"
    if host_runs_i386; then
      [[ $p != */shared/* || -e /lib/ld-linux.so.2 ]] || continue
      assert_success
      assert_equal "$stderr" 42
    else
      assert_failure 1
      assert_output ''
      assert_equal "$stderr" "pic386 run: cannot run $p natively: this host's kernel does not run i386 programs (exec format error: no IA-32 emulation); run it under qemu-i386 instead: pic386 run without -native"
    fi
  done
}

@test "pic386 run -native: a file the kernel cannot run is exit 1 with a message" {
  printf 'not a program\n' >junk
  chmod +x junk
  local p
  for p in ./junk junk; do
    run --separate-stderr "$PIC386" run -native "$p"
    assert_failure 1
    assert_equal "$stderr" 'pic386 run: ./junk: not an i386 program (exec format error)'
  done
  chmod -x junk
  run --separate-stderr "$PIC386" run -native ./junk
  assert_failure 1
  assert_equal "$stderr" 'pic386 run: ./junk: Permission denied'
}

@test "pic386 run: bad usage is exit 2 with the usage; -h is the usage on stdout, exit 0" {
  run --separate-stderr "$PIC386" run
  assert_failure 2
  assert_regex "$stderr" '^pic386 run: no program named'$'\n''usage: pic386 run \[-native\] prog'
  run --separate-stderr "$PIC386" run -q "$PROGS/hello"
  assert_failure 2
  assert_regex "$stderr" '^pic386 run: unknown flag -q'$'\n''usage: pic386 run '
  run --separate-stderr "$PIC386" run -native
  assert_failure 2
  assert_regex "$stderr" '^pic386 run: no program named'
  run --separate-stderr "$PIC386" run -h
  assert_success
  assert_equal "$stderr" ''
  assert_line --index 0 'usage: pic386 run [-native] prog [args...]'
  assert_output --partial PIC386_QEMU_CPU
}
