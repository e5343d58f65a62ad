package main

// generated: integer arithmetic, seed 28

func f0(a, b int16, s uint8) int16 {
	r := a
	r = r >> (s % 16)
	r = r & b
	r = r * b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	return r
}

func f1(a, b uint64, s uint8) uint64 {
	r := a
	r = r & b
	r = r & b
	r = r * b
	r = r &^ b
	r = r * b
	r = r * b
	return r
}

func f2(a, b int64, s uint8) int64 {
	r := a
	r = r + b
	r = r &^ b
	r = r & b
	r = r - b
	return r
}

func f3(a, b int16, s uint8) int16 {
	r := a
	r = r ^ b
	if r > b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r * b
	r = r >> (s % 40)
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r & b
	return r
}

func main() {
	println(f0(int16(26076), int16(-15542), 102))
	println(f0(int16(-31034), int16(4495), 133))
	println(f0(int16(-22459), int16(3789), 63))
	println(f0(int16(21920), int16(-10809), 103))
	println(f0(int16(15480), int16(-23695), 16))
	println(f1(uint64(9005011015317134221), uint64(12374882594688512638), 117))
	println(f1(uint64(9875780509832085793), uint64(572847868525810246), 101))
	println(f1(uint64(1960768708251572532), uint64(15867494595373086341), 255))
	println(f1(uint64(4493893046023146050), uint64(16995321198991741920), 239))
	println(f1(uint64(278745383403438278), uint64(8113883188249028646), 1))
	println(f2(int64(8940216734283428977), int64(3214151026778054940), 43))
	println(f2(int64(-1774733704703835953), int64(-7893279057738691068), 99))
	println(f2(int64(-7619582939217763097), int64(-2008349656839867251), 204))
	println(f2(int64(3635525197903037896), int64(467278948627411878), 170))
	println(f2(int64(-3858836442246797105), int64(-7543591997583756770), 124))
	println(f3(int16(-24658), int16(-15336), 155))
	println(f3(int16(30359), int16(-6145), 11))
	println(f3(int16(-12455), int16(29643), 15))
	println(f3(int16(28038), int16(-30568), 123))
	println(f3(int16(-23445), int16(-16675), 209))
	{
		var x int8 = int8(8)
		println(int8(x), x)
	}
	{
		var x uint64 = uint64(7248836930740207879)
		println(uint16(x), x)
	}
	{
		var x int64 = int64(5444050761495615153)
		println(int8(x), x)
	}
	{
		var x int64 = int64(-7020796164247029788)
		println(int8(x), x)
	}
	{
		var x int16 = int16(-6375)
		println(int16(x), x)
	}
	{
		var x int32 = int32(784030669)
		println(uint8(x), x)
	}
}
