package main

// generated: integer arithmetic, seed 36

func f0(a, b uint16, s uint8) uint16 {
	r := a
	r = r + b
	r = r | b
	r = r - b
	return r
}

func f1(a, b int8, s uint8) int8 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r * b
	r = r & b
	r = r | b
	if r != b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r &^ b
	r = r ^ b
	return r
}

func f2(a, b uint8, s uint8) uint8 {
	r := a
	r = r - b
	if b != 0 {
		r = r / b
	}
	r = r &^ b
	r = r << (s % 70)
	r = r ^ b
	r = r &^ b
	r = r & b
	return r
}

func f3(a, b uint32, s uint8) uint32 {
	r := a
	r = r - b
	r = r >> (s % 70)
	if r > b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r >> (s % 40)
	return r
}

func main() {
	println(f0(uint16(24178), uint16(64450), 166))
	println(f0(uint16(22084), uint16(414), 197))
	println(f0(uint16(64826), uint16(18169), 111))
	println(f0(uint16(54740), uint16(48743), 106))
	println(f0(uint16(64827), uint16(33578), 18))
	println(f1(int8(-8), int8(108), 151))
	println(f1(int8(103), int8(-85), 120))
	println(f1(int8(26), int8(-24), 85))
	println(f1(int8(-38), int8(-96), 122))
	println(f1(int8(63), int8(94), 8))
	println(f2(uint8(194), uint8(178), 250))
	println(f2(uint8(87), uint8(129), 43))
	println(f2(uint8(50), uint8(232), 107))
	println(f2(uint8(114), uint8(181), 75))
	println(f2(uint8(71), uint8(92), 43))
	println(f3(uint32(3409265851), uint32(3816723957), 151))
	println(f3(uint32(3856199839), uint32(1283580794), 254))
	println(f3(uint32(3152642346), uint32(504361089), 210))
	println(f3(uint32(1613285045), uint32(1163058617), 102))
	println(f3(uint32(592604817), uint32(1937759460), 54))
	{
		var x int32 = int32(-1605708640)
		println(int16(x), x)
	}
	{
		var x uint8 = uint8(230)
		println(uint8(x), x)
	}
	{
		var x int8 = int8(68)
		println(int32(x), x)
	}
	{
		var x int16 = int16(10058)
		println(int8(x), x)
	}
	{
		var x int64 = int64(-2641248218475869178)
		println(uint64(x), x)
	}
	{
		var x uint32 = uint32(611332043)
		println(uint16(x), x)
	}
}
