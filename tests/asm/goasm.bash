# shellcheck shell=bash
# The differential test's driver: the same Go-syntax file assembled by Go's
# assembler and by pic386, reduced on both sides to one record per source
# line, so that two implementations can be held together line by line.
#
#   go_lines   FILE MODE   `go tool asm -S` (the go on PATH, GOARCH=386)
#   pic_lines  FILE MODE   `pic386 asm -o x.s` + GNU as
#   line_diff  A B         the records that differ, side by side
#
# MODE is exe, shared or dynlink. FILE holds one TEXT block, whose last
# instruction in layout order is RET (Go 1.7 pads a function with `cc` up to
# 16 bytes inside its symbol; the RET says where the code ends).
#
# A record is "LINE<TAB>HEX<TAB>RELOCS": HEX is every byte the line became,
# in layout order (a line can be split by the follow pass, whose new JMP
# carries the line of its target), with the bytes of relocated fields as xx;
# RELOCS is "off:kind:sym" per relocation, off counted within HEX. A kind
# says what the field means, named the same for Go's relocation types and
# for the ELF ones GNU as writes, which is what "compared by type" can mean
# between two object formats:
#
#   abs    R_ADDR                  R_386_32
#   pc     R_CALL, R_PCREL         R_386_PC32, R_386_PLT32, R_386_GOTPC alone
#   got    R_GOTPCREL              R_386_GOTPC + R_386_GOT32 on one field
#   tlsle  R_TLS_LE                R_386_TLS_LE
#   tlsie  R_TLS_IE                R_386_GOTPC + R_386_TLS_GOTIE on one field
#
# `go tool asm` needs GOROOT/pkg/include for textflag.h; Go 1.7 numbers its
# relocation types (t=1), today's Go names them (t=R_ADDR): both are read.

: "${AS:=i686-linux-gnu-as}" "${OBJDUMP:=i686-linux-gnu-objdump}" "${READELF:=i686-linux-gnu-readelf}"

# mawk has no strtonum.
GOASM_AWK_HEX='function hex(s,  i, v) { v = 0; s = tolower(s); for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1; return v }'

goasm_mode_flags() {
  case $1 in
  exe) ;;
  shared) echo -shared ;;
  dynlink) echo -shared -dynlink ;;
  *) echo "goasm: unknown mode $1" >&2; return 1 ;;
  esac
}

# go_lines FILE MODE: Go's records, from its -S listing (program lines give
# each instruction's pc and line, the hex dump the bytes, `rel` the
# relocations), one TEXT block after another. Go 1.7 prints the package as "".
go_lines() {
  local file=$1 flags listing
  flags=$(goasm_mode_flags "$2") || return
  # Go 1.7's asm has no -p: its package is "", which the records call main.
  [[ $(GOARCH=386 go tool asm -h 2>&1) == *"-p "* ]] && flags+=" -p main"
  # shellcheck disable=SC2086 # flags are words
  listing=$(GOARCH=386 GO111MODULE=off GOFLAGS='' go tool asm \
    -I "$(go env GOROOT)/pkg/include" $flags -S -o "${file%.s}.go.o" "$file" 2>&1) || {
    printf 'go tool asm failed on %s (%s):\n%s\n' "$file" "$2" "$listing" >&2
    return 1
  }
  local tail lastlens=""
  while read -r tail; do
    lastlens+=" $(insn_length "$tail")" || return
  done < <(go_listing_awk -v tail=1 <<<"$listing")
  go_listing_awk -v lastlens="$lastlens" <<<"$listing" | sort -n
}

