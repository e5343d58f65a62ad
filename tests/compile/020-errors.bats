#!/usr/bin/env bats
# Bad input to pic386 compile, table-driven (testdata/errors.txt: name |
# source, \n for newlines, after `package main` | the message): each must
# fail with exit status 1, report file:line:col: and the message, and leave
# no output file. Unsupported features name themselves; type errors are
# worded as Go's compiler words them.

load ../helpers

setup() {
  setup_tmp
}

@test "compile: at least 40 bad-input cases, each refused with its message and nothing written" {
  local n=0 bad=0 name src want out rc
  while IFS='|' read -r name src want; do
    n=$((n + 1))
    if [[ $name == "no package" ]]; then
      printf '%b\n' "$src" >e.go
    else
      printf 'package main\n%b\n' "$src" >e.go
    fi
    rc=0
    out=$("$PIC386" compile -o e.s e.go 2>&1) || rc=$?
    if ((rc != 1)) || [[ $out != *"$want"* ]] || [[ $out != e.go:[0-9]*:[0-9]*:* ]] || [[ -e e.s ]]; then
      bad=$((bad + 1))
      printf 'case %s: exit %d, output:\n%s\nwanted: %s\n' "$name" "$rc" "$out" "$want" >&2
    fi
    rm -f e.s
  done <"$BATS_TEST_DIRNAME/testdata/errors.txt"
  ((n >= 40))
  ((bad == 0))
}

@test "compile: usage errors exit 2; a missing file exits 1 naming it" {
  run "$PIC386" compile
  assert_failure 2
  run "$PIC386" compile -bogus x.go
  assert_failure 2
  assert_output --partial 'unknown flag -bogus'
  run "$PIC386" compile nothere.go
  assert_failure 1
  assert_output --partial 'nothere.go'
}

@test "compile: a package's imports come from -I dir/<path>; a missing one is named" {
  printf 'package main\nimport "nope"\nfunc main() { nope.F() }\n' >m.go
  run "$PIC386" compile -o m.s m.go
  assert_failure 1
  assert_output --partial "m.go:2:8: can't find import: \"nope\""
  [[ ! -e m.s ]]
}
