#!/usr/bin/env bats
# `pic386 build`: the static and shared build modes, how a package's imports
# are found, the cache, -x and -work, and what bad usage and a failed build
# do. Every test has packages, a cache and a TMPDIR of its own.

# shellcheck disable=SC2016,SC2154,SC2030,SC2031 # assembly and $ORIGIN are literal; bats' run sets status,
# output and lines; each test runs in a subshell of its own

load ../helpers
load pkgs

setup() {
  b_setup
}

teardown() {
  b_teardown
}

# The dynamic section of an ELF file, readelf's lines.
dyn() {
  run "$READELF" -d "$1"
  assert_success
}

# ------------------------------------------------------------------ static

@test "static: a static executable, named after the last element of the import path, that pic386 run runs" {
  std_pkgs
  mkdir "$BATS_TEST_TMPDIR/src/cmd"
  mv "$BATS_TEST_TMPDIR/src/hello" "$BATS_TEST_TMPDIR/src/cmd/hello"
  build_ok cmd/hello
  assert_equal "$(names)" hello
  run "$PIC386" run ./hello
  assert_success
  assert_output 42
  run file hello
  assert_output --partial 'ELF 32-bit LSB executable, Intel 80386'
  assert_output --partial 'statically linked'
  run "$READELF" -lW hello
  assert_success
  assert_line --regexp '^ +LOAD '
  refute_line --partial INTERP
  refute_line --partial 'Requesting program interpreter'
  run "$READELF" -d hello
  assert_output --partial 'no dynamic section'
}

@test "static: nothing is assembled with -shared or -dynlink, and the link is -static" {
  std_pkgs
  build_ok -x hello
  assert_equal "$(asm_pkgs)" 'lib main mid runtime util'
  refute_line --regexp ' asm .*-(shared|dynlink)( |$)'
  refute_output --partial -fPIC
  assert_line --regexp '^i686-linux-gnu-gcc -static .*-o [^ ]*/hello '
}

@test "-o sub/dir/x (and -o=...) creates the directory; the output is alone in it" {
  std_pkgs
  build_ok -o sub/dir/x hello
  build_ok -o=other/y hello
  assert_equal "$(names)" 'other sub'
  assert_equal "$(names sub)" dir
  assert_equal "$(names sub/dir)" x
  assert_equal "$(names other)" y
  run "$PIC386" run sub/dir/x
  assert_success
  assert_output 42
  run "$PIC386" run other/y
  assert_output 42
}

@test "the output may be named like a package's first path element (greet importing greet/util)" {
  pkg greet/util <<'EOF'
// func Print(v int32): println(v)
TEXT ·Print(SB), $8-4
	MOVL	v+0(FP), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET
EOF
  pkg greet <<'EOF'
TEXT ·main(SB), $4-0
	MOVL	$7, 0(SP)
	CALL	greet/util·Print(SB)
	RET
EOF
  for mode in '' -linkshared; do
    build_ok ${mode:+"$mode"} greet
    run "$PIC386" run ./greet
    assert_success
    assert_output 7
  done
}

# ------------------------------------------------------------------ shared

