#!/usr/bin/env bats
# toolchain/internal/sha256.c, which makes every cache key and checks every cache
# entry, held to FIPS 180-4's examples and NIST's known answers, fed whole
# and in pieces of every awkward size. bin/unit/sha256 (and
# bin/asan/unit/sha256 beside the sanitizer build) is that file as a command,
# built by `make all` / `make asan`.

load ../helpers

setup() {
  setup_tmp
  SHA=$(dirname -- "$PIC386")/unit/sha256
  if [[ ! -x $SHA ]]; then
    # An installed pic386 has no unit programs beside it.
    [[ $PIC386 == */bin/pic386 || $PIC386 == */bin/asan/pic386 ]] &&
      fail "$SHA is missing: make all asan builds it"
    skip "no $SHA beside $PIC386 (not a build tree)"
  fi
}

# name | message, as printf %s input, or "a*N" for N bytes of 'a' | SHA-256
vectors='
empty       |                                                          | e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
abc         | abc                                                      | ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
448-bit     | abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq | 248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1
896-bit     | abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu | cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1
million-a   | a*1000000                                                | cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0
'

message() {
  if [[ $1 =~ ^a\*([0-9]+)$ ]]; then
    head -c "${BASH_REMATCH[1]}" /dev/zero | tr '\0' a
  else
    printf '%s' "$1"
  fi
}

@test "sha256: FIPS 180-4 / NIST known answers: empty, abc, the 448- and 896-bit messages, a million a" {
  local name msg want chunk n=0
  while IFS='|' read -r name msg want; do
    read -r name <<<"$name"
    [[ -n $name ]] || continue
    read -r msg <<<"$msg"
    read -r want <<<"$want"
    message "$msg" >"$TMP/$name"
    # whole, then in pieces that cross the 64-byte blocks every way
    for chunk in '' 1 3 55 56 63 64 65 1000; do
      run "$SHA" $chunk <"$TMP/$name"
      assert_success
      assert_equal "$name, pieces of ${chunk:-all}: $output" "$name, pieces of ${chunk:-all}: $want"
    done
    n=$((n + 1))
  done <<<"$vectors"
  assert_equal "$n" 5
}

@test "sha256: the padding boundaries (0..130 bytes) and a random megabyte agree with coreutils' sha256sum" {
  command -v sha256sum >/dev/null || skip "no sha256sum"
  local len want
  for ((len = 0; len <= 130; len++)); do
    head -c "$len" /dev/zero | tr '\0' a >"$TMP/m"
    want=$(sha256sum <"$TMP/m")
    run "$SHA" 7 <"$TMP/m"
    assert_success
    assert_equal "$len bytes: $output" "$len bytes: ${want%% *}"
  done
  head -c 1048577 /dev/urandom >"$TMP/r"
  want=$(sha256sum <"$TMP/r")
  run "$SHA" <"$TMP/r"
  assert_equal "$output" "${want%% *}"
}
