# shellcheck shell=bash
# suites/conformance: `load ../helpers.conformance` from its .bats files. The
# suite builds and runs the tree's test programs, programs/src (one source
# root, shared with tests/runtime), against their golden files,
# programs/golden.
#
#   setup                  cf_setup, every test's
#   cf_setup               s_setup, PIC386PATH programs/ and S_GOLDEN
#                          programs/golden
#   conform PROG [STATUS]  PROG built static and shared, run in every
#                          configuration with environment S_ENV, each run
#                          exits with STATUS (default 0) and prints the
#                          golden output

# shellcheck source=suites/helpers.bash
source "${BASH_SOURCE[0]%/*}/helpers.bash"

CF_PROGRAMS=$S_TREE/programs

cf_setup() {
  export PIC386PATH=$CF_PROGRAMS
  S_GOLDEN=$CF_PROGRAMS/golden
  s_setup
  [[ -d $CF_PROGRAMS/src ]] ||
    { echo "no $CF_PROGRAMS/src: the conformance suite runs the tree's test programs from the source tree" | fail; }
}

setup() {
  cf_setup
}

conform() {
  local prog=$1 want=${2:-0}
  s_prog "$prog"
  s_runall "$prog" "$want"
  s_golden "$prog"
}
