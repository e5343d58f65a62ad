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
  local file=$1 flags listing base
  base=$(basename "${1%.s}")   # its files in the current directory
  flags=$(goasm_mode_flags "$2") || return
  # Go 1.7's asm has no -p: its package is "", which the records call main.
  [[ $(GOARCH=386 go tool asm -h 2>&1) == *"-p "* ]] && flags+=" -p main"
  # shellcheck disable=SC2086 # flags are words
  listing=$(GOARCH=386 GO111MODULE=off GOFLAGS='' go tool asm \
    -I "$(go env GOROOT)/pkg/include" $flags -S -o "$base.go.o" "$file" 2>"$base.go.err") || {
    printf 'go tool asm failed on %s (%s):\n' "$file" "$2" >&2
    head -20 "$base.go.err" >&2
    return 1
  }
  local tail lastlens=""
  while read -r tail; do
    lastlens+=" $(insn_length "$tail")" || return
  done < <(go_listing_awk -v tail=1 <<<"$listing")
  go_listing_awk -v lastlens="$lastlens" -v statics="$(static_names "$file")" <<<"$listing" | sort -n
}

# static_names FILE: the file-local symbols (x<>) FILE names, without <>.
# Their relocations are "static" on both sides: Go names the symbol, GNU as
# the section it is in.
static_names() {
  grep -o '[A-Za-z0-9_/·]*<>' "$1" | sort -u | tr -d '<>' | sed 's/^·/main./; s/·/./' | tr '\n' ' '
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
      n = split(statics, st, " "); for (i = 1; i <= n; i++) static[st[i]] = 1
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
      if (sym in static) sym = "static"
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
  # shellcheck disable=SC2059,SC2001 # the format is the bytes, as \x escapes; sed pairs them
  printf "$(sed 's/../\\x&/g' <<<"$1")" >"$bin"
  "$OBJDUMP" -D -w -b binary -m i386 "$bin" |
    awk -F'\t' '/^ +0:\t/ { print split($2, b, " "); found = 1 } END { exit !found }'
  local rc=$?
  rm -f "$bin"
  return $rc
}

