package main

// generated: integer arithmetic, seed 21

func f0(a, b int32, s uint8) int32 {
	r := a
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r | b
	r = r << (s % 16)
	r = r << (s % 16)
	r = r >> (s % 16)
	return r
}

func f1(a, b int8, s uint8) int8 {
	r := a
	r = r ^ b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r &^ b
	return r
}

func f2(a, b int16, s uint8) int16 {
	r := a
	r = r & b
	r = r & b
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r &^ b
	return r
}

func f3(a, b uint32, s uint8) uint32 {
	r := a
	r = r << (s % 8)
	r = r ^ b
	r = r >> (s % 70)
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 {
		r = r % b
	}
	r = r ^ b
	r = r + b
	return r
}

func main() {
	println(f0(int32(1363692691), int32(1838004918), 232))
	println(f0(int32(981219957), int32(-423727532), 77))
	println(f0(int32(-1987970471), int32(-1138741328), 101))
	println(f0(int32(986800426), int32(1404531983), 102))
	println(f0(int32(153858819), int32(-893407747), 231))
	println(f1(int8(69), int8(34), 248))
	println(f1(int8(69), int8(8), 13))
	println(f1(int8(-81), int8(-47), 253))
	println(f1(int8(-127), int8(123), 35))
	println(f1(int8(-15), int8(35), 57))
	println(f2(int16(-9087), int16(-10474), 178))
	println(f2(int16(10797), int16(12663), 156))
	println(f2(int16(-556), int16(-19232), 86))
	println(f2(int16(-24164), int16(-9960), 219))
	println(f2(int16(16367), int16(-11812), 18))
	println(f3(uint32(4115781778), uint32(4248193524), 7))
	println(f3(uint32(3793184785), uint32(3763012428), 83))
	println(f3(uint32(2412984554), uint32(3184344284), 29))
	println(f3(uint32(3594882523), uint32(1245002183), 214))
	println(f3(uint32(1067705389), uint32(1694473176), 173))
	{
		var x int32 = int32(-90309439)
		println(int32(x), x)
	}
	{
		var x uint8 = uint8(245)
		println(int32(x), x)
	}
	{
		var x int8 = int8(59)
		println(int64(x), x)
	}
	{
		var x int32 = int32(-317473256)
		println(uint16(x), x)
	}
	{
		var x uint64 = uint64(188775755763955769)
		println(uint8(x), x)
	}
	{
		var x int32 = int32(-338874283)
		println(int8(x), x)
	}
}
