// util.c: allocation, arenas, growable buffers and a string map.
#include "internal/internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p)
    fatal("out of memory");
  return p;
}

void *xcalloc(size_t n, size_t m) {
  void *p = calloc(n ? n : 1, m ? m : 1);
  if (!p)
    fatal("out of memory");
  return p;
}

void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p)
    fatal("out of memory");
  return p;
}

char *xstrndup(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xasprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s;
  if (vasprintf(&s, fmt, ap) < 0)
    fatal("out of memory");
  va_end(ap);
  return s;
}

// ---- arena

struct ArenaChunk {
  ArenaChunk *next;
  size_t used, cap;
  _Alignas(8) char mem[];
};

enum { CHUNK = 64 * 1024 };

void *arena_alloc(Arena *a, size_t n) {
  n = (n + 7) & ~(size_t)7;
  ArenaChunk *c = a->head;
  if (!c || c->used + n > c->cap) {
    size_t cap = n > CHUNK ? n : CHUNK;
    ArenaChunk *nc = xmalloc(sizeof *nc + cap);
    nc->used = 0;
    nc->cap = cap;
    nc->next = c;
    a->head = c = nc;
  }
  void *p = c->mem + c->used;
  c->used += n;
  memset(p, 0, n);
  return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  memcpy(p, s, n);
  return p;
}

// Reset keeps the oldest chunk so that a steady stream of small functions
// allocates nothing after the first one.
void arena_reset(Arena *a) {
  ArenaChunk *c = a->head;
  if (!c)
    return;
  while (c->next) {
    ArenaChunk *next = c->next;
    free(c);
    c = next;
  }
  c->used = 0;
  a->head = c;
}

bool arena_owns(const Arena *a, const void *p) {
  for (const ArenaChunk *c = a->head; c; c = c->next)
    if ((const char *)p >= c->mem && (const char *)p < c->mem + c->used)
      return true;
  return false;
}

void arena_free(Arena *a) {
  for (ArenaChunk *c = a->head, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  a->head = NULL;
}

// ---- Buf

void buf_grow(Buf *b, size_t n) {
  if (b->len + n <= b->cap)
    return;
  size_t cap = b->cap ? b->cap * 2 : 4096;
  while (cap < b->len + n)
    cap *= 2;
  b->buf = xrealloc(b->buf, cap);
  b->cap = cap;
}

void buf_putn(Buf *b, const char *s, size_t n) {
  buf_grow(b, n);
  memcpy(b->buf + b->len, s, n);
  b->len += n;
}

void buf_puts(Buf *b, const char *s) { buf_putn(b, s, strlen(s)); }

void buf_printf(Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char tmp[256];
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0)
    return;
  if ((size_t)n < sizeof tmp) {
    buf_putn(b, tmp, n);
    return;
  }
  buf_grow(b, n + 1);
  va_start(ap, fmt);
  vsnprintf(b->buf + b->len, n + 1, fmt, ap);
  va_end(ap);
  b->len += n;
}

void buf_free(Buf *b) {
  free(b->buf);
  *b = (Buf){0};
}

// ---- Map: open addressing, FNV-1a

uint64_t map_hashn(const char *s, size_t len) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (size_t i = 0; i < len; i++)
    h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
  return h;
}

uint64_t map_hash(const char *s) { return map_hashn(s, strlen(s)); }

// The slot of the key of len bytes at s (no NUL among them) with hash h,
// or the empty one where it would go. Only a key with the same hash is
// compared; strncmp stops at a shorter stored key's NUL.
static size_t slot_n(Map *m, const char *s, size_t len, uint64_t h) {
  size_t mask = m->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask)
    if (!m->keys[i] ||
        (m->hashes[i] == h && strncmp(m->keys[i], s, len) == 0 && m->keys[i][len] == 0))
      return i;
}

static size_t slot(Map *m, const char *key) {
  size_t n = strlen(key);
  return slot_n(m, key, n, map_hashn(key, n));
}

void *map_getn_hashed(Map *m, const char *s, size_t len, uint64_t h) {
  if (!m->cap)
    return NULL;
  size_t i = slot_n(m, s, len, h);
  return m->keys[i] ? m->vals[i] : NULL;
}

void *map_getn(Map *m, const char *s, size_t len) { return map_getn_hashed(m, s, len, map_hashn(s, len)); }

