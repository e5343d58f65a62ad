#!/usr/bin/env bats
# pic386 vet on hand-written and gcc-built i386 PIC: every case of the PLT
# invariant (EBX = GOT at a call or jump into a PIC PLT entry), both PLT
# layouts, the output formats, exit statuses, and bad input.

# shellcheck disable=SC2016 # backquotes in vet's messages, not expansions
# shellcheck disable=SC2154 # bats' run --separate-stderr sets stderr

load helpers.vet

@test "vet: every finding of the hand-written cases, nothing else, exit 1" {
  $CC -shared -o plt.so "$FIX/plt.s"
  vet plt.so
  assert_equal "$status" 1
  # One line per bad_* function, at its PLT call, with the reason.
  assert_equal "$(grep -c '^plt.so: ' <<<"$output")" 6
  assert_line --regexp '^plt\.so: bad_bare\+0x0 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: function entry → here, no GOT load on the way$'
  assert_line --regexp '^plt\.so: bad_clobber\+0x11 \(0x[0-9a-f]+\): call puts@plt with EBX 0x1, not the GOT \(0x[0-9a-f]+\): set by `mov \$0x01, %ebx` at 0x[0-9a-f]+ → here$'
  assert_line --regexp '^plt\.so: bad_tail\+0xd \(0x[0-9a-f]+\): tail jump: jmp puts@plt with EBX unknown: set by `pop %ebx` at 0x[0-9a-f]+ → here$'
  assert_line --regexp '^plt\.so: bad_gotk\+0xc \(0x[0-9a-f]+\): call puts@plt with EBX GOT\+4 '
  assert_line --regexp '^plt\.so: bad_join\+0x10 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: function entry → 0x[0-9a-f]+ → here'
  assert_line --regexp '^plt\.so: bad_cpuid\+0x10 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: set by `cpuid`'
  refute_line --regexp ': (good|idiom|spill|viaecx|tailok)\+'
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 12 PLT call sites: 6 proven, 6 findings, 0 undecided; 0 deferreturn sites '
}

@test "vet: the IBT layout (.plt.sec) gives the same verdicts" {
  $CC -shared -Wl,-z,ibtplt -o ibt.so "$FIX/plt.s"
  "$READELF" -S ibt.so | grep -q '\.plt\.sec'
  vet ibt.so
  assert_equal "$status" 1
  assert_equal "$(grep -c '^ibt.so: bad_' <<<"$output")" 6
  assert_line --partial '12 PLT call sites: 6 proven, 6 findings, 0 undecided'
}

@test "vet: gcc -O2 -fPIC code with a jump table and PIC-register spills is proven" {
  $CC -O2 -fPIC -shared -o sw.so "$FIX/switch.c"
  vet sw.so
  assert_equal "$status" 0
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, ([1-9][0-9]+) PLT call sites: \1 proven, 0 findings, 0 undecided'
}

@test "vet: a PIE is checked; a non-PIE executable's absolute PLT is said to need nothing" {
  printf '#include <stdio.h>\nint main(void) { puts("hi"); return 0; }\n' >m.c
  $CC -O2 -fPIE -pie -o pie m.c
  $CC -O2 -fno-pie -no-pie -o nopie m.c
  vet pie
  assert_equal "$status" 0
  assert_line --regexp 'PLT call sites: ([1-9][0-9]*) proven, 0 findings'
  vet nopie
  assert_equal "$status" 0
  assert_line 'nopie: non-PIE executable with an absolute PLT (jmp *slot): its PLT calls need no EBX; nothing to check'
  assert_line --partial '1 non-PIE with an absolute PLT (nothing to check)'
}

@test "vet -json: one object per finding with stable fields, then the summary" {
  $CC -shared -o plt.so "$FIX/plt.s"
  vet -json plt.so
  assert_equal "$status" 1
  assert_equal "$(grep -c '^{"type":"finding","file":"plt.so","function":"bad_[a-z]*","offset":[0-9]*,"address":"0x[0-9a-f]*","kind":"plt-\(tail-\)\{0,1\}ebx","message":".*"}$' <<<"$output")" 6
  assert_line --regexp '^\{"type":"finding","file":"plt.so","function":"bad_tail","offset":13,"address":"0x[0-9a-f]+","kind":"plt-tail-ebx","message":"tail jump: jmp puts@plt with EBX unknown: set by `pop %ebx` at 0x[0-9a-f]+ → here"\}$'
  assert_line --regexp '^\{"type":"summary","files":1,"functions":[0-9]+,"plt_sites":12,"proven":6,"findings":6,"undecided":0,'
}

@test "vet: usage errors exit 2; -h prints the usage" {
  vet
  assert_equal "$status" 2
  [[ $stderr == *"no files"* ]]
  vet -frobnicate x
  assert_equal "$status" 2
  [[ $stderr == *"unknown flag -frobnicate"* ]]
  vet -abi=fortran x
  assert_equal "$status" 2
  vet -h
  assert_equal "$status" 0
  assert_line --index 0 --partial 'usage: pic386 vet'
  run "$PIC386" --help
  assert_line --partial 'vet      prove i386 modules'
}

