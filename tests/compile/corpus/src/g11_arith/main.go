package main

// generated: integer arithmetic, seed 11

func f0(a, b uint64, s uint8) uint64 {
	r := a
	r = r << (s % 70)
	r = r >> (s % 16)
	r = r * b
	r = r >> (s % 70)
	if b != 0 {
		r = r % b
	}
	if b != 0 {
		r = r / b
	}
	r = r * b
	return r
}

func f1(a, b int16, s uint8) int16 {
	r := a
	r = r | b
	r = r * b
	r = r - b
	r = r >> (s % 8)
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r &^ b
	return r
}

func f2(a, b uint64, s uint8) uint64 {
	r := a
	if b != 0 {
		r = r % b
	}
	r = r * b
	if b != 0 {
		r = r / b
	}
	r = r + b
	r = r >> (s % 8)
	r = r + b
	r = r + b
	return r
}

func f3(a, b int64, s uint8) int64 {
	r := a
	if b != 0 && !(b == -1 && true) {
		r = r / b
	}
	r = r + b
	r = r << (s % 40)
	r = r << (s % 16)
	return r
}

func main() {
	println(f0(uint64(9219187472956490868), uint64(1567766003366382319), 142))
	println(f0(uint64(13056783026389570218), uint64(13982448423563297276), 147))
	println(f0(uint64(1990900198924841328), uint64(15616711490576907236), 197))
	println(f0(uint64(17672762779387005610), uint64(12634128500801489685), 109))
	println(f0(uint64(8669734981505188722), uint64(13076881145020861865), 214))
	println(f1(int16(-23195), int16(-6752), 138))
	println(f1(int16(11389), int16(-21346), 159))
	println(f1(int16(10824), int16(-30783), 209))
	println(f1(int16(-17303), int16(-15127), 126))
	println(f1(int16(-19524), int16(-31333), 30))
	println(f2(uint64(14702451914164292652), uint64(2415916268331689182), 196))
	println(f2(uint64(7283759034045527999), uint64(3926678652098711657), 138))
	println(f2(uint64(10934134626145034310), uint64(16322880327761960503), 107))
	println(f2(uint64(1850812722991834073), uint64(2699839725237362756), 226))
	println(f2(uint64(7123578427082010768), uint64(1662368496690140242), 124))
	println(f3(int64(1868357120818702093), int64(2253255598741651208), 65))
	println(f3(int64(1609870707209656730), int64(1375596789177351837), 197))
	println(f3(int64(2347253727457299466), int64(7534088072696255500), 127))
	println(f3(int64(-5722167711116347157), int64(1909869192921099948), 215))
	println(f3(int64(-7307867981854113178), int64(-1999424667602955837), 215))
	{
		var x uint64 = uint64(18025756523525378908)
		println(uint8(x), x)
	}
	{
		var x int32 = int32(-1829054462)
		println(int64(x), x)
	}
	{
		var x int64 = int64(-8917620986942227180)
		println(int64(x), x)
	}
	{
		var x uint8 = uint8(228)
		println(uint32(x), x)
	}
	{
		var x int64 = int64(-5972063655935747321)
		println(int8(x), x)
	}
	{
		var x uint16 = uint16(12083)
		println(int32(x), x)
	}
}
