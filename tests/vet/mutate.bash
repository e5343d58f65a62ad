# shellcheck shell=bash
# Fault injection for pic386 vet (tests/vet/020-mutation.bats): breaks the
# PLT invariant at chosen sites of a clean module, by patching its bytes in
# place, and checks vet flags every one.
#
#   mut_sites FILE            "addr len block hexbytes text" of every instruction
#                             of FILE's code, in order, into MUT_INSNS
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
  # shellcheck disable=SC2059 # the format is the bytes, built here
  printf "$(sed 's/../\\x&/g' <<<"$hex")" | dd of="$file" bs=1 seek="$off" conv=notrunc status=none
}

mut_sites() {
  # Each line also carries its block (the symbol objdump starts it under):
  # a fault goes into the code of the call's own block.
  mapfile -t MUT_INSNS < <("$OBJDUMP" -d -w "$1" | awk -F'\t' '
    /^[0-9a-f]+ <.*>:$/ { block++ }
    /^ *[0-9a-f]+:\t/ {
      addr = $1; sub(/^ */, "", addr); sub(/:$/, "", addr)
      hex = $2; gsub(/ /, "", hex)
      if (hex == "") next
      text = $3; gsub(/  +/, " ", text)
      print addr, length(hex) / 2, block, hex, text
    }')
}

# Whether instruction text $1 transfers control.
mut_branch() {
  [[ $1 =~ ^(j[a-z]*|call|ret|loop|notrack|bnd)( |$) ]]
}

mut_nops() {
  local n=$1 s=''
  for ((; n > 0; n--)); do s+=90; done
  echo "$s"
}

mut_inject() {
  local kind=$1 file=$2 out=$3 max=$4 i j k addr len hex text n=0 site blk b cand=()
  MUT_SITES=()
  mut_sites "$file"
  for i in "${!MUT_INSNS[@]}"; do
    read -r addr len blk hex text <<<"${MUT_INSNS[i]}"
    [[ $text =~ ^call\ [0-9a-f]+\ \<[^\>]*@plt\>$ && $hex == e8* ]] || continue
    ((i > 0)) || continue
    read -r _ _ b _ text <<<"${MUT_INSNS[i - 1]}"
    [[ $b == "$blk" ]] || continue
    case $kind in
      nopload)
        # Back to the load, across conditional jumps (the load dominates
        # them in straight-line order), not across jmp, ret or a call but
        # the PC thunk's.
        for ((k = i - 1; k >= 0 && k >= i - 64; k--)); do
          read -r _ _ b _ text <<<"${MUT_INSNS[k]}"
          [[ $b == "$blk" ]] || break
          # The nearest instruction that writes EBX is what loads it.
          if [[ $text =~ ,%ebx$ && ! $text =~ ^(cmp|test|bt) ]]; then
            cand+=("$i $k")
            break
          fi
          [[ $text =~ ^(jmp|ret|notrack|bnd)( |$) ]] && break
          [[ $text =~ ^call && ! $text =~ get_pc_thunk ]] && break
        done
        ;;
      clobber) mut_branch "$text" || cand+=("$i $((i - 1))") ;;
      tail)
        read -r _ len _ _ text <<<"${MUT_INSNS[i - 1]}"
        ((len >= 2)) && ! mut_branch "$text" && cand+=("$i $((i - 1))")
        ;;
    esac
  done
  # Spread over the module: every (count/max)-th candidate.
  local step=$(((${#cand[@]} + max - 1) / (max ? max : 1)))
  ((step > 0)) || step=1
  for ((j = 0; j < ${#cand[@]} && n < max; j += step)); do
    read -r i k <<<"${cand[j]}"
    read -r site _ _ hex _ <<<"${MUT_INSNS[i]}"
    read -r addr len _ _ _ <<<"${MUT_INSNS[k]}"
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
