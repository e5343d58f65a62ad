package main

// generated: integer arithmetic, seed 15

func f0(a, b int64, s uint8) int64 {
	r := a
	r = r >> (s % 8)
	r = r * b
	r = r & b
	return r
}

func f1(a, b int8, s uint8) int8 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r * b
	if r <= b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func f2(a, b int64, s uint8) int64 {
	r := a
	r = r ^ b
	r = r << (s % 40)
	r = r | b
	return r
}

func f3(a, b uint32, s uint8) uint32 {
	r := a
	r = r ^ b
	r = r & b
	r = r & b
	r = r ^ b
	r = r ^ b
	return r
}

func main() {
	println(f0(int64(209738550563044463), int64(1423158004596611745), 214))
	println(f0(int64(-7766830178070178926), int64(5516298157359603899), 224))
	println(f0(int64(2685315536143494230), int64(9134328048206977377), 251))
	println(f0(int64(-5613148743960572509), int64(4041355893182732071), 146))
	println(f0(int64(-92509027729333249), int64(6558908887256706197), 59))
	println(f1(int8(74), int8(-104), 37))
	println(f1(int8(111), int8(23), 205))
	println(f1(int8(-10), int8(-37), 181))
	println(f1(int8(-88), int8(-8), 158))
	println(f1(int8(31), int8(-44), 162))
	println(f2(int64(7467362101062489527), int64(6828567633475910009), 37))
	println(f2(int64(-4197603287378127589), int64(-2033070652036784593), 7))
	println(f2(int64(4447623919758633228), int64(-8038896978248680360), 230))
	println(f2(int64(1199332992074067321), int64(8788559094972388275), 22))
	println(f2(int64(-8085087404981729556), int64(-695647185859684639), 229))
	println(f3(uint32(38333415), uint32(1631180785), 177))
	println(f3(uint32(1913980164), uint32(1654049758), 178))
	println(f3(uint32(2647653022), uint32(12107864), 128))
	println(f3(uint32(1071305871), uint32(1421651335), 124))
	println(f3(uint32(1352125673), uint32(1368821514), 181))
	{
		var x int64 = int64(1399428836387007653)
		println(uint16(x), x)
	}
	{
		var x uint16 = uint16(43993)
		println(int32(x), x)
	}
	{
		var x int16 = int16(12268)
		println(uint16(x), x)
	}
	{
		var x uint64 = uint64(16726508527638180643)
		println(uint64(x), x)
	}
	{
		var x uint32 = uint32(3637650501)
		println(int8(x), x)
	}
	{
		var x uint64 = uint64(5943391883624231159)
		println(int32(x), x)
	}
}
