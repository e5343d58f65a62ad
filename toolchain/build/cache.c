// cache.c: the build cache's store. An entry is a set of files published
// under a key, whole or not at all, and checked against what was recorded
// each time it is read.
//
// Entry KEY is the directory <root>/<KEY[0:2]>/<KEY>: its files and a
// `manifest` naming each with its SHA-256 and size:
//
//     pic386-cache-entry 1 <KEY>
//     <sha256> <size> <name>
//     ...
//
// Publication: the files and the manifest are written into a temporary
// directory beside the entry (the same file system), each fsynced, then the
// directory is renamed into place and its parent fsynced. rename(2) of a
// directory is atomic and fails if the target exists, so a reader (another
// build, or the next one after a crash or SIGKILL) sees the whole entry or
// none, and of two builds publishing one key the second finds the first's
// entry and takes it.
//
// Reading verifies: every file named by the manifest must be there with the
// recorded size and SHA-256. An entry that does not (a file truncated by a
// full disk, a stray edit, an entry of an older layout) is moved out of the
// way and reported, and the build makes it again.
//
// Builds that miss the same key at once would build it twice: a lock file
// per key (flock, released by the kernel when its holder dies) makes the
// later one wait and take the earlier one's entry. It is an optimisation:
// without it (a file system that refuses the lock) builds are still correct.
#include "build/build.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

static const char MANIFEST[] = "manifest";
static const char MAGIC[] = "pic386-cache-entry 1";

static char *cstr(Cache *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static char *cstr(Cache *c, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *s = arena_alloc(c->mem, n + 1);
  va_start(ap, fmt);
  vsnprintf(s, n + 1, fmt, ap);
  va_end(ap);
  return s;
}

static char *shard(Cache *c, const char *key) { return cstr(c, "%s/%.2s", c->root, key); }

char *cache_entry_dir(Cache *c, const char *key) { return cstr(c, "%s/%.2s/%s", c->root, key, key); }

// The SHA-256 and size of a file's contents; false if it cannot be read.
static bool hash_contents(const char *path, char hex[65], uint64_t *size) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return false;
  Sha256 h;
  sha256_init(&h);
  char buf[65536];
  ssize_t n;
  *size = 0;
  while ((n = read(fd, buf, sizeof buf)) != 0) {
    if (n < 0) {
      if (errno == EINTR)
        continue;
      close(fd);
      return false;
    }
    sha256_update(&h, buf, n);
    *size += n;
  }
  close(fd);
  sha256_hex(&h, hex);
  return true;
}

// Removes a directory of plain files (an entry, or a temporary one).
static void remove_flat(const char *dir) {
  DIR *d = opendir(dir);
  if (d) {
    struct dirent *e;
    while ((e = readdir(d)))
      if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
        unlinkat(dirfd(d), e->d_name, 0);
    closedir(d);
  }
  rmdir(dir);
}

// Takes a bad entry out of the key's place first (a rename: atomic), then
// removes it, so that no reader ever opens a half-removed entry.
static void discard(Cache *c, const char *key, const char *dir) {
  char *aside = cstr(c, "%s/.bad-%s-%d", shard(c, key), key, (int)getpid());
  if (rename(dir, aside) == 0)
    remove_flat(aside);
}

