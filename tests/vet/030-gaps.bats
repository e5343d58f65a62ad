#!/usr/bin/env bats
# pic386 vet on the shapes behind the false positives of the Debian corpus
# (README, "The corpus: triage"): each was an analysis gap, fixed in the
# analysis; each case here is proven, and the same code with the GOT
# reloaded from a wrong slot is still a finding.

# shellcheck disable=SC2016 # backquotes in vet's messages, not expansions

load helpers.vet

@test "gaps: a struct return's popped pointer (ret \$4) is seen past a switch, in an export or a library met first in a nested walk, and reconciled after a call through a pointer" {
  $CC -shared -o libcret.so "$FIX/cret.s"
  vet_proven "$FIX/sret.s" sret.so 9 -L. -lcret
  # The reload 4 bytes off (as if the callee popped nothing) is caught.
  sed 's/^\tmovl\t12(%esp), %ebx$/\tmovl\t8(%esp), %ebx/' "$FIX/sret.s" >bad.s
  vet_bad -L. -lcret
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
  vet_bad
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
  vet_bad
  assert_line --regexp '^bad\.so: caller\+0x1f \(0x[0-9a-f]+\): call puts@plt with EBX unknown'
}

@test "gaps: cmp \$N, mem; ja; mov mem, reg bounds a jump table (a switch on a field)" {
  vet_proven "$FIX/memswitch.s" ms.so 3
  # With the bound at 2, the third word is an entry, and .Lmid has EBX 0.
  sed 's/^\tcmpl\t\$1, (%esi)$/\tcmpl\t$2, (%esi)/' "$FIX/memswitch.s" >bad.s
  vet_bad
  assert_line --regexp '^bad\.so: [^ ]+ \(0x[0-9a-f]+\): call puts@plt with EBX unknown: paths with different EBX meet'
}

@test "gaps: a byte or word compare bounds a jump table: a movzbl of the compared sub-register or memory, or an index whose upper bytes a movzbl cleared; an index times 4 bounds a table read with scale 1" {
  vet_proven "$FIX/bytesw.s" bs.so 9
  # Bounds at 2 make the third word an entry; an index loaded whole on one
  # path (movl, not movzbl) is not bounded by its low byte's compare.
  sed -e 's/^\tcmpb\t\$1, %al$/\tcmpb\t$2, %al/' -e 's/^\tmovzbl\t1(%eax), %edx$/\tmovl\t1(%eax), %edx/' \
    -e 's/^\tcmpb\t\$1, (%esi)$/\tcmpb\t$2, (%esi)/' -e 's/^\tcmpl\t\$1, %eax$/\tcmpl\t$2, %eax/' "$FIX/bytesw.s" >bad.s
  vet_bad
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 9 PLT call sites: 5 proven, 4 findings, 0 undecided'
  for f in 1 2 3 4; do
    assert_line --regexp "^bad\.so: \.Lmid$f\+0x1 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: paths with different EBX meet"
  done
}

@test "gaps: a compared register written before its ja is not bounded by the compare" {
  # cmpl $1, %eax; movl 8(%esp), %eax; ja: the index is the new EAX.
  sed -e 's/^\tcmpb\t\$1, %al$/\tcmpl\t$1, %eax\n\tmovl\t8(%esp), %eax/' -e '/^\tmovzbl\t%al, %eax$/d' "$FIX/bytesw.s" >bad.s
  vet_bad
  assert_line --regexp '^bad\.so: \.Lmid1\+0x1 \(0x[0-9a-f]+\): call puts@plt with EBX unknown'
}

@test "gaps: a jump table's compare survives a later jump that splits its run" {
  vet_proven "$FIX/splitrun.s" sr.so 3
  sed 's/^\tcmpl\t\$1, (%esi)$/\tcmpl\t$2, (%esi)/' "$FIX/splitrun.s" >bad.s
  vet_bad
  assert_line --regexp '^bad\.so: \.Lmid\+0x1 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: paths with different EBX meet'
}

@test "gaps: a call whose fall-through a later join refutes does not return, and what that edge brought first does not stay" {
  vet_proven "$FIX/noretjoin.s" nr.so 3
  sed '/^\.Ljoin:$/{n;s/4(%esp)/8(%esp)/}' "$FIX/noretjoin.s" >bad.s
  vet_bad
  assert_line --regexp '^bad\.so: snoret\+0x39 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: set by `mov 0x08\(%esp\), %ebx`'
}

@test "gaps: every PLT site in the code is counted, as objdump -d lists them; one no flow reaches is dead after a call that does not return, or undecided" {
  $CC -shared -o u.so "$FIX/unreached.s"
  local n
  n=$(i686-linux-gnu-objdump -d u.so | grep -cE '(call|jmp) +[0-9a-f]+ <[^>]*@plt>')
  assert_equal "$n" 4
  vet u.so
  assert_equal "$status" 1   # undecided
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 4 PLT call sites: 2 proven, 0 findings, 1 undecided, 1 unreached \(after calls that do not return\);'
  assert_line --regexp '^u\.so: table\+0x[0-9a-f]+ \(0x[0-9a-f]+\): undecided: call puts@plt not reached: no path vet followed leads here'
  vet -json u.so
  assert_line --regexp '^\{"type":"summary",.*"plt_sites":4,"proven":2,"findings":0,"undecided":1,.*"unreached":1,'
  # With a symbol, the hidden function is analyzed from its entry: a finding.
  sed 's/^\.Lhidden:$/\t.type hidden, @function\nhidden:/; s/\.long\t\.Lhidden/.long\thidden/' "$FIX/unreached.s" >sym.s
  $CC -shared -o sym.so sym.s
  vet sym.so
  assert_equal "$status" 1
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 4 PLT call sites: 2 proven, 1 findings, 0 undecided, 1 unreached'
  assert_line --regexp '^sym\.so: hidden\+0x[0-9a-f]+ \(0x[0-9a-f]+\): call puts@plt with EBX unknown: set by `mov 0x10\(%esp\), %ebx`'
}

