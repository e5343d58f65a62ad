#!/usr/bin/env bats
# A build killed with SIGKILL at any moment leaves a cache from which the
# next build succeeds and makes a program that runs, the same bytes as a
# build that was never interrupted: an entry is complete or absent. The
# build is a cold `-linkshared` build of suites/testshared's deepest program,
# exe3 (Go 1.7's source, which prints nothing and exits 0): modinfo, the
# runtime, depBase, dep2, dep3 and exe3 are published in
# turn. Each kill waits for the cache to hold k of them (0 to 6 in turn),
# then 0, 150, 300 or 450 ms more, so that the kills fall in every stage of
# the build (compiling, linking, publishing, copying out); it reaches the
# whole process group, or pic386 build alone, in turn.

# shellcheck disable=SC2154,SC2030,SC2031 # bats' run sets status and output; each test runs
# in a subshell of its own

load ../helpers
load pkgs
load cache

setup() {
  b_setup
  # testshared's two source roots (depBase is in repro/15916/src)
  local ts=$BATS_TEST_DIRNAME/../../suites/testshared
  export PIC386PATH=$ts:$BATS_TEST_DIRNAME/../../repro/15916
  [[ -d $ts/src/exe3 ]] || skip "no suites/testshared in this tree"
}

teardown() {
  b_teardown
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# The entries published in the cache so far.
published() {
  find "$PIC386_CACHE" -mindepth 2 -maxdepth 2 -type d ! -name '.*' | wc -l
}

@test "kill: >= 20 SIGKILLs at different moments of a cold -linkshared build; each next build succeeds, runs, and is a clean build's bytes" {
  # a cold build, timed; its output is the reference
  local t0 d
  t0=$(now_ms)
  build_ok -linkshared -o ref/exe3 exe3
  d=$(($(now_ms) - t0))
  run "$PIC386" run ref/exe3
  assert_success
  assert_output ''
  local want='' landed=0 attempt pid st k delay entries temps moments=' ' total
  local killtmp=$BATS_TEST_TMPDIR/killed-tmp
  # the entries a whole build publishes: a kill waits for 0 .. total-1 of them
  total=$(published)
  ((total >= 5)) || fail "a cold build published only $total entries"
  for ((attempt = 1; landed < 22 && attempt <= 80; attempt++)); do
    rm -rf "$PIC386_CACHE" "$killtmp" out
    mkdir -p "$killtmp" "$PIC386_CACHE"
    k=$(((attempt - 1) % total))
    delay=$((((attempt - 1) / total % 4) * 150))
    # its own session and process group; its work directory, which a
    # SIGKILL cannot let it remove, in a directory of its own
    TMPDIR=$killtmp setsid "$PIC386" build -linkshared -o out/exe3 exe3 >/dev/null 2>&1 </dev/null 3>&- &
    pid=$!
    while (($(published) < k)) && kill -0 "$pid" 2>/dev/null; do
      sleep 0.02
    done
    sleep "0.$(printf '%03d' "$delay")"
    if ((attempt % 2)); then
      kill -KILL -- "-$pid" 2>/dev/null || true
    else
      kill -KILL "$pid" 2>/dev/null || true
    fi
    st=0
    wait "$pid" || st=$?
    if ((st != 137)); then
      # it had finished: not a kill
      assert_equal "attempt $attempt, exit $st" "attempt $attempt, exit 0"
      continue
    fi
    landed=$((landed + 1))
    # what was published is whole; what was not is in temporaries only
    entries=$(check_cache "$PIC386_CACHE") || fail "kill $landed (after $delay ms): a torn entry"
    temps=$(cache_temps "$PIC386_CACHE" | wc -l)
    moments+="$k+${delay}ms:$entries/$temps "
    # the next build: succeeds, runs, and is what a clean build makes
    build_ok -linkshared -o out/exe3 exe3
    run "$PIC386" run out/exe3
    assert_success
    assert_equal "kill $landed (after $delay ms): $output" "kill $landed (after $delay ms): $want"
    local f
    for f in ref/*; do
      cmp "$f" "out/${f##*/}"
    done
    check_cache "$PIC386_CACHE" >/dev/null
    assert_equal "kill $landed: temporaries left: $(cache_temps "$PIC386_CACHE")" "kill $landed: temporaries left: "
  done
  echo "# cold build ${d} ms; $landed kills landed in $((attempt - 1)) attempts; at each, waited for+then: entries/temporaries found: $moments" >&3
  ((landed >= 20)) || fail "only $landed of $((attempt - 1)) kills landed while the build ran"
  # different moments: the kills found the cache in at least 5 different
  # states (0 to 6 entries published)
  local states
  states=$(tr ' ' '\n' <<<"$moments" | sed -n 's#.*:\([0-9]*\)/.*#\1#p' | sort -u | wc -l)
  ((states >= 5)) || fail "the kills found only $states cache states: $moments"
}
