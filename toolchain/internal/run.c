// run.c: running GNU binutils and other tools, and writing outputs so that
// a failure or an interrupt never leaves a half-written file behind.
#include "internal/internal.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void print_cmd(char *const argv[]) {
  for (int i = 0; argv[i]; i++)
    fprintf(stderr, "%s%s", i ? " " : "", argv[i]);
  fputc('\n', stderr);
}

// Children still running and temporary files not yet committed: an exit
// (too many errors, a fatal error) or a signal stops the one and removes the
// other, children first, so that none of them writes a file back.
enum { MAX_CHILDREN = 4, MAX_TEMPS = 16 };
static pid_t children[MAX_CHILDREN];
static char *temps[MAX_TEMPS];

static void track(pid_t pid, bool add) {
  for (int i = 0; i < MAX_CHILDREN; i++)
    if (add ? children[i] == 0 : children[i] == pid) {
      children[i] = add ? pid : 0;
      return;
    }
}

static void cleanup(void) {
  for (int i = 0; i < MAX_CHILDREN; i++)
    if (children[i] > 0) {
      kill(children[i], SIGKILL);
      while (waitpid(children[i], NULL, 0) < 0 && errno == EINTR)
        ;
      children[i] = 0;
    }
  for (int i = 0; i < MAX_TEMPS; i++)
    if (temps[i])
      unlink(temps[i]);
}

static void on_signal(int sig) {
  cleanup();
  signal(sig, SIG_DFL);
  raise(sig);
}

static void install_cleanup(void) {
  static bool done;
  if (done)
    return;
  done = true;
  atexit(cleanup);
  signal(SIGINT, on_signal);
  signal(SIGTERM, on_signal);
  signal(SIGHUP, on_signal);
  // A crash too, for the named temporary of the fallback (an unnamed one
  // needs nothing) — unless a sanitizer already handles the signal: its
  // report matters more, and it exits through atexit anyway.
  static const int crashes[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
  for (size_t i = 0; i < sizeof crashes / sizeof *crashes; i++) {
    struct sigaction old;
    if (sigaction(crashes[i], NULL, &old) == 0 && old.sa_handler == SIG_DFL &&
        !(old.sa_flags & SA_SIGINFO))
      signal(crashes[i], on_signal);
  }
}

// Starts argv with one end of a pipe as its fd `childfd` (0 or 1); returns
// the pid and our end in *ours, or -1.
static pid_t spawn(char *const argv[], int childfd, int *ours, bool verbose) {
  install_cleanup();
  if (verbose)
    print_cmd(argv);
  int fds[2];   // [0] read end, [1] write end
  if (pipe(fds) < 0)
    return -1;
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return -1;
  }
  if (pid == 0) {
    dup2(fds[childfd == 0 ? 0 : 1], childfd);
    close(fds[0]);
    close(fds[1]);
    execvp(argv[0], argv);
    fprintf(stderr, "%s: cannot run %s: %s\n", progname, argv[0], strerror(errno));
    _exit(127);
  }
  close(fds[childfd == 0 ? 0 : 1]);
  *ours = fds[childfd == 0 ? 1 : 0];
  track(pid, true);
  return pid;
}

bool proc_start(Proc *pr, char *const argv[], bool verbose) {
  int fd;
  pid_t pid = spawn(argv, 0, &fd, verbose);
  if (pid < 0)
    return false;
  pr->pid = pid;
  pr->in = fdopen(fd, "w");
  return pr->in != NULL;
}

int proc_wait(Proc *pr) {
  if (pr->in)
    fclose(pr->in);
  pr->in = NULL;
  int st;
  while (waitpid(pr->pid, &st, 0) < 0)
    if (errno != EINTR) {
      track(pr->pid, false);
      return -1;
    }
  track(pr->pid, false);
  if (WIFEXITED(st))
    return WEXITSTATUS(st);
  return 128 + WTERMSIG(st);
}

// A function of ours run in a child process, as a tool would be: its stdout
// (a pipe) read whole into out, its stderr discarded, its exit status
// returned. The child forgets our children and temporary files, so that an
// exit in it (a fatal error) does not remove what is ours.
int run_func_capture(int (*fn)(void *arg), void *arg, Buf *out) {
  install_cleanup();
  int fds[2];
  if (pipe(fds) < 0)
    return -1;
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return -1;
  }
  if (pid == 0) {
    memset(children, 0, sizeof children);
    memset(temps, 0, sizeof temps);
    dup2(fds[1], 1);
    close(fds[0]);
    close(fds[1]);
    int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null >= 0)
      dup2(null, 2);
    int st = fn(arg);
    fflush(stdout);
    _exit(st);
  }
  close(fds[1]);
  track(pid, true);
  char buf[65536];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) != 0) {
    if (n < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    buf_putn(out, buf, n);
  }
  close(fds[0]);
  Proc pr = {.pid = pid};
  return proc_wait(&pr);
}