// Checks entry dir against its manifest, and that it holds every name in
// want (NULL-terminated). NULL if it is whole; else what is wrong.
static char *verify(Cache *c, const char *key, const char *dir, const char *const *want) {
  FILE *f = fopen(cstr(c, "%s/%s", dir, MANIFEST), "r");
  if (!f)
    return cstr(c, "%s: %s", MANIFEST, strerror(errno));
  char line[512];
  char *why = NULL;
  Map seen = {0};
  size_t m = sizeof MAGIC - 1;
  if (!fgets(line, sizeof line, f) || strncmp(line, MAGIC, m) != 0 || line[m] != ' ' ||
      strncmp(line + m + 1, key, 64) != 0 || strcmp(line + m + 65, "\n") != 0)
    why = cstr(c, "%s: not the manifest of this entry", MANIFEST);
  for (int n = 2; !why && fgets(line, sizeof line, f); n++) {
    char sum[65], name[256];
    unsigned long long size;
    int end = -1;
    if (sscanf(line, "%64[0-9a-f] %llu %255[^/\n]%n", sum, &size, name, &end) != 3 ||
        strlen(sum) != 64 || end < 0 || strcmp(line + end, "\n") != 0 ||
        !strcmp(name, MANIFEST) || name[0] == '.') {
      why = cstr(c, "%s: malformed line %d", MANIFEST, n);
      break;
    }
    char have[65];
    uint64_t havesize;
    if (!hash_contents(cstr(c, "%s/%s", dir, name), have, &havesize))
      why = cstr(c, "%s: %s", name, strerror(errno));
    else if (havesize != size)
      why = cstr(c, "%s: sha256 mismatch, %llu bytes, recorded %llu", name,
                 (unsigned long long)havesize, size);
    else if (strcmp(have, sum) != 0)
      why = cstr(c, "%s: sha256 mismatch", name);
    map_put(&seen, name, NULL);
  }
  if (!why && ferror(f))
    why = cstr(c, "%s: %s", MANIFEST, strerror(errno));
  for (int i = 0; !why && want && want[i]; i++)
    if (!map_has(&seen, want[i]))
      why = cstr(c, "%s: missing", want[i]);
  fclose(f);
  map_free(&seen);
  return why;
}

CacheStatus cache_get(Cache *c, const char *key, const char *const *want, char **dir, char **why) {
  char *d = cache_entry_dir(c, key);
  *dir = d;
  *why = NULL;
  struct stat st;
  if (lstat(d, &st) != 0)
    return CACHE_MISS;
  *why = S_ISDIR(st.st_mode) ? verify(c, key, d, want) : cstr(c, "not a directory");
  if (!*why)
    return CACHE_HIT;
  discard(c, key, d);
  return CACHE_CORRUPT;
}

static bool fsync_path(const char *path, int flags) {
  int fd = open(path, flags | O_CLOEXEC);
  if (fd < 0)
    return false;
  bool ok = fsync(fd) == 0 || errno == EINVAL;  // EINVAL: a file system without fsync
  close(fd);
  return ok;
}

// Copies from to to (created), fsynced, and records it in the manifest.
static bool put_file(const char *from, const char *to, const char *name, Buf *manifest) {
  int in = open(from, O_RDONLY | O_CLOEXEC);
  if (in < 0)
    return false;
  struct stat st;
  int out = -1;
  if (fstat(in, &st) == 0)
    out = open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, st.st_mode & 0777);
  if (out < 0) {
    close(in);
    return false;
  }
  Sha256 h;
  sha256_init(&h);
  uint64_t size = 0;
  char buf[65536];
  ssize_t n;
  bool ok = true;
  while (ok && (n = read(in, buf, sizeof buf)) != 0) {
    if (n < 0) {
      ok = errno == EINTR;
      continue;
    }
    sha256_update(&h, buf, n);
    size += n;
    for (ssize_t done = 0; ok && done < n;) {
      ssize_t w = write(out, buf + done, n - done);
      if (w < 0)
        ok = errno == EINTR;
      else
        done += w;
    }
  }
  close(in);
  if (ok && fsync(out) != 0 && errno != EINVAL)
    ok = false;
  if (close(out) != 0)
    ok = false;
  char hex[65];
  sha256_hex(&h, hex);
  buf_printf(manifest, "%s %llu %s\n", hex, (unsigned long long)size, name);
  return ok;
}

// Temporary directories of key left by builds that died while publishing
// it. Called with the key's lock held: every live publisher of the key
// holds it, so whatever is there is a dead one's.
static void sweep_temps(Cache *c, const char *key) {
  char *dir = shard(c, key);
  char *prefix = cstr(c, ".tmp-%s-", key);
  DIR *d = opendir(dir);
  if (!d)
    return;
  struct dirent *e;
  while ((e = readdir(d)))
    if (!strncmp(e->d_name, prefix, strlen(prefix)))
      remove_flat(cstr(c, "%s/%s", dir, e->d_name));
  closedir(d);
}

