# shellcheck shell=bash
# tests/vet: `load helpers.vet` from its .bats files. The fixtures (small
# i386 assembly, linked at test time with the cross gcc), and vet run with
# its stdout and stderr apart.
#
#   setup        setup_tmp, every test's
#   vet ARGS...  run --separate-stderr "$PIC386" vet ARGS...
#   vet_proven SRC SO N   SRC linked and vetted: all N PLT sites proven
#   vet_bad               bad.s linked and vetted: findings (exit 1)

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

# vet_proven SRC SO N [LDFLAGS...]: SRC linked into SO, and every one of
# its N PLT call sites proven (exit 0). The gaps' cases start so.
vet_proven() {
  local src=$1 so=$2 n=$3
  shift 3
  $CC -shared -o "$so" "$src" "$@"
  vet "$so"
  assert_equal "$status" 0
  assert_line --regexp "^vet: 1 files, [0-9]+ functions, $n PLT call sites: $n proven, 0 findings, 0 undecided"
}

# vet_bad [LDFLAGS...]: bad.s (a case broken by sed) linked into bad.so and
# vetted: findings, exit 1; the caller asserts which.
vet_bad() {
  $CC -shared -o bad.so bad.s "$@"
  vet bad.so
  assert_equal "$status" 1
}
