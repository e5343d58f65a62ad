#!/usr/bin/env bats
# toolchain/build/buildabi.c, the ABI hash of a shared library that every
# -linkshared dependant records and runtime/abi.c compares at start-up. It
# was first taken over `readelf -sW`'s text and now reads the ELF symbol
# tables itself: the hash must stay the one readelf's text gave (for names
# that are not Go's unexported ones, which it leaves out), and a file that
# is not a sound ELF32 object is refused with a reason, never a crash. bin/unit/abihash (and
# bin/asan/unit/abihash) is that file as a command, built by `make all` /
# `make asan`.

load ../helpers

setup() {
  setup_tmp
  ABIHASH=$(dirname -- "$PIC386")/unit/abihash
  if [[ ! -x $ABIHASH ]]; then
    [[ $PIC386 == */bin/pic386 || $PIC386 == */bin/asan/pic386 ]] &&
      fail "$ABIHASH is missing: make all asan builds it"
    skip "no $ABIHASH beside $PIC386 (not a build tree)"
  fi
}

# The hash as it was taken: readelf -sW's symbol lines, those of global or
# weak binding, default visibility and a section (not UND), each as "name
# TYPE size" ("name FUNC" for a function), sorted, duplicates dropped, each
# hashed with its NUL.
readelf_hash() {
  "$READELF" -sW "$@" | perl -ne '
    next unless /^\s*\d+: [0-9a-f]+\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*(.*)$/;
    my ($size, $type, $bind, $vis, $ndx, $name) = ($1, $2, $3, $4, $5, $6);
    next if ($bind ne "GLOBAL" && $bind ne "WEAK") || $vis ne "DEFAULT" || $ndx eq "UND";
    print $type eq "FUNC" ? "$name FUNC\n" : "$name $type $size\n";' |
    LC_ALL=C sort -u | tr '\n' '\0' | sha256sum | cut -d' ' -f1
}

# Every kind of symbol readelf named differently: functions, objects small
# and past 99999 bytes (readelf's hex), weak, hidden and protected, local,
# undefined, common, TLS, an ifunc, a name with a space and one with a
# control character (readelf's ^A).
symbols_s() {
  cat <<'S'
	.text
	.globl f
	.type f, @function
f:	ret
	.weak w
	.type w, @function
w:	ret
	.globl ifn
	.type ifn, @gnu_indirect_function
ifn:	ret
	.globl hid
	.hidden hid
hid:	ret
	.globl prot
	.protected prot
prot:	ret
loc:	call undef@PLT
	.data
	.globl small
	.type small, @object
	.size small, 4
small:	.long 1
	.globl big
	.type big, @object
	.size big, 200000
big:	.long 2
	.globl "two words"
"two words":	.long 3
	.globl "ctl\001x"
"ctl\001x":	.long 4
	.globl notype
notype:	.long 5
	.comm common, 8, 4
	.section .tbss,"awT",@nobits
	.globl tls
	.type tls, @tls_object
	.size tls, 4
tls:	.zero 4
S
}

@test "abihash: the hash readelf -sW's text gave, for objects and a shared library of every kind of symbol" {
  symbols_s >a.s
  printf '\t.text\n\t.globl g\n\t.type g, @function\ng:\tret\n\t.weak f\n\t.type f, @function\nf:\tret\n' >b.s
  "$AS" --32 -o a.o a.s 2>/dev/null || fail "as a.s"
  "$AS" --32 -o b.o b.s || fail "as b.s"
  i686-linux-gnu-gcc -shared -nostdlib -o ab.so a.o b.o || fail "gcc -shared"
  local files want
  for files in a.o b.o "a.o b.o" "b.o a.o" ab.so "ab.so a.o"; do
    # shellcheck disable=SC2086 # files is a list
    want=$(readelf_hash $files)
    # shellcheck disable=SC2086
    run "$ABIHASH" $files
    assert_success
    [[ $output == "$want" ]] || fail "$files: abihash $output, readelf's text $want"
  done
  # the kinds above are all there, and the ones to leave out are left out
  "$READELF" -sW a.o | grep -q ' 0x30d40 OBJECT  GLOBAL DEFAULT .* big$' || fail "no big symbol"
  "$READELF" -sW a.o | grep -q ' ctl^Ax$' || fail "no ^A in a name"
}

