#!/usr/bin/env bats
# Global data: another module's variables read, written and addressed; bss;
# values of every width; read-only data; addresses the loader relocates.

load ../helpers.conformance

@test "data: bss filled through an indexed address, widths 1 to 8, rodata, a relocated table of addresses" {
  conform data
}

@test "data: addresses in read-only data are relocated in .data.rel.ro, never in text" {
  s_prog data
  local so=$TMP/data/shared/libdepData.so
  s_dyn "$so"
  refute_line --partial TEXTREL
  # the table of addresses: a section the loader writes before it is made
  # read-only (RELRO), its entries relocated
  local ndx sec
  ndx=$("$READELF" -sW "$so" | awk '$8 == "depData.Tab" { print $7; exit }')
  [[ -n $ndx ]]
  sec=$("$READELF" -SW "$so" | sed -nE "s/^ +\[ *$ndx\] ([^ ]+) .*/\1/p")
  assert_equal "$sec" .data.rel.ro
  run "$READELF" -rW "$so"
  assert_line --regexp 'R_386_32 +[0-9a-f]+ +depBottom\.V$'
  assert_line --regexp 'R_386_32 +[0-9a-f]+ +depBottom\.Add$'
  assert_line --regexp 'R_386_RELATIVE'
}
