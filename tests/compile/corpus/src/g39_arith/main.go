package main

// generated: integer arithmetic, seed 39

func f0(a, b int64, s uint8) int64 {
	r := a
	r = r &^ b
	r = r + b
	r = r & b
	r = r & b
	r = r &^ b
	return r
}

func f1(a, b int8, s uint8) int8 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r ^ b
	if r > b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r + b
	r = r | b
	return r
}

func f2(a, b int16, s uint8) int16 {
	r := a
	r = r + b
	r = r - b
	r = r &^ b
	r = r ^ b
	r = r &^ b
	return r
}

func f3(a, b int16, s uint8) int16 {
	r := a
	r = r >> (s % 40)
	r = r | b
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r << (s % 70)
	r = r | b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	return r
}

func main() {
	println(f0(int64(1205209198054728887), int64(2799126553179800910), 246))
	println(f0(int64(5550175587290985503), int64(-391800238221909246), 221))
	println(f0(int64(-6041507173859929002), int64(-7394175556709268813), 241))
	println(f0(int64(-1525332672445846998), int64(-1508294311363840090), 193))
	println(f0(int64(2698084515777571145), int64(6853172759820707607), 96))
	println(f1(int8(-56), int8(-37), 87))
	println(f1(int8(57), int8(36), 146))
	println(f1(int8(-37), int8(-108), 62))
	println(f1(int8(-20), int8(-96), 113))
	println(f1(int8(-104), int8(-76), 59))
	println(f2(int16(-18804), int16(27395), 232))
	println(f2(int16(13928), int16(2140), 104))
	println(f2(int16(-16339), int16(8738), 94))
	println(f2(int16(5955), int16(-23968), 44))
	println(f2(int16(27861), int16(-24057), 148))
	println(f3(int16(-29221), int16(-20109), 95))
	println(f3(int16(-5603), int16(17141), 76))
	println(f3(int16(32593), int16(-16321), 174))
	println(f3(int16(-13675), int16(-4970), 227))
	println(f3(int16(-6280), int16(10277), 173))
	{
		var x uint64 = uint64(17360159763991402554)
		println(uint16(x), x)
	}
	{
		var x uint64 = uint64(6275482739435662522)
		println(int64(x), x)
	}
	{
		var x uint32 = uint32(2167658420)
		println(int16(x), x)
	}
	{
		var x int8 = int8(83)
		println(uint16(x), x)
	}
	{
		var x int64 = int64(8629389364428453482)
		println(int16(x), x)
	}
	{
		var x int8 = int8(15)
		println(uint8(x), x)
	}
}
