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

SRCS := $(wildcard toolchain/*.c)
OBJS := $(SRCS:toolchain/%.c=build/obj/%.o)
ASAN_OBJS := $(SRCS:toolchain/%.c=build/asan/%.o)
RUNTIME := $(wildcard runtime/*.s runtime/*.h runtime/*.c)
SUITES := $(wildcard suites/*/)

# Both binaries run the toolchain tests; the suites, slower, run once.
# Absolute, as the tests run in directories of their own.
TEST_RUNS := --run $(CURDIR)/bin/pic386 tests $(SUITES) \
             --run asan=$(CURDIR)/bin/asan/pic386 tests
# Read only by the sanitizer build; a leak or any undefined behaviour fails.
TEST_ENV := ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: all asan test suite install clean bench lint

all: bin/pic386

asan: bin/asan/pic386

bin/pic386: $(OBJS) | bin
	$(CC) $(CFLAGS) $(REQUIRED_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

bin/asan/pic386: $(ASAN_OBJS) | bin/asan
	$(CC) $(ASAN_CFLAGS) $(REQUIRED_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

build/obj/%.o: toolchain/%.c | build/obj
	$(CC) $(CPPFLAGS) $(CFLAGS) $(REQUIRED_CFLAGS) $(DEPFLAGS) -c -o $@ $<

build/asan/%.o: toolchain/%.c | build/asan
	$(CC) $(CPPFLAGS) $(ASAN_CFLAGS) $(REQUIRED_CFLAGS) $(DEPFLAGS) -c -o $@ $<

bin bin/asan build/obj build/asan:
	mkdir -p $@

-include $(OBJS:.o=.d) $(ASAN_OBJS:.o=.d)

# Quiet recipes: the summary of ci/run-tests must be the last line printed.
test: all asan
	@$(TEST_ENV) ci/run-tests $(TEST_RUNS)

# Nothing to build for while there is nothing to run.
suite: $(if $(SUITES),all)
ifeq ($(SUITES),)
	@echo "suite: no conformance suites yet (suites/*/ is empty)"
else
	@ci/run-tests --run $(CURDIR)/bin/pic386 $(SUITES)
endif

install: all
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 bin/pic386 $(DESTDIR)$(PREFIX)/bin/pic386
ifneq ($(RUNTIME),)
	install -d $(DESTDIR)$(PREFIX)/lib/pic386/runtime
	install -m 644 $(RUNTIME) $(DESTDIR)$(PREFIX)/lib/pic386/runtime/
endif

clean:
	rm -rf bin build

# The assembler's benchmark, then the runtime's (bench/runtime/run); both
# always run, and make fails if either did.
bench: $(if $(wildcard bench/run bench/runtime/run),all)
	@s=0; ran=; \
	if [ -x bench/run ]; then ran=1; bench/run || s=1; fi; \
	if [ -x bench/runtime/run ]; then [ -z "$$ran" ] || echo; ran=1; bench/runtime/run || s=1; fi; \
	[ -n "$$ran" ] || echo "bench: no benchmarks yet"; exit $$s

# Shell scripts by name or by their #! line.
LINT_DIRS := $(wildcard ci .ci bench tests)
SCRIPTS = $(shell find $(LINT_DIRS) -type f \( -name '*.sh' -o -name '*.bash' \
            -o -name '*.bats' -o -exec sh -c 'head -n1 "$$1" | grep -Eq "^\#!.*(sh|bats)\b"' _ {} \; \) -print)

lint:
	@if command -v shellcheck >/dev/null; then \
	  shellcheck $(SCRIPTS) && echo "lint: $(words $(SCRIPTS)) scripts clean"; \
	else \
	  echo "lint: shellcheck is not installed (ci/install-deps installs it)"; \
	fi
