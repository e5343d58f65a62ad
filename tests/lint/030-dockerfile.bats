#!/usr/bin/env bats
# The Dockerfile check, ci/lint-dockerfile: hadolint's rules that matter here
# (hadolint itself cannot be installed: neither a Debian package nor a Go
# module), the OCI labels, a non-root user, a base pinned through ARG BASE.

# shellcheck disable=SC2154 # status, output are set by bats' run

load ../helpers
load lint

setup() {
  lint_once
  setup_tmp
}

@test "ci/lint-dockerfile: the Dockerfile is clean" {
  run "$REPO/ci/lint-dockerfile" "$REPO/Dockerfile"
  assert_success
  assert_output --partial "clean"
}

@test "ci/lint-dockerfile finds what it checks for in a bad Dockerfile" {
  cat >Dockerfile <<'DF'
FROM debian:latest
MAINTAINER someone
ADD . /src
RUN apt-get update && apt-get install curl
RUN cd /src && make | tee log
WORKDIR src
COPY --from=nosuch /x /y
LABEL org.opencontainers.image.title=x
ENTRYPOINT /bin/sh
DF
  run "$REPO/ci/lint-dockerfile" Dockerfile
  assert_failure 1
  local code
  for code in P007 DL3007 DL4000 DL3020 DL3015 DL3014 DL3009 DL3003 DL4006 DL3000 DL3022 DL3025 DL3002 P010 P020; do
    assert_output --partial " $code "
  done
}

@test "ci/lint-dockerfile: a base with no tag, or a root USER, is a finding" {
  printf '.git\n' >.dockerignore
  cat >Dockerfile <<'DF'
ARG BASE=debian
FROM ${BASE}
USER root
LABEL org.opencontainers.image.title=t org.opencontainers.image.description=d \
      org.opencontainers.image.version=v org.opencontainers.image.revision=r \
      org.opencontainers.image.source=s org.opencontainers.image.licenses=l
ENTRYPOINT ["/bin/true"]
DF
  run "$REPO/ci/lint-dockerfile" Dockerfile
  assert_failure 1
  assert_output --partial " DL3006 "
  assert_output --partial " DL3002 last USER should not be root"
  sed -i 's/^ARG BASE=debian$/ARG BASE=debian:bookworm-slim/; s/^USER root$/USER nobody/' Dockerfile
  run "$REPO/ci/lint-dockerfile" Dockerfile
  assert_success
}
