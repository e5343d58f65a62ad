package main

// generated: integer arithmetic, seed 10

func f0(a, b int8, s uint8) int8 {
	r := a
	r = r << (s % 8)
	r = r & b
	r = r << (s % 70)
	r = r | b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r * b
	return r
}

func f1(a, b int8, s uint8) int8 {
	r := a
	r = r << (s % 40)
	r = r - b
	r = r & b
	if r <= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r + b
	r = r &^ b
	r = r * b
	return r
}

func f2(a, b uint16, s uint8) uint16 {
	r := a
	r = r &^ b
	r = r | b
	if b != 0 {
		r = r % b
	}
	r = r | b
	r = r << (s % 16)
	if b != 0 {
		r = r % b
	}
	return r
}

func f3(a, b uint8, s uint8) uint8 {
	r := a
	r = r * b
	r = r << (s % 16)
	r = r << (s % 70)
	r = r + b
	if b != 0 {
		r = r / b
	}
	return r
}

func main() {
	println(f0(int8(-126), int8(-8), 68))
	println(f0(int8(-29), int8(27), 187))
	println(f0(int8(-6), int8(32), 230))
	println(f0(int8(95), int8(112), 33))
	println(f0(int8(38), int8(-48), 114))
	println(f1(int8(83), int8(-6), 18))
	println(f1(int8(-112), int8(126), 154))
	println(f1(int8(-92), int8(-87), 76))
	println(f1(int8(68), int8(63), 76))
	println(f1(int8(-71), int8(-79), 226))
	println(f2(uint16(21805), uint16(25025), 178))
	println(f2(uint16(56784), uint16(54274), 228))
	println(f2(uint16(32175), uint16(36005), 73))
	println(f2(uint16(23391), uint16(15660), 136))
	println(f2(uint16(59734), uint16(39658), 84))
	println(f3(uint8(89), uint8(90), 245))
	println(f3(uint8(177), uint8(167), 222))
	println(f3(uint8(114), uint8(2), 22))
	println(f3(uint8(169), uint8(163), 124))
	println(f3(uint8(40), uint8(134), 229))
	{
		var x uint32 = uint32(3734669679)
		println(int32(x), x)
	}
	{
		var x int64 = int64(-8065402998635355411)
		println(uint8(x), x)
	}
	{
		var x uint64 = uint64(7399540330521071806)
		println(uint64(x), x)
	}
	{
		var x uint32 = uint32(2313557355)
		println(uint16(x), x)
	}
	{
		var x uint64 = uint64(8141411898412779170)
		println(int32(x), x)
	}
	{
		var x uint32 = uint32(3745269172)
		println(int8(x), x)
	}
}
