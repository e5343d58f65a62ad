package main

// generated: integer arithmetic, seed 16

func f0(a, b uint16, s uint8) uint16 {
	r := a
	r = r << (s % 40)
	r = r &^ b
	r = r & b
	r = r << (s % 8)
	r = r &^ b
	if b != 0 {
		r = r % b
	}
	return r
}

func f1(a, b uint8, s uint8) uint8 {
	r := a
	if b != 0 {
		r = r % b
	}
	r = r & b
	r = r + b
	r = r | b
	return r
}

func f2(a, b uint8, s uint8) uint8 {
	r := a
	if b != 0 {
		r = r % b
	}
	r = r * b
	if r == b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r | b
	r = r + b
	return r
}

func f3(a, b int64, s uint8) int64 {
	r := a
	r = r | b
	r = r + b
	r = r * b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r + b
	return r
}

func main() {
	println(f0(uint16(60912), uint16(59872), 151))
	println(f0(uint16(29404), uint16(40604), 185))
	println(f0(uint16(33847), uint16(55087), 44))
	println(f0(uint16(45584), uint16(64787), 216))
	println(f0(uint16(22579), uint16(38406), 22))
	println(f1(uint8(144), uint8(42), 3))
	println(f1(uint8(191), uint8(120), 250))
	println(f1(uint8(79), uint8(158), 155))
	println(f1(uint8(162), uint8(235), 232))
	println(f1(uint8(33), uint8(84), 246))
	println(f2(uint8(6), uint8(227), 251))
	println(f2(uint8(7), uint8(243), 62))
	println(f2(uint8(232), uint8(40), 255))
	println(f2(uint8(11), uint8(73), 118))
	println(f2(uint8(207), uint8(189), 16))
	println(f3(int64(5847403019913239723), int64(-3320825436198284542), 47))
	println(f3(int64(-6981818780155402622), int64(-1979626319806193947), 130))
	println(f3(int64(7728887624086308875), int64(2599201203101493735), 137))
	println(f3(int64(-1715693009059072168), int64(-619748045211186738), 133))
	println(f3(int64(-8133038887166657140), int64(-5567181789094184978), 130))
	{
		var x uint32 = uint32(3488158284)
		println(int16(x), x)
	}
	{
		var x int16 = int16(-18581)
		println(uint32(x), x)
	}
	{
		var x uint8 = uint8(233)
		println(int16(x), x)
	}
	{
		var x uint32 = uint32(3610013598)
		println(int32(x), x)
	}
	{
		var x int64 = int64(-1926904627906644532)
		println(int32(x), x)
	}
	{
		var x uint16 = uint16(22825)
		println(uint64(x), x)
	}
}
