package main

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func grade(n int) string {
	switch n / 10 {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		fallthrough
	case 6:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for i := -1; i < 4; i++ {
		print(classify(i), " ")
	}
	println()
	for _, g := range []int{100, 85, 72, 61, 10} {
		print(grade(g))
	}
	println()
	n := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if j > i {
				continue outer
			}
			if i+j > 12 {
				break outer
			}
			n++
		}
	}
	println(n)
	k := 0
	for {
		k++
		if k > 5 {
			break
		}
	}
	for k < 100 {
		k *= 2
	}
	println(k)
	if x := k % 7; x > 3 {
		println("big", x)
	} else if x > 1 {
		println("mid", x)
	} else {
		println("small", x)
	}
}