// The program named by an environment variable, or dflt when it is unset or
// empty: `PIC386_AS= pic386 build` means the default, as in a shell.
const char *tool_env(const char *var, const char *dflt) {
  const char *v = getenv(var);
  return v && *v ? v : dflt;
}

int run_capture(char *const argv[], Buf *out, bool verbose) {
  int fd;
  pid_t pid = spawn(argv, 1, &fd, verbose);
  if (pid < 0)
    return -1;
  char buf[65536];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) != 0) {
    if (n < 0) {
      if (errno == EINTR)
        continue;
      break;
    }
    buf_putn(out, buf, n);
  }
  close(fd);
  Proc pr = {.pid = pid};
  return proc_wait(&pr);
}

int run_cmd(char *const argv[], bool verbose) {
  Proc pr;
  if (!proc_start(&pr, argv, verbose))
    return -1;
  return proc_wait(&pr);
}

// Where the kernel allows it, the temporary file has no name at all
// (O_TMPFILE in the output's directory): nothing is left behind whatever
// kills us, SIGSEGV and SIGKILL included. It is reached as /proc/self/fd/N
// (by GNU as, too: the descriptor is inherited), and commit gives it a name
// with linkat(2), then renames that over the output. Elsewhere (no
// O_TMPFILE in the file system, no /proc) it is a named path.tmpPID,
// removed on exit and on SIGINT/SIGTERM/SIGHUP.
static bool open_unnamed(OutFile *o, const char *path) {
#ifdef O_TMPFILE
  const char *slash = strrchr(path, '/');
  char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : xstrdup(".");
  int fd = open(dir, O_TMPFILE | O_WRONLY, 0644);
  free(dir);
  if (fd < 0)
    return false;
  char *proc = xasprintf("/proc/self/fd/%d", fd);
  if (access(proc, W_OK) != 0) {
    free(proc);
    close(fd);
    return false;
  }
  o->fd = fd;
  o->tmp = proc;
  return true;
#else
  (void)o, (void)path;
  return false;
#endif
}

bool outfile_open(OutFile *o, const char *path) {
  install_cleanup();
  o->fd = -1;
  // A device or a pipe (-o /dev/null, -o /dev/stdout) is written in place:
  // renaming a file over it would replace the device node.
  struct stat st;
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
    o->path = xstrdup(path);
    o->tmp = xstrdup(path);
    o->direct = true;
    return true;
  }
  o->direct = false;
  o->path = xstrdup(path);
  if (open_unnamed(o, path))
    return true;
  o->tmp = xasprintf("%s.tmp%d", path, (int)getpid());
  int fd = open(o->tmp, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL, 0644);
  if (fd < 0) {
    free(o->path);
    free(o->tmp);
    return false;
  }
  close(fd);
  for (int i = 0; i < MAX_TEMPS; i++)
    if (!temps[i]) {
      temps[i] = o->tmp;
      break;
    }
  return true;
}

static void forget(OutFile *o) {
  if (o->fd >= 0)
    close(o->fd);
  o->fd = -1;
  for (int i = 0; i < MAX_TEMPS; i++)
    if (temps[i] == o->tmp)
      temps[i] = NULL;
  free(o->tmp);
  free(o->path);
  o->tmp = o->path = NULL;
}

bool outfile_commit(OutFile *o) {
  bool ok;
  if (o->fd >= 0) {
    // linkat cannot replace a file: a name of our own first, then rename.
    // Only a kill between the two calls could leave that name behind.
    char *named = xasprintf("%s.tmp%d", o->path, (int)getpid());
    ok = linkat(AT_FDCWD, o->tmp, AT_FDCWD, named, AT_SYMLINK_FOLLOW) == 0;
    if (ok && rename(named, o->path) != 0) {
      unlink(named);
      ok = false;
    }
    free(named);
  } else {
    ok = o->direct || rename(o->tmp, o->path) == 0;
    if (!ok)
      unlink(o->tmp);
  }
  forget(o);
  return ok;
}

void outfile_abort(OutFile *o) {
  if (!o->direct && o->fd < 0)
    unlink(o->tmp);
  forget(o);
}
