package main

// generated: integer arithmetic, seed 8

func f0(a, b int64, s uint8) int64 {
	r := a
	r = r &^ b
	r = r * b
	r = r & b
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r - b
	return r
}

func f1(a, b int32, s uint8) int32 {
	r := a
	r = r >> (s % 16)
	r = r &^ b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r + b
	return r
}

func f2(a, b uint64, s uint8) uint64 {
	r := a
	r = r << (s % 70)
	r = r << (s % 16)
	r = r &^ b
	r = r - b
	r = r << (s % 16)
	r = r + b
	return r
}

func f3(a, b uint8, s uint8) uint8 {
	r := a
	r = r &^ b
	r = r << (s % 70)
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 {
		r = r % b
	}
	r = r | b
	r = r - b
	r = r - b
	return r
}

func main() {
	println(f0(int64(-2980281968268368660), int64(-7635939184842566906), 106))
	println(f0(int64(5688841283068466236), int64(-8532267930364121782), 99))
	println(f0(int64(7027465770428336257), int64(1057368580965831154), 218))
	println(f0(int64(-5577407032841107659), int64(828920930134134240), 176))
	println(f0(int64(7524504308154324180), int64(-2891872483526086968), 136))
	println(f1(int32(-2002942617), int32(-1053242670), 152))
	println(f1(int32(1681341053), int32(-445542948), 85))
	println(f1(int32(-2037389239), int32(-1457387747), 59))
	println(f1(int32(1135151976), int32(-1152257024), 209))
	println(f1(int32(274866283), int32(-398766415), 41))
	println(f2(uint64(1290819579725513214), uint64(1754501681162426130), 43))
	println(f2(uint64(9726673714339946214), uint64(3498975690133278422), 71))
	println(f2(uint64(6483002411587089073), uint64(6752322071067869598), 255))
	println(f2(uint64(3172337369294267839), uint64(17890921143224229514), 226))
	println(f2(uint64(1537624813910534517), uint64(4131760740375436369), 242))
	println(f3(uint8(79), uint8(195), 62))
	println(f3(uint8(55), uint8(231), 64))
	println(f3(uint8(225), uint8(46), 241))
	println(f3(uint8(201), uint8(184), 233))
	println(f3(uint8(115), uint8(26), 101))
	{
		var x int8 = int8(-71)
		println(uint64(x), x)
	}
	{
		var x int16 = int16(-32165)
		println(int64(x), x)
	}
	{
		var x int8 = int8(93)
		println(uint16(x), x)
	}
	{
		var x int16 = int16(-2696)
		println(int64(x), x)
	}
	{
		var x uint16 = uint16(25713)
		println(uint32(x), x)
	}
	{
		var x int8 = int8(23)
		println(uint8(x), x)
	}
}
