# shellcheck shell=bash
# Shared by every test file, as `load ../helpers` from tests/<area>/NNN-name.bats.

load /usr/lib/bats/bats-support/load
load /usr/lib/bats/bats-assert/load

# `run --separate-stderr` (asm_ok) warns on every use without this.
bats_require_minimum_version 1.5.0

# Absolute, because tests cd into their own temporary directory.
PIC386=$(realpath -m -- "${PIC386:-$BATS_TEST_DIRNAME/../../bin/pic386}")
export PIC386
export AS=i686-linux-gnu-as
export OBJDUMP=i686-linux-gnu-objdump
export READELF=i686-linux-gnu-readelf

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