# pic_lines FILE MODE: pic386's records (work files in the current
# directory). Its text output marks where each
# line's code starts (`# file:line`); those marks become local labels, which
# GNU as keeps in the symbol table with -L. A line's code ends at the next
# mark or at the end of its function (the padding after it is no line's).
pic_lines() {
  local file=$1 flags base
  base=$(basename "${1%.s}")   # its files in the current directory
  flags=$(goasm_mode_flags "$2") || return
  # shellcheck disable=SC2086 # flags are words
  "$PIC386" asm -I "$RUNTIME" $flags -o "$base.pic.s" "$file" || return
  awk '/^\t# .*:[0-9]+$/ { l = $0; sub(/.*:/, "", l); printf ".Lgoasm_%d_%d:\n", l, ++n; next } { print }' \
    "$base.pic.s" >"$base.lab.s"
  # as pic386 asm runs GNU as (asm.c), -L keeping the marks
  "$AS" --32 -mshared -L -o "$base.pic.o" "$base.lab.s" || return
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
      off = hex($2); t = $3; sym = $4; sub(/@.*/, "", sym); if (sym ~ /^\./) sym = "static"
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

# line_diff A B: the records of A and B that differ, as
# "LINE: a HEX RELOCS | b HEX RELOCS"; nothing when they agree. A branch to a
# file-local symbol in the same section is resolved by GNU as, so where A
# has a "pc:static" relocation and B none, B's field counts as that
# relocation (its size and place are still compared).
line_diff() {
  LC_ALL=C join -t $'\t' -a 1 -a 2 -e '?' -o 0,1.2,1.3,2.2,2.3 \
    <(LC_ALL=C sort -t $'\t' -k1,1 "$1") <(LC_ALL=C sort -t $'\t' -k1,1 "$2") |
    awk -F'\t' '
      {
        n = split($3, r, ",")
        for (i = 1; i <= n; i++) {
          split(r[i], f, ":")
          if (f[2] != "pc" || f[3] != "static" || index("," $5 ",", "," r[i] ",")) continue
          off = f[1] + 0
          if (substr($4, 2 * off + 1, 8) ~ /x/) continue
          $4 = substr($4, 1, 2 * off) "xxxxxxxx" substr($4, 2 * off + 9)
          $5 = ($5 == "-") ? r[i] : $5 "," r[i]
        }
        # relocations in offset order, for the comparison
        if ($5 != "-") { m = split($5, q, ","); for (i = 2; i <= m; i++) { v = q[i]; for (j = i - 1; j >= 1 && q[j] + 0 > v + 0; j--) q[j + 1] = q[j]; q[j + 1] = v }
                         $5 = q[1]; for (i = 2; i <= m; i++) $5 = $5 "," q[i] }
      }
      $2 != $4 || $3 != $5 { printf "%s: %s %s | %s %s\n", $1, $2, $3, $4, $5 }' OFS='\t' | sort -n
}

# gen_forms [go17]: a generated Go-syntax file of instructions × addressing
# forms, one instruction a line: every register, every memory form (base,
# displacement sizes, SIB, SP and BP bases, symbols, file-local symbols),
# immediates at each size boundary, for each shape of instruction pic386
# knows; FP and pseudo-SP operands in a function with a frame; the stack
# check of each frame size class. CX never appears beside a symbol, nor a
# symbol beside an instruction that reads CX implicitly (CMPXCHG8B): pic386
# refuses both under -shared (010-encoding.bats, 080-dialect.bats). With go17, instructions
# Go 1.7's assembler did not have (IMUL3L, UD2) are blank lines.
gen_forms() {
  local go17=${1-}
  awk -v go17="$go17" '
    # What Go 1.7 did not have is a blank line with go17: the numbering stays.
    function emit(s,  w) { split(s, w, " "); if (go17 && (w[1] in no17)) print ""; else print "\t" s }
    function cross(op, srcs, dsts,   i, j, a, b, ns, nd) {
      ns = split(srcs, a, " "); nd = split(dsts, b, " ")
      for (i = 1; i <= ns; i++) for (j = 1; j <= nd; j++) {
        if (a[i] ~ /SB/ && b[j] ~ /SB/) continue
        if ((a[i] ~ /SB/ && b[j] ~ /^(C[XLH])$/) || (b[j] ~ /SB/ && a[i] ~ /^\$?(C[XLH])$/)) continue
        if (a[i] ~ /[(]/ && b[j] ~ /[(]/) continue
        emit(op " " a[i] ", " b[j])
      }
    }
    BEGIN {
      no17["IMUL3L"] = no17["UD2"] = 1
      R32 = "AX CX DX BX SP BP SI DI"; R8 = "AL CL DL BL AH CH DH BH"
      M = "(BX) 8(BX) -8(BP) (BP) 0x1000(DI) -129(SI) (BX)(SI*4) 16(BX)(SI*8) (AX)(DX*2) 0(SP) 4(SP) (SP)(AX*1) (DI)(BP*1) sym(SB) sym+8(SB) loc<>+4(SB) sym(SB)(SI*4)"
      MS = "(BX) -8(BP) 16(BX)(SI*8) 0(SP) sym+8(SB)"
      IL = "$0 $1 $-1 $127 $128 $-128 $-129 $255 $0x7fffffff $-0x80000000"
      IW = "$0 $1 $-1 $127 $128 $0x7fff $-0x8000 $0xffff"
      IB = "$0 $1 $-1 $127 $-128 $255"
      print "#include \"textflag.h\""
      print "GLOBL loc<>(SB), NOPTR, $16"
      print "TEXT ·enc(SB), NOSPLIT, $0-0"
      split("MOV ADD SUB AND OR XOR ADC SBB", alu, " ")
      for (k = 1; k <= 8; k++) {
        op = alu[k]
        cross(op "L", R32, R32); cross(op "L", M, "AX DI"); cross(op "L", "AX DX", M)
        cross(op "L", IL, "AX CX SI"); cross(op "L", IL, MS)
        cross(op "W", R32, "AX SI"); cross(op "W", MS, "AX DX"); cross(op "W", "AX BX", MS)
        cross(op "W", IW, "AX DI"); cross(op "W", IW, "(BX) sym(SB)")
        cross(op "B", R8, R8); cross(op "B", MS, "AL DH"); cross(op "B", "AL BH", MS)
        cross(op "B", IB, "AL CH"); cross(op "B", IB, "(BX) sym(SB)")
      }
      cross("CMPL", R32, "AX SI"); cross("CMPL", "AX DI", M); cross("CMPL", M, "DX"); cross("CMPL", "AX BX", IL); cross("CMPL", MS, IL)
      cross("CMPW", "AX SI", R32); cross("CMPW", MS, "DX"); cross("CMPW", "AX DI", IW)
      cross("CMPB", R8, "AL BH"); cross("CMPB", MS, "DL"); cross("CMPB", "AL DH", IB); cross("CMPB", MS, IB)
      cross("TESTL", R32, "AX SI"); cross("TESTL", "DX", M); cross("TESTL", IL, "AX BX (BX) sym(SB)")
      cross("TESTW", "AX SI", "BX"); cross("TESTW", IW, "AX DI (BX)")
      cross("TESTB", R8, "AL BH"); cross("TESTB", IB, "AL DH (BX) sym(SB)")
      split("INC DEC NEG NOT MUL DIV IDIV IMUL", un, " ")
      for (k = 1; k <= 8; k++) {
        # Go cannot encode NEG/NOT of SP ("invalid instruction"): left out.
        n = split(R32 " " M, o, " "); for (i = 1; i <= n; i++) if (!(k <= 4 && k >= 3 && o[i] == "SP")) emit(un[k] "L " o[i])
        n = split(R32 " " MS, o, " "); for (i = 1; i <= n; i++) if (!(k <= 4 && k >= 3 && o[i] == "SP")) emit(un[k] "W " o[i])
        n = split(R8 " " MS, o, " "); for (i = 1; i <= n; i++) emit(un[k] "B " o[i])
      }
      split("SHL SHR SAR ROL ROR RCL RCR SAL", sh, " ")
      for (k = 1; k <= 8; k++) {
        cross(sh[k] "L", "$1 $3 $31 CX", "AX BX SI DI " MS)
        cross(sh[k] "W", "$1 $5 CX", "AX DI (BX)")
        cross(sh[k] "B", "$1 $7 CX", "AL BH (BX)")
      }
      n = split("$3 $31 CX", o, " ")
      for (i = 1; i <= n; i++) { emit("SHLL " o[i] ", DX, AX"); emit("SHRL " o[i] ", SI, (BX)"); emit("SHLW " o[i] ", DX, AX"); emit("SHRW " o[i] ", BX, 8(BX)") }
      cross("IMULL", R32 " " M, "AX DI"); cross("IMULL", "$7 $300 $-1", "AX DX SI")
      cross("IMULW", "AX SI (BX)", "DX")
      n = split("$7,AX,DX $7,SI,DX $7,(BX),DX $300,BX,DI $300,8(BX)(SI*4),DI", o, " ")
      for (i = 1; i <= n; i++) { split(o[i], w, ","); emit("IMUL3L " w[1] ", " w[2] ", " w[3]) }
      cross("MOVBLZX", R8 " " MS, "AX SI"); cross("MOVBLSX", R8 " " MS, "DX DI")
      cross("MOVWLZX", R32 " " MS, "AX SI"); cross("MOVWLSX", R32 " " MS, "BX BP")
      # an indexed symbol address is refused under -dynlink (no GOT form)
      MNOIDX = M; sub(/ sym\(SB\)\(SI\*4\)/, "", MNOIDX)
      cross("LEAL", MNOIDX, "AX DI SP"); cross("LEAW", MS, "AX SI")
      cross("XCHGL", R32, "AX SI"); cross("XCHGL", "BX DX", MS); cross("XCHGL", MS, "DX")
      cross("XCHGW", "AX CX DI", "AX SI"); cross("XCHGB", R8, "AL DH"); cross("XCHGB", "BL", MS)
      cross("CMPXCHGL", "AX DX", R32 " " MS); cross("CMPXCHGW", "DX", "BX (BX)"); cross("CMPXCHGB", "DL", "BH (BX)")
      cross("XADDL", "AX DX", R32 " " MS); cross("XADDW", "DX", "BX (BX)"); cross("XADDB", "DL", "BH (BX)")
      emit("CMPXCHG8B (DI)"); emit("CMPXCHG8B 8(SP)"); emit("CMPXCHG8B 4(BX)(SI*2)")
      split("EQ NE LT LE GT GE CS CC LS HI MI PL OS OC PS PC", cc, " ")
      for (k = 1; k <= 16; k++) {
        cross("CMOVL" cc[k], "AX SI (BX) sym(SB)", "DX DI"); cross("CMOVW" cc[k], "AX (BX)", "SI")
        emit("SET" cc[k] " AL"); emit("SET" cc[k] " BH"); emit("SET" cc[k] " (BX)"); emit("SET" cc[k] " sym(SB)")
      }
      n = split(R32, o, " ")
      for (i = 1; i <= n; i++) { emit("BSWAPL " o[i]); emit("MOVL $0, " o[i]); emit("MOVW $0, " o[i]) }
      cross("BSFL", R32 " " MS, "AX SI"); cross("BSRL", "CX (BX)", "DX")
      split("BTL BTSL BTRL BTCL", bt, " ")
      for (k = 1; k <= 4; k++) { cross(bt[k], "$3 $31 DX", "AX SI (BX) sym(SB)") }
      n = split(R32 " " MS " $1 $-1 $128 $0x12345678", o, " ")
      for (i = 1; i <= n; i++) { emit("PUSHL " o[i]); emit("POPL " (o[i] ~ /^\$/ ? "AX" : o[i] == "SP" ? "DX" : o[i])) }
      emit("PUSHW AX"); emit("POPW SI"); emit("PUSHW $5"); emit("POPW (BX)")
      cross("MOVL", "$sym(SB) $sym+8(SB) $loc<>(SB)", "AX DX SI")
      cross("LEAL", "sym(SB) sym+4(SB) loc<>+8(SB)", "BX DI")
      emit("PUSHL $sym(SB)"); emit("POPL AX")
      cross("MOVL", "$sym(SB) $loc<>+4(SB)", "4(SP) (BX)")
      n = split("CDQ CWD CLD STD CPUID RDTSC PAUSE HLT UD2 MFENCE LFENCE SFENCE CLC STC CMC SAHF LAHF PUSHFL POPFL PUSHAL POPAL MOVSL MOVSW MOVSB STOSL STOSW STOSB LODSL LODSB SCASL SCASB CMPSL CMPSB", o, " ")
      for (i = 1; i <= n; i++) emit(o[i])
      emit("INT $3"); emit("INT $0x80"); emit("INT $255")
      emit("RET")
      # FP and pseudo-SP, with a frame
      print "TEXT ·frame(SB), NOSPLIT, $16-12"
      emit("MOVL a+0(FP), AX"); emit("MOVL b+4(FP), DI"); emit("MOVL AX, ret+8(FP)")
      emit("LEAL a+0(FP), SI"); emit("ADDL $1, b+4(FP)"); emit("MOVL x-4(SP), AX"); emit("MOVL AX, y-16(SP)")
      emit("MOVB z-1(SP), AL"); emit("MOVL 0(SP), BX"); emit("MOVL BX, 12(SP)"); emit("PUSHL AX"); emit("MOVL a+0(FP), AX"); emit("POPL AX")
      emit("RET")
      # the stack check of each frame size class
      print "TEXT ·small(SB), $0-0"; emit("RET")
      print "TEXT ·mid(SB), $200-4"; emit("MOVL AX, r+0(FP)"); emit("RET")
      print "TEXT ·big(SB), $5000-0"; emit("RET")
      print "TEXT ·calls(SB), $8-0"; emit("CALL ·small(SB)"); emit("MOVL $0, 0(SP)"); emit("RET")
    }'
}

# known_rows LABEL MODE GO17 TODAY [BUGLINES]: the rows of the known-lines
# table (testdata/go17-known.txt) for one file and mode: each line whose
# Go 1.7 record (GO17) differs from today's Go's (TODAY), with Go 1.7's bytes.
# BUGLINES are the lines where Go 1.7 was wrong and pic386 is not: their
# rows start with `!` and are kept for the reader, not applied.
known_rows() {
  local label=$1 mode=$2
  join -t $'\t' -o 0,1.2,1.3,2.2,2.3 <(LC_ALL=C sort -t $'\t' -k1,1 "$3") <(LC_ALL=C sort -t $'\t' -k1,1 "$4") |
    awk -F'\t' -v label="$label" -v mode="$mode" -v bugs=" ${5-} " '
      $2 != $4 || $3 != $5 { printf "%s%s %s %s %s %s\n", index(bugs, " " $1 " ") ? "!" : "", label, mode, $1, $2, $3 }' |
    sort -k3,3n
}

# expected_records LABEL MODE TODAY TABLE: today's Go's records (TODAY)
# with the table's Go 1.7 rows for LABEL and MODE put in their place.
expected_records() {
  awk -v label="$1" -v mode="$2" '
    FNR == NR {
      if ($1 == label && $2 == mode) { known[$3] = $4; krel[$3] = $5 }
      next
    }
    { split($0, f, "\t") }
    (f[1] in known) { print f[1] "\t" known[f[1]] "\t" krel[f[1]]; next }
    { print }
  ' "$4" "$3"
}
