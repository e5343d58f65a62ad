package main

// generated: integer arithmetic, seed 30

func f0(a, b uint8, s uint8) uint8 {
	r := a
	r = r + b
	if b != 0 {
		r = r / b
	}
	if b != 0 {
		r = r % b
	}
	r = r & b
	r = r | b
	r = r + b
	r = r &^ b
	return r
}

func f1(a, b uint32, s uint8) uint32 {
	r := a
	r = r - b
	r = r << (s % 8)
	r = r >> (s % 16)
	r = r + b
	return r
}

func f2(a, b int16, s uint8) int16 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r >> (s % 70)
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r ^ b
	return r
}

func f3(a, b int16, s uint8) int16 {
	r := a
	r = r + b
	r = r & b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r | b
	r = r &^ b
	return r
}

func main() {
	println(f0(uint8(48), uint8(142), 57))
	println(f0(uint8(253), uint8(158), 66))
	println(f0(uint8(158), uint8(159), 129))
	println(f0(uint8(41), uint8(70), 124))
	println(f0(uint8(161), uint8(60), 14))
	println(f1(uint32(1292590570), uint32(800447402), 169))
	println(f1(uint32(2203768645), uint32(4073616852), 172))
	println(f1(uint32(293155545), uint32(4058073375), 242))
	println(f1(uint32(3771451320), uint32(2056662589), 130))
	println(f1(uint32(1223303667), uint32(2857965556), 109))
	println(f2(int16(29745), int16(15709), 221))
	println(f2(int16(6480), int16(17060), 195))
	println(f2(int16(6738), int16(29014), 191))
	println(f2(int16(7908), int16(-14595), 81))
	println(f2(int16(6021), int16(9277), 10))
	println(f3(int16(-8021), int16(-17100), 171))
	println(f3(int16(-28482), int16(502), 200))
	println(f3(int16(-27923), int16(25263), 3))
	println(f3(int16(-13871), int16(32307), 190))
	println(f3(int16(1919), int16(24649), 70))
	{
		var x int32 = int32(117828726)
		println(uint32(x), x)
	}
	{
		var x uint16 = uint16(25378)
		println(int8(x), x)
	}
	{
		var x uint32 = uint32(13881282)
		println(uint64(x), x)
	}
	{
		var x uint32 = uint32(1635017729)
		println(int16(x), x)
	}
	{
		var x uint8 = uint8(7)
		println(uint8(x), x)
	}
	{
		var x uint16 = uint16(342)
		println(uint16(x), x)
	}
}
