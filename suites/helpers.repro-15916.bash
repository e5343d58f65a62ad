# shellcheck shell=bash
# suites/repro-15916: `load ../helpers.repro-15916` from its .bats files.
# The suite checks the product's reproduction of Go issue 15916, which lives
# at repro/15916/ of the tree (installed as PREFIX/lib/pic386/repro-15916):
# its table and the functions that build, run and judge each cell
# (repro/15916/matrix.bash, R15916_DIR the directory of its packages).
#
#   setup                  s_setup, every test's

# shellcheck source=suites/helpers.bash
source "${BASH_SOURCE[0]%/*}/helpers.bash"
# shellcheck source=repro/15916/matrix.bash
source "$S_TREE/repro/15916/matrix.bash"

setup() {
  s_setup
}
