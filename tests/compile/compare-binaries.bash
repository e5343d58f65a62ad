#!/usr/bin/env bash
# tests/compile/compare-binaries.bash OLD NEW: pic386 compile's output, exit
# status and diagnostics from two binaries, over every Go package of the
# repository (the corpus, testshared's sources, the 15916 repro, the fuzzing
# seeds one file each) and a generated package of 1000 functions, plain and
# -dynlink, to -o file, -o - and -S. A tool for a change that must not change
# the output (issue 14's memory work); prints each difference, exits 1 on any.
set -uo pipefail
(($# == 2)) || { echo "usage: $0 OLD NEW" >&2; exit 2; }
# shellcheck disable=SC2034 # read as ${!which}
old=$(realpath "$1") new=$(realpath "$2")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ndiff=0 n=0

one() {   # label, compile arguments...
  local label=$1 bin which
  shift
  for which in old new; do
    bin=${!which}
    (cd "$tmp" && "$bin" compile -o "$which.s" "$@" >"$which.stdout" 2>"$which.stderr"; echo $? >"$which.rc")
    (cd "$tmp" && "$bin" compile -S -o - "$@" >"$which.S" 2>"$which.Serr"; echo $? >>"$which.rc")
  done
  n=$((n + 1))
  local f
  for f in s stdout stderr rc S Serr; do
    if [[ -e $tmp/old.$f || -e $tmp/new.$f ]] && ! cmp -s "$tmp/old.$f" "$tmp/new.$f"; then
      echo "DIFF $label ($f)"
      ndiff=$((ndiff + 1))
    fi
  done
  rm -f "$tmp"/old.* "$tmp"/new.*
}

pkgdirs() {
  local d
  for d in "$root"/tests/compile/corpus/src/* "$root"/suites/testshared/src/* "$root"/repro/15916/src/* \
    "$root"/tests/compile/testdata/src/*; do
    [[ -d $d ]] && compgen -G "$d/*.go" >/dev/null && echo "$d"
  done
}

mkdir "$tmp/gen"
"$root/bench/compile/gen-go" 1000 >"$tmp/gen/gen1000.go" || exit 2
for dyn in "" -dynlink; do
  while read -r d; do
    base=${d%/src/*}/src
    rel=${d#"$base"/}
    one "$rel $dyn" $dyn -p "$rel" -I "$base" -I "$root/suites/testshared/src" -I "$root/repro/15916/src" "$d"/*.go
  done < <(pkgdirs)
  for f in "$root"/fuzz/go-seeds/*.go; do
    one "${f##*/} $dyn" $dyn "$f"
  done
  one "gen-go 1000 $dyn" $dyn "$tmp/gen/gen1000.go"
done
echo "compare-binaries: $n compilations, $ndiff differences"
[[ $ndiff == 0 ]]
