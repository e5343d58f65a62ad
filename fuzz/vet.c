// fuzz/vet.c: libFuzzer harness for pic386 vet: the ELF reader, the PLT and
// function discovery, the decoder and the data-flow, on arbitrary bytes.
//
//   make fuzz-vet                       # builds bin/fuzz-vet, runs 60 s
//   bin/fuzz-vet -max_total_time=600 build/fuzz-vet-corpus fuzz/vet-seeds
//
// vet reads files (it mmaps them), so each input is written to a file of
// this process's own first. Any crash, sanitizer report, leak or timeout
// is a bug: bad input must get a message and exit status 2, in bounded time
// and memory.
#include "vet/vet.h"

#include "internal/internal.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static char path[64];
  if (!path[0]) {
    snprintf(path, sizeof path, "/tmp/pic386-vet-fuzz-%d.so", (int)getpid());
    decode_init();
  }
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0)
    return 0;
  for (size_t off = 0; off < size;) {
    ssize_t w = write(fd, data + off, size - off);
    if (w <= 0)
      break;
    off += (size_t)w;
  }
  close(fd);
  Options o = {0};
  o.quiet = true;
  o.rewind = -1;
  o.max_steps = 100000;   // bounded per function: a fuzz input must not time out
  Totals t = {0};
  FILE *saved = stderr;
  stderr = fopen("/dev/null", "w");   // bad input's messages are expected
  vet_file(&o, &t, path, true);
  fclose(stderr);
  stderr = saved;
  return 0;
}
