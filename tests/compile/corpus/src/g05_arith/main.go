package main

// generated: integer arithmetic, seed 5

func f0(a, b uint8, s uint8) uint8 {
	r := a
	if r != b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 {
		r = r % b
	}
	r = r >> (s % 8)
	r = r << (s % 16)
	if b != 0 {
		r = r % b
	}
	return r
}

func f1(a, b int8, s uint8) int8 {
	r := a
	r = r - b
	r = r ^ b
	r = r << (s % 16)
	r = r &^ b
	return r
}

func f2(a, b int16, s uint8) int16 {
	r := a
	r = r & b
	r = r + b
	if r > b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r &^ b
	r = r | b
	r = r * b
	r = r &^ b
	return r
}

func f3(a, b int32, s uint8) int32 {
	r := a
	r = r * b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	return r
}

func main() {
	println(f0(uint8(227), uint8(64), 67))
	println(f0(uint8(0), uint8(2), 107))
	println(f0(uint8(110), uint8(84), 85))
	println(f0(uint8(148), uint8(160), 101))
	println(f0(uint8(104), uint8(93), 100))
	println(f1(int8(68), int8(24), 11))
	println(f1(int8(56), int8(84), 84))
	println(f1(int8(-54), int8(7), 33))
	println(f1(int8(41), int8(26), 1))
	println(f1(int8(45), int8(-95), 158))
	println(f2(int16(13808), int16(7348), 246))
	println(f2(int16(8623), int16(-8550), 246))
	println(f2(int16(29168), int16(-9684), 29))
	println(f2(int16(810), int16(-29771), 183))
	println(f2(int16(20223), int16(-30400), 214))
	println(f3(int32(-574733303), int32(-2108492267), 23))
	println(f3(int32(892314940), int32(1951609422), 60))
	println(f3(int32(1098379539), int32(1898563782), 176))
	println(f3(int32(53669978), int32(-159559052), 188))
	println(f3(int32(1544875351), int32(-1990152215), 46))
	{
		var x int64 = int64(2044407312726891369)
		println(uint16(x), x)
	}
	{
		var x int32 = int32(-1752031636)
		println(uint16(x), x)
	}
	{
		var x uint16 = uint16(23262)
		println(uint8(x), x)
	}
	{
		var x int16 = int16(7773)
		println(int32(x), x)
	}
	{
		var x uint64 = uint64(895629451723431122)
		println(int32(x), x)
	}
	{
		var x uint32 = uint32(2551039743)
		println(int8(x), x)
	}
}
