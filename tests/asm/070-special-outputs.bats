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

@test "-o FIFO (object): handed to GNU as in place, which cannot seek in it; the FIFO stays, no temporary is left" {
  mkfifo out.o
  # The test holds the FIFO open itself for the whole run. GNU as opens its
  # output read-write, which does not wait for a reader: a reader started in
  # the background could open it only after GNU as had closed it, and then
  # wait for a writer for ever (it did, under load, in CI).
  exec {fd}<>out.o
  run "$PIC386" asm -I "$RUNTIME" -o out.o f.s
  exec {fd}>&-
  # An ELF object is written with seeks, which a FIFO refuses: GNU as says
  # so and pic386 asm fails with it, as Go's assembler would fail to write
  # one there too.
  assert_failure 1
  assert_output --partial 'Illegal seek'
  [[ -p out.o ]] || fail "out.o is no longer a FIFO"
  assert_equal "$(entries)" "f.s out.o "
}

@test "-o /dev/null leaves /dev/null a character device" {
  run "$PIC386" asm -I "$RUNTIME" -o /dev/null f.s
  assert_success
  [[ -c /dev/null ]] || fail "/dev/null is not a character device any more"
}
