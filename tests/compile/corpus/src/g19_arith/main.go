package main

// generated: integer arithmetic, seed 19

func f0(a, b int8, s uint8) int8 {
	r := a
	r = r - b
	r = r >> (s % 16)
	r = r &^ b
	r = r ^ b
	r = r >> (s % 40)
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r * b
	return r
}

func f1(a, b uint8, s uint8) uint8 {
	r := a
	r = r | b
	r = r &^ b
	r = r ^ b
	return r
}

func f2(a, b uint8, s uint8) uint8 {
	r := a
	r = r ^ b
	r = r | b
	r = r + b
	return r
}

func f3(a, b int64, s uint8) int64 {
	r := a
	r = r & b
	r = r - b
	r = r >> (s % 70)
	return r
}

func main() {
	println(f0(int8(70), int8(-91), 50))
	println(f0(int8(84), int8(-120), 50))
	println(f0(int8(88), int8(74), 225))
	println(f0(int8(25), int8(-47), 208))
	println(f0(int8(-9), int8(-73), 106))
	println(f1(uint8(199), uint8(98), 70))
	println(f1(uint8(68), uint8(252), 53))
	println(f1(uint8(234), uint8(3), 232))
	println(f1(uint8(245), uint8(61), 245))
	println(f1(uint8(252), uint8(188), 219))
	println(f2(uint8(93), uint8(1), 125))
	println(f2(uint8(46), uint8(13), 238))
	println(f2(uint8(192), uint8(231), 58))
	println(f2(uint8(134), uint8(65), 243))
	println(f2(uint8(145), uint8(230), 206))
	println(f3(int64(4342356222646263396), int64(-1130537825297058367), 157))
	println(f3(int64(4897649024123281378), int64(-5364201306677797570), 215))
	println(f3(int64(-683061277514309202), int64(106924432617759721), 8))
	println(f3(int64(-7832932109385119519), int64(-6066412297401010637), 146))
	println(f3(int64(5733617215217406834), int64(-6397369933746591813), 196))
	{
		var x uint8 = uint8(182)
		println(int8(x), x)
	}
	{
		var x uint8 = uint8(135)
		println(int64(x), x)
	}
	{
		var x uint16 = uint16(3219)
		println(int8(x), x)
	}
	{
		var x uint8 = uint8(32)
		println(int64(x), x)
	}
	{
		var x int64 = int64(8400684892859922583)
		println(uint8(x), x)
	}
	{
		var x uint8 = uint8(244)
		println(uint32(x), x)
	}
}
