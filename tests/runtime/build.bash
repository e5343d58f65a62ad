# shellcheck shell=bash disable=SC2016 # '$ORIGIN' is for the linker
# Builds the runtime and the programs of tests/runtime/testdata with the
# exact commands of the build contract (README, "How the runtime is built"),
# so that these tests depend on the assembler and the runtime only.
# TODO: switch to `pic386 build` / `pic386 run` once they are finished; the
# commands here are what they must run.
#
#   rt_runtime DIR [BUG]     the runtime into DIR/static and DIR/shared; BUG
#                            is "", 15916-jmpdefer (shared runtime assembled
#                            without GOBUILDMODE_shared) or 15916-morestack
#   rt_build RT MODE PROG OUT [BUG]
#                            program PROG (testdata/src/PROG, package main)
#                            and the packages it imports into OUT, MODE
#                            static or shared, linked against runtime RT
#   rt_exec HOW PROG [ARGS]  runs PROG: HOW is qemu or native; shared
#                            programs get the i386 loader and libc
#   rt_argv HOW PROG         the command rt_exec runs, in RT_ARGV

RT_SRC=$(realpath -m -- "$BATS_TEST_DIRNAME/../../runtime")
RT_TESTDATA=$BATS_TEST_DIRNAME/testdata/src
RT_SYSROOT=/usr/i686-linux-gnu
RT_CC=i686-linux-gnu-gcc
RT_CFLAGS=(-std=gnu11 -O2 -g -fno-stack-protector -fcf-protection=none -fno-omit-frame-pointer)

# Prints each command before running it, so a failing test shows what ran.
rt_cmd() {
  echo "+ $*" >>"${RT_LOG:-/dev/null}"
  "$@"
}

