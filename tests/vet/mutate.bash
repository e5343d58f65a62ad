# shellcheck shell=bash
# Fault injection for pic386 vet (tests/vet/020-mutation.bats): breaks the
# PLT invariant at chosen sites of a clean module, by patching its bytes in
# place, and checks vet flags every one.
#
#   mut_candidates KIND FILE  "site patchaddr patchlen" of every place a
#                             fault of KIND can go
#   mut_inject KIND FILE OUT N
#                             up to N mutants of FILE, each one fault of
#                             KIND at one PLT call site, written to
#                             OUT.<addr>; their sites in MUT_SITES
#       nopload  the instruction loading EBX (add/lea ...,%ebx) before the
#                call becomes NOPs
#       clobber  the instruction just before the call becomes `inc %ebx`
#                and NOPs: EBX = GOT+1 between the load and the call
#       tail     the call becomes a jump (e8 -> e9) after `xor %ebx,%ebx`:
#                a tail call made after EBX was given up
#   mut_patch FILE ADDR HEX   writes the bytes HEX at virtual address ADDR
#   mut_detected FILE ADDR    vet -json FILE reports a finding at ADDR

# "vaddr offset size" of each executable section with contents.
mut_secs() {
  "$READELF" -SW "$1" | awk '
    $1 == "[" { $1 = ""; $0 = "[" $0 }
    /^ *\[ *[0-9]+\]/ {
      sub(/^ *\[ *[0-9]+\] */, "")
      if ($2 == "PROGBITS" && $7 ~ /X/) print $3, $4, $5
    }'
}

mut_off() {
  local file=$1 addr=$((16#${2#0x})) va off sz
  while read -r va off sz; do
    va=$((16#$va)) off=$((16#$off)) sz=$((16#$sz))
    if ((addr >= va && addr < va + sz)); then
      echo $((addr - va + off))
      return 0
    fi
  done < <(mut_secs "$file")
  return 1
}

mut_patch() {
  local file=$1 addr=$2 hex=$3 off
  off=$(mut_off "$file" "$addr") || return
  # shellcheck disable=SC2059,SC2001 # the format is the bytes, built here
  printf "$(sed 's/../\\x&/g' <<<"$hex")" | dd of="$file" bs=1 seek="$off" conv=notrunc status=none
}

# "site patchaddr patchlen" of every candidate for a fault of KIND in FILE:
# awk reads objdump once. Each instruction carries its block (the symbol
# objdump starts it under): a fault goes into the code of the call's block.
mut_candidates() {
  local kind=$1 file=$2
  "$OBJDUMP" -d -w "$file" | awk -F'\t' -v kind="$kind" '
    /^[0-9a-f]+ <.*>:$/ { block++ }
    /^ *[0-9a-f]+:\t/ {
      addr = $1; sub(/^ */, "", addr); sub(/:$/, "", addr)
      hex = $2; gsub(/ /, "", hex)
      if (hex == "") next
      text = $3; gsub(/  +/, " ", text)
      n++; A[n] = addr; L[n] = length(hex) / 2; B[n] = block; H[n] = hex; T[n] = text
    }
    function branch(t) { return t ~ /^(j[a-z]*|call|ret|loop|notrack|bnd)( |$)/ }
    # The instruction before the call is on the way to it: not padding
    # after a jump (only a branch reaches the call then).
    function onpath(i) {
      return T[i - 1] !~ /^(nop|xchg %ax,%ax|lea 0x0\(%e[a-z]+(,%eiz,1)?\),%e[a-z]+|data16)/ &&
             (i < 3 || T[i - 2] !~ /^(jmp|ret|ud2|hlt)( |$)/)
    }
    END {
      for (i = 2; i <= n; i++) {
        if (T[i] !~ /^call [0-9a-f]+ <[^>]*@plt>$/ || H[i] !~ /^e8/ || B[i - 1] != B[i]) continue
        if (kind == "nopload") {
          # Back to the nearest instruction writing EBX, across conditional
          # jumps (in straight-line order the load dominates them), not
          # across jmp, ret or a call other than the PC thunk.
          for (k = i - 1; k >= 1 && k >= i - 64 && B[k] == B[i]; k--) {
            if (T[k] ~ /,%ebx$/ && T[k] !~ /^(cmp|test|bt)/) { print A[i], A[k], L[k]; break }
            if (T[k] ~ /^(jmp|ret|notrack|bnd)( |$)/) break
            if (T[k] ~ /^call/ && T[k] !~ /get_pc_thunk/) break
          }
        } else if (kind == "clobber") {
          if (!branch(T[i - 1]) && onpath(i)) print A[i], A[i - 1], L[i - 1]
        } else if (kind == "tail") {
          if (L[i - 1] >= 2 && !branch(T[i - 1]) && onpath(i)) print A[i], A[i - 1], L[i - 1]
        }
      }
    }'
}

# N bytes of NOP, as hex.
mut_nops() {
  local n=$1 s=''
  for (( ; n > 0; n--)); do s+=90; done
  echo "$s"
}

mut_inject() {
  local kind=$1 file=$2 out=$3 max=$4 j n=0 site addr len cand
  MUT_SITES=()
  mapfile -t cand < <(mut_candidates "$kind" "$file")
  # Spread over the module: every (count/max)-th candidate.
  local step=$(((${#cand[@]} + max - 1) / (max ? max : 1)))
  ((step > 0)) || step=1
  for ((j = 0; j < ${#cand[@]} && n < max; j += step)); do
    read -r site addr len <<<"${cand[j]}"
    cp "$file" "$out.$site"
    case $kind in
      nopload) mut_patch "$out.$site" "$addr" "$(mut_nops "$len")" ;;
      clobber) mut_patch "$out.$site" "$addr" "43$(mut_nops $((len - 1)))" ;;
      tail)
        mut_patch "$out.$site" "$addr" "31db$(mut_nops $((len - 2)))"
        mut_patch "$out.$site" "$site" e9
        ;;
    esac || return
    MUT_SITES+=("$site")
    n=$((n + 1))
  done
}

mut_detected() {
  "$PIC386" vet -json "$1" | grep -q "\"address\":\"0x${2#0x}\",\"kind\":\"\\(plt-ebx\\|plt-tail-ebx\\|deferreturn-rewind\\)\""
}
