# pic386-suite: the pic386 toolchain, its i386 runtime and the conformance
# suites, ready to run (docker/README.md):
#
#   docker build -t pic386-suite .
#   docker run --rm pic386-suite            # every suite, TAP; exit 0 iff all pass
#   docker run --rm pic386-suite --help
#
# BASE is any Debian bookworm image; where no registry is reachable,
# ci/docker-base makes one from Debian's package mirror and ci/docker-build
# passes it here. Works for linux/amd64 and linux/arm64 (docker buildx build
# --platform linux/amd64,linux/arm64 .): the i386 programs run under
# qemu-i386 on both.
ARG BASE=debian:bookworm-slim

# --- build: compile bin/pic386 and install it into /out ----------------------
FROM ${BASE} AS build
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# The package list has one home, ci/install-deps; the build set is the C compiler
# and libzydis-dev (pic386 vet's decoder; the run set has its library).
COPY ci/install-deps /src/ci/install-deps
RUN /src/ci/install-deps --set build \
 && rm -rf /var/lib/apt/lists/*
COPY . /src
WORKDIR /src
RUN make clean \
 && make -j"$(nproc)" all \
 && make install DESTDIR=/out PREFIX=/usr/local

# --- the image: run-time packages, the installed toolchain, the suites --------
FROM ${BASE}
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# Only the run set: the i386 cross toolchain, qemu-user, Bats; no host compiler.
# dpkg leaves out what the suites never use (docker/dpkg-excludes: qemu-user's
# 34 other emulators, the cross gcc's LTO).
COPY docker/dpkg-excludes /etc/dpkg/dpkg.cfg.d/pic386-slim
COPY ci/install-deps /tmp/install-deps
RUN /tmp/install-deps --set run \
 && rm -rf /var/lib/apt/lists/* /tmp/install-deps \
 && useradd --create-home --shell /bin/bash --uid 1000 --user-group pic386
# make install's tree: bin/pic386, lib/pic386/runtime, and lib/pic386/repro-15916
# (repro/15916 of the source: what `pic386 repro 15916` runs, no test tree).
COPY --from=build /out/usr/local/ /usr/local/
# The tree the suites run from, with bin/pic386 built: owned by the user, so
# that a suite or `make suite` in `shell` may write beside it.
COPY --from=build --chown=pic386:pic386 /src /opt/pic386
USER pic386
WORKDIR /home/pic386
ENV PIC386_ROOT=/opt/pic386
# Last, so that a new revision does not rebuild the layers above.
ARG VERSION=0.1.0
ARG REVISION=unknown
ARG SOURCE=unknown
# LICENSE at the top of the tree: BSD-3-Clause, as Go's own.
ARG LICENSES=BSD-3-Clause
ARG BASE
LABEL org.opencontainers.image.title="pic386-suite" \
      org.opencontainers.image.description="pic386: Go 1.7's 386 assembler passes in C, an i386 runtime and the conformance suites that reproduce Go issue 15916 (defer in a 386 shared library); runs every suite under qemu-i386" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.licenses="${LICENSES}" \
      org.opencontainers.image.base.name="${BASE}"
ENTRYPOINT ["/opt/pic386/docker/entrypoint"]
