#!/usr/bin/env bats
# Fatal signals and throw, reported as Go 1.7 reported them, from the
# alternate signal stack, with status 2.

load ../helpers
load build
load runtime

setup_file() {
  rt_setup_file
}

setup() {
  setup_tmp
}

# The address of the first instruction of SYM in FILE whose disassembly
# matches PATTERN, and SYM's own address, as "insn sym" in hex.
insn_addr() {
  local file=$1 sym=$2 pattern=$3
  "$OBJDUMP" -d --no-show-raw-insn "--disassemble=$sym" "$file" | awk -v pat="$pattern" -v want="<$sym>:" '
    $2 == want { start = $1 }
    start && $0 ~ pat { sub(":", "", $1); print $1, start; exit }'
}

@test "nil dereference: Go's panic report, the fault's pc, a traceback through two modules" {
  rt_prog nilderef
  rt_runall nilderef 2
  rt_golden nilderef
  run rt_out nilderef static.native
  assert_line --index 0 "panic: runtime error: invalid memory address or nil pointer dereference"
  assert_line --index 1 --regexp '^\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x[0-9a-f]+\]$'
  # pc is the faulting load, and the frame's offset is from depNil.Load
  local insn sym
  read -r insn sym < <(insn_addr "$TMP/nilderef/static/nilderef" depNil.Load 'mov +\(%eax\),%eax')
  [[ -n $insn ]]
  assert_line --index 1 --partial "pc=0x$((16#$insn)) hmm"
}
