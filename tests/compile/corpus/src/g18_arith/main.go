package main

// generated: integer arithmetic, seed 18

func f0(a, b int32, s uint8) int32 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r << (s % 40)
	r = r & b
	return r
}

func f1(a, b int64, s uint8) int64 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r << (s % 16)
	r = r << (s % 40)
	r = r << (s % 40)
	r = r & b
	r = r | b
	return r
}

func f2(a, b int16, s uint8) int16 {
	r := a
	r = r >> (s % 16)
	r = r & b
	r = r * b
	r = r & b
	r = r & b
	return r
}

func f3(a, b uint16, s uint8) uint16 {
	r := a
	r = r >> (s % 16)
	if b != 0 {
		r = r % b
	}
	r = r << (s % 16)
	if r <= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r | b
	r = r + b
	r = r ^ b
	return r
}

func main() {
	println(f0(int32(2043028570), int32(975405388), 177))
	println(f0(int32(114829292), int32(1398136147), 155))
	println(f0(int32(222693943), int32(-939194275), 74))
	println(f0(int32(1259643647), int32(-1332088693), 223))
	println(f0(int32(-1583261065), int32(57896450), 51))
	println(f1(int64(3774202214630632598), int64(827574346028459301), 45))
	println(f1(int64(-6494879938383028885), int64(-193690916883146912), 127))
	println(f1(int64(493946458049490657), int64(9027074589499818470), 44))
	println(f1(int64(-5877911116501388477), int64(-6839189878936268331), 203))
	println(f1(int64(3723939070360977795), int64(-3032837803370192614), 154))
	println(f2(int16(-16246), int16(24104), 9))
	println(f2(int16(22754), int16(-13628), 83))
	println(f2(int16(23119), int16(-32020), 234))
	println(f2(int16(-19503), int16(-31622), 131))
	println(f2(int16(22544), int16(20173), 245))
	println(f3(uint16(61863), uint16(54437), 77))
	println(f3(uint16(29496), uint16(22564), 90))
	println(f3(uint16(48302), uint16(38915), 253))
	println(f3(uint16(7672), uint16(12275), 180))
	println(f3(uint16(23406), uint16(19796), 108))
	{
		var x uint8 = uint8(83)
		println(int16(x), x)
	}
	{
		var x int64 = int64(-3688120659708443925)
		println(int32(x), x)
	}
	{
		var x uint16 = uint16(46871)
		println(int16(x), x)
	}
	{
		var x uint16 = uint16(34954)
		println(int16(x), x)
	}
	{
		var x uint16 = uint16(51981)
		println(int32(x), x)
	}
	{
		var x uint32 = uint32(47382630)
		println(uint32(x), x)
	}
}