rt_runtime() {
  local dir=$1 bug=${2-} f b
  local sobjs=() pobjs=() dyn=(-dynlink -D GOBUILDMODE_shared=1)
  [[ $bug == 15916-jmpdefer ]] && dyn=(-dynlink)
  [[ $bug == 15916-morestack ]] && dyn+=(-bug=15916-morestack)
  mkdir -p "$dir/static" "$dir/shared" || return
  for f in "$RT_SRC"/*.s; do
    b=$(basename "$f" .s)
    rt_cmd "$PIC386" asm -p runtime -I "$RT_SRC" -o "$dir/static/$b.o" "$f" || return
    rt_cmd "$PIC386" asm -p runtime -I "$RT_SRC" "${dyn[@]}" -o "$dir/shared/$b.o" "$f" || return
    sobjs+=("$dir/static/$b.o")
    pobjs+=("$dir/shared/$b.o")
  done
  for f in "$RT_SRC"/*.c; do
    b=$(basename "$f" .c)
    [[ $b == modinfo ]] && continue
    rt_cmd "$RT_CC" "${RT_CFLAGS[@]}" -I"$RT_SRC" -c -o "$dir/static/$b.o" "$f" || return
    rt_cmd "$RT_CC" "${RT_CFLAGS[@]}" -I"$RT_SRC" -fPIC -ftls-model=initial-exec \
      -c -o "$dir/shared/$b.o" "$f" || return
    sobjs+=("$dir/static/$b.o")
    pobjs+=("$dir/shared/$b.o")
  done
  rt_cmd "$RT_CC" "${RT_CFLAGS[@]}" -I"$RT_SRC" -c -o "$dir/static/modinfo.o" "$RT_SRC/modinfo.c" || return
  rt_cmd "$RT_CC" "${RT_CFLAGS[@]}" -I"$RT_SRC" -fPIC -ftls-model=initial-exec \
    -c -o "$dir/shared/modinfo-pic.o" "$RT_SRC/modinfo.c" || return
  rm -f "$dir/static/libruntime.a"
  rt_cmd ar rcs "$dir/static/libruntime.a" "${sobjs[@]}" || return
  rt_cmd "$RT_CC" -shared -Wl,-soname,libruntime.so -Wl,-z,noexecstack -Wl,-z,text \
    -o "$dir/shared/libruntime.so" "${pobjs[@]}" "$dir/shared/modinfo-pic.o"
}

# The packages a package imports: those its symbols name (dep·F), as
# pic386 build finds them.
rt_imports() {
  local pkg=$1
  grep -ho '[A-Za-z_][A-Za-z0-9_]*·' "$RT_TESTDATA/$pkg"/*.s | sed 's/·$//' |
    grep -vx -e runtime -e main -e "$pkg" | LC_ALL=C sort -u
}

# PKG and everything it imports, each after everything it imports.
rt_closure() {
  local -A seen=()
  local order=()
  _rt_visit() {
    local p=$1 d
    [[ -n ${seen[$p]-} ]] && return
    seen[$p]=1
    for d in $(rt_imports "$p"); do _rt_visit "$d"; done
    order+=("$p")
  }
  _rt_visit "$1"
  printf '%s\n' "${order[@]}"
}

rt_build() {
  local rt=$1 mode=$2 prog=$3 out=$4 bug=${5-} pkg f b p
  local asmflags=() pkgs objs=() mainobjs=() libs=()
  [[ $mode == shared ]] && asmflags=(-dynlink)
  [[ $bug == 15916-morestack ]] && asmflags+=(-bug=15916-morestack)
  mapfile -t pkgs < <(rt_closure "$prog")
  mkdir -p "$out" || return
  for pkg in "${pkgs[@]}"; do
    p=$pkg
    [[ $pkg == "$prog" ]] && p=main
    objs=()
    for f in "$RT_TESTDATA/$pkg"/*.s; do
      b=$(basename "$f" .s)
      rt_cmd "$PIC386" asm -p "$p" -I "$RT_SRC" "${asmflags[@]}" -o "$out/$pkg.$b.o" "$f" || return
      objs+=("$out/$pkg.$b.o")
    done
    if [[ $pkg == "$prog" ]]; then
      mainobjs=("${objs[@]}" "${mainobjs[@]}")
    elif [[ $mode == static ]]; then
      mainobjs+=("${objs[@]}")
    else
      # Built after everything it imports: those are in libs already.
      local deps=() d
      for d in $(rt_imports "$pkg"); do deps+=("-l$d"); done
      rt_cmd "$RT_CC" -shared "-Wl,-soname,lib$pkg.so" -Wl,-z,noexecstack -Wl,-z,text \
        -o "$out/lib$pkg.so" "${objs[@]}" "$rt/shared/modinfo-pic.o" \
        -L"$out" "${deps[@]}" -L"$rt/shared" -lruntime \
        -Wl,-rpath,'$ORIGIN' -Wl,--enable-new-dtags || return
      libs=("-l$pkg" "${libs[@]}")
    fi
  done
  if [[ $mode == static ]]; then
    rt_cmd "$RT_CC" -static -Wl,-z,noexecstack -o "$out/$prog" "${mainobjs[@]}" \
      "$rt/static/modinfo.o" "$rt/static/libruntime.a"
  else
    cp "$rt/shared/libruntime.so" "$out/" || return
    rt_cmd "$RT_CC" -no-pie -Wl,-z,noexecstack -o "$out/$prog" "${mainobjs[@]}" \
      "$rt/shared/modinfo-pic.o" -L"$out" "${libs[@]}" -lruntime \
      -Wl,-rpath,'$ORIGIN' -Wl,--enable-new-dtags
  fi
}

# The command that runs PROG, into the array RT_ARGV: HOW is qemu (with
# the i386 sysroot for the loader and libc) or native. Natively a shared
# program needs /lib/ld-linux.so.2 (Debian's libc6-i386); without it, the
# cross sysroot's loader runs it, named explicitly.
rt_argv() {
  local how=$1 prog=$2
  if [[ $how == qemu ]]; then
    RT_ARGV=(qemu-i386 -L "$RT_SYSROOT" "$prog")
  elif [[ ! -e /lib/ld-linux.so.2 ]] && "$READELF" -l "$prog" | grep -q 'INTERP'; then
    RT_ARGV=("$RT_SYSROOT/lib/ld-linux.so.2" --library-path "$RT_SYSROOT/lib" "$prog")
  else
    RT_ARGV=("$prog")
  fi
}

rt_exec() {
  rt_argv "$1" "$2"
  shift 2
  "${RT_ARGV[@]}" "$@"
}
