package main

// generated: integer arithmetic, seed 31

func f0(a, b int8, s uint8) int8 {
	r := a
	r = r - b
	r = r &^ b
	r = r * b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r + b
	r = r * b
	return r
}

func f1(a, b int16, s uint8) int16 {
	r := a
	r = r & b
	if r > b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r * b
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r + b
	r = r * b
	return r
}

func f2(a, b int64, s uint8) int64 {
	r := a
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r >> (s % 70)
	r = r & b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r - b
	r = r - b
	r = r + b
	return r
}

func f3(a, b uint32, s uint8) uint32 {
	r := a
	r = r & b
	r = r & b
	r = r ^ b
	r = r &^ b
	r = r ^ b
	return r
}

func main() {
	println(f0(int8(-2), int8(-21), 111))
	println(f0(int8(85), int8(-98), 26))
	println(f0(int8(-36), int8(54), 68))
	println(f0(int8(-24), int8(-53), 192))
	println(f0(int8(-113), int8(-84), 224))
	println(f1(int16(-4148), int16(-5540), 221))
	println(f1(int16(15397), int16(-7365), 169))
	println(f1(int16(-4040), int16(30421), 21))
	println(f1(int16(1755), int16(11273), 150))
	println(f1(int16(11054), int16(19158), 246))
	println(f2(int64(8509916517955931685), int64(7312842199747168645), 151))
	println(f2(int64(-6021404733951890149), int64(7099700623810823776), 58))
	println(f2(int64(-1020535918026781655), int64(-7045968101710979014), 50))
	println(f2(int64(8499788576203715763), int64(-3039779256252255680), 77))
	println(f2(int64(-8154243400824613036), int64(6647750824324439048), 251))
	println(f3(uint32(481121795), uint32(2976070380), 12))
	println(f3(uint32(1094160315), uint32(4230682879), 178))
	println(f3(uint32(1019794897), uint32(415649190), 144))
	println(f3(uint32(1914878537), uint32(4265494973), 67))
	println(f3(uint32(1723994298), uint32(2250734515), 236))
	{
		var x uint8 = uint8(166)
		println(uint64(x), x)
	}
	{
		var x int32 = int32(1215981398)
		println(uint16(x), x)
	}
	{
		var x int64 = int64(-6158037274332655441)
		println(uint8(x), x)
	}
	{
		var x int16 = int16(-5550)
		println(uint32(x), x)
	}
	{
		var x int32 = int32(-828090623)
		println(int64(x), x)
	}
	{
		var x uint32 = uint32(3345042557)
		println(uint8(x), x)
	}
}
