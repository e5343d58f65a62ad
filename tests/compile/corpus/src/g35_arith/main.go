package main

// generated: integer arithmetic, seed 35

func f0(a, b uint16, s uint8) uint16 {
	r := a
	if r <= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r * b
	r = r | b
	r = r &^ b
	return r
}

func f1(a, b uint8, s uint8) uint8 {
	r := a
	r = r + b
	if r == b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r | b
	if b != 0 {
		r = r % b
	}
	r = r ^ b
	if r == b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r - b
	return r
}

func f2(a, b uint16, s uint8) uint16 {
	r := a
	r = r >> (s % 8)
	r = r - b
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func f3(a, b uint16, s uint8) uint16 {
	r := a
	r = r ^ b
	if b != 0 {
		r = r % b
	}
	r = r << (s % 8)
	return r
}

func main() {
	println(f0(uint16(3063), uint16(30756), 166))
	println(f0(uint16(10310), uint16(20584), 174))
	println(f0(uint16(21514), uint16(9648), 244))
	println(f0(uint16(47346), uint16(10886), 150))
	println(f0(uint16(21077), uint16(10092), 66))
	println(f1(uint8(225), uint8(253), 165))
	println(f1(uint8(202), uint8(199), 18))
	println(f1(uint8(135), uint8(233), 23))
	println(f1(uint8(58), uint8(172), 242))
	println(f1(uint8(50), uint8(37), 193))
	println(f2(uint16(53237), uint16(25936), 226))
	println(f2(uint16(50737), uint16(993), 132))
	println(f2(uint16(28735), uint16(32317), 88))
	println(f2(uint16(2363), uint16(10410), 48))
	println(f2(uint16(15240), uint16(23008), 12))
	println(f3(uint16(16892), uint16(63625), 5))
	println(f3(uint16(61069), uint16(21662), 149))
	println(f3(uint16(57929), uint16(51862), 27))
	println(f3(uint16(51083), uint16(36146), 86))
	println(f3(uint16(44980), uint16(63397), 148))
	{
		var x uint64 = uint64(14721508948148214291)
		println(int16(x), x)
	}
	{
		var x int8 = int8(107)
		println(uint64(x), x)
	}
	{
		var x int16 = int16(16022)
		println(int64(x), x)
	}
	{
		var x int32 = int32(-1694031741)
		println(uint64(x), x)
	}
	{
		var x uint8 = uint8(127)
		println(int16(x), x)
	}
	{
		var x uint32 = uint32(1770299316)
		println(int8(x), x)
	}
}