@test "-linkshared: lib<pkg>.so of the runtime and every imported package beside the executable, SONAME, NEEDED, RUNPATH \$ORIGIN" {
  std_pkgs
  build_ok -x -linkshared -o bin/hello hello
  assert_equal "$(names bin)" 'hello liblib.so libmid.so libruntime.so libutil.so'
  # every package assembled with -dynlink, the runtime told of it
  [[ $(grep -c ' asm ' <<<"$output") == "$(grep -c ' asm .* -dynlink ' <<<"$output")" ]]
  assert_line --regexp ' asm -p runtime .*-dynlink -D GOBUILDMODE_shared=1 '
  run "$PIC386" run bin/hello
  assert_success
  assert_output 42

  dyn bin/hello
  assert_line --regexp 'NEEDED.*\[libmid\.so\]'
  assert_line --regexp 'NEEDED.*\[libutil\.so\]'
  assert_line --regexp 'NEEDED.*\[libruntime\.so\]'
  assert_line --regexp 'RUNPATH.*Library runpath: \[\$ORIGIN\]$'
  refute_line --partial SONAME
  refute_line --partial TEXTREL
  run "$READELF" -lW bin/hello
  assert_line --partial 'Requesting program interpreter'

  local lib
  for lib in liblib libmid libruntime libutil; do
    dyn "bin/$lib.so"
    assert_line --regexp "SONAME.*Library soname: \\[$lib\\.so\\]\$"
    assert_line --regexp 'RUNPATH.*Library runpath: \[\$ORIGIN\]$'
    refute_line --partial TEXTREL
    refute_line --regexp 'FLAGS.*TEXTREL'
    run "$READELF" -lW "bin/$lib.so"
    assert_line --regexp 'GNU_STACK .* RW  '
  done
  dyn bin/libmid.so
  assert_line --regexp 'NEEDED.*\[liblib\.so\]'
  assert_line --regexp 'NEEDED.*\[libruntime\.so\]'
  dyn bin/liblib.so
  refute_line --regexp 'NEEDED.*\[lib(mid|util)\.so\]'
}

@test "-linkshared: the directory can be moved elsewhere and still runs; without a library beside it, it does not" {
  std_pkgs
  build_ok -linkshared -o bin/hello hello
  mkdir far
  mv bin far/away
  cd /
  run "$PIC386" run "$TMP/far/away/hello"
  assert_success
  assert_output 42
  rm "$TMP/far/away/libmid.so"
  run -127 "$PIC386" run "$TMP/far/away/hello"
  assert_output --partial libmid.so
}

@test "-linkshared: an import path with slashes gives lib<a-b>.so (a/b, x/y/z)" {
  pkg a/b <<'EOF'
// func F() int32: 40
TEXT ·F(SB), $0-4
	MOVL	$40, ret+0(FP)
	RET
EOF
  pkg x/y/z <<'EOF'
// func G(v int32) int32: v + 2
TEXT ·G(SB), $0-8
	MOVL	v+0(FP), AX
	ADDL	$2, AX
	MOVL	AX, ret+4(FP)
	RET
EOF
  pkg slashy <<'EOF'
TEXT ·main(SB), $8-0
	CALL	a/b·F(SB)
	MOVL	0(SP), AX
	MOVL	AX, 0(SP)
	CALL	x/y/z·G(SB)
	MOVL	4(SP), AX
	MOVL	AX, 0(SP)
	MOVL	$0, 4(SP)
	CALL	runtime·printint(SB)
	CALL	runtime·printnl(SB)
	RET
EOF
  build_ok -linkshared -o out/slashy slashy
  assert_equal "$(names out)" 'liba-b.so libruntime.so libx-y-z.so slashy'
  dyn out/liba-b.so
  assert_line --regexp 'SONAME.*\[liba-b\.so\]$'
  dyn out/libx-y-z.so
  assert_line --regexp 'SONAME.*\[libx-y-z\.so\]$'
  dyn out/slashy
  assert_line --regexp 'NEEDED.*\[liba-b\.so\]'
  assert_line --regexp 'NEEDED.*\[libx-y-z\.so\]'
  run "$PIC386" run out/slashy
  assert_success
  assert_output 42
  # the same packages, static
  build_ok slashy
  run "$PIC386" run ./slashy
  assert_output 42
}

