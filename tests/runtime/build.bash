# shellcheck shell=bash
# Builds and runs the programs of programs/ (the tree's test programs, shared
# with suites/conformance) with the product's own commands, `pic386 build`
# and `pic386 run`, so these tests exercise the build modes and the runner
# users get, not a copy of them.
#
#   rt_runtime DIR [BUG]     the runtime as pic386 build makes it, for tests
#                            that look inside it: DIR/shared/libruntime.so
#                            and DIR/static/libruntime.a (and its objects)
#   rt_build RT MODE PROG OUT [BUG]
#                            pic386 build of command PROG (programs/src/PROG)
#                            into OUT/PROG; MODE static or shared
#                            (-linkshared: the libraries land beside it); BUG
#                            one of pic386 build's -bug values
#   rt_exec HOW PROG [ARGS]  pic386 run: HOW is qemu or native
#   rt_argv HOW PROG         the command rt_exec runs, in RT_ARGV
#
# Commands and cache hits go to $RT_LOG (pic386 build -x). One cache serves
# a whole test run, so the runtime is built once per build setting.

export PIC386PATH=$PROGRAMS
export PIC386_CACHE=${PIC386_CACHE_TESTS:-$BATS_RUN_TMPDIR/pic386-cache}

rt_build() {
  local mode=$2 prog=$3 out=$4 bug=${5-}
  local flags=(-x)
  [[ $mode == shared ]] && flags+=(-linkshared)
  [[ -n $bug ]] && flags+=("-bug=$bug")
  mkdir -p "$out" || return
  "$PIC386" build "${flags[@]}" -o "$out/$prog" "$prog" 2>>"${RT_LOG:-/dev/null}"
}

rt_runtime() {
  local dir=$1 bug=${2-} log a
  log=$dir/build.log
  mkdir -p "$dir/static" "$dir/shared" || return
  RT_LOG=$log rt_build "$dir" shared print "$dir/shared" "$bug" || { cat "$log"; return 1; }
  RT_LOG=$log rt_build "$dir" static print "$dir/static" "$bug" || { cat "$log"; return 1; }
  # The archive the static program was linked with, named by -x.
  a=$(sed -n 's/^# runtime: \(built\|cached\) \(.*libruntime\.a\)$/\2/p' "$log" | tail -n 1)
  [[ -n $a ]] || { echo "no libruntime.a in:"; cat "$log"; return 1; }
  cp "$a" "$dir/static/libruntime.a" &&
    (cd "$dir/static" && ar x libruntime.a && for o in *.s.o; do mv "$o" "${o%.s.o}.o"; done)
}

rt_argv() {
  local how=$1 prog=$2
  if [[ $how == qemu ]]; then
    RT_ARGV=("$PIC386" run "$prog")
  else
    RT_ARGV=("$PIC386" run -native "$prog")
  fi
}

rt_exec() {
  rt_argv "$1" "$2"
  shift 2
  "${RT_ARGV[@]}" "$@"
}
