package main

// generated: integer arithmetic, seed 13

func f0(a, b uint8, s uint8) uint8 {
	r := a
	if b != 0 {
		r = r % b
	}
	if b != 0 {
		r = r % b
	}
	r = r * b
	if b != 0 {
		r = r % b
	}
	r = r & b
	return r
}

func f1(a, b int32, s uint8) int32 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if r > b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r * b
	r = r - b
	return r
}

func f2(a, b int64, s uint8) int64 {
	r := a
	r = r + b
	r = r &^ b
	r = r * b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	return r
}

func f3(a, b int8, s uint8) int8 {
	r := a
	r = r * b
	r = r - b
	r = r | b
	r = r << (s % 70)
	r = r * b
	return r
}

func main() {
	println(f0(uint8(131), uint8(182), 119))
	println(f0(uint8(249), uint8(219), 186))
	println(f0(uint8(220), uint8(160), 60))
	println(f0(uint8(177), uint8(134), 229))
	println(f0(uint8(69), uint8(225), 227))
	println(f1(int32(154515494), int32(-887737119), 91))
	println(f1(int32(97466987), int32(-1059517922), 235))
	println(f1(int32(-944305797), int32(1671890902), 251))
	println(f1(int32(214862100), int32(280704128), 99))
	println(f1(int32(865635154), int32(-1584407533), 220))
	println(f2(int64(-2034883145539388099), int64(-8426315043174039566), 72))
	println(f2(int64(-2756102118374068166), int64(4108353935831939907), 108))
	println(f2(int64(2162705561258289638), int64(1289202447826952269), 93))
	println(f2(int64(-5665464635598672768), int64(7390096256703206697), 85))
	println(f2(int64(3600021330479987469), int64(2676474357342189523), 1))
	println(f3(int8(-64), int8(31), 62))
	println(f3(int8(80), int8(26), 137))
	println(f3(int8(-89), int8(112), 187))
	println(f3(int8(-110), int8(-126), 163))
	println(f3(int8(43), int8(-49), 254))
	{
		var x uint64 = uint64(3822646996555299786)
		println(int64(x), x)
	}
	{
		var x int8 = int8(-48)
		println(uint32(x), x)
	}
	{
		var x int32 = int32(-1223329083)
		println(uint8(x), x)
	}
	{
		var x uint32 = uint32(1234175688)
		println(int64(x), x)
	}
	{
		var x int64 = int64(-8520421944646411845)
		println(uint16(x), x)
	}
	{
		var x uint32 = uint32(372618522)
		println(uint64(x), x)
	}
}
