package main

// generated: integer arithmetic, seed 17

func f0(a, b uint32, s uint8) uint32 {
	r := a
	r = r ^ b
	r = r | b
	r = r * b
	if r != b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r >> (s % 40)
	return r
}

func f1(a, b int16, s uint8) int16 {
	r := a
	r = r & b
	r = r &^ b
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func f2(a, b uint8, s uint8) uint8 {
	r := a
	r = r ^ b
	if b != 0 {
		r = r % b
	}
	if b != 0 {
		r = r % b
	}
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r * b
	r = r >> (s % 8)
	r = r * b
	return r
}

func f3(a, b int64, s uint8) int64 {
	r := a
	if r == b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r >> (s % 16)
	r = r ^ b
	r = r >> (s % 8)
	return r
}

func main() {
	println(f0(uint32(2743509920), uint32(1328001884), 41))
	println(f0(uint32(3688232658), uint32(2576734378), 209))
	println(f0(uint32(3951262632), uint32(76597798), 190))
	println(f0(uint32(2455445193), uint32(3173496050), 25))
	println(f0(uint32(4121043530), uint32(3325914985), 207))
	println(f1(int16(-1449), int16(-17421), 109))
	println(f1(int16(-188), int16(14379), 29))
	println(f1(int16(2254), int16(-24349), 141))
	println(f1(int16(-7505), int16(-15797), 128))
	println(f1(int16(7550), int16(12821), 163))
	println(f2(uint8(87), uint8(170), 48))
	println(f2(uint8(139), uint8(171), 4))
	println(f2(uint8(25), uint8(178), 9))
	println(f2(uint8(239), uint8(139), 242))
	println(f2(uint8(27), uint8(101), 158))
	println(f3(int64(-1789099030627898360), int64(-5842333080651682104), 128))
	println(f3(int64(7514781394976091957), int64(7751059188637519491), 161))
	println(f3(int64(-364239999793119333), int64(8841500720570160968), 115))
	println(f3(int64(8447030372239386946), int64(5985005248984158121), 113))
	println(f3(int64(-1013483301295977544), int64(-4997939650552645564), 162))
	{
		var x int64 = int64(-1426287116975191569)
		println(uint16(x), x)
	}
	{
		var x uint16 = uint16(30290)
		println(int32(x), x)
	}
	{
		var x uint16 = uint16(22565)
		println(uint16(x), x)
	}
	{
		var x int64 = int64(-2665264510837809558)
		println(uint8(x), x)
	}
	{
		var x int16 = int16(-31391)
		println(int16(x), x)
	}
	{
		var x int64 = int64(-670791774225394583)
		println(int32(x), x)
	}
}
