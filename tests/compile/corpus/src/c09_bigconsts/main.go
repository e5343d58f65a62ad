// Constants at the edges of 64 bits: untyped ones above INT64_MAX (a
// literal, a negation, a shift), folded exactly, then given a type;
// typed uint64 and int64 extremes; shifts of negative constants.
package main

var f = uint64(9223372036854775808)
var h uint64 = 18446744073709551615 / 5 * 3

const m = -(-9223372036854775807 - 1)
const sh = 1 << 63
const neg = -7 >> 1
const mx = ^uint64(0)
const lo int64 = -9223372036854775807 - 1

func main() {
	var u uint64 = m + 1
	var v uint64 = sh >> 3
	println(f, h, u, uint64(m)*1, v, neg, mx, mx>>60)
	println(-9>>1, 9>>1, -1>>70, int64(-1)<<62, lo, lo/2, -(lo + 1))
	var w uint64 = 18446744073709551615 - m
	var x int64 = 3037000499 * 3037000499
	println(w, x, uint8(255)+0, int8(-128)/1)
}