@test "-buildmode=shared p1 p2: one library with both packages' symbols, its soname, no TEXTREL, no library of its own for either" {
  std_pkgs
  build_ok -x -buildmode=shared -o out/libboth.so lib util
  assert_equal "$(names out)" 'libboth.so libruntime.so'
  [[ $(grep -c ' asm ' <<<"$output") == "$(grep -c ' asm .* -dynlink ' <<<"$output")" ]]
  run "$READELF" --dyn-syms -W out/libboth.so
  assert_success
  assert_line --regexp 'FUNC +GLOBAL +DEFAULT +[0-9]+ lib\.Add$'
  assert_line --regexp 'OBJECT +GLOBAL +DEFAULT +[0-9]+ lib\.V$'
  assert_line --regexp 'FUNC +GLOBAL +DEFAULT +[0-9]+ util\.Print$'
  assert_line --regexp 'GLOBAL +DEFAULT +UND runtime\.printint$'
  dyn out/libboth.so
  assert_line --regexp 'SONAME.*Library soname: \[libboth\.so\]$'
  assert_line --regexp 'NEEDED.*\[libruntime\.so\]'
  refute_line --regexp 'NEEDED.*\[lib(lib|util)\.so\]'
  refute_line --partial TEXTREL
  run "$READELF" -h out/libboth.so
  assert_line --regexp 'Type: +DYN '
}

@test "-buildmode=shared: the default name is lib<p1>,<p2>.so, as cmd/go's, and so is the soname" {
  std_pkgs
  pkg a/b <<'EOF'
TEXT ·F(SB), $0-0
	RET
EOF
  build_ok -buildmode=shared lib a/b
  assert_equal "$(names)" 'liblib,a-b.so libruntime.so'
  dyn 'liblib,a-b.so'
  assert_line --regexp 'SONAME.*Library soname: \[liblib,a-b\.so\]$'
  build_ok -buildmode=shared util
  dyn libutil.so
  assert_line --regexp 'SONAME.*Library soname: \[libutil\.so\]$'
}

@test "-buildmode=shared: a named package another named one imports, and a package between two named ones, are in the library" {
  std_pkgs
  # mid imports lib: both named, one library, no liblib.so
  build_ok -buildmode=shared -o one/libml.so mid lib
  assert_equal "$(names one)" 'libml.so libruntime.so'
  dyn one/libml.so
  refute_line --regexp 'NEEDED.*\[liblib\.so\]'
  run "$READELF" --dyn-syms -W one/libml.so
  assert_line --regexp 'FUNC +GLOBAL +DEFAULT +[0-9]+ lib\.Add$'
  assert_line --regexp 'FUNC +GLOBAL +DEFAULT +[0-9]+ mid\.Twice$'
  # hello -> mid -> lib: mid, between the named hello and lib, is pulled in
  # (as a library of its own it would need libhl.so, which needs it); util,
  # which imports neither, stays a library of its own
  build_ok -x -buildmode=shared -o two/libhl.so hello lib
  assert_equal "$(names two)" 'libhl.so libruntime.so libutil.so'
  assert_equal "$(said built)" util
  assert_equal "$(said cached)" runtime
  run "$READELF" --dyn-syms -W two/libhl.so
  assert_line --regexp 'FUNC +GLOBAL +DEFAULT +[0-9]+ hello\.main$'
  assert_line --regexp 'FUNC +GLOBAL +DEFAULT +[0-9]+ mid\.Twice$'
  assert_line --regexp 'FUNC +GLOBAL +DEFAULT +[0-9]+ lib\.Add$'
  dyn two/libhl.so
  assert_line --regexp 'NEEDED.*\[libutil\.so\]'
  refute_line --regexp 'NEEDED.*\[lib(mid|lib)\.so\]'
}

# ------------------------------------------------------------------ imports

# imp NAME WANT: builds command NAME (its source on stdin) with -x; the
# packages it pulls in besides the runtime must be WANT (sorted, blank
# separated), and it must run and exit 0.
imp() {
  local name=$1 want=$2
  pkg "$name"
  build_ok -x "$name"
  local got
  got=$(sed -n 's/^# \([^ ]*\): \(built\|cached\) .*/\1/p' <<<"$output" |
    grep -vx -e runtime -e "$name" | LC_ALL=C sort | paste -sd ' ')
  assert_equal "$name: $got" "$name: $want"
  run "$PIC386" run "./$name"
  assert_success
}

