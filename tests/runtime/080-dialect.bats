#!/usr/bin/env bats
# Go 1.7's dialect as its own runtime and math/big wrote it, running
# (issue 11): 13-byte argument blocks ($0-13, Cas's), across stack splits;
# LOCK before an instruction naming a global in a library; a tail JMP to
# another function of the same library; SHLL CX, DX:AX; UNDEF. Each program
# static and -linkshared, under qemu-i386 (lazy and LD_BIND_NOW) and
# natively where this host runs i386 programs, printing what Go would.

# shellcheck disable=SC2154 # bats' run sets status, output, lines

load ../helpers
load build
load runtime

setup_file() {
  rt_setup_file
}

setup() {
  setup_tmp
}

# Runs PROG in each configuration this host has; every output must be the
# same WANT and every exit status STATUS. Native configurations need a host
# that runs i386 programs: without one they are left out, and the test says
# so by skipping once the others have passed.
dialect_runs() {
  local prog=$1 status=$2 want=$3 config rc native=1
  host_runs_i386 || native=0
  for config in static.qemu shared.qemu shared.qemu.now static.native shared.native shared.native.now; do
    [[ $config == *native* ]] && ((native == 0)) && continue
    rc=0
    rt_run1 "$prog" "$config" || rc=$?
    if ((rc != status)) || [[ $(golden_normalize "$prog" <"$TMP/$prog/$config.out") != "$want" ]]; then
      printf '%s %s: exit %d, want %d\n-- output --\n%s\n-- want --\n%s\n' "$prog" "$config" "$rc" \
        "$status" "$(head -c 4000 "$TMP/$prog/$config.out")" "$want" | fail
      return 1
    fi
  done
  ((native)) || skip "native: $HOST_I386_WHY (the qemu runs passed)"
}

@test "\$0-13 (Go 1.7's Cas) and a tail JMP to it in a library, LOCK before a global, a 13-byte block split across segments, SHLL CX, DX:AX" {
  rt_prog args13
  dialect_runs args13 0 "$(printf '%s\n' 'true 2 false 2' 2 true '24 16' '1 2147483649')"
}

@test "a 13-byte argument block crosses stack segments word-aligned, in exactly 13 bytes each way (PIC386_STACK_STATS shows the splits)" {
  rt_prog args13
  PIC386_STACK_STATS=1 rt_run1 args13 static.qemu
  rt_stats "$TMP/args13/static.qemu.out"
  ((STAT[splits] >= 3)) || fail "Deep(3000) split ${STAT[splits]} times"
  run grep -x true "$TMP/args13/static.qemu.out"
  assert_success
  # the functions' table records 13, as Go's args=0xd
  run "$PIC386" asm -S -p atom13 -I "$RUNTIME" -o /dev/null "$PROGRAMS/src/atom13/atom.s"
  assert_success
  assert_line 'atom13.Cas STEXT nosplit args=0xd locals=0'
  assert_line 'atom13.Deep STEXT args=0xd locals=0x10'
}

@test "UNDEF is ud2 (0f 0b): SIGILL, Go's report, exit 2" {
  rt_prog undef
  run "$OBJDUMP" -d "$TMP/undef/static/undef"
  assert_line --regexp $'^ +[0-9a-f]+:\t0f 0b +\tud2 *$'
  # main.bad and main.main, as in the program of the sigill test
  dialect_runs undef 2 "$(cat "$RT_GOLDEN/sigill")"
}
