package main

// generated: integer arithmetic, seed 25

func f0(a, b uint32, s uint8) uint32 {
	r := a
	r = r & b
	r = r | b
	if b != 0 {
		r = r % b
	}
	return r
}

func f1(a, b uint64, s uint8) uint64 {
	r := a
	r = r | b
	r = r + b
	r = r | b
	return r
}

func f2(a, b uint32, s uint8) uint32 {
	r := a
	if b != 0 {
		r = r / b
	}
	r = r - b
	if b != 0 {
		r = r / b
	}
	return r
}

func f3(a, b int64, s uint8) int64 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r ^ b
	r = r * b
	r = r >> (s % 40)
	r = r >> (s % 70)
	r = r >> (s % 8)
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	return r
}

func main() {
	println(f0(uint32(2912232994), uint32(1530275836), 180))
	println(f0(uint32(1978878352), uint32(302236205), 35))
	println(f0(uint32(739043904), uint32(2403388821), 223))
	println(f0(uint32(3456086255), uint32(2808385977), 226))
	println(f0(uint32(3506138676), uint32(1214827815), 24))
	println(f1(uint64(8434483181200849892), uint64(17294259781646561811), 219))
	println(f1(uint64(10629497959457836885), uint64(2300546894189750158), 119))
	println(f1(uint64(13936440765329507134), uint64(17062150934587488937), 191))
	println(f1(uint64(6811924983593470352), uint64(9125050371467380973), 234))
	println(f1(uint64(12568433310767765878), uint64(6938948851810256464), 56))
	println(f2(uint32(1132444907), uint32(3921688243), 8))
	println(f2(uint32(2683192468), uint32(2213581208), 133))
	println(f2(uint32(138947573), uint32(3716243935), 138))
	println(f2(uint32(1368306730), uint32(436027928), 79))
	println(f2(uint32(2335602339), uint32(545207458), 47))
	println(f3(int64(1727868633003360051), int64(1173853855342522760), 87))
	println(f3(int64(-8933128433814151042), int64(-4977926835628041697), 38))
	println(f3(int64(-3824915663597950822), int64(1820304916955433008), 187))
	println(f3(int64(-4545686869677682597), int64(6594356137834748146), 141))
	println(f3(int64(-1169406654845277547), int64(-3554892631377789243), 146))
	{
		var x int16 = int16(12029)
		println(int32(x), x)
	}
	{
		var x uint64 = uint64(9003095852591342546)
		println(int8(x), x)
	}
	{
		var x uint16 = uint16(39139)
		println(int8(x), x)
	}
	{
		var x uint64 = uint64(2855179203839806479)
		println(uint16(x), x)
	}
	{
		var x uint32 = uint32(1018568488)
		println(int16(x), x)
	}
	{
		var x int16 = int16(18815)
		println(int32(x), x)
	}
}
