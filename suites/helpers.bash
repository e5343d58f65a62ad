# shellcheck shell=bash
# Shared by every suite. Each suite loads its own helpers file,
# suites/helpers.SUITE.bash (`load ../helpers.SUITE`), which sources this one
# and defines the suite's functions and its tests' default `setup`.
# ci/run-suites runs the suites and sets the environment below; plain
# `bats suites/<suite>` works too, with the defaults.
#
# Environment:
#   PIC386           the pic386 binary (default: bin/pic386 of this tree)
#   PIC386_RUNNER    qemu (default) or native: how s_exec runs an i386 program
#   PIC386_TIMEOUT   seconds a program may run before it is killed and the
#                    test fails as a timeout (default 60)
#   PIC386_QEMU_CPU  qemu's -cpu (read by pic386 run itself)
#   PIC386_CACHE     pic386 build's cache (default: one per bats run)
#   SUITE_UPDATE_GOLDEN=1   s_golden writes the golden files from the shared
#                    build's run (read the diff)
#
# Building:
#   s_build ARGS...        pic386 build -x ARGS, its commands appended to
#                          $S_LOG ($TMP/build.log); on failure the log is shown
#                          a shared build (-linkshared, -buildmode=shared)
#                          without -bug is then vetted (s_vet)
#   s_vet DIR...           pic386 vet DIR...: every PIC PLT call of every
#                          module there proven (exit 0), or the test fails
#   s_prog PROG [FLAGS...] command PROG built static into $TMP/PROG/static/PROG
#                          and -linkshared into $TMP/PROG/shared/PROG (its
#                          libraries beside it); FLAGS go to both builds
# Running (under $PIC386_RUNNER, killed after $PIC386_TIMEOUT seconds):
#   s_timed WHAT OUT ERR CMD...  any command, killed the same way: stdout
#                          into the file OUT, stderr into ERR (- for OUT)
#   s_exec OUT PROG [ARGS...]   stdout, stderr and exit status of one run into
#                          OUT.stdout, OUT.stderr, OUT.status; fails only on a
#                          timeout. Environment for the program: S_ENV=(K=V...)
#   s_run PROG [ARGS...]   the same into bats' $status, $output (stdout) and
#                          $stderr, like `run --separate-stderr`
#   s_runall PROG [STATUS] PROG in every configuration of S_CONFIGS (static;
#                          shared, lazy binding; shared, LD_BIND_NOW=1), each
#                          must exit with STATUS (default 0); stdout and
#                          stderr together in $TMP/PROG/CONFIG.out
#   s_agree PROG [STATUS]  PROG in every configuration, stdout and stderr
#                          apart: all configurations must agree on stdout,
#                          stderr and exit status (STATUS, default 0); leaves
#                          the static run's streams in $output and $stderr
# Checking:
#   s_golden PROG          every configuration's output, normalized, equals
#                          the golden file $S_GOLDEN/PROG (golden_check of
#                          ci/lib/golden.bash, the one normaliser and
#                          comparison: golden_normalize PROG, stdin to stdout)
#   s_dyn FILE             readelf -d FILE, into $output / $lines
#   s_setup                every test's setup: $TMP, and a skip when the runner
#                          is native and the host cannot run i386 programs
# Each suite's own: helpers.testshared.bash (ts_*), helpers.conformance.bash
# (cf_*, conform), helpers.repro-15916.bash (repro/15916/matrix.bash's r15916_*).

load /usr/lib/bats/bats-support/load
load /usr/lib/bats/bats-assert/load

# `run --separate-stderr` needs it, and without it bats warns on every use.
bats_require_minimum_version 1.5.0

# This file's directory: suites/. Absolute, as tests cd elsewhere.
S_SUITES=$(realpath -- "${BASH_SOURCE[0]%/*}")
S_TREE=$(realpath -m -- "$S_SUITES/..")
PIC386=$(realpath -m -- "${PIC386:-$S_TREE/bin/pic386}")
export PIC386
PIC386_RUNNER=${PIC386_RUNNER:-qemu}
PIC386_TIMEOUT=${PIC386_TIMEOUT:-60}
export PIC386_CACHE=${PIC386_CACHE:-$BATS_RUN_TMPDIR/pic386-cache}
export READELF=i686-linux-gnu-readelf OBJDUMP=i686-linux-gnu-objdump

