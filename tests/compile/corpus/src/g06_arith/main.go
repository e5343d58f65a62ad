package main

// generated: integer arithmetic, seed 6

func f0(a, b int16, s uint8) int16 {
	r := a
	r = r | b
	r = r + b
	r = r + b
	r = r * b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	return r
}

func f1(a, b uint64, s uint8) uint64 {
	r := a
	r = r ^ b
	r = r + b
	r = r | b
	r = r << (s % 16)
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func f2(a, b int16, s uint8) int16 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r >> (s % 40)
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	return r
}

func f3(a, b int16, s uint8) int16 {
	r := a
	r = r ^ b
	r = r - b
	r = r ^ b
	r = r &^ b
	r = r | b
	r = r << (s % 8)
	return r
}

func main() {
	println(f0(int16(-6926), int16(5398), 49))
	println(f0(int16(-26781), int16(-6440), 184))
	println(f0(int16(31025), int16(-7377), 14))
	println(f0(int16(14598), int16(-670), 220))
	println(f0(int16(7120), int16(14074), 61))
	println(f1(uint64(9689395585026215451), uint64(7006196987632271023), 114))
	println(f1(uint64(11019037038578688640), uint64(9631792849536076417), 96))
	println(f1(uint64(3120133953922451184), uint64(5647000742622250392), 193))
	println(f1(uint64(7178837885326588077), uint64(992843265220754268), 216))
	println(f1(uint64(8229321410707134503), uint64(15334031537925404172), 39))
	println(f2(int16(23123), int16(28957), 155))
	println(f2(int16(20848), int16(-21505), 98))
	println(f2(int16(2073), int16(26392), 249))
	println(f2(int16(-10207), int16(-30338), 11))
	println(f2(int16(-16582), int16(149), 184))
	println(f3(int16(-8185), int16(827), 231))
	println(f3(int16(10412), int16(624), 210))
	println(f3(int16(22510), int16(30854), 137))
	println(f3(int16(29453), int16(29955), 251))
	println(f3(int16(-14132), int16(16708), 254))
	{
		var x uint8 = uint8(165)
		println(uint64(x), x)
	}
	{
		var x uint16 = uint16(49288)
		println(int32(x), x)
	}
	{
		var x uint8 = uint8(203)
		println(uint16(x), x)
	}
	{
		var x uint64 = uint64(15268187967651697658)
		println(int32(x), x)
	}
	{
		var x int8 = int8(-99)
		println(uint64(x), x)
	}
	{
		var x int32 = int32(299659791)
		println(int8(x), x)
	}
}