@test "imports come from the symbols a package names: dep·F and a/b·X do, ·f·g, comments and strings do not" {
  pkg dep <<'EOF'
#include "textflag.h"
DATA ·V+0(SB)/4, $1
GLOBL ·V(SB), $4
TEXT ·F(SB), $0-0
	RET
// F's funcval, dep.F·f
DATA ·F·f+0(SB)/4, $·F(SB)
GLOBL ·F·f(SB), RODATA, $4
EOF
  pkg a/b <<'EOF'
TEXT ·X(SB), $0-0
	RET
EOF
  imp call dep <<'EOF'
TEXT ·main(SB), $0-0
	CALL	dep·F(SB)
	RET
EOF
  imp data dep <<'EOF'
TEXT ·main(SB), $0-0
	MOVL	dep·V(SB), AX
	RET
EOF
  imp slash a/b <<'EOF'
TEXT ·main(SB), $0-0
	MOVL	$a/b·X(SB), AX
	CALL	AX
	RET
EOF
  imp indata dep <<'EOF'
#include "textflag.h"
DATA p<>+0(SB)/4, $dep·V(SB)
GLOBL p<>(SB), RODATA, $4
TEXT ·main(SB), $0-0
	RET
EOF
  # dep.F·f is dep's; its F is not a package
  imp depfuncval dep <<'EOF'
TEXT ·main(SB), $0-0
	MOVL	$dep·F·f(SB), DX
	CALL	0(DX)
	RET
EOF
  # ·f·g is this package's funcval "".f·g: f is not a package
  imp funcval '' <<'EOF'
#include "textflag.h"
DATA ·f·g+0(SB)/4, $·f(SB)
GLOBL ·f·g(SB), RODATA, $4
TEXT ·f(SB), $0-0
	RET
TEXT ·main(SB), $0-0
	MOVL	$·f·g(SB), DX
	CALL	0(DX)
	RET
EOF
  imp comments '' <<'EOF'
// CALL	nope·F(SB) in a line comment
/* nope·G and
   nope·H(SB) in a block comment */
TEXT ·main(SB), $0-0	// nope·I
	RET	/* nope·J */
EOF
  imp strings '' <<'EOF'
#include "textflag.h"
DATA s<>+0(SB)/8, $"nope·F\x00"
DATA s<>+8(SB)/8, $"\"nope·G"
GLOBL s<>(SB), RODATA, $16
TEXT ·main(SB), $0-0
	RET
EOF
  # two files, each naming one package
  pkg two two.s <<'EOF'
TEXT ·f(SB), $0-0
	CALL	a/b·X(SB)
	RET
EOF
  imp two 'a/b dep' <<'EOF'
TEXT ·main(SB), $0-0
	CALL	·f(SB)
	CALL	dep·F(SB)
	RET
EOF
}

@test "transitive imports (hello -> mid -> lib) are all linked, static and -linkshared" {
  std_pkgs
  build_ok -x hello
  assert_equal "$(said built)" 'lib mid runtime util'
  assert_line --regexp '^i686-linux-gnu-gcc -static .*/liblib\.a'
  run "$PIC386" run ./hello
  assert_output 42
  build_ok -x -linkshared -o sh/hello hello
  assert_equal "$(said built)" 'lib mid runtime util'
  assert_equal "$(names sh)" 'hello liblib.so libmid.so libruntime.so libutil.so'
  run "$PIC386" run sh/hello
  assert_success
  assert_output 42
}

