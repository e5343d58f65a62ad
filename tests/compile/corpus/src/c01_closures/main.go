package main

func makeAdder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func apply(fs []func(int) int, v int) int {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func main() {
	add2 := makeAdder(2)
	add10 := makeAdder(10)
	println(add2(1), add10(1))
	fs := []func(int) int{add2, add10, func(x int) int { return x * 3 }}
	println(apply(fs, 1))
	sum := 0
	inc := func(d int) { sum += d }
	for i := 1; i <= 10; i++ {
		inc(i)
	}
	println(sum)
	var cs []func() int
	for i := 0; i < 3; i++ {
		j := i
		cs = append(cs, func() int { return j * j })
	}
	for _, c := range cs {
		print(c(), " ")
	}
	println()
}
