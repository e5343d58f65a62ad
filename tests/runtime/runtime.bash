# shellcheck shell=bash
# Running the runtime's test programs every way they can run, and checking
# what they print. Loaded after ../helpers and build.bash.
#
#   rt_setup_file [BUG]    builds the runtime once per .bats file, in
#                          $BATS_FILE_TMPDIR/rt[-BUG]
#   rt_prog PROG [BUG]     builds PROG static and shared into $TMP/PROG
#   rt_runall PROG [STATUS] runs PROG in every configuration (RT_CONFIGS),
#                          each output to $TMP/PROG/<config>.out; each must
#                          exit with STATUS (default 0); environment passes
#   rt_golden PROG         every output, normalized, equals programs/golden/PROG
#                          (golden_check of ci/lib/golden.bash;
#                          RT_UPDATE_GOLDEN=1 writes it)
#   rt_out PROG CONFIG     one configuration's raw output

# static: one module; shared: -linkshared, lazy binding, and with LD_BIND_NOW;
# each under qemu-i386 and natively. The native ones need a kernel that runs
# i386 programs (the one probe, ci/lib/host.bash): on a host without, they are
# left out, the qemu ones still run, and 010-print's native test skips with
# the reason (once, not in every test). RT_HOWS are the runners there are;
# RT_REF is the one whose output a test reads where it needs one run: native
# where there is one (no emulator in the way), else qemu-i386.
# shellcheck disable=SC2034 # RT_HOWS and RT_RUN are for the .bats files
if host_runs_i386; then
  RT_CONFIGS=(static.native static.qemu shared.qemu shared.qemu.now shared.native shared.native.now)
  RT_HOWS=(qemu native) RT_REF=native
else
  RT_CONFIGS=(static.qemu shared.qemu shared.qemu.now)
  RT_HOWS=(qemu) RT_REF=qemu
fi
# The command that runs a program the RT_REF way, for `run env K=V ...`.
# shellcheck disable=SC2034
if [[ $RT_REF == native ]]; then RT_RUN=("$PIC386" run -native); else RT_RUN=("$PIC386" run); fi
RT_GOLDEN=$PROGRAMS/golden

rt_setup_file() {
  local bug=${1-}
  RT=$BATS_FILE_TMPDIR/rt${bug:+-$bug}
  export RT
  [[ -e $RT/shared/libruntime.so ]] && return
  RT_LOG=$BATS_FILE_TMPDIR/runtime.log rt_runtime "$RT" "$bug" ||
    { cat "$BATS_FILE_TMPDIR/runtime.log"; return 1; }
}

rt_prog() {
  local prog=$1 bug=${2-}
  local rt=$BATS_FILE_TMPDIR/rt${bug:+-$bug}
  RT_LOG=$TMP/$prog.log
  if ! rt_build "$rt" static "$prog" "$TMP/$prog/static" "$bug" ||
    ! rt_build "$rt" shared "$prog" "$TMP/$prog/shared" "$bug"; then
    cat "$RT_LOG"
    return 1
  fi
}

# One configuration, output (stdout and stderr, in order) to $TMP/PROG/CONFIG.out.
rt_run1() {
  local prog=$1 config=$2 mode how now='' envs=()
  IFS=. read -r mode how now <<<"$config"
  [[ -n $now ]] && envs=(LD_BIND_NOW=1)
  rt_argv "$how" "$TMP/$prog/$mode/$prog"
  env "${envs[@]}" timeout -k 5 120 "${RT_ARGV[@]}" >"$TMP/$prog/$config.out" 2>&1
}

rt_runall() {
  local prog=$1 want=${2:-0} config status
  for config in "${RT_CONFIGS[@]}"; do
    status=0
    rt_run1 "$prog" "$config" || status=$?
    if ((status != want)); then
      printf '%s %s: exit %d, want %d\n-- output --\n%s\n' "$prog" "$config" "$status" "$want" \
        "$(head -c 4000 "$TMP/$prog/$config.out")" | fail
      return 1
    fi
  done
}

rt_out() {
  cat "$TMP/$1/$2.out"
}

# The golden files are programs/golden/PROG, normalized and compared by the
# one golden helper every harness loads (ci/lib/golden.bash).
rt_golden() {
  local prog=$1 config want why outs=()
  want=$RT_GOLDEN/$prog
  # RT_UPDATE_GOLDEN=1: write the golden file from the shared build's run
  # (read it before committing it).
  if [[ -n ${RT_UPDATE_GOLDEN-} ]]; then
    mkdir -p "$RT_GOLDEN" && golden_normalize "$prog" <"$TMP/$prog/shared.qemu.out" >"$want"
  fi
  for config in "${RT_CONFIGS[@]}"; do outs+=("$TMP/$prog/$config.out"); done
  why=$(golden_check "$want" "$prog" "$TMP/$prog/shared.qemu.out" "$TMP/$prog/static.$RT_REF.out" "${outs[@]}") ||
    { printf '%s\n' "$why" | fail; return 1; }
}

# The statistics line of one run's output ("runtime: stack: splits=N
# mapped=N ..."), into the associative array STAT: ${STAT[splits]}, ...
rt_stats() {
  local line w
  line=$(grep '^runtime: stack: ' "$1") || { echo "no statistics in $1" | fail; return 1; }
  declare -gA STAT=()
  for w in ${line#runtime: stack: }; do
    # shellcheck disable=SC2034 # for the tests
    STAT[${w%%=*}]=${w#*=}
  done
}
