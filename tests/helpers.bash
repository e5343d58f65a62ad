# shellcheck shell=bash
# Shared by every test file, as `load ../helpers` from tests/<area>/NNN-name.bats.

load /usr/lib/bats/bats-support/load
load /usr/lib/bats/bats-assert/load

# `run --separate-stderr` (asm_ok) warns on every use without this.
bats_require_minimum_version 1.5.0

# Absolute, because tests cd into their own temporary directory.
PIC386=$(realpath -m -- "${PIC386:-$BATS_TEST_DIRNAME/../../bin/pic386}")
# The runtime sources: textflag.h for #include, and what pic386 build links.
RUNTIME=$(realpath -m -- "${RUNTIME:-$BATS_TEST_DIRNAME/../../runtime}")
# pic386 build finds the runtime next to bin/pic386; bin/asan/pic386 is told.
export PIC386_RUNTIME=$RUNTIME
export PIC386
export AS=i686-linux-gnu-as
export OBJDUMP=i686-linux-gnu-objdump
export READELF=i686-linux-gnu-readelf

# Whether this host runs i386 programs itself: the one probe (ci/lib/host.bash)
# that ci/run-suites and the suites use too. A test that needs the kernel to
# exec an i386 program calls need_native first; a test that compares several
# ways of running one uses host_runs_i386 to leave the native ones out.
# shellcheck source=ci/lib/host.bash
. "$BATS_TEST_DIRNAME/../../ci/lib/host.bash"
need_native() {
  host_runs_i386 || skip "native: $HOST_I386_WHY"
}

# The test programs both tests/ and suites/ build and run (programs/src, a
# source root for pic386 build) and their golden output (programs/golden),
# compared by the one golden helper every harness loads.
# shellcheck disable=SC2034 # for tests/runtime
PROGRAMS=$(realpath -m -- "$BATS_TEST_DIRNAME/../../programs")
# shellcheck source=ci/lib/golden.bash
. "$BATS_TEST_DIRNAME/../../ci/lib/golden.bash"

# A fresh directory for this test, as $TMP and the working directory; bats
# removes it afterwards unless asked to keep it (--no-tempdir-cleanup).
setup_tmp() {
  TMP=$BATS_TEST_TMPDIR/work
  mkdir -p "$TMP"
  cd "$TMP" || return
}

# `pic386 asm ARGS...` must succeed and say nothing on stderr: a warning or a
# sanitizer report is a failure. Its stdout is left in $output.
# shellcheck disable=SC2154 # status, output and stderr are set by bats' run
asm_ok() {
  run --separate-stderr "$PIC386" asm "$@"
  if ((status != 0)) || [[ -n $stderr ]]; then
    printf 'pic386 asm %s: exit %d\n-- stdout --\n%s\n-- stderr --\n%s\n' \
      "$*" "$status" "$output" "$stderr" | fail
  fi
}

# The bytes of SYMBOL in OBJ as one lowercase hex string, e.g. b801000000c3.
# The symbol's .size bounds it (local labels inside do not end it); without one
# the next symbol does. -D rather than -d so that data symbols work too; -z
# because objdump otherwise prints runs of zero bytes as "..."; -w keeps a long
# instruction on one line, but wrapped continuation lines are read all the same.
obj_bytes() {
  local obj=$1 sym=$2 text
  text=$("$OBJDUMP" -D -z -w --disassemble="$sym" -- "$obj") || return
  awk -v want="<$sym>:" -F'\t' '
    /^[0-9a-f]+ </ { head = $0; sub(/^[0-9a-f]+ /, "", head); if (head == want) found = 1 }
    found && /^ *[0-9a-f]+:\t/ { gsub(/ /, "", $2); hex = hex $2 }
    END {
      if (!found) { print "obj_bytes: no symbol " want " in the disassembly" > "/dev/stderr"; exit 1 }
      print hex
    }' <<<"$text"
}

# The relocation lines of `objdump -r OBJ` ("OFFSET TYPE VALUE"), without the
# headers and with runs of blanks squeezed to one space, so that a test can
# match whole lines. SECTION, if given, limits them to one section.
obj_relocs() {
  local obj=$1 text
  text=$("$OBJDUMP" -r ${2:+-j "$2"} -- "$obj") || return
  awk '/^[0-9a-f]+ +R_/ { $1 = $1; print }' <<<"$text"
}

# The contents of SECTION in OBJ (relocations not applied) as one lowercase
# hex string, from `readelf -x`, whose hex columns are fixed: 13 characters of
# address, then four words of eight digits each followed by a blank. Empty for
# a section without contents (.bss); fails if OBJ has no such section.
sec_hex() {
  local obj=$1 sec=$2 text
  text=$("$READELF" -x "$sec" -- "$obj" 2>&1) || return
  if [[ $text == *"was not dumped"* ]]; then
    echo "sec_hex: no section $sec in $obj" >&2
    return 1
  fi
  awk '/^  0x[0-9a-f]+ / { h = substr($0, 14, 35); gsub(/ /, "", h); hex = hex h }
       END { print hex }' <<<"$text"
}

# The instructions of function SYMBOL in OBJ, one line each: "LEN HEX ASM",
# and " TYPE SYMBOL" for each relocation in its bytes. ASM is objdump's, blanks
# squeezed; a branch target is written relative to the function (.+0x1e) or
# to another symbol (x<>), and dropped where a relocation supplies it.
#   5 e8fcffffff call R_386_PLT32 main.g
#   2 76e6 jbe .+0x0
# Not -w: with it objdump shows one relocation per instruction at most, and
# with --disassemble it hangs the section's earlier relocations on the first
# instruction; here a relocation belongs to the instruction holding its offset.
insns() {
  local obj=$1 sym=$2 text
  text=$("$OBJDUMP" -dr --disassemble="$sym" -- "$obj") || return
  awk -v fn="$sym" -F'\t' '
    function hexnum(s,   v, i) {
      for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
      return v
    }
    /^[0-9a-f]+ </ { head = $0; sub(/^[0-9a-f]+ /, "", head); found = head == "<" fn ">:" }
    !found { next }
    /^ *[0-9a-f]+:\t/ {
      addr = $1; gsub(/[ :]/, "", addr); addr = hexnum(addr)
      hex = $2; gsub(/ /, "", hex)
      if (NF < 3) { h[n] = h[n] hex; next }    # the wrapped bytes of a long one
      n++; at[n] = addr; h[n] = hex
      a = $3; gsub(/  +/, " ", a); sub(/ +$/, "", a); asm[n] = a
      next
    }
    /^\t\t\t[0-9a-f]+: R_/ {
      split($4, rt, ": "); r++
      roff[r] = hexnum(rt[1]); rtype[r] = rt[2]; rsym[r] = $5
    }
    END {
      if (!n) { print "insns: no instructions of <" fn "> in the disassembly" > "/dev/stderr"; exit 1 }
      for (i = 1; i <= n; i++) {
        len = length(h[i]) / 2; rel = ""
        for (k = 1; k <= r; k++)
          if (roff[k] >= at[i] && roff[k] < at[i] + len) rel = rel " " rtype[k] " " rsym[k]
        a = asm[i]
        if (match(a, / [0-9a-f]+ <.*>$/)) {
          target = substr(a, RSTART + 1); sub(/^[0-9a-f]+ </, "", target); sub(/>$/, "", target)
          a = substr(a, 1, RSTART - 1)
          if (target == fn) target = fn "+0x0"
          if (index(target, fn "+") == 1) target = "." substr(target, length(fn) + 1)
          if (rel == "") a = a " " target
        }
        print len, h[i], a rel
      }
    }' <<<"$text"
}
