package main

// generated: integer arithmetic, seed 45

func f0(a, b uint8, s uint8) uint8 {
	r := a
	r = r << (s % 40)
	r = r - b
	r = r | b
	r = r ^ b
	r = r + b
	r = r - b
	return r
}

func f1(a, b uint64, s uint8) uint64 {
	r := a
	r = r - b
	r = r | b
	r = r - b
	return r
}

func f2(a, b uint8, s uint8) uint8 {
	r := a
	if b != 0 {
		r = r / b
	}
	r = r - b
	r = r * b
	return r
}

func f3(a, b uint8, s uint8) uint8 {
	r := a
	r = r & b
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r - b
	if b != 0 {
		r = r / b
	}
	return r
}

func main() {
	println(f0(uint8(208), uint8(73), 29))
	println(f0(uint8(16), uint8(88), 164))
	println(f0(uint8(128), uint8(182), 163))
	println(f0(uint8(48), uint8(210), 45))
	println(f0(uint8(10), uint8(168), 162))
	println(f1(uint64(1104315375451508007), uint64(6481143931608030687), 8))
	println(f1(uint64(7821898831885592000), uint64(7646120404393466456), 194))
	println(f1(uint64(10779509139160173787), uint64(14233779375052080127), 162))
	println(f1(uint64(3101808894083871667), uint64(11476748863789980154), 25))
	println(f1(uint64(11423836375749552891), uint64(8100452268038819799), 168))
	println(f2(uint8(138), uint8(124), 115))
	println(f2(uint8(252), uint8(14), 76))
	println(f2(uint8(11), uint8(134), 245))
	println(f2(uint8(48), uint8(89), 109))
	println(f2(uint8(32), uint8(46), 33))
	println(f3(uint8(67), uint8(200), 83))
	println(f3(uint8(42), uint8(228), 199))
	println(f3(uint8(142), uint8(195), 205))
	println(f3(uint8(193), uint8(83), 15))
	println(f3(uint8(36), uint8(164), 212))
	{
		var x int64 = int64(8106196389508469431)
		println(uint16(x), x)
	}
	{
		var x int8 = int8(-111)
		println(uint32(x), x)
	}
	{
		var x uint64 = uint64(16515783965901906950)
		println(int8(x), x)
	}
	{
		var x int8 = int8(-85)
		println(int8(x), x)
	}
	{
		var x uint16 = uint16(41245)
		println(uint8(x), x)
	}
	{
		var x uint64 = uint64(7106838198254546096)
		println(uint32(x), x)
	}
}
