#!/usr/bin/env bats
# Builds that share a cache and run at once, on overlapping packages: every
# one succeeds and runs, the cache holds no torn entry (each is whole by its
# manifest), and an entry is built once: the others wait for its lock and
# take it.

# shellcheck disable=SC2016,SC2154,SC2030,SC2031 # assembly is literal; bats' run sets status,
# output and lines; each test runs in a subshell of its own

load ../helpers
load pkgs
load cache

setup() {
  b_setup
  std_pkgs
  # hello2: println(lib.Add(40, 2)) through util.Print; it shares the
  # runtime, lib and util with hello
  pkg hello2 <<'EOF2'
TEXT ·main(SB), $12-0
	MOVL	$40, 0(SP)
	MOVL	$2, 4(SP)
	CALL	lib·Add(SB)
	MOVL	8(SP), AX
	MOVL	AX, 0(SP)
	CALL	util·Print(SB)
	RET
EOF2
}

teardown() {
  b_teardown
}

# The four builds of a round: two identical (every entry contended), one
# other command on the same libraries, one static.
builds=(
  'a|-linkshared|hello'
  'b|-linkshared|hello'
  'c|-linkshared|hello2'
  'd||hello'
)

# round: the four started together, each must succeed; -x logs in DIR.log
round() {
  local spec dir mode prog pids=() i=0 st
  for spec in "${builds[@]}"; do
    IFS='|' read -r dir mode prog <<<"$spec"
    "$PIC386" build -x ${mode:+"$mode"} -o "$dir/$prog" "$prog" >"$dir.out" 2>"$dir.log" &
    pids+=($!)
  done
  for spec in "${builds[@]}"; do
    IFS='|' read -r dir mode prog <<<"$spec"
    st=0
    wait "${pids[i]}" || st=$?
    i=$((i + 1))
    if ((st != 0)) || [[ -s $dir.out ]]; then
      { echo "round $1, build $dir ($mode $prog): exit $st"; cat "$dir.out" "$dir.log"; } | fail
    fi
    run "$PIC386" run "$dir/$prog"
    assert_success
    assert_equal "round $1, $dir: $output" "round $1, $dir: 42"
  done
}

# built PKG LIB: how many of the shared builds' logs say PKG's LIB was built
built() {
  cat a.log b.log c.log | grep -c "^# $1: built .*/$2\$" || true
}

@test "concurrent: 4 builds at once on one cold cache, 5 rounds: all succeed and run, no torn entry, each library built once" {
  local r n entries
  for ((r = 1; r <= 5; r++)); do
    rm -rf "$PIC386_CACHE" a b c d
    round "$r"
    entries=$(check_cache "$PIC386_CACHE") || fail "round $r: the cache has a bad entry"
    assert_equal "round $r: temporaries: $(cache_temps "$PIC386_CACHE")" "round $r: temporaries: "
    cat ./*.log | { ! grep 'corrupt'; }
    # the per-key lock: one build made each shared library, the others waited
    for n in runtime:libruntime.so lib:liblib.so util:libutil.so mid:libmid.so; do
      assert_equal "round $r, ${n%%:*}: $(built "${n%%:*}" "${n#*:}")" "round $r, ${n%%:*}: 1"
    done
    # static: runtime lib mid util hello; shared: runtime lib mid util
    # hello hello2 (each module's registration is part of its link)
    assert_equal "round $r: entries $entries" "round $r: entries 11"
  done
  # and warm: all four at once, nothing built
  round warm
  cat ./*.log | { ! grep -E '^# [^ ]+: built |  asm '; }
  check_cache "$PIC386_CACHE" >/dev/null
}