@test "a missing package: exit 1, a message naming it and its importer, no output" {
  std_pkgs
  pkg hole <<'EOF'
TEXT ·main(SB), $0-0
	CALL	mid·Twice(SB)
	CALL	nothere·F(SB)
	RET
EOF
  rm -r "$BATS_TEST_TMPDIR/src/lib"
  run "$PIC386" build hello
  assert_failure 1
  assert_output --regexp '^pic386 build: package lib \(imported by mid\) not found'
  run "$PIC386" build -linkshared -o out/hole hole
  assert_failure 1
  assert_output --regexp 'package (lib \(imported by mid\)|nothere \(imported by hole\)) not found'
  run "$PIC386" build nosuch
  assert_failure 1
  assert_output --regexp '^pic386 build: package nosuch not found'
  assert_equal "$(names)" ''
}

@test "an import cycle: exit 1 with a message naming it" {
  pkg c1 <<'EOF'
TEXT ·F(SB), $0-0
	CALL	c2·F(SB)
	RET
EOF
  pkg c2 <<'EOF'
TEXT ·F(SB), $0-0
	CALL	c3·F(SB)
	RET
EOF
  pkg c3 <<'EOF'
TEXT ·F(SB), $0-0
	CALL	c1·F(SB)
	RET
EOF
  pkg cyc <<'EOF'
TEXT ·main(SB), $0-0
	CALL	c1·F(SB)
	RET
EOF
  run "$PIC386" build cyc
  assert_failure 1
  assert_output --regexp '^pic386 build: import cycle: .*c[123].*c[123]'
  # through the command itself
  pkg back <<'EOF'
TEXT ·F(SB), $0-0
	CALL	self·G(SB)
	RET
EOF
  pkg self <<'EOF'
TEXT ·G(SB), $0-0
	RET
TEXT ·main(SB), $0-0
	CALL	back·F(SB)
	RET
EOF
  run "$PIC386" build -linkshared self
  assert_failure 1
  assert_output --regexp '^pic386 build: import cycle: .*(self.*back|back.*self)'
  assert_equal "$(names)" ''
}

@test "the package named must be a command (main·main or ·main); a command cannot be imported" {
  std_pkgs
  run "$PIC386" build lib
  assert_failure 1
  assert_output --regexp '^pic386 build: package lib is not a command'
  assert_equal "$(names)" ''
  # main·main makes a command as ·main does
  pkg mm <<'EOF'
TEXT main·main(SB), $0-0
	RET
TEXT ·X(SB), $0-0
	RET
EOF
  build_ok mm
  run "$PIC386" run ./mm
  assert_success
  rm mm
  pkg usesmm <<'EOF'
TEXT ·main(SB), $0-0
	CALL	mm·X(SB)
	RET
EOF
  run "$PIC386" build usesmm
  assert_failure 1
  assert_output --regexp '^pic386 build: package mm is a command'
  assert_equal "$(names)" ''
}

# ------------------------------------------------------------------ cache

@test "cache: an identical rebuild runs no command, only cache hits and the final copies, and gives the same output" {
  std_pkgs
  local mode cps
  for mode in '' -linkshared; do
    rm -f ./*
    build_ok -x ${mode:+"$mode"} hello
    mkdir -p "$BATS_TEST_TMPDIR/first"
    cp ./* "$BATS_TEST_TMPDIR/first/"
    build_ok -x ${mode:+"$mode"} hello
    assert_equal "$mode: $(said cached)" "$mode: hello lib mid runtime util"
    assert_equal "$mode: $(said built)" "$mode: "
    refute_output --partial ' asm '
    refute_output --partial gcc
    refute_output --regexp '(^|/| )ar '
    local line
    for line in "${lines[@]}"; do
      [[ $line =~ ^#\ [^\ ]+:\ cached\ / || $line =~ ^cp\ / ]] ||
        fail "$mode: not a cache hit or the final copy: $line"
    done
    cps=$(grep -c '^cp ' <<<"$output")
    if [[ -z $mode ]]; then
      assert_equal "$cps" 1
    else
      assert_equal "$cps" 5
    fi
    assert_regex "${lines[-1]}" '^cp /.* (\./)?(hello|lib[a-z]+\.so)$'
    assert_line --regexp '^cp /.* (\./)?hello$'
    local f
    for f in "$BATS_TEST_TMPDIR"/first/*; do
      cmp "$f" "${f##*/}"
    done
    assert_equal "$(names)" "$(names "$BATS_TEST_TMPDIR/first")"
    rm -r "$BATS_TEST_TMPDIR/first"
  done
  # into a directory: made when missing, and -x says so; not when it is there
  build_ok -x -o out/hello hello
  assert_line 'mkdir -p out'
  build_ok -x -o out/hello hello
  refute_output --partial mkdir
}

