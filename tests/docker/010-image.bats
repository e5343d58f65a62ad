#!/usr/bin/env bats
# The pic386-suite image, built from the top-level Dockerfile on this machine's
# Docker engine (ci/docker-build; where no registry is reachable its base is
# made by ci/docker-base) and run as a user runs it. Skipped, with the reason,
# where `docker info` fails; run once per `make test`, in the normal binary's
# run (the image builds its own pic386, so the sanitizer run adds nothing).

# shellcheck disable=SC2154 # status, output and stderr are set by bats' run

load ../helpers

REPO=$(realpath -- "$BATS_TEST_DIRNAME/../..")
IMAGE=${PIC386_IMAGE:-pic386-suite}
# How long one container may run: every suite under qemu-i386.
LIMIT=${PIC386_DOCKER_TIMEOUT:-1200}

# Bats 1.8 cannot skip from setup_file: it leaves the reason for setup().
setup_file() {
  export DOCKER_SKIP=''
  if [[ $PIC386 == */asan/* ]]; then
    DOCKER_SKIP="the image is tested once, in the normal binary's run"
  elif ! docker info >/dev/null 2>&1; then
    DOCKER_SKIP="no Docker engine here (docker info failed)"
  elif [[ -z ${PIC386_DOCKER_NO_BUILD-} ]]; then
    "$REPO/ci/docker-build" --tag "$IMAGE" >"$BATS_FILE_TMPDIR/build.log" 2>&1 || {
      cat "$BATS_FILE_TMPDIR/build.log" >&2
      return 1
    }
  fi
}

setup() {
  [[ -z $DOCKER_SKIP ]] || skip "$DOCKER_SKIP"
  setup_tmp
}

# The suites the tree has, by their Bats files: what a default run must run.
tree_suites() {
  local d
  for d in "$REPO"/suites/*/; do
    compgen -G "$d*.bats" >/dev/null && basename "$d"
  done
  return 0
}

# `docker run --rm IMAGE ARGS...` under bats' run, bounded in time.
drun() {
  run --separate-stderr timeout "$LIMIT" docker run --rm "$@"
}

# The counts from the closing "N passed, M failed[, K skipped]" line (ci/run-suites
# writes it as a TAP comment, "# N passed, ..."), into PASSED, FAILED, SKIPPED.
summary() {
  local last
  last=$(tail -n 1 <<<"$output")
  [[ $last =~ ^(\#\ )?([0-9]+)\ passed,\ ([0-9]+)\ failed(,\ ([0-9]+)\ skipped)? ]] || {
    echo "no closing 'N passed, M failed' line; last line: $last" | fail
    return 1
  }
  PASSED=${BASH_REMATCH[2]} FAILED=${BASH_REMATCH[3]} SKIPPED=${BASH_REMATCH[5]:-0}
}

@test "the image builds from the Dockerfile; its size is reported and it stays lean" {
  # How long the base and the build took, in the TAP stream as comments.
  grep -E '^docker-(base: made|build:)' "$BATS_FILE_TMPDIR/build.log" 2>/dev/null | sed 's/^/# /' >&3 || true
  run docker image inspect --format '{{.Size}}' "$IMAGE"
  assert_success
  echo "# $IMAGE: $((output / 1000000)) MB" >&3
  # Debian's bookworm-slim is 75 MB; the cross gcc, binutils, qemu-i386 and
  # Bats add about 140. Half as much again means something heavy crept in.
  ((output < 330000000))
}

@test "OCI labels: title, description, version, revision, source, licenses" {
  local key version
  version=$(sed -n 's/^#define PIC386_VERSION "\(.*\)"$/\1/p' "$REPO/toolchain/internal/internal.h")
  for key in title description version revision source licenses; do
    run docker image inspect --format "{{index .Config.Labels \"org.opencontainers.image.$key\"}}" "$IMAGE"
    assert_success
    [[ -n $output && $output != "<no value>" ]] || fail "label org.opencontainers.image.$key is missing"
  done
  run docker image inspect --format '{{index .Config.Labels "org.opencontainers.image.version"}}' "$IMAGE"
  assert_output "$version"
  # The licence the LICENSE file states, as SPDX.
  grep -q 'Redistribution and use in source and binary forms' "$REPO/LICENSE"
  run docker image inspect --format '{{index .Config.Labels "org.opencontainers.image.licenses"}}' "$IMAGE"
  assert_output BSD-3-Clause
}

@test "runs as a non-root user, with no host compiler, and with qemu-i386 and the i386 cross toolchain" {
  run docker image inspect --format '{{.Config.User}}' "$IMAGE"
  assert_output pic386
  drun --entrypoint bash "$IMAGE" -c \
    'id -u; command -v gcc cc || echo "no host compiler"; command -v qemu-i386 i686-linux-gnu-gcc i686-linux-gnu-as bats pic386'
  assert_success
  refute_line 0
  assert_line "no host compiler"
  assert_line /usr/bin/qemu-i386
  assert_line /usr/bin/i686-linux-gnu-gcc
  assert_line /usr/local/bin/pic386
}

@test "--help: the usage, exit 0" {
  drun "$IMAGE" --help
  assert_success
  assert_line --partial "usage: docker run --rm pic386-suite"
  assert_output --partial "--junit DIR"
  assert_output --partial "repro 15916"
}

@test "--list names the suites of the tree" {
  drun "$IMAGE" --list
  assert_success
  local s
  for s in $(tree_suites); do
    assert_line "$s"
  done
}

@test "no arguments: every suite, TAP, closing 'N passed, 0 failed', exit 0" {
  drun "$IMAGE"
  echo "$output"
  echo "$stderr" >&2
  assert_success
  summary
  ((FAILED == 0))
  refute_line --regexp '^not ok '
  local suites
  suites=$(tree_suites)
  if [[ -z $suites ]]; then
    assert_line --partial "# SKIP no conformance suites"
  else
    ((PASSED > 0))
  fi
}

@test "a suite by name runs that suite alone" {
  local s
  s=$(tree_suites | head -n 1)
  [[ -n $s ]] || skip "no suite with Bats files in suites/ yet"
  drun "$IMAGE" --runner qemu "$s"
  echo "$output"
  assert_success
  assert_line --regexp "^ok [0-9]+ \\[qemu\\] $s: "
  local other
  for other in $(tree_suites); do
    [[ $other == "$s" ]] || refute_line --regexp "^(not )?ok [0-9]+ \\[[a-z]+\\] $other: "
  done
  summary
  ((PASSED > 0 && FAILED == 0))
}

@test "an unknown suite: exit 2, and the message names the suites" {
  drun "$IMAGE" no-such-suite
  assert_equal "$status" 2
  [[ $stderr == *"no such suite: no-such-suite"* ]] || fail "stderr: $stderr"
}

@test "a failing test makes the run fail (exit 1, 'not ok', '1 failed')" {
  mkdir -p failing
  # printf, not a here-document: bats would take an @test line of this file
  # for a test of its own.
  printf '%s\n' '@test "passes" { true; }' '@test "fails on purpose" { false; }' >failing/010-fail.bats
  chmod -R a+rX failing
  drun -v "$TMP/failing:/opt/pic386/suites/zz-failing:ro" "$IMAGE" --runner qemu zz-failing
  echo "$output"
  assert_failure 1
  assert_line --regexp '^not ok .*fails on purpose'
  summary
  ((PASSED == 1 && FAILED == 1))
}

@test "--junit DIR writes JUnit XML into a mounted directory" {
  local s f cases
  s=$(tree_suites | head -n 1)
  [[ -n $s ]] || skip "no suite with Bats files in suites/ yet"
  mkdir results
  chmod 777 results # the container's user (uid 1000) writes here
  drun -v "$TMP/results:/results" "$IMAGE" --junit /results --runner qemu "$s"
  echo "$output"
  assert_success
  summary
  shopt -s nullglob
  local xml=(results/*.xml results/*/*.xml)
  ((${#xml[@]} > 0)) || fail "no XML in results/: $(ls -R results)"
  cases=0
  for f in "${xml[@]}"; do
    grep -q '<testsuite' "$f" || fail "$f is not JUnit XML: $(head -c 300 "$f")"
    cases=$((cases + $(grep -c '<testcase' "$f")))
  done
  # Every test of the TAP output is a test case of the XML.
  assert_equal "$cases" "$((PASSED + FAILED + SKIPPED))"
}

@test "repro 15916: pic386 repro 15916 in the image, exit 0" {
  drun "$IMAGE" repro 15916
  [[ $stderr != *"unknown command repro"* ]] || skip "pic386 has no repro command in this tree yet"
  echo "$output"
  echo "$stderr" >&2
  assert_success
  assert_output --partial 15916
}

@test "vet: pic386 vet on a mounted directory, as the README says (its decoder's library is in the image)" {
  # A PIC library whose one function calls puts@PLT without loading EBX.
  mkdir -p "$TMP/in"
  printf '%s\n' '.text' '.globl f' '.type f,@function' 'f: call puts@PLT' 'ret' '.section .note.GNU-stack,"",@progbits' >"$TMP/in/bare.s"
  i686-linux-gnu-gcc -shared -o "$TMP/in/libbare.so" "$TMP/in/bare.s"
  chmod -R a+rX "$TMP/in"
  drun -v "$TMP/in:/in:ro" "$IMAGE" vet /in
  assert_equal "$status" 1
  assert_line --regexp '^/in/libbare\.so: f\+0x0 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: function entry'
  assert_line --regexp '^vet: 1 files, .* 1 findings, 0 undecided'
}

@test "shell runs bash in the source tree as the image's user" {
  drun "$IMAGE" shell -c 'pwd; id -un; pic386 --version'
  assert_success
  assert_line /opt/pic386
  assert_line pic386
  assert_line --partial "pic386 "
}
