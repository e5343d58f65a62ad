package main

// generated: integer arithmetic, seed 12

func f0(a, b uint64, s uint8) uint64 {
	r := a
	if b != 0 {
		r = r % b
	}
	r = r >> (s % 40)
	r = r * b
	r = r &^ b
	r = r + b
	return r
}

func f1(a, b uint16, s uint8) uint16 {
	r := a
	r = r | b
	if b != 0 {
		r = r % b
	}
	r = r << (s % 16)
	r = r >> (s % 8)
	if b != 0 {
		r = r % b
	}
	if b != 0 {
		r = r / b
	}
	return r
}

func f2(a, b int32, s uint8) int32 {
	r := a
	r = r ^ b
	r = r * b
	r = r ^ b
	r = r & b
	r = r + b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	return r
}

func f3(a, b int64, s uint8) int64 {
	r := a
	r = r >> (s % 40)
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r &^ b
	return r
}

func main() {
	println(f0(uint64(15539599453139868254), uint64(16950837007888891995), 114))
	println(f0(uint64(17463772773263262997), uint64(12190799529516113015), 69))
	println(f0(uint64(10296330105006815617), uint64(10240716336273915298), 42))
	println(f0(uint64(11205271739397858495), uint64(10993724127110221562), 244))
	println(f0(uint64(17846466422434788701), uint64(12428914879811177726), 58))
	println(f1(uint16(33079), uint16(30798), 171))
	println(f1(uint16(47621), uint16(48662), 91))
	println(f1(uint16(3688), uint16(49927), 220))
	println(f1(uint16(4287), uint16(3373), 113))
	println(f1(uint16(55999), uint16(5699), 198))
	println(f2(int32(460800084), int32(-1199839048), 39))
	println(f2(int32(841364939), int32(-1989230908), 141))
	println(f2(int32(-7302564), int32(970131580), 235))
	println(f2(int32(-565623315), int32(-688656655), 233))
	println(f2(int32(-81499113), int32(-1427806022), 186))
	println(f3(int64(-2918464191546864100), int64(5440792480584343727), 20))
	println(f3(int64(2196584741688299509), int64(66398783699386801), 12))
	println(f3(int64(2571680247423002771), int64(-417108577177547956), 181))
	println(f3(int64(-944527642009107961), int64(6883764200727648818), 142))
	println(f3(int64(4316678382370505294), int64(-4520529557285045644), 1))
	{
		var x int8 = int8(8)
		println(int32(x), x)
	}
	{
		var x uint32 = uint32(1036079676)
		println(int32(x), x)
	}
	{
		var x uint32 = uint32(4206824057)
		println(uint64(x), x)
	}
	{
		var x uint8 = uint8(213)
		println(int8(x), x)
	}
	{
		var x uint32 = uint32(3869600486)
		println(int16(x), x)
	}
	{
		var x int64 = int64(5492172799779323749)
		println(uint16(x), x)
	}
}
