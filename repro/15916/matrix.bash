# shellcheck shell=bash
# shellcheck disable=SC2034 # the tables are for the scripts that load this file
# The reproduction of Go issue 15916 as a table -- which programs, built how,
# must do what -- and the functions that build, run and judge each cell.
# Sourced by `repro` beside it and by the suite that checks it,
# suites/repro-15916 (through suites/helpers.repro-15916.bash).
#
#   r15916_build OUT PROG VARIANT MODE    pic386 build into OUT/PROG/VARIANT/MODE/PROG
#   r15916_bin OUT PROG VARIANT MODE      that path
#   r15916_run BIN RUNNER [now [OUT]]     pic386 run under RUNNER (qemu or native), bounded;
#                                         output in OUT (default BIN.RUNNER[.now].out),
#                                         its exit status returned
#   r15916_expect PROG VARIANT MODE       the table's row, into EXP_*
#   r15916_predict LIB EBXFN PLT FRAME    the crash the ELF file dictates, into PRED_*
#   r15916_classify OUTFILE STATUS WANT   what a run did, into CELL and CELL_*
#   r15916_judge                          CELL_* against EXP_* and PRED_*; JUDGE says why not
#   r15916_insns LIB FN, r15916_funcs LIB  a function's instructions; a library's functions
#   r15916_deferreturn_site LIB FN        the deferreturn call sequence's shape
#   r15916_morestack_calls LIB            whether each morestack call loads EBX first
#
# Needs PIC386 (the pic386 binary) and i686-linux-gnu binutils (objdump, readelf).
# The one host probe (host_runs_i386): ci/lib/host.bash in a source tree,
# lib/pic386/host.bash beside this directory where `make install` put it.
if [[ -f ${BASH_SOURCE[0]%/*}/../../ci/lib/host.bash ]]; then
  # shellcheck source=ci/lib/host.bash
  . "${BASH_SOURCE[0]%/*}/../../ci/lib/host.bash"
else
  # shellcheck source=ci/lib/host.bash
  . "${BASH_SOURCE[0]%/*}/../host.bash"
fi

R15916_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OBJDUMP=${OBJDUMP:-i686-linux-gnu-objdump}
READELF=${READELF:-i686-linux-gnu-readelf}

R15916_PROGS=(exe triv1 deferedge closureedge)
R15916_VARIANTS=(fixed jmpdefer morestack both)
R15916_MODES=(static shared)
# Every run is killed after R15916_TIMEOUT seconds (the suites'
# PIC386_TIMEOUT, else 10): a hang is a failure, never a pass. Its stack
# segments are R15916_SEGMENT bytes, the smallest there are, so that the
# recursions of deferedge and closureedge cross many segment edges.
R15916_TIMEOUT=${R15916_TIMEOUT:-${PIC386_TIMEOUT:-10}}
R15916_SEGMENT=${R15916_SEGMENT:-4096}

# The pic386 build flag of each variant.
declare -gA R15916_FLAG=(
  [fixed]=""
  [jmpdefer]=-bug=15916-jmpdefer
  [morestack]=-bug=15916-morestack
  [both]=-bug=15916
)
# What a good run prints (println writes to stderr; nothing goes to stdout).
# exe (Go's testshared exe, built from Go's sources in src/exe) and triv1,
# the issue's own program, print nothing.
declare -gA R15916_WANT=([exe]="" [triv1]="" [deferedge]=1001 [closureedge]=1001)

# What every shared build must do: ok, or crash by one of the bugs. A crash
# row names the library whose PIC PLT entry is reached with EBX wrong, the
# function whose code address EBX holds then, the PLT entry, and the frame
# the traceback starts with (the function whose call went astray). Every
# static build must run and print R15916_WANT, whatever the variant: an
# executable's PLT is not PIC and ignores EBX.
R15916_TABLE='
# program    variant    outcome    library         EBX holds             PLT entry                 first frame
exe          fixed      ok
exe          jmpdefer   jmpdefer   libdepBase.so   depBase.F.func1       runtime.deferreturn       depBase.F
exe          morestack  ok
exe          both       jmpdefer   libdepBase.so   depBase.F.func1       runtime.deferreturn       depBase.F
triv1        fixed      ok
triv1        jmpdefer   jmpdefer   libt1.so        t1.F.func1            runtime.deferreturn       t1.F
triv1        morestack  ok
triv1        both       jmpdefer   libt1.so        t1.F.func1            runtime.deferreturn       t1.F
deferedge    fixed      ok
deferedge    jmpdefer   ok
deferedge    morestack  morestack  libdepSplit.so  depSplit.Tick         runtime.morestack_noctxt  depSplit.Tick
deferedge    both       morestack  libdepSplit.so  depSplit.Tick         runtime.morestack_noctxt  depSplit.Tick
closureedge  fixed      ok
closureedge  jmpdefer   ok
closureedge  morestack  morestack  libdepSplit.so  depSplit.glob..func1  runtime.morestack_noctxt  depSplit.glob..func1
closureedge  both       morestack  libdepSplit.so  depSplit.glob..func1  runtime.morestack_noctxt  depSplit.glob..func1
'

r15916_bin() {
  printf '%s/%s/%s/%s/%s\n' "$1" "$2" "$3" "$4" "$2"
}

r15916_build() {
  local out=$1 prog=$2 variant=$3 mode=$4 bin flags=()
  bin=$(r15916_bin "$@")
  [[ -n ${R15916_FLAG[$variant]} ]] && flags+=("${R15916_FLAG[$variant]}")
  [[ $mode == shared ]] && flags+=(-linkshared)
  mkdir -p "${bin%/*}" || return
  PIC386PATH=$R15916_DIR "$PIC386" build "${flags[@]}" -o "$bin" "$prog"
}

# The host runs i386 programs itself: an i386 or x86_64 kernel (that has not
# dropped 32-bit support), and for shared programs the i386 dynamic loader
# (Debian's libc6-i386). R15916_NATIVE=0 turns the native runner off, =1
# demands it.
r15916_native_ok() {
  case ${R15916_NATIVE:-auto} in
    0 | no) return 1 ;;
    1 | yes) return 0 ;;
  esac
  # the one probe (ci/lib/host.bash): the kernel must start the i386 loader
  host_runs_i386
}

r15916_run() {
  local bin=$1 runner=$2 now=${3-} out=${4-} args=()
  [[ -n $out ]] || out=$bin.$runner${now:+.now}.out
  [[ $runner == native ]] && args=(-native)
  (
    export PIC386_STACK_SEGMENT=$R15916_SEGMENT
    [[ -n $now ]] && export LD_BIND_NOW=1
    exec timeout -k 2 "$R15916_TIMEOUT" "$PIC386" run "${args[@]}" "$bin" 2>&1
  ) | head -c 65536 >"$out"
  return "${PIPESTATUS[0]}"
}

# EXP_OUTCOME (ok, jmpdefer or morestack), EXP_LIB, EXP_EBXFN, EXP_PLT,
# EXP_FRAME for one cell.
r15916_expect() {
  local prog=$1 variant=$2 mode=$3 p v o lib fn plt frame
  EXP_OUTCOME=ok EXP_LIB="" EXP_EBXFN="" EXP_PLT="" EXP_FRAME=""
  [[ $mode == static ]] && return 0
  while read -r p v o lib fn plt frame; do
    [[ $p == "$prog" && $v == "$variant" ]] || continue
    EXP_OUTCOME=$o EXP_LIB=$lib EXP_EBXFN=$fn EXP_PLT=$plt EXP_FRAME=$frame
    return 0
  done <<<"$R15916_TABLE"
  echo "r15916_expect: no row for $prog $variant" >&2
  return 1
}

# The crash that LIB dictates when its PLT entry for PLT runs with EBX = the
# address of EBXFN: the entry is `jmp *SLOT(%ebx)`, so the CPU jumps to the
# 4-byte word at EBXFN+SLOT -- bytes of EBXFN's own code (position-
# independent, and never relocated: the library is linked -z text), the same
# number in the file as in memory wherever the library is loaded. Sets
#   PRED_SLOT     SLOT, 0x-prefixed
#   PRED_FNADDR   EBXFN's address in the file (0x-prefixed; the load base is added at run time)
#   PRED_PC       the word, as the runtime prints a pc (0x, no leading zeros)
#   PRED_RETS     the offsets in FRAME of the return addresses of its calls of
#                 PLT@plt (0x-prefixed, space-separated): the first frame of the
#                 traceback must be one of them
r15916_predict() {
  local lib=$1 fn=$2 plt=$3 frame=$4 va name type addr off size bytes b
  PRED_SLOT=$("$OBJDUMP" -d -j .plt -- "$lib" | grep -A1 -F "<$plt@plt>:" |
    sed -n 's/.*jmp *\*\(0x[0-9a-f]*\)(%ebx).*/\1/p')
  [[ -n $PRED_SLOT ]] || { echo "r15916_predict: no PIC PLT entry for $plt in $lib" >&2; return 1; }
  PRED_FNADDR=$("$READELF" -sW -- "$lib" | awk -v s="$fn" '$8 == s && $4 == "FUNC" { print $2; exit }')
  [[ -n $PRED_FNADDR ]] || { echo "r15916_predict: no function $fn in $lib" >&2; return 1; }
  PRED_FNADDR=$(printf '0x%x' $((0x$PRED_FNADDR)))
  va=$((PRED_FNADDR + PRED_SLOT))
  # The section holding the word, and so the word's offset in the file.
  while read -r name type addr off size _; do
    [[ $type == PROGBITS ]] && ((0x$addr <= va && va + 4 <= 0x$addr + 0x$size)) && break
    name=""
  done < <("$READELF" -SW -- "$lib" | sed -n 's/^ *\[ *[0-9]*\] //p')
  [[ -n $name ]] || { echo "r15916_predict: $fn+$PRED_SLOT in $lib lies in no section with contents" >&2; return 1; }
  bytes=$(od -An -tx1 -v -j $((0x$off + va - 0x$addr)) -N4 -- "$lib") || return
  read -ra b <<<"$bytes"
  ((${#b[@]} == 4)) || { echo "r15916_predict: short read in $lib" >&2; return 1; }
  PRED_PC=$(printf '0x%x' $((0x${b[3]}${b[2]}${b[1]}${b[0]})))
  PRED_RETS=$(r15916_retoffs "$lib" "$frame" "$plt") || return
  [[ -n $PRED_RETS ]] || { echo "r15916_predict: $frame in $lib does not call $plt@plt" >&2; return 1; }
}

# The offsets in FN of the instructions that follow its calls of SYM@plt,
# 0x-prefixed, space-separated.
r15916_retoffs() {
  local lib=$1 fn=$2 sym=$3 start="" a rets=()
  while read -r a; do
    if [[ -z $start ]]; then start=$a; else rets+=("$(printf '0x%x' $((0x$a - 0x$start)))"); fi
  done < <("$OBJDUMP" -d --disassemble="$fn" -- "$lib" | awk -v fn="$fn" -v sym="$sym" -F'\t' '
    /^[0-9a-f]+ </ { inside = ($0 ~ ("<" fn ">:$")); if (inside) { split($0, w, " "); print w[1] }; next }
    !inside || !/^ *[0-9a-f]+:\t/ || NF < 3 { next }
    {
      a = $1; gsub(/[ :]/, "", a)
      if (want) { print a; want = 0 }
      if (index($3, "<" sym "@plt>") && $3 ~ /^call/) want = 1
    }')
  printf '%s\n' "${rets[*]}"
}

# The instructions of FN in LIB, one a line: "ADDR<TAB>BYTES<TAB>ASM", the
# address in hex without 0x, the bytes in hex separated by blanks, the
# assembly as objdump writes it with runs of blanks squeezed. Not the
# padding: the cc (int3) bytes a function ends with up to 16 bytes, as Go's
# assembler padded it (INT $3 in code is cd 03, `int $0x3`).
r15916_insns() {
  "$OBJDUMP" -d --disassemble="$2" -- "$1" | awk -v fn="$2" -F'\t' '
    /^[0-9a-f]+ </ { inside = ($0 ~ ("<" fn ">:$")); next }
    inside && /^ *[0-9a-f]+:\t/ && NF >= 3 && $3 !~ /^int3/ {
      a = $1; gsub(/[ :]/, "", a); b = $2; sub(/ +$/, "", b); s = $3; gsub(/  +/, " ", s)
      print a "\t" b "\t" s
    }'
}

# LIB's PIC PLT in GNU ld's order, one entry a line: "SLOT NAME", the slot
# being the offset from EBX its `jmp *SLOT(%ebx)` reads.
r15916_plt() {
  "$OBJDUMP" -d -j .plt -- "$1" | awk '
    /@plt>:$/ { name = $2; gsub(/[<>:]/, "", name); sub(/@plt$/, "", name) }
    /jmp +\*0x[0-9a-f]+\(%ebx\)/ && name {
      match($0, /\*0x[0-9a-f]+/); print substr($0, RSTART + 1, RLENGTH - 1), name; name = ""
    }'
}

# The functions LIB defines (its .symtab), one a line, sorted.
r15916_funcs() {
  "$READELF" -sW -- "$1" | awk '$4 == "FUNC" && $7 ~ /^[0-9]+$/ && $5 == "GLOBAL" { print $8 }' | sort -u
}

# FN's first call of runtime.deferreturn@plt and the two instructions
# before it, as "LEN MNEMONIC[ TARGET]|" each (LEN in bytes; the target
# only for calls), then the return address's offset in FN.
r15916_deferreturn_site() {
  local a b s start="" out="" last=()
  while IFS=$'\t' read -r a b s; do
    [[ -n $start ]] || start=$a
    last+=("$(wc -w <<<"$b") ${s%% *}$([[ $s == call* ]] && echo " ${s##*<}" | tr -d '>')")
    if [[ $s == *"<runtime.deferreturn@plt>" ]]; then
      out="${last[-3]}|${last[-2]}|${last[-1]}|"
      printf '%s +0x%x\n' "$out" $((0x$a + $(wc -w <<<"$b") - 0x$start))
      return 0
    fi
  done < <(r15916_insns "$1" "$2")
  echo "r15916_deferreturn_site: $2 calls no runtime.deferreturn@plt" >&2
  return 1
}

# Each morestack call in LIB's functions: "FN: pic" when the GOT load into
# EBX (call thunk; lea _GLOBAL_OFFSET_TABLE_(%ecx), %ebx) comes right before
# it, "FN: bare" when not.
r15916_morestack_calls() {
  local fn a b s prev2 prev1
  for fn in $(r15916_funcs "$1"); do
    prev2="" prev1=""
    while IFS=$'\t' read -r a b s; do
      if [[ $s == call*"<runtime.morestack"*"@plt>" ]]; then
        if [[ $prev2 == "call "*"<__x86.get_pc_thunk.cx>" && $prev1 == "lea "*"(%ecx),%ebx" ]]; then
          echo "$fn: pic"
        else
          echo "$fn: bare"
        fi
      fi
      prev2=$prev1 prev1=$s
    done < <(r15916_insns "$1" "$fn")
  done
}

# Sets CELL, one line for the table, and CELL_KIND (ok, output, crash, hang
# or exit), CELL_STATUS, CELL_SIG, CELL_CODE, CELL_PC, CELL_ADDR, CELL_FRAME,
# CELL_FRAMELIB (the module's file name) and CELL_FRAMEOFF (0x-prefixed).
r15916_classify() {
  local out=$1 status=$2 want=$3 text line
  CELL_STATUS=$status CELL_SIG="" CELL_CODE="" CELL_PC="" CELL_ADDR="" CELL_FRAME="" CELL_FRAMELIB="" CELL_FRAMEOFF=""
  text=$(cat -- "$out")
  if ((status == 124 || status == 137)); then
    CELL_KIND=hang CELL="hang: killed after ${R15916_TIMEOUT}s"
    return 0
  fi
  # A fatal signal, as the runtime reports it: "[signal SIGSEGV: ...
  # addr=0x... pc=0x...]", or for SIGILL and SIGTRAP "SIGILL: ..." and "PC=0x...".
  line=$(grep -m 1 -E '^\[signal SIG[A-Z]+: ' <<<"$text") || true
  if [[ $line =~ ^\[signal\ (SIG[A-Z]+):.*\ code=(0x[0-9a-f]+)\ addr=(0x[0-9a-f]+)\ pc=(0x[0-9a-f]+)\]$ ]]; then
    CELL_SIG=${BASH_REMATCH[1]} CELL_CODE=${BASH_REMATCH[2]} CELL_ADDR=${BASH_REMATCH[3]}
    CELL_PC=${BASH_REMATCH[4]}
  elif line=$(grep -m 1 -E '^SIG[A-Z]+: ' <<<"$text"); then
    CELL_SIG=${line%%:*}
    CELL_PC=$(grep -m 1 -oE '^PC=0x[0-9a-f]+' <<<"$text") || true
    CELL_PC=${CELL_PC#PC=}
  fi
  if [[ -n $CELL_SIG ]]; then
    CELL_KIND=crash CELL="$CELL_SIG pc=$CELL_PC"
    # The first frame: the two lines after "goroutine 1 [running]:".
    line=$(sed -n '/^goroutine 1 \[running\]:$/{n;N;p;q;}' <<<"$text")
    if [[ $line =~ ^([^\(]+)\(.*$'\n'$'\t'([^ ]*)\ \+(0x[0-9a-f]+)$ ]]; then
      CELL_FRAME=${BASH_REMATCH[1]} CELL_FRAMELIB=${BASH_REMATCH[2]##*/} CELL_FRAMEOFF=${BASH_REMATCH[3]}
    fi
    ((status == 2)) || CELL+=", exit $status"
  elif ((status != 0)); then
    CELL_KIND=exit CELL="exit $status: $(head -n 1 <<<"$text" | cut -c 1-40)"
  elif [[ $text == "$want" ]]; then
    CELL_KIND=ok CELL=ok
  else
    CELL_KIND=output CELL="output $(head -n 1 <<<"$text" | cut -c 1-24), want $want"
  fi
}

# The lines Go's runtime printed before the [signal ...] line for a fault
# at address $1: below 0x1000 a nil-pointer panic, elsewhere a fatal fault.
r15916_report_head() {
  if (($1 < 0x1000)); then
    echo 'panic: runtime error: invalid memory address or nil pointer dereference'
  else
    printf '%s\n' "unexpected fault address $1" 'fatal error: fault'
  fi
}

# Whether the classified run (CELL_*) is what the row (EXP_*) demands; for a
# crash, r15916_predict must have run for the cell's library. JUDGE: why not.
r15916_judge() {
  JUDGE=""
  if [[ $EXP_OUTCOME == ok ]]; then
    [[ $CELL_KIND == ok ]] || JUDGE="want ok"
  elif [[ $CELL_KIND != crash ]]; then
    JUDGE="want the $EXP_OUTCOME crash, SIGSEGV pc=$PRED_PC"
  elif [[ $CELL_SIG != SIGSEGV || $CELL_STATUS != 2 ]]; then
    JUDGE="want SIGSEGV and exit 2"
  elif [[ $CELL_PC != "$PRED_PC" ]]; then
    JUDGE="want pc=$PRED_PC, the word at $EXP_EBXFN+$PRED_SLOT"
  elif [[ $CELL_ADDR != "$CELL_PC" || $CELL_CODE != 0x[12] ]]; then
    # The instruction fetch at pc faulted: code 1 (SEGV_MAPERR) where nothing
    # is mapped there, 2 (SEGV_ACCERR) where something not executable is --
    # natively, now and then, the heap, which ASLR places anywhere in the
    # 32 MB after an executable.
    JUDGE="want the fetch at pc to fault (code=$CELL_CODE addr=$CELL_ADDR)"
  elif [[ $CELL_FRAME != "$EXP_FRAME" || $CELL_FRAMELIB != "$EXP_LIB" ||
    " $PRED_RETS " != *" $CELL_FRAMEOFF "* ]]; then
    JUDGE="want the traceback to start in $EXP_FRAME ($EXP_LIB +{${PRED_RETS// /,}}), after its call of $EXP_PLT@plt"
  fi
  [[ -z $JUDGE ]]
}

# ---------------------------------------------------------------- the .bats files
# Sourced after suites/helpers.bash (PIC386, PIC386_RUNNER, PIC386_TIMEOUT,
# bats-assert):
#
#   r15916_setup_file VARIANT...    builds every program in each VARIANT, static
#                                   and shared, under $BATS_FILE_TMPDIR/m
#   r15916_cell PROG VARIANT MODE RUNNER [now]
#                                   runs one cell and judges it: EXP_*, PRED_*,
#                                   CELL_*, the output file in CELL_OUT; fails
#                                   (JUDGE says why) when not as the table says
#   r15916_cells VARIANT MODE [now] every program's cell under $PIC386_RUNNER;
#                                   fails naming each one not as expected, with
#                                   its output
#   r15916_assert_report_head       the run output's first lines are Go's report
#                                   of a fault at PRED_PC; R15916_H: the index of
#                                   its [signal ...] line

R15916_OUT=${BATS_FILE_TMPDIR-}/m
R15916_NRUN=0

r15916_setup_file() {
  local variant prog mode log=$R15916_OUT/build.log
  mkdir -p "$R15916_OUT" || return
  for variant; do
    for prog in "${R15916_PROGS[@]}"; do
      for mode in "${R15916_MODES[@]}"; do
        if ! r15916_build "$R15916_OUT" "$prog" "$variant" "$mode" 2>"$log"; then
          echo "building $prog ($variant, $mode) failed:"
          cat "$log"
          return 1
        fi
      done
    done
  done
}

r15916_cell() {
  local prog=$1 variant=$2 mode=$3 runner=$4 now=${5-} bin status=0
  bin=$(r15916_bin "$R15916_OUT" "$prog" "$variant" "$mode")
  PRED_PC="" PRED_SLOT="" PRED_FNADDR="" PRED_RETS="" JUDGE="" CELL="(not run)" CELL_OUT=/dev/null
  r15916_expect "$prog" "$variant" "$mode" || return
  if [[ $EXP_OUTCOME != ok ]] &&
    ! r15916_predict "${bin%/*}/$EXP_LIB" "$EXP_EBXFN" "$EXP_PLT" "$EXP_FRAME"; then
    JUDGE="cannot predict the $EXP_OUTCOME crash from ${bin%/*}/$EXP_LIB"
    return 1
  fi
  # Each test's own file: tests of one .bats file may run in parallel.
  CELL_OUT=$BATS_TEST_TMPDIR/$prog.$variant.$mode.$runner${now:+.now}.$((++R15916_NRUN)).out
  r15916_run "$bin" "$runner" "$now" "$CELL_OUT" || status=$?
  r15916_classify "$CELL_OUT" "$status" "${R15916_WANT[$prog]}"
  r15916_judge
}

# After `run --keep-empty-lines cat "$CELL_OUT"`: the report's first lines
# are Go's for a fault at PRED_PC (r15916_report_head), then its [signal]
# line; R15916_H is that line's index.
r15916_assert_report_head() {
  local head i
  mapfile -t head < <(r15916_report_head "$PRED_PC")
  for i in "${!head[@]}"; do
    assert_line --index "$i" "${head[i]}" || return
  done
  R15916_H=${#head[@]}
  # code=0x2 where the address happens to be mapped, not executable: see r15916_judge
  assert_line --index "$R15916_H" \
    --regexp "^\[signal SIGSEGV: segmentation violation code=0x[12] addr=$PRED_PC pc=$PRED_PC\]\$"
}

r15916_cells() {
  local variant=$1 mode=$2 now=${3-} prog what bad=""
  for prog in "${R15916_PROGS[@]}"; do
    what="$prog, $variant, $mode ($PIC386_RUNNER${now:+, LD_BIND_NOW=1})"
    if r15916_cell "$prog" "$variant" "$mode" "$PIC386_RUNNER" "$now"; then
      echo "$what: $CELL${PRED_PC:+ (predicted pc=$PRED_PC)}"
    else
      bad+="$what: $CELL -- NOT AS EXPECTED: $JUDGE"$'\n'"-- output --"$'\n'
      bad+="$(head -c 3000 "$CELL_OUT" 2>/dev/null)"$'\n'
    fi
  done
  [[ -z $bad ]] || { printf '%s' "$bad" | fail; return 1; }
}
