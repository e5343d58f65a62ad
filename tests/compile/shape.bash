# shape.bash: pic386 compile's code against Go 1.7's, function by function
# (sourced by 040-shape.bats; usable by hand: shape_compare PKG OURS GO17).

# Prints "match NAME" or "differ NAME" per function of the Go listing
# (functions pic386 does not generate, Go's init among them, are "absent"),
# then "N of M".
shape_compare() {
  local pkg=$1 ours=$2 go17=$3 dir
  dir=$(mktemp -d)
  awk -v pkg="$pkg" -f "$BATS_TEST_DIRNAME/shape.awk" "$ours" |
    awk -v d="$dir/ours." '/^FUNC /{f = d $2; next} {print > f}'
  awk -v pkg="$pkg" -f "$BATS_TEST_DIRNAME/shape.awk" "$go17" |
    awk -v d="$dir/go." '/^FUNC /{f = d $2; printf "" > f; next} {print > f}'
  local m=0 n=0 f name
  for f in "$dir"/go.*; do
    name=${f#"$dir"/go.}
    n=$((n + 1))
    if [[ ! -e $dir/ours.$name ]]; then
      echo "absent $name"
    elif cmp -s "$f" "$dir/ours.$name"; then
      echo "match $name"
      m=$((m + 1))
    else
      echo "differ $name"
    fi
  done
  echo "$m of $n"
  rm -rf "$dir"
}
