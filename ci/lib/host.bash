# shellcheck shell=bash
# Can this host run i386 programs itself? The one probe, sourced by
# ci/run-suites, suites/helpers.bash and tests/helpers.bash (issue 12).
#
# A kernel runs i386 programs when it is i386, or x86_64 with IA-32 emulation
# (which can be configured out, or turned off at boot: then execve of an i386
# ELF fails with ENOEXEC). The machine's name alone cannot tell, so the probe
# starts an i386 program: the sysroot's dynamic loader, `ld-linux.so.2
# --version` (the one ci/install-deps installs with the cross toolchain,
# /lib/ld-linux.so.2 of libc6-i386 if that is all there is).
#
# PIC386_HOST_ARCH stands in for `uname -m` in the runner's own tests: then
# the machine's name decides alone (the fixture pretends to be that host).
#
#   host_runs_i386          returns 0 when it can; otherwise sets HOST_I386_WHY
#                           to the reason and returns 1
#   host_i386_unavailable   prints that reason and returns 0; prints nothing
#                           and returns 1 when the host can
#
# The answer is kept in PIC386_HOST_I386 (yes, or the reason), exported, so
# that the tests of one run, in their own processes, probe once.

host_runs_i386() {
  local arch=${PIC386_HOST_ARCH:-$(uname -m)}
  HOST_I386_WHY=''
  if ! [[ $arch =~ ^(x86_64|i[3-6]86)$ ]]; then
    HOST_I386_WHY="this host is $arch; its kernel does not run i386 programs (qemu-i386 runs them)"
    return 1
  fi
  [[ -z ${PIC386_HOST_ARCH-} ]] || return 0
  if [[ -z ${PIC386_HOST_I386-} ]]; then
    local loader=${PIC386_SYSROOT:-/usr/i686-linux-gnu}/lib/ld-linux.so.2 err
    [[ -e $loader || ! -e /lib/ld-linux.so.2 ]] || loader=/lib/ld-linux.so.2
    if [[ ! -e $loader ]]; then
      PIC386_HOST_I386="no i386 program to probe the kernel with ($loader is missing: ci/install-deps installs it)"
    elif err=$("$loader" --version 2>&1 >/dev/null); then
      PIC386_HOST_I386=yes
    else
      err=${err##*: }
      PIC386_HOST_I386="this $arch kernel does not run i386 programs ($loader does not start: ${err:-no message}; IA-32 emulation off?)"
    fi
    export PIC386_HOST_I386
  fi
  [[ $PIC386_HOST_I386 == yes ]] && return 0
  HOST_I386_WHY=$PIC386_HOST_I386
  return 1
}

host_i386_unavailable() {
  host_runs_i386 && return 1
  echo "$HOST_I386_WHY"
}
