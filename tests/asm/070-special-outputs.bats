#!/usr/bin/env bats
# Outputs that are not regular files are written in place: the atomic
# temporary-and-rename would otherwise replace a device node or a FIFO with
# a regular file (it once turned /dev/null into one).

load ../helpers

# The directory's entries, sorted, on one line.
entries() { find . -mindepth 1 -maxdepth 1 -printf '%P ' | tr ' ' '\n' | sort | tr '\n' ' '; }

setup() {
  setup_tmp
  # shellcheck disable=SC2016 # $0-0 is assembly, not a shell expansion
  printf '#include "textflag.h"\nTEXT ·f(SB), NOSPLIT, $0-0\n\tRET\n' >f.s
}

@test "-o FIFO (text): the FIFO stays a FIFO and its reader gets the GNU as text" {
  mkfifo out.s
  cat out.s >got.s &
  reader=$!
  run "$PIC386" asm -I "$RUNTIME" -o out.s f.s
  assert_success
  wait "$reader"
  [[ -p out.s ]] || fail "out.s is no longer a FIFO: $(ls -l out.s)"
  grep -q '^main\.f:' got.s || fail "the reader did not get the function: $(cat got.s)"
  assert_equal "$(entries)" "f.s got.s out.s "
}

@test "-o FIFO (object): GNU as writes through it and no temporary is left" {
  mkfifo out.o
  cat out.o >got.o &
  reader=$!
  run "$PIC386" asm -I "$RUNTIME" -o out.o f.s
  wait "$reader"
  [[ -p out.o ]] || fail "out.o is no longer a FIFO"
  assert_equal "$(entries)" "f.s got.o out.o "
}

@test "-o /dev/null leaves /dev/null a character device" {
  run "$PIC386" asm -I "$RUNTIME" -o /dev/null f.s
  assert_success
  [[ -c /dev/null ]] || fail "/dev/null is not a character device any more"
}
