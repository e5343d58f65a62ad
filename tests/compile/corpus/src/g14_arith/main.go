package main

// generated: integer arithmetic, seed 14

func f0(a, b int16, s uint8) int16 {
	r := a
	if r != b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r >> (s % 16)
	r = r | b
	if r <= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r | b
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	return r
}

func f1(a, b uint64, s uint8) uint64 {
	r := a
	r = r << (s % 70)
	r = r &^ b
	r = r - b
	r = r | b
	r = r & b
	return r
}

func f2(a, b uint16, s uint8) uint16 {
	r := a
	r = r | b
	r = r ^ b
	if b != 0 {
		r = r % b
	}
	if b != 0 {
		r = r % b
	}
	r = r >> (s % 16)
	return r
}

func f3(a, b int32, s uint8) int32 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r | b
	r = r * b
	r = r + b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r - b
	return r
}

func main() {
	println(f0(int16(-16643), int16(11411), 14))
	println(f0(int16(-21862), int16(3152), 104))
	println(f0(int16(17285), int16(20142), 224))
	println(f0(int16(-20396), int16(-18150), 186))
	println(f0(int16(-9019), int16(-20360), 249))
	println(f1(uint64(12400819923025604213), uint64(9232228797498322724), 52))
	println(f1(uint64(5139845611854219279), uint64(516461000284148255), 210))
	println(f1(uint64(1715246499853526723), uint64(9866249777599642337), 233))
	println(f1(uint64(8944290084106862916), uint64(1749751774222336779), 242))
	println(f1(uint64(4358289254667929717), uint64(10541339957447623759), 9))
	println(f2(uint16(53174), uint16(55457), 10))
	println(f2(uint16(45546), uint16(48228), 241))
	println(f2(uint16(34542), uint16(46609), 154))
	println(f2(uint16(24734), uint16(5609), 240))
	println(f2(uint16(33564), uint16(12499), 198))
	println(f3(int32(-1727305579), int32(-1321173846), 12))
	println(f3(int32(2074064537), int32(-1067150378), 17))
	println(f3(int32(1960421533), int32(1180910171), 0))
	println(f3(int32(-1159489464), int32(-1011265549), 127))
	println(f3(int32(-721454888), int32(1698870072), 16))
	{
		var x int32 = int32(-573507327)
		println(int64(x), x)
	}
	{
		var x uint32 = uint32(4123065375)
		println(int64(x), x)
	}
	{
		var x uint16 = uint16(4135)
		println(uint64(x), x)
	}
	{
		var x int64 = int64(5046169567849308277)
		println(uint32(x), x)
	}
	{
		var x int16 = int16(-19236)
		println(uint8(x), x)
	}
	{
		var x int32 = int32(1840364997)
		println(int64(x), x)
	}
}
