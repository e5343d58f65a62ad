#!/usr/bin/env bats
# The cache's entries: each records the SHA-256 and size of its files; a
# build verifies what it reads, and an entry found damaged (truncated as by a
# full disk, edited, a file missing, an entry of an older layout) is
# discarded, said so under -x, and built again — to the very same bytes.
# And PIC386_AS / PIC386_CC / PIC386_AR: empty means the default, in every
# command.

# shellcheck disable=SC2016,SC2154,SC2030,SC2031 # assembly is literal; bats' run sets status,
# output and lines; each test runs in a subshell of its own

load ../helpers
load pkgs
load cache

setup() {
  b_setup
}

teardown() {
  b_teardown
}

prints42() {
  run "$PIC386" run ./hello
  assert_success
  assert_equal "$1: $output" "$1: 42"
}

# damage KIND FILE: what a full disk or a stray hand does to a file.
damage() {
  case $1 in
    truncate) truncate -s "$(($(stat -c %s "$2") / 2))" "$2" ;;
    empty) : >"$2" ;;
    append) echo stray >>"$2" ;;
    # one byte, in place: the size stays
    flip) printf '\x5a' | dd of="$2" bs=1 seek=$(($(stat -c %s "$2") / 3)) conv=notrunc status=none ;;
    hexdigit) sed -i '1s/^./0/; 1s/^0\(.*\)$/1\1/' "$2" ;;
    remove) rm "$2" ;;
    garbage) echo 'not a manifest' >"$2" ;;
  esac
}

# mode | the artifact's owner as -x names it | its file in the entry | damage
# | what the message says is wrong (a regexp)
cases='
-linkshared | lib     | liblib.so     | truncate | liblib\.so: sha256 mismatch, [0-9]+ bytes, recorded [0-9]+
-linkshared | runtime | libruntime.so | flip     | libruntime\.so: sha256 mismatch
-linkshared | mid     | abi           | hexdigit | abi: sha256 mismatch
-linkshared | util    | libutil.so    | remove   | libutil\.so: No such file or directory
-linkshared | lib     | manifest      | remove   | manifest: No such file or directory
-linkshared | mid     | manifest      | garbage  | manifest: not the manifest of this entry
-linkshared | hello   | out           | append   | out: sha256 mismatch, [0-9]+ bytes, recorded [0-9]+
static      | lib     | liblib.a      | empty    | liblib\.a: sha256 mismatch, 0 bytes, recorded [0-9]+
static      | runtime | libruntime.a  | flip     | libruntime\.a: sha256 mismatch
static      | hello   | out           | truncate | out: sha256 mismatch, [0-9]+ bytes, recorded [0-9]+
'

@test "entries: a damaged file, a missing one, a bad manifest: detected, said under -x, rebuilt to the same bytes; the program runs" {
  std_pkgs
  local mode who file how why n=0 entry saved
  while IFS='|' read -r mode who file how why; do
    read -r mode <<<"$mode"
    [[ -n $mode ]] || continue
    read -r who <<<"$who"
    read -r file <<<"$file"
    read -r how <<<"$how"
    why=$(sed -E 's/^ +//; s/ +$//' <<<"$why")
    n=$((n + 1))
    [[ $mode == static ]] && mode=
    rm -rf "$PIC386_CACHE" ./*
    build_ok -x ${mode:+"$mode"} hello
    case $who in
      hello) entry=$(sed -n 's#^cp \(/.*\)/out \(\./\)\?hello$#\1#p' <<<"$output") ;;
      *) entry=$(entry_of "$who") ;;
    esac
    [[ -d $entry ]] || fail "row $n: no entry of $who found"
    prints42 "row $n, first build"
    saved=$BATS_TEST_TMPDIR/saved
    rm -rf "$saved" && cp -r "$entry" "$saved"
    damage "$how" "$entry/$file"
    build_ok -x ${mode:+"$mode"} hello
    assert_line --regexp "^# $who: cache entry corrupt \\($why\\), rebuilding$"
    # once, and nothing else is said to be corrupt
    assert_equal "row $n: $(grep -c 'cache entry corrupt' <<<"$output")" "row $n: 1"
    if [[ $who != hello ]]; then
      assert_line --regexp "^# $who: built "
    fi
    prints42 "row $n, rebuilt"
    # the entry is back, whole, with the bytes of the first build
    check_cache "$PIC386_CACHE" >/dev/null
    local f
    for f in "$saved"/*; do
      [[ ${f##*/} == manifest ]] || cmp "$f" "$entry/${f##*/}"
    done
    cmp "$saved/manifest" "$entry/manifest"
    # and no more work after that
    build_ok -x ${mode:+"$mode"} hello
    assert_equal "row $n: $(said built)" "row $n: "
    refute_output --partial corrupt
  done <<<"$cases"
  assert_equal "$n" 10
}

