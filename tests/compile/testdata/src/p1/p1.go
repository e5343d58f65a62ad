package main

type Point struct {
	X, Y int
}

func (p *Point) Move(dx int) { p.X += dx }

func (p Point) Sum() int { return p.X + p.Y }

type Named struct {
	Point
	Name string
}

const (
	A = iota
	B
	C
)

var greeting = "hello"
var nums = []int{1, 2, 3}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func named() (r int) {
	defer func() { r *= 2 }()
	r = 21
	return r
}

func main() {
	println(greeting, len(greeting), A, B, C)
	println(fib(15))
	q, r := divmod(17, 5)
	println(q, r)
	p := &Point{1, 2}
	p.Move(5)
	println(p.X, p.Y, p.Sum())
	n := Named{Point{3, 4}, "n"}
	n.Move(1)
	println(n.Name, n.X, n.Sum())
	f := counter()
	f()
	println(f(), f())
	s := nums
	s = append(s, 4, 5)
	total := 0
	for i, v := range s {
		total += v * i
	}
	println(total, len(s), cap(s) >= 5)
	str := greeting + ", " + "world"
	println(str, str[1:4], str == "hello, world", str < "a")
	var x8 int8 = 127
	x8++
	var u uint16 = 65535
	u += 2
	var big int64 = 1 << 40
	big = big*3 + 7
	println(x8, u, big, big/1000, uint64(big)%1000)
	switch {
	case total > 100:
		println("big")
	case total > 10:
		println("medium")
	default:
		println("small")
	}
	switch q {
	case 1, 2:
		println("one or two")
	case 3:
		println("three")
	}
	println(named())
	b := make([]byte, 3, 10)
	copy(b, "xyz")
	println(string(b))
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		defer show(i)
	}
	var arr [4]int
	arr[2] = 9
	for _, c := range "héllo" {
		print(c, " ")
	}
	println(arr[2], len(arr))
}
func show(i int) { println("deferred", i) }
