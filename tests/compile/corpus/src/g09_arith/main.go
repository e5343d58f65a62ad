package main

// generated: integer arithmetic, seed 9

func f0(a, b uint64, s uint8) uint64 {
	r := a
	r = r ^ b
	r = r | b
	r = r * b
	r = r * b
	if b != 0 {
		r = r % b
	}
	r = r + b
	r = r ^ b
	return r
}

func f1(a, b uint64, s uint8) uint64 {
	r := a
	r = r - b
	r = r ^ b
	r = r >> (s % 8)
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r * b
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func f2(a, b int32, s uint8) int32 {
	r := a
	r = r & b
	r = r + b
	r = r - b
	r = r * b
	return r
}

func f3(a, b int16, s uint8) int16 {
	r := a
	if r < b {
		r = r + 1
	} else {
		r = r - b
	}
	r = r | b
	r = r & b
	if b != 0 && !(b == -1 && true) {
		r = r % b
	}
	r = r & b
	if r >= b {
		r = r + 1
	} else {
		r = r - b
	}
	return r
}

func main() {
	println(f0(uint64(16811980291073156769), uint64(5186936983225882132), 22))
	println(f0(uint64(16221572211173587649), uint64(16524827783298723028), 251))
	println(f0(uint64(433187842271665466), uint64(71474189718708291), 101))
	println(f0(uint64(15720248664246098766), uint64(10569581140458854751), 101))
	println(f0(uint64(1269508470970525965), uint64(999319266527024808), 76))
	println(f1(uint64(4367932545073474712), uint64(9313970908550060332), 187))
	println(f1(uint64(10775477907501852258), uint64(3874380984800011693), 101))
	println(f1(uint64(338804315049567857), uint64(11210949193954984106), 0))
	println(f1(uint64(2060641979527502692), uint64(8190621282895771616), 166))
	println(f1(uint64(1638376391647960006), uint64(5255236451815625757), 28))
	println(f2(int32(-2038429750), int32(1320916418), 254))
	println(f2(int32(1193068981), int32(-1862812621), 118))
	println(f2(int32(1119866244), int32(42422334), 189))
	println(f2(int32(-900665635), int32(1612833106), 15))
	println(f2(int32(-1405501630), int32(1917785383), 61))
	println(f3(int16(-13328), int16(-31212), 24))
	println(f3(int16(-24785), int16(26271), 106))
	println(f3(int16(18203), int16(5798), 7))
	println(f3(int16(13701), int16(4588), 72))
	println(f3(int16(30266), int16(3634), 70))
	{
		var x int16 = int16(-17311)
		println(uint8(x), x)
	}
	{
		var x int16 = int16(26397)
		println(uint32(x), x)
	}
	{
		var x int32 = int32(1300281448)
		println(uint32(x), x)
	}
	{
		var x uint8 = uint8(178)
		println(uint64(x), x)
	}
	{
		var x int16 = int16(3519)
		println(int8(x), x)
	}
	{
		var x int32 = int32(1376024492)
		println(int32(x), x)
	}
}
