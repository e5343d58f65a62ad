package main

// generated: integer arithmetic, seed 7

func f0(a, b uint16, s uint8) uint16 {
	r := a
	r = r &^ b
	if b != 0 {
		r = r % b
	}
	r = r + b
	r = r - b
	return r
}

func f1(a, b int16, s uint8) int16 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r + b
	r = r >> (s % 16)
	r = r + b
	r = r - b
	return r
}

func f2(a, b uint32, s uint8) uint32 {
	r := a
	r = r - b
	r = r & b
	r = r - b
	r = r >> (s % 70)
	r = r + b
	if b != 0 {
		r = r / b
	}
	return r
}

func f3(a, b int16, s uint8) int16 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r + b
	return r
}

func main() {
	println(f0(uint16(51993), uint16(6499), 113))
	println(f0(uint16(6105), uint16(17455), 148))
	println(f0(uint16(54937), uint16(18907), 60))
	println(f0(uint16(40433), uint16(23688), 52))
	println(f0(uint16(24624), uint16(48810), 49))
	println(f1(int16(-24539), int16(-24956), 105))
	println(f1(int16(32298), int16(23277), 160))
	println(f1(int16(28259), int16(26631), 185))
	println(f1(int16(6523), int16(-207), 92))
	println(f1(int16(-774), int16(-22040), 153))
	println(f2(uint32(2255701793), uint32(3758686919), 229))
	println(f2(uint32(4209818936), uint32(1795823848), 175))
	println(f2(uint32(2100080514), uint32(2869965264), 160))
	println(f2(uint32(3422624989), uint32(1159380353), 33))
	println(f2(uint32(3012885302), uint32(3530140069), 145))
	println(f3(int16(17798), int16(12714), 11))
	println(f3(int16(27747), int16(13823), 86))
	println(f3(int16(-17421), int16(31941), 30))
	println(f3(int16(-4168), int16(4906), 66))
	println(f3(int16(-313), int16(19385), 200))
	{
		var x uint64 = uint64(8286044980549974810)
		println(int16(x), x)
	}
	{
		var x uint8 = uint8(220)
		println(int32(x), x)
	}
	{
		var x uint8 = uint8(183)
		println(uint32(x), x)
	}
	{
		var x uint32 = uint32(648200381)
		println(int64(x), x)
	}
	{
		var x int32 = int32(-1145312790)
		println(int32(x), x)
	}
	{
		var x uint64 = uint64(5200704002102353093)
		println(int32(x), x)
	}
}
