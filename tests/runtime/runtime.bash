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
#   rt_golden PROG         every output, normalized, equals testdata/golden/PROG
#                          (RT_UPDATE_GOLDEN=1 writes it)
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
RT_GOLDEN=$BATS_TEST_DIRNAME/testdata/golden

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

# What differs between builds and runs becomes a placeholder: module paths
# (kept to their base name, "lib*.so" or the program), the code offsets and
# fault PCs (code sizes differ between static and -dynlink code), fault
# addresses that are code addresses, register values, and the runtime's
# statistics line. The module a frame is in stays, as "main" for the
# program or the library's name.
rt_normalize() {
  local prog=$1
  sed -E \
    -e "s#^\t(/[^ ]*/)?($prog|lib[A-Za-z0-9_]+\.so)( \+0x[0-9a-f]+)?\$#\t\2 +0x?#" \
    -e "s#^\t$prog \+0x\?\$#\tmain +0x?#" \
    -e 's#(pc|PC)=0x[0-9a-f]+#\1=PC#g' \
    -e 's#addr=0x[0-9a-f]{4,}#addr=ADDR#' \
    -e 's#^(eax|ebx|ecx|edx|edi|esi|ebp|esp|eip|eflags|cs|fs|gs)( +)0x[0-9a-f]+$#\1\2REG#' \
    -e '/^runtime: (stack|defer): /d'
}

# A static build's frames are all in the program; a shared build's are in
# the libraries: normalized output keeps the library, so static and shared
# compare equal only once the module is dropped too.
rt_nomodule() {
  sed -E 's#^\t(main|lib[A-Za-z0-9_]+\.so) \+0x\?$#\tMODULE +0x?#'
}

rt_golden() {
  local prog=$1 config want got
  want=$RT_GOLDEN/$prog
  # RT_UPDATE_GOLDEN=1: write the golden file from the shared build's run
  # (read it before committing it).
  if [[ -n ${RT_UPDATE_GOLDEN-} ]]; then
    mkdir -p "$RT_GOLDEN" && rt_normalize "$prog" <"$TMP/$prog/shared.qemu.out" >"$want"
  fi
  [[ -f $want ]] || { echo "no golden file $want" | fail; return 1; }
  for config in "${RT_CONFIGS[@]}"; do
    got=$(rt_normalize "$prog" <"$TMP/$prog/$config.out" | rt_nomodule)
    if [[ $got != "$(rt_nomodule <"$want")" ]]; then
      diff -u <(rt_nomodule <"$want") <(printf '%s\n' "$got") |
        sed "1,2s#^#$config: #" | fail
      return 1
    fi
  done
  # Where each frame lives: the golden says it for the shared build; in the
  # static build everything is the program.
  got=$(rt_normalize "$prog" <"$TMP/$prog/shared.qemu.out")
  if [[ $got != "$(cat "$want")" ]]; then
    diff -u "$want" <(printf '%s\n' "$got") | fail
    return 1
  fi
  got=$(rt_normalize "$prog" <"$TMP/$prog/static.$RT_REF.out")
  if [[ $got != "$(sed -E 's#^\tlib[A-Za-z0-9_]+\.so \+0x\?$#\tmain +0x?#' "$want")" ]]; then
    diff -u <(sed -E 's#^\tlib[A-Za-z0-9_]+\.so \+0x\?$#\tmain +0x?#' "$want") <(printf '%s\n' "$got") | fail
    return 1
  fi
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
