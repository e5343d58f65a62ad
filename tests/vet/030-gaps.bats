#!/usr/bin/env bats
# pic386 vet on the shapes behind the false positives of the Debian corpus
# (README, "The corpus: triage"): each was an analysis gap, fixed in the
# analysis; each case here is proven, and the same code with the GOT
# reloaded from a wrong slot is still a finding.

# shellcheck disable=SC2016 # backquotes in vet's messages, not expansions

load helpers.vet

@test "gaps: a struct return's popped pointer (ret \$4) is seen past a switch, in an export or a library met first in a nested walk, and reconciled after a call through a pointer" {
  $CC -shared -o libcret.so "$FIX/cret.s"
  $CC -shared -o sret.so "$FIX/sret.s" -L. -lcret
  vet sret.so
  assert_equal "$status" 0
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 9 PLT call sites: 9 proven, 0 findings, 0 undecided'
  # The reload 4 bytes off (as if the callee popped nothing) is caught.
  sed 's/^\tmovl\t12(%esp), %ebx$/\tmovl\t8(%esp), %ebx/' "$FIX/sret.s" >bad.s
  $CC -shared -o bad.so bad.s -L. -lcret
  vet bad.so
  assert_equal "$status" 1
  assert_line --regexp '^bad\.so: caller\+0x26 \(0x[0-9a-f]+\): call puts@plt with EBX unknown'
  assert_line --regexp '^bad\.so: deep\+0x2b \(0x[0-9a-f]+\): call puts@plt with EBX unknown'
  assert_line --regexp '^bad\.so: ind\+0x2b \(0x[0-9a-f]+\): call puts@plt with EBX unknown'
  assert_line --regexp '^bad\.so: viaplt\+0x2b \(0x[0-9a-f]+\): call puts@plt with EBX unknown'
}

@test "gaps: a landing pad is not reached from calls that cannot throw (__stack_chk_fail, memcpy), though the LSDA's range covers them; one from a destructor makes a site undecided" {
  $CC -shared -o lsda.so "$FIX/lsda.s"
  vet lsda.so
  assert_equal "$status" 1   # undecided
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 11 PLT call sites: 10 proven, 0 findings, 1 undecided'
  assert_line --regexp '^lsda\.so: dtor\+0x[0-9a-f]+ \(0x[0-9a-f]+\): undecided: call _Unwind_Resume@plt with EBX unknown: .*\(a path through the landing pad of the destructor called at 0x[0-9a-f]+, '
  # puts may throw: the landing pad is reached with ESI and the slot reused.
  sed 's/\(memcpy\|__stack_chk_fail\|_ZN1AD1Ev\)@PLT/puts@PLT/' "$FIX/lsda.s" >bad.s
  $CC -shared -o bad.so bad.s
  vet bad.so
  assert_equal "$status" 1
  assert_line --regexp '^bad\.so: chk\+0x2b \(0x[0-9a-f]+\): call _Unwind_Resume@plt with EBX unknown: set by `mov %esi, %ebx`'
  assert_line --regexp '^bad\.so: dtor\+0x[0-9a-f]+ \(0x[0-9a-f]+\): call _Unwind_Resume@plt with EBX unknown: set by `mov %esi, %ebx`'
  assert_line --regexp '^bad\.so: cpy\+0x32 \(0x[0-9a-f]+\): call _Unwind_Resume@plt with EBX unknown: set by `mov -0x08\(%ebp\), %ebx`'
}

@test "gaps: a call falling through padding into a function known only by its FDE does not return" {
  $CC -shared -o fallfde.so "$FIX/fallfde.s"
  "$READELF" -s fallfde.so | grep -q ' myraise$'
  vet fallfde.so
  assert_equal "$status" 0
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 3 PLT call sites: 3 proven, 0 findings, 0 undecided'
  sed 's/^\tmovl\t4(%esp), %ebx$/\tmovl\t(%esp), %ebx/' "$FIX/fallfde.s" >bad.s
  $CC -shared -o bad.so bad.s
  vet bad.so
  assert_equal "$status" 1
  assert_line --regexp '^bad\.so: caller\+0x1f \(0x[0-9a-f]+\): call puts@plt with EBX unknown'
}

@test "gaps: cmp \$N, mem; ja; mov mem, reg bounds a jump table (a switch on a field)" {
  $CC -shared -o ms.so "$FIX/memswitch.s"
  vet ms.so
  assert_equal "$status" 0
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 3 PLT call sites: 3 proven, 0 findings, 0 undecided'
  # With the bound at 2, the third word is an entry, and .Lmid has EBX 0.
  sed 's/^\tcmpl\t\$1, (%esi)$/\tcmpl\t$2, (%esi)/' "$FIX/memswitch.s" >bad.s
  $CC -shared -o bad.so bad.s
  vet bad.so
  assert_equal "$status" 1
  assert_line --regexp '^bad\.so: [^ ]+ \(0x[0-9a-f]+\): call puts@plt with EBX unknown: paths with different EBX meet'
}

@test "gaps: a noreturn verdict cut short in a nested walk is not reused at the top, where the whole chain is walked" {
  $CC -shared -o dc.so "$FIX/depthcache.s"
  vet dc.so
  assert_equal "$status" 0
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 2 PLT call sites: 2 proven, 0 findings, 0 undecided'
  # One level more than the top walks: f returns as far as vet sees.
  sed 's/^r3:\tud2$/r3:\tcall\tr4\n\tret\nr4:\tud2/' "$FIX/depthcache.s" >bad.s
  $CC -shared -o bad.so bad.s
  vet bad.so
  assert_equal "$status" 1
  assert_line --regexp '^bad\.so: caller\+0x30 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: paths with different EBX meet'
}

@test "gaps: a stripped wrapper whose call falls through padding into the next function does not return (rb_fiber_yield)" {
  $CC -shared -o wr.so "$FIX/wrapraise.s"
  vet wr.so
  assert_equal "$status" 0
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 3 PLT call sites: 3 proven, 0 findings, 0 undecided'
  # The wrapper returns after its call: the block is reached with EBX 0.
  sed 's/^\tcall\tmyraise@PLT$/&\n\taddl\t$8, %esp\n\tpopl\t%ebx\n\tret/' "$FIX/wrapraise.s" >bad.s
  $CC -shared -o bad.so bad.s
  vet bad.so
  assert_equal "$status" 1
  assert_line --regexp '^bad\.so: caller\+0x30 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: paths with different EBX meet'
}
