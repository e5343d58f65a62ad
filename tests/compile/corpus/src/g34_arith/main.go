package main

// generated: integer arithmetic, seed 34

func f0(a, b uint16, s uint8) uint16 {
	r := a
	r = r + b
	r = r & b
	r = r + b
	r = r &^ b
	r = r ^ b
	r = r - b
	r = r &^ b
	return r
}

func f1(a, b uint8, s uint8) uint8 {
	r := a
	r = r - b
	if b != 0 {
		r = r / b
	}
	r = r >> (s % 16)
	r = r - b
	r = r | b
	return r
}

func f2(a, b uint16, s uint8) uint16 {
	r := a
	r = r + b
	r = r * b
	r = r >> (s % 8)
	r = r + b
	r = r ^ b
	r = r | b
	if r == b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func f3(a, b int8, s uint8) int8 {
	r := a
	r = r * b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r | b
	r = r | b
	r = r &^ b
	return r
}

func main() {
	println(f0(uint16(41137), uint16(27890), 105))
	println(f0(uint16(59390), uint16(23488), 67))
	println(f0(uint16(51377), uint16(55561), 120))
	println(f0(uint16(32564), uint16(14671), 38))
	println(f0(uint16(58260), uint16(36810), 212))
	println(f1(uint8(59), uint8(144), 101))
	println(f1(uint8(89), uint8(207), 175))
	println(f1(uint8(230), uint8(46), 242))
	println(f1(uint8(215), uint8(236), 185))
	println(f1(uint8(67), uint8(227), 140))
	println(f2(uint16(18369), uint16(30651), 80))
	println(f2(uint16(38820), uint16(40774), 35))
	println(f2(uint16(39246), uint16(13673), 152))
	println(f2(uint16(53268), uint16(29813), 208))
	println(f2(uint16(40559), uint16(46417), 233))
	println(f3(int8(-95), int8(-92), 25))
	println(f3(int8(44), int8(81), 164))
	println(f3(int8(-40), int8(-33), 212))
	println(f3(int8(47), int8(118), 186))
	println(f3(int8(14), int8(-127), 133))
	{
		var x int8 = int8(10)
		println(int32(x), x)
	}
	{
		var x int16 = int16(-21634)
		println(uint8(x), x)
	}
	{
		var x uint64 = uint64(2046019186615223310)
		println(int32(x), x)
	}
	{
		var x uint16 = uint16(16929)
		println(int32(x), x)
	}
	{
		var x uint8 = uint8(236)
		println(uint64(x), x)
	}
	{
		var x int8 = int8(108)
		println(uint32(x), x)
	}
}
