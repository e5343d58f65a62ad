package main

// generated: integer arithmetic, seed 3

func f0(a, b int64, s uint8) int64 {
	r := a
	r = r >> (s % 16)
	r = r ^ b
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r << (s % 8)
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r + b
	r = r << (s % 40)
	return r
}

func f1(a, b int64, s uint8) int64 {
	r := a
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r >> (s % 70)
	r = r &^ b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	return r
}

func f2(a, b int32, s uint8) int32 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r * b
	r = r >> (s % 70)
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func f3(a, b int16, s uint8) int16 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r + b
	r = r | b
	r = r + b
	return r
}

func main() {
	println(f0(int64(6742787359027594307), int64(6987862831916868175), 218))
	println(f0(int64(-7425657209472503229), int64(-94384328107173125), 132))
	println(f0(int64(3173600550896383176), int64(1554171318383338587), 172))
	println(f0(int64(6574430066448943409), int64(-3966834623821927126), 32))
	println(f0(int64(-304210111257907877), int64(5545005034918749141), 210))
	println(f1(int64(-6442241693635307493), int64(6876337892168982231), 22))
	println(f1(int64(99988278663535685), int64(-8559052346924054464), 3))
	println(f1(int64(8696323857642410064), int64(2037758822661430328), 79))
	println(f1(int64(-2954913345319812005), int64(8460773098616379373), 193))
	println(f1(int64(-4218758764216679835), int64(8050821411739381761), 223))
	println(f2(int32(2052123863), int32(90741045), 173))
	println(f2(int32(343447972), int32(-2061357134), 68))
	println(f2(int32(546925906), int32(-144953284), 180))
	println(f2(int32(-45084804), int32(383871124), 10))
	println(f2(int32(1989882318), int32(-187637963), 163))
	println(f3(int16(-9514), int16(14936), 94))
	println(f3(int16(8214), int16(15617), 135))
	println(f3(int16(6606), int16(16667), 53))
	println(f3(int16(-29240), int16(-15543), 158))
	println(f3(int16(-3600), int16(2539), 122))
	{
		var x uint16 = uint16(57047)
		println(int32(x), x)
	}
	{
		var x int16 = int16(9432)
		println(int16(x), x)
	}
	{
		var x uint16 = uint16(57465)
		println(int64(x), x)
	}
	{
		var x int32 = int32(645243145)
		println(int16(x), x)
	}
	{
		var x uint64 = uint64(14517715590092385453)
		println(uint8(x), x)
	}
	{
		var x int8 = int8(33)
		println(int64(x), x)
	}
}
