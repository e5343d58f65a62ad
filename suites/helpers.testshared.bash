# shellcheck shell=bash
# suites/testshared: `load ../helpers.testshared` from its .bats files. The
# packages of Go's misc/cgo/testshared, rebuilt: depBase and exe in
# repro/15916/src (the product's `pic386 repro 15916` builds them, and the
# product must not depend on a test tree), the others in suites/testshared/src.
# One copy of each: no package is in both roots.
#
#   setup                  ts_setup, every test's
#   ts_setup               s_setup, and PIC386PATH both source roots
#   ts_copy_gopath DIR     DIR/src: a copy of both roots' packages, a
#                          GOPATH of the test's own to edit
#   ts_pkg_dir PKG         the tree's directory of PKG's sources
#   ts_build PROG          s_prog PROG
#   ts_exported SO...      "LIB SYMBOL" for each symbol SO exports (defined,
#                          global or weak, default or protected visibility)
#   ts_relocs_outside_writable SO
#                          the dynamic relocations of SO that patch a
#                          segment that is not writable: text relocations

# shellcheck source=suites/helpers.bash
source "${BASH_SOURCE[0]%/*}/helpers.bash"

TS_ROOT=$S_SUITES/testshared
TS_ROOTS=("$TS_ROOT" "$S_TREE/repro/15916")

ts_setup() {
  export PIC386PATH
  PIC386PATH=$(IFS=:; echo "${TS_ROOTS[*]}")
  s_setup
}

ts_copy_gopath() {
  local dir=$1 root pkg
  rm -rf -- "$dir" && mkdir -p -- "$dir/src" || return
  for root in "${TS_ROOTS[@]}"; do
    for pkg in "$root"/src/*/; do
      pkg=${pkg%/}
      pkg=${pkg##*/}
      # one name, one package: a second copy would hide the first
      if [[ -e $dir/src/$pkg ]]; then
        echo "ts_copy_gopath: package $pkg is in more than one root: ${TS_ROOTS[*]}" >&2
        return 1
      fi
      cp -r -- "$root/src/$pkg" "$dir/src/$pkg" || return
    done
  done
}

ts_pkg_dir() {
  local root
  for root in "${TS_ROOTS[@]}"; do
    [[ -d $root/src/$1 ]] && { echo "$root/src/$1"; return 0; }
  done
  echo "ts_pkg_dir: no package $1 in ${TS_ROOTS[*]}" >&2
  return 1
}

setup() {
  ts_setup
}

ts_build() {
  s_prog "$@"
}

ts_exported() {
  local so
  for so; do
    "$READELF" --dyn-syms -W "$so" | awk -v lib="${so##*/}" '
      $1 ~ /^[0-9]+:$/ && $7 != "UND" && ($5 == "GLOBAL" || $5 == "WEAK") &&
        ($6 == "DEFAULT" || $6 == "PROTECTED") { print lib, $8 }' || return
  done
}

ts_relocs_outside_writable() {
  local so=$1 segs
  segs=$("$READELF" -lW "$so" | awk '
    $1 == "LOAD" {
      flags = ""
      for (i = 7; i < NF; i++) flags = flags $i
      if (flags ~ /W/) print $3, $6
    }') || return
  "$READELF" -rW "$so" | awk -v segs="$segs" '
    function hex(s,   v, i) {
      s = tolower(s); sub(/^0x/, "", s)
      for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
      return v
    }
    BEGIN {
      n = split(segs, w, /[ \n]/)
      for (i = 1; i < n; i += 2) { lo[++k] = hex(w[i]); hi[k] = lo[k] + hex(w[i + 1]) }
    }
    $1 ~ /^[0-9a-f]+$/ && $3 ~ /^R_386_/ {
      off = hex($1); ok = 0
      for (j = 1; j <= k; j++) if (off >= lo[j] && off < hi[j]) ok = 1
      if (!ok) print $0
    }'
}
