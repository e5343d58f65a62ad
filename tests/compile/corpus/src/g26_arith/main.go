package main

// generated: integer arithmetic, seed 26

func f0(a, b int64, s uint8) int64 {
	r := a
	r = r &^ b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r >> (s % 8)
	r = r * b
	return r
}

func f1(a, b uint64, s uint8) uint64 {
	r := a
	if r != b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 {
		r = r / b
	}
	r = r >> (s % 16)
	return r
}

func f2(a, b uint32, s uint8) uint32 {
	r := a
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	if r > b {
		r = r + 1
	} else {
		r = r - b
	}
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 {
		r = r % b
	}
	return r
}

func f3(a, b int64, s uint8) int64 {
	r := a
	r = r * b
	r = r & b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r << (s % 70)
	return r
}

func main() {
	println(f0(int64(-8655384496603213054), int64(4372178803413222382), 63))
	println(f0(int64(1127525120996015473), int64(-1412041255285368148), 102))
	println(f0(int64(-8136548287262035201), int64(-8356177646648514610), 111))
	println(f0(int64(-7301494554129562195), int64(3808794540545163832), 38))
	println(f0(int64(-2724797865965664235), int64(8507095599608014744), 141))
	println(f1(uint64(12874177666828450514), uint64(9614972536328510882), 199))
	println(f1(uint64(9642863717483175279), uint64(12815410391038878042), 219))
	println(f1(uint64(3023041290365800352), uint64(534433060195398496), 56))
	println(f1(uint64(3816428117111547049), uint64(5647079424787859366), 74))
	println(f1(uint64(7117926725517136155), uint64(14887673229888764985), 41))
	println(f2(uint32(2806127074), uint32(3145409094), 22))
	println(f2(uint32(101776466), uint32(1705487110), 165))
	println(f2(uint32(288981824), uint32(1207456776), 222))
	println(f2(uint32(2020078697), uint32(2818688747), 122))
	println(f2(uint32(3069015045), uint32(445018589), 109))
	println(f3(int64(4752077715580774799), int64(763608767030944333), 84))
	println(f3(int64(-8242936929718791779), int64(682447232851293233), 213))
	println(f3(int64(4365504315897603340), int64(-6128602400717506455), 30))
	println(f3(int64(-8935714645642980430), int64(-1528427260062913996), 224))
	println(f3(int64(5331484722080825994), int64(-4394629981297870156), 29))
	{
		var x int8 = int8(-33)
		println(uint8(x), x)
	}
	{
		var x uint8 = uint8(112)
		println(int64(x), x)
	}
	{
		var x uint8 = uint8(14)
		println(uint32(x), x)
	}
	{
		var x uint16 = uint16(61338)
		println(int64(x), x)
	}
	{
		var x uint8 = uint8(6)
		println(int16(x), x)
	}
	{
		var x int16 = int16(-24860)
		println(int8(x), x)
	}
}
