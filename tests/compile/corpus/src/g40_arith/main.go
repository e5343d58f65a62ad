package main

// generated: integer arithmetic, seed 40

func f0(a, b uint64, s uint8) uint64 {
	r := a
	r = r >> (s % 8)
	r = r & b
	r = r | b
	if b != 0 {
		r = r % b
	}
	if b != 0 {
		r = r % b
	}
	if b != 0 {
		r = r % b
	}
	r = r & b
	return r
}

func f1(a, b int32, s uint8) int32 {
	r := a
	r = r | b
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r + b
	r = r >> (s % 16)
	r = r + b
	return r
}

func f2(a, b int64, s uint8) int64 {
	r := a
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r + b
	r = r * b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r ^ b
	r = r - b
	r = r | b
	return r
}

func f3(a, b uint16, s uint8) uint16 {
	r := a
	r = r >> (s % 8)
	r = r &^ b
	r = r + b
	r = r ^ b
	return r
}

func main() {
	println(f0(uint64(13954557186901209895), uint64(13607612045848572626), 158))
	println(f0(uint64(9599440735495545951), uint64(15241583934162321360), 236))
	println(f0(uint64(18244554321206522752), uint64(10811743692278388873), 251))
	println(f0(uint64(9524591882029790461), uint64(10767744815832079407), 4))
	println(f0(uint64(2070919655318356015), uint64(4443751769973787444), 232))
	println(f1(int32(-1721042064), int32(1845099044), 145))
	println(f1(int32(-1086478715), int32(1966149532), 76))
	println(f1(int32(460508333), int32(-230123040), 212))
	println(f1(int32(-2064537369), int32(1760273061), 113))
	println(f1(int32(-1315562084), int32(-1461998244), 129))
	println(f2(int64(-7530239150716388065), int64(-3000227376552011339), 127))
	println(f2(int64(-4760851572400252336), int64(-5294282498296444599), 220))
	println(f2(int64(-438831493142953514), int64(221753981776154419), 16))
	println(f2(int64(6002379360851854758), int64(6504724270295045261), 159))
	println(f2(int64(5400770770648171700), int64(-2529605641482209248), 218))
	println(f3(uint16(41988), uint16(4726), 131))
	println(f3(uint16(62240), uint16(33480), 11))
	println(f3(uint16(28099), uint16(5387), 187))
	println(f3(uint16(36966), uint16(14742), 18))
	println(f3(uint16(3490), uint16(40023), 9))
	{
		var x uint8 = uint8(84)
		println(int16(x), x)
	}
	{
		var x int32 = int32(997347288)
		println(int8(x), x)
	}
	{
		var x int64 = int64(1880691295772509723)
		println(uint16(x), x)
	}
	{
		var x uint64 = uint64(13795767396758223142)
		println(int8(x), x)
	}
	{
		var x uint8 = uint8(247)
		println(int8(x), x)
	}
	{
		var x int16 = int16(25676)
		println(int64(x), x)
	}
}