# A Go name and whether it is in the hash: Go 1.7's ABI hash covered export
# data, so only exported identifiers count (testshared's ABIChecking:
# `func noABIBreak() {}` keeps the ABI). C names, without a '.', all count.
go_names='
depBase.noABIBreak          | same
depBase.ABIBreak            | differs
depBase.F.func1             | same
depBase.F·f                 | differs
depBase.(*Dep).Method       | differs
depBase.(*Dep).method       | same
depBase.(*dep).Method       | same
depBase.Dep.Method          | differs
depBase.init                | same
depBase.initdone·           | same
depBase._x                  | same
type.depBase.Dep            | same
go.link.abihashbytes        | same
runtime.morestack           | same
runtime.NewExport           | differs
example.com/a.b/c.hidden    | same
example.com/a.b/c.Shown     | differs
c_function                  | differs
'

@test "abihash: of Go's names, only exported ones are in the hash; C's all are" {
  printf '\t.text\n\t.globl base\n\t.type base, @function\nbase:\tret\n' >base.s
  "$AS" --32 -o base.o base.s || fail "as base.s"
  local base name want got bad=0 n=0
  base=$("$ABIHASH" base.o) || fail "abihash base.o"
  while IFS='|' read -r name want; do
    read -r name <<<"$name"
    read -r want <<<"$want"
    [[ -n $name ]] || continue
    n=$((n + 1))
    printf '\t.text\n\t.globl "%s"\n\t.type "%s", @function\n"%s":\tret\n' "$name" "$name" "$name" >sym.s
    "$AS" --32 -o sym.o sym.s || fail "as: $name"
    grep -qaF "$name" sym.o || fail "$name is not in sym.o"
    got=$("$ABIHASH" base.o sym.o) || fail "abihash: $name"
    if [[ $got == "$base" ]]; then got=same; else got=differs; fi
    [[ $got == "$want" ]] || { echo "$name: the hash $got, want $want" >&2; bad=$((bad + 1)); }
  done <<<"$go_names"
  ((n == 18))
  ((bad == 0))
}

@test "abihash: files that are not sound ELF32 objects are refused with a reason, never a crash" {
  symbols_s >a.s
  "$AS" --32 -o a.o a.s 2>/dev/null || fail "as a.s"
  printf 'not elf\n' >text
  : >empty
  run "$ABIHASH" text
  assert_failure 1
  assert_output "abihash: text: not an ELF file"
  run "$ABIHASH" empty
  assert_failure 1
  run "$ABIHASH" a.o missing
  assert_failure 1
  assert_output --partial "abihash: missing: "
  run "$ABIHASH" "$(command -v bash)"   # the host's ELF64
  assert_failure 1
  assert_output --partial "not a 32-bit little-endian ELF file"
  # every truncation, and bytes changed at random (seeded): exit 0 or 1 only
  local size n=0 i
  size=$(stat -c %s a.o)
  for ((i = 0; i < size; i += 7)); do
    head -c "$i" a.o >cut.o
    run "$ABIHASH" cut.o
    ((status <= 1)) || fail "truncated at $i: exit $status: $output"
  done
  for ((i = 0; i < 300; i++)); do
    perl -e 'srand($ARGV[0]); local $/; my $d = <STDIN>;
      for (1 .. 1 + int(rand(6))) {
        my $p = rand() < 0.5 ? int(rand(length $d)) : int(rand(0x34));
        substr($d, $p, 1) = chr(int(rand(256)));
      }
      print $d' "$i" <a.o >bad
    run "$ABIHASH" bad
    ((status <= 1)) || fail "damage $i: exit $status: $output"
    ((status == 0)) || n=$((n + 1))
  done
  ((n > 0)) || fail "no damaged file was refused"
}
