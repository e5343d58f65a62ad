#!/usr/bin/env bats
# pic386 vet on every module of the matrix: the fixed builds are proven
# clean at every PIC PLT call; each bug is flagged exactly where it is:
# -bug=15916-morestack at the bare morestack calls of the shared libraries,
# -bug=15916-jmpdefer at the deferreturn call sites of the shared libraries
# (jmpdefer's 5-byte rewind read from libruntime.so's own code), both at
# both. The expected sites come from objdump, not from vet.

# shellcheck disable=SC2154 # bats' run sets output, status and lines

load ../helpers.repro-15916

setup_file() {
  r15916_setup_file "${R15916_VARIANTS[@]}"
}

# The shared build directories of a variant, one per program.
dirs() {
  local prog
  for prog in "${R15916_PROGS[@]}"; do
    dirname -- "$(r15916_bin "$R15916_OUT" "$prog" "$1" shared)"
  done
}

# "file: 0xaddr" of every call into a PLT entry named $2 in the shared
# libraries of variant $1; with $3=bare, only those not right after the
# -dynlink GOT load (lea GOT(%ecx), %ebx).
sites() {
  local d f
  while read -r d; do
    for f in "$d"/*.so; do
      "$OBJDUMP" -d --no-show-raw-insn "$f" | awk -v f="$f" -v sym="$2" -v bare="${3-}" '
        /^ *[0-9a-f]+:\t/ {
          if ($0 ~ ("call +[0-9a-f]+ <" sym "@plt>$") && !(bare && prev ~ /lea +-?0x[0-9a-f]+\(%ecx\),%ebx$/))
            print f ": 0x" substr($1, 1, length($1) - 1)
          prev = $0
        }'
    done
  done < <(dirs "$1") | sort
}

# FOUND: "file: 0xaddr" of vet's findings over variant $1's shared builds;
# VET_STATUS, VET_OUT: its exit status and output.
findings() {
  local d
  mapfile -t d < <(dirs "$1")
  run "$PIC386" vet "${d[@]}"
  VET_STATUS=$status VET_OUT=$output
  FOUND=$(grep -v '^vet: ' <<<"$output" | grep -v 'non-PIE executable' |
    sed -E 's/^([^:]+): [^ ]+ \((0x[0-9a-f]+)\): .*/\1: \2/' | sort)
}

@test "vet: every module of the fixed builds is proven, every PLT call site of its libraries counted" {
  local n
  n=$(while read -r d; do
    for f in "$d"/*.so; do
      "$OBJDUMP" -d --no-show-raw-insn "$f" | grep -cE '^ +[0-9a-f]+:'$'\t''(call|jmp|j[a-z]+) +[0-9a-f]+ <[^>]*@plt>$' || true
    done
  done < <(dirs fixed) | awk '{ n += $1 } END { print n }')
  findings fixed
  ((VET_STATUS == 0)) || fail "vet: exit $VET_STATUS: $VET_OUT"
  [[ $VET_OUT =~ vet:\ [0-9]+\ files,\ [0-9]+\ functions,\ ([0-9]+)\ PLT\ call\ sites:\ ([0-9]+)\ proven,\ 0\ findings,\ 0\ undecided ]] ||
    fail "summary: $VET_OUT"
  assert_equal "${BASH_REMATCH[1]}" "$n"
  assert_equal "${BASH_REMATCH[2]}" "$n"
  # The executables are not PIE: their PLT is absolute, nothing to check.
  assert_equal "$(grep -c 'non-PIE executable with an absolute PLT' <<<"$VET_OUT")" "${#R15916_PROGS[@]}"
}

@test "vet: -bug=15916-morestack is flagged at exactly the bare morestack calls of the libraries" {
  local want got
  want=$(sites morestack 'runtime\.morestack[a-z_]*' bare)
  [[ -n $want ]] || fail "objdump found no bare morestack call"
  findings morestack
  got=$FOUND
  assert_equal "$VET_STATUS" 1
  assert_equal "$got" "$want"
  [[ $VET_OUT == *"call runtime.morestack_noctxt@plt with EBX unknown: function entry → "*", no GOT load on the way"* ]] ||
    fail "$VET_OUT"
}

@test "vet: -bug=15916-jmpdefer is flagged at exactly the deferreturn call sites of the libraries" {
  local want got
  want=$(sites jmpdefer 'runtime\.deferreturn')
  [[ -n $want ]] || fail "objdump found no deferreturn call"
  findings jmpdefer
  got=$FOUND
  assert_equal "$VET_STATUS" 1
  assert_equal "$got" "$want"
  [[ $VET_OUT == *"deferreturn: a deferred call returns to 0x"*"(jmpdefer rewinds 5, from "*"libruntime.so): call runtime.deferreturn@plt with EBX unknown"* ]] ||
    fail "$VET_OUT"
}

@test "vet: -bug=15916 is flagged at both, and nowhere else" {
  local want got
  want=$( (sites both 'runtime\.morestack[a-z_]*' bare; sites both 'runtime\.deferreturn') | sort)
  findings both
  got=$FOUND
  assert_equal "$VET_STATUS" 1
  assert_equal "$got" "$want"
}

@test "vet: -runtime names the runtime: a fixed library judged against the pre-fix jmpdefer is flagged" {
  local lib rt
  lib=$(dirname -- "$(r15916_bin "$R15916_OUT" exe fixed shared)")/libdepBase.so
  rt=$(dirname -- "$(r15916_bin "$R15916_OUT" exe jmpdefer shared)")/libruntime.so
  run "$PIC386" vet -runtime "$rt" "$lib"
  assert_equal "$status" 1
  assert_line --partial 'jmpdefer rewinds 5, from '"$rt"
  run "$PIC386" vet "$lib"
  assert_equal "$status" 0
}
