package main

// generated: integer arithmetic, seed 33

func f0(a, b int32, s uint8) int32 {
	r := a
	r = r | b
	r = r << (s % 16)
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	return r
}

func f1(a, b uint16, s uint8) uint16 {
	r := a
	r = r << (s % 70)
	r = r | b
	if b != 0 {
		r = r % b
	}
	if b != 0 {
		r = r % b
	}
	r = r - b
	r = r | b
	r = r &^ b
	return r
}

func f2(a, b uint8, s uint8) uint8 {
	r := a
	r = r << (s % 8)
	if r == b {
		r = r + 1
	} else {
		r = r - b
	}
	if r != b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r &^ b
	r = r | b
	r = r ^ b
	r = r >> (s % 16)
	return r
}

func f3(a, b int16, s uint8) int16 {
	r := a
	r = r ^ b
	r = r | b
	r = r & b
	return r
}

func main() {
	println(f0(int32(-576179145), int32(659326475), 124))
	println(f0(int32(54947841), int32(-772632824), 181))
	println(f0(int32(-454367086), int32(-2006116381), 63))
	println(f0(int32(-1875511884), int32(-1746912516), 162))
	println(f0(int32(-2134431761), int32(-386587431), 178))
	println(f1(uint16(26593), uint16(25275), 198))
	println(f1(uint16(60004), uint16(62060), 183))
	println(f1(uint16(59542), uint16(40371), 248))
	println(f1(uint16(9204), uint16(1270), 246))
	println(f1(uint16(49777), uint16(49698), 185))
	println(f2(uint8(56), uint8(124), 7))
	println(f2(uint8(227), uint8(161), 83))
	println(f2(uint8(253), uint8(247), 17))
	println(f2(uint8(44), uint8(144), 236))
	println(f2(uint8(143), uint8(216), 208))
	println(f3(int16(1387), int16(29166), 246))
	println(f3(int16(18064), int16(-30077), 203))
	println(f3(int16(8863), int16(9824), 85))
	println(f3(int16(-18932), int16(-8486), 163))
	println(f3(int16(4740), int16(-10161), 181))
	{
		var x uint32 = uint32(55250340)
		println(uint32(x), x)
	}
	{
		var x uint64 = uint64(1318985172181616315)
		println(int16(x), x)
	}
	{
		var x int8 = int8(62)
		println(uint32(x), x)
	}
	{
		var x int8 = int8(83)
		println(int32(x), x)
	}
	{
		var x int8 = int8(-58)
		println(int16(x), x)
	}
	{
		var x uint64 = uint64(6171534848518022584)
		println(int8(x), x)
	}
}
