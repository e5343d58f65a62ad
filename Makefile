# pic386: build, test, install. GNU make, no recursion.

CC ?= cc
CFLAGS ?= -std=c11 -Wall -Wextra -Werror -O2 -g -D_GNU_SOURCE
# Kept whatever CFLAGS says: the code is written to C11 with no warnings, and
# needs the GNU parts of libc that -std=c11 would otherwise hide.
REQUIRED_CFLAGS := -std=c11 -Wall -Wextra -Werror -D_GNU_SOURCE
ASAN_CFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all \
               -fno-omit-frame-pointer -O1 -g
DEPFLAGS = -MMD -MP
PREFIX ?= /usr/local
# pic386 vet decodes with Zydis (libzydis-dev, MIT; README.md says why).
LDLIBS += -lZydis

# The toolchain's C sources, a directory per command as in Go's cmd/:
# toolchain/internal/ what they all share, toolchain/asm/ the assembler,
# toolchain/build/ build, run and repro, toolchain/vet/, toolchain/compile/;
# toolchain/main.c dispatches. Headers are named from toolchain/
# (-Itoolchain): "internal/internal.h", "asm/asm.h", ...
# -Iinclude finds pic386/abi.h, the contract with the runtime (which pic386
# build compiles with the same header, installed in PREFIX/include).
SRCS := $(wildcard toolchain/*.c toolchain/*/*.c)
OBJS := $(SRCS:toolchain/%.c=build/obj/%.o)
ASAN_OBJS := $(SRCS:toolchain/%.c=build/asan/%.o)
RUNTIME := $(wildcard runtime/*.s runtime/*.h runtime/*.c)
SUITES := $(wildcard suites/*/)
# `pic386 repro 15916`'s script and the packages it builds: product data,
# installed under PREFIX/lib/pic386/repro-15916, beside the runtime
# (suites/repro-15916 checks it; the product needs no test tree).
REPRO_15916 := repro/15916
REPRO_15916_SRC := $(wildcard $(REPRO_15916)/src/*/*.s $(REPRO_15916)/src/*/*.go)

# Both binaries run the toolchain tests; the suites, slower, run once, by
# ci/run-suites (its TAP counted in the same total).
# Absolute, as the tests run in directories of their own.
TEST_RUNS := --run $(CURDIR)/bin/pic386 tests $(if $(SUITES),ci/run-suites) \
             --run asan=$(CURDIR)/bin/asan/pic386 tests
# ci/run-suites' flags, for `make suite` and the suites of `make test`, e.g.
#   make suite SUITE_FLAGS='--runner qemu --junit results --timeout 120'
# (ci/run-suites --help). A test at a time per core by default.
SUITE_FLAGS ?= --jobs $(shell nproc 2>/dev/null || echo 1)
# Read only by the sanitizer build; a leak or any undefined behaviour fails.
TEST_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: all asan test suite install clean bench lint print-lint-scripts image docker-test arm64-check

all: bin/pic386 bin/unit/sha256 bin/unit/abihash bin/unit/stackcheck

asan: bin/asan/pic386 bin/asan/unit/sha256 bin/asan/unit/abihash bin/asan/unit/stackcheck

