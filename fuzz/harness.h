// harness.h: what the libFuzzer harnesses of pic386 share: a directory of
// their own for the files an input becomes (the tools read files, not
// buffers), and writing those files. Setting up is not fuzzed: any failure
// aborts, so that it cannot pass for a finding's silence.
#ifndef PIC386_FUZZ_HARNESS_H
#define PIC386_FUZZ_HARNESS_H

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

// A new directory under $TMPDIR (or /tmp) named pic386-NAME-XXXXXX, into dir.
static inline void harness_mkdtemp(char *dir, size_t n, const char *name) {
  const char *tmp = getenv("TMPDIR");
  snprintf(dir, n, "%s/pic386-%s-XXXXXX", tmp && *tmp ? tmp : "/tmp", name);
  if (!mkdtemp(dir)) {
    perror("mkdtemp");
    abort();
  }
}

static inline void harness_write(const char *path, const void *data, size_t n) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0 || (n && write(fd, data, n) != (ssize_t)n) || close(fd) != 0) {
    perror(path);
    abort();
  }
}

#endif
