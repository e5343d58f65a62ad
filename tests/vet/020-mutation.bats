#!/usr/bin/env bats
# Injected faults: clean modules (pic386's own -linkshared libraries, a
# gcc -O2 -fPIC library, Debian's gcc-built libgomp) broken at PLT call
# sites (mutate.bash: the EBX load NOPped out, EBX clobbered between load and
# call, a call turned into a tail jump after EBX was given up) and
# jmpdefer's rewind shortened to every value below 16: pic386 vet must flag
# every injected site. Prints detected/injected.

load ../helpers
load mutate

REPRO=$BATS_TEST_DIRNAME/../../repro/15916

setup_file() {
  export PIC386_CACHE=$BATS_FILE_TMPDIR/cache PIC386PATH=$REPRO
  local d=$BATS_FILE_TMPDIR
  "$PIC386" build -linkshared -o "$d/exe/exe" exe
  "$PIC386" build -linkshared -o "$d/triv1/triv1" triv1
  i686-linux-gnu-gcc -O2 -fPIC -shared -o "$d/sw.so" "$BATS_TEST_DIRNAME/fixtures/switch.c"
}

setup() {
  setup_tmp
}

# Injects each kind of fault at up to N sites of each module, counts.
inject_all() {
  local n=$1 f k s injected=0 detected=0 missed=()
  shift
  for f; do
    "$PIC386" vet "$f" >/dev/null || fail "$f is not clean to begin with"
    for k in nopload clobber tail; do
      mut_inject "$k" "$f" "m.$(basename "$f").$k" "$n"
      for s in "${MUT_SITES[@]}"; do
        injected=$((injected + 1))
        if mut_detected "m.$(basename "$f").$k.$s" "$s"; then
          detected=$((detected + 1))
        else
          missed+=("$f $k 0x$s")
        fi
      done
    done
  done
  echo "# vet: $detected/$injected injected faults detected ($*)" >&3
  ((${#missed[@]} == 0)) || fail "missed: ${missed[*]}"
  ((injected >= 3 * $#)) || fail "only $injected faults could be injected"
}

@test "mutation: faults injected into pic386's -linkshared libraries are all detected" {
  local d=$BATS_FILE_TMPDIR
  inject_all 6 "$d/exe/libdepBase.so" "$d/triv1/libt1.so" "$d/exe/libruntime.so"
}

@test "mutation: faults injected into gcc-built PIC libraries are all detected" {
  local libs=("$BATS_FILE_TMPDIR/sw.so") g=/usr/i686-linux-gnu/lib/libgomp.so.1
  [[ -e $g ]] && libs+=("$(realpath "$g")")
  inject_all 6 "${libs[@]}"
}

@test "mutation: jmpdefer's rewind shortened to each of 1..15 is caught at every deferreturn call site" {
  local d=$BATS_FILE_TMPDIR n r rt addr want got injected=0 detected=0
  cp -r "$d/exe" "$d/triv1" .
  for p in exe triv1; do
    # jmpdefer's `subl $0x10, (%esp)` (83 2c 24 10): its last byte.
    rt=$p/libruntime.so
    addr=$("$OBJDUMP" -d "$rt" | awk '/<runtime.jmpdefer>:/ { f = 1 } f && /\t83 2c 24 10 / { sub(/:.*/, ""); gsub(/ /, ""); print; exit }')
    [[ -n $addr ]] || fail "no subl \$0x10,(%esp) in $rt's runtime.jmpdefer"
    want=$(for f in "$p"/*.so; do
      "$OBJDUMP" -d "$f" | grep -c 'call .*<runtime\.deferreturn@plt>$' || true
    done | awk '{ n += $1 } END { print n }')
    ((want > 0)) || fail "no deferreturn call in $p's libraries"
    cp "$rt" "$rt.orig"
    for ((r = 1; r < 16; r++)); do
      cp "$rt.orig" "$rt"
      mut_patch "$rt" "0x$(printf '%x' $((16#$addr + 3)))" "$(printf '%02x' "$r")"
      run "$PIC386" vet -json "$p"
      got=$(grep -c '"kind":"deferreturn-rewind"' <<<"$output" || true)
      injected=$((injected + want))
      detected=$((detected + got))
      assert_equal "$got" "$want"
    done
  done
  echo "# vet: $detected/$injected shortened-rewind deferreturn sites detected" >&3
}