# go_listing_awk: the -S listing on stdin to records; -v tail=1 prints, per
# TEXT block, the bytes from its last instruction on instead (Go 1.7 pads a
# function with cc inside its symbol, so where the code ends takes a
# disassembler); -v lastlens="N..." are those instructions' lengths.
go_listing_awk() {
  awk "$@" "$GOASM_AWK_HEX"'
    BEGIN {
      n = split("R_ADDR R_ADDRPOWER R_ADDRARM64 R_ADDRMIPS R_ADDROFF R_SIZE R_CALL R_CALLARM " \
        "R_CALLARM64 R_CALLIND R_CALLPOWER R_CALLMIPS R_CONST R_PCREL R_TLS_LE R_TLS_IE " \
        "R_GOTOFF R_PLT0 R_PLT1 R_PLT2 R_USEFIELD R_USETYPE R_METHODOFF R_POWER_TOC R_GOTPCREL", names, " ")
      for (i = 1; i <= n; i++) go17[i] = names[i]
      kind["R_ADDR"] = "abs"; kind["R_CALL"] = "pc"; kind["R_PCREL"] = "pc"
      kind["R_GOTPCREL"] = "got"; kind["R_TLS_LE"] = "tlsle"; kind["R_TLS_IE"] = "tlsie"
      split(lastlens, lens, " ")
    }
    # A block: a TEXT (STEXT today, t=1 in Go 1.7) or a data symbol.
    /^[^ \t]/ { flush(); intext = ($0 ~ / STEXT / || $0 ~ / t=1 /); next }
    !intext { next }
    /^\t0x[0-9a-f]+ [0-9]+ \(/ {
      split($0, f, "\t"); split(f[2], g, " ")
      pc = hex(substr(g[1], 3)); line = g[3]; sub(/.*:/, "", line); sub(/\).*/, "", line)
      op = f[3]
      if (op ~ /^(TEXT|FUNCDATA|PCDATA|NOP)$/) next
      np++; ppc[np] = pc; pline[np] = line
      next
    }
    /^\t0x[0-9a-f]+ [0-9a-f][0-9a-f] / {
      base = hex(substr($0, 4, 4))
      s = substr($0, 9, 48); m = split(s, b, " ")
      for (i = 1; i <= m; i++) if (b[i] ~ /^[0-9a-f][0-9a-f]$/) byte[base + i - 1] = b[i]
      next
    }
    /^\trel / {
      split($2, o, "+"); t = $3; sub(/^t=/, "", t)
      if (t ~ /^[0-9]+$/) t = go17[t + 0]
      sym = NF >= 4 ? $4 : ""; sub(/[+-][0-9]+$/, "", sym); sub(/^""\./, "main.", sym)
      sub(/<>$/, "", sym)
      # g: Go 1.7 names no symbol (or TLS), pic386 runtime.tlsg
      if (t ~ /^R_TLS/ && (sym == "" || sym == "TLS")) sym = "runtime.tlsg"
      nr++; roff[nr] = o[1] + 0; rsiz[nr] = o[2] + 0; rkind[nr] = (t in kind) ? kind[t] : t; rsym[nr] = sym
    }
    function flush(  i, a, k, r, l, end) {
      if (np == 0) { clear(); return }
      nb++
      if (tail) { for (a = ppc[np]; a in byte; a++) printf "%s", byte[a]; print ""; clear(); return }
      for (i = 1; i <= nr; i++) for (k = 0; k < rsiz[i]; k++) inrel[roff[i] + k] = i
      for (i = 1; i <= np; i++) {
        end = i < np ? ppc[i + 1] : ppc[i] + lens[nb]
        l = pline[i]
        if (!(l in hx)) order[++nl] = l
        for (a = ppc[i]; a < end; a++) {
          if (a in inrel) {
            r = inrel[a]
            if (roff[r] == a) rel[l] = rel[l] (rel[l] == "" ? "" : ",") length(hx[l]) / 2 ":" rkind[r] ":" rsym[r]
            hx[l] = hx[l] "xx"
          } else hx[l] = hx[l] byte[a]
        }
      }
      clear()
    }
    function clear(  k) {
      for (k in byte) delete byte[k]
      for (k in inrel) delete inrel[k]
      np = 0; nr = 0
    }
    END {
      flush()
      for (i = 1; i <= nl; i++) printf "%s\t%s\t%s\n", order[i], hx[order[i]], rel[order[i]] == "" ? "-" : rel[order[i]]
    }'
}

# insn_length HEX: the length of the i386 instruction HEX starts with.
insn_length() {
  local bin
  bin=$(mktemp) || return
  # shellcheck disable=SC2059 # the format is the bytes, as \x escapes
  printf "$(sed 's/../\\x&/g' <<<"$1")" >"$bin"
  "$OBJDUMP" -D -w -b binary -m i386 "$bin" |
    awk -F'\t' '/^ +0:\t/ { print split($2, b, " "); found = 1 } END { exit !found }'
  local rc=$?
  rm -f "$bin"
  return $rc
}

