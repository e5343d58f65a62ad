package main

// generated: integer arithmetic, seed 32

func f0(a, b int16, s uint8) int16 {
	r := a
	r = r * b
	r = r | b
	if r > b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r << (s % 8)
	return r
}

func f1(a, b int8, s uint8) int8 {
	r := a
	r = r ^ b
	r = r >> (s % 40)
	r = r + b
	return r
}

func f2(a, b uint64, s uint8) uint64 {
	r := a
	if b != 0 {
		r = r / b
	}
	r = r + b
	r = r >> (s % 16)
	r = r >> (s % 8)
	r = r << (s % 16)
	return r
}

func f3(a, b uint8, s uint8) uint8 {
	r := a
	r = r << (s % 8)
	r = r ^ b
	r = r - b
	r = r + b
	return r
}

func main() {
	println(f0(int16(-18098), int16(-11857), 224))
	println(f0(int16(-30134), int16(23774), 25))
	println(f0(int16(-27753), int16(13504), 116))
	println(f0(int16(-11369), int16(28574), 158))
	println(f0(int16(31770), int16(-10816), 153))
	println(f1(int8(-86), int8(-112), 148))
	println(f1(int8(-11), int8(19), 168))
	println(f1(int8(-88), int8(-4), 205))
	println(f1(int8(20), int8(90), 35))
	println(f1(int8(116), int8(-124), 92))
	println(f2(uint64(2684971821111993287), uint64(9033515992693551842), 167))
	println(f2(uint64(6651207330998823475), uint64(4301080638669726858), 196))
	println(f2(uint64(17852062271609285177), uint64(505193404327252185), 0))
	println(f2(uint64(17018251662385780154), uint64(7390744106752907654), 163))
	println(f2(uint64(5587331628475540546), uint64(14409794141905239827), 66))
	println(f3(uint8(134), uint8(247), 187))
	println(f3(uint8(193), uint8(47), 17))
	println(f3(uint8(93), uint8(1), 24))
	println(f3(uint8(101), uint8(164), 193))
	println(f3(uint8(112), uint8(58), 204))
	{
		var x uint16 = uint16(20448)
		println(int64(x), x)
	}
	{
		var x int64 = int64(-8743484204433879606)
		println(uint64(x), x)
	}
	{
		var x uint64 = uint64(10129809392797588563)
		println(uint8(x), x)
	}
	{
		var x int32 = int32(1645328186)
		println(uint16(x), x)
	}
	{
		var x int64 = int64(2559399095414268901)
		println(uint16(x), x)
	}
	{
		var x uint8 = uint8(118)
		println(int32(x), x)
	}
}