# static: one module; shared: -linkshared, lazy binding, then LD_BIND_NOW=1.
S_CONFIGS=(static shared shared.now)
# Where s_golden finds PROG's golden file; a suite may name another directory.
S_GOLDEN=$BATS_TEST_DIRNAME/golden
S_ENV=()

case $PIC386_RUNNER in
  qemu | native) ;;
  *) echo "suites/helpers.bash: PIC386_RUNNER=$PIC386_RUNNER: want qemu or native" >&2; exit 2 ;;
esac

# Every test's setup: a fresh directory, as $TMP and the working directory,
# and a skip where the native runner cannot run here.
s_setup() {
  TMP=$BATS_TEST_TMPDIR/work
  mkdir -p "$TMP"
  cd "$TMP" || return
  S_LOG=$TMP/build.log
  s_skip_native
}

# Whether this host's kernel runs i386 programs: the one probe of
# ci/lib/host.bash (an x86_64 kernel may lack IA-32 emulation: the i386 loader
# must start). PIC386_HOST_ARCH stands in for `uname -m` in the runner's own
# tests.
# shellcheck source=ci/lib/host.bash
. "${BASH_SOURCE[0]%/*}/../ci/lib/host.bash"
# The one normaliser and golden comparison, shared with tests/runtime.
# shellcheck source=ci/lib/golden.bash
. "${BASH_SOURCE[0]%/*}/../ci/lib/golden.bash"
s_host_runs_i386() { host_runs_i386; }

s_skip_native() {
  if [[ $PIC386_RUNNER == native ]] && ! host_runs_i386; then
    skip "native runner: $HOST_I386_WHY"
  fi
}

s_build() {
  local log=${S_LOG:-$BATS_TEST_TMPDIR/build.log} one=$BATS_TEST_TMPDIR/s_build.log st=0
  "$PIC386" build -x "$@" 2>"$one" || st=$?
  cat "$one" >>"$log"
  if ((st != 0)); then
    { echo "pic386 build $* (PIC386PATH=${PIC386PATH-}): exit $st; its commands:"; tail -n 30 "$one"; } | fail
    return 1
  fi
  # What a fixed shared build writes is proven by pic386 vet: every call
  # into a PIC PLT entry made with EBX = the module's GOT.
  local a i out='' shared='' bug=''
  for a; do
    case $a in
      -linkshared | -buildmode=shared) shared=1 ;;
      -bug=*) bug=1 ;;
    esac
  done
  a=("$@")
  for i in "${!a[@]}"; do
    [[ ${a[i]} != -o ]] || out=${a[i + 1]-}
  done
  if [[ -n $shared && -z $bug && -n $out ]]; then
    s_vet "$(dirname -- "$out")"
  fi
}

s_vet() {
  local v st=0
  v=$("$PIC386" vet "$@" 2>&1) || st=$?
  if ((st != 0)); then
    { echo "pic386 vet $*: exit $st"; echo "$v"; } | fail
    return 1
  fi
}

s_prog() {
  local prog=$1
  shift
  s_build "$@" -o "$TMP/$prog/static/$prog" "$prog" &&
    s_build -linkshared "$@" -o "$TMP/$prog/shared/$prog" "$prog"
}

# The command that runs PROG: pic386 run, under qemu or natively.
s_argv() {
  if [[ $PIC386_RUNNER == native ]]; then
    S_ARGV=("$PIC386" run -native "$1")
  else
    S_ARGV=("$PIC386" run "$1")
  fi
}

# s_timed WHAT OUT ERR CMD...: CMD under timeout, its stdout into the file
# OUT and its stderr into ERR ("-": into OUT too); its status in S_STATUS.
# Fails, saying TIMEOUT and naming WHAT, if it had to be killed.
s_timed() {
  local what=$1 out=$2 err=$3 start=$SECONDS
  shift 3
  S_STATUS=0
  if [[ $err == - ]]; then
    timeout -k 5 "$PIC386_TIMEOUT" "$@" >"$out" 2>&1 || S_STATUS=$?
  else
    timeout -k 5 "$PIC386_TIMEOUT" "$@" >"$out" 2>"$err" || S_STATUS=$?
  fi
  # 124: timeout's TERM ended it; 137: it needed the KILL that followed.
  if ((S_STATUS == 124 || (S_STATUS == 137 && SECONDS - start >= PIC386_TIMEOUT))); then
    echo "TIMEOUT: $what was killed after ${PIC386_TIMEOUT}s (PIC386_TIMEOUT) under the $PIC386_RUNNER runner" | fail
    return 1
  fi
}