# change PKG: an edit that adds one to what hello prints, whichever package.
change() {
  local src=$BATS_TEST_TMPDIR/src
  case $1 in
    lib) sed -i 's/^\tMOVL\tAX, ret+8(FP)$/\tINCL\tAX\n&/' "$src/lib/lib.s" ;;
    mid) sed -i 's/^\tMOVL\tAX, ret+4(FP)$/\tINCL\tAX\n&/' "$src/mid/mid.s" ;;
    util) sed -i 's/^\tMOVL\tv+0(FP), AX$/&\n\tINCL\tAX/' "$src/util/util.s" ;;
    hello) sed -i 's/^\tCALL\tutil·Print(SB)$/\tINCL\t0(SP)\n&/' "$src/hello/main.s" ;;
  esac
}

@test "cache: a changed package rebuilds itself and its dependents, not the untouched ones, not the runtime" {
  std_pkgs
  local mode pkg want n c built
  # package changed | the packages assembled again (hello is -p main) | libraries built again
  local cases=(
    'lib|lib main mid|lib mid'
    'mid|main mid|mid'
    'util|main util|util'
    'hello|main|'
  )
  for mode in '' -linkshared; do
    rm -rf "$BATS_TEST_TMPDIR/src"
    std_pkgs
    build_ok ${mode:+"$mode"} hello
    n=42
    for c in "${cases[@]}"; do
      IFS='|' read -r pkg want built <<<"$c"
      change "$pkg"
      build_ok -x ${mode:+"$mode"} hello
      assert_equal "$mode $pkg: $(asm_pkgs)" "$mode $pkg: $want"
      assert_equal "$mode $pkg: $(said built)" "$mode $pkg: $built"
      refute_output --partial /runtime/
      refute_line --regexp '^# runtime: built'
      assert_line --regexp '^i686-linux-gnu-gcc .*-o [^ ]*/hello '
      n=$((n + 1))
      run "$PIC386" run ./hello
      assert_success
      assert_equal "$mode $pkg: $output" "$mode $pkg: $n"
    done
  done
}

@test "cache: keys are contents, not times: touching every source rebuilds nothing; new content at the old time rebuilds" {
  std_pkgs
  cp -r "$RUNTIME" "$BATS_TEST_TMPDIR/rt"
  export PIC386_RUNTIME=$BATS_TEST_TMPDIR/rt
  build_ok -linkshared hello
  find "$BATS_TEST_TMPDIR/src" "$BATS_TEST_TMPDIR/rt" -type f -exec touch -d '+1 hour' {} +
  build_ok -x -linkshared hello
  assert_equal "$(said built)" ''
  refute_output --partial ' asm '
  refute_output --partial gcc
  # the same time, other bytes
  local f=$BATS_TEST_TMPDIR/src/lib/lib.s
  touch -r "$f" "$BATS_TEST_TMPDIR/stamp"
  change lib
  touch -r "$BATS_TEST_TMPDIR/stamp" "$f"
  build_ok -x -linkshared hello
  assert_equal "$(asm_pkgs)" 'lib main mid'
  run "$PIC386" run ./hello
  assert_output 43
}

