package main

// generated: integer arithmetic, seed 44

func f0(a, b uint32, s uint8) uint32 {
	r := a
	r = r >> (s % 8)
	r = r * b
	r = r &^ b
	r = r & b
	r = r | b
	r = r + b
	r = r & b
	return r
}

func f1(a, b int16, s uint8) int16 {
	r := a
	r = r + b
	r = r - b
	r = r * b
	r = r >> (s % 40)
	if r != b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r &^ b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	return r
}

func f2(a, b uint32, s uint8) uint32 {
	r := a
	r = r ^ b
	r = r - b
	r = r ^ b
	r = r | b
	if b != 0 {
		r = r / b
	}
	return r
}

func f3(a, b int32, s uint8) int32 {
	r := a
	r = r >> (s % 8)
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r - b
	return r
}

func main() {
	println(f0(uint32(1354754966), uint32(1244282433), 176))
	println(f0(uint32(1657337025), uint32(2049906160), 97))
	println(f0(uint32(810001490), uint32(211332742), 223))
	println(f0(uint32(3048833045), uint32(3485357608), 189))
	println(f0(uint32(3566891700), uint32(2708226855), 77))
	println(f1(int16(-2194), int16(30598), 233))
	println(f1(int16(12570), int16(-27051), 142))
	println(f1(int16(-12155), int16(-31551), 114))
	println(f1(int16(-30856), int16(4159), 182))
	println(f1(int16(-6679), int16(20254), 57))
	println(f2(uint32(1550238808), uint32(3078218219), 221))
	println(f2(uint32(3267241851), uint32(2035579678), 73))
	println(f2(uint32(3588680933), uint32(2771611267), 139))
	println(f2(uint32(319690433), uint32(1869383275), 91))
	println(f2(uint32(3567719995), uint32(1199901691), 134))
	println(f3(int32(2034015459), int32(1278401441), 33))
	println(f3(int32(-927117473), int32(-859511798), 206))
	println(f3(int32(-215677861), int32(-784274080), 67))
	println(f3(int32(1904761042), int32(675609711), 38))
	println(f3(int32(1828598082), int32(-242794221), 140))
	{
		var x int32 = int32(-592699026)
		println(uint8(x), x)
	}
	{
		var x int8 = int8(121)
		println(int64(x), x)
	}
	{
		var x int16 = int16(21291)
		println(uint8(x), x)
	}
	{
		var x int32 = int32(-1073389972)
		println(uint64(x), x)
	}
	{
		var x int64 = int64(-7141495626942974718)
		println(uint16(x), x)
	}
	{
		var x uint16 = uint16(19067)
		println(uint64(x), x)
	}
}