@test "vet: bad input gets a message and exit 2; the other files are still checked" {
  $CC -shared -o plt.so "$FIX/plt.s"
  : >empty
  echo 'not elf at all' >text
  head -c 200 plt.so >trunc.so
  # Section headers pointing past the end (e_shoff = 0x7fffff00).
  cp plt.so badshoff.so
  printf '\x00\xff\xff\x7f' | dd of=badshoff.so bs=1 seek=32 conv=notrunc status=none
  # A huge section count.
  cp plt.so hugecount.so
  printf '\xff\xff' | dd of=hugecount.so bs=1 seek=48 conv=notrunc status=none
  for f in empty text trunc.so badshoff.so hugecount.so; do
    vet "$f" plt.so
    assert_equal "$status" 2
    [[ $stderr == "pic386 vet: $f: "* ]] || { echo "$f: $stderr"; false; }
    # plt.so was still checked.
    assert_equal "$(grep -c '^plt.so: bad_' <<<"$output")" 6
  done
  vet missing.so
  assert_equal "$status" 2
  [[ $stderr == *"missing.so: No such file or directory"* ]]
}

@test "vet: a directory is searched; what is not i386 ELF there is skipped" {
  mkdir -p d/sub
  $CC -shared -o d/sub/plt.so "$FIX/plt.s"
  $CC -O2 -fPIC -shared -o d/sw.so "$FIX/switch.c"
  echo text >d/README
  cp /bin/true d/amd64-program
  ln -s sub/plt.so d/link.so
  vet d
  assert_equal "$status" 1
  assert_line --regexp '^vet: 2 files, '
  assert_equal "$(grep -c '^d/sub/plt.so: bad_' <<<"$output")" 6
  # Named on the command line, a foreign file is an error.
  vet d/amd64-program
  assert_equal "$status" 2
  [[ $stderr == *"not an i386 ELF file"* ]]
}

@test "vet -j: workers print what -j 1 prints, in the same order, with the same exit status" {
  mkdir -p d/sub
  $CC -shared -o d/sub/plt.so "$FIX/plt.s"
  $CC -O2 -fPIC -shared -o d/sw.so "$FIX/switch.c"
  $CC -shared -o d/a.so "$FIX/plt.s"
  echo 'not elf at all' >d/z.so
  head -c 200 d/a.so >trunc.so
  for fmt in "" -json; do
    # A bad file, a directory (a bad file skipped there), a missing file.
    vet -j 1 $fmt trunc.so d missing.so d/sw.so
    assert_equal "$status" 2
    local out1=$output err1=$stderr
    # Without the time, the summary's one difference.
    out1=$(sed -e 's/, [0-9.]* s)$//' -e 's/"seconds":[0-9.]*//' <<<"$out1")
    for j in 2 3 8; do
      vet -j "$j" $fmt trunc.so d missing.so d/sw.so
      assert_equal "$status" 2
      assert_equal "$(sed -e 's/, [0-9.]* s)$//' -e 's/"seconds":[0-9.]*//' <<<"$output")" "$out1"
      assert_equal "$stderr" "$err1"
    done
  done
  # The order: the files' findings as named and walked (a.so before sub/).
  vet -j 3 trunc.so d missing.so d/sw.so
  local out1x=$output
  assert_equal "$(grep -o '^[^:]*: bad_' <<<"$output" | uniq | tr '\n' ' ')" "d/a.so: bad_ d/sub/plt.so: bad_ "
  assert_line --regexp '^vet: 4 files, .*; 2 unreadable '
  [[ $stderr == "pic386 vet: trunc.so: "*"missing.so: No such file or directory" ]]
  vet -j 0 d
  assert_equal "$status" 2
  [[ $stderr == *"-j 0: want a number"* ]]
  # Attached, as make -j2: the same run.
  vet -j2 trunc.so d missing.so d/sw.so
  assert_equal "$(sed -e 's/, [0-9.]* s)$//' -e 's/"seconds":[0-9.]*//' <<<"$output")" \
    "$(sed -e 's/, [0-9.]* s)$//' -e 's/"seconds":[0-9.]*//' <<<"$out1x")"
  vet -j0 d
  assert_equal "$status" 2
  [[ $stderr == *"-j 0: want a number"* ]]
}

@test "vet: a relocatable object is named, not checked" {
  $CC -c -o plt.o "$FIX/plt.s"
  vet plt.o
  assert_equal "$status" 0
  assert_line --partial 'plt.o: relocatable object'
}

@test "vet: inputs the fuzzer found (fuzz/vet.c) are handled, not crashed on" {
  # fuzz-shstrndx-null.elf: e_shstrndx names an SHT_NULL section whose
  # offset lies past the end of the file (read out of bounds before).
  # fuzz-huge-function.elf: a function whose symbol claims a size far past
  # its section (a linear sweep crawled over it byte by byte before).
  for f in "$FIX"/fuzz-*.elf; do
    vet "$f"
    ((status <= 2)) || fail "$f: exit $status: $stderr"
    [[ $stderr != *Sanitizer* && $stderr != *"runtime error"* ]] || fail "$f: $stderr"
  done
}
