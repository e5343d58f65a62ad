package main

// generated: integer arithmetic, seed 2

func f0(a, b int8, s uint8) int8 {
	r := a
	r = r - b
	r = r ^ b
	r = r * b
	return r
}

func f1(a, b uint8, s uint8) uint8 {
	r := a
	if b != 0 {
		r = r / b
	}
	r = r & b
	if b != 0 {
		r = r / b
	}
	r = r + b
	if b != 0 {
		r = r / b
	}
	return r
}

func f2(a, b int32, s uint8) int32 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r &^ b
	if r == b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r ^ b
	r = r >> (s % 70)
	r = r >> (s % 40)
	return r
}

func f3(a, b int8, s uint8) int8 {
	r := a
	r = r ^ b
	r = r << (s % 40)
	r = r &^ b
	return r
}

func main() {
	println(f0(int8(88), int8(-44), 90))
	println(f0(int8(-8), int8(-10), 12))
	println(f0(int8(-38), int8(38), 88))
	println(f0(int8(-59), int8(56), 93))
	println(f0(int8(100), int8(84), 186))
	println(f1(uint8(181), uint8(185), 228))
	println(f1(uint8(82), uint8(204), 236))
	println(f1(uint8(127), uint8(250), 142))
	println(f1(uint8(255), uint8(181), 232))
	println(f1(uint8(236), uint8(179), 233))
	println(f2(int32(1766854345), int32(-817920137), 208))
	println(f2(int32(-1254910092), int32(51074298), 38))
	println(f2(int32(1353170180), int32(-1691543134), 25))
	println(f2(int32(96046943), int32(1520173658), 125))
	println(f2(int32(1394779957), int32(-1888132814), 16))
	println(f3(int8(-99), int8(57), 184))
	println(f3(int8(-40), int8(-1), 12))
	println(f3(int8(-86), int8(-70), 34))
	println(f3(int8(-116), int8(-108), 10))
	println(f3(int8(63), int8(2), 65))
	{
		var x int32 = int32(-2139167494)
		println(int32(x), x)
	}
	{
		var x int8 = int8(-51)
		println(int64(x), x)
	}
	{
		var x int8 = int8(48)
		println(int8(x), x)
	}
	{
		var x int16 = int16(11431)
		println(uint8(x), x)
	}
	{
		var x uint64 = uint64(16639335038755257970)
		println(int8(x), x)
	}
	{
		var x uint32 = uint32(968633549)
		println(int32(x), x)
	}
}