@test "cache: -bug=15916-jmpdefer builds the runtime again, without GOBUILDMODE_shared; the fixed build is still cached" {
  std_pkgs
  build_ok -x -linkshared -o fixed/hello hello
  assert_line --regexp ' asm -p runtime .* -D GOBUILDMODE_shared=1 .*asm_386\.s$'
  build_ok -x -linkshared -bug=15916-jmpdefer -o bug/hello hello
  assert_line --regexp '^# runtime: built '
  refute_line --regexp '^# runtime: cached '
  assert_line --regexp ' asm -p runtime .*asm_386\.s$'
  refute_line --regexp ' asm -p runtime .*GOBUILDMODE_shared'
  assert_line --regexp '^i686-linux-gnu-gcc .*-o [^ ]*/hello '
  run cmp -s fixed/libruntime.so bug/libruntime.so
  assert_failure
  # and back: everything from the cache, the same bytes as the first time
  build_ok -x -linkshared -o again/hello hello
  assert_equal "$(said built)" ''
  refute_output --partial ' asm '
  cmp fixed/libruntime.so again/libruntime.so
  cmp fixed/hello again/hello
  # the static runtime never had GOBUILDMODE_shared
  build_ok -x hello
  assert_line --regexp ' asm -p runtime .*asm_386\.s$'
  refute_output --partial GOBUILDMODE_shared
}

@test "cache: -bug=15916-morestack (and -bug=15916) passes -bug=15916-morestack to every pic386 asm and shares nothing" {
  std_pkgs
  local bug mode
  for mode in '' -linkshared; do
    for bug in 15916-morestack 15916; do
      # a cache that has the build without the bug
      export PIC386_CACHE=$BATS_TEST_TMPDIR/cache-$bug$mode
      build_ok -x ${mode:+"$mode"} hello
      refute_output --partial -bug=
      build_ok -x ${mode:+"$mode"} "-bug=$bug" -o "$bug$mode/hello" hello
      # everything assembled again, with the flag
      assert_equal "$mode $bug: $(asm_pkgs)" "$mode $bug: lib main mid runtime util"
      [[ $(grep -c ' asm ' <<<"$output") == "$(grep -c ' asm .* -bug=15916-morestack ' <<<"$output")" ]] ||
        fail "$mode $bug: a pic386 asm without -bug=15916-morestack: $output"
      if [[ $bug == 15916 && $mode == -linkshared ]]; then
        refute_line --regexp ' asm -p runtime .*GOBUILDMODE_shared'
      fi
      run "$PIC386" run "$bug$mode/hello"
      assert_success
      assert_output 42
    done
  done
}

# ------------------------------------------------------------------ -x, -work

@test "-x prints every command: pic386 asm, the cross gcc, ar, cp; without it the build says nothing" {
  std_pkgs
  build_ok hello
  assert_equal "$output" ''
  rm -r hello "$PIC386_CACHE"
  build_ok -x hello
  local p
  for p in lib mid util; do
    assert_line --regexp "^/[^ ]*pic386 asm -p $p .*-o [^ ]+ [^ ]*/src/$p/$p\\.s\$"
    assert_line --regexp "^i686-linux-gnu-ar rcs [^ ]*/lib$p\\.a [^ ]*\\.o\$"
  done
  assert_line --regexp '^/[^ ]*pic386 asm -p main .*-o [^ ]+ [^ ]*/src/hello/main\.s$'
  assert_line --regexp '^/[^ ]*pic386 asm -p runtime .*-o [^ ]+ [^ ]*/asm_386\.s$'
  assert_line --regexp '^i686-linux-gnu-gcc .* -c -o [^ ]+ [^ ]*/proc\.c$'
  assert_line --regexp '^i686-linux-gnu-gcc -static '
  assert_line --regexp '^cp /[^ ]+ hello$'
  # nothing else: commands, cache entries, and the artifacts -x names
  local line re='^(/[^ ]*pic386 asm|i686-linux-gnu-(gcc|ar|as)|cp|mkdir|# [^ ]+: (built|cached)) '
  for line in "${lines[@]}"; do
    [[ $line =~ $re ]] || fail "an unexpected line: $line"
  done
}