s_exec() {
  local out=$1 prog=$2
  shift 2
  s_argv "$prog"
  s_timed "$prog" "$out.stdout" "$out.stderr" env ${S_ENV[@]+"${S_ENV[@]}"} "${S_ARGV[@]}" "$@" || return
  echo "$S_STATUS" >"$out.status"
}

s_run() {
  local out=$BATS_TEST_TMPDIR/s_run
  s_exec "$out" "$@" || return
  # shellcheck disable=SC2034 # for the tests, as bats' run sets them
  {
    status=$S_STATUS
    output=$(cat "$out.stdout")
    stderr=$(cat "$out.stderr")
    mapfile -t lines <"$out.stdout"
  }
}

# The environment of one configuration: S_ENV, and LD_BIND_NOW for ".now".
s_config_env() {
  S_CENV=(${S_ENV[@]+"${S_ENV[@]}"})
  [[ $1 == *.now ]] && S_CENV+=(LD_BIND_NOW=1)
  return 0
}

s_runall() {
  local prog=$1 want=${2:-0} config mode
  for config in "${S_CONFIGS[@]}"; do
    mode=${config%%.*}
    s_config_env "$config"
    s_argv "$TMP/$prog/$mode/$prog"
    s_timed "$prog ($config)" "$TMP/$prog/$config.out" - \
      env ${S_CENV[@]+"${S_CENV[@]}"} "${S_ARGV[@]}" || return
    if ((S_STATUS != want)); then
      printf '%s (%s, %s runner): exit %d, want %d\n-- output --\n%s\n' "$prog" "$config" \
        "$PIC386_RUNNER" "$S_STATUS" "$want" "$(head -c 4000 "$TMP/$prog/$config.out")" | fail
      return 1
    fi
  done
}

s_agree() {
  local prog=$1 want=${2:-0} config mode base ref=static s
  for config in "${S_CONFIGS[@]}"; do
    mode=${config%%.*}
    s_config_env "$config"
    local S_ENV=(${S_CENV[@]+"${S_CENV[@]}"})
    s_exec "$TMP/$prog/$config" "$TMP/$prog/$mode/$prog" || return
  done
  base=$TMP/$prog/$ref
  if (($(cat "$base.status") != want)); then
    printf '%s (%s): exit %d, want %d\n-- stderr --\n%s\n' "$prog" "$ref" "$(cat "$base.status")" \
      "$want" "$(head -c 4000 "$base.stderr")" | fail
    return 1
  fi
  for config in "${S_CONFIGS[@]}"; do
    for s in status stdout stderr; do
      if ! cmp -s "$base.$s" "$TMP/$prog/$config.$s"; then
        { echo "$prog: the $config build's $s differs from the $ref build's:"
          diff -u --label "$ref.$s" --label "$config.$s" "$base.$s" "$TMP/$prog/$config.$s"; } | fail
        return 1
      fi
    done
  done
  # shellcheck disable=SC2034 # for the tests
  {
    output=$(cat "$base.stdout")
    stderr=$(cat "$base.stderr")
    status=$(cat "$base.status")
  }
}

s_golden() {
  local prog=$1 want=$S_GOLDEN/$1 config why outs=()
  if [[ -n ${SUITE_UPDATE_GOLDEN-} ]]; then
    mkdir -p "$S_GOLDEN" && golden_normalize "$prog" <"$TMP/$prog/shared.out" >"$want"
  fi
  for config in "${S_CONFIGS[@]}"; do outs+=("$TMP/$prog/$config.out"); done
  why=$(golden_check "$want" "$prog" "$TMP/$prog/shared.out" "$TMP/$prog/static.out" "${outs[@]}") ||
    { printf '%s runner: %s\n' "$PIC386_RUNNER" "$why" | fail; return 1; }
}

s_dyn() {
  run "$READELF" -dW "$1"
  assert_success
}
