package main

// generated: integer arithmetic, seed 22

func f0(a, b int32, s uint8) int32 {
	r := a
	r = r + b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r << (s % 16)
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func f1(a, b uint16, s uint8) uint16 {
	r := a
	r = r & b
	r = r | b
	r = r + b
	return r
}

func f2(a, b uint16, s uint8) uint16 {
	r := a
	r = r * b
	r = r >> (s % 70)
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 {
		r = r / b
	}
	r = r + b
	if b != 0 {
		r = r / b
	}
	r = r | b
	return r
}

func f3(a, b uint8, s uint8) uint8 {
	r := a
	r = r & b
	r = r * b
	r = r - b
	if b != 0 {
		r = r / b
	}
	r = r >> (s % 8)
	if r <= b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func main() {
	println(f0(int32(482430580), int32(-1037617245), 201))
	println(f0(int32(-1536638833), int32(1396834857), 94))
	println(f0(int32(-292445533), int32(1723247518), 214))
	println(f0(int32(1825708550), int32(26971060), 209))
	println(f0(int32(-1353524738), int32(271750637), 203))
	println(f1(uint16(3303), uint16(38970), 221))
	println(f1(uint16(56012), uint16(11548), 46))
	println(f1(uint16(58161), uint16(46622), 50))
	println(f1(uint16(56591), uint16(52796), 29))
	println(f1(uint16(25814), uint16(31292), 205))
	println(f2(uint16(885), uint16(12657), 234))
	println(f2(uint16(25355), uint16(22465), 15))
	println(f2(uint16(49316), uint16(45762), 91))
	println(f2(uint16(43029), uint16(46819), 97))
	println(f2(uint16(58141), uint16(4846), 32))
	println(f3(uint8(68), uint8(103), 51))
	println(f3(uint8(26), uint8(99), 210))
	println(f3(uint8(62), uint8(75), 235))
	println(f3(uint8(22), uint8(61), 255))
	println(f3(uint8(69), uint8(145), 242))
	{
		var x uint64 = uint64(13172566233174585725)
		println(int16(x), x)
	}
	{
		var x int16 = int16(-17108)
		println(uint8(x), x)
	}
	{
		var x int8 = int8(51)
		println(int32(x), x)
	}
	{
		var x int16 = int16(-20022)
		println(uint16(x), x)
	}
	{
		var x int32 = int32(858749851)
		println(uint32(x), x)
	}
	{
		var x int32 = int32(-1328969964)
		println(int8(x), x)
	}
}
