package main

// generated: integer arithmetic, seed 20

func f0(a, b int32, s uint8) int32 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r - b
	r = r ^ b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	return r
}

func f1(a, b int32, s uint8) int32 {
	r := a
	r = r &^ b
	r = r &^ b
	r = r - b
	return r
}

func f2(a, b int16, s uint8) int16 {
	r := a
	r = r ^ b
	r = r << (s % 70)
	r = r &^ b
	r = r & b
	return r
}

func f3(a, b int64, s uint8) int64 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r ^ b
	r = r ^ b
	r = r &^ b
	return r
}

func main() {
	println(f0(int32(1467348371), int32(-408309668), 105))
	println(f0(int32(314434332), int32(-1996742527), 48))
	println(f0(int32(-1787773854), int32(1135719270), 156))
	println(f0(int32(817116718), int32(-2047218809), 119))
	println(f0(int32(-1127130961), int32(-855789081), 70))
	println(f1(int32(950447318), int32(1745924234), 140))
	println(f1(int32(-288187932), int32(-1440224555), 61))
	println(f1(int32(815197173), int32(345149974), 176))
	println(f1(int32(-1185310308), int32(-1316852214), 88))
	println(f1(int32(2115850587), int32(1458066458), 58))
	println(f2(int16(5698), int16(-32506), 161))
	println(f2(int16(19935), int16(27184), 27))
	println(f2(int16(-11260), int16(-17362), 233))
	println(f2(int16(10948), int16(-31107), 37))
	println(f2(int16(-18534), int16(-20544), 170))
	println(f3(int64(2632286097050118785), int64(3018700310539332647), 13))
	println(f3(int64(3703721580517600299), int64(6915343363074251169), 214))
	println(f3(int64(-7208570574670851479), int64(-5201945868869026710), 101))
	println(f3(int64(-5047133331331585613), int64(7123734016968564677), 42))
	println(f3(int64(-232862894250647797), int64(-3481087912855251327), 48))
	{
		var x uint8 = uint8(186)
		println(int64(x), x)
	}
	{
		var x uint8 = uint8(50)
		println(int32(x), x)
	}
	{
		var x int8 = int8(-97)
		println(uint8(x), x)
	}
	{
		var x uint32 = uint32(1213451893)
		println(uint16(x), x)
	}
	{
		var x uint64 = uint64(10655752426449884285)
		println(int16(x), x)
	}
	{
		var x int64 = int64(3962919278411233049)
		println(int8(x), x)
	}
}
