#!/usr/bin/env bats
# Code shape against Go 1.7's own compiler: Go's testshared packages (the
# one copy of each: depBase and exe in repro/15916/src, which the product's
# repro builds, the others in suites/testshared/src) compiled by pic386
# compile with -dynlink and
# listed by pic386 asm -S, function by function against the listings Go 1.7
# printed (testdata/go17/*.S), both reduced by shape.awk. The functions
# that match instruction for instruction must go on matching; the others
# are reported (see tests/compile/README.md for why each differs).

load ../helpers
load shape

setup() {
  setup_tmp
  TS_SRC=$(realpath -- "$BATS_TEST_DIRNAME/../../suites/testshared/src")
  REPRO_SRC=$(realpath -- "$BATS_TEST_DIRNAME/../../repro/15916/src")
}

# pic386's listing of one package, -dynlink.
listing() {
  local dir=$1 path=$2 f files=() src=$TS_SRC
  [[ -d $src/$dir ]] || src=$REPRO_SRC
  for f in "$src/$dir"/*.go; do
    [[ $f == */gccgo.go ]] || files+=("$f")   # the one file a +build line drops
  done
  ((${#files[@]})) || { echo "no package $dir in $TS_SRC or $REPRO_SRC" >&2; return 1; }
  "$PIC386" compile -p "$path" -I "$TS_SRC" -I "$REPRO_SRC" -dynlink -o "$dir.s" "${files[@]}" || return
  "$PIC386" asm -p "$path" -I "$RUNTIME" -dynlink -S -o "$dir.o" "$dir.s" >"$dir.S"
}

@test "shape: testshared's functions against Go 1.7's go tool compile -S, instruction for instruction" {
  local dir path total=0 matched=0 result line
  : >report
  for dir in depBase dep2 dep3 explicit implicit exe exe2 exe3 trivial implicitcmd; do
    case $dir in exe* | trivial | implicitcmd) path=main ;; *) path=$dir ;; esac
    listing "$dir" "$path" || fail "compile $dir"
    result=$(shape_compare "$path" "$dir.S" "$BATS_TEST_DIRNAME/testdata/go17/$dir.S")
    while IFS= read -r line; do
      echo "$dir: $line"
    done <<<"$result" >>report
  done
  cat report >&3 2>/dev/null || true
  for f in "depBase: match Dep.Method" "depBase: match F" "depBase: match F.func1" \
           "implicit: match I" "trivial: match main" "dep2: match G" "exe: match main"; do
    grep -qxF "$f" report || fail "no longer: $f"
  done
  matched=$(grep -c ': match ' report)
  total=$(grep -c -E ': (match|differ|absent) ' report)
  echo "# $matched of $total functions match Go 1.7 instruction for instruction" >&3 2>/dev/null || true
  ((matched >= 7))
}