@test "gaps: a part of a function (its FDE's CFA not esp+4) reached only from code behind an unresolved jump is undecided, walked alone; a real entry's site stays a finding" {
  $CC -shared -o cold.so "$FIX/coldpart.s"
  vet cold.so
  assert_equal "$status" 1   # undecided
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 2 PLT call sites: 1 proven, 0 findings, 1 undecided'
  assert_line --regexp '^cold\.so: sub_[0-9a-f]+\+0x4 \(0x[0-9a-f]+\): undecided: call puts@plt with EBX unknown: .*is a part of another function \(its CFA there is %esp\+16, '
  # The same code where the FDE says a call's entry (esp+4): a function,
  # whose EBX at entry is unknown.
  sed '/^\.Lcold:/,/cfi_endproc/ s/cfa_offset 16/cfa_offset 4/' "$FIX/coldpart.s" >bad.s
  vet_bad
  assert_line --regexp '^bad\.so: sub_[0-9a-f]+\+0x4 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: set by `mov 0x04\(%esp\), %ebx`'
  assert_line --regexp ' 1 findings, 0 undecided'
}

@test "gaps: a call through a pointer pops a struct return's pointer where the FDE's CFA says so, with no join to reconcile it" {
  vet_proven "$FIX/cfapop.s" cfapop.so 2
  sed 's/^\tmovl\t12(%esp), %ebx$/\tmovl\t8(%esp), %ebx/' "$FIX/cfapop.s" >bad.s
  vet_bad
  assert_line --regexp '^bad\.so: ind\+0x22 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: set by `mov 0x08\(%esp\), %ebx`'
}

@test "gaps: a local function whose call falls through padding into another function does not return, to its callers too" {
  vet_proven "$FIX/fallnr.s" fallnr.so 3
  # Without the next function's FDE, fails falls into code that returns.
  sed '/^\.Lnext:/,/cfi_endproc/ {/cfi_/d}' "$FIX/fallnr.s" >bad.s
  vet_bad
  assert_line --regexp '^bad\.so: caller\+0x1a \(0x[0-9a-f]+\): call puts@plt with EBX unknown: paths with different EBX meet'
}

@test "gaps: a noreturn verdict cut short in a nested walk is not reused at the top, where the whole chain is walked" {
  vet_proven "$FIX/depthcache.s" dc.so 2
  # One level more than the top walks: f returns as far as vet sees.
  sed 's/^r3:\tud2$/r3:\tcall\tr4\n\tret\nr4:\tud2/' "$FIX/depthcache.s" >bad.s
  vet_bad
  assert_line --regexp '^bad\.so: caller\+0x30 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: paths with different EBX meet'
}

@test "gaps: a stripped wrapper whose call falls through padding into the next function does not return (rb_fiber_yield)" {
  vet_proven "$FIX/wrapraise.s" wr.so 3
  # The wrapper returns after its call: the block is reached with EBX 0.
  sed 's/^\tcall\tmyraise@PLT$/&\n\taddl\t$8, %esp\n\tpopl\t%ebx\n\tret/' "$FIX/wrapraise.s" >bad.s
  vet_bad
  assert_line --regexp '^bad\.so: caller\+0x30 \(0x[0-9a-f]+\): call puts@plt with EBX unknown: paths with different EBX meet'
}

@test "gaps: Go >= 1.14's recovered-frame resume point (.gopclntab's _func.deferreturn) is checked: at the GOT load it is proven, at the call itself a finding" {
  $CC -shared -nostdlib -o g.so "$FIX/gopclntab.s"
  vet g.so
  assert_equal "$status" 0
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 1 PLT call sites: 1 proven, 0 findings, 0 undecided; 1 deferreturn sites'
  # No runtime.text symbol: the text start from a function the symbol table names.
  sed 's/runtime\.text/.Ltext0/g' "$FIX/gopclntab.s" >notext.s
  $CC -shared -nostdlib -o notext.so notext.s
  vet notext.so
  assert_equal "$status" 0
  assert_line --regexp '^vet: 1 files, [0-9]+ functions, 1 PLT call sites: 1 proven, 0 findings, 0 undecided; 1 deferreturn sites'
  # The resume point on the call itself, as Go's linker put it before it
  # backed off over the GOT load.
  sed 's/\.Lresume - main\.f$/.Lcall - main.f/' "$FIX/gopclntab.s" >bad.s
  $CC -shared -nostdlib -o bad.so bad.s
  vet bad.so
  assert_equal "$status" 1
  assert_line --regexp '^bad\.so: main\.f\+0x12 \(0x[0-9a-f]+\): deferreturn: the runtime resumes a recovered frame at 0x[0-9a-f]+ \(_func\.deferreturn\): call runtime\.deferreturn@plt with EBX unknown'
  vet -json bad.so
  assert_line --regexp '"kind":"deferreturn-rewind"'
  # A header that lies about its functab is no crash: the site is left to
  # the unreached pass, as before.
  sed 's/^\t\.long\t2\t\t\t# nfunc$/\t.long\t0x7fffffff/' "$FIX/gopclntab.s" >lie.s
  $CC -shared -nostdlib -o lie.so lie.s
  vet lie.so
  assert_equal "$status" 1
  assert_line --regexp 'undecided: call runtime\.deferreturn@plt not reached: only a recovered panic resumes here'
}
