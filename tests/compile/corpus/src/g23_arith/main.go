package main

// generated: integer arithmetic, seed 23

func f0(a, b uint8, s uint8) uint8 {
	r := a
	r = r + b
	if b != 0 {
		r = r / b
	}
	r = r | b
	return r
}

func f1(a, b uint32, s uint8) uint32 {
	r := a
	r = r >> (s % 40)
	r = r * b
	if r > b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r | b
	r = r << (s % 8)
	r = r & b
	return r
}

func f2(a, b uint64, s uint8) uint64 {
	r := a
	r = r - b
	r = r - b
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func f3(a, b uint32, s uint8) uint32 {
	r := a
	r = r >> (s % 70)
	r = r ^ b
	r = r + b
	return r
}

func main() {
	println(f0(uint8(105), uint8(18), 188))
	println(f0(uint8(88), uint8(110), 185))
	println(f0(uint8(188), uint8(144), 160))
	println(f0(uint8(43), uint8(242), 90))
	println(f0(uint8(247), uint8(229), 83))
	println(f1(uint32(490919952), uint32(423501815), 19))
	println(f1(uint32(2439584845), uint32(2533873070), 55))
	println(f1(uint32(3339691397), uint32(2357909014), 132))
	println(f1(uint32(642240474), uint32(2117480011), 168))
	println(f1(uint32(2342814580), uint32(2545608822), 196))
	println(f2(uint64(7256614738942860439), uint64(14933806455182994020), 6))
	println(f2(uint64(17502789468721277796), uint64(13816876391182935872), 177))
	println(f2(uint64(9049919994678412363), uint64(1399684925157304051), 238))
	println(f2(uint64(3983594920067682244), uint64(4668176573245385408), 215))
	println(f2(uint64(16618118635264206230), uint64(14055016191552347798), 212))
	println(f3(uint32(3495055198), uint32(1772198909), 122))
	println(f3(uint32(2344186013), uint32(1825826211), 153))
	println(f3(uint32(2361963570), uint32(3549966297), 55))
	println(f3(uint32(597912206), uint32(1848791543), 84))
	println(f3(uint32(337478775), uint32(2327077362), 120))
	{
		var x uint64 = uint64(13251775576307541428)
		println(uint64(x), x)
	}
	{
		var x int8 = int8(65)
		println(uint16(x), x)
	}
	{
		var x int8 = int8(77)
		println(int32(x), x)
	}
	{
		var x int64 = int64(2852182447944405444)
		println(int8(x), x)
	}
	{
		var x uint32 = uint32(1190835486)
		println(int16(x), x)
	}
	{
		var x int32 = int32(2121148676)
		println(uint8(x), x)
	}
}
