package main

import (
	"dep"
	"runtime"
)

type Wrap struct {
	dep.T
	n int8
}

var table = [...]uint16{1, 2, 3}

func sum(xs ...int) (s int) {
	defer func() { s *= 2 }()
	for _, x := range xs {
		s += x
	}
	return
}

func main() {
	w := &Wrap{}
	w.X = dep.K
	n, less := dep.F(w.Method(), int(table[1]))
	dep.V = n
	s := "héllo" + dep.S[0]
	b := []byte(s)
	b = append(b[1:3], '!')
	switch {
	case less && len(s) > 3:
		println(s[1:4], len(b), cap(b))
	default:
		println(sum(1, 2, 3), uint64(1)<<40>>3, int8(-128)/int8(-1))
	}
	runtime.GC()
	defer dep.ImplementedInAsm()
	defer println(n)
}