bin/pic386: $(OBJS) | bin
	$(CC) $(CFLAGS) $(REQUIRED_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

bin/asan/pic386: $(ASAN_OBJS) | bin/asan
	$(CC) $(ASAN_CFLAGS) $(REQUIRED_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# Unit programs: one toolchain file as a command of its own, beside each
# binary (bin/unit/, bin/asan/unit/), for the tests that hold it to
# published answers (tests/build/070-sha256.bats: FIPS 180-4's vectors;
# 080-abihash.bats: readelf's text, which the ABI hash was first taken over).
UNIT_SHA256 := internal/sha256.o internal/util.o internal/diag.o
UNIT_ABIHASH := build/buildabi.o $(UNIT_SHA256)

bin/unit/sha256: tests/unit/sha256.c $(addprefix build/obj/,$(UNIT_SHA256))
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -Itoolchain -Iinclude $(CFLAGS) $(REQUIRED_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

bin/asan/unit/sha256: tests/unit/sha256.c $(addprefix build/asan/,$(UNIT_SHA256))
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -Itoolchain -Iinclude $(ASAN_CFLAGS) $(REQUIRED_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

bin/unit/abihash: tests/unit/abihash.c $(addprefix build/obj/,$(UNIT_ABIHASH))
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -Itoolchain -Iinclude $(CFLAGS) $(REQUIRED_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

bin/asan/unit/abihash: tests/unit/abihash.c $(addprefix build/asan/,$(UNIT_ABIHASH))
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -Itoolchain -Iinclude $(ASAN_CFLAGS) $(REQUIRED_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# The runtime's decoder of the stack check (pic386/abi.h) over the bytes
# pic386 asm emits (tests/asm/100-stackcheck.bats): header-only, so the
# host compiles the very code runtime/traceback.c runs.
bin/unit/stackcheck: tests/unit/stackcheck.c include/pic386/abi.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -Iinclude $(CFLAGS) $(REQUIRED_CFLAGS) $(LDFLAGS) -o $@ $<

bin/asan/unit/stackcheck: tests/unit/stackcheck.c include/pic386/abi.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -Iinclude $(ASAN_CFLAGS) $(REQUIRED_CFLAGS) $(LDFLAGS) -o $@ $<

build/obj/%.o: toolchain/%.c | build/obj
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -Itoolchain -Iinclude $(CFLAGS) $(REQUIRED_CFLAGS) $(DEPFLAGS) -c -o $@ $<

build/asan/%.o: toolchain/%.c | build/asan
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -Itoolchain -Iinclude $(ASAN_CFLAGS) $(REQUIRED_CFLAGS) $(DEPFLAGS) -c -o $@ $<

bin bin/asan build/obj build/asan:
	mkdir -p $@

-include $(OBJS:.o=.d) $(ASAN_OBJS:.o=.d)

# Quiet recipes: the summary of ci/run-tests must be the last line printed.
FUZZ_CC ?= clang
# The fuzzing harness too where clang and libFuzzer are installed: tests/fuzz/
# runs it for FUZZ_CI_SECONDS (and skips, saying why, where they are not).
FUZZ_OK = $(shell printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { (void)d; (void)n; return 0; }\n' | \
            $(FUZZ_CC) -fsanitize=fuzzer -x c - -o /dev/null 2>/dev/null && echo yes)
test: all asan $(if $(FUZZ_OK),fuzz-build)
	@$(TEST_ENV) PIC386_SUITE_FLAGS='$(SUITE_FLAGS)' ci/run-tests $(TEST_RUNS)

# The suites, TAP on stdout (ci/run-suites); fails if any test does.
suite: all
	@ci/run-suites $(SUITE_FLAGS)

install: all
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 bin/pic386 $(DESTDIR)$(PREFIX)/bin/pic386
	install -d $(DESTDIR)$(PREFIX)/include/pic386
	install -m 644 include/pic386/abi.h $(DESTDIR)$(PREFIX)/include/pic386/abi.h
ifneq ($(RUNTIME),)
	install -d $(DESTDIR)$(PREFIX)/lib/pic386/runtime
	install -m 644 $(RUNTIME) $(DESTDIR)$(PREFIX)/lib/pic386/runtime/
endif
	install -d $(DESTDIR)$(PREFIX)/lib/pic386/repro-15916
	install -m 755 $(REPRO_15916)/repro $(DESTDIR)$(PREFIX)/lib/pic386/repro-15916/repro
	install -m 644 $(REPRO_15916)/matrix.bash $(REPRO_15916)/README.md $(DESTDIR)$(PREFIX)/lib/pic386/repro-15916/
	install -m 644 ci/lib/host.bash $(DESTDIR)$(PREFIX)/lib/pic386/host.bash
	for f in $(patsubst $(REPRO_15916)/%,%,$(REPRO_15916_SRC)); do \
	  install -D -m 644 $(REPRO_15916)/$$f $(DESTDIR)$(PREFIX)/lib/pic386/repro-15916/$$f || exit; \
	done

# libFuzzer on pic386 vet's ELF reader and analysis (fuzz/vet.c; clang from
# ci/install-deps --set fuzz): FUZZ_VET_SECONDS of fuzzing from the seeds.
FUZZ_VET_SECONDS ?= 60
FUZZ_CC ?= clang
FUZZ_VET_SRCS := $(filter-out toolchain/main.c,$(SRCS)) fuzz/vet.c
bin/fuzz-vet: $(FUZZ_VET_SRCS) $(wildcard toolchain/*/*.h include/pic386/*.h) | bin
	$(FUZZ_CC) -std=c11 -D_GNU_SOURCE -Itoolchain -Iinclude -g -O1 -fsanitize=fuzzer,address,undefined \
	  -fno-sanitize-recover=all -o $@ $(FUZZ_VET_SRCS) -lZydis
.PHONY: fuzz-vet
fuzz-vet: bin/fuzz-vet
	@mkdir -p build/fuzz-vet-corpus
	bin/fuzz-vet -max_total_time=$(FUZZ_VET_SECONDS) -rss_limit_mb=1024 -timeout=20 \
	  -artifact_prefix=build/fuzz-vet- build/fuzz-vet-corpus fuzz/vet-seeds

# pic386 vet over every shared object of ~120 Debian i386 library packages
# (ci/vet-corpus; downloads cached in ~/.cache/pic386-vet-corpus).
.PHONY: vet-corpus
vet-corpus: all
	@ci/vet-corpus

# pic386 vet over Go's own 386 shared standard library and a -linkshared
# program, where go is installed (ci/vet-go; a few minutes of go build).
.PHONY: vet-go
vet-go: all
	@ci/vet-go

# Go issue 15916 reproduced: each fix on and off, built, run, and the code
# each fix changes (what `pic386 repro 15916` runs: repro/15916/repro).
.PHONY: repro-15916
repro-15916: all
	@bin/pic386 repro 15916

clean:
	rm -rf bin build

# The assembler's benchmark, the runtime's (bench/runtime/run), pic386
# vet's against objdump -d (bench/vet/run), then pic386 compile's against
# Go's compiler (bench/compile/run); all run, and make fails if any did.
bench: $(if $(wildcard bench/run bench/runtime/run bench/vet/run bench/compile/run),all)
	@s=0; ran=; \
	if [ -x bench/run ]; then ran=1; bench/run || s=1; fi; \
	if [ -x bench/runtime/run ]; then [ -z "$$ran" ] || echo; ran=1; bench/runtime/run || s=1; fi; \
	if [ -x bench/vet/run ]; then [ -z "$$ran" ] || echo; ran=1; bench/vet/run || s=1; fi; \
	if [ -x bench/compile/run ]; then [ -z "$$ran" ] || echo; ran=1; bench/compile/run || s=1; fi; \
	[ -n "$$ran" ] || echo "bench: no benchmarks yet"; exit $$s

# Shell scripts by name or by their #! line.
LINT_DIRS := $(wildcard ci .ci bench tests docker suites repro fuzz)
SCRIPTS = $(shell find $(LINT_DIRS) -type f \( -name '*.sh' -o -name '*.bash' \
            -o -name '*.bats' -o -exec sh -c 'head -n1 "$$1" | grep -Eq "^\#!.*(sh|bats)\b"' _ {} \; \) -print)
ACTIONLINT = $(or $(shell command -v actionlint),$(wildcard $(shell PATH="$$PATH:/usr/local/go/bin" go env GOPATH 2>/dev/null)/bin/actionlint))

# shellcheck on every script, actionlint on the workflows, ci/lint-dockerfile
# on the Dockerfile; tests/lint/ runs the same in `make test`. A linter that is
# not installed is named, not skipped silently (ci/install-deps installs
# shellcheck, ci/install-lint-tools actionlint).
lint:
	@s=0; \
	if command -v shellcheck >/dev/null; then \
	  shellcheck $(SCRIPTS) && echo "lint: $(words $(SCRIPTS)) scripts clean" || s=1; \
	else \
	  echo "lint: shellcheck is not installed (ci/install-deps installs it)"; \
	fi; \
	if [ -n "$(ACTIONLINT)" ]; then \
	  $(ACTIONLINT) .github/workflows/*.yml && echo "lint: workflows clean (actionlint)" || s=1; \
	else \
	  echo "lint: actionlint is not installed (ci/install-lint-tools installs it)"; \
	fi; \
	ci/lint-dockerfile Dockerfile || s=1; \
	exit $$s

print-lint-scripts:
	@echo $(SCRIPTS)

# The pic386-suite image (Dockerfile), built on this machine's Docker engine.
image:
	@ci/docker-build

# Builds the image and runs it: tests/docker/, also part of `make test`.
docker-test:
	@ci/docker-test

# The image for linux/arm64 under qemu-aarch64, running the testshared suite:
# minutes, so not part of `make test` (docker/README.md).
arm64-check:
	@ci/arm64-check $(ARM64_SUITES)

# The libFuzzer harness of `pic386 asm` (fuzz/README.md): every stage but
# main.c, built with clang's -fsanitize=fuzzer,address,undefined (Debian:
# clang and libclang-rt-14-dev, `ci/install-deps --set fuzz`).
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all \
            -fno-omit-frame-pointer -O1 -g
FUZZ_SRCS := $(filter-out toolchain/main.c,$(SRCS))
FUZZ_OBJS := $(FUZZ_SRCS:toolchain/%.c=build/fuzz/obj/%.o)
# make fuzz: FUZZ_SECONDS of fuzzing (default 300), the corpus kept in
# build/fuzz/corpus between runs; FUZZ_FLAGS go to libFuzzer as they are.
FUZZ_SECONDS ?= 300
.PHONY: fuzz fuzz-build
fuzz-build: bin/fuzz/asm_fuzz bin/fuzz/compile_fuzz
bin/fuzz/asm_fuzz: $(FUZZ_OBJS) fuzz/asm_fuzz.c fuzz/harness.h toolchain/asm/asm.h toolchain/internal/internal.h include/pic386/abi.h
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer $(REQUIRED_CFLAGS) -Itoolchain -Iinclude \
	  -DFUZZ_INCLUDE_DIR='"$(CURDIR)/runtime"' -o $@ fuzz/asm_fuzz.c $(FUZZ_OBJS) $(LDLIBS)
# pic386 compile's harness (fuzz/compile_fuzz.c): the Go front and back end,
# static and -dynlink, on each input.
bin/fuzz/compile_fuzz: $(FUZZ_OBJS) fuzz/compile_fuzz.c fuzz/harness.h toolchain/internal/internal.h toolchain/compile/compile.h include/pic386/abi.h
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer $(REQUIRED_CFLAGS) -Itoolchain -Iinclude \
	  -o $@ fuzz/compile_fuzz.c $(FUZZ_OBJS) $(LDLIBS)
build/fuzz/obj/%.o: toolchain/%.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) -Itoolchain -Iinclude $(FUZZ_SAN) -fsanitize=fuzzer-no-link \
	  $(REQUIRED_CFLAGS) $(DEPFLAGS) -c -o $@ $<
-include $(FUZZ_OBJS:.o=.d)
fuzz: bin/fuzz/asm_fuzz
	@fuzz/run --seconds $(FUZZ_SECONDS) $(FUZZ_FLAGS)
.PHONY: fuzz-compile
fuzz-compile: bin/fuzz/compile_fuzz
	@fuzz/run --target compile --seconds $(FUZZ_SECONDS) $(FUZZ_FLAGS)
