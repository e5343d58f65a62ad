// jobs.c: the files of a vet run, in order, and their checks on -j workers.
//
// The arguments are walked first (directories recursively, in alphasort
// order) into a list of jobs: a file to vet, or an error the walk met (a
// path that cannot be stat'ed or read). The jobs are then run, and their
// output printed, in that order: with -j 1 one after the other in this
// process; with -j N > 1 by up to N forked workers, one a file.
//
// Why processes and not threads: the analysis keeps per-module state in
// statics (cfg.c's verdict caches and opened libraries, funcs.c's start
// table, flow.c's kept arrays, transfer.c's last compare), designed for one
// module at a time; a forked worker gets its own copy of all of it, as
// clean as the sequential run's when it starts a file, and a crash or
// fatal() in one file cannot corrupt another's state. A fork costs well
// under a millisecond, against tens of milliseconds for a typical shared
// object. A worker writes its stdout and stderr to two unlinked temporary
// files (never blocking on a reader, whatever the size) and its totals and
// status into a shared mapping; the parent copies a job's output out only
// when every job before it is printed, so stdout, stderr, the summary and
// the exit status are those of the sequential run, byte for byte.
//
// A worker that dies (fatal(), a signal) ends the run as it would have
// ended sequentially: the jobs before it are printed, then its output, and
// the parent exits with its status, or is killed by its signal.
#include "vet/vet.h"

#include "internal/internal.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
  char *path;
  bool named;       // named on the command line (not found in a directory)
  char *err;        // the walk's error for path, or NULL: a file to vet
} Job;

typedef struct {
  Job *j;
  int n, cap;
} Jobs;

static void add(Jobs *js, const char *path, bool named, const char *err) {
  GROW(js->j, js->n, js->cap);
  js->j[js->n++] = (Job){xstrdup(path), named, err ? xstrdup(err) : NULL};
}

static void collect(Jobs *js, const char *path, bool named, int depth) {
  struct stat st;
  if ((named ? stat(path, &st) : lstat(path, &st)) < 0) {
    add(js, path, named, strerror(errno));
    return;
  }
  if (S_ISLNK(st.st_mode))
    return;
  if (!S_ISDIR(st.st_mode)) {
    if (S_ISREG(st.st_mode) || named)
      add(js, path, named, NULL);
    return;
  }
  if (depth > 64) {
    add(js, path, named, "directories nested too deep");
    return;
  }
  struct dirent **ents;
  int n = scandir(path, &ents, NULL, alphasort);
  if (n < 0) {
    add(js, path, named, strerror(errno));
    return;
  }
  for (int i = 0; i < n; i++) {
    const char *nm = ents[i]->d_name;
    if (strcmp(nm, ".") != 0 && strcmp(nm, "..") != 0) {
      char *p = xasprintf("%s/%s", path, nm);
      collect(js, p, false, depth + 1);
      free(p);
    }
    free(ents[i]);
  }
  free(ents);
}

// A path the walk could not read, reported in its place in the order.
static void walk_error(const Options *o, Totals *t, const Job *j) {
  report_error(o, j->path, j->err);
  t->unreadable++;
}

static void add_totals(Totals *t, const Totals *r) {
  t->files += r->files;
  t->skipped += r->skipped;
  t->unreadable += r->unreadable;
  t->absolute += r->absolute;
  t->functions += r->functions;
  t->sites += r->sites;
  t->proven += r->proven;
  t->findings += r->findings;
  t->undecided += r->undecided;
  t->defer_sites += r->defer_sites;
  t->unreached += r->unreached;
  t->code_bytes += r->code_bytes;   // whole numbers of bytes: exact in any order
}

// One job's result, in memory shared with the workers.
typedef struct {
  Totals t;
  int rc;   // vet_file's
} Res;

typedef struct {
  pid_t pid;      // 0: not started or reaped
  bool done;
  int status;     // waitpid's
  FILE *out, *err;
} Slot;

static void copy_out(FILE *from, FILE *to) {
  copy_stream(from, to);
  fclose(from);
  fflush(to);
}