@test "-work prints WORK=dir first and keeps the directory; without it no work directory of the build remains" {
  std_pkgs
  build_ok -work hello
  assert_regex "${lines[0]}" "^WORK=$TMPDIR/pic386-work-[^/]+\$"
  local work=${lines[0]#WORK=}
  [[ -d $work ]]
  [[ -n $(find "$work" -name '*.o') ]]
  rm -r "$work"
  # not with -x either, nor after a failure
  build_ok -x -linkshared hello
  refute_output --partial WORK=
  [[ -z $(find "$TMPDIR" -maxdepth 1 -name 'pic386-work-*') ]]
  printf 'TEXT ·main(SB), $0-0\n\tMOVL\n' >"$BATS_TEST_TMPDIR/src/hello/main.s"
  run "$PIC386" build hello
  assert_failure 1
  [[ -z $(find "$TMPDIR" -maxdepth 1 -name 'pic386-work-*') ]]
  # -work keeps it after a failure too
  run --separate-stderr "$PIC386" build -work hello
  assert_failure 1
  work=$(sed -n 's/^WORK=//p' <<<"$stderr")
  [[ -d $work ]]
  rm -r "$work"
}

# ------------------------------------------------------------------ failures

@test "bad usage: exit 2 with the usage, before doing anything" {
  std_pkgs
  local cases=(
    '-q hello|unknown flag -q'
    '--frob hello|unknown flag --frob'
    '|no packages named'
    '-x -linkshared|no packages named'
    '-buildmode=pie hello|unknown -buildmode=pie'
    '-buildmode= hello|unknown -buildmode='
    '-bug=42 hello|unknown bug 42'
    '-bug=15916,15916-x hello|unknown bug 15916-x'
    'hello -o|-o needs an argument'
  )
  local c args want
  for c in "${cases[@]}"; do
    IFS='|' read -r args want <<<"$c"
    # shellcheck disable=SC2086 # the arguments are words
    run --separate-stderr "$PIC386" build $args
    assert_equal "[$args] $status" "[$args] 2"
    assert_equal "[$args] $output" "[$args] "
    assert_regex "[$args] $stderr" "^\\[$args\\] pic386 build: .*$want"
    assert_regex "$stderr" $'\nusage: pic386 build \\[-o out\\]'
  done
  [[ ! -e $PIC386_CACHE ]]
  assert_equal "$(names)" ''
}

@test "a failing assembly: exit 1, the assembler's file:line message, no output left behind" {
  std_pkgs
  printf '%s\n' 'TEXT ·Add(SB), $0-12' '	MOVL	x+0(FP), AX' '	ADDL	y+4(FP), ' '	RET' \
    >"$BATS_TEST_TMPDIR/src/lib/lib.s"
  local mode
  for mode in '' -linkshared; do
    run "$PIC386" build ${mode:+"$mode"} -o sub/hello hello
    assert_failure 1
    assert_line --regexp "^$BATS_TEST_TMPDIR/src/lib/lib\\.s:3: "
    assert_line --regexp '^pic386 build: lib: '
    assert_equal "$mode: $(names)" "$mode: "
  done
  # in the command itself, with an earlier output there: that one stays
  std_pkgs
  build_ok hello
  cp hello "$BATS_TEST_TMPDIR/before"
  printf '%s\n' 'TEXT ·main(SB), $0-0' '	BOGUS	AX' >"$BATS_TEST_TMPDIR/src/hello/main.s"
  run "$PIC386" build hello
  assert_failure 1
  assert_line --regexp "^$BATS_TEST_TMPDIR/src/hello/main\\.s:2: "
  assert_equal "$(names)" hello
  cmp hello "$BATS_TEST_TMPDIR/before"
  # fixed, it builds: the failure poisoned nothing
  std_pkgs
  build_ok hello
  run "$PIC386" run ./hello
  assert_output 42
}