char *cache_put(Cache *c, const char *key, const char *const *names, const char *const *paths,
                bool locked, char **err) {
  char *sd = shard(c, key);
  if (mkdir(sd, 0755) != 0 && errno != EEXIST) {
    *err = cstr(c, "cannot create %s: %s", sd, strerror(errno));
    return NULL;
  }
  if (locked)
    sweep_temps(c, key);
  char *entry = cache_entry_dir(c, key);
  for (int attempt = 0; attempt < 3; attempt++) {
    char *tmp = cstr(c, "%s/.tmp-%s-XXXXXX", sd, key);
    if (!mkdtemp(tmp)) {
      *err = cstr(c, "cannot create a directory in %s: %s", sd, strerror(errno));
      return NULL;
    }
    Buf man = {0};
    buf_printf(&man, "%s %s\n", MAGIC, key);
    bool ok = true;
    for (int i = 0; ok && names[i]; i++) {
      ok = put_file(paths[i], cstr(c, "%s/%s", tmp, names[i]), names[i], &man);
      if (!ok)
        *err = cstr(c, "cannot store %s in the cache: %s", names[i], strerror(errno));
    }
    if (ok) {
      // The manifest last: an entry with one is complete.
      char *mp = cstr(c, "%s/%s", tmp, MANIFEST);
      FILE *f = fopen(mp, "w");
      ok = f && fwrite(man.buf, 1, man.len, f) == man.len && fflush(f) == 0 &&
           (fsync(fileno(f)) == 0 || errno == EINVAL);
      if (f && fclose(f) != 0)
        ok = false;
      ok = ok && fsync_path(tmp, O_RDONLY | O_DIRECTORY);
      if (!ok)
        *err = cstr(c, "cannot write %s: %s", mp, strerror(errno));
    }
    buf_free(&man);
    if (!ok) {
      remove_flat(tmp);
      return NULL;
    }
    if (rename(tmp, entry) == 0) {
      fsync_path(sd, O_RDONLY | O_DIRECTORY);
      return entry;
    }
    int e = errno;
    remove_flat(tmp);
    if (e != EEXIST && e != ENOTEMPTY) {
      *err = cstr(c, "cannot publish %s: %s", entry, strerror(e));
      return NULL;
    }
    // Another build published this key first: theirs is as good as ours,
    // if it is whole (a bad one is discarded, and ours goes in its place).
    char *dir, *why;
    if (cache_get(c, key, names, &dir, &why) == CACHE_HIT)
      return entry;
  }
  *err = cstr(c, "cannot publish %s: it keeps being replaced", entry);
  return NULL;
}

int cache_lock(Cache *c, const char *key) {
  char *sd = shard(c, key);
  if (mkdir(sd, 0755) != 0 && errno != EEXIST)
    return -1;
  int fd = open(cstr(c, "%s/%s.lock", sd, key), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0)
    return -1;
  while (flock(fd, LOCK_EX) != 0)
    if (errno != EINTR) {
      close(fd);
      return -1;
    }
  return fd;
}

void cache_unlock(int fd) {
  if (fd >= 0)
    close(fd);
}

// $PIC386_CACHE, else $XDG_CACHE_HOME/pic386, else ~/.cache/pic386.
char *cache_default_root(Cache *c) {
  const char *e = getenv("PIC386_CACHE");
  if (e && *e)
    return cstr(c, "%s", e);
  e = getenv("XDG_CACHE_HOME");
  if (e && *e)
    return cstr(c, "%s/pic386", e);
  e = getenv("HOME");
  if (e && *e)
    return cstr(c, "%s/.cache/pic386", e);
  return cstr(c, "/tmp/pic386-cache-%d", (int)getuid());
}
