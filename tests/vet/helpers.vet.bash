# shellcheck shell=bash
# tests/vet: `load helpers.vet` from its .bats files. The fixtures (small
# i386 assembly, linked at test time with the cross gcc), and vet run with
# its stdout and stderr apart.
#
#   setup        setup_tmp, every test's
#   vet ARGS...  run --separate-stderr "$PIC386" vet ARGS...

# shellcheck source=tests/helpers.bash
source "${BASH_SOURCE[0]%/*}/../helpers.bash"

# For the .bats files that load this.
# shellcheck disable=SC2034
{
  FIX=$BATS_TEST_DIRNAME/fixtures
  CC=i686-linux-gnu-gcc
}

setup() {
  setup_tmp
}

vet() {
  run --separate-stderr "$PIC386" vet "$@"
}
