package ia

var X = compute(5)

var Sq = func(x int) int { return x * x }

func compute(n int) int {
	println("ia: compute", n)
	return n * 10
}

func init() {
	X += 100
	println("ia: init 1", X)
}

func init() {
	println("ia: init 2")
}
