package main

// generated: integer arithmetic, seed 29

func f0(a, b int16, s uint8) int16 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r | b
	r = r - b
	r = r >> (s % 40)
	return r
}

func f1(a, b uint32, s uint8) uint32 {
	r := a
	r = r + b
	r = r + b
	r = r - b
	r = r << (s % 16)
	r = r ^ b
	r = r - b
	return r
}

func f2(a, b uint64, s uint8) uint64 {
	r := a
	if b != 0 {
		r = r / b
	}
	r = r >> (s % 70)
	if r > b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r << (s % 16)
	r = r & b
	return r
}

func f3(a, b uint32, s uint8) uint32 {
	r := a
	if b != 0 {
		r = r % b
	}
	if b != 0 {
		r = r % b
	}
	if b != 0 {
		r = r / b
	}
	r = r >> (s % 16)
	r = r >> (s % 70)
	r = r | b
	return r
}

func main() {
	println(f0(int16(3706), int16(-3952), 210))
	println(f0(int16(29163), int16(-13936), 157))
	println(f0(int16(6462), int16(29019), 203))
	println(f0(int16(-19768), int16(15366), 71))
	println(f0(int16(1845), int16(-13108), 174))
	println(f1(uint32(3444364687), uint32(2371280978), 83))
	println(f1(uint32(2814691777), uint32(2003979350), 79))
	println(f1(uint32(1195545720), uint32(93958779), 212))
	println(f1(uint32(583688410), uint32(647571184), 4))
	println(f1(uint32(3735136189), uint32(3111727609), 157))
	println(f2(uint64(17504923540552150684), uint64(14109487432412626997), 77))
	println(f2(uint64(13204300288516868166), uint64(4253926256554133431), 14))
	println(f2(uint64(3554567920024634105), uint64(411826244153755520), 99))
	println(f2(uint64(13684595288279218438), uint64(3721853127338313527), 124))
	println(f2(uint64(6150490581781754792), uint64(11458485095145902175), 129))
	println(f3(uint32(1352276159), uint32(2942990660), 28))
	println(f3(uint32(3835235671), uint32(1769790639), 83))
	println(f3(uint32(1237449908), uint32(2893460113), 222))
	println(f3(uint32(226008872), uint32(1764013659), 13))
	println(f3(uint32(2826806995), uint32(1672374949), 77))
	{
		var x int32 = int32(519462828)
		println(uint16(x), x)
	}
	{
		var x uint32 = uint32(1395450665)
		println(int16(x), x)
	}
	{
		var x uint64 = uint64(15308298330101277201)
		println(int8(x), x)
	}
	{
		var x int64 = int64(2811041795192386309)
		println(uint64(x), x)
	}
	{
		var x int32 = int32(593783993)
		println(int32(x), x)
	}
	{
		var x int8 = int8(31)
		println(uint64(x), x)
	}
}
