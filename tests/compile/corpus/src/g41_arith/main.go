package main

// generated: integer arithmetic, seed 41

func f0(a, b uint32, s uint8) uint32 {
	r := a
	r = r & b
	r = r * b
	r = r &^ b
	if b != 0 {
		r = r / b
	}
	if r <= b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func f1(a, b uint8, s uint8) uint8 {
	r := a
	if r == b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r + b
	r = r & b
	if b != 0 {
		r = r % b
	}
	r = r + b
	r = r << (s % 16)
	return r
}

func f2(a, b int32, s uint8) int32 {
	r := a
	r = r * b
	r = r | b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if r == b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	return r
}

func f3(a, b int8, s uint8) int8 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r + b
	r = r &^ b
	return r
}

func main() {
	println(f0(uint32(3723271503), uint32(927168981), 184))
	println(f0(uint32(3145376833), uint32(2877423254), 63))
	println(f0(uint32(763399272), uint32(1144874476), 115))
	println(f0(uint32(2662449888), uint32(782072495), 29))
	println(f0(uint32(1294573150), uint32(626668373), 47))
	println(f1(uint8(208), uint8(11), 252))
	println(f1(uint8(202), uint8(117), 11))
	println(f1(uint8(43), uint8(69), 39))
	println(f1(uint8(234), uint8(205), 217))
	println(f1(uint8(143), uint8(14), 7))
	println(f2(int32(666229740), int32(-765060409), 71))
	println(f2(int32(1319196113), int32(928587560), 55))
	println(f2(int32(881162284), int32(124398979), 50))
	println(f2(int32(-1109160308), int32(-268917601), 235))
	println(f2(int32(-214684147), int32(799421374), 141))
	println(f3(int8(65), int8(38), 194))
	println(f3(int8(22), int8(97), 41))
	println(f3(int8(-19), int8(-44), 109))
	println(f3(int8(-113), int8(-13), 92))
	println(f3(int8(112), int8(-5), 32))
	{
		var x int64 = int64(-3153099209735452195)
		println(int32(x), x)
	}
	{
		var x int64 = int64(4087726378023393983)
		println(uint32(x), x)
	}
	{
		var x uint64 = uint64(14270124857327104265)
		println(int64(x), x)
	}
	{
		var x uint32 = uint32(3838498643)
		println(uint16(x), x)
	}
	{
		var x uint16 = uint16(23407)
		println(int8(x), x)
	}
	{
		var x int32 = int32(-1387237089)
		println(int32(x), x)
	}
}
