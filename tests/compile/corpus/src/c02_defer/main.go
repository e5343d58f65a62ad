package main

var log []int

func rec(n int) int {
	defer func() { log = append(log, n) }()
	if n == 0 {
		return 0
	}
	return n + rec(n-1)
}

func triple() (a, b, c int) {
	defer func() { a, b, c = c, a, b }()
	return 1, 2, 3
}

type T struct{ v int }

func (t *T) add(d int) { t.v += d }

func main() {
	println(rec(5))
	for _, v := range log {
		print(v, ",")
	}
	println()
	println(triple())
	t := &T{}
	for i := 0; i < 4; i++ {
		defer t.add(i)
	}
	defer func() { println("t.v", t.v) }()
	println("end")
}
