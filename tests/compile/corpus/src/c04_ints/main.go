package main

func main() {
	var a int8 = -100
	var b int8 = 100
	println(a-b, a*2, b/3, a%7, -a, ^a)
	var ua uint8 = 200
	var ub uint8 = 100
	println(ua+ub, ua*ub, ua/7, ua%7, ^ua, ua>>3, ua<<2)
	var c int16 = 30000
	println(c+c, c*3, -c/7)
	var uc uint16 = 60000
	println(uc+uc, uc*3, uc>>4)
	var d int32 = 2000000000
	println(d+d, d*3, d/-7, d%-7)
	var ud uint32 = 4000000000
	println(ud+ud, ud/3, ud%1000, ud>>31)
	var e int64 = 9000000000000000000
	println(e+e, e/7, e%7, -e, e>>60, e<<2)
	var ue uint64 = 18000000000000000000
	println(ue+ue, ue/7, ue%7, ue>>63, ue<<1)
	var x uint32 = 1
	for i := uint(0); i < 40; i += 7 {
		println(x<<i, int64(1)<<i, int32(-1)>>i)
	}
	println(int8(100-44), uint8(255-1), int16(-70000+65536), int64(int32(-5)), uint64(uint32(1<<31)))
}
