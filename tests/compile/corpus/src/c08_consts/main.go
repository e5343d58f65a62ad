package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const big = 1 << 62
const name = "pic" + "386"

const (
	a, b = iota, iota * 10
	c, d
)

func main() {
	println(Sunday, Monday, Tuesday, KB, MB, GB)
	println(big>>60, name, len(name))
	println(a, b, c, d)
	var w Weekday = Tuesday
	w++
	println(w, w > Monday)
	const local = 'x' - 'a'
	println(local)
}
