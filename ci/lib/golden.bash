# shellcheck shell=bash
# Golden files of the test programs (programs/golden/PROG): the one
# normaliser and the one comparison, sourced by tests/helpers.bash (for
# tests/runtime) and suites/helpers.bash (issue 12), so that a golden file
# means the same to every harness that reads it.
#
# A golden file is what a program prints, stderr and stdout in order, with
# what differs between builds and runs replaced by placeholders; it says
# where each frame lives in the shared build (main, or the library's name).
#
#   golden_normalize PROG   stdin to stdout: module paths kept to their base
#                           name ("lib*.so", or "main" for the program), code
#                           offsets +0x?, fault PCs PC, fault addresses that
#                           are code or stack addresses ADDR, registers REG;
#                           the runtime's statistics lines dropped
#   golden_nomodule         stdin to stdout: a frame's module dropped, so
#                           that static and shared builds print the same
#   golden_static WANT      the golden file WANT as the static build prints
#                           it: every frame in main
#   golden_check WANT PROG SHARED STATIC OUT...
#                           every OUT (one run's output file), normalized and
#                           without modules, equals WANT without modules; the
#                           shared run's output SHARED has its frames in the
#                           modules WANT says, the static run's STATIC all in
#                           main. On a difference prints why (a diff) and
#                           returns 1: pipe it to bats-support's fail.

golden_normalize() {
  local prog=$1
  sed -E \
    -e "s#^\t(/[^ ]*/)?($prog|lib[A-Za-z0-9_]+\.so)( \+0x[0-9a-f]+)?\$#\t\2 +0x?#" \
    -e "s#^\t$prog \+0x\?\$#\tmain +0x?#" \
    -e 's#(pc|PC)=0x[0-9a-f]+#\1=PC#g' \
    -e 's#addr=0x[0-9a-f]{4,}#addr=ADDR#' \
    -e 's#^unexpected fault address 0x[0-9a-f]{4,}$#unexpected fault address ADDR#' \
    -e 's#^(eax|ebx|ecx|edx|edi|esi|ebp|esp|eip|eflags|cs|fs|gs)( +)0x[0-9a-f]+$#\1\2REG#' \
    -e '/^runtime: (stack|defer): /d'
}

golden_nomodule() {
  sed -E 's#^\t(main|lib[A-Za-z0-9_]+\.so) \+0x\?$#\tMODULE +0x?#'
}

golden_static() {
  sed -E 's#^\tlib[A-Za-z0-9_]+\.so \+0x\?$#\tmain +0x?#' "$1"
}

golden_check() {
  local want=$1 prog=$2 shared=$3 static=$4 out got
  shift 4
  if [[ ! -f $want ]]; then
    echo "no golden file $want"
    return 1
  fi
  for out; do
    got=$(golden_normalize "$prog" <"$out" | golden_nomodule)
    if [[ $got != "$(golden_nomodule <"$want")" ]]; then
      echo "$prog: ${out##*/} differs from $want:"
      diff -u --label golden --label "${out##*/}" <(golden_nomodule <"$want") <(printf '%s\n' "$got")
      return 1
    fi
  done
  # Where each frame lives: the golden file says it for the shared build;
  # in the static build every frame is in the program.
  got=$(golden_normalize "$prog" <"$shared")
  if [[ $got != "$(cat "$want")" ]]; then
    echo "$prog: ${shared##*/}: frames in the wrong modules:"
    diff -u --label golden --label "${shared##*/}" "$want" <(printf '%s\n' "$got")
    return 1
  fi
  got=$(golden_normalize "$prog" <"$static")
  if [[ $got != "$(golden_static "$want")" ]]; then
    echo "$prog: ${static##*/}: frames outside the program:"
    diff -u --label golden --label "${static##*/}" <(golden_static "$want") <(printf '%s\n' "$got")
    return 1
  fi
}
