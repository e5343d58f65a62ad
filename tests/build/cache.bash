# shellcheck shell=bash
# Helpers for the tests of pic386 build's cache (tests/build/03x-05x). Loaded
# after ../helpers and pkgs.
#
#   rt_copy                 a copy of the runtime sources in $RT, which the
#                           build uses (PIC386_RUNTIME), for tests to change
#   check_cache DIR         every entry of cache DIR is whole: a manifest
#                           whose first line names its key, and files of the
#                           recorded sizes and SHA-256s (coreutils'), no
#                           file it does not list; prints the entry count
#   cache_temps DIR         the temporary directories in cache DIR, one a line
#   entry_of PKG            the entry directory -x named for PKG's artifact
#                           ("# PKG: built|cached DIR/FILE") in $output

rt_copy() {
  RT=$BATS_TEST_TMPDIR/rt
  rm -rf "$RT"
  cp -r "$RUNTIME" "$RT"
  export PIC386_RUNTIME=$RT
}

check_cache() {
  local dir=$1 e key first sum size name listed n=0 f
  for e in "$dir"/??/*; do
    [[ -d $e ]] || continue
    key=${e##*/}
    n=$((n + 1))
    if [[ ! -f $e/manifest ]]; then
      echo "torn entry (no manifest): $e" >&2
      return 1
    fi
    { read -r first
      if [[ $first != "pic386-cache-entry 1 $key" ]]; then
        echo "$e/manifest: first line '$first'" >&2
        return 1
      fi
      listed=" manifest "
      while read -r sum size name; do
        if [[ ! -f $e/$name ]]; then
          echo "$e: $name is listed but missing" >&2
          return 1
        fi
        if [[ $(stat -c %s "$e/$name") != "$size" ]]; then
          echo "$e/$name: size $(stat -c %s "$e/$name"), recorded $size" >&2
          return 1
        fi
        if [[ $(sha256sum <"$e/$name") != "$sum  -" ]]; then
          echo "$e/$name: sha256 differs from the manifest's" >&2
          return 1
        fi
        listed+="$name "
      done
    } <"$e/manifest"
    for f in "$e"/* "$e"/.[!.]*; do
      [[ -e $f ]] || continue
      if [[ $listed != *" ${f##*/} "* ]]; then
        echo "$e: ${f##*/} is not in the manifest" >&2
        return 1
      fi
    done
  done
  echo "$n"
}

cache_temps() {
  find "$1" -mindepth 2 -maxdepth 2 -name '.tmp-*'
}

entry_of() {
  # shellcheck disable=SC2154 # output is set by bats' run
  sed -n "s#^\\# $1: \\(built\\|cached\\) \\(.*\\)/[^/]*\$#\\2#p" <<<"$output" | tail -n 1
}
