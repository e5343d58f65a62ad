package main

// generated: integer arithmetic, seed 42

func f0(a, b int16, s uint8) int16 {
	r := a
	if r <= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r & b
	r = r & b
	return r
}

func f1(a, b int32, s uint8) int32 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if r == b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r - b
	return r
}

func f2(a, b uint32, s uint8) uint32 {
	r := a
	r = r + b
	r = r - b
	r = r & b
	return r
}

func f3(a, b int64, s uint8) int64 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r + b
	r = r >> (s % 16)
	if r != b {
		r = r + 1
	} else {
		r = r - b
	}
	if r == b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r &^ b
	r = r & b
	return r
}

func main() {
	println(f0(int16(26110), int16(3695), 3))
	println(f0(int16(-11842), int16(22624), 174))
	println(f0(int16(3653), int16(-12389), 110))
	println(f0(int16(11350), int16(-19372), 47))
	println(f0(int16(17029), int16(-20092), 183))
	println(f1(int32(1492476947), int32(445499907), 22))
	println(f1(int32(986690512), int32(155598469), 193))
	println(f1(int32(-1848746542), int32(692620697), 148))
	println(f1(int32(2084010572), int32(1526077990), 51))
	println(f1(int32(-514853929), int32(1434993374), 83))
	println(f2(uint32(1589915144), uint32(2783290795), 87))
	println(f2(uint32(1051454923), uint32(1985392498), 138))
	println(f2(uint32(2392080953), uint32(2940395823), 28))
	println(f2(uint32(1354860540), uint32(1149938334), 108))
	println(f2(uint32(3083418319), uint32(2144181937), 234))
	println(f3(int64(-4337195284991624317), int64(-1855733084081460752), 112))
	println(f3(int64(9177948948052098532), int64(-119611611484761944), 24))
	println(f3(int64(-7200702518484976234), int64(-2125667941167703536), 239))
	println(f3(int64(4627878597195391796), int64(2600286260723639011), 57))
	println(f3(int64(-1203368634426928376), int64(-6403985091488655735), 82))
	{
		var x int8 = int8(122)
		println(uint16(x), x)
	}
	{
		var x int8 = int8(57)
		println(int16(x), x)
	}
	{
		var x uint8 = uint8(29)
		println(int64(x), x)
	}
	{
		var x int64 = int64(4277940048846742121)
		println(int16(x), x)
	}
	{
		var x int16 = int16(-15940)
		println(int32(x), x)
	}
	{
		var x uint64 = uint64(13151587223000228575)
		println(int32(x), x)
	}
}
