package main

// generated: integer arithmetic, seed 4

func f0(a, b int64, s uint8) int64 {
	r := a
	r = r - b
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r << (s % 16)
	r = r - b
	r = r - b
	return r
}

func f1(a, b int8, s uint8) int8 {
	r := a
	r = r >> (s % 40)
	r = r + b
	r = r & b
	r = r >> (s % 40)
	r = r | b
	r = r * b
	return r
}

func f2(a, b int16, s uint8) int16 {
	r := a
	r = r & b
	r = r + b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r | b
	r = r | b
	return r
}

func f3(a, b int64, s uint8) int64 {
	r := a
	r = r | b
	r = r | b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if r <= b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func main() {
	println(f0(int64(3167332893833822756), int64(-4632465497529110583), 126))
	println(f0(int64(-4058328039203991995), int64(-3684815691335561226), 149))
	println(f0(int64(-5623947947497180894), int64(1824613146950214622), 220))
	println(f0(int64(-6247532119144455110), int64(-8425763037098422648), 23))
	println(f0(int64(-5615677841229429596), int64(7628315708533565715), 225))
	println(f1(int8(13), int8(-34), 182))
	println(f1(int8(95), int8(36), 101))
	println(f1(int8(37), int8(-77), 31))
	println(f1(int8(-11), int8(14), 121))
	println(f1(int8(-66), int8(41), 90))
	println(f2(int16(5364), int16(27396), 13))
	println(f2(int16(-27157), int16(14035), 42))
	println(f2(int16(4677), int16(10108), 9))
	println(f2(int16(9543), int16(5111), 164))
	println(f2(int16(-12726), int16(21027), 39))
	println(f3(int64(2171728589322252089), int64(-1030393819048006915), 69))
	println(f3(int64(-6292098471436915997), int64(-9050037823025575979), 22))
	println(f3(int64(-6095412159986217011), int64(5614249521755426427), 148))
	println(f3(int64(-7432152414615311170), int64(-5400529132615114435), 106))
	println(f3(int64(-8128751014836300371), int64(4374118183383480112), 76))
	{
		var x int8 = int8(-1)
		println(uint64(x), x)
	}
	{
		var x uint16 = uint16(16026)
		println(int8(x), x)
	}
	{
		var x uint8 = uint8(102)
		println(uint32(x), x)
	}
	{
		var x uint64 = uint64(8094693059577163229)
		println(int64(x), x)
	}
	{
		var x uint64 = uint64(7770155349089479215)
		println(int8(x), x)
	}
	{
		var x int64 = int64(-5244044465143840491)
		println(uint32(x), x)
	}
}