# pic_lines FILE MODE: pic386's records. Its text output marks where each
# line's code starts (`# file:line`); those marks become local labels, which
# GNU as keeps in the symbol table with -L. A line's code ends at the next
# mark or at the end of its function (the padding after it is no line's).
pic_lines() {
  local file=$1 flags base=${1%.s}
  flags=$(goasm_mode_flags "$2") || return
  # shellcheck disable=SC2086 # flags are words
  "$PIC386" asm -I "$RUNTIME" $flags -o "$base.pic.s" "$file" || return
  awk '/^\t# .*:[0-9]+$/ { l = $0; sub(/.*:/, "", l); printf ".Lgoasm_%d_%d:\n", l, ++n; next } { print }' \
    "$base.pic.s" >"$base.lab.s"
  "$AS" --32 -L -o "$base.pic.o" "$base.lab.s" || return
  {
    "$OBJDUMP" -t "$base.pic.o" | awk 'NF < 5 { next } $NF ~ /^\.Lgoasm_/ && $(NF-2) == ".text" { print "L", $1, $NF }
                                         $(NF-3) == "F" && $(NF-2) == ".text" { print "F", $1, $(NF-1) }'
    "$READELF" -x .text "$base.pic.o" | awk '/^  0x[0-9a-f]+ / { h = substr($0, 14, 35); gsub(/ /, "", h); printf "H %s\n", h }'
    "$OBJDUMP" -r -j .text "$base.pic.o" | awk '/^[0-9a-f]+ +R_/ { print "R", $1, $2, $3 }'
  } | awk "$GOASM_AWK_HEX"'
    $1 == "L" { split($3, p, "_"); n++; lstart[n] = hex($2); lline[n] = p[2] }
    $1 == "F" { nf++; fs[nf] = hex($2); fe[nf] = fs[nf] + hex($3) }
    $1 == "H" { text = text $2 }
    $1 == "R" {
      off = hex($2); t = $3; sym = $4; sub(/@.*/, "", sym)
      if (t == "R_386_GOT32" || t == "R_386_TLS_GOTIE") { pair[off] = (t == "R_386_GOT32" ? "got" : "tlsie"); psym[off] = sym; next }
      if (t == "R_386_GOTPC") { if (!(off in rk)) { rk[off] = "pc"; rs[off] = sym }; next }
      rk[off] = (t == "R_386_32") ? "abs" : (t == "R_386_PC32" || t == "R_386_PLT32") ? "pc" : \
                (t == "R_386_TLS_LE") ? "tlsle" : t
      rs[off] = sym
    }
    END {
      for (o in pair) { rk[o] = pair[o]; rs[o] = psym[o] }
      for (o in rk) for (k = 0; k < 4; k++) inrel[o + k] = o
      # the runs, in address order
      for (i = 1; i <= n; i++) idx[i] = i
      for (i = 2; i <= n; i++) { v = idx[i]; for (j = i - 1; j >= 1 && lstart[idx[j]] > lstart[v]; j--) idx[j + 1] = idx[j]; idx[j + 1] = v }
      for (i = 1; i <= n; i++) {
        s = lstart[idx[i]]; e = i < n ? lstart[idx[i + 1]] : -1
        fend = -1
        for (f = 1; f <= nf; f++) if (s >= fs[f] && s < fe[f]) fend = fe[f]
        if (fend < 0) continue    # a mark at the end of a function: no code
        if (e < 0 || e > fend) e = fend
        l = lline[idx[i]]
        if (!(l in hx)) order[++nl] = l
        for (a = s; a < e; a++) {
          if (a in inrel) {
            o = inrel[a]
            if (o == a) rel[l] = rel[l] (rel[l] == "" ? "" : ",") length(hx[l]) / 2 ":" rk[o] ":" rs[o]
            hx[l] = hx[l] "xx"
          } else hx[l] = hx[l] substr(text, 2 * a + 1, 2)
        }
      }
      for (i = 1; i <= nl; i++) printf "%s\t%s\t%s\n", order[i], hx[order[i]], rel[order[i]] == "" ? "-" : rel[order[i]]
    }' | sort -n
}

# apply_known TABLE MODE: reads Go's records on stdin and replaces those the
# table gives Go 1.7's bytes for ("MODE LINE HEX [RELOCS]", HEX `-` for a
# line Go 1.7's follow pass drops), for MODE or `all`.
apply_known() {
  awk -v mode="$2" -F'\t' '
    FNR == NR {
      if ($0 ~ /^#/ || $0 !~ /[^ \t]/) next
      split($0, w, " ")
      if (w[1] != mode && w[1] != "all") next
      known[w[2]] = w[3]; krel[w[2]] = w[4]; next
    }
    ($1 in known) { seen[$1] = 1; if (known[$1] != "-") print $1 "\t" known[$1] "\t" krel[$1]; next }
    { print }
    END { for (l in known) if (!(l in seen) && known[l] != "-") print l "\t" known[l] "\t" krel[l] }
  ' "$1" - | sort -n
}

# line_diff A B: the records of A and B that differ, as
# "LINE: a HEX RELOCS | b HEX RELOCS"; nothing when they agree.
line_diff() {
  join -t $'\t' -a 1 -a 2 -e '?' -o 0,1.2,1.3,2.2,2.3 \
    <(LC_ALL=C sort -t $'\t' -k1,1 "$1") <(LC_ALL=C sort -t $'\t' -k1,1 "$2") |
    awk -F'\t' '$2 != $4 || $3 != $5 { printf "%s: %s %s | %s %s\n", $1, $2, $3, $4, $5 }' | sort -n
}
