package main

// generated: integer arithmetic, seed 38

func f0(a, b uint32, s uint8) uint32 {
	r := a
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r - b
	r = r ^ b
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r ^ b
	r = r + b
	return r
}

func f1(a, b int32, s uint8) int32 {
	r := a
	r = r ^ b
	r = r ^ b
	r = r | b
	if r <= b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	if r <= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r << (s % 70)
	return r
}

func f2(a, b int64, s uint8) int64 {
	r := a
	r = r - b
	r = r >> (s % 70)
	r = r * b
	r = r &^ b
	r = r >> (s % 16)
	r = r + b
	r = r &^ b
	return r
}

func f3(a, b uint16, s uint8) uint16 {
	r := a
	if b != 0 {
		r = r % b
	}
	if b != 0 {
		r = r / b
	}
	r = r >> (s % 8)
	r = r * b
	r = r << (s % 8)
	r = r | b
	r = r - b
	return r
}

func main() {
	println(f0(uint32(3209569679), uint32(3838114999), 44))
	println(f0(uint32(1694417181), uint32(2903899142), 182))
	println(f0(uint32(1798548775), uint32(1133287142), 221))
	println(f0(uint32(2964251153), uint32(2999876418), 40))
	println(f0(uint32(1065354977), uint32(123580498), 218))
	println(f1(int32(-1860897535), int32(1763411584), 18))
	println(f1(int32(-1198667026), int32(676759654), 82))
	println(f1(int32(-2120285198), int32(-534025535), 135))
	println(f1(int32(-1304623423), int32(1002109746), 43))
	println(f1(int32(2109346045), int32(-932800659), 68))
	println(f2(int64(-5809620582385988619), int64(-2262803819514963504), 48))
	println(f2(int64(-1103952793730049294), int64(-5243591709643251126), 55))
	println(f2(int64(3870972757029451703), int64(-2453133101030186703), 217))
	println(f2(int64(-1810844740526333965), int64(-5524778281701829423), 180))
	println(f2(int64(-7255225215285662733), int64(7411603432013679735), 175))
	println(f3(uint16(13362), uint16(6002), 28))
	println(f3(uint16(50409), uint16(42994), 129))
	println(f3(uint16(48736), uint16(36379), 223))
	println(f3(uint16(16327), uint16(54710), 220))
	println(f3(uint16(58117), uint16(58643), 120))
	{
		var x int32 = int32(2145849152)
		println(uint16(x), x)
	}
	{
		var x uint8 = uint8(140)
		println(uint8(x), x)
	}
	{
		var x int64 = int64(5713423345827883560)
		println(uint32(x), x)
	}
	{
		var x uint64 = uint64(9770243914025486043)
		println(uint8(x), x)
	}
	{
		var x int8 = int8(-126)
		println(int8(x), x)
	}
	{
		var x int64 = int64(6020454815193135143)
		println(uint16(x), x)
	}
}