// Runs jobs [0, n) on up to `workers` processes; prints each job's output
// in order. The worst vet_file status (2: a bad file) is returned.
static int run_parallel(const Options *o, Totals *t, Jobs *js, int workers) {
  int n = js->n, worst = 0;
  Res *res = mmap(NULL, n * sizeof(Res), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (res == MAP_FAILED)
    fatal("vet: mmap: %s", strerror(errno));
  memset(res, 0, n * sizeof(Res));
  Slot *sl = xcalloc(n, sizeof(Slot));
  // Jobs started but not yet printed hold two files each: a bounded window.
  int window = 32 * workers, running = 0, next = 0;
  for (int emit = 0; emit < n;) {
    while (running < workers && next < n && next - emit < window) {
      Job *j = &js->j[next];
      if (j->err) {   // the walk's error: printed by the parent, in order
        sl[next++].done = true;
        continue;
      }
      Slot *s = &sl[next];
      s->out = tmpfile();
      s->err = tmpfile();
      if (!s->out || !s->err)
        fatal("vet: tmpfile: %s", strerror(errno));
      fflush(stdout);
      fflush(stderr);
      pid_t pid = fork();
      if (pid < 0)
        fatal("vet: fork: %s", strerror(errno));
      if (pid == 0) {
        if (dup2(fileno(s->out), 1) < 0 || dup2(fileno(s->err), 2) < 0)
          _exit(125);
        res[next].rc = vet_file(o, &res[next].t, j->path, j->named);
        fflush(stdout);
        fflush(stderr);
        _exit(0);
      }
      s->pid = pid;
      running++;
      next++;
    }
    if (sl[emit].done) {
      Job *j = &js->j[emit];
      Slot *s = &sl[emit];
      if (j->err) {
        walk_error(o, t, j);
        worst = 2;
      } else {
        copy_out(s->out, stdout);
        copy_out(s->err, stderr);
        if (!WIFEXITED(s->status) || WEXITSTATUS(s->status) != 0) {
          // Died as the sequential run would have: so does the run (and
          // the later files' workers, whose output would not be printed).
          for (int i = emit + 1; i < next; i++)
            if (sl[i].pid > 0)
              kill(sl[i].pid, SIGKILL);
          if (WIFSIGNALED(s->status)) {
            signal(WTERMSIG(s->status), SIG_DFL);
            raise(WTERMSIG(s->status));
          }
          _exit(WIFEXITED(s->status) ? WEXITSTATUS(s->status) : 1);
        }
        add_totals(t, &res[emit].t);
        if (res[emit].rc == 2)
          worst = 2;
      }
      emit++;
      continue;
    }
    int st;
    pid_t pid = waitpid(-1, &st, 0);
    if (pid < 0) {
      if (errno == EINTR)
        continue;
      fatal("vet: waitpid: %s", strerror(errno));
    }
    for (int i = emit; i < next; i++)
      if (sl[i].pid == pid) {
        sl[i].pid = 0;
        sl[i].done = true;
        sl[i].status = st;
        running--;
        break;
      }
  }
  free(sl);
  munmap(res, n * sizeof(Res));
  return worst;
}

int vet_run(const Options *o, Totals *t, char **paths, int npaths, int workers) {
  Jobs js = {0};
  for (int i = 0; i < npaths; i++)
    collect(&js, paths[i], true, 0);
  int files = 0;
  for (int i = 0; i < js.n; i++)
    files += !js.j[i].err;
  int worst = 0;
  if (workers > 1 && files > 1)
    worst = run_parallel(o, t, &js, workers);
  else
    for (int i = 0; i < js.n; i++) {
      Job *j = &js.j[i];
      if (j->err) {
        walk_error(o, t, j);
        worst = 2;
      } else if (vet_file(o, t, j->path, j->named) == 2)
        worst = 2;
    }
  for (int i = 0; i < js.n; i++) {
    free(js.j[i].path);
    free(js.j[i].err);
  }
  free(js.j);
  return worst;
}
