#!/usr/bin/env bats
# g in thread-local storage: local-exec in a static program, initial-exec
# through the GOT in shared objects; from the program and from a library.

# shellcheck disable=SC2034 # S_ENV is read by conform

load ../helpers.conformance

@test "tls: the program reaches g through TLS, with Go 1.7's layout, on a runtime segment" {
  conform gstruct
}

@test "tls: a library reaches the program's g, also 1000 calls deep through 4 KB segments, deferred and called back" {
  S_ENV=(PIC386_STACK_SEGMENT=4096 PIC386_STACK_STATS=1)
  conform tls
  # the recursion really crossed segments, in every configuration
  local config
  for config in "${S_CONFIGS[@]}"; do
    grep -Eq '^runtime: stack: splits=([1-9][0-9]+) ' "$TMP/tls/$config.out" ||
      { echo "tls ($config): fewer than 10 splits:"; grep '^runtime: stack' "$TMP/tls/$config.out"; } | fail
  done
}

@test "tls: g is in the shared objects' TLS through the GOT, and in the static program at a fixed offset" {
  s_prog tls
  # shared: initial-exec relocations against runtime.tlsg, in the library
  # and in the program
  run "$READELF" -rW "$TMP/tls/shared/libdepTLS.so"
  assert_line --regexp 'R_386_TLS_TPOFF +0+ +runtime\.tlsg'
  run "$READELF" -rW "$TMP/tls/shared/tls"
  assert_line --regexp 'R_386_TLS_TPOFF +0+ +runtime\.tlsg'
  # static: no dynamic relocation at all
  run "$READELF" -rW "$TMP/tls/static/tls"
  refute_output --partial R_386_TLS
  # and one TLS segment, the runtime's g
  run "$READELF" -lW "$TMP/tls/static/tls"
  assert_line --regexp '^ +TLS '
}
