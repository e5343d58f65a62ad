package main

// generated: integer arithmetic, seed 37

func f0(a, b int16, s uint8) int16 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if r != b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r >> (s % 8)
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r ^ b
	r = r << (s % 8)
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	return r
}

func f1(a, b uint64, s uint8) uint64 {
	r := a
	r = r | b
	r = r &^ b
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r << (s % 16)
	r = r + b
	r = r - b
	r = r &^ b
	return r
}

func f2(a, b int16, s uint8) int16 {
	r := a
	r = r | b
	r = r ^ b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r ^ b
	return r
}

func f3(a, b int8, s uint8) int8 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r & b
	r = r >> (s % 70)
	r = r - b
	r = r + b
	r = r + b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	return r
}

func main() {
	println(f0(int16(14535), int16(-23776), 115))
	println(f0(int16(-29691), int16(9686), 180))
	println(f0(int16(-11891), int16(-29924), 6))
	println(f0(int16(-4200), int16(8069), 116))
	println(f0(int16(6778), int16(-27254), 144))
	println(f1(uint64(13228027822880688703), uint64(2640558729009976856), 136))
	println(f1(uint64(11707830296042305402), uint64(8283816404794358329), 1))
	println(f1(uint64(11964005139322889550), uint64(6292734436229538090), 15))
	println(f1(uint64(18434383407360134272), uint64(10657198103841314413), 125))
	println(f1(uint64(9784677536709388715), uint64(2513303597460133660), 57))
	println(f2(int16(-11027), int16(23459), 4))
	println(f2(int16(14070), int16(3583), 34))
	println(f2(int16(-25691), int16(-3379), 87))
	println(f2(int16(19835), int16(25739), 161))
	println(f2(int16(-23926), int16(-7284), 46))
	println(f3(int8(30), int8(-105), 111))
	println(f3(int8(-8), int8(96), 254))
	println(f3(int8(49), int8(15), 20))
	println(f3(int8(-28), int8(25), 2))
	println(f3(int8(8), int8(-114), 133))
	{
		var x uint64 = uint64(11406750027180428206)
		println(int64(x), x)
	}
	{
		var x int64 = int64(7667562469665323927)
		println(uint16(x), x)
	}
	{
		var x int32 = int32(-779899834)
		println(int16(x), x)
	}
	{
		var x uint64 = uint64(3217340944399729925)
		println(int32(x), x)
	}
	{
		var x uint16 = uint16(21684)
		println(int64(x), x)
	}
	{
		var x int32 = int32(1935491445)
		println(int64(x), x)
	}
}
