package main

// generated: integer arithmetic, seed 1

func f0(a, b int32, s uint8) int32 {
	r := a
	r = r - b
	r = r | b
	r = r - b
	r = r << (s % 70)
	r = r << (s % 70)
	r = r & b
	r = r - b
	return r
}

func f1(a, b uint64, s uint8) uint64 {
	r := a
	r = r &^ b
	r = r &^ b
	if b != 0 {
		r = r / b
	}
	return r
}

func f2(a, b int8, s uint8) int8 {
	r := a
	r = r | b
	if r > b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r - b
	r = r ^ b
	r = r + b
	return r
}

func f3(a, b int8, s uint8) int8 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r >> (s % 8)
	r = r &^ b
	return r
}

func main() {
	println(f0(int32(800942073), int32(2014514242), 14))
	println(f0(int32(118667452), int32(1132587151), 253))
	println(f0(int32(227030154), int32(-662711680), 112))
	println(f0(int32(1120762010), int32(1942375159), 11))
	println(f0(int32(-1717985729), int32(-874496592), 170))
	println(f1(uint64(5596161367516773877), uint64(636889189181363272), 124))
	println(f1(uint64(14709512128631742924), uint64(12262353660193831797), 187))
	println(f1(uint64(1595045547040606607), uint64(9378813387253483526), 83))
	println(f1(uint64(15494371178580817988), uint64(8657428560074652038), 157))
	println(f1(uint64(11937924238725542627), uint64(9264666206804705008), 6))
	println(f2(int8(-26), int8(-10), 207))
	println(f2(int8(48), int8(52), 235))
	println(f2(int8(9), int8(-126), 196))
	println(f2(int8(-62), int8(-23), 218))
	println(f2(int8(-100), int8(118), 186))
	println(f3(int8(-26), int8(83), 248))
	println(f3(int8(54), int8(84), 177))
	println(f3(int8(-128), int8(41), 234))
	println(f3(int8(-114), int8(-11), 90))
	println(f3(int8(-36), int8(-82), 130))
	{
		var x int8 = int8(-86)
		println(int16(x), x)
	}
	{
		var x int8 = int8(-121)
		println(uint64(x), x)
	}
	{
		var x uint8 = uint8(137)
		println(int64(x), x)
	}
	{
		var x int16 = int16(12376)
		println(int32(x), x)
	}
	{
		var x uint8 = uint8(85)
		println(int16(x), x)
	}
	{
		var x int32 = int32(908771838)
		println(uint8(x), x)
	}
}