void *map_get(Map *m, const char *key) { return map_getn(m, key, strlen(key)); }

bool map_has(Map *m, const char *key) {
  return m->cap && m->keys[slot(m, key)];
}

// Linear probing's deletion without tombstones: the keys after the hole,
// up to the next empty slot, move back into it when their home allows.
bool map_deln(Map *m, const char *s, size_t len) {
  if (!m->cap)
    return false;
  size_t mask = m->cap - 1, i = slot_n(m, s, len, map_hashn(s, len));
  if (!m->keys[i])
    return false;
  free(m->keys[i]);
  m->n--;
  for (size_t j = (i + 1) & mask; m->keys[j]; j = (j + 1) & mask) {
    size_t home = m->hashes[j] & mask;
    // j's key may fill the hole at i unless its home lies in (i, j].
    if (((j - home) & mask) >= ((j - i) & mask)) {
      m->keys[i] = m->keys[j];
      m->vals[i] = m->vals[j];
      m->hashes[i] = m->hashes[j];
      i = j;
    }
  }
  m->keys[i] = NULL;
  m->vals[i] = NULL;
  return true;
}

const char *map_put(Map *m, const char *key, void *val) {
  if ((m->n + 1) * 2 > m->cap) {
    Map nm = {.cap = m->cap ? m->cap * 2 : 64};
    nm.keys = xcalloc(nm.cap, sizeof *nm.keys);
    nm.vals = xcalloc(nm.cap, sizeof *nm.vals);
    nm.hashes = xcalloc(nm.cap, sizeof *nm.hashes);
    size_t mask = nm.cap - 1;
    for (size_t i = 0; i < m->cap; i++)
      if (m->keys[i]) {
        // The keys are distinct: the first empty slot from home is theirs.
        size_t j = m->hashes[i] & mask;
        while (nm.keys[j])
          j = (j + 1) & mask;
        nm.keys[j] = m->keys[i];
        nm.vals[j] = m->vals[i];
        nm.hashes[j] = m->hashes[i];
        nm.n++;
      }
    free(m->keys);
    free(m->vals);
    free(m->hashes);
    *m = nm;
  }
  size_t n = strlen(key);
  uint64_t h = map_hashn(key, n);
  size_t i = slot_n(m, key, n, h);
  if (!m->keys[i]) {
    m->keys[i] = xstrndup(key, n);
    m->hashes[i] = h;
    m->n++;
  }
  m->vals[i] = val;
  return m->keys[i];
}

void map_clear(Map *m) {
  for (size_t i = 0; i < m->cap; i++)
    if (m->keys[i]) {
      free(m->keys[i]);
      m->keys[i] = NULL;
    }
  m->n = 0;
}

void map_free(Map *m) {
  for (size_t i = 0; i < m->cap; i++)
    free(m->keys[i]);
  free(m->keys);
  free(m->vals);
  free(m->hashes);
  *m = (Map){0};
}

GoEscape go_escape(char c) {
  switch (c) {
  case 'a': return (GoEscape){7, 0, 0, false};
  case 'b': return (GoEscape){8, 0, 0, false};
  case 'f': return (GoEscape){12, 0, 0, false};
  case 'n': return (GoEscape){10, 0, 0, false};
  case 'r': return (GoEscape){13, 0, 0, false};
  case 't': return (GoEscape){9, 0, 0, false};
  case 'v': return (GoEscape){11, 0, 0, false};
  case '\\': return (GoEscape){'\\', 0, 0, false};
  case 'x': return (GoEscape){-1, 2, 16, true};
  case 'u': return (GoEscape){-1, 4, 16, false};
  case 'U': return (GoEscape){-1, 8, 16, false};
  }
  if (c >= '0' && c <= '7')
    return (GoEscape){-1, 3, 8, true};
  return (GoEscape){-1, 0, 0, false};
}

// A whole file, NUL-terminated, its length in *len; NULL with errno set.
char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  Buf b = {0};
  char tmp[65536];
  size_t n;
  while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
    buf_putn(&b, tmp, n);
  int err = ferror(f) ? (errno ? errno : EIO) : 0;
  fclose(f);
  if (err) {
    buf_free(&b);
    errno = err;
    return NULL;
  }
  buf_putc(&b, 0);
  *len = b.len - 1;
  return b.buf;
}

// qsort's comparison of two char * by strcmp.
int cmp_strp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
