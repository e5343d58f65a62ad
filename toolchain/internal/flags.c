// flags.c: the command line of every pic386 command, read by glibc's
// getopt_long_only as Go's flag package reads one: -name, --name,
// -name=value and -name value alike, flags and operands in any order
// (unless the command stops at its first operand, as `run` and `vet` do),
// "--" ending the flags. What getopt adds and Go's flag package does not
// have is refused here, so that every command accepts exactly its flags:
// an abbreviation (-dyn for -dynlink) is an unknown flag. One-letter flags
// listed in FlagSet.shortopts also take their value attached (-Dname,
// -Idir), as `go tool asm` took them.
//
// The -bug= table is here too: `pic386 asm` and `pic386 build` read the
// same list with the same names.
#include "internal/internal.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

int flag_usage(const FlagSet *fs, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "pic386 %s: ", fs->cmd);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\n%s", fs->usage);
  return 2;
}

static const struct option *by_val(const FlagSet *fs, int val) {
  for (const struct option *o = fs->opts; o->name; o++)
    if (o->val == val)
      return o;
  return NULL;
}

int flag_next(FlagSet *fs, int argc, char **argv) {
  if (!fs->started) {
    // optind 0: glibc starts over, whatever an earlier command line left.
    optind = 0;
    opterr = 0;
    fs->started = true;
  }
  char spec[32];
  snprintf(spec, sizeof spec, "%s:%s", fs->in_order ? "+" : "",
           fs->shortopts ? fs->shortopts : "");
  int idx = -1;
  int c = getopt_long_only(argc, argv, spec, fs->opts, &idx);
  if (c == -1)
    return FLAG_END;
  if (c == ':') {
    const struct option *o = by_val(fs, optopt);
    flag_usage(fs, fs->needs, o ? o->name : "?");
    return FLAG_BAD;
  }
  if (c == '?')
    return flag_usage(fs, "unknown flag %s", argv[optind - 1]), FLAG_BAD;
  if (idx >= 0) {
    // The word as given, without its dashes and =value: the whole name, not
    // a prefix of it.
    const char *w = optarg && optind >= 2 && optarg == argv[optind - 1] ? argv[optind - 2]
                                                                         : argv[optind - 1];
    const char *name = w + (w[1] == '-' ? 2 : 1);
    size_t n = strcspn(name, "=");
    if (n != strlen(fs->opts[idx].name) || strncmp(name, fs->opts[idx].name, n) != 0)
      return flag_usage(fs, "unknown flag %s", w), FLAG_BAD;
  }
  return c;
}

// ---------------------------------------------------------------- -bug=

// Each name and the halves of the issue 15916 fix it turns off.
static const struct {
  const char *name;
  unsigned bugs;
} bug_table[] = {
    {"15916", BUG_15916_MORESTACK | BUG_15916_JMPDEFER},
    {"15916-morestack", BUG_15916_MORESTACK},
    {"15916-jmpdefer", BUG_15916_JMPDEFER},
};

int flag_bugs(const FlagSet *fs, const char *list, unsigned *bugs) {
  // Comma-separated; empty items are nothing (as strtok read them).
  for (const char *s = list; *s;) {
    size_t n = strcspn(s, ",");
    if (n) {
      size_t i = 0;
      while (i < sizeof bug_table / sizeof bug_table[0] &&
             (strlen(bug_table[i].name) != n || strncmp(bug_table[i].name, s, n) != 0))
        i++;
      if (i == sizeof bug_table / sizeof bug_table[0]) {
        fprintf(stderr, "pic386 %s: unknown bug %.*s (known:", fs->cmd, (int)n, s);
        for (i = 0; i < sizeof bug_table / sizeof bug_table[0]; i++)
          fprintf(stderr, "%s %s", i ? "," : "", bug_table[i].name);
        fprintf(stderr, ")\n%s", fs->usage);
        return 2;
      }
      *bugs |= bug_table[i].bugs;
    }
    s += n + (s[n] == ',');
  }
  return 0;
}
