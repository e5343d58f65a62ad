package main

// generated: integer arithmetic, seed 27

func f0(a, b uint64, s uint8) uint64 {
	r := a
	r = r | b
	r = r & b
	r = r - b
	r = r - b
	r = r | b
	return r
}

func f1(a, b uint16, s uint8) uint16 {
	r := a
	r = r ^ b
	r = r &^ b
	r = r * b
	r = r & b
	r = r & b
	return r
}

func f2(a, b uint64, s uint8) uint64 {
	r := a
	if r != b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 {
		r = r / b
	}
	if b != 0 {
		r = r % b
	}
	return r
}

func f3(a, b int16, s uint8) int16 {
	r := a
	r = r &^ b
	r = r &^ b
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r << (s % 40)
	r = r + b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	return r
}

func main() {
	println(f0(uint64(4665900323213127355), uint64(17343759984685031670), 116))
	println(f0(uint64(13870950544607427837), uint64(9785703844322845741), 87))
	println(f0(uint64(13051796467896190081), uint64(11996114601308485082), 231))
	println(f0(uint64(2789482366183875175), uint64(1198742854616393530), 224))
	println(f0(uint64(15048869680063686043), uint64(234012381264147622), 80))
	println(f1(uint16(34786), uint16(23292), 247))
	println(f1(uint16(46844), uint16(8058), 127))
	println(f1(uint16(22276), uint16(27257), 250))
	println(f1(uint16(11986), uint16(43855), 173))
	println(f1(uint16(7497), uint16(51521), 175))
	println(f2(uint64(2108677465865862776), uint64(12719782491767036591), 153))
	println(f2(uint64(8549218205210665760), uint64(16730196819853836904), 110))
	println(f2(uint64(14266129061699141026), uint64(12638070383651936090), 1))
	println(f2(uint64(1060641373133219555), uint64(3498273182665762925), 49))
	println(f2(uint64(10369899383267826226), uint64(13761149941988715031), 1))
	println(f3(int16(-9083), int16(13333), 7))
	println(f3(int16(-7838), int16(-3033), 195))
	println(f3(int16(-7627), int16(10401), 196))
	println(f3(int16(-24537), int16(12433), 21))
	println(f3(int16(-8722), int16(-24570), 40))
	{
		var x uint8 = uint8(70)
		println(int64(x), x)
	}
	{
		var x uint64 = uint64(15787106304756338336)
		println(uint64(x), x)
	}
	{
		var x int8 = int8(-46)
		println(uint64(x), x)
	}
	{
		var x uint8 = uint8(109)
		println(uint64(x), x)
	}
	{
		var x uint32 = uint32(2878951127)
		println(uint8(x), x)
	}
	{
		var x int32 = int32(823609183)
		println(uint16(x), x)
	}
}
