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

# "INSN SYM": the addresses (hex) of the first instruction of SYM in FILE
# whose disassembly matches the regular expression PATTERN, and of SYM.
insn_addr() {
  local file=$1 sym=$2 pattern=$3
  "$OBJDUMP" -d --no-show-raw-insn "--disassemble=$sym" "$file" | awk -v pat="$pattern" -v want="<$sym>:" '
    $2 == want { start = $1 }
    start && $0 ~ pat { sub(":", "", $1); print $1, start; exit }'
}

@test "nil dereference: Go's panic report and a traceback through two modules" {
  rt_prog nilderef
  rt_runall nilderef 2
  rt_golden nilderef
}

@test "nil dereference: pc is the faulting instruction, +0x its offset in the function" {
  rt_prog nilderef
  rt_runall nilderef 2
  local insn sym
  # static: one module at a fixed address
  read -r insn sym < <(insn_addr "$TMP/nilderef/static/nilderef" depNil.Load 'mov +\(%eax\),%eax')
  run rt_out nilderef "static.$RT_REF"
  assert_line --index 1 "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x${insn#"${insn%%[!0]*}"}]"
  assert_line --index 3 "depNil.Load(0x0, 0x0)"
  assert_line --index 4 --regexp $'^\t/.*/nilderef '"\\+$(printf '0x%x' $((16#$insn - 16#$sym)))\$"
  # shared: the library is wherever the loader put it; the offset is fixed
  read -r insn sym < <(insn_addr "$TMP/nilderef/shared/libdepNil.so" depNil.Load 'mov +\(%eax\),%eax')
  run rt_out nilderef "shared.$RT_REF"
  assert_line --index 4 --regexp $'^\t/.*/libdepNil\\.so '"\\+$(printf '0x%x' $((16#$insn - 16#$sym)))\$"
}

@test "throw: fatal error and a traceback from its caller; nothing after it runs" {
  rt_prog throw
  rt_runall throw 2
  rt_golden throw
}

@test "SIGFPE: integer divide by zero is Go's panic" {
  rt_prog sigfpe
  rt_runall sigfpe 2
  rt_golden sigfpe
}

@test "SIGILL: thrown at once, with PC, traceback and register dump" {
  rt_prog sigill
  rt_runall sigill 2
  rt_golden sigill
  local config
  for config in "${RT_CONFIGS[@]}"; do
    run rt_out sigill "$config"
    assert_line "eax    0x11223344"
  done
  local insn sym
  read -r insn sym < <(insn_addr "$TMP/sigill/static/sigill" main.bad 'ud2')
  run rt_out sigill static.qemu
  assert_line --index 1 "PC=0x$insn m=0"
  assert_line "eip    0x$insn"
}

@test "SIGTRAP: a breakpoint with no debugger" {
  rt_prog sigtrap
  rt_runall sigtrap 2
  rt_golden sigtrap
}

@test "throw from the runtime's C code: traced from where the goroutine left its stack" {
  rt_prog badsiz
  rt_runall badsiz 2
  rt_golden badsiz
}
