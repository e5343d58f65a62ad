package main

// generated: integer arithmetic, seed 43

func f0(a, b int8, s uint8) int8 {
	r := a
	if r > b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r << (s % 40)
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r << (s % 70)
	return r
}

func f1(a, b int8, s uint8) int8 {
	r := a
	r = r &^ b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r ^ b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r >> (s % 70)
	r = r &^ b
	r = r * b
	return r
}

func f2(a, b int8, s uint8) int8 {
	r := a
	r = r - b
	r = r &^ b
	r = r * b
	return r
}

func f3(a, b int16, s uint8) int16 {
	r := a
	r = r >> (s % 70)
	r = r * b
	r = r &^ b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	return r
}

func main() {
	println(f0(int8(11), int8(-35), 192))
	println(f0(int8(-96), int8(-103), 31))
	println(f0(int8(-33), int8(-97), 84))
	println(f0(int8(23), int8(12), 39))
	println(f0(int8(-76), int8(-97), 48))
	println(f1(int8(106), int8(41), 169))
	println(f1(int8(96), int8(-43), 64))
	println(f1(int8(-87), int8(35), 25))
	println(f1(int8(9), int8(60), 95))
	println(f1(int8(-92), int8(-70), 152))
	println(f2(int8(125), int8(57), 222))
	println(f2(int8(-107), int8(114), 212))
	println(f2(int8(-86), int8(55), 65))
	println(f2(int8(-84), int8(-50), 157))
	println(f2(int8(-73), int8(89), 226))
	println(f3(int16(-27791), int16(-13558), 1))
	println(f3(int16(-18907), int16(-16474), 64))
	println(f3(int16(-30533), int16(11487), 60))
	println(f3(int16(32520), int16(1177), 233))
	println(f3(int16(11797), int16(17772), 44))
	{
		var x int8 = int8(-23)
		println(int16(x), x)
	}
	{
		var x uint32 = uint32(2472315807)
		println(int64(x), x)
	}
	{
		var x uint8 = uint8(167)
		println(uint32(x), x)
	}
	{
		var x uint32 = uint32(222657570)
		println(uint16(x), x)
	}
	{
		var x int32 = int32(1997151448)
		println(int64(x), x)
	}
	{
		var x int64 = int64(-2851867212827803891)
		println(uint8(x), x)
	}
}
