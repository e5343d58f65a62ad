package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	var s []int
	for i := 0; i < 20; i++ {
		s = append(s, i*i)
	}
	println(len(s), s[19], sum(s...), sum(), sum(1, 2, 3))
	t := s[5:10]
	t[0] = -1
	println(s[5], len(t), cap(t) == 15)
	u := make([]int, 3, 5)
	u = append(u, 7, 8, 9)
	println(len(u), u[5])
	c := make([]int, 4)
	n := copy(c, s)
	println(n, c[3])
	m := [][]string{{"a"}, {"b", "c"}}
	m[1] = append(m[1], "d")
	println(len(m[1]), m[1][2])
	bs := []byte("abc")
	bs = append(bs, "def"...)
	println(string(bs), string(bs[2:4]))
	var z []int
	println(z == nil, len(z))
	z = s[:0]
	println(z == nil, len(z))
	three := s[1:3:4]
	println(len(three), cap(three))
}
