package main

// generated: integer arithmetic, seed 24

func f0(a, b uint32, s uint8) uint32 {
	r := a
	r = r * b
	r = r & b
	r = r * b
	r = r & b
	r = r * b
	if b != 0 {
		r = r % b
	}
	if b != 0 {
		r = r % b
	}
	return r
}

func f1(a, b int16, s uint8) int16 {
	r := a
	if r <= b {
		r = r + 1
	} else {
		r = r - b
	}
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r << (s % 70)
	if r != b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func f2(a, b int16, s uint8) int16 {
	r := a
	r = r >> (s % 16)
	r = r << (s % 70)
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	return r
}

func f3(a, b uint8, s uint8) uint8 {
	r := a
	r = r - b
	if b != 0 {
		r = r % b
	}
	r = r | b
	if b != 0 {
		r = r / b
	}
	r = r * b
	if b != 0 {
		r = r % b
	}
	return r
}

func main() {
	println(f0(uint32(1311503482), uint32(3838372402), 109))
	println(f0(uint32(1357932743), uint32(298974518), 49))
	println(f0(uint32(1220376614), uint32(850730745), 253))
	println(f0(uint32(3370156361), uint32(2803868192), 166))
	println(f0(uint32(2059658339), uint32(564139475), 132))
	println(f1(int16(-3182), int16(-970), 43))
	println(f1(int16(-14861), int16(1436), 160))
	println(f1(int16(-2570), int16(18516), 105))
	println(f1(int16(7339), int16(20123), 34))
	println(f1(int16(28689), int16(14750), 166))
	println(f2(int16(68), int16(-8454), 222))
	println(f2(int16(11979), int16(-140), 190))
	println(f2(int16(-28344), int16(-25198), 230))
	println(f2(int16(8201), int16(24741), 229))
	println(f2(int16(-21020), int16(-27857), 41))
	println(f3(uint8(167), uint8(209), 192))
	println(f3(uint8(254), uint8(209), 202))
	println(f3(uint8(113), uint8(144), 155))
	println(f3(uint8(190), uint8(150), 74))
	println(f3(uint8(172), uint8(32), 8))
	{
		var x uint8 = uint8(214)
		println(int8(x), x)
	}
	{
		var x uint32 = uint32(3887432308)
		println(uint32(x), x)
	}
	{
		var x uint8 = uint8(195)
		println(uint64(x), x)
	}
	{
		var x uint16 = uint16(1117)
		println(uint16(x), x)
	}
	{
		var x uint32 = uint32(2067509750)
		println(int8(x), x)
	}
	{
		var x int16 = int16(-2401)
		println(int32(x), x)
	}
}