@test "entries: every entry of a cache is whole by its manifest (checked with coreutils' sha256sum), no temporary directory left" {
  std_pkgs
  build_ok hello
  build_ok -linkshared -o sh/hello hello
  build_ok -buildmode=shared -o libmidutil.so mid util
  run check_cache "$PIC386_CACHE"
  assert_success
  # static: runtime lib mid util hello; shared: the same; and the library
  # of mid and util (a module's registration, go.link.o, is part of its link)
  ((output >= 11))
  assert_equal "$(cache_temps "$PIC386_CACHE")" ""
}

# ------------------------------------------------------------------ tools

@test "tools: PIC386_AS=, PIC386_CC=, PIC386_AR= (set, empty) mean the defaults, in pic386 build and pic386 asm" {
  std_pkgs
  PIC386_AS='' PIC386_CC='' PIC386_AR='' build_ok hello
  prints42 static
  PIC386_AS='' PIC386_CC='' PIC386_AR='' build_ok -linkshared -o sh/hello hello
  run "$PIC386" run sh/hello
  assert_success
  assert_output 42
  PIC386_AS='' run "$PIC386" asm -I "$RUNTIME" -o lib.o "$BATS_TEST_TMPDIR/src/lib/lib.s"
  assert_success
  run "$READELF" -h lib.o
  assert_output --partial 'Intel 80386'
}

@test "tools: PIC386_AS names the assembler of every command: pic386 asm's objects and the build's own (ABI records)" {
  std_pkgs
  mkdir -p "$BATS_TEST_TMPDIR/bin"
  local as=$BATS_TEST_TMPDIR/bin/logging-as
  printf '#!/bin/sh\necho "$*" >>"%s"\nexec i686-linux-gnu-as "$@"\n' "$BATS_TEST_TMPDIR/as.log" >"$as"
  chmod +x "$as"
  PIC386_AS=$as build_ok -linkshared hello
  prints42 shared
  # pic386 asm feeds it through a pipe; the build assembles each module's
  # registration (go.link.s) itself
  run grep -c -- '^--32 -mshared --fatal-warnings -o ' "$BATS_TEST_TMPDIR/as.log"
  assert_output 6
  run grep -c -- '^--32 --fatal-warnings -o .*/go\.link\.o .*/go\.link\.s$' "$BATS_TEST_TMPDIR/as.log"
  assert_output 5
  # and a program that is not there: said, exit 1, for build and asm
  rm -rf "$PIC386_CACHE"
  PIC386_AS=$BATS_TEST_TMPDIR/bin/no-such-as run "$PIC386" build hello
  assert_failure 1
  assert_output --partial "cannot run $BATS_TEST_TMPDIR/bin/no-such-as"
  PIC386_AS=$BATS_TEST_TMPDIR/bin/no-such-as run "$PIC386" asm -I "$RUNTIME" -o lib.o "$BATS_TEST_TMPDIR/src/lib/lib.s"
  assert_failure 1
  assert_output --partial "no-such-as"
  [[ ! -e lib.o ]]
}
